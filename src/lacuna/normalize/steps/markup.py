"""The ``brackets`` step: the document's own words, the clean reading text with glosses
dropped, offsets kept."""

from __future__ import annotations

import operator
import re
from collections.abc import Mapping, Sequence
from functools import cache

import numpy as np

from lacuna.ast import Document, Span
from lacuna.classify import categories_only
from lacuna.editorial import (
    CLEAN_RULES,
    DEFAULT_GAP_MARK,
    clean_action,
    clean_table,
    reading_pieces,
    seam_cuts,
)
from lacuna.editorial.seams import _CLOSING_PUNCT, _STOP_LINE, _STOP_PUNCT, _breaks
from lacuna.normalize.steps.edits import Edit, Options, StepResult, apply_columns, apply_edits
from lacuna.parse import parse

_RE_START = re.Match.start


#: category → action of the ``brackets`` step: the clean edition's rules, except that glosses
#: go (an identification is the editor's, not the document's, text).
BRACKET_RULES: Mapping[str, str] = {**CLEAN_RULES, "gloss": "drop"}

#: What the ``brackets`` step writes for a bracket its reading keeps as text (an unpaired one,
#: the brackets of a span kept as written) and for a character that NFKC makes a bracket: the
#: quill brackets U+2045 and U+2046, which no parse reads as markup and no step changes. The
#: only square brackets of its result are then the gap marks, which read as themselves, so
#: normalising the result again changes nothing (one parse suffices).
NEUTRAL_BRACKETS: Mapping[str, str] = {
    **dict.fromkeys("[\ufe47\uff3b", "\u2045"),
    **dict.fromkeys("]\ufe48\uff3d", "\u2046"),
}
_NEUTRAL = str.maketrans(NEUTRAL_BRACKETS)  # type: ignore[call-overload]
_WIDE = ("\ufe47", "\ufe48", "\uff3b", "\uff3d")

_SEAM = -1


def brackets(text: str, options: Options) -> StepResult:
    """The document's own words: the clean reading text with glosses dropped, offsets kept.

    Supplied words lose their brackets, uncertain readings their brackets and question
    marks, gaps become the gap mark, glosses, notes, ``[sic]``, note references and page
    markers go (with the space they leave), other brackets stay as written but for their
    bracket characters, which become ``⁅`` ``⁆`` (:data:`NEUTRAL_BRACKETS`; see
    :data:`BRACKET_RULES`; the same rules as :func:`lacuna.render.clean` otherwise). The tree
    comes from :func:`lacuna.parse` under :func:`lacuna.classify.categories_only` (the same
    readings, the glossed words of the glosses unread), or is the document the call was given;
    ``bracket_rules`` changes the action of any category.
    """
    doc = options.document
    if doc is None or doc.text is not text:
        # the readings decide the step, the glossed words of the glosses (which it drops
        # whole) do not: they are left unread (a quarter of the parse's time)
        with categories_only():
            doc = parse(text, conventions=options.conventions)
    table = clean_table(options.bracket_rules, base=BRACKET_RULES)
    mark = options.gap_mark if _mark_reads_as_itself(options.gap_mark, tuple(sorted(table.items()))) else None
    # (asked of the call's set of characters outside ASCII, when it has one: no scan of the text)
    alphabet = options.alphabet
    if alphabet is not None:
        wide = any(c in alphabet for c in _WIDE)
    else:
        wide = not text.isascii() and any(c in text for c in _WIDE)
    light = _flat_edits(doc, table, options.gap_mark, mark, wide)
    if light is not None:
        starts, ends, news, bounds = light
        return apply_columns(text, starts, ends, news, options.alphabet, bounds=bounds)
    # the reading walk of the clean edition (lacuna.editorial), with its offsets; on a tree
    # with no span inside a span (most texts), the same pieces made from the tree's arrays
    walked = flat_reading_pieces(doc, table, options.gap_mark)
    pieces, shown = walked if walked is not None else reading_pieces(doc, table, options.gap_mark)
    emitted = [k if k >= 0 else _SEAM for k in shown]
    cuts = _close_seams(pieces, emitted)
    neutral = NEUTRAL_BRACKETS
    # the pieces are in text order and so are the edits made from them: no sort
    edits: list[Edit] = []
    for k, (a0, a1, out, source) in enumerate(pieces):
        if source:
            cut = cuts.get(k) if cuts else None
            if cut is not None and cut[0]:
                edits.append((a0 - cut[0], a0, ""))  # white space a seam joined
            if "[" in out or "]" in out or (wide and any(c in out for c in _WIDE)):
                edits.extend((a0 + i, a0 + i + 1, neutral[c]) for i, c in enumerate(out) if c in neutral)
            if cut is not None and cut[1]:
                edits.append((a1, a1 + cut[1], ""))
        elif out != mark:
            out = out.translate(_NEUTRAL)
            if out != text[a0:a1]:
                edits.append((a0, a1, out))
        elif out != text[a0:a1]:
            edits.append((a0, a1, out))
    return apply_edits(text, edits, options.alphabet)


