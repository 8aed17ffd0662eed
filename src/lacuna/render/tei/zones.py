"""Where each part of the page goes in ``<text>``: the page reader's regions as zones of
``<front>``, ``<body>`` and ``<back>`` (the site's chrome left out)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from lacuna.ast import Document
from lacuna.render.tei.header import _iso_ok

if TYPE_CHECKING:
    from lacuna.page import Page

__all__ = ["MIN_CONFIDENCE"]

#: A page layout read with less confidence than this is not trusted: the whole text is the body.
MIN_CONFIDENCE = 0.5


class _Zone(NamedTuple):
    """A stretch of the text and where it goes in ``<text>``.

    ``division`` is 0 (``<front>``), 1 (``<body>``) or 2 (``<back>``), or -1 for text left
    out (the site's chrome); ``wrapper`` holds paragraphs (``<argument>``, ``<div>``) or is
    None; ``leaf`` is a one-block element (``<head>``, ``<docDate>``, ``<dateline>``).
    """

    start: int
    end: int
    division: int
    wrapper: tuple[str, dict[str, str]] | None = None
    leaf: tuple[str, dict[str, str]] | None = None


_DIVISIONS = ("front", "body", "back")


def _zones(doc: Document, page: Page | None) -> list[_Zone]:
    """Where each part of the page goes: the page reader's regions, in order, each in the
    first division it may stand in and no earlier than the one before it."""
    n = len(doc.text)
    regions = list(getattr(page, "regions", None) or ())
    unsure = page is None or getattr(page, "format", "unknown") == "unknown"
    if unsure or getattr(page, "confidence", 1.0) < MIN_CONFIDENCE or not regions:
        return [_Zone(0, n, 1)]
    dates = {(d.start, d.end): d for d in getattr(page, "dates", ())}
    out: list[_Zone] = []
    division = 0
    for region in regions:
        name, start, end = region.name, region.start, region.end
        if name == "chrome":
            out.append(_Zone(start, end, -1))
            continue
        chunk = doc.text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        pref: int
        wrapper: tuple[str, dict[str, str]] | None = None
        leaf: tuple[str, dict[str, str]] | None = None
        if name == "title":
            pref, leaf = 0, ("head", {})
        elif name == "dateline":
            stripped = chunk.strip()
            date = dates.get((start + lead, start + lead + len(stripped)))
            if date is not None and division == 0:
                when = _iso_ok(getattr(date, "iso", None))
                pref, leaf = 0, ("docDate", {"when": when} if when else {})
            else:
                pref, leaf = 1, ("dateline", {})
        elif name == "summary":
            pref = 0 if division == 0 else 2
            wrapper = ("argument", {}) if pref == 0 else ("div", {"type": "summary"})
        elif name == "notes":
            pref, wrapper = 2, ("div", {"type": "notes"})
        else:
            pref = 1
        if pref < division:  # it stands after text of a later division: paragraphs there
            pref, leaf = division, None
            wrapper = ("div", {"type": name}) if division == 2 else None
        division = pref
        out.append(_Zone(start, end, pref, wrapper, leaf))
    return out
