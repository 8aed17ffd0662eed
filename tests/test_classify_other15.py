"""Issue 13, ``other``, corrections and notes on sites the rules were not written for: a data
rule asks lacuna.dates for a date (``{date}``) instead of writing its own date pattern. Real
text of dev's pages, the reading written by hand from the document, and a near miss for each
rule that must not fire."""

from __future__ import annotations

import pytest

import lacuna
from conftest import assert_not_read_by, assert_read_by, span_of
from lacuna.conventions import PLACEHOLDERS, expand_placeholders

# -- a data rule's {date}: the date shape of lacuna.dates, written once --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # British History Online's "Cite this" block under Rymer's Foedera (dev)
        "( London, 1739-1745), British History Online "
        "https://prod.british-history.ac.uk/rymer-foedera/vol9/pp859-864 [accessed 28 November 2024].",
        # the same citation in the other forms lacuna.dates reads
        "British History Online https://www.british-history.ac.uk/x [accessed November 28, 2024].",
        "British History Online https://www.british-history.ac.uk/x [retrieved 2024-11-28].",
    ],
)
def test_an_access_date_is_any_date_lacuna_reads(text):
    inside = text[text.index("[") : text.index("]") + 1]
    assert_read_by(text, inside, "other", "access_date")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # the Thatcher Foundation: the editor's note says more than the date
        (
            "[declassification date uncertain; accessed 2013]",
            "[declassification date uncertain; accessed 2013]",
        ),
        # a day the month does not have is no date lacuna.dates reads
        ("the page [accessed 31.02.2024].", "[accessed 31.02.2024]"),
        # no date after the word
        ("the archive [accessed by the editors] in 1990", "[accessed by the editors]"),
    ],
)
def test_no_access_date_without_a_date_alone(text, inside):
    assert_not_read_by(text, inside, "access_date")


def test_a_placeholder_expands_to_the_date_finders_own_shape():
    import regex

    from lacuna.dates import DATE_PATTERN, find_dates

    assert PLACEHOLDERS["date"] == DATE_PATTERN
    pattern = regex.compile(expand_placeholders(r"seen\s{date}"), regex.IGNORECASE)
    for date in ("28 November 2024", "November 28, 2024", "2024-11-28", "28.11.2024", "Nov. 1947"):
        assert pattern.fullmatch(f"seen {date}"), date
        assert [(s, e) for s, e, _ in find_dates(date)] == [(0, len(date))], date
    assert pattern.fullmatch("seen yesterday") is None
    # other braces are a pattern's own
    assert expand_placeholders(r"\d{1,3}") == r"\d{1,3}"


def test_a_user_rule_may_ask_for_a_date(tmp_path):
    user = tmp_path / "conv.toml"
    user.write_text(
        "[[rules.inside]]\n"
        'name = "posted_on"\n'
        'before_rule = "described"\n'
        "match = 'posted\\s{date}'\n"
        'category = "other"\n'
        'because = "a blog\'s posting date"\n',
        encoding="utf-8",
    )
    conv = lacuna.Conventions.load(user)
    doc = lacuna.parse("a letter [posted 3 March 1953] to the editor", conventions=conv)
    span = next(s for s in doc.spans() if s.text == "[posted 3 March 1953]")
    assert (span.category, span.because.split(":")[0]) == ("other", "posted_on")
    doc = lacuna.parse("a letter [posted by hand] to the editor", conventions=conv)
    span = next(s for s in doc.spans() if s.text == "[posted by hand]")
    assert not span.because.startswith("posted_on:"), span.because


def test_an_unknown_placeholder_is_a_clean_error(tmp_path):
    user = tmp_path / "conv.toml"
    user.write_text(
        '[[rules.inside]]\nname = "x"\nmatch = \'seen\\s{when}\'\ncategory = "other"\n', encoding="utf-8"
    )
    with pytest.raises(lacuna.LacunaError, match=r"unknown placeholder \{when\}"):
        lacuna.Conventions.load(user)


