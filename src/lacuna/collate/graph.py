"""The variant graph: the tokens of every witness as nodes of one DAG, each witness a path.

This is CollateX's data model. A node holds tokens of several witnesses that were aligned
with each other (they share a key); a witness is the path through the nodes of its tokens,
in order. The graph is built by progressive alignment (:meth:`VariantGraph.add`): the first
witness is a chain; each next witness is aligned, with :func:`~lacuna.collate.align.align_keys`,
against a linearisation of the graph (its nodes in a topological order, so a witness's
tokens can meet the readings of any witness before it, not only the first one); its equal
runs join existing nodes and its other tokens become new nodes between them.

Views read the graph by **rank** (:meth:`VariantGraph.ranks`): a node's rank is the
length of the longest path that reaches it, so each witness's tokens have strictly
increasing ranks and a rank is one column of the alignment table.

Moved words: when a witness's inserted words repeat, in the same order, words of the graph
it skipped within :data:`TRANSPOSITION_LIMIT` positions (words swapped between two
replacements excepted: those are replacements), the words join those nodes if the DAG
allows it without a cycle (the linearisation had put parallel readings in the other
order); otherwise the pair is recorded as one :class:`Transposition` (a moved phrase, not
a deletion plus an insertion).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from lacuna.collate.align import Opcode, align_keys

__all__ = ["TRANSPOSITION_LIMIT", "Transposition", "VariantGraph"]

#: How far (in positions of the graph's linearisation) a phrase may move and still be
#: found as a transposition.
TRANSPOSITION_LIMIT = 100

_CANDIDATES = 8  # nearest earlier occurrences tried for one word of a moved phrase


@dataclass(frozen=True, slots=True)
class Transposition:
    """Words of ``witness`` (its tokens ``start:end``, nodes ``here``) that stand at
    ``there`` (nodes of earlier witnesses, with the same keys in the same order)."""

    witness: int
    start: int
    end: int
    here: tuple[int, ...]
    there: tuple[int, ...]


class VariantGraph:
    """A variant graph over interned keys (see the module docstring)."""

    def __init__(self) -> None:
        self.keys: array[int] = array("i")  # node -> key id
        self.order: list[int] = []  # a topological order of the nodes
        self.paths: list[array[int]] = []  # witness -> node of each token
        self.transpositions: list[Transposition] = []
        self.work = 0  # opcode blocks and positions visited (for tests of growth)

    def __len__(self) -> int:
        return len(self.keys)

    def _new(self, key: int) -> int:
        self.keys.append(key)
        return len(self.keys) - 1

    def add(self, keys: Sequence[int], *, transposition_limit: int = TRANSPOSITION_LIMIT) -> list[Opcode]:
        """Add a witness (its token keys) and return its opcodes against the linearisation."""
        order = self.order
        graph_keys = self.keys
        line = [graph_keys[v] for v in order]
        ops = align_keys(line, keys)
        moved = self._transpositions(ops, line, keys, transposition_limit) if transposition_limit > 0 else {}
        witness = len(self.paths)
        path = array("i", bytes(4 * len(keys)))
        new_order: list[int] = []
        for tag, i1, i2, j1, j2 in ops:
            self.work += 1 + (i2 - i1) + (j2 - j1)
            if tag == "equal":
                path[j1:j2] = array("i", order[i1:i2])
                new_order.extend(order[i1:i2])
                continue
            new_order.extend(order[i1:i2])
            for j in range(j1, j2):
                v = self._new(keys[j])
                path[j] = v
                new_order.append(v)
        self.paths.append(path)
        self.order = new_order
        found = [(a, z, tuple(order[p] for p in there)) for (a, z), there in sorted(moved.items())]
        joined = self._join(path, found, transposition_limit) if found else set()
        for start, end, there in found:
            if (start, end) not in joined:
                here = tuple(path[start:end])
                self.transpositions.append(Transposition(witness, start, end, here, there))
        return ops

    def _transpositions(
        self, ops: list[Opcode], line: list[int], keys: Sequence[int], limit: int
    ) -> dict[tuple[int, int], range]:
        """Inserted runs of the new witness that repeat skipped runs of the linearisation."""
        skipped: dict[int, list[int]] = {}  # key -> skipped positions of the line, ascending
        block_end: dict[int, int] = {}  # skipped position -> end of its block
        replaced: set[int] = set()  # skipped positions of replace blocks
        runs: list[tuple[int, int, int, bool]] = []  # (line position, j1, j2, in a replace block)
        for tag, i1, i2, j1, j2 in ops:
            if tag == "equal":
                continue
            for i in range(i1, i2):
                skipped.setdefault(line[i], []).append(i)
                block_end[i] = i2
                if tag == "replace":
                    replaced.add(i)
            if j1 < j2:
                runs.append((i1, j1, j2, tag == "replace"))
        if not skipped or not runs:
            return {}
        used: set[int] = set()
        found: dict[tuple[int, int], range] = {}
        for at, j1, j2, in_replace in runs:
            j = j1
            while j < j2:
                best: tuple[int, int] | None = None  # (length, position)
                where = skipped.get(keys[j], [])
                k = bisect.bisect_left(where, at)
                near = sorted(
                    where[max(0, k - _CANDIDATES // 2) : k + _CANDIDATES // 2], key=lambda p: abs(p - at)
                )
                for p in near:
                    if p in used or abs(p - at) > limit or (in_replace and p in replaced):
                        continue  # (words swapped between two replacements are replacements)
                    n = 1
                    while (
                        j + n < j2
                        and p + n < block_end[p]
                        and p + n not in used
                        and line[p + n] == keys[j + n]
                    ):
                        n += 1
                    if best is None or n > best[0]:
                        best = (n, p)
                self.work += 1 + len(near)
                if best is None:
                    j += 1
                    continue
                n, p = best
                used.update(range(p, p + n))
                found[(j, j + n)] = range(p, p + n)
                j += n
        return found

    def _join(self, path: array[int], found: list[tuple[int, int, tuple[int, ...]]], limit: int) -> set:
        """Join the moved runs that can be joined without a cycle; return those joined.

        A run the new witness has in another order than the linearisation may still stand
        in the same place of the DAG (its nodes parallel to the words matched around it):
        then the witness's tokens join those nodes instead of being a transposition.
        """
        order = self.order
        pos = array("i", bytes(4 * len(self.keys)))
        for k, v in enumerate(order):
            pos[v] = k
        paths = self.paths
        paths_pos = [array("i", [pos[v] for v in p]) for p in paths]
        window = 4 * limit + 16

        def reachable(src: int, dst: int) -> bool:
            lo, hi = pos[src], pos[dst]
            if lo > hi:
                return False
            if hi - lo > window:
                return True  # too far to search: assume so (no join)
            succ: dict[int, list[int]] = {}
            for p, pp in zip(paths, paths_pos, strict=True):
                a, b = bisect.bisect_left(pp, lo), bisect.bisect_right(pp, hi)
                for i in range(a, min(b, len(p) - 1)):
                    succ.setdefault(p[i], []).append(p[i + 1])
            stack, seen = [src], {src}
            while stack:
                x = stack.pop()
                self.work += 1
                if x == dst:
                    return True
                for y in succ.get(x, ()):
                    if y not in seen and pos[y] <= hi:
                        seen.add(y)
                        stack.append(y)
            return False

        joined: set[tuple[int, int]] = set()
        dead: list[int] = []
        saved = array("i", path)
        n = len(path)
        for start, end, there in found:
            u = path[start - 1] if start > 0 else -1
            v = path[end] if end < n else -1
            if (v >= 0 and reachable(v, there[-1])) or (u >= 0 and reachable(there[0], u)):
                continue
            dead.extend(path[start:end])
            path[start:end] = array("i", there)
            joined.add((start, end))
        if not joined:
            return joined
        gone = set(dead)
        live = [v for v in order if v not in gone]
        if len(gone) == len(dead):
            for k, v in enumerate(live):
                pos[v] = k
            if all(pos[x] < pos[y] for x, y in itertools.pairwise(path)):
                self.order = live  # still a topological order: only this path changed
                return joined
        prefer = array("i", bytes(4 * len(self.keys)))
        for k, v in enumerate(live):
            prefer[v] = k
        resorted = self._toposort(prefer, len(live))
        if resorted is None:  # the joins together made a cycle: undo them all
            path[:] = saved
            return set()
        self.order = resorted
        return joined

    def _toposort(self, prefer: array[int], live: int) -> list[int] | None:
        """A topological order of the nodes on some path, ties by ``prefer`` (None: a cycle)."""
        paths = self.paths
        count = array("i", bytes(4 * len(self.keys)))
        for p in paths:
            for v in p:
                count[v] += 1
        arrived = array("i", bytes(4 * len(self.keys)))
        cursor = [0] * len(paths)
        waiting: dict[int, list[int]] = {}
        heap: list[tuple[int, int]] = []

        def arrive(w: int) -> None:
            c = cursor[w]
            p = paths[w]
            if c < len(p):
                v = p[c]
                arrived[v] += 1
                waiting.setdefault(v, []).append(w)
                if arrived[v] == count[v]:
                    heapq.heappush(heap, (prefer[v], v))

        for w in range(len(paths)):
            arrive(w)
        out: list[int] = []
        while heap:
            _, v = heapq.heappop(heap)
            out.append(v)
            for w in waiting.pop(v):
                cursor[w] += 1
                arrive(w)
        return out if len(out) == live else None

    def ranks(self) -> array[int]:
        """Each node's rank, from 0: the length of the longest path that reaches it."""
        rank = array("i", bytes(4 * len(self.keys)))
        paths = self.paths
        cursor = [0] * len(paths)
        last = [-1] * len(paths)
        lengths = [len(p) for p in paths]
        ws = range(len(paths))
        for v in self.order:
            r = -1
            on = []
            for w in ws:
                c = cursor[w]
                if c < lengths[w] and paths[w][c] == v:
                    on.append(w)
                    if last[w] > r:
                        r = last[w]
            r += 1
            rank[v] = r
            for w in on:
                last[w] = r
                cursor[w] += 1
        return rank