_SEAM_WS = " \t\r\n"  # the white space a seam joins (lacuna.editorial.seams)
_BRACKET_CHAR = re.compile(r"[\[\]]")
_ANY_BRACKET_CHAR = re.compile("[" + re.escape("".join(NEUTRAL_BRACKETS)) + "]")


def _flat_edits(
    doc: Document, table: Mapping[str, str], gap_mark: str, mark: str | None, wide: bool
) -> tuple[list[int], list[int], list[str], tuple[np.ndarray, np.ndarray]] | None:
    """The edits of the ``brackets`` step on a document whose spans hold no spans, as columns
    (starts, ends, new texts; the starts and ends as arrays too), made from the arrays of its
    tree: what :func:`brackets` makes of :func:`flat_reading_pieces` (the same edits), without
    the pieces. None where that walk gives None, or where a piece the reading shows in place
    of a span has white space at an edge (a seam may then trim it: the pieces do that).

    The edits of the spans the reading unwraps, drops, keeps or marks as gaps are made by
    numpy, a kind at a time; Python loops over the spans shown as another text (readings,
    conjectures) and, for the seams, over the pieces around each dropped span only
    (:func:`_seam_edits`)."""
    tree = doc.tree
    sizes = tree.sizes
    if sizes.count(0) != len(sizes):
        return None
    if gap_mark and (gap_mark[0] in _SEAM_WS or gap_mark[-1] in _SEAM_WS):
        return None
    text = doc.text
    starts, ends, infos = tree.starts, tree.ends, tree.infos
    n = len(starts)
    # one action per distinct reading (equal insides share theirs), found in C
    ids = list(map(id, infos))
    first = dict(zip(reversed(ids), range(n - 1, -1, -1), strict=True))
    action_of: dict[int, str] = {}
    code_of: dict[int, int] = {}
    for key, j in first.items():
        action = action_of[key] = clean_action(tree.span(j), table)
        if action == "reading" and infos[j].category == "sic":
            return None
        if action == "conjecture" and infos[j].conjecture is None:
            action = "mark"  # (a gap with no conjecture shows the gap mark)
        code_of[key] = _ACTION_CODE.get(action, _SHOWN)
    codes = np.fromiter(map(code_of.__getitem__, ids), dtype=np.int8, count=n)
    s = np.asarray(starts, dtype=np.int64)
    e = np.asarray(ends, dtype=np.int64)
    # the spans shown as another text than theirs: the piece each shows and its edits
    shown: dict[int, str] = {}  # span -> the text the reading shows in its place
    source: dict[int, tuple[int, int]] = {}  # span -> the range of its text that shows as written
    col_s: list[int] = []
    col_e: list[int] = []
    col_n: list[str] = []
    for j in np.flatnonzero(codes == _SHOWN).tolist():
        start, end, info = starts[j], ends[j], infos[j]
        action = action_of[ids[j]]
        if action == "reading":
            reading = info.conjecture if info.conjecture is not None else text[start + 1 : end - 1]
            at = text.find(reading, start + 1, end - 1) if reading else -1
            if at >= 0:
                shown[j] = reading
                source[j] = (at, at + len(reading))
                col_s += (start, at + len(reading))
                col_e += (at, end)
                col_n += ("", "")
                continue
            if reading and (reading[0] in _SEAM_WS or reading[-1] in _SEAM_WS):
                return None
            out = reading
        else:  # (conjecture)
            out = f"\u27e8{info.conjecture}\u27e9"
        shown[j] = out
        if out != mark:
            out = out.translate(_NEUTRAL)
        if out != text[start:end]:
            col_s.append(start)
            col_e.append(end)
            col_n.append(out)
    # the gaps: each shows the gap mark, written in place of each whose text differs
    marks = codes == _MARK
    out = gap_mark if gap_mark == mark else gap_mark.translate(_NEUTRAL)
    sm, em = s[marks], e[marks]
    differ = em - sm != len(out)
    alike = np.flatnonzero(~differ).tolist()
    if alike:
        differ[alike] = [
            text[a:b] != out for a, b in zip(sm[alike].tolist(), em[alike].tolist(), strict=True)
        ]
    sm, em = sm[differ], em[differ]
    col_s += sm.tolist()
    col_e += em.tolist()
    col_n += [out] * len(sm)
    unwrap = codes == _UNWRAP
    drop = codes == _DROP
    keep = codes == _KEEP
    su, eu = s[unwrap], e[unwrap]
    sd, ed = s[drop], e[drop]
    if drop.any():
        drops = np.flatnonzero(drop).tolist()
        cuts = _seam_edits(text, starts, ends, codes.tolist(), drops, shown, source, gap_mark)
        if cuts is None:
            return None
        col_s += cuts[0]
        col_e += cuts[1]
        col_n += [""] * len(cuts[0])
    # bracket characters of the text that a source piece shows: neutral. Where the text holds
    # no bracket but the spans' own (as many as there are spans, each one's first and last
    # character), those of the spans kept as written. A parse with no diagnostic paired every
    # bracket (one that pairs with none has its diagnostic): no count of them is needed.
    if (
        not wide
        and (not doc.diagnostics or text.count("[") == n == text.count("]"))
        and _all_at(text, starts, "[")
        and _all_at(text, (e - 1).tolist(), "]")
    ):
        sk, ek = s[keep], e[keep]
        bracket_at = np.concatenate((sk, ek - 1))
        col_n += [NEUTRAL_BRACKETS["["]] * len(sk) + [NEUTRAL_BRACKETS["]"]] * len(ek)
    else:
        found = _ANY_BRACKET_CHAR if wide else _BRACKET_CHAR
        places = np.fromiter(map(_RE_START, found.finditer(text)), dtype=np.int64)
        bracket_at = places[_inside_shown(len(text), s, e, codes, source, places)]
        col_n += list(map(NEUTRAL_BRACKETS.__getitem__, map(text.__getitem__, bracket_at.tolist())))
    lo = np.concatenate((np.asarray(col_s, dtype=np.int64), su, eu - 1, sd, bracket_at))
    hi = np.concatenate((np.asarray(col_e, dtype=np.int64), su + 1, eu, ed, bracket_at + 1))
    news = col_n[: len(col_s)] + [""] * (2 * len(su) + len(sd)) + col_n[len(col_s) :]
    order = np.argsort(lo, kind="stable")
    lo, hi = lo[order], hi[order]
    return lo.tolist(), hi.tolist(), list(map(news.__getitem__, order.tolist())), (lo, hi)


