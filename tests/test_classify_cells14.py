"""Brackets of other kinds of pages the seventeenth round's unseen pages brought (issue 13):
an e-text's placeholders and catalogue number, a web citation's access date, a book's imprint
in a reference (the page's, not the editor's), a cry from the benches quoted alone, a caption's
sound cue, a transcription's mark for struck-out words and a staff section's function after its
code. Real text of dev's pages, the reading written by hand from the document, and a near miss
for each rule that must not fire."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# (text, span, category, rule that decides; None: any rule)
CASES = [
    # Project Gutenberg's e-text 56213: its title block and its placeholders for pictures
    (
        "Author: Various Release Date: December 20, 2017 [EBook #56213] Language: English Character",
        "[EBook #56213]",
        "other",
        "ebook_number",
    ),
    (
        "with images provided by The Internet Archives-US [Cover Illustration] NAZI CONSPIRACY AND",
        "[Cover Illustration]",
        "other",
        "illustration_placeholder",
    ),
    (
        "_Chief of Counsel For Prosecution_ _of Axis Criminality_ [Illustration] UNITED STATES "
        "GOVERNMENT PRINTING OFFICE",
        "[Illustration]",
        "other",
        "illustration_placeholder",
    ),
    # British History Online's "Cite this" block under Rymer's Foedera
    (
        "( London, 1739-1745), British History Online "
        "https://prod.british-history.ac.uk/rymer-foedera/vol9/pp859-864 [accessed 28 November 2024].",
        "[accessed 28 November 2024]",
        "other",
        "access_date",
    ),
    # the Walt Whitman Archive's notes: a book's imprint in the reference
    (
        "Mattie: The Letters of Martha Mitchell Whitman, ed. Randall H. Waldron "
        "[New York: New York University Press, 1977], 37). Mattie and the children",
        "[New York: New York University Press, 1977]",
        "other",
        "imprint",
    ),
    (
        "(Gay Wilson Allen, (The Solitary Singer: A Critical Biography of Walt Whitman [New York: "
        "Macmillan, 1955; rev. ed., New York University Press, 1967], 379).",
        "[New York: Macmillan, 1955; rev. ed., New York University Press, 1967]",
        "other",
        "imprint",
    ),
    # Hansard, Commons, 29 July 1881 (Land Law (Ireland) Bill): the benches' cry alone
    (
        "he had since the year 1852 pursued an even and a continuous course in regard to that "
        'subject. ["Divide!"] The House was evidently impatient to go to a division',
        '["Divide!"]',
        "editor_note",
        "quoted_cry",
    ),
    # the subtitles of "Tokyo Trial" (SubtitleCat): a caption's cue for the music
    (
        "1 00:00:09,309 --> 00:00:11,311 [theme music playing] 2 00:01:45,655 --> 00:01:48,200 [narrator]",
        "[theme music playing]",
        "editor_note",
        "sound_cue",
    ),
    # the National Archives' Text Message blog on captured Japanese records
    (
        "at the request of the Assistant Chief of Staff, G-2 [Intelligence], USAFFE (US Army "
        "Forces in the Far East), an ATIS officer",
        "[Intelligence]",
        "gloss",
        "staff_section",
    ),
]

# (text, span, rule that must not fire)
NEAR_MISSES = [
    # a description of a picture is the editor's note, a book numbered no e-text
    (
        "[illustration on the verso, not reproduced]",
        "[illustration on the verso, not reproduced]",
        "illustration_placeholder",
    ),
    ("the third part [Book 3] begins here", "[Book 3]", "ebook_number"),
    # the Thatcher Foundation: the editor's note says more than the date
    (
        "[declassification date uncertain; accessed 2013]",
        "[declassification date uncertain; accessed 2013]",
        "access_date",
    ),
    # a labelled note with a date, no place of publication
    ("[Federal Register: March 25, 1994]", "[Federal Register: March 25, 1994]", "imprint"),
    # a quoted word supplied in a sentence, no cry
    ('he said ["No"] to them', '["No"]', "quoted_cry"),
    # a lone word supplied in a sentence
    ("the [music] hall was full", "[music]", "sound_cue"),
    # a word supplied after the code, not a section's function
    ("the G-2 [officer] reported", "[officer]", "staff_section"),
    ("the [Intelligence] Directorate", "[Intelligence]", "staff_section"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_a_bracket_reads_as_the_page_meant(text, inside, category, rule):
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_the_rule_does_not_fire_on_a_near_miss(text, inside, rule):
    assert_not_read_by(text, inside, rule)


def test_the_staff_section_glosses_its_code():
    span = span_of("the Assistant Chief of Staff, G-2 [Intelligence], USAFFE", "[Intelligence]")
    assert getattr(span, "glossed", None) == "G-2", span.because


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # the Papers of George Washington (PBS): to the Secretary of State, 14 October 1792, and
        # to the Secretary at War, 14 July 1783
        ("Tomorrow mrng for the afterward\nI\nhope to [strike-out] [inserted: <?>]\nmeet", "[strike-out]"),
        (
            "meet my family and return to <?> by [strike-out]\n[inserted: [struck:\nMond] Sunday]",
            "[strike-out]",
        ),
        ("although [struck: the] fires were made to that purpose.  [strike-out] I hope your", "[strike-out]"),
    ],
)
def test_a_strike_out_mark_is_a_gap_of_deleted_words(text, inside):
    span = span_of(text, inside)
    assert (span.category, span.info.reason) == ("gap", "deleted"), span.because


def test_struck_words_given_stay_the_editors_note():
    # near miss: the same edition's mark that gives the struck words
    span = span_of("[struck: the]", "[struck: the]")
    assert span.category == "editor_note", span.because


@pytest.mark.parametrize(
    "rule",
    [
        "ebook_number",
        "illustration_placeholder",
        "access_date",
        "imprint",
        "quoted_cry",
        "sound_cue",
        "staff_section",
    ],
)
def test_each_rule_can_be_switched_off(rule, tmp_path):
    assert_switched_off(rule, CASES, tmp_path)


def test_a_page_number_between_words_of_a_sentence_is_a_page_break():
    # bjoerna.dk: Enver Hoxha, The Titoites, its printed edition's page 580 turning mid-sentence
    assert_read_by(
        "Hence, as long as [580] they remained in power, the Titoites would be real and dangerous enemies",
        "[580]",
        "page_break",
        "page_in_sentence",
    )


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a number the word before takes, a note number under a hundred, a numbered citation
        ("the telegram [512] was sent", "[512]"),
        ("as long as [58] they remained", "[58]"),
        ("as shown in [112] and in later work", "[112]"),
        # the Wilson Center: a note reference after a name, before a comma
        ("Comrade Kim Il Sung [3], the leader", "[3]"),
    ],
)
def test_other_numbers_in_a_sentence_are_no_page_break(text, inside):
    assert_not_read_by(text, inside, "page_in_sentence")
