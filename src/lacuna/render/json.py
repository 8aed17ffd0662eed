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
``\\udXXX`` escapes, so the output is always valid UTF-8 JSON. With ``indent`` (the default),
each node and each diagnostic is one line.
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
    text = doc.text
    # nodes come in the order of their starts: the line is found by moving forward, not by a
    # search per node (as Node.line/Node.column do; the same numbers)
    starts = [m.end() for m in _LINE_BREAK.finditer(text)]
    line, line_start = 0, 0
    bom = 1 if text.startswith("\ufeff") else 0
    fields: dict[int, dict[str, Any]] = {}  # per SpanInfo (spans with the same inside share one)
    for node, parent in doc.walk():
        node_id = len(nodes)
        ids[id(node)] = node_id
        start = node.start
        while line < len(starts) and starts[line] <= start:
            line_start = starts[line]
            line += 1
        column = start - line_start + 1 - (bom if line == 0 and start > 0 else 0)
        if isinstance(node, Span):
            if isinstance(node, Gloss):
                field = span_fields(node)
            else:
                known = fields.get(id(node.info))
                if known is None:
                    known = fields[id(node.info)] = span_fields(node)
                field = dict(known)
            nodes.append(
                {
                    "id": node_id,
                    "parent": ids[id(parent)] if parent is not None else None,
                    "type": "span",
                    "category": node.info.category,
                    "start": start,
                    "end": node.end,
                    "line": line + 1,
                    "column": column,
                    "text": None if _has_nested(node) else text[start : node.end],
                    "fields": field,
                }
            )
        else:
            nodes.append(
                {
                    "id": node_id,
                    "parent": ids[id(parent)] if parent is not None else None,
                    "type": "text",
                    "category": None,
                    "start": start,
                    "end": node.end,
                    "line": line + 1,
                    "column": column,
                    "text": text[start : node.end],
                    "fields": None,
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


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _c_encoder() -> Any:
    """One C encoder for every node (``JSONEncoder.encode`` makes a new one per call)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # not CPython's accelerated json
        return None
    # (markers, default, encoder, indent, key separator, item separator, sort_keys, skipkeys,
    # allow_nan): the settings of json.dumps(ensure_ascii=False), without the cycle check
    return make(None, _ENCODER.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)


_C_ENCODE = _c_encoder()


def _encode(value: object) -> str:
    if _C_ENCODE is None:
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


_LINE_BREAK = re.compile(r"\r\n?|\n")


def dumps(data: object, *, indent: int | None = None) -> str:
    """``json.dumps`` with stable settings and lone surrogates escaped."""
    out = json.dumps(data, ensure_ascii=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """Serialise the document (see the module docstring for the shape)."""
    expect(doc, Document, "to_json", "doc")
    if indent is not None and (not isinstance(indent, int) or isinstance(indent, bool)):
        raise TypeError(f"to_json() argument 'indent' must be int or None, not {type(indent).__name__}")
    data = to_dict(doc)
    if indent is None:
        return dumps(data)
    # One node (and one diagnostic) a line, each written by the C encoder: json.dumps with an
    # indent uses the pure-Python encoder, several times slower than the parse itself.
    pad = " " * indent
    encode = _encode
    lines = ["{"]
    keys = list(data)
    for i, key in enumerate(keys):
        value = data[key]
        comma = "," if i + 1 < len(keys) else ""
        if isinstance(value, list) and value:
            lines.append(f"{pad}{encode(key)}: [")
            lines.append(f",\n{pad}{pad}".join(map(encode, value)).join((pad + pad, "")))
            lines.append(f"{pad}]{comma}")
        else:
            lines.append(f"{pad}{encode(key)}: {encode(value)}{comma}")
    lines.append("}")
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", "\n".join(lines))