def _all_at(text: str, places: Sequence[int], char: str) -> bool:
    """Whether ``char`` stands at each of ``places`` in ``text`` (read in one C call)."""
    if len(places) < 2:
        return all(text[i] == char for i in places)
    return "".join(operator.itemgetter(*places)(text)) == char * len(places)


#: The kinds of span of :func:`_flat_edits`: one per action, and the spans shown as another
#: text than the gap mark (readings, conjectures), read one by one.
_UNWRAP, _DROP, _KEEP, _MARK, _SHOWN = 0, 1, 2, 3, 4
_ACTION_CODE = {"unwrap": _UNWRAP, "drop": _DROP, "keep": _KEEP, "mark": _MARK}


def _inside_shown(
    size: int,
    s: np.ndarray,
    e: np.ndarray,
    codes: np.ndarray,
    source: dict[int, tuple[int, int]],
    at: np.ndarray,
) -> np.ndarray:
    """Which of the offsets ``at`` fall in a range of the text that the reading shows as
    written: between the spans, inside an unwrapped span, a kept span, a reading found in
    its span."""
    prev = np.concatenate(([0], e))
    nxt = np.concatenate((s, [size]))
    unwrap, keep = codes == _UNWRAP, codes == _KEEP
    inner = source.items()
    lo = np.concatenate((prev, s[unwrap] + 1, s[keep], np.fromiter((r[0] for _, r in inner), np.int64)))
    hi = np.concatenate((nxt, e[unwrap] - 1, e[keep], np.fromiter((r[1] for _, r in inner), np.int64)))
    nonempty = lo < hi
    lo, hi = lo[nonempty], hi[nonempty]
    if not len(lo):
        return np.zeros(len(at), dtype=bool)  # (the reading shows nothing as written)
    order = np.argsort(lo, kind="stable")
    lo, hi = lo[order], hi[order]
    k = np.searchsorted(lo, at, side="right") - 1
    return (k >= 0) & (at < hi[np.maximum(k, 0)])


