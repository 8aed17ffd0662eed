"""A page as lines: each non-blank line with its offsets, the folded form a line is looked
up by, and the dates a line holds (:func:`find_dates`, on :func:`lacuna.dates.find_dates`,
the one date finder)."""

from __future__ import annotations

import re
from typing import NamedTuple

from lacuna.dates import find_dates as find_all_dates
from lacuna.dates import parse_date
from lacuna.pages.model import PageDate

__all__ = ["BOM", "Line", "date_line", "find_dates", "fold", "split_lines"]


class Line(NamedTuple):
    """A non-blank line of the page, with its offsets."""

    start: int  # offset of the first character of the line
    end: int  # offset of the end of its content (line break excluded)
    text: str  # stripped content
    lead: int  # leading whitespace length
    blank_before: bool  # a blank line (or the start) precedes it

    @property
    def content_end(self) -> int:
        return self.start + self.lead + len(self.text)

    @property
    def content_start(self) -> int:
        return self.start + self.lead


_BREAK = re.compile(r"\r\n|\r|\n")
#: The byte-order mark: read as no text at the start of a page.
BOM = "\ufeff"


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with offsets; ``blank_before`` marks paragraph starts."""
    out: list[Line] = []
    pos = 1 if text.startswith(BOM) else 0  # a byte-order mark is no text
    blank = True
    n = len(text)
    while pos <= n:
        m = _BREAK.search(text, pos)
        end = m.start() if m else n
        raw = text[pos:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos, end, stripped, lead, blank))
            blank = False
        else:
            blank = True
        if m is None:
            break
        pos = m.end()
    return out


def fold(line_text: str) -> str:
    """The line as the page's vocabulary is looked up: case-folded, straight apostrophes,
    no trailing colon."""
    return line_text.casefold().replace("’", "'").rstrip(":").strip()


# -- dates ---------------------------------------------------------------------------

_YEAR_LINE = re.compile(r"(?:1[89]|20)\d\d")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[PageDate]:
    """The dates written with a month name in ``text[start:end]``, as written, with offsets
    (:func:`lacuna.dates.find_dates`, the one date finder, less numeric dates and bare years)."""
    out = []
    for s, e, date in find_all_dates(text, start, end):
        written = text[s:e]
        if (date.month is not None and not written[:1].isdigit()) or _MONTH_AFTER_DAY.match(written):
            out.append(PageDate(written, s, e, date.iso))
    return out


# "12 January 1947" (a day, then a month name); a date that opens with a letter names its month
_MONTH_AFTER_DAY = re.compile(r"\d{1,2}[ \u00a0]{1,3}[^\W\d]")


def date_line(text: str, line: Line) -> PageDate | None:
    """The date if the line is nothing but a date (or a bare year)."""
    s = line.start + line.lead
    found = find_dates(text, s, line.content_end)
    if found and found[0].start == s and found[0].end == line.content_end:
        return found[0]
    if _YEAR_LINE.fullmatch(line.text):
        date = parse_date(line.text)
        return PageDate(line.text, s, s + 4, date.iso if date is not None else None)
    return None
