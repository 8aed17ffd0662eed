"""What the page reader finds: the page, its regions and its dates."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["FORMATS", "REGION_NAMES", "Page", "PageDate", "Region"]

#: The format names :func:`read` can return.
FORMATS = ("archive", "archive-old", "staging", "pdf", "listing", "plain", "unknown")

#: The region names, in no particular order: ``dateline`` is a line giving the document's
#: date (and place), ``chrome`` the site's furniture (menus, labels, the metadata block).
REGION_NAMES = ("title", "dateline", "body", "summary", "notes", "chrome")


class PageDate(NamedTuple):
    """A date as written on the page, with its offsets; ``iso`` when it reads unambiguously."""

    text: str
    start: int
    end: int
    iso: str | None = None


class Region(NamedTuple):
    """A named part of the page: ``text[start:end]``."""

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Page:
    """What :func:`read` found: the document's metadata and where its parts lie.

    ``regions`` cover the text exactly once, in order; a region runs from its first
    character to the start of the next one (so whitespace between parts belongs to the
    part before it). ``body_start``/``body_end`` are the offsets of the body text itself.
    ``confidence`` says how sure the reader is of the layout it found (0 for ``unknown``,
    where the whole text is the body; 0.9 for a page whose landmarks were all found).
    """

    format: str
    title: str | None
    dates: tuple[PageDate, ...]
    record_id: str | None
    summary: str | None
    body_start: int
    body_end: int
    regions: tuple[Region, ...]
    source: str | None = None
    rights: str | None = None
    citation: str | None = None
    publisher: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    notes_start: int | None = None
    notes_end: int | None = None
    text: str = field(default="", repr=False)
    confidence: float = 0.0

    @property
    def date(self) -> PageDate | None:
        """The document's date (the first one found in its heading), if any."""
        return self.dates[0] if self.dates else None

    @property
    def body(self) -> str:
        """The body text."""
        return self.text[self.body_start : self.body_end]

    def region_at(self, offset: int) -> str:
        """The name of the region holding ``offset`` (``body`` past the end)."""
        starts = [r.start for r in self.regions]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0 or offset >= len(self.text):
            return "body" if not self.regions else self.regions[-1].name
        return self.regions[i].name