def _seam_edits(
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    codes: list[int],
    drops: list[int],
    shown: Mapping[int, str],
    source: Mapping[int, tuple[int, int]],
    gap_mark: str,
) -> tuple[list[int], list[int]] | None:
    """The white space that the seams of the dropped spans join, as deletions (starts, ends):
    :func:`lacuna.editorial.seam_cuts` of the pieces the reading shows, read only around each
    dropped span, from the last piece before it that closes what came before (ends with a
    character other than white space or closing punctuation) to the first after it that
    closes (the windows
    ``seam_cuts`` reads; far from any dropped span a piece is never cut). The windows are
    handed to it in one list, apart joined by a piece that closes. None where a cut falls in
    a piece that shows no text as written (then the pieces' path decides).

    ``codes`` holds each span's kind, ``drops`` the dropped spans in order, ``shown`` the text
    shown in place of each span read one by one (``source``: the range of it shown as
    written, if any)."""
    n = len(starts)
    size = len(text)
    last_slot = 2 * n  # slot 2j: the text before span j; 2j + 1: span j; 2n: the text after the last

    def piece(slot: int) -> str | bool | None:
        """The piece of a slot (None: a dropped span; False: no piece)."""
        j = slot >> 1
        if not slot & 1:
            lo = ends[j - 1] if j else 0
            hi = starts[j] if j < n else size
            return text[lo:hi] if lo < hi else False
        code = codes[j]
        if code == _UNWRAP:
            return text[starts[j] + 1 : ends[j] - 1] if starts[j] + 1 < ends[j] - 1 else False
        if code == _DROP:
            return None
        if code == _KEEP:
            return text[starts[j] : ends[j]]
        return gap_mark if code == _MARK else shown[j]

    def shows(slot: int) -> tuple[int, int] | None:
        """The range of the text a slot's piece shows as written, or None."""
        j = slot >> 1
        if not slot & 1:
            return (ends[j - 1] if j else 0), (starts[j] if j < n else size)
        code = codes[j]
        if code == _UNWRAP:
            return starts[j] + 1, ends[j] - 1
        if code == _KEEP:
            return starts[j], ends[j]
        return source.get(j)

    ws = _SEAM_WS
    punct = _CLOSING_PUNCT
    cuts: dict[int, tuple[int, int]] = {}  # slot -> (characters cut from its start, from its end)
    rest = _local_seams(text, starts, ends, drops, cuts)
    pieces: list[str | None] = []
    slots: list[int] = []
    window_end = -1
    for j in rest:
        d = 2 * j + 1
        if d < window_end:
            continue  # (in the window read already)
        lo = d - 1
        while lo >= 0:
            p = piece(lo)
            if p and p[-1] not in ws and p[-1] not in punct:  # type: ignore[index]
                break
            lo -= 1
        lo = max(lo, 0)
        hi = d + 1
        while hi < last_slot:
            p = piece(hi)
            if p and p[-1] not in ws and p[-1] not in punct:  # type: ignore[index]
                break
            hi += 1
        if lo <= window_end:
            lo = window_end + 1  # (the window before ends on this one's first piece)
        elif slots:
            pieces.append(_APART)
            slots.append(-1)
        for slot in range(lo, hi + 1):
            p = piece(slot)
            if p is not False:
                pieces.append(p)  # type: ignore[arg-type]
                slots.append(slot)
        window_end = hi
    for k, (head, tail) in seam_cuts(pieces).items() if pieces else ():
        slot = slots[k]
        known = cuts.get(slot)
        cuts[slot] = (head, tail) if known is None else (max(known[0], head), max(known[1], tail))
    cut_starts: list[int] = []
    cut_ends: list[int] = []
    for slot, (head, tail) in cuts.items():
        at = shows(slot)
        if at is None:
            return None
        a0, a1 = at
        tail = min(tail, a1 - a0 - head)
        if head:
            cut_starts.append(a0)
            cut_ends.append(a0 + head)
        if tail:
            cut_starts.append(a1 - tail)
            cut_ends.append(a1)
    return cut_starts, cut_ends


