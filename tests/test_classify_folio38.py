"""The folio abbreviation ``fo.`` in a folio marker (rule ``folio_marker``, ``[page_break] words``):
the leaf's number and side of a manuscript's page, a page break. The real text is a dev page of
the thirty-eighth labelling round (First Blacks in the Americas, a 16th-century manuscript in
English translation), the category written by hand from the page; the near misses are written by
hand."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, span_of

# http://firstblacks.org/en/manuscripts/fb-primary-024-manuscript/translation/ (the page's text,
# shortened between the markers)
FIRST_BLACKS = (
    "and the said witness signed it with his name.\n[fo. 1v.]\nAnd then the said licentiate "
    "ordered\n[fo. 2r]\nthat the said petition be answered"
)


@pytest.mark.parametrize(
    ("text", "inside", "rule"),
    [
        (FIRST_BLACKS, "[fo. 1v.]", "folio_marker"),
        (FIRST_BLACKS, "[fo. 2r]", "folio_marker"),
        ("and so the king [fo 12v] said", "[fo 12v]", "folio_marker"),
        ("the end of the leaf.\n[fo. 4]\nThe next", "[fo. 4]", "page_marker"),
    ],
)
def test_fo_marks_a_leaf(text: str, inside: str, rule: str) -> None:
    assert_read_by(text, inside, "page_break", rule)


def test_fo_gives_the_leaf_and_side() -> None:
    assert span_of(FIRST_BLACKS, "[fo. 1v.]").info.number == "1v"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("the [fo. form] of the name", "[fo. form]"),
        ("a [fox] ran across", "[fox]"),
        ("the [fo.] text", "[fo.]"),
        ("in the [fo. 3 of the letter] text", "[fo. 3 of the letter]"),
    ],
)
def test_fo_without_a_leaf_is_no_page(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "folio_marker")
    assert span_of(text, inside).category != "page_break"
