"""A monotone map between the offsets of a text and of a text derived from it.

The map is stored as its *blocks*: sorted, disjoint pairs of ranges ``[a0, a1)`` of the
source and ``[b0, b1)`` of the target, where the target range is what the source range
became (a deletion has ``b0 == b1``, an insertion ``a0 == a1``). Between blocks the two
texts correspond character for character. A text with ``k`` changed places costs four
integers per place, whatever its length, and every look-up is a binary search.

Conventions (the same in both directions):

* a *position* maps to where the character at that position came from (or went): inside a
  block, to the block's start; a deletion before a character is skipped, so the start of
  ``no`` in ``[no]`` maps past the ``[``;
* a *span* maps to the smallest span that covers everything its characters came from (or
  became): a span that cuts into a block grows to the whole block.

Every offset ``0 <= i <= len`` has an image, and images never decrease as ``i`` grows.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import chain

import numpy as np

__all__ = ["OffsetMap"]

Block = tuple[int, int, int, int]
Ints = np.ndarray


class OffsetMap:
    """A monotone, total map between offsets of a source text and a target text."""

    __slots__ = ("_columns", "_looked_up", "source_length", "target_length")

    def __init__(
        self, source_length: int, target_length: int, blocks: Iterable[Block] | np.ndarray = ()
    ) -> None:
        """Build the map from blocks ``(a0, a1, b0, b1)`` in order (or an integer array of such
        rows); raises ValueError if inconsistent."""
        if isinstance(blocks, np.ndarray):
            table = blocks.reshape(-1, 4)
            self._set(source_length, target_length, table[:, 0], table[:, 1], table[:, 2], table[:, 3])
            return
        rows = blocks if isinstance(blocks, list) else list(blocks)
        if rows and set(map(len, rows)) != {4}:
            raise ValueError("each block is four offsets (a0, a1, b0, b1)")
        flat = chain.from_iterable(rows)  # (np.fromiter over the flat numbers: no tuple per row)
        table = np.fromiter(flat, dtype=np.int64, count=4 * len(rows)).reshape(len(rows), 4)
        self._set(source_length, target_length, table[:, 0], table[:, 1], table[:, 2], table[:, 3])

    @classmethod
    def from_arrays(
        cls, source_length: int, target_length: int, a0: Ints, a1: Ints, b0: Ints, b1: Ints
    ) -> OffsetMap:
        """The map of the blocks given as four integer arrays (``a0[k], a1[k], b0[k], b1[k]``)."""
        new = cls.__new__(cls)
        new._set(source_length, target_length, a0, a1, b0, b1)
        return new

    @classmethod
    def _made(
        cls, source_length: int, target_length: int, a0: Ints, a1: Ints, b0: Ints, b1: Ints
    ) -> OffsetMap:
        """:meth:`from_arrays` of blocks made by :meth:`then` from two checked maps (valid by
        construction: not checked again)."""
        new = cls.__new__(cls)
        new._columns = tuple(np.ascontiguousarray(x, dtype=np.int64) for x in (a0, a1, b0, b1))
        new._looked_up = None
        new.source_length = source_length
        new.target_length = target_length
        return new

    def _set(self, source_length: int, target_length: int, a0: Ints, a1: Ints, b0: Ints, b1: Ints) -> None:
        """Check the blocks (vectorised) and keep them as int64 arrays (the look-ups read them
        as ``array('q')``, made on the first look-up: a map composed into another is never
        looked up; copied, so that the caller's arrays may change)."""
        a0, a1, b0, b1 = (np.array(x, dtype=np.int64) for x in (a0, a1, b0, b1))
        pa = np.concatenate(([0], a1[:-1])) if len(a0) else a0
        pb = np.concatenate(([0], b1[:-1])) if len(b0) else b0
        bad = (a0 < pa) | (b0 < pb) | (a1 < a0) | (b1 < b0) | (a0 - pa != b0 - pb)
        if bad.any():
            k = int(np.argmax(bad))
            block = (int(a0[k]), int(a1[k]), int(b0[k]), int(b1[k]))
            raise ValueError(f"block {block} does not follow ({int(pa[k])}, {int(pb[k])})")
        last_a, last_b = (int(a1[-1]), int(b1[-1])) if len(a1) else (0, 0)
        if source_length - last_a != target_length - last_b or source_length < last_a:
            raise ValueError(f"lengths {source_length}, {target_length} do not follow ({last_a}, {last_b})")
        self._columns = (a0, a1, b0, b1)
        self._looked_up: tuple[array, array, array, array] | None = None
        self.source_length = source_length
        self.target_length = target_length

    def _arrays(self) -> tuple[array, array, array, array]:
        """The blocks' four columns as ``array('q')`` (for ``bisect``), made once."""
        if self._looked_up is None:
            self._looked_up = tuple(map(_array, self._columns))  # type: ignore[assignment]
        return self._looked_up  # type: ignore[return-value]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text to itself (or to a text changed character for character)."""
        return cls(length, length)

    def __len__(self) -> int:
        """The number of blocks."""
        return len(self._columns[0])

    def __repr__(self) -> str:
        return f"OffsetMap({self.source_length} -> {self.target_length}, {len(self)} blocks)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OffsetMap):
            return NotImplemented
        return (
            self.source_length == other.source_length
            and self.target_length == other.target_length
            and list(self.blocks()) == list(other.blocks())
        )

    __hash__ = None  # type: ignore[assignment]

    def blocks(self) -> Iterator[Block]:
        """The changed places, ``(a0, a1, b0, b1)``, in order."""
        return zip(*self._arrays(), strict=True)

    # -- look-ups ----------------------------------------------------------------------

    @staticmethod
    def _point(i: int, n: int, xs0: array, xs1: array, ys0: array, ys1: array) -> int:
        if not 0 <= i <= n:
            raise IndexError(f"offset {i} outside 0..{n}")
        k = bisect_right(xs1, i)  # first block ending after i: empty blocks at i are skipped
        if k < len(xs0) and xs0[k] <= i:
            return ys0[k]
        return i if k == 0 else i - xs1[k - 1] + ys1[k - 1]

    @staticmethod
    def _end(j: int, n: int, xs0: array, xs1: array, ys0: array, ys1: array) -> int:
        # where the character at j ends up ending (j < n)
        k = bisect_right(xs1, j)
        if k < len(xs0) and xs0[k] <= j:
            return ys1[k]
        return j + 1 if k == 0 else j + 1 - xs1[k - 1] + ys1[k - 1]

    def to_source(self, i: int) -> int:
        """The source offset of the target position ``i`` (``0 <= i <= target_length``)."""
        a0, a1, b0, b1 = self._arrays()
        return self._point(i, self.target_length, b0, b1, a0, a1)

    def from_source(self, i: int) -> int:
        """The target offset of the source position ``i`` (``0 <= i <= source_length``)."""
        a0, a1, b0, b1 = self._arrays()
        return self._point(i, self.source_length, a0, a1, b0, b1)

    def to_source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span that the target span ``[start, end)`` came from."""
        a0, a1, b0, b1 = self._arrays()
        return self._span(start, end, self.target_length, b0, b1, a0, a1)

    def from_source_span(self, start: int, end: int) -> tuple[int, int]:
        """The target span that the source span ``[start, end)`` became."""
        a0, a1, b0, b1 = self._arrays()
        return self._span(start, end, self.source_length, a0, a1, b0, b1)

    def _span(
        self, start: int, end: int, n: int, xs0: array, xs1: array, ys0: array, ys1: array
    ) -> tuple[int, int]:
        if not 0 <= start <= end <= n:
            raise IndexError(f"span {start}:{end} outside 0..{n}")
        s = self._point(start, n, xs0, xs1, ys0, ys1)
        if end == start:
            return s, s
        e = self._end(end - 1, n, xs0, xs1, ys0, ys1)
        return s, max(s, e)

    # -- composition -------------------------------------------------------------------

    def then(self, other: OffsetMap) -> OffsetMap:
        """The map from this map's source to ``other``'s target (``other`` maps our target).

        Blocks that overlap in the middle text are merged into one; blocks that only touch
        stay apart, so the composition is as fine as the two maps allow.
        """
        if self.target_length != other.source_length:
            raise ValueError("maps do not chain: lengths differ")
        if not len(other):
            return self
        if not len(self):
            return other
        # Both maps' ranges in the middle text, sorted by start (ours first on a tie): a range
        # joins the group before it when it starts before the group's end, so with the running
        # maximum of the ends a new group starts where a start reaches it.
        n1 = len(self)
        _, a1, b0, b1 = self._columns
        c0, c1, _, d1 = other._columns
        start = np.concatenate((b0, c0))
        end = np.concatenate((b1, c1))
        second = np.concatenate((np.zeros(n1, dtype=bool), np.ones(len(other), dtype=bool)))
        order = np.lexsort((second, start))
        start, end, second = start[order], end[order], second[order]
        reach = np.maximum.accumulate(end)
        first_of_group = np.empty(len(start), dtype=bool)
        first_of_group[0] = True
        first_of_group[1:] = start[1:] >= reach[:-1]
        # the groups' bounds in the sorted order (group k: bounds[k] to bounds[k + 1]) and how
        # many of our ranges and of the other's come before each: before a group and after it,
        # the source lies behind the middle text by our last range's shift so far (middle minus
        # source), the target ahead of it by the other's (target minus middle), 0 before the
        # first; counted once, read at the bounds only
        bounds = np.append(np.flatnonzero(first_of_group), len(start))
        counted = np.zeros(len(start) + 1, dtype=np.int64)
        np.cumsum(~second, out=counted[1:])
        k1 = counted[bounds]
        shift1 = np.concatenate(([0], b1 - a1))[k1]
        shift2 = np.concatenate(([0], d1 - c1))[bounds - k1]
        g0, g1 = start[bounds[:-1]], reach[bounds[1:] - 1]
        return OffsetMap._made(
            self.source_length,
            other.target_length,
            g0 - shift1[:-1],
            g1 - shift1[1:],
            g0 + shift2[:-1],
            g1 + shift2[1:],
        )


def _array(values: np.ndarray) -> array:
    out = array("q")
    out.frombytes(np.ascontiguousarray(values, dtype=np.int64).tobytes())
    return out
