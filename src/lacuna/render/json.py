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

import bisect
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
    starts = doc.src.line_starts()[1:].tolist()
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
#: A string as a JSON literal (CPython's C function under ``json.dumps``; no ASCII escaping).
_STR = json.encoder.encode_basestring


def _encode(value: object) -> str:
    return _ENCODER.encode(value)


def dumps(data: object, *, indent: int | None = None) -> str:
    """``json.dumps`` with stable settings and lone surrogates escaped."""
    out = json.dumps(data, ensure_ascii=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


def _node_records(doc: Document) -> list[str]:
    """Each node's record (see the module docstring) as a JSON object literal, in document order.

    The same data as :func:`to_dict`'s ``nodes``, written directly from the compact tree
    (:class:`lacuna.ast.Tree`; no node object is made): per node one f-string, the text through
    the C string encoder, the line from a binary search of the line starts, the fields encoded
    once per shared :class:`~lacuna.ast.SpanInfo` (glosses add their own). The text nodes are
    the runs between the brackets, as in :meth:`lacuna.ast.Tree.children_of`.
    """
    text = doc.text
    tree = doc.tree
    starts, ends, sizes, infos = tree.starts, tree.ends, tree.sizes, tree.infos
    line_starts = doc.src.line_starts().tolist()
    bom = 1 if text.startswith("\ufeff") else 0
    where = bisect.bisect_right
    enc = _STR
    records: list[str] = []
    append = records.append
    fields: dict[int, str] = {}  # id(SpanInfo) -> its fields, encoded
    categories: dict[str, str] = {}  # category -> its JSON literal

    def add_text(a: int, b: int, parent: str) -> None:
        line = where(line_starts, a)
        column = a - line_starts[line - 1] + 1 - (bom if line == 1 and a else 0)
        append(
            f'{{"id": {len(records)}, "parent": {parent}, "type": "text", "category": null, '
            f'"start": {a}, "end": {b}, "line": {line}, "column": {column}, '
            f'"text": {enc(text[a:b])}, "fields": null}}'
        )

    # the open spans: (the number after its last inner span, its closing bracket, its id)
    open_spans: list[tuple[int, int, str]] = []
    parent = "null"
    cursor = 0  # the end of what is written
    for j in range(len(infos)):
        while open_spans and j >= open_spans[-1][0]:
            _, close, _ = open_spans.pop()
            if cursor < close:
                add_text(cursor, close, parent)
            cursor = close + 1
            parent = open_spans[-1][2] if open_spans else "null"
        start = starts[j]
        if cursor < start:
            add_text(cursor, start, parent)
        end = ends[j]
        info = infos[j]
        if info.category == "gloss":
            field = _encode(span_fields(tree.span(j)))
        else:
            field = fields.get(id(info))
            if field is None:
                field = fields[id(info)] = _encode(span_fields(tree.span(j)))
        category = categories.get(info.category)
        if category is None:
            category = categories[info.category] = enc(info.category)
        line = where(line_starts, start)
        column = start - line_starts[line - 1] + 1 - (bom if line == 1 and start else 0)
        node_id = str(len(records))
        size = sizes[j]
        append(
            f'{{"id": {node_id}, "parent": {parent}, "type": "span", "category": {category}, '
            f'"start": {start}, "end": {end}, "line": {line}, "column": {column}, '
            f'"text": {"null" if size else enc(text[start:end])}, "fields": {field}}}'
        )
        open_spans.append((j + 1 + size, end - 1, node_id))
        parent = node_id
        cursor = start + 1
    while open_spans:
        _, close, _ = open_spans.pop()
        if cursor < close:
            add_text(cursor, close, parent)
        cursor = close + 1
        parent = open_spans[-1][2] if open_spans else "null"
    if cursor < len(text):
        add_text(cursor, len(text), parent)
    return records


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """Serialise the document (see the module docstring for the shape)."""
    expect(doc, Document, "to_json", "doc")
    if indent is not None and (not isinstance(indent, int) or isinstance(indent, bool)):
        raise TypeError(f"to_json() argument 'indent' must be int or None, not {type(indent).__name__}")
    # Written piece by piece rather than through to_dict and json.dumps: one f-string per node
    # (json.dumps with an indent uses the pure-Python encoder, and building a dict per node
    # costs more than the parse itself). The output is the same, byte for byte.
    head = [
        ("format", _encode("lacuna-document")),
        ("version", str(FORMAT_VERSION)),
        ("file", _encode(doc.name)),
        ("length", str(len(doc.text))),
    ]
    diagnostics = [_encode(d.to_dict()) for d in doc.diagnostics]
    nodes = _node_records(doc)
    # one join makes the output: a large text is not copied again (a second copy of a string
    # of many MB costs as much as writing the nodes)
    if indent is None:
        head_part = "".join(f'"{key}": {value}, ' for key, value in head)
        diagnostics_part = f'"diagnostics": [{", ".join(diagnostics)}], '
        opening, sep, closing = "{" + head_part + diagnostics_part + '"nodes": [', ", ", "]}"
    else:
        pad = " " * indent
        lines = [f'{pad}"{key}": {value},' for key, value in head]
        if diagnostics:
            lines.append(f'{pad}"diagnostics": [')
            lines.append(f",\n{pad}{pad}".join(diagnostics).join((pad + pad, "")))
            lines.append(f"{pad}],")
        else:
            lines.append(f'{pad}"diagnostics": [],')
        sep = f",\n{pad}{pad}"
        if nodes:
            lines.append(f'{pad}"nodes": [\n{pad}{pad}')
            opening, closing = "{\n" + "\n".join(lines), f"\n{pad}]\n}}"
        else:
            opening, closing = "{\n" + "\n".join(lines) + f'\n{pad}"nodes": []', "\n}"
    if nodes:
        nodes[0] = opening + nodes[0]
        nodes[-1] += closing
        out = sep.join(nodes)
    else:
        out = opening + closing
    if _SURROGATE.search(doc.text) is None and _SURROGATE.search(doc.name or "") is None:
        return out  # every string in the output comes from the text, its name or the rules
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
