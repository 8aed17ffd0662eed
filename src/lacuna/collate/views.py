"""The alignment's views: side by side in columns of text, rows as CSV and JSON lines, and
CollateX's JSON alignment table (segmented or token by token).

Every view reads the same :class:`~lacuna.collate.table.Alignment`; they are deterministic
(same witnesses, same bytes).
"""

from __future__ import annotations

import bisect
import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

import regex

from lacuna.collate.table import Alignment
from lacuna.collate.tokens import GAP_KEY, Token, segments
from lacuna.render.clean import DEFAULT_GAP_MARK
from lacuna.render.json import dumps

__all__ = ["collatex_json", "collatex_lines", "side_by_side", "table_csv", "table_jsonl", "table_rows"]


_SPACE = regex.compile(r"\s+")


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line or not lines:
        lines.append(line)
    return lines


_MARKS = {"agree": " ", "replace": "≠", "delete": "≠", "insert": "+", "transposition": "↔"}


def side_by_side(al: Alignment, *, width: int = 32) -> str:
    """A plain-text table: one column per witness, one row per segment.

    Rows where the witnesses agree are merged; a row where they differ starts with ``≠``
    (``+``: words the base lacks; ``↔``: words moved, see the apparatus). Each cell shows
    the witness as written (markup included, white space collapsed, wrapped at ``width``),
    from the end of the cell above to the end of its last word's stretch
    (:func:`~lacuna.collate.tokens.segments`: the word, then the punctuation and markup
    after it, so a gloss or a note reference stays in the row of the word it follows), so
    reading a column down gives the whole witness. Sigla are wrapped, never cut.
    """
    n = len(al.sigla)
    heads = [_wrap(s, width) for s in al.sigla]
    rows: list[str] = []
    for k in range(max(len(h) for h in heads)):
        rows.append(("  " + " │ ".join((h[k] if k < len(h) else "").ljust(width) for h in heads)).rstrip())
    rows.append("──" + "─┼─".join("─" * width for _ in range(n)))
    bounds = [segments(al.tokens[w], al.witnesses[w].text) for w in range(n)]
    marks: list[str] = []
    ends: list[list[int]] = []
    for lo, hi in al.segments():
        mark = _MARKS[al.kind(lo, hi)]
        seg_ends = []
        for w in range(n):
            cols = al.column_of[w]
            j = bisect.bisect_left(cols, hi)
            i = bisect.bisect_left(cols, lo)
            seg_ends.append(bounds[w][j] if i < j else -1)
        if mark == " " and marks and marks[-1] == " ":
            ends[-1] = [max(e, c) for e, c in zip(ends[-1], seg_ends, strict=True)]
        else:
            marks.append(mark)
            ends.append(seg_ends)
    if marks:
        ends[-1] = [len(d.text) for d in al.witnesses]
    cursor = [0] * n
    for mark, row_ends in zip(marks, ends, strict=True):
        cells = []
        for w in range(n):
            text = al.witnesses[w].text
            end = max(cursor[w], row_ends[w])
            chunk = text[cursor[w] : end]
            cursor[w] = end
            cells.append(_wrap(_SPACE.sub(" ", chunk).strip(), width))
        depth = max(len(c) for c in cells)
        for k in range(depth):
            prefix = mark if k == 0 else " "
            line = " │ ".join((c[k] if k < len(c) else "").ljust(width) for c in cells)
            rows.append(f"{prefix} {line}".rstrip())
    return "\n".join(rows) + "\n"


def table_rows(al: Alignment) -> Iterator[dict[str, Any]]:
    """One row per column: ``column``, ``kind``, then each witness's word as written (or "")."""
    for k in range(al.n_columns):
        row: dict[str, Any] = {"column": k, "kind": al.kind(k, k + 1)}
        for w, siglum in enumerate(al.sigla):
            i = al.cells[w][k]
            row[siglum] = al.tokens[w][i].text if i >= 0 else ""
        yield row


def table_csv(al: Alignment) -> str:
    """:func:`table_rows` as CSV with a header row."""
    buffer = io.StringIO()
    fields = ["column", "kind", *al.sigla]
    if "column" in al.sigla or "kind" in al.sigla:
        raise ValueError("a siglum may not be 'column' or 'kind' in CSV output")
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table_rows(al))
    return buffer.getvalue()


