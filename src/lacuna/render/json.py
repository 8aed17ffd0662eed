"""The JSON edition: the whole tree as a flat, ordered node list (see docs/api.md).

Shape (keys always present, in this order)::

    {"format": "lacuna-document", "version": 1, "file": ..., "length": ...,
     "diagnostics": [{code, message, file, line, column, start, end}, ...],
     "nodes": [{"id", "parent", "type", "category", "start", "end", "line", "column",
                "text", "fields": {...} | null}, ...]}

``nodes`` is in document order (a parent before its children); ``parent`` is the id of the
enclosing span or null. ``text`` is the node's exact source text, except for a span that
contains other spans, whose ``text`` is null (its text is its brackets around its
children's): this keeps the output linear in the input however deep the nesting. The
list is flat, so any depth serialises without recursion. Lone surrogates are written as
``\\udXXX`` escapes, so the output is always valid UTF-8 JSON.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lacuna.ast import Document, Gloss, Span
from lacuna.errors import expect

__all__ = ["FIELD_NAMES", "dumps", "span_fields", "to_dict", "to_json"]

FORMAT_VERSION = 1

#: The semantic fields of a span, in output order.
FIELD_NAMES = (
    "extent",
    "quantity",
    "unit",
    "reason",
    "conjecture",
    "cert",
    "label",
    "correction",
    "number",
    "because",
)

_SURROGATE = re.compile("[\ud800-\udfff]")


def quantity_json(value: object) -> object:
    if isinstance(value, tuple):
        return [quantity_json(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def span_fields(span: Span) -> dict[str, Any]:
    """The semantic fields of a span as a JSON-ready dict (unknown fields are None)."""
    info = span.info
    out: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = getattr(info, name)
        out[name] = quantity_json(value) if name == "quantity" else value
    if isinstance(span, Gloss):
        out["glossed"] = span.glossed
        out["glossed_start"] = span.glossed_start
        out["glossed_end"] = span.glossed_end
    return out


def _has_nested(span: Span) -> bool:
    return any(isinstance(c, Span) for c in span.children)


def to_dict(doc: Document) -> dict[str, Any]:
    """The JSON edition as Python data."""
    expect(doc, Document, "to_dict", "doc")
    nodes: list[dict[str, Any]] = []
    ids: dict[int, int] = {}
    for node, parent in doc.walk():
        node_id = len(nodes)
        ids[id(node)] = node_id
        is_span = isinstance(node, Span)
        nodes.append(
            {
                "id": node_id,
                "parent": ids[id(parent)] if parent is not None else None,
                "type": "span" if is_span else "text",
                "category": node.category if is_span else None,
                "start": node.start,
                "end": node.end,
                "line": node.line,
                "column": node.column,
                "text": None if is_span and _has_nested(node) else node.text,
                "fields": span_fields(node) if is_span else None,
            }
        )
    return {
        "format": "lacuna-document",
        "version": FORMAT_VERSION,
        "file": doc.name,
        "length": len(doc.text),
        "diagnostics": [d.to_dict() for d in doc.diagnostics],
        "nodes": nodes,
    }


def dumps(data: object, *, indent: int | None = None) -> str:
    """``json.dumps`` with stable settings and lone surrogates escaped."""
    out = json.dumps(data, ensure_ascii=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """Serialise the document (see the module docstring for the shape)."""
    expect(doc, Document, "to_json", "doc")
    if indent is not None and (not isinstance(indent, int) or isinstance(indent, bool)):
        raise TypeError(f"to_json() argument 'indent' must be int or None, not {type(indent).__name__}")
    return dumps(to_dict(doc), indent=indent)
