"""The clean reading text: supplied words in, notes out, gaps marked.

What happens to each category is a data table (:data:`CLEAN_RULES`), in the style of EVT's
editorial conventions: ``unwrap`` (drop the brackets, keep what is inside), ``reading``
(the uncertain reading without its question marks), ``mark`` (replace by the gap mark),
``keep`` (the span as written) and ``drop``. Pass ``rules=`` to change any of them.

Where a dropped span leaves white space that would read wrong (two spaces, a space before
punctuation, an empty line), it is joined as a reader would (:func:`seam_cuts`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lacuna.ast import Document, Span

__all__ = [
    "CLEAN_RULES",
    "DEFAULT_GAP_MARK",
    "clean",
    "clean_action",
    "clean_table",
    "convention",
    "descend",
    "seam_cuts",
]

DEFAULT_GAP_MARK = "[…]"

#: category → action in the clean edition.
CLEAN_RULES: Mapping[str, str] = {
    "supplied": "unwrap",
    "gloss": "keep",
    "uncertain": "reading",
    "gap": "mark",
    "translator_note": "drop",
    "editor_note": "drop",
    "gap_note": "mark",  # a note whose body describes a gap: [Translator's note: one word off the page]
    "sic": "drop",
    "footnote_ref": "drop",
    "page_break": "drop",
    "other": "keep",
}

_ACTIONS = frozenset({"unwrap", "reading", "mark", "keep", "drop"})
_NOTES = frozenset({"translator_note", "editor_note"})


def convention(span: Span) -> str:
    """The row of the rules table that renders ``span``: its category, or ``gap_note`` for a
    note whose body describes a gap (it has a ``reason``)."""
    if span.info.reason is not None and span.category in _NOTES:
        return "gap_note"
    return span.category


def clean_action(span: Span, table: Mapping[str, str]) -> str:
    """What the clean edition does with ``span`` under ``table`` (``keep`` if unlisted)."""
    action = table.get(convention(span))
    return action if action is not None else table.get(span.category, "keep")


_CLOSING_PUNCT = frozenset(".,;:!?)]}»”’")


def clean(
    doc: Document,
    *,
    gap_mark: str = DEFAULT_GAP_MARK,
    rules: Mapping[str, str] | None = None,
) -> str:
    """Return the reading text of ``doc`` (see :data:`CLEAN_RULES`)."""
    table = clean_table(rules)
    text = doc.text
    pieces: list[str | None] = []  # None: a dropped span (a seam)
    clips: list[tuple[int, int]] = []  # the reading ranges of the uncertain spans we are in
    for node, entering in doc.events(prune=lambda span: descend(span, table) is None):
        if not isinstance(node, Span):
            if clips:
                lo, hi = clips[-1]
                pieces.append(text[max(node.start, lo) : min(node.end, hi)])
            else:
                pieces.append(text[node.start : node.end])
            continue
        action = clean_action(node, table)
        if not entering:
            if action == "reading":
                clips.pop()
            continue
        clip = descend(node, table)
        if clip is not None:
            if action == "reading":
                clips.append(clip)
            continue
        if action == "keep":
            pieces.append(text[node.start : node.end])
        elif action == "reading":
            pieces.append(node.info.conjecture if node.info.conjecture is not None else node.inside)
        elif action == "mark":
            pieces.append(gap_mark)
        else:
            pieces.append(None)
    cuts = seam_cuts(pieces)
    out = []
    for k, piece in enumerate(pieces):
        if piece is None:
            continue
        cut = cuts.get(k)
        out.append(piece if cut is None else piece[cut[0] : len(piece) - cut[1]])
    return "".join(out)


def clean_table(rules: Mapping[str, str] | None = None) -> dict[str, str]:
    """:data:`CLEAN_RULES` updated with ``rules`` (each action checked)."""
    table = dict(CLEAN_RULES)
    if rules:
        unknown = set(rules.values()) - _ACTIONS
        if unknown:
            raise ValueError(f"unknown clean action(s): {sorted(unknown)}")
        table.update(rules)
    return table


def descend(span: Span, table: Mapping[str, str]) -> tuple[int, int] | None:
    """Whether the reading text goes into ``span``'s children: the range of the text that
    they may show (all of it for ``unwrap``), or None when the span is rendered whole.

    An uncertain reading (``reading``) with a span inside it, ``[?the [Note: x] thing?]``,
    is read through its children, without its question marks: the range between them.
    """
    action = clean_action(span, table)
    if action == "unwrap":
        return span.start, span.end
    if action != "reading" or not any(isinstance(c, Span) for c in span.children):
        return None
    lo, hi = span.start + 1, span.end - 1
    first, last = span.children[0], span.children[-1]
    if not isinstance(first, Span):
        head = first.text
        lead = len(head) - len(head.lstrip())
        lo = first.start + lead + (head[lead : lead + 1] == "?")
    if not isinstance(last, Span):
        tail = last.text
        body = tail.rstrip()
        hi = last.start + len(body) - (body.endswith("?") and last.start + len(body) - 1 >= lo)
    return lo, max(lo, hi)


_BREAKS = ("\r\n", "\n", "\r")
#: The white space a seam joins: spaces, tabs and line breaks (not every ``str.isspace``).
_WS = " \t\r\n"


def _breaks(ws: str) -> int:
    return ws.count("\n") + ws.count("\r") - ws.count("\r\n")


def seam_cuts(pieces: Sequence[str | None]) -> dict[int, tuple[int, int]]:
    """Where dropped spans (``None``) leave white space that would read wrong, what to cut:
    piece index → (characters cut from its start, characters cut from its end).

    Around each dropped span the white space before (L) and after (R) it are joined, as a
    reader would:

    * no line break in either: one space stays (L's), none before closing punctuation,
      ``a [Note: x], b`` → ``a, b``, and none at the start of the text;
    * a line break in either: the side with more line breaks stays (L on a tie), so a note
      on a line of its own takes its line with it, ``a\n[Note: x]\nb`` → ``a\nb``;
    * at the end of the text, the spaces after the last line break go.

    Shared by :func:`clean` and the ``brackets`` step of :mod:`lacuna.normalize`, which
    applies the same cuts to offsets.
    """
    cuts: dict[int, list[int]] = {}
    run: list[tuple[int, int, int]] = []  # the white space kept before the seam: (piece, lo, hi)
    pending = False  # a seam since the last non-space character
    at_start = True

    def cut(k: int, lo: int, hi: int) -> None:
        piece = pieces[k]
        assert piece is not None
        c = cuts.setdefault(k, [0, 0])
        if lo == 0:
            c[0] = max(c[0], hi)
        if hi == len(piece):
            c[1] = max(c[1], len(piece) - lo)

    def resolve(right: list[tuple[int, int, int]], first: str | None) -> list[tuple[int, int, int]]:
        left_ws = "".join(pieces[k][lo:hi] for k, lo, hi in run)  # type: ignore[index]
        right_ws = "".join(pieces[k][lo:hi] for k, lo, hi in right)  # type: ignore[index]
        n_left, n_right = _breaks(left_ws), _breaks(right_ws)
        if at_start or (n_left == n_right == 0 and first is not None and first in _CLOSING_PUNCT):
            drop, keep = run + right, []
        elif n_left == n_right == 0:
            drop, keep = (right, run) if left_ws else ([], right)
        elif n_left >= n_right:
            drop, keep = right, run
        else:
            # R stays, less the spaces before its first line break
            head = min(i for i in (right_ws.find(b) for b in _BREAKS) if i >= 0)
            drop, keep = list(run), []
            for k, lo, hi in right:
                n = min(head, hi - lo)
                if n:
                    drop.append((k, lo, lo + n))
                head -= n
                if lo + n < hi:
                    keep.append((k, lo + n, hi))
        for k, lo, hi in drop:
            if lo < hi:
                cut(k, lo, hi)
        return keep

    for k, piece in enumerate(pieces):
        if piece is None:
            pending = True
            continue
        body = piece.lstrip(_WS)
        if not body:
            if piece:
                run = resolve([(k, 0, len(piece))], None) if pending else [*run, (k, 0, len(piece))]
                pending = False
            continue
        lead = len(piece) - len(body)
        if pending:
            resolve([(k, 0, lead)] if lead else [], body[0])
            pending = False
        at_start = False
        trail = len(body) - len(body.rstrip(_WS))
        run = [(k, len(piece) - trail, len(piece))] if trail else []
    if pending and run:
        if at_start:
            for k, lo, hi in run:
                cut(k, lo, hi)
        else:
            # the spaces after the last line break of the run
            k, lo, hi = run[-1]
            tail = pieces[k][lo:hi]  # type: ignore[index]
            n = len(tail) - len(tail.rstrip(" \t"))
            if n:
                cut(k, hi - n, hi)
    return {k: (c[0], min(c[1], len(pieces[k]) - c[0])) for k, c in cuts.items()}  # type: ignore[arg-type]