def _local_seams(
    text: str, starts: Sequence[int], ends: Sequence[int], drops: list[int], cuts: dict[int, tuple[int, int]]
) -> list[int]:
    """The cuts of the seams that their two neighbours decide alone, into ``cuts`` (slot ->
    head, tail, as :func:`_seam_edits` numbers the pieces); returns the other dropped spans.

    A dropped span between two pieces of the text that each hold a character other than
    white space (``Cde. Filippov [Stalin] arrived``, ``to Filippov [Stalin]\n\nMao``: most
    seams) is joined as :func:`lacuna.editorial.seam_cuts` joins it whatever stands further
    away (:func:`_local_seam`)."""
    n, size = len(starts), len(text)
    rest: list[int] = []
    for j in drops:
        cut = _local_seam(
            text, ends[j - 1] if j else 0, starts[j], ends[j], starts[j + 1] if j + 1 < n else size
        )
        if cut is None:
            rest.append(j)  # (the windows of seam_cuts read it)
            continue
        left, right = cut
        if left:
            known = cuts.get(2 * j, (0, 0))
            cuts[2 * j] = (known[0], max(known[1], left))
        if right:
            known = cuts.get(2 * j + 2, (0, 0))
            cuts[2 * j + 2] = (max(known[0], right), known[1])
    return rest


