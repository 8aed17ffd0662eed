"""Dates: hand-written goldens for every form, and properties of parsing and finding."""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import assert_linear, assert_time_linear
from lacuna.dates import PartialDate, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("January 12, 1947", "1947-01-12", "day"),
        ("June 05, 1944", "1944-06-05", "day"),
        ("June 5th, 1944", "1944-06-05", "day"),
        ("12 January 1947", "1947-01-12", "day"),
        ("12 [January] 1947", "1947-01-12", "day"),
        ("12th Jan. 1947", "1947-01-12", "day"),
        ("12.01.1947", "1947-01-12", "day"),
        ("1.2.1950", "1950-02-01", "day"),
        ("1947-01-12", "1947-01-12", "day"),
        ("1947-01", "1947-01", "month"),
        ("January 1947", "1947-01", "month"),
        ("[January] 1947", "1947-01", "month"),
        ("Sept. 1949", "1949-09", "month"),
        ("Sep 1949", "1949-09", "month"),
        ("12 Sept., 1949", "1949-09-12", "day"),
        ("DECEMBER 01, 1949", "1949-12-01", "day"),
        ("december 01, 1949", "1949-12-01", "day"),
        ("1947", "1947", "year"),
        ("  1947 ", "1947", "year"),
        ("29.02.1948", "1948-02-29", "day"),
    ],
)
def test_parse_date_golden(text, iso, precision):
    date = parse_date(text)
    assert date is not None
    assert date.iso == iso
    assert date.precision == precision


@pytest.mark.parametrize(
    "text",
    [
        "",
        "47",
        "31.02.1947",
        "29.02.1947",
        "1947-13",
        "1947-00-10",
        "32 January 1947",
        "January 0, 1947",
        "Janu 1947",
        "Mayday 1947",
        "January 12",
        "12 [January 1947",
        "19470",
        "the 12 January 1947",
    ],
)
def test_parse_date_rejects(text):
    assert parse_date(text) is None


def test_find_dates_golden():
    text = (
        "Moscow, 12 [January] 1947. Cf. the telegram of January 12, 1947 (No. 12345), "
        "dated 12.01.1947; talks of 1947-48 and • December 01, 1949; Page 412; 31.02.1947."
    )
    found = [(text[s:e], d.iso) for s, e, d in find_dates(text)]
    assert found == [
        ("12 [January] 1947", "1947-01-12"),
        ("January 12, 1947", "1947-01-12"),
        ("12.01.1947", "1947-01-12"),
        ("1947", "1947"),
        ("December 01, 1949", "1949-12-01"),
        ("1947", "1947"),
    ]


def test_find_dates_corpus_document():
    with open("corpus/document-petrov-zhang-1947.txt", encoding="utf-8") as f:
        text = f.read()
    isos = {d.iso for _, _, d in find_dates(text)}
    assert "1947-01-12" in isos


def test_partial_date_fields_and_helpers():
    d = PartialDate(1947, 1)
    assert (d.year, d.month, d.day, d.precision, d.iso, str(d)) == (
        1947,
        1,
        None,
        "month",
        "1947-01",
        "1947-01",
    )
    assert d.first_day == datetime.date(1947, 1, 1)
    assert d.last_day == datetime.date(1947, 1, 31)
    assert PartialDate(1948).last_day == datetime.date(1948, 12, 31)
    assert d.compatible(PartialDate(1947, 1, 12))
    assert PartialDate(1947).compatible(d)
    assert not d.compatible(PartialDate(1947, 2))
    assert PartialDate.from_iso("1947-01-12") == PartialDate(1947, 1, 12)
    assert PartialDate(1947, 1) == PartialDate(1947, 1)
    with pytest.raises(ValueError):
        PartialDate(1947, None, 3)
    with pytest.raises(ValueError):
        PartialDate(1947, 2, 30)
    with pytest.raises(ValueError):
        PartialDate.from_iso("12.01.1947")


@st.composite
def partial_dates(draw):
    year = draw(st.integers(1000, 2999))
    month = draw(st.none() | st.integers(1, 12))
    day = None
    if month is not None:
        day = draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


def _spellings(d: PartialDate) -> list[str]:
    if d.month is None:
        return [f"{d.year}"]
    name = calendar.month_name[d.month]
    abbr = calendar.month_abbr[d.month]
    if d.day is None:
        return [f"{name} {d.year}", f"[{name}] {d.year}", f"{abbr}. {d.year}", f"{d.year}-{d.month:02d}"]
    return [
        f"{name} {d.day}, {d.year}",
        f"{name} {d.day:02d}, {d.year}",
        f"{d.day} {name} {d.year}",
        f"{d.day} [{name}] {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day}.{d.month}.{d.year}",
        f"{abbr}. {d.day}, {d.year}",
        d.iso,
    ]


