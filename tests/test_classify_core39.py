"""FRUS's tabs (rule ``attachment_tab``): the editors' bracketed pointer to a memorandum's
attachment, ``[Tab A]``, an editor's note. The real text is a dev page (FRUS 1969-76 v15, d16),
the category written by hand from the page; the near misses are written by hand."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, span_of

# https://history.state.gov/historicaldocuments/frus1969-76v15/d16 (two passages of the page)
FRUS_V15_D16 = (
    "Dobrynin said he appreciated this and handed me a letter [Tab A]4 which in effect stated "
    "that this Soviet move was a unilateral step.\n\nSecondly, I told Dobrynin that we accepted "
    "the Soviet changes in the SALT interpretive statement [Tab B]5 and that we should get it "
    "signed at an early occasion."
)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (FRUS_V15_D16, "[Tab A]"),
        (FRUS_V15_D16, "[Tab B]"),
        ("He gave the President the talking points [Tab C] before the meeting.", "[Tab C]"),
        ("The two drafts [Tabs A and B] differ on the second point.", "[Tabs A and B]"),
        ("The list [Tabs A–C] was sent on.", "[Tabs A–C]"),
        ("the Secretary's memorandum [Tab 2].", "[Tab 2]"),
        ("the formulations on Berlin [Tab I] which", "[Tab I]"),
        ("MEMORANDUM FOR THE PRESIDENT\n[TAB A]\nSUBJECT", "[TAB A]"),
    ],
)
def test_a_tab_is_the_editors_pointer(text: str, inside: str) -> None:
    assert_read_by(text, inside, "editor_note", "attachment_tab")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("press the [tab] key twice", "[tab]"),
        ("He ate at the [Tab] restaurant.", "[Tab]"),
        ("the [tab a] key", "[tab a]"),
        ("He saw [Tab Hunter] in the film.", "[Tab Hunter]"),
        ("He met [Tab Benoit] in Houma.", "[Tab Benoit]"),
        ("the report [Tab 123] was filed", "[Tab 123]"),
        ("the plan [Tab A, not printed] was approved", "[Tab A, not printed]"),
        (
            "the message [taking out the message at Tab A and reading from it]",
            "[taking out the message at Tab A and reading from it]",
        ),
        ("a [Table A] of figures", "[Table A]"),
        ("the [Tabs] were", "[Tabs]"),
        ("the [Tab of] the", "[Tab of]"),
        ("keep a [tab on] them", "[tab on]"),
    ],
)
def test_no_tab_is_read_as_usual(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "attachment_tab")


def test_the_editors_longer_tab_notes_stay_theirs() -> None:
    # FRUS 1969-76 v18, d14 and ve12, d113 (dev pages): the editors' sentences naming a tab
    text = "PM Chou: Yes. [Hands over Chinese draft at Tab B.]3"
    assert span_of(text, "[Hands over Chinese draft at Tab B.]").category == "editor_note"
    text = "Malik: I have brought you a letter from President Suharto. [Letter is at Tab A]. We want"
    assert span_of(text, "[Letter is at Tab A]").category == "editor_note"
