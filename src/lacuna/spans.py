"""The ``spans`` contract: one flat record per bracketed span, outer and nested.

Every record has the keys of :data:`SPAN_KEYS`, in that order; unknown values are None,
never missing. ``text == file_text[start:end]``; ``nested_in`` is the start offset of the
enclosing span or None; ``region`` is the part of the page the span lies in (``title``,
``body``, ``summary``, ``notes``, ``chrome``; see :mod:`lacuna.page`). Tools downstream
rely on this shape: extend it, never rename.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lacuna.ast import Document, Gloss, Span
from lacuna.errors import expect
from lacuna.page import Page
from lacuna.page import read as read_page
from lacuna.render.json import quantity_json

__all__ = ["SPAN_KEYS", "span_record", "span_records"]

#: Keys of a span record, in output order.
SPAN_KEYS = (
    "file",
    "start",
    "end",
    "line",
    "column",
    "text",
    "category",
    "extent",
    "quantity",
    "unit",
    "reason",
    "conjecture",
    "nested_in",
    "cert",
    "label",
    "glossed",
    "because",
    "region",
    "correction",
)


def span_record(
    span: Span, parent: Span | None, file: str | None, region: str | None = None
) -> dict[str, Any]:
    """The record of one span (see :data:`SPAN_KEYS`); ``region`` is its part of the page."""
    expect(span, Span, "span_record", "span")
    info = span.info
    return {
        "file": file,
        "start": span.start,
        "end": span.end,
        "line": span.line,
        "column": span.column,
        "text": span.text,
        "category": info.category,
        "extent": info.extent,
        "quantity": quantity_json(info.quantity),
        "unit": info.unit,
        "reason": info.reason,
        "conjecture": info.conjecture,
        "nested_in": parent.start if parent is not None else None,
        "cert": info.cert,
        "label": info.label,
        "glossed": span.glossed if isinstance(span, Gloss) else None,
        "because": info.because,
        "region": region,
        "correction": info.correction,
    }


def span_records(doc: Document, page: Page | None = None) -> Iterator[dict[str, Any]]:
    """Yield the record of every span of ``doc``, outer before inner, in document order.

    ``region`` comes from ``page`` (by default :func:`lacuna.page.read` of the text): ``title``,
    ``dateline``, ``body``, ``summary``, ``notes`` or ``chrome``. The arguments are checked
    at the call, not at the first record.
    """
    expect(doc, Document, "span_records", "doc")
    if page is None:
        page = read_page(doc.text)
    expect(page, Page, "span_records", "page")
    return _records(doc, page)


def _records(doc: Document, page: Page) -> Iterator[dict[str, Any]]:
    for node, parent in doc.walk():
        if isinstance(node, Span):
            yield span_record(node, parent, doc.name, page.region_at(node.start))
