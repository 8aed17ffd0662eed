"""The context rules about dates of other calendars: a month named in another language
(``5 Temmuz [Juillet] 1915``) and a date of another calendar converted to the Gregorian one
(``on Dey 19, 1356 AHS [January 9, 1978]``, ``The year 541 [1146-47]``, ``the 23rd of Brumaire
[November 14, 1798]``); the calendars, their months and years are data (``[gloss]``
``calendar_*`` of conventions.toml). See :mod:`lacuna.classify.context`."""

from __future__ import annotations

from functools import lru_cache

import regex

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _STRIP, _Decision
from lacuna.conventions import Conventions, fold
from lacuna.dates import MONTHS

__all__: list[str] = []


def _month_translated(c: _NearestOnly) -> _Decision:
    """A month's name after the same month named in another language, one English and one not
    or two of other languages (``[gloss.months]``; Kévorkian's notes to *The Armenian
    Genocide*: ``5 Temmuz [Juillet] 1915``, the Turkish month in French): the month rendered,
    gloss. Two English names are FRUS's correction of a month (``of May [March] 10``) or its
    abbreviation written out (``Sept. [September]``), no rendering."""
    wf = c.wf
    if wf is None or c.glued or wf.after_boundary or c.facts.few_words != 1:
        return None
    inside = fold(c.inside().strip().rstrip("."))
    before = wf.folded.rstrip(".,;:")
    others = c.conv.other_months
    if before == inside or (before not in others and inside not in others):
        return None  # both English (or the same word): a correction or nothing rendered
    month_before = others.get(before, MONTHS.get(before))
    if month_before is None or month_before != others.get(inside, MONTHS.get(inside)):
        return None  # "Temmuz [Ağustos]": another month
    day = c.word(1)
    if day is None or not _is_day(day.rstrip(".,")):
        return None  # "Mei [May] said": no day before it, perhaps a name (Mei)
    return "gloss", f"the month {before!r} named in another language", 0


def _is_day(word: str) -> bool:
    """Whether ``word`` is a day of a month in figures, 1 to 31 (``5`` of ``5 Temmuz``)."""
    return word.isdecimal() and len(word) <= 2 and 1 <= int(word) <= 31


