"""Conventions read while working on issue 13's notes (branch notes19): real text of dev's
pages, the category written by hand from the document, and near misses that must not move."""

from __future__ import annotations

import pytest

import lacuna.ast
from conftest import assert_not_read_by, assert_read_by, span_of

# docslib.org/doc/7713550/dictabelt-10a: the JFK Library's transcript of Dictabelt 10A (1963)
DICTABELT = (
    "Dictabelt 10A\n\nItem 10A1\n\nMarch 6, 1963\n\n[completes conversation begun on 9B8]\n\n"
    "RFK: . . . and, uh, if he has any, uh, instructions for me?\n\nLincoln1: Yeah."
)
# felyetonen.com: a Yiddish text with its English source line, a line of its own
FELYETONEN = (
    "(הקדמה)★\n\n[From the forward of Khaye Henya Elend’s Shtoib un Ash (Dust and Ashes), "
    "1970]\n\n \n\nדי שילדערונגען אין דעם דאָזיקן בוך"
)
FELYETONEN_NOTE = "[From the forward of Khaye Henya Elend’s Shtoib un Ash (Dust and Ashes), 1970]"
# history.state.gov/historicaldocuments/frus1945v02/d273: a receipt line, supplied
FRUS_RECEIPT = "Moscow, February 24,\n1945—1 p.m.\n[Received 3:56 p.m.]\n538. ReEmbs 338, February 6, 1 p.m."
# docslib.org/doc/12137968 (O. O. Howard's papers, Bowdoin): a supplied date on its own line
HOWARD = "OOH-3479 Source: Bowdoin\n\n[1]\n\n[ca May 1, 1866]\n\nMy dear Sir\n\nPermit me to invoke"
# the MECW on a mirror (MECW40-231): a letter's supplied dateline
MECW = "MARX TO ENGELS\nIN MANCHESTER\n[London, 22 March 1859]\nDear Engels,\nHerewith Eccarius' letter."

# wilson-center-digital-archive.dvincitest.com/node/91351 (a translated Polish report of 1962): the
# translator's guess at the words, a dash, then the gap
CUBA = (
    "They pointed out, [word illegible], it had been an error [to make?—word illegible] the "
    "Russian proposal to trade the Cuban bases [for those—words illegible] in Turkey, since"
)
# www.history.state.gov/historicaldocuments/frus1936v02/d714: FRUS's inferred gap
FRUS_OMISSION = (
    "Referring to the question of food supplies the Minister asserted that no general "
    "[apparent omission] was imminent but that plans were under way"
)
# whitmanarchive.org/item/loc.00812 (a letter of 1863): a line cut away from the manuscript
WHITMAN = (
    "it would be much more satisfaction [line cut out] very sick of brain fever, I was with—the "
    "poor boy is dead"
)
# news.bbc.co.uk/2/hi/south_asia/4083313.stm (2004): the server's error above the headline
BBC = (
    "[an error occurred while processing this directive]\nBBC News\nwatch One-Minute World News\n"
    "Last Updated: Friday, 17 December 2004, 13:25 GMT"
)

CASES = [
    (CUBA, "[to make?—word illegible]", "gap", "gap_reason"),
    (CUBA, "[for those—words illegible]", "gap", "gap_reason"),
    (FRUS_OMISSION, "[apparent omission]", "gap", "gap_reason"),
    (WHITMAN, "[line cut out]", "gap", "gap_reason"),
    (BBC, "[an error occurred while processing this directive]", "other", "listed"),
    (DICTABELT, "[completes conversation begun on 9B8]", "editor_note", "own_line"),
    (FELYETONEN, FELYETONEN_NOTE, "editor_note", "own_line"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_notes19_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


# the guess and the gap's extent and reason, read apart
GAP_FIELDS = [
    (CUBA, "[to make?—word illegible]", "to make", "word", "illegible"),
    (CUBA, "[for those—words illegible]", "for those", "word", "illegible"),
    (WHITMAN, "[line cut out]", None, "line", "damaged"),
]


@pytest.mark.parametrize(("text", "inside", "conjecture", "unit", "reason"), GAP_FIELDS)
def test_notes19_gap_fields(text: str, inside: str, conjecture: str | None, unit: str, reason: str) -> None:
    span = span_of(text, inside)
    assert isinstance(span, lacuna.ast.Gap), span.because
    assert (span.conjecture, span.unit, span.reason) == (conjecture, unit, reason), span.because


# a line of its own with figures and no description's words: a supplied date or time; words
# after a dash that are no extent in a unit (a supplied phrase with a dash in it)
NEAR_MISSES = [
    ("the general [who was—as he said—lost] came", "[who was—as he said—lost]", "gap_reason"),
    ("an error [to make?—it was unclear] the", "[to make?—it was unclear]", "gap_reason"),
    (FRUS_RECEIPT, "[Received 3:56 p.m.]", "own_line"),
    (HOWARD, "[ca May 1, 1866]", "own_line"),
    (MECW, "[London, 22 March 1859]", "own_line"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_notes19_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)
