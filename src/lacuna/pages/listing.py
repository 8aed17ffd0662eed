"""The listing layout: a listing or search-results page (``1 - 10 of 18``, dated entries);
chrome lines apart, the rest is body (:mod:`lacuna.listing` reads the entries)."""

from __future__ import annotations

import re

from lacuna.pages.fields import CHROME_LINES, line_key
from lacuna.pages.lines import Line, date_line, find_dates
from lacuna.pages.model import Page
from lacuna.pages.regions import Regions

__all__ = ["COUNTER", "is_listing", "listing"]

#: A results counter, ``1 - 10 of 18`` or ``1 – 10 of 1,234`` (the listing reader uses it too).
COUNTER = re.compile(
    r"(\d[\d,]{0,12})[ \t]{0,3}[-–—][ \t]{0,3}(\d[\d,]{0,12})[ \t]{1,3}of[ \t]{1,3}(\d[\d,]{0,12})",
    re.IGNORECASE,
)


def is_listing(text: str, lines: list[Line]) -> bool:
    """A results counter near the top, or many date lines and no "Document Information"."""
    head = lines[:12]
    if any(COUNTER.fullmatch(line.text) for line in head):
        return True
    if any(line_key(line.text) == "document information" for line in lines):
        return False
    dated = sum(1 for line in lines[:200] if date_line(text, line) is not None)
    bulleted = sum(
        1 for line in lines[:200] if line.text[:1] in "-•*" and find_dates(text, line.start, line.end)
    )
    return dated + bulleted >= 4


def listing(text: str, lines: list[Line]) -> Page:
    b = Regions(text)
    b.mark(0, "chrome")
    i = 0
    while i < len(lines) and (line_key(lines[i].text) in CHROME_LINES or COUNTER.fullmatch(lines[i].text)):
        i += 1
    body_start = lines[i].content_start if i < len(lines) else len(text)
    body_end = lines[-1].content_end if i < len(lines) else len(text)
    if i < len(lines):
        b.mark(body_start, "body")
    counted = any(COUNTER.fullmatch(line.text) for line in lines[:12])
    return Page(
        "listing", None, (), None, None, body_start, body_end, b.regions(), text=text,
        confidence=0.8 if counted else 0.6,
    )  # fmt: skip