@settings(max_examples=300, deadline=None)
@given(partial_dates(), st.data())
def test_every_spelling_parses_back(date, data):
    spelling = data.draw(st.sampled_from(_spellings(date)))
    assert parse_date(spelling) == date
    assert PartialDate.from_iso(date.iso) == date
    # found in running text too, exactly where it was put
    text = f"On {spelling}; more."
    assert [(s, e, d) for s, e, d in find_dates(text)] == [(3, 3 + len(spelling), date)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .,-[]JanuryFebMchSpt")), max_size=80))
def test_find_dates_ordered_disjoint_and_each_parses(text):
    last = 0
    for start, end, date in find_dates(text):
        assert last <= start < end <= len(text)
        assert parse_date(text[start:end]) == date
        last = end


_HOSTILE_DATES = {
    "digits": lambda n: "1" * n,
    "numbers": lambda n: "12 " * n,
    "months": lambda n: "January " * n,
    "dotted": lambda n: "1.1." * n,
    "bracketed-months": lambda n: "[Jan] 1" * n,
}


@pytest.mark.pure_python
@pytest.mark.parametrize("make", list(_HOSTILE_DATES.values()), ids=list(_HOSTILE_DATES))
def test_find_dates_linear_on_hostile_input(make):
    # 10x the input, about 10x the work (quadratic work would be about 100x)
    assert_linear(lambda text: list(find_dates(text)), make, 1_000)


@pytest.mark.perf  # work inside one C call (a regex) is not counted above: timed, best of five
@pytest.mark.parametrize("make", list(_HOSTILE_DATES.values()), ids=list(_HOSTILE_DATES))
def test_find_dates_time_is_linear(make):
    assert_time_linear(lambda text: list(find_dates(text)), make, 20_000)


def _reference_find_dates(text):
    # the obvious, slow scan: the date regex at every position of the whole text
    from lacuna.dates import _DATE, _YEAR_AT, _to_date

    found, pos = [], 0
    while (m := _DATE.search(text, pos)) is not None:
        date = _to_date(m)
        if date is None:
            y = _YEAR_AT.match(text, m.start())
            if y is None:
                pos = m.start() + 1
                continue
            m, date = y, PartialDate(int(y.group(1)))
        found.append((m.start(), m.end(), date))
        pos = m.end()
    return found


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1947",
                "12",
                "05",
                "1",
                "31",
                "02",
                " ",
                ".",
                ",",
                "-",
                "[",
                "]",
                "January",
                "Sept.",
                "may",
                "x",
                "th",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_find_dates_matches_a_full_scan(text):
    assert find_dates(text) == _reference_find_dates(text)
    for start, end, _ in find_dates(text):
        assert find_dates(text, start, end)[0][:2] == (start, end)


def test_a_date_glued_to_a_combining_mark_is_no_date():
    # found by hypothesis: casefold turns "İ" into "i" + U+0307, which must not end a word
    # before the month any more than the letter did
    year_only = [(13, 17, PartialDate(1947))]
    assert find_dates("İJanuary 12, 1947") == year_only
    assert find_dates("i\u0307january 12, 1947") == [(14, 18, PartialDate(1947))]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["1947", "12", "31", "02", " ", ".", ",", "[", "]", "January", "Feb", "x"]),
        max_size=20,
    ).map("".join),
    st.sampled_from(["", " ", "\n", "x", "5", "January ", "12.01."]),
)
def test_find_dates_repeated_text_matches_a_full_scan(piece, sep):
    # the same windows met again are decided from the tables of decisions already made:
    # the result must not depend on what was decided before, or where
    text = sep.join([piece] * 4)
    assert find_dates(text) == _reference_find_dates(text)


@pytest.mark.pure_python
def test_each_distinct_date_is_decided_once(monkeypatch):
    import lacuna.dates as dates

    calls = []
    decide = dates._decide_prefixed
    monkeypatch.setattr(dates, "_decide_prefixed", lambda *a: calls.append(a[0]) or decide(*a))
    for table in (dates._PREFIXED, dates._WINDOWS, dates._ISO, dates._YEARS):
        table.clear()
    text = "Sent on January 12, 1947 and 31 February 1948; " * 500
    found = find_dates(text)
    assert len(found) == 1000
    assert found[:2] == [(8, 24, PartialDate(1947, 1, 12)), (32, 45, PartialDate(1948, 2))]
    assert sorted(calls) == ["31 February 1948", "January 12, 1947"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(
                st.sampled_from(
                    ["1947", "12", "31", "02", " ", ".", ",", "[", "]", "January", "Sept.", "x", "é", "٣"]
                ),
                max_size=8,
            ).map("".join),
            st.integers(0, 60),
        ),
        max_size=8,
    )
)
def test_years_apart_read_from_their_neighbourhood_match_a_full_scan(pieces):
    # a year far from the date before it is read from its neighbourhood alone (looked up once
    # per distinct one): pieces of dates apart by runs of letters and spaces of any length, each
    # piece met twice (the second time from the table), must read as the full scan reads them
    text = "".join(piece + ("ab " * width)[:width] for piece, width in pieces * 2)
    assert find_dates(text) == _reference_find_dates(text)


