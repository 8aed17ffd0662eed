"""Two witnesses as a word diff that sees the markup (``lacuna diff``).

:func:`changes` reads a :class:`~lacuna.collate.align.Diff` (the collation's tokens, the
collation's aligner) as the list of places where the witnesses differ:

- a **word change** (``replace``, ``insert``, ``delete``): the keys differ, as in
  :func:`~lacuna.collate.align.align_keys`'s opcodes;
- a **markup change** (``markup``): the same words, but a word's editorial status differs
  (``[he]`` supplied in one, ``he`` plain in the other; ``Com[munist]`` and ``Communist``);
- a **gloss change** (``gloss``): the same words with the same statuses, but the glosses on
  them differ (``Filippov [Stalin]`` and ``Filippov``).

What the reading leaves out is no change: a note, a note reference or a page marker the
same in both, or different (with ``notes=True`` in :func:`~lacuna.collate.align.diff`, the
words of notes are words, status ``note``); punctuation and what the key steps normalise
away (case, quotes, date forms) are no change either.

Each change's offsets slice each witness to the text it shows: from its first token's
start to its last token's end (a gloss change: to the end of the last gloss; the words a
witness alone has, an insertion or a deletion: with the punctuation and markup around them,
up to the white space before and after, so a dropped sentence is shown whole), or for an
empty side the point where the other side's words would go.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from lacuna.ast import Document
from lacuna.collate.align import Diff, span_offsets
from lacuna.collate.tokens import Token, segments
from lacuna.render.json import dumps

__all__ = [
    "CHANGE_KINDS",
    "Change",
    "change_dict",
    "changes",
    "changes_dict",
    "changes_json",
    "word_diff_lines",
]

#: The kinds of :class:`Change`: words that differ, then the same words with other markup.
CHANGE_KINDS: tuple[str, ...] = ("replace", "insert", "delete", "markup", "gloss")

_SPACE = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Change:
    """One place where two witnesses differ: tokens ``a[a_start:a_end]`` and
    ``b[b_start:b_end]``, and the source offsets of each side's shown text."""

    kind: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_offsets: tuple[int, int]
    b_offsets: tuple[int, int]


def _same_glosses(x: Token, y: Token) -> bool:
    """The glosses on two tokens read the same: white space aside, as the words are compared
    (``they [the North Vietnamese]`` and ``they [the North`` / ``Vietnamese]`` wrapped)."""
    return x.glosses == y.glosses or [g.split() for g in x.glosses] == [g.split() for g in y.glosses]


def _gloss_ends(doc: Document) -> tuple[list[int], list[int]]:
    """The starts and ends of the document's glosses, in document order (``Document.spans``
    yields them so: the starts ascend)."""
    glosses = [span for span in doc.spans() if span.category == "gloss"]
    return [span.start for span in glosses], [span.end for span in glosses]


def _after_glosses(glosses: tuple[list[int], list[int]], tokens: Sequence[Token], j: int, end: int) -> int:
    """``end`` moved over the glosses that follow token ``j - 1`` (before token ``j``)."""
    starts, ends = glosses
    stop = tokens[j].start if j < len(tokens) else None
    k = bisect.bisect_left(starts, end)
    while k < len(starts) and (stop is None or starts[k] < stop):
        end = max(end, ends[k])
        k += 1
    return end


def _whole(text: str, bounds: list[int], i: int, j: int) -> tuple[int, int]:
    """The stretches of tokens ``i:j`` (:func:`~lacuna.collate.tokens.segments`: the words with
    the punctuation and markup around them) without white space at either end."""
    start, end = bounds[i], bounds[j]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def changes(d: Diff) -> list[Change]:
    """The word, markup and gloss changes of a diff, in order (see the module docstring)."""
    ta, tb = d.tokens_a, d.tokens_b
    out: list[Change] = []
    glosses: dict[str, tuple[list[int], list[int]]] = {}

    def markup(i1: int, i2: int, j1: int, j2: int, kind: str) -> None:
        a0, a1 = span_offsets(ta, i1, i2)
        b0, b1 = span_offsets(tb, j1, j2)
        if kind == "gloss" or not _same_glosses(ta[i2 - 1], tb[j2 - 1]):
            if not glosses:  # once a diff (not again at every markup change)
                glosses["a"], glosses["b"] = _gloss_ends(d.a), _gloss_ends(d.b)
            ga, gb = glosses["a"], glosses["b"]
            a1 = _after_glosses(ga, ta, i2, a1)
            b1 = _after_glosses(gb, tb, j2, b1)
        out.append(Change(kind, i1, i2, j1, j2, (a0, a1), (b0, b1)))

    stretches: dict[str, list[int]] = {}

    def stretch(side: str) -> list[int]:
        # each side's segments once a diff (review47: computed again at every insertion or
        # deletion, O(tokens) each, they made a diff of 60,000 words take 20 s)
        got = stretches.get(side)
        if got is None:
            got = stretches[side] = segments(ta, d.a.text) if side == "a" else segments(tb, d.b.text)
        return got

    for e in d.edits:
        if e.op in ("insert", "delete"):
            a_off, b_off = e.a_offsets, e.b_offsets
            if e.op == "delete":
                a_off = _whole(d.a.text, stretch("a"), e.a_start, e.a_end)
            else:
                b_off = _whole(d.b.text, stretch("b"), e.b_start, e.b_end)
            out.append(Change(e.op, e.a_start, e.a_end, e.b_start, e.b_end, a_off, b_off))
            continue
        if e.op != "equal":
            out.append(Change(e.op, e.a_start, e.a_end, e.b_start, e.b_end, e.a_offsets, e.b_offsets))
            continue
        run: int | None = None  # offset into the equal run where a markup change began
        kind = "gloss"
        n = e.a_end - e.a_start
        for k in range(n + 1):
            what = None
            if k < n:
                x, y = ta[e.a_start + k], tb[e.b_start + k]
                if x.status != y.status:
                    what = "markup"
                elif not _same_glosses(x, y):
                    what = "gloss"
            if what is not None:
                if run is None:
                    run, kind = k, what
                elif what == "markup":
                    kind = "markup"
            elif run is not None:
                markup(e.a_start + run, e.a_start + k, e.b_start + run, e.b_start + k, kind)
                run = None
    return out


