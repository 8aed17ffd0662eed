"""Dates as archival documents write them, read into partial ISO 8601 dates.

A date is known to the day, the month or only the year; :class:`PartialDate` keeps what is
known and nothing more, and its :attr:`~PartialDate.iso` is ``1947``, ``1947-01`` or
``1947-01-12`` accordingly.

Forms read (month names in English, any case, full or abbreviated with or without a dot,
``Sept.`` included; a month may stand in square brackets as the markup supplies it):

=====================  ==================
``January 12, 1947``   ``1947-01-12``
``June 05, 1944``      ``1944-06-05``
``12 January 1947``    ``1947-01-12``
``12 [January] 1947``  ``1947-01-12``
``12th Jan. 1947``     ``1947-01-12``
``12.01.1947``         ``1947-01-12`` (day.month.year, as Russian and Chinese sources write it)
``1947-01-12``         ``1947-01-12``
``1947-01``            ``1947-01``
``January 1947``       ``1947-01``
``1947``               ``1947``
=====================  ==================

Years have four digits. A day that the month does not have (``31.02.1947``) is not a date.

>>> parse_date("12 [January] 1947").iso
'1947-01-12'
>>> [(s, e, d.iso) for s, e, d in find_dates("sent June 05, 1944 and in 1945")]
[(5, 18, '1944-06-05'), (26, 30, '1945')]
"""

from __future__ import annotations

import calendar
import datetime
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import regex

__all__ = ["DATE_PATTERN", "MONTHS", "PartialDate", "date_columns", "date_edits", "find_dates", "parse_date"]

#: Month number for each recognised (casefolded) month name or abbreviation.
MONTHS: dict[str, int] = {}
for _number, _name in enumerate(calendar.month_name[1:], start=1):
    _lower = _name.lower()
    MONTHS[_lower] = _number
    MONTHS[_lower[:3]] = _number
MONTHS["sept"] = 9
del _number, _name, _lower

_PRECISIONS = ("year", "month", "day")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    ``month`` and ``day`` are None when unknown; a day requires a month. ``precision`` is
    ``"year"``, ``"month"`` or ``"day"`` and is derived from the fields. Raises ValueError
    for a date that does not exist (``1947-02-30``).
    """

    year: int
    month: int | None = None
    day: int | None = None
    precision: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day without a month")
            precision = "year"
        elif not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        elif self.day is None:
            precision = "month"
        elif not 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]:
            raise ValueError(f"day out of range: {self.year}-{self.month:02d}-{self.day}")
        else:
            precision = "day"
        object.__setattr__(self, "precision", precision)

    @property
    def iso(self) -> str:
        """ISO 8601 with the known precision: ``1947``, ``1947-01`` or ``1947-01-12``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raises ValueError otherwise."""
        m = _ISO_ONLY.fullmatch(text)
        if m is None:
            raise ValueError(f"not an ISO 8601 date: {text!r}")
        y, mo, d = m.group("y", "m", "d")
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    @property
    def first_day(self) -> datetime.date:
        """The earliest day the date can mean."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> datetime.date:
        """The latest day the date can mean."""
        month = self.month or 12
        return datetime.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def compatible(self, other: PartialDate) -> bool:
        """True when both can be the same day (``1947`` and ``1947-01-12`` are; ``1947-02`` is not)."""
        return self.first_day <= other.last_day and other.first_day <= self.last_day


_ISO_ONLY = regex.compile(r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?")

# A month name: full, three-letter or "Sept", optionally followed by a dot. The name list is
# a plain alternation of literals, so matching it cannot backtrack beyond its own length.
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MON = rf"(?:(?P<mon>{_MONTH_NAMES})\.?|\[(?P<mon>{_MONTH_NAMES})\.?\])(?![\p{{L}}\p{{N}}])"
_DAY = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>[0-9]{4})(?!\p{N})"
_SP = r"[ \t\u00a0]{1,3}"  # bounded: spaces within one line
_QDAY = r"[“\"«]\ ?(?P<d>[0-9]{1,2})\ ?[”\"»]"  # a quoted day: “15”, « 15 »

