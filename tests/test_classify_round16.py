"""Issue 13, the sixteenth labelling round's dev pages (read once by the tuned rules before any
change): conventions that recur across transcripts and treaties, quoted from
``bench/labels/dev.jsonl`` with the category a historian gives them and the rule that decides,
and near misses that must read otherwise (written by hand, not by running the classifier)."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# a Korean War veteran's interview, koreanwarmemorials.com: the interpreter's Korean not taken down
VETERAN = ">> Hello. [FOREIGN LANGUAGE] >> Wow. [FOREIGN LANGUAGE] >> Tell him ... Ask him, Korea W"
# a treaty series' text on Google Books: the signatures of the Japanese plenipotentiaries
TREATY = "[L. S.] N. MAKINO.\n\n[L. S.] S. CHINDA.\n\n[L. S.] K. Matsui.\n"
# the Nixon tapes' transcripts on whitehousetapes.net: the tape's counter with its side
NIXON_675 = "President Nixon:  [00:58:25a] Well, they all sound good, but are you concerned about the"
NIXON_603 = (
    "[45:00 on 603A]\n\nHenry A. Kissinger: You can go down in history as the man who o\n"
    "and then it works in--[19]71 just as you planned it. [a46:06]\n\n[Gap] --"
)
# FBIS's texts of Castro's interviews (LANIC): the transcriber's notes of the speaker
CASTRO_1989 = (
    "What has it meant to Fidel Castro to come to\nCaracas after a 30-year absence?\n\n[Castro] I "
    "would not focus [clears his throat] on the topic [clears his\nthroat] of what this has meant to"
)
CASTRO_1991 = (
    "I do not know where [words indistinct] so much strength and spirit.  Take into\naccount.... "
    "[rephrases] As a contingent member from this hospital was just\ntelling"
)
# the Ringelblum Archive (cbj.jhi.pl), a letter of 1940 in translation; a JewishGen translation
RINGELBLUM = (
    "This week 500 men went to Mordy for forced labour in Mordy, and\nmy sons were[?] going to go "
    "there. They are still at home."
)
JEWISHGEN = (
    "2) Janina Matkowska [f. form of surname Matkowski], daughter of Wolf and Pepi[?] née Horowitz, born"
)

# FRUS 1958–60 vol. XII and 1969–76 vol. E–6: documents withheld in full, listed by their source notes
FRUS_WITHHELD = (
    "[Source: Department of State, Central Files, 787.00/7–2258. Secret. 1–1/2 pages of source text not "
    "declassified.]"
)
FRUS_WITHHELD_E6 = (
    "[Source: Department of State, INR/IL Historical Files, Box 11, AF/CIA Meetings 1974–76. Secret. "
    "3 pages not declassified.]"
)

# (text, span, category, rule that decides)
CASES = [
    (VETERAN, "[FOREIGN LANGUAGE]", "gap", "untranscribed_language"),
    (TREATY, "[L. S.]", "editor_note", "seal_place"),
    (NIXON_675, "[00:58:25a]", "editor_note", "time_code"),
    (NIXON_603, "[45:00 on 603A]", "editor_note", "time_code"),
    (NIXON_603, "[a46:06]", "editor_note", "time_code"),
    (CASTRO_1989, "[clears his throat]", "editor_note", "stage_word"),
    (CASTRO_1989, "[clears his\nthroat]", "editor_note", "stage_word"),
    (CASTRO_1991, "[rephrases]", "editor_note", "stage_word"),
    (RINGELBLUM, "[?]", "uncertain", "lone_query"),
    (JEWISHGEN, "[?]", "uncertain", "lone_query"),
    (FRUS_WITHHELD, FRUS_WITHHELD, "gap", "withheld_document"),
    (FRUS_WITHHELD_E6, FRUS_WITHHELD_E6, "gap", "withheld_document"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_real_examples(text, inside, category, rule):
    assert_read_by(text, inside, category, rule)


def test_the_gap_of_foreign_speech_has_its_reason():
    assert span_of(VETERAN, "[FOREIGN LANGUAGE]").reason == "foreign language"


def test_a_withheld_document_counts_its_pages():
    span = span_of(FRUS_WITHHELD_E6, FRUS_WITHHELD_E6)
    assert (span.quantity, span.unit, span.reason) == (3, "page", "not declassified")


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # a glued question mark at the end of a question supplies it (FRUS)
        ("from whom they would receive arms, and from whom[?]\n  2. If", "[?]", "supplied"),
        ("keeping silent for the time being[?].\n", "[?]", "supplied"),
        ('he asked "Why[?]" and left', "[?]", "supplied"),
    ],
)
def test_glued_question_marks_that_end_a_sentence(text, inside, category):
    assert_read_by(text, inside, category, None)


@pytest.mark.parametrize(
    ("text", "inside", "rule"),
    [
        # says in what language a word stands; a word supplied
        (
            "the word is [in the foreign language original] here",
            "[in the foreign language original]",
            "untranscribed_language",
        ),
        ("he learnt a [foreign] language", "[foreign]", "untranscribed_language"),
        # a time of day, not a counter; minutes and seconds without a tape
        ("At [10:30] we met", "[10:30]", "time_code"),
        ("we met at [46:06] sharp", "[46:06]", "time_code"),
        # letters that are no seal
        ("the [L.] Street", "[L.]", "seal_place"),
        # a throat named, not cleared
        ("the [throat] was sore", "[throat]", "stage_word"),
        # a source note with no pages withheld, or pages withheld elsewhere
        (
            "[Source: Department of State, Central Files. Secret. Printed from a copy.]",
            None,
            "withheld_document",
        ),
        (
            "[Source: Central Files. Secret. 2 pages not declassified in this volume, see note.]",
            None,
            "withheld_document",
        ),
    ],
)
def test_near_misses(text, inside, rule):
    assert_not_read_by(text, inside or text, rule)


@pytest.mark.parametrize("rule", ["untranscribed_language", "seal_place", "withheld_document"])
def test_switched_off(rule, tmp_path):
    assert_switched_off(rule, CASES, tmp_path)
