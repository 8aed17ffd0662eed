"""The reading walk: the tree walked once under a rules table, the reading as pieces with
their offsets (:func:`reading_pieces`), and which span made each piece (:class:`Scope`)."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from lacuna.ast import Document, Span, SpanInfo
from lacuna.editorial.rules import DEFAULT_GAP_MARK, descend, info_action

__all__ = ["SEAM", "Scope", "collector_paused", "piece_scopes", "reading_pieces"]

#: In :func:`reading_pieces`' ``shown``: a dropped span (a seam), by the index of its piece.
SEAM = -1
_WORD_BEFORE = re.compile(r"(\S+)(\s*)\Z")


class Scope(NamedTuple):
    """A span met by :func:`reading_pieces`, with what the reading did with it.

    ``action`` is its row of the table (:func:`clean_action`); ``reading`` the range of the
    text that its reading shows, for an uncertain reading read as such (``[?are awaiting?]``
    → the offsets of ``are awaiting``; None when the reading is not in the text as written);
    ``parent`` the scope of the span whose children hold it (None at the top level).
    """

    span: Span
    action: str
    reading: tuple[int, int] | None
    parent: Scope | None


def reading_pieces(
    doc: Document,
    table: Mapping[str, str],
    gap_mark: str = DEFAULT_GAP_MARK,
    *,
    scopes: list[tuple[int, Scope | None]] | None = None,
) -> tuple[list[list], list[int]]:
    """The reading of ``doc`` under ``table``, walked once.

    Returns ``(pieces, shown)``: ``pieces[k] = [a0, a1, out, is_source]`` cover the text
    contiguously and in order (``[a0, a1)`` reads as ``out``; ``is_source`` when ``out`` is
    that text itself); ``shown`` lists what the reading shows, in order: a piece's index, or
    ``~k`` (negative) for the span of piece ``k`` that was dropped, a seam whose white space
    :func:`seam_cuts` joins.

    With ``scopes`` (a list), the walk also says which span made each piece: it appends
    ``(k, scope)`` whenever that changes, meaning piece ``k`` and those after it are of
    ``scope`` (a :class:`Scope`; None: of no span). A span's brackets and a span rendered
    whole are of its own scope; text inside a span read through, of that span's.
    :func:`piece_scopes` gives the scope of each piece.

    The walk reads the document's compact tree (:class:`lacuna.ast.Tree`): the spans in
    order, the text runs between them; a span's action is decided once per shared reading
    (:class:`~lacuna.ast.SpanInfo`), and no node object is made (but for an uncertain reading
    with spans inside, and for the ``scopes``, which name the document's own nodes).
    """
    with collector_paused():
        return _walk(doc, table, gap_mark, scopes)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused (for the walk, and for a caller that reads
    its pieces: pause it around both, so that the pieces are gone when it runs again).

    The walk makes a few small lists per span (no cycles: reference counting frees them).
    Counted as new objects, they would set off full collections, each a walk over every
    object alive (a document's nodes, the classifier's caches): on the 10 MB text two such
    collections took 0.25 s more than the walk itself (0.09 s).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _walk(
    doc: Document,
    table: Mapping[str, str],
    gap_mark: str,
    scopes: list[tuple[int, Scope | None]] | None,
    window: tuple[int, int, int, int] | None = None,
    arrays: tuple[list[int], list[int], list[int]] | None = None,
    actions: dict[int, str] | None = None,
) -> tuple[list[list], list[int]]:
    """:func:`reading_pieces`' walk; with ``window`` ``(first, stop, a, b)``, only the text
    ``[a, b)`` holding the top-level spans numbered ``first`` to ``stop`` (excluded), ``a`` the
    end of the top-level span before them (or 0), ``b`` the start of the one after (or the
    end of the text): the pieces the whole walk gives for that text (``arrays``: the tree's
    starts, ends and sizes as lists, when the caller has them; ``actions``: the actions
    decided so far under ``table``, by ``id(SpanInfo)``, added to)."""
    text = doc.text
    tree = doc.tree
    if arrays is None:
        arrays = tree.starts.tolist(), tree.ends.tolist(), tree.sizes.tolist()
    starts, ends, sizes = arrays
    infos = tree.infos
    track = scopes is not None
    nodes: list[Span] = list(doc.spans()) if track else []
    pieces: list[list] = []
    shown: list[int] = []
    add, show = pieces.append, shown.append
    clips: list[tuple[int, int]] = []  # the reading ranges of the uncertain spans we are in
    # the spans read through, innermost last: (the number after its last inner span, its
    # end, whether it pushed a clip)
    open_spans: list[tuple[int, int, bool]] = []
    stack: list[Scope] = []  # with ``scopes``: the spans read through, innermost last
    if actions is None:
        actions = {}  # id(SpanInfo) -> its action
    cursor = 0  # the end of what the pieces cover
    count = len(infos)
    j = 0
    last = len(text)
    if window is not None:
        j, count, cursor, last = window
    while True:
        while open_spans and j >= open_spans[-1][0]:  # the end of a span whose inside was kept
            _, end, pushed = open_spans.pop()
            close = end - 1
            if cursor < close:
                if clips:
                    _clipped(text, cursor, close, clips[-1], pieces, shown)
                else:
                    show(len(pieces))
                    add([cursor, close, text[cursor:close], True])
            add([close, end, "", False])
            cursor = end
            if pushed:
                clips.pop()
            if track:
                stack.pop()
                scopes.append((len(pieces), stack[-1] if stack else None))  # type: ignore[union-attr]
        if j >= count:
            break
        start = starts[j]
        if cursor < start:
            if clips:
                _clipped(text, cursor, start, clips[-1], pieces, shown)
            else:
                show(len(pieces))
                add([cursor, start, text[cursor:start], True])
        info = infos[j]
        end = ends[j]
        action = actions.get(id(info))
        if action is None:
            action = actions[id(info)] = info_action(info, table)
        clip: tuple[int, int] | None = None
        if action == "unwrap":
            clip = (start, end)
        elif action == "reading" and sizes[j]:
            clip = descend(nodes[j] if track else tree.span(j), table, action)
        if clip is not None:  # read through its children
            reading = action == "reading"
            open_spans.append((j + 1 + sizes[j], end, reading))
            if reading:
                clips.append(clip)
            if track:
                scope = Scope(nodes[j], action, clip if reading else None, stack[-1] if stack else None)
                stack.append(scope)
                scopes.append((len(pieces), scope))  # type: ignore[union-attr]
            add([start, start + 1, "", False])
            cursor = start + 1
            j += 1
            continue
        mark = len(pieces)
        found: tuple[int, int] | None = None
        if action == "keep":
            show(len(pieces))
            add([start, end, text[start:end], True])
        elif action == "reading" and info.category == "sic":
            _correct(text, start, info, pieces, shown)
            mark = len(pieces)  # the correction stands for the word before: not of this span
            show(~len(pieces))
            add([start, end, "", False])
        elif action == "reading":
            reading = info.conjecture if info.conjecture is not None else text[start + 1 : end - 1]
            at = text.find(reading, start + 1, end - 1) if reading else -1
            if at < 0:
                show(len(pieces))
                add([start, end, reading, False])
            else:
                found = (at, at + len(reading))
                add([start, at, "", False])
                show(len(pieces))
                add([at, at + len(reading), reading, True])
                add([at + len(reading), end, "", False])
        elif action in ("mark", "conjecture"):
            conjecture = info.conjecture if action == "conjecture" else None
            show(len(pieces))
            out = gap_mark if conjecture is None else f"\u27e8{conjecture}\u27e9"
            add([start, end, out, False])
        else:
            show(~len(pieces))
            add([start, end, "", False])
        if track:
            parent = stack[-1] if stack else None
            scopes.append((mark, Scope(nodes[j], action, found, parent)))  # type: ignore[union-attr]
            scopes.append((len(pieces), parent))  # type: ignore[union-attr]
        cursor = end
        j += 1 + sizes[j]
    if cursor < last:
        show(len(pieces))
        add([cursor, last, text[cursor:last], True])
    return pieces, shown


def _clipped(text: str, a: int, b: int, clip: tuple[int, int], pieces: list[list], shown: list[int]) -> None:
    """The text run ``[a, b)`` inside an uncertain reading read through its children: what lies
    outside the reading range ``clip`` (its question marks) is not shown."""
    lo, hi = clip
    a0 = max(a, lo)
    a1 = max(min(b, hi), a0)
    if a < a0:
        pieces.append([a, a0, "", False])
    shown.append(len(pieces))
    pieces.append([a0, a1, text[a0:a1], True])
    if a1 < b:
        pieces.append([a1, b, "", False])


def piece_scopes(count: int, scopes: Sequence[tuple[int, Scope | None]]) -> list[Scope | None]:
    """The scope of each of ``count`` pieces, from the changes :func:`reading_pieces` gave."""
    out: list[Scope | None] = [None] * count
    for i, (k, scope) in enumerate(scopes):
        end = scopes[i + 1][0] if i + 1 < len(scopes) else count
        if k < end:
            out[k:end] = [scope] * (end - k)
    return out


def _correct(text: str, start: int, info: SpanInfo, pieces: list[list], shown: list[int]) -> None:
    """``trails [sic; trials]`` read as ``trials``: the correction in place of the word before
    (the span starting at ``start``, read as ``info``)."""
    correction = info.correction
    if not correction or not shown or shown[-1] < 0:
        return
    k = shown[-1]
    a0, a1, out, source = pieces[k]
    if not source or a1 != start or k != len(pieces) - 1:
        return
    word = _WORD_BEFORE.search(out)
    if word is None:
        return
    w0, w1 = a0 + word.start(1), a0 + word.end(1)
    pieces[k] = [a0, w0, out[: word.start(1)], True]
    shown.append(len(pieces))
    pieces.append([w0, w1, correction, False])
    shown.append(len(pieces))
    pieces.append([w1, a1, out[word.end(1) :], True])
