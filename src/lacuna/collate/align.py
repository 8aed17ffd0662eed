"""Anchored, linear-space alignment of two sequences of interned keys.

:func:`align_keys` strips the common prefix and suffix, anchors on keys that occur exactly
once in each remaining sequence (their longest increasing run, O(k log k), as in patience
diff), and aligns each stretch between anchors with ``rapidfuzz.distance.Indel.opcodes`` (a
longest common subsequence; bit-parallel, time O(n·m/64), far less when anchors cut the text
into short stretches; its bit matrix takes n·m/8 bytes, so a stretch of more than
:data:`DIRECT_CELLS` is aligned with ``Levenshtein.opcodes`` instead: Hirschberg, memory linear
in the input).
Anchors read well but can cost matches when words repeat or move: a middle of at most
:data:`DIRECT_CELLS` is also aligned whole, and that is taken when it keeps more words
equal. So the diff of such a middle is minimal (the fewest words inserted and deleted) and
keeps as many words whichever witness comes first. No step is quadratic in memory (a test
measures the process's peak on 60,000 words a side with no unique word) and none recurses.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Indel, Levenshtein

from lacuna.ast import Document
from lacuna.collate.tokens import Token, tokenize
from lacuna.conventions import Conventions
from lacuna.normalize.transliteration import Transliteration
from lacuna.parse import parse

__all__ = ["DIRECT_CELLS", "Diff", "Edit", "Keys", "Opcode", "align_keys", "diff", "span_offsets"]

#: The largest middle (words of one × words of the other, after the common prefix and suffix)
#: also aligned whole, minimally (some 0.1 s at most); a larger one is aligned by anchors only.
#: Also the largest stretch aligned with ``Indel`` (its bit matrix: some 4.5 MB at most).
DIRECT_CELLS = 36_000_000

#: ``(tag, i1, i2, j1, j2)``: ``a[i1:i2]`` becomes ``b[j1:j2]``; tags as difflib's.
Opcode = tuple[str, int, int, int, int]


class Keys:
    """Interns comparison keys as ints shared by every witness of one run."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.names: list[str] = []

    def __call__(self, keys: Iterable[str]) -> list[int]:
        """The ids of ``keys``, new keys getting the next free id."""
        ids, names = self.ids, self.names
        out = []
        for key in keys:
            k = ids.get(key)
            if k is None:
                k = ids[key] = len(names)
                names.append(key)
            out.append(k)
        return out