def _calendar_converted(c: _NearestOnly) -> _Decision:
    """A Gregorian date after a date of another calendar, marked by its era (``on Dey 19, 1356
    AHS [January 9, 1978]``, ``[gloss] calendar_eras``) or by a year no Gregorian date of the
    text would have (``13 Aban 1358 [4 November 1979]``, ``5686 [1926]``: ``[gloss]
    calendar_years``): the same day converted,
    gloss of the date (back to its month's name); also a Gregorian date with its year after a
    day and a month of another calendar, no year needed (``the 23rd of Brumaire [November 14,
    1798]``, ``[gloss] calendar_months``). A year after a Gregorian date completes it
    (``September 1st [1859]``: supplied)."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued:
        return None
    bare = wf.folded.rstrip(",;:")
    if f.date and (
        bare in c.conv.calendar_eras
        or (
            len(bare) == 4
            and bare.isdigit()
            and _other_year(int(bare), c.conv)
            and _GREGORIAN_YEAR.search(c.inside()) is not None  # "1356 [1357]": no conversion
        )
    ):
        k = _date_back(c, bare not in c.conv.calendar_eras)
        if k >= 0:  # (not "will be [1967]": an era's mark follows a year)
            return "gloss", f"converts the date of another calendar ({wf.folded!r})", k
    if (bare.isdecimal() or _NUMERIC_DATE.fullmatch(bare) is not None) and _converts_by_rate(
        bare, c.inside(), c.conv, _year_cued(c)
    ):
        return "gloss", f"converts the year of another calendar ({bare!r})", _date_back(c, True)
    if f.date and bare in _month_spans(c.conv):
        k = _day_before_month(c)
        if k > 0 and _in_month_span(c.inside().strip(), bare, c.conv):
            return "gloss", f"converts the day of another calendar's month ({wf.folded!r})", k
    return None


def _day_before_month(c: _NearestOnly) -> int:
    """How many words before a month's name of another calendar (the bracket's word) its day
    runs back over: a day's figure or ordinal, 1 to 31 (``13 Tir``, ``13th Tir``), also with
    "of" after an ordinal or "the" (``the 23rd of Brumaire``, not ``part 5 of Germinal``); 0
    when no day stands before it."""
    k = 1
    word = c.word(1)
    if word is not None and fold(word) == "of":
        k, word = 2, c.word(2)
    if word is None:
        return 0
    day = word.strip(_STRIP)
    ordinal = _ORDINAL_DAY.fullmatch(day) is not None
    if not (_is_day(day) or (ordinal and _is_day(day[:-2]))):
        return 0
    before = c.word(k + 1)
    the = k == 2 and before is not None and fold(before) == "the"
    if k == 2 and not (ordinal or the):
        return 0  # "part 5 of Germinal", "chapter 3 of Germinal": a number of something else
    return k + 1 if the else k


@lru_cache(maxsize=16)
def _month_spans(conv: Conventions) -> dict[str, tuple[frozenset[int], tuple[int, int] | None]]:
    """The months of another calendar (folded) whose days fall in the same Gregorian months
    each year -> those months' numbers (``[gloss.calendar_month_spans]``) and the first and
    last Gregorian years the calendar was in use (``[gloss.calendar_month_years]``; None: any)."""
    years = {fold(k): v for k, v in conv.section("gloss", "calendar_month_years").items()}
    out: dict[str, tuple[frozenset[int], tuple[int, int] | None]] = {}
    for month, names in conv.section("gloss", "calendar_month_spans").items():
        span = years.get(fold(month))
        out[fold(month)] = (
            frozenset(MONTHS[fold(n)] for n in names),
            (int(span[0]), int(span[1])) if span else None,
        )
    return out


def _in_month_span(inside: str, month: str, conv: Conventions) -> bool:
    """Whether ``inside`` is a Gregorian date with its year (``November 14, 1798``, ``4 July
    1944``) that the day of another calendar's ``month`` (folded) may be: in one of the
    Gregorian months that month falls in, in a year its calendar was in use (``the 23rd of
    Brumaire [November 14, 1798]``; not ``[May 14, 1798]``, ``the 9 Thermidor [27 July
    1994]``)."""
    m = _CONVERTED_INSIDE.fullmatch(inside)
    if m is None or m.group(3) is None or _GREGORIAN_YEAR.fullmatch(m.group(3)) is None:
        return False
    name = _MONTH_WORD.search(m.group(0))
    months, years = _month_spans(conv)[month]
    if name is None or MONTHS.get(fold(name.group(0))) not in months:
        return False
    return years is None or years[0] <= int(m.group(3)) <= years[1]


#: The month's name of a Gregorian date in words (``November`` of ``November 14, 1798``).
_MONTH_WORD = regex.compile(r"\p{L}{3,9}")


def _date_back(c: _NearestOnly, figures: bool) -> int:
    """How many words before the bracket's word a converted date runs back over, its figures
    (an ordinal day too) and its month's name (``Dey 19, 1356``, ``13 Aban 1358``, ``2nd Rajab
    725``); ``figures`` when the word before the bracket is a figure itself. -1 when an era's
    mark has no figures before it. The month's name is one of ``[gloss] calendar_months``."""
    k, month = 0, False
    for i in range(1, _DATE_BACK + 1):
        word = c.word(i)
        if word is None:
            break
        w = word.strip(_STRIP)
        if (w.isdigit() and len(w) <= 4) or _ORDINAL_DAY.fullmatch(w) is not None:
            k, figures = i, True
            if month:
                break  # the day before the month's name
            continue
        if month or not figures or fold(w) not in c.conv.calendar_months:
            break  # "Chapter 541", "Paris 1241": no month's name
        k, month = i, True
    return k if figures else -1


