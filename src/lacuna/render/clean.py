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
    """What the clean edition does with ``span`` under ``table`` (``keep`` if unlisted): the
    row ``gap_note.CATEGORY``, then ``gap_note``, for a gap note; the category's row."""
    row = convention(span)
    if row == "gap_note":
        action = table.get(f"gap_note.{span.category}") or table.get(row)
        if action is not None:
            return action
    return table.get(span.category, "keep")


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


def clean_table(
    rules: Mapping[str, str] | None = None, base: Mapping[str, str] = CLEAN_RULES
) -> dict[str, str]:
    """``base`` (:data:`CLEAN_RULES`) updated with ``rules`` (each action checked).

    A rule for a note category and none for ``gap_note`` covers that category's gap notes
    too: ``{"translator_note": "keep"}`` keeps every translator's note as written.
    """
    table = dict(base)
    if rules:
        unknown = set(rules.values()) - _ACTIONS
        if unknown:
            raise ValueError(f"unknown clean action(s): {sorted(unknown)}")
        table.update(rules)
        if "gap_note" not in rules:
            for category in _NOTES & set(rules):
                table[f"gap_note.{category}"] = rules[category]
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
        if head[lead : lead + 1] == "?":  # the words start after the mark and its spaces
            rest = head[lead + 1 :]
            lead += 1 + len(rest) - len(rest.lstrip())
        lo = first.start + lead
    if not isinstance(last, Span):
        tail = last.text
        body = tail.rstrip()
        if body.endswith("?") and last.start + len(body) - 1 >= lo:
            body = body[:-1].rstrip()
        hi = last.start + len(body)
    return lo, max(lo, hi)


_BREAKS = ("\r\n", "\n", "\r")
#: The white space a seam joins: spaces, tabs and line breaks (not every ``str.isspace``).
_WS = " \t\r\n"


def _breaks(ws: str) -> int:
    return ws.count("\n") + ws.count("\r") - ws.count("\r\n")


#: (piece index, start, end) of a run of white space within one piece.
Segment = tuple[int, int, int]


def seam_cuts(pieces: Sequence[str | None]) -> dict[int, tuple[int, int]]:
    """Where dropped spans (``None``) leave white space that would read wrong, what to cut:
    piece index → (characters cut from its start, characters cut from its end).

    Around each dropped span the white space before (L) and after (R) it are joined, as a
    reader would:

    * no line break in either: one space stays (L's), none before closing punctuation,
      ``a [Note: x], b`` → ``a, b``, and none at the start of the text;
    * a line break in either: the side with more line breaks stays (L on a tie), so a note
      on a line of its own takes its line with it, indentation included,
      ``a\n  [Note: x]\nb`` → ``a\nb``;
    * at the end of the text, the spaces after the last line break go.

    Linear in the pieces. Shared by :func:`clean` and the ``brackets`` step of
    :mod:`lacuna.normalize`, which applies the same cuts to offsets.
    """
    cuts: dict[int, list[int]] = {}
    # The white space before the seam, as segments (piece, lo, hi), with its line breaks
    # counted as it grows; a segment is cut at most once, so the work is linear.
    run: list[Segment] = []
    run_breaks = 0
    pending = False  # a seam not yet joined
    seam_seen = False  # a seam since the last non-space character
    at_start = True

    def cut(k: int, lo: int, hi: int) -> None:
        if lo >= hi:
            return
        piece = pieces[k]
        assert piece is not None
        c = cuts.setdefault(k, [0, 0])
        if lo == 0:
            c[0] = max(c[0], hi)
        if hi == len(piece):
            c[1] = max(c[1], len(piece) - lo)

    def segment_text(seg: Segment) -> str:
        k, lo, hi = seg
        return pieces[k][lo:hi]  # type: ignore[index]

    def after_last_break(segs: list[Segment]) -> list[Segment]:
        """The segments of the spaces after the last line break of ``segs``."""
        out: list[Segment] = []
        for k, lo, hi in reversed(segs):
            ws = pieces[k][lo:hi]  # type: ignore[index]
            i = max(ws.rfind("\n"), ws.rfind("\r"))
            if i >= 0:
                out.append((k, lo + i + 1, hi))
                break
            out.append((k, lo, hi))
        return out

    def resolve(right: list[Segment], first: str | None) -> tuple[list[Segment], int]:
        """Join ``run`` and ``right`` around a seam; returns what stays and its line breaks."""
        right_ws = "".join(segment_text(seg) for seg in right)
        n_left, n_right = run_breaks, _breaks(right_ws)
        if at_start or (n_left == n_right == 0 and first is not None and first in _CLOSING_PUNCT):
            for seg in run + right:
                cut(*seg)
            return [], 0
        if n_left == n_right == 0:
            if run:
                for seg in right:
                    cut(*seg)
                return run, 0
            return right, 0
        if n_left >= n_right:
            if not n_right:
                for seg in right:
                    cut(*seg)
                return run, n_left
            # the dropped span had a line of its own: L up to its last line break, then the
            # next line's indentation (R after its last line break)
            indent = after_last_break(right)
            kept_from = {k: lo for k, lo, _ in indent}
            for k, lo, hi in right:
                cut(k, lo, kept_from.get(k, hi))
            for seg in after_last_break(run):
                cut(*seg)
            return [*run, *indent], n_left
        # R stays, less the spaces before its first line break
        for seg in run:
            cut(*seg)
        head = min(i for i in (right_ws.find(b) for b in _BREAKS) if i >= 0)
        keep: list[Segment] = []
        for k, lo, hi in right:
            n = min(head, hi - lo)
            cut(k, lo, lo + n)
            head -= n
            if lo + n < hi:
                keep.append((k, lo + n, hi))
        return keep, n_right

    for k, piece in enumerate(pieces):
        if piece is None:
            pending = seam_seen = True
            continue
        body = piece.lstrip(_WS)
        if not body:
            if piece:
                if pending:
                    run, run_breaks = resolve([(k, 0, len(piece))], None)
                    pending = False
                else:
                    run.append((k, 0, len(piece)))
                    run_breaks += _breaks(piece)
            continue
        lead = len(piece) - len(body)
        if pending:
            resolve([(k, 0, lead)] if lead else [], body[0])
            pending = False
        at_start = seam_seen = False
        trail = len(body) - len(body.rstrip(_WS))
        run = [(k, len(piece) - trail, len(piece))] if trail else []
        run_breaks = _breaks(piece[len(piece) - trail :]) if trail else 0
    if seam_seen and run:
        if at_start:
            for seg in run:
                cut(*seg)
        else:
            for seg in after_last_break(run):
                cut(*seg)
    return {k: (c[0], min(c[1], len(pieces[k]) - c[0])) for k, c in cuts.items()}  # type: ignore[arg-type]