def _local_seam(text: str, a0: int, a1: int, b0: int, b1: int) -> tuple[int, int] | None:
    """What :func:`lacuna.editorial.seam_cuts` cuts around a span dropped from ``[a1, b0)``
    between the pieces ``[a0, a1)`` and ``[b0, b1)`` of the text, as the characters cut from
    the end of the one and from the start of the other, where the two decide it alone: each
    holds a character other than white space, and a stop after the span on its line of its
    own (``a\n[Stamp: x].\nb``, :func:`lacuna.editorial.seams._lone_stops`) is followed by
    its line's end within the piece; no stop before it starts its line (``a\n.[Note: x]\nb``).
    None where they do not."""
    ws = _SEAM_WS
    i = a1
    while i > a0 and text[i - 1] in ws:
        i -= 1
    if i > a0 and text[i - 1] in _STOP_PUNCT:
        # a stop before the span at its line's start (``a\n.[Note: x]\nb``) may be left alone
        # on the line with it: the windows decide (seams._lone_stops)
        h = i
        while h > a0 and text[h - 1] in _STOP_LINE:
            h -= 1
        if h < i and (h == a0 or text[h - 1] in "\r\n"):
            return None
    k = b0
    while k < b1 and text[k] in ws:
        k += 1
    if i == a0 or k == b1:
        return None
    before, after, first = text[i:a1], text[b0:k], text[k]
    if (
        first in _STOP_PUNCT
        and ("\n" in before or "\r" in before)
        and "\n" not in after
        and "\r" not in after
    ):
        # a stop left alone on the dropped span's line goes as white space: the seam is
        # read on to the next line's first character
        m = k
        stop_line = _STOP_LINE
        while m < b1 and text[m] in stop_line:
            m += 1
        if m == b1:
            return None  # (the line goes on past the piece)
        if text[m] == "\n" or text[m] == "\r":
            k = m
            while k < b1 and text[k] in ws:
                k += 1
            if k == b1:
                return None
            after, first = after + " " * (m - b0 - len(after)) + text[m:k], text[k]
    seam = (before, after, first)
    seam_cut = _SEAM_CUTS
    cut = seam_cut.get(seam)
    if cut is None:
        if len(seam_cut) >= _SEAM_CUTS_MAX:
            seam_cut.clear()
        cut = seam_cut[seam] = _seam_cut(before, after, first)
    return cut


#: :func:`_seam_cut` of each distinct seam met (the white space either side of a dropped span
#: and the character after it: few distinct ones in any text), bounded.
_SEAM_CUTS: dict[tuple[str, str, str], tuple[int, int]] = {}
_SEAM_CUTS_MAX = 4096


def _seam_cut(before: str, after: str, first: str) -> tuple[int, int]:
    """What :func:`lacuna.editorial.cuts_in` cuts around a dropped span between two pieces that
    each hold a character other than white space: ``before`` is the white space that ends the
    piece before it, ``after`` that which starts the piece after it, ``first`` the character
    after that; returns the characters cut from the end of ``before`` and from the start of
    ``after``. With no line break on either side, one space stays (none before closing
    punctuation); else the side with more line breaks stays (the one before on a tie), less
    the spaces after the last line break before it (a tie) or those before the first line
    break after it."""
    n_left = _breaks(before) if before else 0
    n_right = _breaks(after) if after else 0
    if not n_left and not n_right:
        if first in _CLOSING_PUNCT:
            return len(before), len(after)
        return 0, (len(after) if before else 0)
    if n_left >= n_right:
        if not n_right:
            return 0, len(after)
        last = max(before.rfind("\n"), before.rfind("\r")) + 1
        return len(before) - last, max(after.rfind("\n"), after.rfind("\r")) + 1
    if n_left:
        # (the white space up to the last line break before it is cut only where it ends the
        # piece: cuts_in records a cut at a piece's edges)
        last = max(before.rfind("\n"), before.rfind("\r")) + 1
        left = len(before) if last == len(before) else len(before) - last
    else:
        left = len(before)
    return left, min(i for i in (after.find("\n"), after.find("\r")) if i >= 0)


#: A piece that closes what came before it, between two windows of :func:`_seam_edits`.
_APART = "\x00"