_DATE = regex.compile(
    r"(?<![\p{L}\p{N}\p{M}])(?:"
    # 1947-01-12, 1947-01
    r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?(?![\p{N}-])"
    # January 12, 1947 / Jan. 12 1947 / [January] 12, 1947
    rf"|{_MON}{_SP}{_DAY},?{_SP}{_YEAR}"
    # 12 January 1947 / 12 [January] 1947 / 12th Jan., 1947
    rf"|{_DAY}{_SP}{_MON},?{_SP}{_YEAR}"
    # “15” January 1963 (a Soviet form's quoted day, « 15 » января)
    rf"|{_QDAY}{_SP}{_MON},?{_SP}{_YEAR}"
    # 12.01.1947 (day.month.year)
    r"|(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})(?!\p{N})"
    # January 1947 / [January] 1947 / Jan., 1947 (not before an ISO month: October 1888-12-26
    # is the month name and the ISO date 1888-12-26, see _iso_month_at)
    rf"|{_MON},?{_SP}{_YEAR}(?!-(?:0[1-9]|1[0-2])(?!\p{{N}}))"
    # 1947
    r"|(?P<y>[0-9]{4})(?![\p{N}])"
    r")",
    regex.IGNORECASE | regex.VERSION1,
)

#: A date in any form :func:`find_dates` reads, as a regular expression's source without
#: groups (to be matched case-insensitively), for patterns written as data: a conventions
#: rule's ``{date}`` (:func:`lacuna.conventions.expand_placeholders`) is this, so the shape of
#: a date is written here only.
DATE_PATTERN: str = regex.sub(r"\(\?P<\w+>", "(?:", _DATE.pattern)


#: (a scan for four digits, the neighbours looked at in Python: lookarounds in the pattern make
#: the scan twice as slow as the Python that they spare)
_YEAR_CANDIDATE = regex.compile(r"[0-9]{4}")
_YEAR_AT = regex.compile(r"([0-9]{4})(?!\p{N})")
# What can stand before a year, matched backwards from the year (``(?r)``), longest form
# first: the date's start is then found in one anchored match, not by a scan of the text.
_PREFIX_FORMS = (
    rf"{_MON}{_SP}{_DAY},?{_SP}",  # January 12, |1947
    rf"{_DAY}{_SP}{_MON},?{_SP}",  # 12 January |1947
    rf"{_QDAY}{_SP}{_MON},?{_SP}",  # “15” January |1963
    r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.",  # 12.01.|1947
    rf"{_MON},?{_SP}",  # January |1947
)
_PREFIX = regex.compile(
    r"(?r)(?<![\p{L}\p{N}\p{M}])(?:" + "|".join(_PREFIX_FORMS) + ")", regex.IGNORECASE | regex.VERSION1
)
_PREFIX_MONTH = regex.compile(
    r"(?r)(?<![\p{L}\p{N}\p{M}])(?:" + _PREFIX_FORMS[-1] + ")", regex.IGNORECASE | regex.VERSION1
)
# The longest text a date can have before its year ("12th [September.], 1947").
_MAX_BEFORE_YEAR = 32


def _prefix_date(m: regex.Match[str], year: int) -> PartialDate | None:
    groups = m.groupdict()  # _PREFIX_MONTH has no day or month-number group
    mo, d, name = groups.get("m"), groups.get("d"), groups.get("mon")
    month = MONTHS[name.lower()] if name else int(mo)
    try:
        return PartialDate(year, month, int(d) if d else None)
    except ValueError:
        return None


def _to_date(m: regex.Match[str]) -> PartialDate | None:
    y, mo, d, name = m.group("y", "m", "d", "mon")
    month = MONTHS[name.lower()] if name else (int(mo) if mo else None)
    try:
        return PartialDate(int(y), month, int(d) if d else None)
    except ValueError:
        return None


