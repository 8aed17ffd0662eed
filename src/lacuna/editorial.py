"""The editorial reading shared by the editions: one reading walk, its rules, and the notes.

:data:`CLEAN_RULES` says what the reading does with each category (EVT-style conventions as
data: ``unwrap``, ``reading``, ``mark``, ``conjecture``, ``keep``, ``drop``);
:class:`Decisions` decides each span once; :func:`reading_pieces` walks the tree once and
gives the reading as pieces with their offsets in the text, which the clean edition, the
``brackets`` step of :mod:`lacuna.normalize` (its offset map) and the HTML clean view (the
white space it hides, :func:`seam_cuts`) all consume.

A note reference ``Hungary.[2]`` points to the note whose label ``[2]`` opens a line; the
note runs from its label to the end of its paragraph (a blank line) or to the next label.
The clean edition, TEI and HTML read notes here, so they agree on which bracket is a
reference, which a label, and what text belongs to each note.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import regex

from lacuna.ast import Document, Span

__all__ = [
    "CLEAN_RULES",
    "DEFAULT_GAP_MARK",
    "NOTE_PLACES",
    "SEAM",
    "Decisions",
    "Footnote",
    "Footnotes",
    "Scope",
    "clean_action",
    "clean_table",
    "convention",
    "descend",
    "footnote_id",
    "footnotes",
    "piece_scopes",
    "reading_pieces",
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
    "correction": "drop",  # the editor's correction of a figure, 10 [12] a.m.: the source's figure reads
    "footnote_ref": "drop",
    "page_break": "drop",
    "other": "keep",
}

_ACTIONS = frozenset({"unwrap", "reading", "mark", "conjecture", "keep", "drop"})
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
    category = span.category
    if span.info.reason is not None and category in _NOTES:
        action = table.get(f"gap_note.{category}") or table.get("gap_note")
        if action is not None:
            return action
    return table.get(category, "keep")


_CLOSING_PUNCT = frozenset(".,;:!?)]}»”’")


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


class Decisions:
    """One decision per span for a walk of :meth:`Document.events`: pass :meth:`prune` as
    its ``prune``; on the span's entering event, :attr:`action` and :attr:`clip` (see
    :func:`descend`) are that span's, so neither is worked out twice."""

    __slots__ = ("action", "clip", "table")

    def __init__(self, table: Mapping[str, str]) -> None:
        self.table = table
        self.action = "keep"
        self.clip: tuple[int, int] | None = None

    def prune(self, span: Span) -> bool:
        """Whether the walk skips ``span``'s children (it is rendered whole)."""
        self.action = action = clean_action(span, self.table)
        self.clip = clip = descend(span, self.table, action)
        return clip is None


def descend(span: Span, table: Mapping[str, str], action: str | None = None) -> tuple[int, int] | None:
    """Whether the reading text goes into ``span``'s children: the range of the text that
    they may show (all of it for ``unwrap``), or None when the span is rendered whole.

    An uncertain reading (``reading``) with a span inside it, ``[?the [Note: x] thing?]``,
    is read through its children, without its question marks: the range between them.
    ``action`` is ``clean_action(span, table)`` if the caller has it.
    """
    if action is None:
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
    if None not in pieces:
        return {}  # nothing was dropped
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


#: Where the clean edition puts notes: at the ``end`` of the text (markers kept), ``inline``
#: (as written) or nowhere (``drop``: markers and notes go).
NOTE_PLACES = ("end", "inline", "drop")

_NCNAME_BAD = regex.compile(r"[^\w.-]")
_BLANK_LINE = regex.compile(r"(?:\r\n?|\n)[ \t]*+(?:\r\n?|\n)")


def footnote_id(number: str) -> str | None:
    """The ``xml:id``/HTML id of the note numbered ``number`` (``fn1``), or None if it has none."""
    token = _NCNAME_BAD.sub("_", number.strip())
    return "fn" + token if token else None


class Footnote(NamedTuple):
    """A note: its label span, its number, its id (the first note of a number has one) and its
    extent ``[start, end)`` in the text, label included."""

    label: Span
    number: str
    ident: str | None
    start: int
    end: int


class Footnotes(NamedTuple):
    """The notes of a text, in order, and what each reference points to."""

    notes: tuple[Footnote, ...]
    #: id(label span) → its note
    by_label: dict[int, Footnote]
    #: id(reference span) → the id of the note it points to
    targets: dict[int, str]


def _is_label(text: str, span: Span) -> bool:
    return span.category == "footnote_ref" and (span.start == 0 or text[span.start - 1] in "\r\n\ufeff")


def footnotes(doc: Document) -> Footnotes:
    """The notes of ``doc``: each top-level note reference that opens a line is a label; its
    note ends at the first blank line outside spans, or at the next label."""
    text = doc.text
    children = doc.children
    at = [i for i, node in enumerate(children) if isinstance(node, Span) and _is_label(text, node)]
    notes: list[Footnote] = []
    seen: set[str] = set()
    for k, i in enumerate(at):
        span = children[i]
        assert isinstance(span, Span)
        number = span.info.number or span.inside
        ident = footnote_id(number)
        if ident is not None and ident in seen:
            ident = None
        if ident is not None:
            seen.add(ident)
        last = at[k + 1] if k + 1 < len(at) else len(children)
        end = children[last].start if last < len(children) else len(text)
        for node in children[i + 1 : last]:  # each child is looked at for one note only
            if isinstance(node, Span):
                continue
            m = _BLANK_LINE.search(text, node.start, node.end)
            if m is not None:
                end = m.start()
                break
        notes.append(Footnote(span, number, ident, span.start, end))
    ids = {n.number: n.ident for n in notes if n.ident is not None}
    targets: dict[int, str] = {}
    if ids:
        label_ids = {id(n.label) for n in notes}
        for span in doc.spans():
            if span.category == "footnote_ref" and id(span) not in label_ids:
                target = ids.get(span.info.number or span.inside)
                if target is not None:
                    targets[id(span)] = target
    return Footnotes(tuple(notes), {id(n.label): n for n in notes}, targets)
