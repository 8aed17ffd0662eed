"""The white space the reading cuts where it drops a span, as offsets in the text
(:func:`seam_ranges`), read around the dropped spans only."""

from __future__ import annotations

from collections.abc import Mapping
from operator import attrgetter

import numpy as np

from lacuna.ast import Document
from lacuna.editorial.rules import _NOTES, DEFAULT_GAP_MARK, info_action
from lacuna.editorial.seams import _closes, seam_cuts
from lacuna.editorial.walk import _walk, collector_paused

__all__ = ["seam_ranges"]

#: The actions under which a span leaves no seam (``reading``: but for a ``sic``).
_NO_SEAM = frozenset({"unwrap", "keep", "mark", "conjecture"})
_category = attrgetter("category")
#: Top-level spans read on each side of the top-level spans that may drop one.
_MARGIN = 2


def _dropping(table: Mapping[str, str]) -> frozenset[str]:
    """The categories whose spans may leave a seam in the reading under ``table`` (a dropped
    span): those whose action (or, for a note, its gap note's) drops them, and ``sic`` read
    as its correction."""

    def drops(category: str, action: str) -> bool:
        return category == "sic" if action == "reading" else action not in _NO_SEAM

    out = set()
    for category in {*table, *_NOTES}:
        action = table.get(category, "keep")
        gap = table.get(f"gap_note.{category}") or table.get("gap_note") if category in _NOTES else None
        if drops(category, action) or (gap is not None and drops(category, gap)):
            out.add(category)
    return frozenset(out)


def seam_ranges(
    doc: Document, table: Mapping[str, str], gap_mark: str = DEFAULT_GAP_MARK
) -> list[tuple[int, int]]:
    """The runs of white space that the reading of ``doc`` under ``table`` cuts from its
    source pieces, as ``(start, end)`` offsets in the text, in order.

    The cuts of :func:`lacuna.editorial.seam_cuts` on the reading of
    :func:`lacuna.editorial.reading_pieces`, kept where the piece cut is the text itself. The
    reading is walked only around the top-level spans that may drop a span (a window of the
    text at a time, widened until a piece ending in a character other than white space closes
    it on both sides, as :func:`seam_cuts` reads it); when the windows would add up to more
    than the text, the whole reading is walked once instead.
    """
    with collector_paused():
        return _ranges(doc, table, gap_mark)


def _ranges(doc: Document, table: Mapping[str, str], gap_mark: str) -> list[tuple[int, int]]:
    """:func:`seam_ranges`."""
    tree = doc.tree
    infos = tree.infos
    count = len(infos)
    if not count:
        return []
    dropping = _dropping(table)
    actions: dict[int, str] = {}  # id(SpanInfo) -> its action, for every window
    candidates = []  # the spans that may be dropped
    for j, category in enumerate(map(_category, infos)):
        if category in dropping:
            info = infos[j]
            action = actions.get(id(info))
            if action is None:
                action = actions[id(info)] = info_action(info, table)
            if (category == "sic") if action == "reading" else action not in _NO_SEAM:
                candidates.append(j)
    if not candidates:
        return []
    arrays = tree.starts.tolist(), tree.ends.tolist(), tree.sizes.tolist()
    starts, ends, _ = arrays
    # the top-level spans: those that start at or after the end of every span before them
    span_ends = np.asarray(tree.ends, dtype=np.int64)
    reach = np.maximum.accumulate(span_ends)
    top = np.ones(count, dtype=bool)
    top[1:] = np.asarray(tree.starts, dtype=np.int64)[1:] >= reach[:-1]
    top_spans = np.flatnonzero(top)
    tops: list[int] = top_spans.tolist()
    total = len(tops)
    positions: list[int] = np.unique(np.searchsorted(top_spans, candidates, side="right") - 1).tolist()
    text_end = len(doc.text)

    def walk(first: int, stop: int) -> tuple[list[tuple[int, int]], bool, bool]:
        """The seam ranges of the top-level spans ``[first, stop)`` and the text around
        them, and whether the window is closed on the left and on the right."""
        a = ends[tops[first - 1]] if first else 0
        b = starts[tops[stop]] if stop < total else text_end
        window = (tops[first], tops[stop] if stop < total else count, a, b)
        pieces, shown = _walk(doc, table, gap_mark, None, window, arrays, actions)
        read = [pieces[k][2] if k >= 0 else None for k in shown]
        dropped = [k for k, piece in enumerate(read) if piece is None]
        if not dropped:
            return [], True, True
        left = first == 0 or any(_closes(p) for p in read[: dropped[0]])
        right = stop >= total or any(_closes(p) for p in read[dropped[-1] + 1 :])
        out = []
        if left and right:
            for k, (head, tail) in seam_cuts(read).items():
                a0, a1, piece, source = pieces[shown[k]]
                tail = min(tail, len(piece) - head)  # a piece that is all white space goes once
                if source:
                    out.extend(r for r in ((a0, a0 + head), (a1 - tail, a1)) if r[0] < r[1])
        return out, left, right

    done: list[tuple[int, int, list[tuple[int, int]]]] = []  # (first, stop, ranges) walked
    walked = 0
    i = 0
    while i < len(positions):
        first = max(positions[i] - _MARGIN, done[-1][1] if done else 0)
        stop = positions[i] + _MARGIN + 1
        grow = _MARGIN
        while True:
            while i < len(positions) and positions[i] < stop:  # the candidates it holds
                stop = max(stop, positions[i] + _MARGIN + 1)
                i += 1
            stop = min(stop, total)
            walked += stop - first
            if walked > total:  # windows as long as the text: the whole reading once
                return _whole(doc, table, gap_mark)
            found, left, right = walk(first, stop)
            if left and right:
                break
            if not left:
                before = done[-1][1] if done else 0
                if done and first == before:  # not closed since the window before: one window
                    first = done.pop()[0]
                else:
                    first = max(first - grow, before)
            if not right:
                stop += grow
            grow *= 2
        done.append((first, stop, found))
    out = [r for _, _, found in done for r in found]
    out.sort()
    return out


def _whole(doc: Document, table: Mapping[str, str], gap_mark: str) -> list[tuple[int, int]]:
    """:func:`seam_ranges` from the whole reading."""
    pieces, shown = _walk(doc, table, gap_mark, None)
    out = []
    for k, (head, tail) in seam_cuts([pieces[s][2] if s >= 0 else None for s in shown]).items():
        a0, a1, piece, source = pieces[shown[k]]
        tail = min(tail, len(piece) - head)
        if source:
            out.extend(r for r in ((a0, a0 + head), (a1 - tail, a1)) if r[0] < r[1])
    out.sort()
    return out
