"""Where a dropped span leaves white space that would read wrong, what to cut
(:func:`seam_cuts`): joined as a reader would, linear in the pieces."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["Segment", "cuts_in", "seam_cuts"]

_CLOSING_PUNCT = frozenset(".,;:!?)]}»”’")
#: The closing punctuation a dropped span takes with it where it is all that is left of the
#: span's line (:func:`_lone_stops`): not a closing bracket, which may be one the text left
#: unpaired (it stays to be seen).
_STOP_PUNCT = frozenset(".,;:!?)}»”’")
#: What a line may hold after the dropped span whose lone stop goes: spaces, tabs, stops.
_STOP_LINE = frozenset(" \t") | _STOP_PUNCT


_BREAKS = ("\r\n", "\n", "\r")
#: The white space a seam joins: spaces, tabs and line breaks (not every ``str.isspace``).
_WS = " \t\r\n"


def _breaks(ws: str) -> int:
    return ws.count("\n") + ws.count("\r") - ws.count("\r\n")


#: (piece index, start, end) of a run of white space within one piece.
Segment = tuple[int, int, int]


def seam_cuts(pieces: Sequence[str | None]) -> dict[int, tuple[int, int]]:
    """Where dropped spans (``None``) leave white space that would read wrong, what to cut:
    piece index → (characters cut from its start, characters cut from its end), as
    :func:`cuts_in` says, worked out around each dropped span only.

    A piece that ends with a character other than white space or closing punctuation closes
    what came before: no cut reaches back past it, and no line it ends is left to a dropped
    span's stop alone (:func:`_lone_stops`). So the pieces are read in windows, each from the last such
    piece before a dropped span to the first after it, and the many pieces far from any
    dropped span are not looked at (the same cuts as :func:`cuts_in` on all the pieces).
    """
    dropped = [k for k, piece in enumerate(pieces) if piece is None]
    out: dict[int, tuple[int, int]] = {}
    n = len(pieces)
    i = 0
    while i < len(dropped):
        lo = dropped[i]
        while lo > 0 and not _closes(pieces[lo - 1]):
            lo -= 1
        lo = max(lo - 1, 0)  # from the piece that closes what came before (it is read again)
        hi = dropped[i] + 1
        while hi < n and not _closes(pieces[hi]):
            hi += 1
        hi = min(hi + 1, n)  # to the piece that closes this window, included
        while i < len(dropped) and dropped[i] < hi:
            i += 1
        for k, (head, tail) in cuts_in(pieces[lo:hi]).items():
            known = out.get(lo + k)
            out[lo + k] = (head, tail) if known is None else (max(known[0], head), max(known[1], tail))
    return out


def _closes(piece: str | None) -> bool:
    """Whether ``piece`` ends with a character other than white space or closing punctuation
    (a dropped span does not): what comes before it is joined whatever follows."""
    return bool(piece) and piece[-1] not in _WS and piece[-1] not in _CLOSING_PUNCT  # type: ignore[index]


def _lone_stops(pieces: Sequence[str | None]) -> dict[int, str]:
    """The pieces that hold a dropped span's lone stop, each as :func:`cuts_in` reads it:
    that punctuation as spaces.

    A line that holds a dropped span and, before and after it, only closing punctuation
    (:data:`_STOP_PUNCT`: ``.``, ``,``, ``”.``, ``).`` …), spaces and tabs: that punctuation
    is the note's line's, the sentence's stop after it (``a\n[Stamp: Secret].\nb``) or a
    stop the line starts with (``a\n.[Note: x]\nb``, a user test on real pages); read as
    white space, it goes with the note's line as the seam joins it (``a\nb``: pieces are only
    cut at their edges, so a stop before the span cannot join the line above, and left it
    would be a line of its own). A stop after words on the line stays (``He wrote [Note:
    x]”.``), and so does one before words (``a\n.[Note: x] b``).

    Around each dropped span, back to the line's start and on to its end only; a line is read
    once, however many dropped spans it holds.
    """
    out: dict[int, str] = {}
    n = len(pieces)
    done = -1  # the last piece a line already read reached
    for d, piece in enumerate(pieces):
        if piece is not None or d <= done:
            continue
        # back to the line's start: spaces, tabs, closing punctuation and dropped spans only
        j = d - 1
        blank = True
        stops: list[tuple[int, int]] = []  # (piece, where its stops and spaces start)
        while j >= 0:
            p = pieces[j]
            j -= 1
            if not p:
                continue
            m = len(p)
            while m and p[m - 1] in _STOP_LINE:
                m -= 1
            if m < len(p):
                stops.append((j + 1, m))
            if m:
                blank = p[m - 1] in "\r\n"
                break
        # on to its end: spaces, tabs, closing punctuation and dropped spans only
        before = len(stops)
        k = d + 1
        ends = False
        while k < n:
            p = pieces[k]
            if p:
                m = 0
                while m < len(p) and p[m] in _STOP_LINE:
                    m += 1
                if m < len(p):
                    ends = p[m] in "\r\n"
                    if m and ends:
                        stops.append((k, m))
                    break
                stops.append((k, m))
            k += 1
        else:
            ends = True  # the end of the text ends the line
        done = k
        if not (blank and ends):
            continue
        for i, (k, m) in enumerate(stops):
            p = out.get(k, pieces[k])
            assert p is not None
            if i < before:  # a piece before the span: its stops from m on
                lead, part, rest = p[:m], p[m:], ""
            else:  # a piece after it: its stops up to m
                lead, part, rest = "", p[:m], p[m:]
            if any(c in _STOP_PUNCT for c in part):
                out[k] = lead + "".join(" " if c in _STOP_PUNCT else c for c in part) + rest
    return out


def cuts_in(pieces: Sequence[str | None]) -> dict[int, tuple[int, int]]:
    """Where dropped spans (``None``) leave white space that would read wrong, what to cut:
    piece index → (characters cut from its start, characters cut from its end).

    Around each dropped span the white space before (L) and after (R) it are joined, as a
    reader would:

    * no line break in either: one space stays (L's), none before closing punctuation,
      ``a [Note: x], b`` → ``a, b``, and none at the start of the text;
    * a line break in either: the side with more line breaks stays (L on a tie), so a note
      on a line of its own takes its line with it, indentation included,
      ``a\n  [Note: x]\nb`` → ``a\nb``;
    * at the end of the text, the spaces after the last line break go;
    * closing punctuation left alone on a dropped span's line, after it or before it, goes
      with it, read as white space (:func:`_lone_stops`), ``a\n[Stamp: x].\nb`` and
      ``a\n.[Note: x]\nb`` → ``a\nb``; after or before words on the line it stays.

    Linear in the pieces. Shared by :func:`clean` and the ``brackets`` step of
    :mod:`lacuna.normalize`, which applies the same cuts to offsets.
    """
    if None not in pieces:
        return {}  # nothing was dropped
    stops = _lone_stops(pieces)
    if stops:
        pieces = [stops.get(k, piece) for k, piece in enumerate(pieces)]
    cuts: dict[int, list[int]] = {}
    # The white space before the seam, as segments (piece, lo, hi): ``head`` up to and with
    # its last line break (``head_breaks`` of them), ``tail`` the spaces after it. Each
    # segment moves from tail to head or is cut at most once, so the work is linear.
    head: list[Segment] = []
    tail: list[Segment] = []
    head_breaks = 0
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

    def split(segs: list[Segment]) -> tuple[list[Segment], list[Segment], int]:
        """``segs`` as (up to and with the last line break, after it, line breaks)."""
        breaks = 0
        for k, lo, hi in segs:
            breaks += _breaks(pieces[k][lo:hi])  # type: ignore[index]
        if not breaks:
            return [], list(segs), 0
        for j in range(len(segs) - 1, -1, -1):
            k, lo, hi = segs[j]
            ws = pieces[k][lo:hi]  # type: ignore[index]
            i = max(ws.rfind("\n"), ws.rfind("\r"))
            if i >= 0:
                cut_at = lo + i + 1
                after = [(k, cut_at, hi)] if cut_at < hi else []
                return [*segs[:j], (k, lo, cut_at)], after + segs[j + 1 :], breaks
        return [], list(segs), 0  # not reached: a segment holds the breaks

    def cut_all(segs: list[Segment]) -> None:
        for seg in segs:
            cut(*seg)

    def resolve(right: list[Segment], first: str | None) -> None:
        """Join the run (head, tail) and ``right`` around a seam; the run becomes what stays."""
        nonlocal head, tail, head_breaks
        r_head, r_tail, n_right = split(right)
        n_left = head_breaks
        if at_start or (n_left == n_right == 0 and first is not None and first in _CLOSING_PUNCT):
            # nothing before it, or punctuation after it: no space, but the next line's
            # indentation stays when the dropped span ended its line
            cut_all(head)
            cut_all(tail)
            cut_all(r_head)
            if not n_right:
                cut_all(r_tail)
                r_tail = []
            head, tail, head_breaks = [], r_tail, 0
            return
        if n_left == n_right == 0:
            if head or tail:
                cut_all(r_tail)
            else:
                tail = r_tail
            return
        if n_left >= n_right:
            if not n_right:
                cut_all(r_tail)
                return
            # the dropped span had a line of its own: the run up to its last line break, then
            # the next line's indentation (R after its last line break)
            cut_all(tail)
            cut_all(r_head)
            tail = r_tail
            return
        # R stays, less the spaces before its first line break
        cut_all(head)
        cut_all(tail)
        right_ws = "".join(pieces[k][lo:hi] for k, lo, hi in r_head)  # type: ignore[index]
        skip = min(i for i in (right_ws.find(b) for b in _BREAKS) if i >= 0)
        kept: list[Segment] = []
        for k, lo, hi in r_head:
            n = min(skip, hi - lo)
            cut(k, lo, lo + n)
            skip -= n
            if lo + n < hi:
                kept.append((k, lo + n, hi))
        head, tail, head_breaks = kept, r_tail, n_right

    for k, piece in enumerate(pieces):
        if piece is None:
            pending = seam_seen = True
            continue
        if not piece:
            continue
        # most pieces start and end with a word: no copy of the piece to find that out
        lead = 0 if piece[0] not in _WS else len(piece) - len(piece.lstrip(_WS))
        if lead == len(piece):  # white space only
            if pending:
                resolve([(k, 0, len(piece))], None)
                pending = False
            else:
                more_head, more_tail, more = split([(k, 0, len(piece))])
                if more:
                    head.extend(tail)
                    head.extend(more_head)
                    tail = more_tail
                    head_breaks += more
                else:
                    tail.extend(more_tail)
            continue
        if pending:
            resolve([(k, 0, lead)] if lead else [], piece[lead])
            pending = False
        at_start = seam_seen = False
        if piece[-1] not in _WS:
            head, tail, head_breaks = [], [], 0
        else:
            trail = len(piece) - len(piece.rstrip(_WS))
            head, tail, head_breaks = split([(k, len(piece) - trail, len(piece))])
    if seam_seen:
        if at_start:
            cut_all(head)
        cut_all(tail)  # the spaces after the last line break
    return {k: (c[0], min(c[1], len(pieces[k]) - c[0])) for k, c in cuts.items()}  # type: ignore[arg-type]
