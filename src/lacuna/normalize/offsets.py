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

__all__ = ["OffsetMap"]

Block = tuple[int, int, int, int]


class OffsetMap:
    """A monotone, total map between offsets of a source text and a target text."""

    __slots__ = ("_a0", "_a1", "_b0", "_b1", "source_length", "target_length")

    def __init__(self, source_length: int, target_length: int, blocks: Iterable[Block] = ()) -> None:
        """Build the map from blocks ``(a0, a1, b0, b1)`` in order; raises ValueError if inconsistent."""
        a0s, a1s, b0s, b1s = array("q"), array("q"), array("q"), array("q")
        pa = pb = 0
        for a0, a1, b0, b1 in blocks:
            if a0 < pa or b0 < pb or a1 < a0 or b1 < b0 or a0 - pa != b0 - pb:
                raise ValueError(f"block {(a0, a1, b0, b1)} does not follow ({pa}, {pb})")
            a0s.append(a0)
            a1s.append(a1)
            b0s.append(b0)
            b1s.append(b1)
            pa, pb = a1, b1
        if source_length - pa != target_length - pb or source_length < pa:
            raise ValueError(f"lengths {source_length}, {target_length} do not follow ({pa}, {pb})")
        self._a0, self._a1, self._b0, self._b1 = a0s, a1s, b0s, b1s
        self.source_length = source_length
        self.target_length = target_length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text to itself (or to a text changed character for character)."""
        return cls(length, length)

    def __len__(self) -> int:
        """The number of blocks."""
        return len(self._a0)

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
        return zip(self._a0, self._a1, self._b0, self._b1, strict=True)

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
        return self._point(i, self.target_length, self._b0, self._b1, self._a0, self._a1)

    def from_source(self, i: int) -> int:
        """The target offset of the source position ``i`` (``0 <= i <= source_length``)."""
        return self._point(i, self.source_length, self._a0, self._a1, self._b0, self._b1)

    def to_source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span that the target span ``[start, end)`` came from."""
        return self._span(start, end, self.target_length, self._b0, self._b1, self._a0, self._a1)

    def from_source_span(self, start: int, end: int) -> tuple[int, int]:
        """The target span that the source span ``[start, end)`` became."""
        return self._span(start, end, self.source_length, self._a0, self._a1, self._b0, self._b1)

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
        # Sweep the middle text: our target ranges and other's source ranges, in order.
        first = list(zip(self._b0, self._b1, self._a0, self._a1, strict=True))
        second = list(zip(other._a0, other._a1, other._b0, other._b1, strict=True))
        blocks: list[Block] = []
        i = j = 0
        d1 = d2 = 0  # middle minus source; target minus middle (after the blocks seen so far)
        n1, n2 = len(first), len(second)
        while i < n1 or j < n2:
            # start a group with whichever block starts first in the middle text
            g0 = first[i][0] if j >= n2 or (i < n1 and first[i][0] <= second[j][0]) else second[j][0]
            s0 = g0 - d1
            t0 = g0 + d2
            g1 = g0
            taken = False
            while True:
                if i < n1 and (first[i][0] < g1 or (not taken and first[i][0] == g0)):
                    m1, a1 = first[i][1], first[i][3]
                    d1 = m1 - a1
                    i += 1
                elif j < n2 and (second[j][0] < g1 or (not taken and second[j][0] == g0)):
                    m1, c1 = second[j][1], second[j][3]
                    d2 = c1 - m1
                    j += 1
                else:
                    break
                g1 = max(g1, m1)
                taken = True
            blocks.append((s0, g1 - d1, t0, g1 + d2))
        return OffsetMap(self.source_length, other.target_length, blocks)