def table_jsonl(al: Alignment) -> Iterator[str]:
    """:func:`table_rows` as JSON lines (each word ``{"t", "n", "status"}`` or null)."""
    for k in range(al.n_columns):
        cells = []
        for w in range(len(al.sigla)):
            i = al.cells[w][k]
            if i < 0:
                cells.append(None)
                continue
            t = al.tokens[w][i]
            cells.append(
                {
                    "text": t.text,
                    "n": _n(t),
                    "status": t.status,
                    "source": al.witnesses[w].text[t.start : t.end],
                }
            )
        row = {"column": k, "kind": al.kind(k, k + 1), "witnesses": dict(zip(al.sigla, cells, strict=True))}
        yield dumps(row)


def _n(token: Token) -> str:
    return DEFAULT_GAP_MARK if token.key == GAP_KEY else token.key


def collatex_json(al: Alignment, *, segmented: bool = False, indent: int | None = None) -> str:
    """CollateX's JSON alignment table: ``{"witnesses": [...], "table": [column][witness] -> [tokens]}``.

    Each token is ``{"t": the token as written with the markup, punctuation and white space
    after it, "n": its key}``; joining one witness's ``t`` across the table gives its text
    back exactly (the first token also holds what comes before it; a witness without a
    word has no token). ``segmented``: one column per segment, not per rank.
    """
    n = len(al.sigla)
    bounds = [al.stretches(w) for w in range(n)]
    texts = [d.text for d in al.witnesses]
    spans = al.segments() if segmented else [(k, k + 1) for k in range(al.n_columns)]
    if indent is not None:
        table = []
        for lo, hi in spans:
            column = []
            for w in range(n):
                i, j = _token_range(al, w, lo, hi)
                b, toks = bounds[w], al.tokens[w]
                column.append([{"t": texts[w][b[x] : b[x + 1]], "n": _n(toks[x])} for x in range(i, j)])
            table.append(column)
        return dumps({"witnesses": list(al.sigla), "table": table}, indent=indent)
    return "".join(collatex_lines(al, segmented=segmented))


def collatex_lines(al: Alignment, *, segmented: bool = False) -> Iterator[str]:
    """:func:`collatex_json` (without indent) in pieces, a column a piece, made as they are
    read: the table of two 2 MB witnesses as Python lists and dicts would take hundreds of
    MB. Joined, or written one per line, they are the JSON document."""
    n = len(al.sigla)
    bounds = [al.stretches(w) for w in range(n)]
    texts = [d.text for d in al.witnesses]
    spans = al.segments() if segmented else ((k, k + 1) for k in range(al.n_columns))
    enc = [_encoder(d.text) for d in al.witnesses]
    n_cache: dict[str, str] = {}
    yield '{"witnesses": ' + dumps(list(al.sigla)) + ', "table": ['
    first = True
    for lo, hi in spans:
        parts = ["[" if first else ", ["]
        first = False
        for w in range(n):
            i, j = _token_range(al, w, lo, hi)
            b, toks, text, e = bounds[w], al.tokens[w], texts[w], enc[w]
            cells = []
            for x in range(i, j):
                key = _n(toks[x])
                nk = n_cache.get(key)
                if nk is None:
                    nk = n_cache[key] = dumps(key)
                cells.append(f'{{"t": {e(text[b[x] : b[x + 1]])}, "n": {nk}}}')
            parts.append(("[" if w == 0 else ", [") + ", ".join(cells) + "]")
        parts.append("]")
        yield "".join(parts)
    yield "]}"


def _token_range(al: Alignment, w: int, lo: int, hi: int) -> tuple[int, int]:
    cols = al.column_of[w]
    if hi == lo + 1:  # one column: its cell
        i = al.cells[w][lo]
        if i >= 0:
            return i, i + 1
    i = bisect.bisect_left(cols, lo)
    return i, bisect.bisect_left(cols, hi, lo=i)


_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _encoder(text: str) -> Callable[[str], str]:
    """A JSON string encoder for pieces of ``text``: the C one, or lacuna's where a lone
    surrogate (an undecodable input byte) needs escaping."""
    if _SURROGATE.search(text) is None:
        return json.encoder.encode_basestring  # type: ignore[attr-defined]
    return dumps
