"""The alignment table: the variant graph read by rank (its views in :mod:`lacuna.collate.views`).

:func:`collate` tokenises the witnesses, builds the :class:`~lacuna.collate.graph.VariantGraph`
(base first, then the others in input order) and reads it as columns: column ``k`` holds,
for each witness, the token of that witness whose node has rank ``k``, or nothing. Each
witness's tokens have strictly increasing ranks, so reading a witness across the table
gives exactly its tokens in order, each in one cell.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lacuna.ast import Document
from lacuna.collate.align import Keys
from lacuna.collate.graph import TRANSPOSITION_LIMIT, Transposition, VariantGraph
from lacuna.collate.tokens import Token, segments, tokenize
from lacuna.conventions import Conventions
from lacuna.normalize.transliteration import Transliteration
from lacuna.parse import parse

if TYPE_CHECKING:
    from lacuna.collate.restore import Restoration

__all__ = [
    "Alignment",
    "Column",
    "Reading",
    "collate",
]

#: ``progress(done, total)``: called as witnesses are tokenised and aligned.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Reading:
    """What one witness reads in one column (or segment): its tokens ``[start, end)``.

    ``text`` is the words as written joined by single spaces, ``key`` their keys, ``offsets``
    the source range from the first word's start to the last one's end (an empty reading:
    the point after the witness's previous token).
    """

    start: int
    end: int
    text: str
    key: str
    statuses: tuple[str, ...]
    offsets: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Column:
    """One column (rank) of the table, or a segment of columns (:meth:`Alignment.segments`).

    ``kind``: ``agree`` (every witness has the same key), ``replace`` (some witness reads
    otherwise than the base), ``delete`` (some witness lacks the base's words, none reads
    otherwise), ``insert`` (the base has nothing here) or ``transposition`` (words that
    stand elsewhere in another witness). ``columns`` is the range of ranks, ``base`` the
    base witness's token range, ``readings`` one :class:`Reading` per witness in input order.
    """

    kind: str
    columns: tuple[int, int]
    base: tuple[int, int]
    readings: tuple[Reading, ...]
    variant: bool


@dataclass(frozen=True, eq=False)
class Alignment:
    """N witnesses aligned through one variant graph.

    ``cells[w][k]`` is the index of witness ``w``'s token in column ``k``, or -1.
    ``transpositions`` are the graph's, with witness indices in input order.
    """

    sigla: tuple[str, ...]
    witnesses: tuple[Document, ...]
    tokens: tuple[list[Token], ...]
    graph: VariantGraph
    node_of: tuple[array, ...]  # witness -> node of each token
    column_of: tuple[array, ...]  # witness -> column of each token
    cells: tuple[array, ...]
    base: int
    transpositions: tuple[Transposition, ...]
    patterns: list[tuple[int, ...]] = field(repr=False)
    moved: frozenset[int] = field(repr=False)  # columns holding words of a transposition
    restorations: list[Restoration] = field(default_factory=list)

    @property
    def n_columns(self) -> int:
        return len(self.patterns)

    def is_variant(self, k: int) -> bool:
        """Whether the witnesses differ in column ``k`` (a key differs or a witness has nothing)."""
        return any(g != 0 for g in self.patterns[k])

    def kind(self, lo: int, hi: int) -> str:
        """The :class:`Column` kind of columns ``lo:hi``."""
        if any(k in self.moved for k in range(lo, hi)):
            return "transposition"
        pat = self.patterns[lo]
        if all(g == 0 for g in pat):
            return "agree"
        b = pat[self.base]
        if b < 0:
            return "insert"
        if any(g >= 0 and g != b for g in pat):
            return "replace"
        return "delete"

    def reading(self, w: int, lo: int, hi: int) -> Reading:
        """Witness ``w``'s reading in columns ``lo:hi``."""
        cols = self.column_of[w]
        i = bisect.bisect_left(cols, lo)
        j = bisect.bisect_left(cols, hi)
        toks = self.tokens[w]
        part = toks[i:j]
        if i < j:
            offs = (part[0].start, part[-1].end)
        elif i > 0:
            offs = (toks[i - 1].end, toks[i - 1].end)
        else:
            offs = (0, 0)
        return Reading(
            i,
            j,
            " ".join(t.text for t in part),
            " ".join(t.key for t in part),
            tuple(t.status for t in part),
            offs,
        )

    def column(self, lo: int, hi: int | None = None) -> Column:
        """Column ``lo`` (or the segment of columns ``lo:hi``) with every witness's reading."""
        hi = lo + 1 if hi is None else hi
        readings = tuple(self.reading(w, lo, hi) for w in range(len(self.sigla)))
        kind = self.kind(lo, hi)
        b = readings[self.base]
        return Column(kind, (lo, hi), (b.start, b.end), readings, kind != "agree")

    @property
    def columns(self) -> list[Column]:
        """Every column (rank) of the table, built on each call."""
        return [self.column(k) for k in range(self.n_columns)]

    def segments(self) -> list[tuple[int, int]]:
        """Runs of adjacent columns where the witnesses agree and differ in the same way
        (the same witnesses share a reading, the same ones have nothing), as ``(lo, hi)``."""
        out: list[tuple[int, int]] = []
        pats = self.patterns
        moved = self.moved
        lo = 0
        for k in range(1, len(pats) + 1):
            if k == len(pats) or pats[k] != pats[lo] or (k in moved) != (lo in moved):
                out.append((lo, k))
                lo = k
        return out

    def variants(self) -> list[Column]:
        """The segments where the witnesses differ."""
        return [self.column(lo, hi) for lo, hi in self.segments() if self.is_variant(lo)]

    def stretches(self, w: int) -> list[int]:
        """Where each token of witness ``w`` owns the source from (see :func:`tokens.segments`)."""
        return segments(self.tokens[w], self.witnesses[w].text)

    def transposition_columns(self, t: Transposition) -> tuple[tuple[int, int], tuple[int, int]]:
        """The columns of a transposition's words here (in its witness) and there."""
        here = [self.column_of[t.witness][i] for i in range(t.start, t.end)]
        rank = self._ranks
        there = [rank[v] for v in t.there]
        return (min(here), max(here) + 1), (min(there), max(there) + 1)

    @property
    def _ranks(self) -> array:
        cached = self.__dict__.get("_rank_cache")
        if cached is None:
            cached = self.graph.ranks()
            self.__dict__["_rank_cache"] = cached
        return cached


def _as_document(witness: Document | str, conventions: Conventions | None) -> Document:
    return witness if isinstance(witness, Document) else parse(witness, conventions=conventions)


def _sigla(docs: Sequence[Document], sigla: Sequence[str] | None) -> tuple[str, ...]:
    if sigla is not None:
        if len(sigla) != len(docs):
            raise ValueError("one siglum per witness")
        names = list(sigla)
    else:
        names = [d.name or f"W{k + 1}" for k, d in enumerate(docs)]
    seen: Counter[str] = Counter()
    out = []
    for name in names:
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return tuple(out)


def _base_index(base: int | str, sigla: Sequence[str]) -> int:
    if isinstance(base, str):
        if base in sigla:
            return list(sigla).index(base)
        raise ValueError(f"no witness {base!r} (sigla: {', '.join(sigla)})")
    if not 0 <= base < len(sigla):
        raise ValueError(f"base {base} out of range (0..{len(sigla) - 1})")
    return base


def collate(
    witnesses: Sequence[Document | str],
    *,
    sigla: Sequence[str] | None = None,
    base: int | str = 0,
    steps: str | Sequence[str] | None = None,
    transliteration: Transliteration | str | Path | None = None,
    conventions: Conventions | None = None,
    transposition_limit: int = TRANSPOSITION_LIMIT,
    progress: Progress | None = None,
) -> Alignment:
    """Align witnesses through one variant graph (see the module docstring).

    ``base`` (an index or a siglum) is added to the graph first and is the lemma of the
    apparatus; ``steps`` are the :mod:`lacuna.normalize` steps of the keys; strings are
    parsed leniently with ``conventions``; ``transposition_limit`` 0 finds none.
    """
    if not witnesses:
        raise ValueError("collate needs at least one witness")
    docs = tuple(_as_document(w, conventions) for w in witnesses)
    names = _sigla(docs, sigla)
    b = _base_index(base, names)
    if transliteration is not None and not isinstance(transliteration, Transliteration):
        transliteration = Transliteration.load(transliteration)
    n = len(docs)
    total = 2 * n
    toks: list[list[Token]] = []
    for k, d in enumerate(docs):
        toks.append(tokenize(d, steps=steps, transliteration=transliteration))
        if progress is not None:
            progress(k + 1, total)
    keys = Keys()
    graph = VariantGraph()
    added = [b, *[w for w in range(n) if w != b]]
    node_of: list[array] = [array("i")] * n
    for step, w in enumerate(added):
        graph.add(keys(t.key for t in toks[w]), transposition_limit=transposition_limit)
        node_of[w] = graph.paths[step]
        if progress is not None:
            progress(n + step + 1, total)
    rank = graph.ranks()
    n_cols = (max(rank) + 1) if len(rank) else 0
    column_of = tuple(array("i", [rank[v] for v in path]) for path in node_of)
    cells = []
    for cols in column_of:
        row = array("i", [-1]) * n_cols
        for i, c in enumerate(cols):
            row[c] = i
        cells.append(row)
    patterns = _patterns(graph, node_of, cells, n_cols)
    trans = tuple(
        Transposition(added[t.witness], t.start, t.end, t.here, t.there) for t in graph.transpositions
    )
    moved: set[int] = set()
    for t in trans:
        moved.update(rank[v] for v in (*t.here, *t.there))
    al = Alignment(
        names,
        docs,
        tuple(toks),
        graph,
        tuple(node_of),
        column_of,
        tuple(cells),
        b,
        trans,
        patterns,
        frozenset(moved),
    )
    al.__dict__["_rank_cache"] = rank
    from lacuna.collate.restore import gap_restorations

    al.restorations.extend(gap_restorations(al))
    return al


def _patterns(
    graph: VariantGraph, node_of: list[array], cells: list[array], n_cols: int
) -> list[tuple[int, ...]]:
    """Per column: each witness's group (the order of first appearance of its key), -1: nothing."""
    gkeys = graph.keys
    out: list[tuple[int, ...]] = []
    shared: dict[tuple[int, ...], tuple[int, ...]] = {}  # one object per distinct pattern
    ws = range(len(cells))
    for k in range(n_cols):
        seen: dict[int, int] = {}
        pat = []
        for w in ws:
            i = cells[w][k]
            if i < 0:
                pat.append(-1)
                continue
            key = gkeys[node_of[w][i]]
            g = seen.get(key)
            if g is None:
                g = seen[key] = len(seen)
            pat.append(g)
        t = tuple(pat)
        out.append(shared.setdefault(t, t))
    return out
