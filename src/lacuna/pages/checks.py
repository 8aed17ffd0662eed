"""The layouts as data: an ordered list of named checks, each with the reader of its layout.

:data:`LAYOUTS` is tried in order; the first check that accepts the page names its format and
reads it; ``plain`` reads what no other layout took (and gives ``unknown`` when it finds no
title). See :mod:`lacuna.pages`."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from lacuna.pages.archive import archive, is_archive, is_archive_old, is_staging
from lacuna.pages.lines import Line, split_lines
from lacuna.pages.listing import is_listing, listing
from lacuna.pages.model import Page
from lacuna.pages.pdf import is_pdf, pdf
from lacuna.pages.plain import any_text, plain
from lacuna.pages.regions import unknown

__all__ = ["LAYOUTS", "Layout", "read"]


class Layout(NamedTuple):
    """A page layout: its name, the check that recognises it, the reader of its parts."""

    name: str
    check: Callable[[str, list[Line]], bool]
    reader: Callable[[str, list[Line]], Page]


def read(text: str) -> Page:
    """Recognise the page format and find the document's parts; never raises on text."""
    if not isinstance(text, str):
        raise TypeError(f"read() argument 'text' must be str, not {type(text).__name__}")
    lines = split_lines(text)
    for layout in LAYOUTS:
        if layout.check(text, lines):
            return layout.reader(text, lines)
    return unknown(text)


#: The layouts, in the order they are tried (a listing's counter outranks an archive's chrome).
LAYOUTS: tuple[Layout, ...] = (
    Layout("pdf", is_pdf, pdf),
    Layout("listing", is_listing, listing),
    Layout("archive-old", is_archive_old, lambda text, lines: archive(text, lines, "archive-old")),
    Layout("archive", is_archive, lambda text, lines: archive(text, lines, "archive")),
    Layout("staging", is_staging, lambda text, lines: archive(text, lines, "staging")),
    Layout("plain", any_text, plain),
)
