"""Glosses against supplied words after a name (rules ``abbreviation``, ``completes_name`` and the
learned rule's features): real examples of dev's pages with the category written by hand."""

from __future__ import annotations

import pytest

from conftest import span_of

# (text, span, category)
ABBREVIATIONS = [
    # FRUS, CIA cables from the Congo: the Chief of Station supplied where a name was withheld
    # (rule acronym_without_name)
    ("all arms and ammo under lock. However [COS] has seen 50 to 100 armed troops", "[COS]", "supplied"),
    ("Ref Leop 0646 (In 32132). Supdata [COS] from [Identity 1] and [Identity 2].", "[COS]", "supplied"),
    ("2. Re [cryptonym not declassified] [COS] telcon with [Mobutu].", "[COS]", "supplied"),
    # an abbreviation after the name it abbreviates (initials do not end a sentence)
    ("W. Ulbricht and W. Stoph [GDR], W. Gomulka", "[GDR]", "gloss"),
    ("L. Brezhnev and A. Kosygin [USSR].", "[USSR]", "gloss"),
    ("drawn from the Ministry of State Security [MSS], the Ministry", "[MSS]", "gloss"),
    # a sentence's first word that shares the acronym's first letter
    ("Department of State briefings\n    -Television [TV] coverage", "[TV]", "gloss"),
]


@pytest.mark.parametrize(("text", "inside", "category"), ABBREVIATIONS)
def test_an_acronym_glosses_a_name_before_it_only(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because


# (text, span, category, rule)
NAMES = [
    # a name after a full name (initial and surname): what the person stands for
    (
        "Participating: T. Zhivkov [Bu], A. Novotny and J. Lenart [Cz], W. Ulbricht",
        "[Bu]",
        "gloss",
        "full_name_before",
    ),
    (
        "Cde. Gh. Gheorghiu-Dej and Cde. I. G. Maurer [Ro], J. Kádár [Hu], L. Brezhnev",
        "[Hu]",
        "gloss",
        "full_name_before",
    ),
    # an initial opening the line labels an item of a list
    (
        "[COS] in contact [Mobutu] to:\n\nA. Reassure [Mobutu] on continuity policy.",
        "[Mobutu]",
        "supplied",
        None,
    ),
    # a surname after a surname: the other name
    (
        "Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]",
        "[Kuznetsov]",
        "gloss",
        "surname_after_surname",
    ),
    # a surname after a given name and patronymic completes the name
    (
        "He sent him warm greetings from Leonid Ilych [Brezhnev] and all members",
        "[Brezhnev]",
        "supplied",
        None,
    ),
    (
        "with [KGB Chairman] Viktor Mikhailovich [Chebrikov]. He instructed me",
        "[Chebrikov]",
        "supplied",
        None,
    ),
    ("to Chairman Mao [Zedong], Chairman Liu [Shaoqi], Chairman Zhu [De]", "[Shaoqi]", "supplied", None),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), NAMES)
def test_a_name_after_a_complete_name_is_a_gloss(text, inside, category, rule):
    span = span_of(text, inside)
    assert span.category == category, span.because
    if rule is not None:
        assert span.because.startswith(rule + ":"), span.because