def parse_date(text: str) -> PartialDate | None:
    """Read one date that is the whole of ``text`` (surrounding spaces ignored), or None."""
    stripped = text.strip()
    m = _DATE.fullmatch(stripped)
    return _to_date(m) if m else None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, PartialDate]]:
    """Every date in ``text[start:end]`` as ``(start, end, date)``, in order, not overlapping.

    Offsets are into ``text``. The longest form that starts at a place wins (``12 January
    1947`` rather than ``1947``); a form that names a day the month does not have is skipped
    and the search goes on just after its start.
    """
    return [(s, e, date) for s, e, date, _ in date_edits(text, start, end)]


#: What a date's text reads as: (offset of the date in that text, date, its ISO form); None:
#: no date. The text is all a decision reads (see :func:`date_edits`), so each distinct one
#: is decided once per process (bounded: the table starts afresh when full).
_Decided = tuple[int, PartialDate, str] | None
_PREFIXED: dict[str, _Decided] = {}
_ISO: dict[str, tuple[int, PartialDate, str, bool]] = {}  # (..., written as its ISO form)
_WINDOWS: dict[str, _Decided] = {}  # (offsets relative to the year)
_DECIDED_MAX = 1 << 16


def date_edits(
    text: str, start: int = 0, end: int | None = None, *, changed_only: bool = False
) -> list[tuple[int, int, PartialDate, str]]:
    """:func:`find_dates` with each date's ISO form: ``(start, end, date, iso)``; with
    ``changed_only``, only the dates not already written as their ISO form."""
    return list(zip(*date_columns(text, start, end, changed_only=changed_only), strict=True))


def date_columns(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    changed_only: bool = False,
    image: bytes | None = None,
) -> tuple[list[int], list[int], list[PartialDate], list[str]]:
    """:func:`date_edits` as four parallel columns (starts, ends, dates, ISO forms): no tuple
    per date (the ``dates`` normalisation step reads the columns). ``image``, if given, is
    ``text.encode("ascii", "replace")`` (one byte a character): the four digits that may
    open a year are then found on it by numpy, not by a scan of the text."""
    stop = len(text) if end is None else min(end, len(text))
    starts: list[int] = []
    ends: list[int] = []
    dates: list[PartialDate] = []
    isos: list[str] = []
    last = max(start, 0)
    iso_dates = _ISO
    for table in (_PREFIXED, iso_dates, _WINDOWS, _YEARS):
        if len(table) > _DECIDED_MAX:
            table.clear()
    # Every date holds a four-digit year: look only around those, and from each year match
    # backwards for what may precede it and forwards for an ISO date, so the work is linear
    # in the text and the regexes never scan prose. What a match reads as is decided once
    # per distinct text (the same dates recur: a page's date line, its years).
    unseen, as_iso = _UNSEEN, _AS_ISO
    years = _YEARS
    reach = _MAX_BEFORE_YEAR + 1
    if image is None:
        candidates: Iterable[int] = map(_MATCH_START, _YEAR_CANDIDATE.finditer(text, last, stop))
    else:
        candidates = _four_digits(image, last, stop)
    for p in candidates:
        q = p + 4
        if p - reach >= last and q < stop:
            # all a year's reading reads but an ISO date's day: the characters a prefix
            # before it may take and the one before those (the date before it, if any, ended
            # before them), the year, the character after it (after a "-", three: an ISO
            # month and what follows it, _iso_month_at); decided once per distinct text
            hi = q + 1 if text[q] != "-" else (q + 4 if q + 4 < stop else stop)
            around = text[p - reach : hi]
            decided = years.get(around, unseen)
            if decided is unseen:
                decided = years[around] = _year_read(around)
        else:
            decided = _year_at(text, p, last, stop)
        if decided is None:
            continue
        if decided is not as_iso:
            # (a date with a prefix is never written as its ISO form, which opens with the
            # year: always a change)
            at, date, iso = decided
            starts.append(p + at)
            ends.append(q)
            dates.append(date)
            isos.append(iso)
            last = q
            continue
        # what an ISO date reads: its year and at most the seven characters after it
        key = text[p : q + 7 if q + 7 < stop else stop]
        hit = iso_dates.get(key)
        if hit is None:
            end_, date = _iso_from(key, 0, int(key[:4]), len(key))
            hit = iso_dates[key] = (end_, date, date.iso, key[:end_] == date.iso)
        size, date, iso, same = hit
        if not (same and changed_only):
            starts.append(p)
            ends.append(p + size)
            dates.append(date)
            isos.append(iso)
        last = p + size
    return starts, ends, dates, isos


