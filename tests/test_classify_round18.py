"""Conventions of the eighteenth labelling round's pages (rules ``page_side``,
``image_described``, ``capitals_spelled_out``): real text of dev's pages, the category
written by hand from the document, and a near miss for each rule that must not fire."""

from __future__ import annotations

import pytest

import lacuna.ast
from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# the Smithsonian Transcription Center: Solon Borglum's letters from France (1918), a spread
BORGLUM_LEFT = (
    "[[left page]]\n(4)\nyou see the soulder are always on the move  it is a very common "
    "[[strikethrough]] thing [[/strikethrough]] for the soulder to have fun"
)
BORGLUM_RIGHT = (
    "[[right page]]\n\nSolon H Borglum Secretary\nLE FOYER DU SOLDAT\nUnion Franco-Américaine\n"
    "(No. 7)\n\n[[image of man]]\n[[image of triangle]]\nY.M.C.A.\n[[/image of triangle]]\n\n"
    "le Mrs. Solon H Borglum\nNorwalk Conn."
)
# the same center: a girl's diary of 1943, a page in two sheets
DIARY = (
    "[[first page]]\n\n\nDear Diary\nToday we have ice-cream & cookie for dinner and supper "
    "desert.\n\n[[second page]]\n\n\nDear Diary,\nToday it was school."
)
# a whaler's journal on Omeka (the Merrimac, 1846)
MERRIMAC = (
    "In the afternoon he informd [sic] me - that he would - give me my discharge · here.\n\n"
    "[Ink smear] Tuesday, Jan - 27th\n\nAt - 9 O Clock - A-M Left - Apra Bay"
)
# whaling logs on FromThePage (the Timor, 1849; the Iris, 1845)
TIMOR = (
    "Wednesday December 12th 1849 Began with Strong win [WIND] from WSW and Squally weather "
    "Latter part had nearly a calm nothing occured [OCCURRED] worth remar [REMARKING] So ends "
    "all well\nwith the Larbord [LARBOARD] tacks aboard saw two finbacks and two vessels so goes "
    "Lat by Obs [LATITUDE BY OBSERVATION] 27..18 Long [LONGITUDE] 27..12\nFriday 14th 4[?] Ships "
    "in Sight all steering to the SW ward [SOUTHWESTWARD] employed grinding Spades"
)
IRIS = (
    "Latt [LATITUDE] Obs [OBSERVATION] 49=27 N Long [LONGITUDE] once more by Chro. "
    '[CHRONOMETER] 164°=43" East'
)
# (text, span, category, rule that decides)
CASES = [
    (BORGLUM_LEFT, "[left page]", "page_break", "page_side"),
    (BORGLUM_LEFT, "[[left page]]", "page_break", None),
    (BORGLUM_RIGHT, "[right page]", "page_break", "page_side"),
    (DIARY, "[first page]", "page_break", "page_side"),
    (DIARY, "[second page]", "page_break", "page_side"),
    (BORGLUM_RIGHT, "[image of man]", "editor_note", "image_described"),
    (BORGLUM_RIGHT, "[[image of man]]", "editor_note", None),
    (BORGLUM_RIGHT, "[image of triangle]", "editor_note", "image_described"),
    (BORGLUM_RIGHT, "[/image of triangle]", "editor_note", "image_described"),
    (MERRIMAC, "[Ink smear]", "editor_note", "image_described"),
    (TIMOR, "[WIND]", "gloss", "capitals_spelled_out"),
    (TIMOR, "[OCCURRED]", "gloss", "capitals_spelled_out"),
    (TIMOR, "[LATITUDE BY OBSERVATION]", "gloss", "capitals_spelled_out"),
    (TIMOR, "[SOUTHWESTWARD]", "gloss", "capitals_spelled_out"),
    (IRIS, "[CHRONOMETER]", "gloss", "capitals_spelled_out"),
    (IRIS, "[LATITUDE]", "gloss", "capitals_spelled_out"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_round18_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


# the glossed words: what the capitals spell out, from the first word they spell
GLOSSED = [
    (TIMOR, "[WIND]", "win"),
    (TIMOR, "[OCCURRED]", "occured"),
    (TIMOR, "[LATITUDE BY OBSERVATION]", "Lat by Obs"),
    (TIMOR, "[SOUTHWESTWARD]", "SW ward"),
    (IRIS, "[CHRONOMETER]", "Chro."),
]


@pytest.mark.parametrize(("text", "inside", "glossed"), GLOSSED)
def test_round18_glossed_words(text: str, inside: str, glossed: str) -> None:
    span = span_of(text, inside)
    assert isinstance(span, lacuna.ast.Gloss), span.because
    assert span.glossed == glossed, span.because


# near misses: (text, span, rule that must not decide it)
NEAR_MISSES = [
    # a page's place named in a sentence, a page missing: no page tag
    ("it stood [on the left page] of the book", "[on the left page]", "page_side"),
    ("[second page missing]\nDear Diary", "[second page missing]", "page_side"),
    # a bare picture placeholder, a smudge that hides words
    ("[image]\nFigure 1", "[image]", "image_described"),
    ("the word [smudged] was", "[smudged]", "image_described"),
    ("the [imagery of war] was", "[imagery of war]", "image_described"),
    # capitals after a function word name someone; after capitals a cover name
    ("the delegation went to [TOKYO] on Monday", "[TOKYO]", "capitals_spelled_out"),
    ("CARTHAGE [KARFAGEN] has reported", "[KARFAGEN]", "capitals_spelled_out"),
    # capitals that spell none of the words before
    ("the Soviet Union. [UNCLASSIFIED]", "[UNCLASSIFIED]", "capitals_spelled_out"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_round18_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


RULES = ["page_side", "image_described", "capitals_spelled_out"]


@pytest.mark.parametrize("rule", RULES)
def test_round18_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)
