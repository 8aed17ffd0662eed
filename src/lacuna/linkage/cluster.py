"""Documents from matched pairs: constrained clustering, a step of its own.

Edges (accepted pairs) are added in descending weight with union-find; a merge that would put
two entries of one page into one cluster, or two entries whose pair was vetoed (titles whose
numbers differ), is refused and recorded: both are cannot-links. A cluster's
id is the id of its lowest member in (page, line) order, so ids do not depend on the order of
the input and stay put when unrelated pages are added.

>>> c = cluster(["p", "q", "p"], [(9.0, 0, 1), (8.0, 1, 2)])
>>> c.labels, c.refused
([0, 0, 2], [(8.0, 1, 2)])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lacuna.linkage.comparisons import numbers_value
from lacuna.linkage.prepare import Prepared
from lacuna.linkage.score import Matches
from lacuna.listing import Entry

__all__ = ["Clustering", "Documents", "cluster", "documents", "greedy_components", "series_check"]


@dataclass(slots=True)
class Clustering:
    """``labels[i]`` is the lowest member index of entry ``i``'s cluster; ``refused`` the edges
    whose merge a cannot-link forbade, ``merged`` the edges that joined two clusters."""

    labels: list[int]
    merged: list[tuple[float, int, int]] = field(default_factory=list)
    refused: list[tuple[float, int, int]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Number of clusters (documents)."""
        return len(set(self.labels))


def greedy_components(
    groups: Sequence[object],
    edges: Iterable[tuple[float, int, int]],
    cannot: Iterable[tuple[int, int]] = (),
    *,
    representatives: Sequence[bool] | None = None,
    compatible: Callable[[int, int], bool] | None = None,
) -> Clustering:
    """Union-find over ``edges`` (weight, a, b) in the order given, refusing merges that would put
    two members of one group, or the two ends of a ``cannot`` pair, together. Nodes are
    ``0 .. len(groups)-1``.

    With ``compatible``, each cluster keeps its first node for which ``representatives`` is
    true (a complete title), and a merge whose two representatives are not ``compatible`` is
    refused too: a cannot-link for pairs blocking never proposed (two documents of a series that
    one cut-off title both matches)."""
    n = len(groups)
    rep = [i if representatives is None or representatives[i] else -1 for i in range(n)]
    parent = list(range(n))
    lowest = list(range(n))
    members_groups: list[set[object] | None] = [None] * n
    # a root's members (None: the root alone) and the nodes its members must not join
    members: list[set[int] | None] = [None] * n
    forbidden: list[set[int] | None] = [None] * n
    for a, b in cannot:
        if a != b:
            for x, y in ((a, b), (b, a)):
                f = forbidden[x]
                if f is None:
                    forbidden[x] = {y}
                else:
                    f.add(y)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def groups_of(root: int) -> set[object]:
        g = members_groups[root]
        if g is None:
            g = members_groups[root] = {groups[root]}
        return g

    def conflict(ra: int, rb: int) -> bool:
        # a link is stored at both ends: without forbidden nodes on both sides there is none
        fa, fb = forbidden[ra], forbidden[rb]
        if fa is None or fb is None:
            return False
        return not fa.isdisjoint(members[rb] or (rb,))

    out = Clustering(labels=[])
    for edge in edges:
        _, a, b = edge
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        ga, gb = groups_of(ra), groups_of(rb)
        small, large = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
        if (
            any(g in large for g in small)
            or conflict(ra, rb)
            or (compatible is not None and rep[ra] >= 0 and rep[rb] >= 0 and not compatible(rep[ra], rep[rb]))
        ):
            out.refused.append(edge)
            continue
        if len(ga) < len(gb):
            ra, rb = rb, ra
        parent[rb] = ra  # the root with more groups absorbs the other
        large.update(small)
        members_groups[ra] = large
        members_groups[rb] = None
        members[ra] = _union(members[ra] or {ra}, members[rb] or {rb})
        if forbidden[rb] is not None:
            forbidden[ra] = _union(forbidden[ra], forbidden[rb])
        forbidden[rb] = members[rb] = None
        lowest[ra] = min(lowest[ra], lowest[rb])
        if rep[ra] < 0:
            rep[ra] = rep[rb]
        out.merged.append(edge)
    out.labels = [lowest[find(i)] for i in range(n)]
    return out


