"""Issue 13, ``other``, corrections and notes on sites the rules were not written for: a data
rule asks lacuna.dates for a date (``{date}``) instead of writing its own date pattern. Real
text of dev's pages, the reading written by hand from the document, and a near miss for each
rule that must not fire."""

from __future__ import annotations

import pytest

import lacuna
from conftest import assert_not_read_by, assert_read_by
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
