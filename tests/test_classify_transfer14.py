"""Conventions that hold across archives, found while measuring the site-grouped cross-check
(issue 13): hand-written cases from real dev pages, and near misses."""

from __future__ import annotations

from conftest import assert_not_read_by, assert_read_by

# the Wilson Center: a record's release stamp on its own line under the title
WILSON_RELEASE = "Hungarian Revolution, 24 October-4 November 1956\n[Approved for Release, March 2007]\n"
# the UN's verbatim records, cited by meeting and paragraph after a quotation
UN_SPEECH = (
    "as the generation that met its vow, 'to save succeeding generations from the scourge of war' "
    '" [1013th meeting, para. 94].'
)


def test_a_release_stamp_with_a_comma_is_the_archives_note():
    assert_read_by(WILSON_RELEASE, "[Approved for Release, March 2007]", "editor_note", "archive_identifier")
    # (the stamp without a comma, as before: the Wilson Center's other records)
    assert_read_by(
        "Soviet Union, 1956\n[Approved for Release May 6, 2019]\n",
        "[Approved for Release May 6, 2019]",
        "editor_note",
        "archive_identifier",
    )


def test_words_after_released_and_a_comma_are_no_stamp():
    # near miss: no date after the comma
    assert_not_read_by(
        "He was [released, they said, in March] from prison.",
        "[released, they said, in March]",
        "archive_identifier",
    )


def test_a_records_paragraph_is_a_citation():
    assert_read_by(UN_SPEECH, "[1013th meeting, para. 94]", "editor_note", "citation")


def test_a_paragraph_without_its_number_is_no_citation():
    # near miss: the word, no abbreviation and figure after the comma
    assert_not_read_by("the speech [meeting, paragraphs] was long", "[meeting, paragraphs]", "citation")
