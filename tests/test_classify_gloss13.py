"""Glosses read as supplied words or notes (issue 13, helper gloss13): real text of dev's pages
with the category and glossed words written by hand from the document, each convention with a
near miss it must not take."""

from __future__ import annotations

import pytest

import lacuna
from conftest import assert_not_read_by, span_of

# (text, span, category, glossed or None, the rule that decides, what its ``because`` says)
CASES = [
    # gloss_cue, a term defined: an abbreviation, " = " and what it stands for, on a line of its
    # own under the line that uses it (a Czech record of a conversation in Pyongyang, Wilson
    # Center; a Stasi file on a border crossing, richard-zipser.com)
    (
        "Reason: file no. 267 261/01- OZÚ\n[OZÚ = Section for Special Assignments]\nDate: 01/11/02 "
        "Alena Noskova, m.p.",
        "[OZÚ = Section for Special Assignments]",
        "gloss",
        None,
        "gloss_cue",
        "a term defined",
    ),
    (
        "Use of which routes in transit/travelling through-GÜST\n[GÜST = Grenzübergangsstelle/border "
        "crossing point]\nGÜST Friedrich-Zimmer-Strasse",
        "[GÜST = Grenzübergangsstelle/border crossing point]",
        "gloss",
        None,
        "gloss_cue",
        "a term defined",
    ),
    # same_name, a short name written in full: a pet name, then the given name it is made from
    # (a diary of 1941 in Figes's The Russian Century)
    (
        "16 June 1941. Dima [Dimitrii] is on leave. He spends all day with our daughter",
        "[Dimitrii]",
        "gloss",
        "Dima",
        "same_name",
        "the short name 'Dima' written in full",
    ),
    # title_translated: a citation's abbreviation is of no language, the title with its volume
    # translates the original before it (Kovalev's memoir in its bibliography, trantor.is); a
    # question's mark ending both is no sentence's end (before learned_note)
    (
        "Svidetel’stvo iz-za kulis rossiiskoi politiki I: Mozhno li delat’ dobra iz zla? [Witness "
        "from behind the scenes of Russian politics, vol. 1, Can one make good from evil?] and "
        "Svidetel’stvo iz-za kulis",
        "[Witness from behind the scenes of Russian politics, vol. 1, Can one make good from evil?]",
        "gloss",
        None,
        "title_translated",
        "translates the original-language title",
    ),
    (
        "Svidetel’stvo iz-za kulis rossiiskoi politiki II: Ugroza dlia sebia i okruzhaiushchikh "
        "[Witness from behind the scenes of Russian politics, vol. 2, A menace to oneself and those "
        "nearby] (Stuttgart: Ibidem-Verlag, 2005)",
        "[Witness from behind the scenes of Russian politics, vol. 2, A menace to oneself and those nearby]",
        "gloss",
        None,
        "title_translated",
        "translates the original-language title",
    ),
]

# near misses: (text, span, category or None, the rule that must not decide)
NEAR_MISSES = [
    # a citation with its volume after an English word translates nothing
    (
        "See the report [Foreign Relations, vol. 5, p. 23] for details.",
        "[Foreign Relations, vol. 5, p. 23]",
        "editor_note",
        "title_translated",
    ),
    # no words after the mark: a sum, not a term defined
    ("the balance [x = 5] was paid", "[x = 5]", None, "gloss_cue"),
    # the mark opening the inside: nothing before it to define (a ledger's sum)
    ("and paid [= 12 roubles] in all", "[= 12 roubles]", None, "gloss_cue"),
    # more than three words before the mark: a sentence, not a term
    (
        "He wrote [the sum of all the parts = the whole] on the board.",
        "[the sum of all the parts = the whole]",
        None,
        "gloss_cue",
    ),
    # a patronymic made from the given name completes the name (a Soviet record's full names)
    ("the talks with Ivan [Ivanovich] Petrov went on", "[Ivanovich]", "supplied", "same_name"),
    # a surname made from a given name completes it too
    ("the talks with Ivan [Ivanov] went on", "[Ivanov]", None, "same_name"),
    # a Chinese given name after the surname, sharing its first letters
    ("To Chen [Chengwen]; also inform Peng [Dehuai]", "[Chengwen]", "supplied", "same_name"),
    # a short name of three letters (the surname "Mao") says too little
    ("Chairman Mao [Maozedong] said", "[Maozedong]", None, "same_name"),
]


@pytest.mark.parametrize(("text", "inside", "category", "glossed", "rule", "why"), CASES)
def test_gloss13_cases(
    text: str, inside: str, category: str, glossed: str | None, rule: str, why: str
) -> None:
    span = span_of(text, inside)
    because = span.info.because
    assert span.info.category == category, because
    assert because.startswith(f"{rule}: {why}"), because
    if glossed is not None:
        assert isinstance(span, lacuna.Gloss)
        assert span.glossed == glossed


@pytest.mark.parametrize(("text", "inside", "category", "rule"), NEAR_MISSES)
def test_gloss13_near_misses(text: str, inside: str, category: str | None, rule: str) -> None:
    assert_not_read_by(text, inside, rule)
    if category is not None:
        span = span_of(text, inside)
        assert span.info.category == category, span.info.because


def test_definition_marks_are_data() -> None:
    """Without ``[gloss] definition_marks`` a term defined is no gloss cue."""
    import copy

    from lacuna import Conventions

    data = copy.deepcopy(Conventions.default().data)
    data["gloss"]["definition_marks"] = []
    conv = Conventions(data)
    text, inside = CASES[0][0], CASES[0][1]
    span = next(s for s in lacuna.parse(text, conventions=conv).spans() if s.text == inside)
    assert not span.info.because.startswith("gloss_cue:"), span.info.because