# -- translators' remarks without a label: one rule, the translator's own work or the wording --

REMARKS = [
    # sozialistische-klassiker.de: the translator of their own work
    (
        "Leon Trotsky: On the answer of the English Section\n[Letter to the IS, my own translation of "
        "the German text, typewritten copy in Lev Davidovich Trotsky’s archive]",
        "[Letter to the IS, my own translation of the German text, typewritten copy in Lev Davidovich "
        "Trotsky’s archive]",
    ),
    # 483days.net's Polish letters: the original's wording
    (
        "you will send me this letter. [Abyś could be an endearing form of Abraham. Pronunciation: "
        "AH-beesh]\nI am looking forward",
        "[Abyś could be an endearing form of Abraham. Pronunciation: AH-beesh]",
    ),
    # jewishgen.org, letters from Wroclaw (1958): the original addresses more than one person
    ("Wroclaw, 7 IX. 1958 [?]\n\nMy Beloved! [in plural]\n\nFor the letter, which I received", "[in plural]"),
]


@pytest.mark.parametrize(("text", "inside"), REMARKS)
def test_a_translators_remark_without_a_label(text, inside):
    assert_read_by(text, inside, "translator_note", "translator_remark")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # words supplied that hold a remark's word
        ("the [plural] form of the noun", "[plural]"),
        ("a word [in plural form] follows", "[in plural form]"),
        # the editor on a translation by someone else
        (
            "[Translated by the Foreign Broadcast Information Service]",
            "[Translated by the Foreign Broadcast Information Service]",
        ),
    ],
)
def test_no_translators_remark_without_its_shape(text, inside):
    assert_not_read_by(text, inside, "translator_remark")


# -- a correction: a number replacing a number ---------------------------------------------------


def test_a_year_after_a_slash_corrected():
    # the Colonial Despatches (uvic.ca): a file note on a despatch, its year set right
    span = span_of('[Note in file:]\nNo 4064. Despatch, Feb. 28/57 [54], No 6\n"Native Tribes &c"', "[54]")
    assert (span.category, span.info.correction) == ("correction", "54"), span.because
    assert span.because.startswith("corrected_figure:"), span.because


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a fraction's figure is no year
        ("a half 1/2 [3] of the sum", "[3]"),
        # a Venona cable's note reference after a date: fewer digits than the year
        ("C/c [4] from Vadim from 3/5/45 [5]\n\n[He", "[5]"),
    ],
)
def test_no_correction_after_a_fraction_or_of_other_digits(text, inside):
    assert_not_read_by(text, inside, "corrected_figure")


# -- a citation's shape: figures and an abbreviation, the whole inside --------------------------


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # the UN General Assembly's Official Records (A/PV.883, 1960, an OCR on scribd.com)
        (
            "1. ‘The PRESIDENT: The other day [880th meeting], on tho suggestion of the Prime Minister",
            "[880th meeting]",
        ),
        # a Nuremberg document's extract (nuremberg.law.harvard.edu, 2987-PS)
        (
            "[Entries in the Diary of Count Galeazzo Ciano] Introduction [Para. 5]\nBut the alliance",
            "[Para. 5]",
        ),
        # un.koenvangilst.nl: the record's meeting and paragraph, as before
        ("generations from the scourge of war' \" [1013th meeting, para. 94].", "[1013th meeting, para. 94]"),
    ],
)
def test_a_records_meeting_or_paragraph_is_a_citation(text, inside):
    assert_read_by(text, inside, "editor_note", "citation")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("at the [5th session] of the Assembly", "[5th session]"),
        ("the [first meeting] was held", "[first meeting]"),
        ("see the [paragraph] above", "[paragraph]"),
    ],
)
def test_words_of_a_meeting_without_its_figure_are_no_citation(text, inside):
    assert_not_read_by(text, inside, "citation")