def _union(a: set[int] | None, b: set[int] | None) -> set[int]:
    """The union of two sets, grown in place from the larger (each element moves O(log n) times)."""
    if a is None:
        return b if b is not None else set()
    if b is None:
        return a
    if len(a) < len(b):
        a, b = b, a
    a |= b
    return a


def cluster(
    groups: Sequence[object],
    edges: Iterable[tuple[float, int, int]],
    cannot: Iterable[tuple[int, int]] = (),
    *,
    representatives: Sequence[bool] | None = None,
    compatible: Callable[[int, int], bool] | None = None,
) -> Clustering:
    """Cluster nodes ``0 .. len(groups)-1`` (in their canonical order) over weighted edges.

    Edges are taken by descending weight, ties by ``(a, b)``; two nodes of the same group, or
    the two ends of a ``cannot`` pair, are never in one cluster. The result does not depend on
    the order of ``edges``.
    """
    ordered = sorted(
        ((float(w), min(a, b), max(a, b)) for w, a, b in edges), key=lambda e: (-e[0], e[1], e[2])
    )
    return greedy_components(groups, ordered, cannot, representatives=representatives, compatible=compatible)


@dataclass(slots=True)
class Documents:
    """Entries grouped into documents: ``cluster[i]`` is the id of the lowest entry of entry
    ``i``'s document (entries in (page, line) order, as :attr:`Matches.prep` holds them)."""

    matches: Matches
    clustering: Clustering
    cluster: list[str]

    @property
    def entries(self) -> list[Entry]:
        return self.matches.prep.entries

    @property
    def count(self) -> int:
        """Number of documents."""
        return self.clustering.count

    @property
    def duplicates(self) -> int:
        """Entries that list a document another entry already lists."""
        return len(self.cluster) - self.count

    def groups(self) -> dict[str, list[Entry]]:
        """Each document's entries, by cluster id, in (page, line) order."""
        out: dict[str, list[Entry]] = {}
        for e, c in zip(self.entries, self.cluster, strict=True):
            out.setdefault(c, []).append(e)
        return out


def series_check(prep: Prepared) -> dict[str, Any]:
    """The lazy cannot-link of :func:`greedy_components` for prepared entries: complete titles
    represent their clusters, and two whose numbers differ beyond a typo never join."""

    numbers, written = prep.numbers, prep.written_numbers

    def compatible(a: int, b: int) -> bool:
        return numbers_value(numbers[a], numbers[b], False, False, written[a], written[b]) != 0.0

    return {"representatives": (~prep.truncated).tolist(), "compatible": compatible}


def documents(matches: Matches) -> Documents:
    """Cluster the accepted pairs of ``matches`` into documents: one page never twice in one,
    and never two entries whose pair a comparison vetoed."""
    accepted = np.flatnonzero(matches.accepted)
    weight, x, y = matches.weight[accepted], matches.pairs[accepted, 0], matches.pairs[accepted, 1]
    a, b = np.minimum(x, y), np.maximum(x, y)
    order = np.lexsort((b, a, -weight))  # cluster()'s order: descending weight, then (a, b)
    edges = zip(weight[order].tolist(), a[order].tolist(), b[order].tolist(), strict=True)
    prep = matches.prep
    clustering = greedy_components(
        prep.page.tolist(),
        edges,
        map(tuple, matches.pairs[matches.vetoed_by >= 0].tolist()),
        **series_check(prep),
    )
    ids = [e.id for e in prep.entries]
    return Documents(matches, clustering, [ids[label] for label in clustering.labels])