_MATCH_START = type(_YEAR_CANDIDATE.match("0000")).start


def _four_digits(image: bytes, start: int, stop: int) -> list[int]:
    """Where :data:`_YEAR_CANDIDATE` matches in ``image[start:stop]`` (an ASCII image: only
    ASCII digits are digits in it, as in the pattern), found by numpy: each run of digits
    holds a match at every fourth digit from its start while four remain."""
    codes = np.frombuffer(image, dtype=np.uint8)[start:stop]
    if len(codes) < 4:
        return []
    n = len(codes)
    digit = np.zeros(n + 2, dtype=bool)  # (not a digit either side: runs have two edges)
    # (written into two buffers, not a new array per operation: fewer buffers of the text's size)
    scratch = np.empty(n + 1, dtype=np.uint8)
    np.less(np.subtract(codes, np.uint8(48), out=scratch[:n]), np.uint8(10), out=digit[1:-1])
    edges = np.flatnonzero(np.not_equal(digit[1:], digit[:-1], out=scratch.view(bool)))
    del digit, scratch
    runs = edges[0::2]
    fours = (edges[1::2] - runs) >> 2  # (matches in each run of digits)
    has = np.flatnonzero(fours)
    runs, fours = runs[has], fours[has]
    firsts = np.cumsum(fours) - fours  # (the first match of each run among all)
    at = np.repeat(runs - 4 * firsts, fours) + 4 * np.arange(int(fours.sum()), dtype=np.int64)
    return (at + start).tolist()


#: (The marks are typed ``Any``, not ``_Decided``: the compiled build holds a typed tuple
#: unboxed and boxes it anew where it is read, so ``is`` would not find the mark again.)
_UNSEEN: Any = (-1, PartialDate(1), "")
#: What a year reads as when its date is an ISO date or the year alone (read from its digits).
_AS_ISO: Any = (-2, PartialDate(1), "")
#: Each distinct neighbourhood of a year (:func:`date_columns`): what the year reads as.
_YEARS: dict[str, _Decided] = {}


def _year_at(text: str, p: int, last: int, stop: int) -> _Decided:
    """What the year at ``p`` reads as, ``last`` where the text a date may take begins: None
    (no date), :data:`_AS_ISO` (an ISO date or the bare year, read from its digits), or a
    date with a prefix, ``(its start relative to p, date, iso)``."""
    q = p + 4
    if p < last or text.startswith("0000", p):
        return None  # (no year 0: "0000" is a number, not a date)
    if q < stop:
        c = text[q]
        if c.isdigit() or (not c.isascii() and _is_number(c)):
            return None
    if p > 0:
        c = text[p - 1]
        if c.isdigit():
            return None
        if c in _BEFORE_YEAR:
            lo = p - _MAX_BEFORE_YEAR
            if lo < last:
                lo = last
            if lo > 0:
                # all the prefix match reads: the text from ``lo`` and the character before
                window = text[lo - 1 : q]
                decided = _WINDOWS.get(window, _UNSEEN)
                if decided is _UNSEEN:
                    decided = _WINDOWS[window] = _prefixed(text, lo, p, _PREFIXED)
            else:
                decided = _prefixed(text, lo, p, _PREFIXED)
            if decided is not None and not (decided[1].day is None and _iso_month_at(text, q, stop)):
                return decided
        elif _is_word(c):
            return None
    return _AS_ISO


