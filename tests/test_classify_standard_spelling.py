"""A writer's misspelling set right by the transcriber (rule ``standard_spelling``, gloss) and
a garble of transmission set right by the editors (the narrowed ``corrected_garble``,
correction): real text of dev's pages, the category written by hand from the document, and near
misses that must not fire."""

from __future__ import annotations

import pytest

import lacuna.ast
from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# the Smithsonian Transcription Center: Solon Borglum's letter from France (1918)
BORGLUM_LETTER = (
    "there has been a compleet [complete] change over this vilige [village] yesterday and today "
    "practily [practically] all the civilians are back going about their work. early in the "
    "morning we still have many passing soulders [soldiers] to give coffee & chocolate to. "
    "2 American & 2 French men they eate [ate] berekfast [breakfast] together, fought together "
    "because if I am killed today or wounded I wand [wanted] to look clean"
)
# a Civil War diary (Edwin Sherburne, 1862, epsomhistory.com)
SHERBURNE = "went on gard [guard] at 9 oclock"
# FRUS 1951-54, Iran: a CIA cable's garble set right by the editors
FRUS_IRAN = (
    "D. CIA and British Bagh urge Iraq mollahs cable Borujerdi requesting that he call jihab "
    "[jihad] against communism."
)
# FRUS 1964-68, vol. XXIII (Congo): a place name garbled in a cable
FRUS_CONGO = (
    "advised [COS] 14 Jan that plans being made transfer Lumumba from Thysville [to] Baxwnga [Bakwangam]."
)

# (text, span, category, rule that decides)
CASES = [
    (BORGLUM_LETTER, "[village]", "gloss", "standard_spelling"),
    (BORGLUM_LETTER, "[soldiers]", "gloss", "standard_spelling"),
    (BORGLUM_LETTER, "[ate]", "gloss", "standard_spelling"),
    (BORGLUM_LETTER, "[breakfast]", "gloss", "standard_spelling"),
    (BORGLUM_LETTER, "[wanted]", "gloss", "standard_spelling"),
    (SHERBURNE, "[guard]", "gloss", "standard_spelling"),
    (FRUS_IRAN, "[jihad]", "correction", "corrected_garble"),
    (FRUS_CONGO, "[Bakwangam]", "correction", "corrected_garble"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_spelling_set_right(text: str, inside: str, category: str, rule: str) -> None:
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        (BORGLUM_LETTER, "[village]", "vilige"),
        (BORGLUM_LETTER, "[wanted]", "wand"),
        (SHERBURNE, "[guard]", "gard"),
    ],
)
def test_standard_spelling_glosses_the_word_before(text: str, inside: str, glossed: str) -> None:
    span = span_of(text, inside)
    assert isinstance(span, lacuna.ast.Gloss), span.because
    assert span.glossed == glossed, span.because


# near misses: (text, span, rule that must not decide it)
NEAR_MISSES = [
    # a garble of a word outside the lexicon stays the editors' correction
    (FRUS_IRAN, "[jihad]", "standard_spelling"),
    # a word a letter longer after a function word; a word not like the one before
    ("we are to [too] far away now", "[too]", "standard_spelling"),
    ("over this village [town] yesterday", "[town]", "standard_spelling"),
    # an English word set right is no garble corrected
    (BORGLUM_LETTER, "[village]", "corrected_garble"),
    (SHERBURNE, "[guard]", "corrected_garble"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_spelling_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


def test_standard_spelling_switches_off(tmp_path: object) -> None:
    assert_switched_off("standard_spelling", CASES, tmp_path)
