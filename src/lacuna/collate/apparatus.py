"""Views of an alignment for readers and tools: JSON apparatus, TEI parallel segmentation, dot.

Every view reads the same :class:`~lacuna.collate.table.Alignment` segments (runs of
columns where the witnesses agree, or differ in the same way).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

import regex
from lxml import etree

from lacuna.collate.table import Alignment, Reading
from lacuna.collate.tokens import GAP_KEY
from lacuna.render.clean import DEFAULT_GAP_MARK
from lacuna.render.json import dumps
from lacuna.render.tei import TEI_NS, _attr, _Builder

__all__ = ["apparatus", "apparatus_json", "dot", "tei"]

_SPACE = regex.compile(r"\s+")
#: What a ``type="punctuation"`` app may differ in: punctuation but markup brackets, white space.
_PUNCTUATION = regex.compile(r"[[\p{P}--[\[\]]]\s]+", regex.V1)
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _reading_kind(lemma: Reading, r: Reading) -> str:
    if r.key == lemma.key:
        return "agree"
    if r.start == r.end:
        return "delete"
    if lemma.start == lemma.end:
        return "insert"
    return "replace"


def _reading_dict(al: Alignment, w: int, r: Reading, kind: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"witness": al.sigla[w]}
    if kind is not None:
        out["kind"] = kind
    out.update(
        {
            "text": r.text,
            "source": al.witnesses[w].text[r.offsets[0] : r.offsets[1]],
            "tokens": [r.start, r.end],
            "offsets": list(r.offsets),
            "statuses": list(r.statuses),
        }
    )
    return out


def _transposition_ids(al: Alignment) -> dict[int, list[str]]:
    """Column -> ids of the transpositions whose words stand there."""
    where: dict[int, list[str]] = {}
    for n, t in enumerate(al.transpositions):
        here, there = al.transposition_columns(t)
        for lo, hi in (here, there):
            for k in range(lo, hi):
                where.setdefault(k, []).append(f"t{n}")
    return where


def apparatus(al: Alignment) -> dict[str, Any]:
    """The JSON apparatus: every segment where the witnesses differ, against the base.

    Shape (keys always present, in this order)::

        {"format": "lacuna-apparatus", "version": 2, "base": siglum,
         "witnesses": [{"siglum", "file", "tokens"}],
         "entries": [{"id", "kind", "columns": [lo, hi], "base": [i, j], "lemma": reading,
                      "readings": [reading, ...], "transpositions": [id, ...]}],
         "transpositions": [{"id", "witness", "text", "tokens", "columns", "from_columns",
                             "from_witnesses"}],
         "restorations": [restoration, ...]}

    ``kind`` is ``replace``, ``delete``, ``insert`` or ``transposition``; a reading is
    ``{"witness", "kind", "text", "source", "tokens", "offsets", "statuses"}`` with its
    kind against the lemma (``agree``, ``replace``, ``delete``, ``insert``); ``readings``
    lists the other witnesses in input order. ``id`` is ``a`` + the segment's first column.
    """
    moved = _transposition_ids(al)
    entries = []
    b = al.base
    for lo, hi in al.segments():
        if not al.is_variant(lo):
            continue
        col = al.column(lo, hi)
        lemma = col.readings[b]
        entries.append(
            {
                "id": f"a{lo}",
                "kind": col.kind,
                "columns": [lo, hi],
                "base": list(col.base),
                "lemma": _reading_dict(al, b, lemma),
                "readings": [
                    _reading_dict(al, w, r, _reading_kind(lemma, r))
                    for w, r in enumerate(col.readings)
                    if w != b
                ],
                "transpositions": sorted({i for k in range(lo, hi) for i in moved.get(k, ())}),
            }
        )
    trans = []
    for n, t in enumerate(al.transpositions):
        here, there = al.transposition_columns(t)
        toks = al.tokens[t.witness][t.start : t.end]
        trans.append(
            {
                "id": f"t{n}",
                "witness": al.sigla[t.witness],
                "text": " ".join(x.text for x in toks),
                "tokens": [t.start, t.end],
                "columns": list(here),
                "from_columns": list(there),
                "from_witnesses": [
                    al.sigla[w] for w in range(len(al.sigla)) if al.cells[w][there[0]] >= 0 and w != t.witness
                ],
            }
        )
    return {
        "format": "lacuna-apparatus",
        "version": 2,
        "base": al.sigla[b],
        "witnesses": [
            {"siglum": s, "file": d.name, "tokens": len(t)}
            for s, d, t in zip(al.sigla, al.witnesses, al.tokens, strict=True)
        ],
        "entries": entries,
        "transpositions": trans,
        "restorations": [r.to_dict() for r in al.restorations],
    }


def apparatus_json(al: Alignment, *, indent: int | None = 2) -> str:
    """:func:`apparatus` serialised (lone surrogates escaped)."""
    return dumps(apparatus(al), indent=indent)


# -- TEI ---------------------------------------------------------------------------------


def _stretch(al: Alignment, w: int, bounds: list[int], lo: int, hi: int) -> str:
    cols = al.column_of[w]
    i, j = bisect.bisect_left(cols, lo), bisect.bisect_left(cols, hi)
    if i == j:
        return ""
    return al.witnesses[w].text[bounds[i] : bounds[j]]


def tei(al: Alignment, *, title: str = "Collation") -> str:
    """The witnesses as one TEI P5 document in parallel segmentation.

    Where every witness has the same text (as written, markup and punctuation included)
    it is written once; elsewhere an ``<app>`` holds one ``<lem>`` (the base's reading)
    or ``<rdg>`` per distinct text, with ``wit`` pointing at the ``<witness>`` of each
    witness that reads it. ``app/@type`` is ``orthographic`` where the keys agree (the
    witnesses differ only in what normalisation ignores), ``punctuation`` where their texts
    differ only in punctuation (``1935`` and ``1935.``; markup brackets count as text, not
    punctuation), and ``transposition`` for moved
    words (``corresp`` points at the other place). Texts that differ only in white space
    are one reading, written as the base (else the first witness) has it, with white
    space at its end if any of them has some; characters XML cannot carry become
    ``<g type="invalid-xml-char">``.
    """
    n = len(al.sigla)
    ids = [f"w{w + 1}" for w in range(n)]
    root = etree.Element("TEI", nsmap={None: TEI_NS})
    header = etree.SubElement(root, "teiHeader")
    fd = etree.SubElement(header, "fileDesc")
    etree.SubElement(etree.SubElement(fd, "titleStmt"), "title").text = _attr(title)
    etree.SubElement(etree.SubElement(fd, "publicationStmt"), "p").text = "Collated by lacuna."
    lw = etree.SubElement(etree.SubElement(fd, "sourceDesc"), "listWit")
    for w, siglum in enumerate(al.sigla):
        wit = etree.SubElement(lw, "witness", {_XML_ID: ids[w], "n": _attr(siglum)})
        wit.text = _attr(siglum)
    enc = etree.SubElement(header, "encodingDesc")
    etree.SubElement(enc, "variantEncoding", {"method": "parallel-segmentation", "location": "internal"})
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    p = etree.SubElement(body, "p")
    out = _Builder(p)
    bounds = [al.stretches(w) for w in range(n)]
    segs = al.segments()
    app_ids: dict[int, str] = {}
    partner: dict[int, set[int]] = {}
    for t in al.transpositions:
        here, there = al.transposition_columns(t)
        a = _seg_start(segs, here[0])
        z = _seg_start(segs, there[0])
        partner.setdefault(a, set()).add(z)
        partner.setdefault(z, set()).add(a)
    for lo, _ in segs:
        app_ids[lo] = f"app{lo}"
    order = (al.base, *[w for w in range(n) if w != al.base])

    def emit(lo: int, hi: int, attrib: dict[str, str] | None) -> None:
        texts = [_stretch(al, w, bounds[w], lo, hi) for w in range(n)]
        groups: dict[str, list[int]] = {}
        for w in order:
            groups.setdefault(_SPACE.sub(" ", texts[w]).strip(), []).append(w)
        if len(groups) == 1:
            out.text(_spaced(texts, order))
            return
        out.start("app", attrib or {"type": _written_kind(groups)})
        for k, ws in enumerate(groups.values()):  # the base's reading first
            tag = "lem" if k == 0 and al.base in ws else "rdg"
            out.start(tag, {"wit": " ".join(f"#{ids[w]}" for w in sorted(ws))})
            out.text(_spaced(texts, ws))
            out.end()
        out.end()

    for lo, hi in segs:
        kind = al.kind(lo, hi)
        if kind == "agree":  # the keys agree: an app only where the written words differ
            for k in range(lo, hi):
                emit(k, k + 1, None)
            continue
        attrib = {_XML_ID: app_ids[lo]}
        if kind == "transposition":
            attrib["type"] = "transposition"
            if partner.get(lo):
                attrib["corresp"] = " ".join(f"#{app_ids[z]}" for z in sorted(partner[lo]))
        emit(lo, hi, attrib)
    out.flush()  # the text after the last app
    for el in root.iter():
        if isinstance(el.tag, str) and not el.tag.startswith("{"):
            el.tag = f"{{{TEI_NS}}}{el.tag}"
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode") + "\n"


def _written_kind(groups: dict[str, list[int]]) -> str:
    """``punctuation`` when the texts differ only in punctuation (not brackets) and white space,
    else ``orthographic``."""
    bare = {_PUNCTUATION.sub("", t) for t in groups}
    return "punctuation" if len(bare) == 1 else "orthographic"


def _spaced(texts: list[str], ws: Sequence[int]) -> str:
    """The text of the first of ``ws``, or of the first that ends in white space if it
    does not (a witness that ends there has none; the others' next words need it)."""
    first = texts[ws[0]]
    if first[-1:].isspace():
        return first
    return next((texts[w] for w in ws if texts[w][-1:].isspace()), first)


def _seg_start(segs: list[tuple[int, int]], column: int) -> int:
    k = bisect.bisect_right(segs, (column, float("inf"))) - 1
    return segs[k][0]


# -- GraphViz ------------------------------------------------------------------------------


def _dot_string(s: str) -> str:
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return '"' + out + '"'


def dot(al: Alignment) -> str:
    """The variant graph in GraphViz dot: a node per graph node (the words as written by
    its first witness, its key when they differ), an edge per step of a witness labelled
    with the sigla that take it, ``start`` and ``end`` nodes; transpositions dashed."""
    first: dict[int, tuple[int, int]] = {}
    for w, path in enumerate(al.node_of):
        for i, v in enumerate(path):
            first.setdefault(v, (w, i))
    edges: dict[tuple[str, str], list[str]] = {}
    for w, path in enumerate(al.node_of):
        prev = "start"
        for v in path:
            edges.setdefault((prev, f"n{v}"), []).append(al.sigla[w])
            prev = f"n{v}"
        edges.setdefault((prev, "end"), []).append(al.sigla[w])
    rank = al._ranks
    lines = ["digraph variants {", "  rankdir=LR;", '  start [label="#", shape=doublecircle];']
    for v in sorted(first, key=lambda v: (rank[v], v)):
        w, i = first[v]
        tok = al.tokens[w][i]
        label = tok.text
        key = DEFAULT_GAP_MARK if tok.key == GAP_KEY else tok.key
        if key != tok.text:
            label = f"{tok.text}\n({key})"
        lines.append(f"  n{v} [label={_dot_string(label)}];")
    lines.append('  end [label="#", shape=doublecircle];')
    for (a, z), sigla in edges.items():
        lines.append(f"  {a} -> {z} [label={_dot_string(', '.join(sigla))}];")
    for t in al.transpositions:
        for x, y in zip(t.here, t.there, strict=True):
            lines.append(f"  n{x} -> n{y} [style=dashed, color=grey, arrowhead=none, constraint=false];")
    lines.append("}")
    return "\n".join(lines) + "\n"
