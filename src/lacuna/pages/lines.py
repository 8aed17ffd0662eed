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


#: A non-blank line: the blank lines before it (group 1), its leading white space, its content
#: from its first non-space character, trailing white space included (group 2), its line
#: break. (``\\s`` is ``str.isspace``: what ``str.strip`` strips; line breaks are ``\\n``,
#: ``\\r\\n``, ``\\r``.)
_LINE = re.compile(r"((?:[^\S\r\n]*+(?:\r\n|\r|\n))*+)[^\S\r\n]*+(\S[^\r\n]*+)(?:\r\n|\r|\n)?+")
#: :data:`_LINE` for a text without ``\\r``: ``.`` (all but ``\\n``) scans a line five times
#: faster than the class ``[^\\r\\n]``.
_LINE_LF = re.compile(r"((?:[^\S\n]*+\n)*+)[^\S\n]*+(\S.*+)\n?+")
#: The byte-order mark: read as no text at the start of a page.
BOM = "\ufeff"
_new_line = tuple.__new__


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with offsets; ``blank_before`` marks paragraph starts.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``. One regex pass finds each non-blank
    line and the blank lines before it, so a line costs one match and one ``rstrip``.
    """
    first = 1 if text.startswith(BOM) else 0  # a byte-order mark is no text
    pattern = _LINE if "\r" in text else _LINE_LF
    out = [
        _new_line(Line, (at, m.end(2), m.group(2).rstrip(), m.start(2) - at, at > m.start(1)))
        for m in pattern.finditer(text, first)
        for at in (m.end(1),)
    ]
    if out and not out[0].blank_before:
        out[0] = out[0]._replace(blank_before=True)  # the start of the text
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