def _side(doc: Document, tokens: Sequence[Token], i: int, j: int, offsets: tuple[int, int]) -> dict[str, Any]:
    line, column = doc.src.line_column(offsets[0])
    part = tokens[i:j]
    return {
        "text": doc.text[offsets[0] : offsets[1]],
        "offsets": list(offsets),
        "line": line,
        "column": column,
        "tokens": [i, j],
        "words": [t.text for t in part],
        "statuses": [t.status for t in part],
        "glosses": [list(t.glosses) for t in part],
    }


def change_dict(d: Diff, c: Change) -> dict[str, Any]:
    """One change, JSON-ready: ``{"kind", "a": side, "b": side}``; a side is ``{"text",
    "offsets", "line", "column", "tokens", "words", "statuses", "glosses"}`` (``text`` is
    the witness sliced at ``offsets``; ``line``/``column`` 1-based, of ``offsets[0]``)."""
    return {
        "kind": c.kind,
        "a": _side(d.a, d.tokens_a, c.a_start, c.a_end, c.a_offsets),
        "b": _side(d.b, d.tokens_b, c.b_start, c.b_end, c.b_offsets),
    }


def changes_dict(
    d: Diff, found: Sequence[Change] | None = None, *, a: str | None = None, b: str | None = None
) -> dict[str, Any]:
    """The whole diff, JSON-ready: ``{"format": "lacuna-diff", "version": 2, "a", "b",
    "same", "changes": [change, ...]}`` (``a``/``b``: the names to show, else the documents')."""
    found = changes(d) if found is None else found
    return {
        "format": "lacuna-diff",
        "version": 2,
        "a": a if a is not None else d.a.name,
        "b": b if b is not None else d.b.name,
        "same": not found,
        "changes": [change_dict(d, c) for c in found],
    }


def changes_json(
    d: Diff, found: Sequence[Change] | None = None, *, indent: int | None = 2, **names: str | None
) -> str:
    """:func:`changes_dict` serialised (lone surrogates escaped)."""
    return dumps(changes_dict(d, found, **names), indent=indent)


def _shown(text: str) -> str:
    return _SPACE.sub(" ", text)


def word_diff_lines(
    d: Diff,
    found: Sequence[Change] | None = None,
    *,
    context: int = 3,
    a: str | None = None,
    b: str | None = None,
) -> Iterator[str]:
    """The changes as a word diff, ``diff -u``-like: ``--- A`` and ``+++ B``, then for each
    change a header ``@@ -LINE:COL +LINE:COL @@ KIND`` (where it starts in each witness) and
    one line with up to ``context`` words either side and the change marked
    ``[-old-]{+new+}``, text as written, each run of white space shown as one space.
    Nothing at all when the witnesses read the same.
    """
    found = changes(d) if found is None else found
    if not found:
        return
    yield f"--- {a if a is not None else d.a.name}"
    yield f"+++ {b if b is not None else d.b.name}"
    for n, c in enumerate(found):
        (la, ca), (lb, cb) = d.a.src.line_column(c.a_offsets[0]), d.b.src.line_column(c.b_offsets[0])
        yield f"@@ -{la}:{ca} +{lb}:{cb} @@ {c.kind}"
        # the context is the words of the side that has some (the inserted words' side for
        # an insertion), up to the neighbouring changes
        use_b = c.kind == "insert"
        doc, toks = (d.b, d.tokens_b) if use_b else (d.a, d.tokens_a)
        lo, hi = (c.b_start, c.b_end) if use_b else (c.a_start, c.a_end)
        s0, s1 = c.b_offsets if use_b else c.a_offsets
        prev_end = 0
        if n:
            p = found[n - 1]
            prev_end = p.b_end if use_b else p.a_end
        next_start = len(toks)
        if n + 1 < len(found):
            q = found[n + 1]
            next_start = q.b_start if use_b else q.a_start
        first = max(lo - context, prev_end, 0)
        last = min(hi + context, next_start, len(toks))
        before = doc.text[toks[first].start : s0] if first < lo else ""
        after = doc.text[s1 : toks[last - 1].end] if last > hi else ""
        old = _shown(d.a.text[c.a_offsets[0] : c.a_offsets[1]])
        new = _shown(d.b.text[c.b_offsets[0] : c.b_offsets[1]])
        marks = (f"[-{old}-]" if c.kind != "insert" else "") + (f"{{+{new}+}}" if c.kind != "delete" else "")
        yield (_shown(before) + marks + _shown(after)).strip()