def _lis(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by first item) increasing in the second item."""
    tails: list[int] = []
    tail_idx: list[int] = []
    prev: list[int] = [-1] * len(pairs)
    for k, (_, b) in enumerate(pairs):
        pos = bisect.bisect_left(tails, b)
        if pos == len(tails):
            tails.append(b)
            tail_idx.append(k)
        else:
            tails[pos] = b
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos > 0 else -1
    out: list[tuple[int, int]] = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        out.append(pairs[k])
        k = prev[k]
    out.reverse()
    return out


def _unique_anchors(
    a: Sequence[int], b: Sequence[int], i1: int, i2: int, j1: int, j2: int
) -> list[tuple[int, int]]:
    ca = Counter(a[i1:i2])
    cb = Counter(b[j1:j2])
    where_b = {b[j]: j for j in range(j1, j2) if cb[b[j]] == 1 and ca.get(b[j]) == 1}
    pairs = [(i, where_b[a[i]]) for i in range(i1, i2) if a[i] in where_b]
    return _lis(pairs)


def align_keys(a: Sequence[int], b: Sequence[int]) -> list[Opcode]:
    """Opcodes ``(tag, i1, i2, j1, j2)`` turning ``a`` into ``b`` (tags as in difflib).

    Adjacent non-equal operations are merged into one ``replace`` (or ``insert``/``delete``
    when one side is empty), so every difference is one block between two equal runs.
    """
    n, m = len(a), len(b)
    raw: list[Opcode] = []
    p = 0
    while p < n and p < m and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and s < m - p and a[n - 1 - s] == b[m - 1 - s]:
        s += 1
    if p:
        raw.append(("equal", 0, p, 0, p))
    i1, i2, j1, j2 = p, n - s, p, m - s
    anchors = _unique_anchors(a, b, i1, i2, j1, j2) if i1 < i2 and j1 < j2 else []
    middle: list[Opcode] = []
    ci, cj = i1, j1
    for ai, bj in [*anchors, (i2, j2)]:
        if ci < ai or cj < bj:
            middle.extend(_window(a, b, ci, ai, cj, bj))
        if ai < i2:
            middle.append(("equal", ai, ai + 1, bj, bj + 1))
        ci, cj = ai + 1, bj + 1
    if anchors and (i2 - i1) * (j2 - j1) <= DIRECT_CELLS:
        whole = _window(a, b, i1, i2, j1, j2)
        if _kept(whole) > _kept(middle):
            middle = whole
    raw.extend(middle)
    if s:
        raw.append(("equal", n - s, n, m - s, m))
    return _merge(raw)


def _kept(ops: Iterable[Opcode]) -> int:
    return sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")


def _window(a: Sequence[int], b: Sequence[int], i1: int, i2: int, j1: int, j2: int) -> list[Opcode]:
    if i1 == i2:
        return [("insert", i1, i1, j1, j2)]
    if j1 == j2:
        return [("delete", i1, i2, j1, j1)]
    sa, sb = a[i1:i2], b[j1:j2]
    if len(sa) * len(sb) <= DIRECT_CELLS:
        ops = Indel.opcodes(sa, sb)  # (a bit matrix of n·m/64 words: at most some 4.5 MB)
    else:
        # Indel keeps the whole bit matrix (60,000 words a side: 450 MB); Levenshtein's
        # Hirschberg keeps memory linear, at the cost of a minimal stretch
        ops = Levenshtein.opcodes(sa, sb, score_hint=max(abs(len(sa) - len(sb)), 8))
    return [(op.tag, op.src_start + i1, op.src_end + i1, op.dest_start + j1, op.dest_end + j1) for op in ops]


def _merge(raw: Iterable[Opcode]) -> list[Opcode]:
    out: list[list[Any]] = []
    for tag, i1, i2, j1, j2 in raw:
        if i1 == i2 and j1 == j2:
            continue
        kind = "equal" if tag == "equal" else "change"
        if out and (out[-1][0] == "equal") == (kind == "equal"):
            out[-1][2] = i2
            out[-1][4] = j2
        else:
            out.append([tag if kind == "equal" else "change", i1, i2, j1, j2])
    result = []
    for tag, i1, i2, j1, j2 in out:
        if tag != "equal":
            tag = "insert" if i1 == i2 else "delete" if j1 == j2 else "replace"
        result.append((tag, i1, i2, j1, j2))
    return result


# -- two witnesses -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Edit:
    """One operation of a diff: tokens ``a[a_start:a_end]`` become ``b[b_start:b_end]``.

    ``a_offsets``/``b_offsets`` are code-point offsets into the two originals: from the
    first token's start to the last token's end, or, for an empty side, the point where
    the other side's words would go (just after the preceding token, else before the
    following one, else 0).
    """

    op: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_offsets: tuple[int, int]
    b_offsets: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Diff:
    """The tokens of two witnesses and the edit operations between them."""

    a: Document
    b: Document
    tokens_a: list[Token]
    tokens_b: list[Token]
    edits: list[Edit]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: each edit with both sides' offsets and words as written."""
        ta, tb, sa, sb = self.tokens_a, self.tokens_b, self.a.text, self.b.text
        return {
            "format": "lacuna-diff",
            "version": 1,
            "a": self.a.name,
            "b": self.b.name,
            "edits": [
                {
                    "op": e.op,
                    "a": [e.a_start, e.a_end],
                    "b": [e.b_start, e.b_end],
                    "a_offsets": list(e.a_offsets),
                    "b_offsets": list(e.b_offsets),
                    "a_text": sa[e.a_offsets[0] : e.a_offsets[1]],
                    "b_text": sb[e.b_offsets[0] : e.b_offsets[1]],
                    "a_status": [t.status for t in ta[e.a_start : e.a_end]],
                    "b_status": [t.status for t in tb[e.b_start : e.b_end]],
                }
                for e in self.edits
            ],
        }


def span_offsets(tokens: Sequence[Token], i: int, j: int) -> tuple[int, int]:
    """Source offsets covered by ``tokens[i:j]`` (an insertion point when empty)."""
    if i < j:
        return tokens[i].start, tokens[j - 1].end
    if i > 0:
        return tokens[i - 1].end, tokens[i - 1].end
    if tokens:
        return tokens[0].start, tokens[0].start
    return 0, 0


def diff(
    a: Document | str,
    b: Document | str,
    *,
    steps: str | Sequence[str] | None = None,
    conventions: Conventions | None = None,
    transliteration: Transliteration | None = None,
    notes: bool = False,
) -> Diff:
    """Align two witnesses token by token (strings are parsed leniently with ``conventions``).

    ``steps`` and ``transliteration`` make the keys as for :func:`~lacuna.collate.collate`;
    ``notes`` keeps the words of notes (status ``note``). :func:`lacuna.collate.changes.changes`
    reads the result as a word diff that sees markup changes too.
    """
    da = a if isinstance(a, Document) else parse(a, conventions=conventions)
    db = b if isinstance(b, Document) else parse(b, conventions=conventions)
    ta = tokenize(da, steps=steps, notes=notes, transliteration=transliteration)
    tb = tokenize(db, steps=steps, notes=notes, transliteration=transliteration)
    keys = Keys()
    edits = [
        Edit(tag, i1, i2, j1, j2, span_offsets(ta, i1, i2), span_offsets(tb, j1, j2))
        for tag, i1, i2, j1, j2 in align_keys(keys(t.key for t in ta), keys(t.key for t in tb))
    ]
    return Diff(da, db, ta, tb, edits)
