"""The reading walk: the tree walked once under a rules table, the reading as pieces with
their offsets (:func:`reading_pieces`), and which span made each piece (:class:`Scope`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from lacuna.ast import Document, Span
from lacuna.editorial.rules import DEFAULT_GAP_MARK, Decisions

__all__ = ["SEAM", "Scope", "piece_scopes", "reading_pieces"]

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
    """
    text = doc.text
    pieces: list[list] = []
    shown: list[int] = []
    clips: list[tuple[int, int]] = []  # the reading ranges of the uncertain spans we are in
    entered: list[bool] = []  # per span whose children are read: whether it pushed a clip
    track = scopes is not None
    stack: list[Scope] = []  # with ``scopes``: the spans read through, innermost last
    decide = Decisions(table)
    for node, entering in doc.events(prune=decide.prune):
        if not isinstance(node, Span):
            lo, hi = clips[-1] if clips else (node.start, node.end)
            a0, a1 = max(node.start, lo), max(min(node.end, hi), max(node.start, lo))
            if node.start < a0:
                pieces.append([node.start, a0, "", False])
            shown.append(len(pieces))
            pieces.append([a0, a1, text[a0:a1], True])
            if a1 < node.end:
                pieces.append([a1, node.end, "", False])
            continue
        if not entering:  # the end of a span whose inside was kept
            if entered.pop():
                clips.pop()
            pieces.append([node.end - 1, node.end, "", False])
            if track:
                stack.pop()
                scopes.append((len(pieces), stack[-1] if stack else None))  # type: ignore[union-attr]
            continue
        action, clip = decide.action, decide.clip
        if clip is not None:
            entered.append(action == "reading")
            if action == "reading":
                clips.append(clip)
            if track:
                shows = clip if action == "reading" else None
                scope = Scope(node, action, shows, stack[-1] if stack else None)
                stack.append(scope)
                scopes.append((len(pieces), scope))  # type: ignore[union-attr]
            pieces.append([node.start, node.start + 1, "", False])
            continue
        mark = len(pieces)
        found: tuple[int, int] | None = None
        if action == "keep":
            shown.append(len(pieces))
            pieces.append([node.start, node.end, text[node.start : node.end], True])
        elif action == "reading" and node.category == "sic":
            _correct(text, node, pieces, shown)
            mark = len(pieces)  # the correction stands for the word before: not of this span
            shown.append(~len(pieces))
            pieces.append([node.start, node.end, "", False])
        elif action == "reading":
            reading = node.shown_reading
            at = text.find(reading, node.start + 1, node.end - 1) if reading else -1
            if at < 0:
                shown.append(len(pieces))
                pieces.append([node.start, node.end, reading, False])
            else:
                found = (at, at + len(reading))
                pieces.append([node.start, at, "", False])
                shown.append(len(pieces))
                pieces.append([at, at + len(reading), reading, True])
                pieces.append([at + len(reading), node.end, "", False])
        elif action in ("mark", "conjecture"):
            conjecture = node.info.conjecture if action == "conjecture" else None
            shown.append(len(pieces))
            out = gap_mark if conjecture is None else f"\u27e8{conjecture}\u27e9"
            pieces.append([node.start, node.end, out, False])
        else:
            shown.append(~len(pieces))
            pieces.append([node.start, node.end, "", False])
        if track:
            parent = stack[-1] if stack else None
            scopes.append((mark, Scope(node, action, found, parent)))  # type: ignore[union-attr]
            scopes.append((len(pieces), parent))  # type: ignore[union-attr]
    return pieces, shown


def piece_scopes(count: int, scopes: Sequence[tuple[int, Scope | None]]) -> list[Scope | None]:
    """The scope of each of ``count`` pieces, from the changes :func:`reading_pieces` gave."""
    out: list[Scope | None] = [None] * count
    for i, (k, scope) in enumerate(scopes):
        end = scopes[i + 1][0] if i + 1 < len(scopes) else count
        if k < end:
            out[k:end] = [scope] * (end - k)
    return out


def _correct(text: str, span: Span, pieces: list[list], shown: list[int]) -> None:
    """``trails [sic; trials]`` read as ``trials``: the correction in place of the word before."""
    correction = span.info.correction
    if not correction or not shown or shown[-1] < 0:
        return
    k = shown[-1]
    a0, a1, out, source = pieces[k]
    if not source or a1 != span.start or k != len(pieces) - 1:
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