def _iso_month_at(text: str, q: int, stop: int) -> bool:
    """True when the year ending at ``q`` opens an ISO date with its month (``-10``, not
    followed by a digit): a month name before it (``October 1888-12-26``, what the ``dates``
    step makes of ``October 26 Dec 1888``) is no part of that date, which is read from its
    digits, so normalising twice changes nothing."""
    if not (q + 3 <= stop and text[q] == "-" and _two_digits(text, q + 1, stop)):
        return False
    if q + 3 < stop and _is_number(text[q + 3]):
        return False
    return 1 <= int(text[q + 1 : q + 3]) <= 12


def _year_read(around: str) -> _Decided:
    """:func:`_year_at` of the year that ``around`` holds after the 33 characters a prefix
    may read, followed by one character, or up to three after a "-" (all that reading reads)."""
    return _year_at(around, _MAX_BEFORE_YEAR + 1, 0, len(around))


def _prefixed(text: str, lo: int, p: int, prefixed: dict[str, _Decided]) -> _Decided:
    """The date whose prefix stands in ``text[lo:p]`` before the year at ``p``, as ``(its
    start relative to p, date, iso)``, or None."""
    m = _PREFIX.match(text, lo, p)
    if m is None:
        return None
    s = m.start()
    key = text[s : p + 4]
    decided = prefixed.get(key, _UNSEEN)
    if decided is _UNSEEN:
        decided = prefixed[key] = _decide_prefixed(key, p - s, m)
    if decided is None:
        return None
    at, date, iso = decided
    return s + at - p, date, iso


def _decide_prefixed(key: str, year_at: int, m: regex.Match[str]) -> _Decided:
    """What the date text ``key`` (``m``, the prefix match, then a year at ``year_at``) reads
    as: ``(offset in key, date, iso)``, or None when no date starts with its prefix."""
    year = int(key[year_at:])
    date = _prefix_date(m, year)
    at = 0
    if date is None and m.group("mon") and m.group("d"):
        # "31 February 1947": not a day of that month, but the month and year hold (matched
        # in the key alone: the prefix match already read what stands before it)
        m2 = _PREFIX_MONTH.match(key, 1, year_at)
        date = _prefix_date(m2, year) if m2 is not None else None
        at = m2.start() if m2 is not None else 0
    return None if date is None else (at, date, date.iso)


_BEFORE_YEAR = frozenset(" \t\u00a0.")


def _is_number(c: str) -> bool:
    return c.isdigit() if c.isascii() else unicodedata.category(c)[0] == "N"


def _is_word(c: str) -> bool:
    return c.isalnum() if c.isascii() else unicodedata.category(c)[0] in "LN"


def _two_digits(text: str, i: int, stop: int) -> bool:
    return i + 2 <= stop and "0" <= text[i] <= "9" and "0" <= text[i + 1] <= "9"


def _iso_from(text: str, p: int, year: int, stop: int) -> tuple[int, PartialDate]:
    """The ISO date (or, failing that, the bare year) that starts with the year at ``p``."""
    q = p + 4
    if q < stop and text[q] == "-" and _two_digits(text, q + 1, stop):
        month = int(text[q + 1 : q + 3])
        r = q + 3
        if r < stop and text[r] == "-" and _two_digits(text, r + 1, stop):
            after = r + 3
            if after >= stop or not (text[after] == "-" or _is_number(text[after])):
                try:
                    return after, PartialDate(year, month, int(text[r + 1 : after]))
                except ValueError:
                    return q, PartialDate(year)
        if r >= stop or not (text[r] == "-" or _is_number(text[r])):
            try:
                return r, PartialDate(year, month)
            except ValueError:
                return q, PartialDate(year)
    return q, PartialDate(year)