@pytest.mark.pure_python
def test_each_distinct_neighbourhood_of_a_year_is_read_once(monkeypatch):
    import lacuna.dates as dates

    calls = []
    read = dates._year_read
    monkeypatch.setattr(dates, "_year_read", lambda around: calls.append(around) or read(around))
    dates._YEARS.clear()
    line = "The report of the commission was received on January 12, 1947 by the chancellery. "
    found = find_dates(line * 300)
    assert len(found) == 300
    assert found[0] == (45, 61, PartialDate(1947, 1, 12))
    # one neighbourhood for the 300 years: the 33 characters before the year, it, the space after
    assert calls == ["sion was received on January 12, 1947 "]


def test_year_zero_is_no_date():
    # hypothesis found "0000" raising from PartialDate: it is a number, not a year
    assert find_dates("0000") == []
    assert find_dates("12 January 0000, 0000-01-01") == []
    assert [d for _, _, d in find_dates("0000 and 1947")] == [PartialDate(1947)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["1947", "19471", "12", "٣", "²", "é", "Ж", "_", "x", " ", ".", "-", "January ", "\u00a0"]
        ),
        max_size=20,
    ).map("".join)
)
def test_find_dates_next_to_numbers_and_letters_outside_ascii_matches_a_full_scan(text):
    # the scan passes over four digits next to an ASCII digit; the other neighbours that rule
    # a year out (a digit, a number or a letter outside ASCII) are read for each year found
    assert find_dates(text) == _reference_find_dates(text)


def test_date_columns_are_the_date_edits():
    from lacuna.dates import date_columns, date_edits

    text = "On 12 [January] 1947, 1947-01-12 and 05.06.1944 but not 31.02.1950 or 19470."
    starts, ends, found, isos = date_columns(text, changed_only=True)
    assert list(zip(starts, ends, found, isos, strict=True)) == date_edits(text, changed_only=True)
    assert isos == ["1947-01-12", "1944-06-05"]  # (the two ISO forms as written: no change)
    assert date_columns(text)[3] == ["1947-01-12", "1947-01-12", "1944-06-05", "1950"]


def test_a_month_name_before_an_iso_date_is_no_part_of_it():
    # bench/editions_check.py on real pages: a Nixon tapes index ("-September, October 1972
    # -Effect of critics") and a blog ("arriving on October 26 [Dec 1888]") normalised to
    # "september, 1972-10" and "october 1888-12-26"; normalising those again read "September,
    # 1972" and "October 1888" as dates and wrote "1972-09-10" and "1888-10-12-26"
    assert find_dates("-September, 1972-10 -Effect") == [(12, 19, PartialDate(1972, 10))]
    assert find_dates("on October 1888-12-26.") == [(11, 21, PartialDate(1888, 12, 26))]
    assert find_dates("June 1950-12") == [(5, 12, PartialDate(1950, 12))]
    # near misses: what follows the year is no ISO month, or the date names its day
    assert find_dates("June 1950-13") == [(0, 9, PartialDate(1950, 6))]
    assert find_dates("in May 1945-46") == [(3, 11, PartialDate(1945, 5))]
    assert find_dates("June 1950-121") == [(0, 9, PartialDate(1950, 6))]
    assert find_dates("12 June 1950-12") == [(0, 12, PartialDate(1950, 6, 12))]
    assert find_dates("Seoul, March 5, 1953-10 a.m.") == [(7, 20, PartialDate(1953, 3, 5))]


@pytest.mark.parametrize(
    "text",
    [
        "Effect of negotiations on domestic critics -September, October 1972 -Effect of critics",
        "departing Lake Tanganyika in June [Ninety-Fifth Depart] and arriving on October 26 [Dec 1888].",
    ],
)
def test_normalising_dates_twice_changes_nothing(text):
    from lacuna.normalize import normalize

    once = normalize(text).text
    assert normalize(once).text == once