#: A day's ordinal: "2nd", "21st".
_ORDINAL_DAY = regex.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _year_cued(c: _NearestOnly) -> bool:
    """Whether the word before the bracket's number marks it as a year of another calendar:
    ``year`` (``[gloss] calendar_cues``: ``The year 541``), an era's mark (``AH 541``) or a
    month's name of another calendar (``2nd Rajab 725``: ``[gloss] calendar_months``)."""
    word = c.word(1)
    if word is None:
        return False
    w = fold(word.strip(_STRIP))
    return w in c.conv.calendar_cues or w in c.conv.calendar_eras or w in c.conv.calendar_months


def _converts_by_rate(before: str, inside: str, conv: Conventions, cued: bool = False) -> bool:
    """Whether ``inside`` is a Gregorian year, a range of two or a date (its first year of three
    or four figures) that a year of another calendar before it converts to, within a year, by
    ``[gloss] calendar_rates``: ``The year 541 [1146-47]`` (lunar Hijri), ``3/1/60 [23 March
    1981]`` (a numeric date of the solar Hijri, its year of two figures read in the centuries
    of ``calendar_years``). The year before has three figures or four (``page 5 [626]`` is no
    year), and ``cued`` (``_year_cued``: ``The year 541``) unless the inside is a range of two
    years in a row (``541 [1146-47]``: a lunar year runs over two); a range's second year is
    always the first's next (``[1146-1300]`` is no year's span)."""
    m = _CONVERTED_INSIDE.fullmatch(inside.strip())
    if m is None:
        return False
    gregorian = int(m.group(1) or m.group(3))
    if m.group(2) is not None:
        if not _next_year(gregorian, m.group(2)):
            return False  # "[1146-1300]": no year's span
    elif not cued and _NUMERIC_DATE.fullmatch(before) is None:
        return False  # "pp. 1290 [1873]": no cue that the number is a year
    n = _NUMERIC_DATE.fullmatch(before)
    if n is not None:
        year = n.group(1)
        if len(year) == 2:
            centuries = {lo // 100 * 100 for lo, _hi in conv.calendar_years}
            years = [c + int(year) for c in centuries]
        else:
            years = [int(year)]
    elif before.isdecimal() and 3 <= len(before) <= 4:
        years = [int(before)]
    else:
        return False
    # a range's first year holds the year's start, which the rate puts within the first year
    # or up to a fraction past it when it falls late in December ("993 [1584-85]": 1585.002);
    # two years off is no conversion ("993 [1586-87]")
    low, high = _RANGE_SLACK if m.group(2) is not None else (-1, 1)
    return any(
        low <= y * rate + zero - gregorian <= high for y in years for rate, zero in conv.calendar_rates
    )


#: How far before and after a range's first year the rate may put the start of the other
#: calendar's year.
_RANGE_SLACK = (-0.5, 1.5)


def _next_year(first: int, second: str) -> bool:
    """Whether ``second``, a year written in full or by its last figures (``47`` of
    ``1146-47``), is the year after ``first``."""
    if len(second) >= len(str(first)):
        return int(second) == first + 1
    return (first + 1) % 10 ** len(second) == int(second)  # "1099-00": a century turned


#: A Gregorian year or a range of two ("1146-47", "1193–1194"), or a day, a month's name and
#: a year ("23 March 1981", "March 23, 1981").
_CONVERTED_INSIDE = regex.compile(
    r"(\d{3,4})(?:[-–/](\d{2,4}))?|(?:\d{1,2}\s\p{L}{3,9}\.?|\p{L}{3,9}\.?\s\d{1,2},?)\s(\d{4})"
)
#: A numeric date, day, month and year of two or four figures: "3/1/60", "19/1/1358".
_NUMERIC_DATE = regex.compile(r"\d{1,2}[/.]\d{1,2}[/.](\d{2}|\d{4})")


def _other_year(year: int, conv: Conventions) -> bool:
    """Whether a year without an era's mark is read as of another calendar (``[gloss]
    calendar_years``: the Hijri years 1300 to 1499, the Hebrew years 5600 to 5799)."""
    return any(lo <= year <= hi for lo, hi in conv.calendar_years)


#: A Gregorian year of the modern era in a date.
_GREGORIAN_YEAR = regex.compile(r"\b(?:1[6-9]|20)\d\d\b")
#: How many words back a converted date may run (``Dey 19, 1356``).
_DATE_BACK = 4