def flat_reading_pieces(
    doc: Document, table: Mapping[str, str], gap_mark: str = DEFAULT_GAP_MARK
) -> tuple[list[list], list[int]] | None:
    """:func:`lacuna.editorial.reading_pieces` of a document whose spans hold no spans, made
    from the arrays of its tree without a node per span; None for a document with nested
    spans or a ``[sic]`` read as its correction (the walk itself reads those)."""
    tree = doc.tree
    sizes = tree.sizes
    if sizes.count(0) != len(sizes):
        return None
    text = doc.text
    starts, ends, infos = tree.starts, tree.ends, tree.infos
    pieces: list[list] = []
    shown: list[int] = []
    actions: dict[int, str] = {}  # id of a span's reading (shared by equal insides) -> action
    cursor = 0
    for j, info in enumerate(infos):
        start, end = starts[j], ends[j]
        if cursor < start:
            shown.append(len(pieces))
            pieces.append([cursor, start, text[cursor:start], True])
        cursor = end
        action = actions.get(id(info))
        if action is None:
            action = actions[id(info)] = clean_action(tree.span(j), table)
            if action == "reading" and info.category == "sic":
                return None
        if action == "unwrap":
            pieces.append([start, start + 1, "", False])
            if start + 1 < end - 1:
                shown.append(len(pieces))
                pieces.append([start + 1, end - 1, text[start + 1 : end - 1], True])
            pieces.append([end - 1, end, "", False])
        elif action == "keep":
            shown.append(len(pieces))
            pieces.append([start, end, text[start:end], True])
        elif action == "reading":
            reading = info.conjecture if info.conjecture is not None else text[start + 1 : end - 1]
            at = text.find(reading, start + 1, end - 1) if reading else -1
            if at < 0:
                shown.append(len(pieces))
                pieces.append([start, end, reading, False])
            else:
                pieces.append([start, at, "", False])
                shown.append(len(pieces))
                pieces.append([at, at + len(reading), reading, True])
                pieces.append([at + len(reading), end, "", False])
        elif action in ("mark", "conjecture"):
            conjecture = info.conjecture if action == "conjecture" else None
            shown.append(len(pieces))
            pieces.append(
                [start, end, gap_mark if conjecture is None else f"\u27e8{conjecture}\u27e9", False]
            )
        else:
            shown.append(~len(pieces))
            pieces.append([start, end, "", False])
    if cursor < len(text):
        shown.append(len(pieces))
        pieces.append([cursor, len(text), text[cursor:], True])
    return pieces, shown


@cache
def _mark_reads_as_itself(mark: str, table: tuple[tuple[str, str], ...]) -> bool:
    """Whether the gap mark, parsed on its own, after a word and glued to one, is one gap that
    the reading marks again: its brackets may then stay (else they are neutral too). A mark
    read as a gap only opening its line (``[GAP]``, ``gap.line_start_items``) is not."""
    if "[" not in mark and "]" not in mark:
        return False
    for lead in ("", "A ", "A"):
        doc = parse(lead + mark)
        spans = [c for c in doc.children if isinstance(c, Span)]
        if doc.diagnostics or len(spans) != 1 or len(doc.children) != (2 if lead else 1):
            return False
        span = spans[0]
        if span.category != "gap" or clean_action(span, dict(table)) != "mark":
            return False
    return True


def _close_seams(pieces: list[list], emitted: list[int]) -> dict[int, tuple[int, int]]:
    """The white space cuts of :func:`lacuna.editorial.seam_cuts`, made on the pieces (each
    trimmed in place): returns, for each source piece cut, the number of characters cut from
    its start and from its end (which its deletions are)."""
    cut_sources: dict[int, tuple[int, int]] = {}
    cuts = seam_cuts([None if k == _SEAM else pieces[k][2] for k in emitted])
    for j, (head, tail) in cuts.items():
        k = emitted[j]
        piece = pieces[k]
        a0, a1, out, source = piece
        tail = min(tail, len(out) - head)  # a piece that is all white space goes once
        kept = out[head : len(out) - tail]
        if source:
            cut_sources[k] = (head, tail)
            piece[0], piece[1] = a0 + head, a1 - tail
        piece[2] = kept
    return cut_sources
