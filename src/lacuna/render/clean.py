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
from lacuna.editorial import NOTE_PLACES, footnotes
from lacuna.errors import expect

__all__ = [
    "CLEAN_RULES",
    "DEFAULT_GAP_MARK",
    "Decisions",
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
    "correction": "drop",  # the editor's correction of a figure, 10 [12] a.m.: the source's figure reads
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
    category = span.category
    if span.info.reason is not None and category in _NOTES:
        action = table.get(f"gap_note.{category}") or table.get("gap_note")
        if action is not None:
            return action
    return table.get(category, "keep")


_CLOSING_PUNCT = frozenset(".,;:!?)]}»”’")


def clean(
    doc: Document,
    *,
    gap_mark: str = DEFAULT_GAP_MARK,
    rules: Mapping[str, str] | None = None,
    notes: str = "end",
) -> str:
    """Return the reading text of ``doc`` (see :data:`CLEAN_RULES`).

    ``notes`` says where the notes go (:data:`lacuna.editorial.NOTE_PLACES`): ``end`` keeps
    the note references and moves each note (its label ``[1]`` and its text, see
    :func:`lacuna.editorial.footnotes`) to the end of the text, one a line; ``inline`` keeps
    references and notes where they are; ``drop`` drops both. ``rules`` may still set the
    ``footnote_ref`` action.
    """
    expect(doc, Document, "clean", "doc")
    expect(gap_mark, str, "clean", "gap_mark")
    if notes not in NOTE_PLACES:
        raise ValueError(f"clean() argument 'notes' must be one of {', '.join(NOTE_PLACES)}, not {notes!r}")
    table = clean_table({"footnote_ref": "drop" if notes == "drop" else "keep", **_rules(rules, "clean")})
    extents: list[tuple[int, int]] = []
    if notes != "inline":
        extents = [(n.start, n.end) for n in footnotes(doc).notes]
        if notes == "end" and _at_end(doc.text, extents):
            extents = []  # the notes are where the reader looks for them already
    text = doc.text
    pieces: list[str | None] = []  # None: a dropped span (a seam)
    owner: list[int] = []  # per piece: the note it belongs to, or -1
    clips: list[tuple[int, int]] = []  # the reading ranges of the uncertain spans we are in
    entered: list[bool] = []  # per span whose children are read: whether it pushed a clip
    decide = Decisions(table)
    note = -1  # the note the walk is in
    k = 0  # the next note
    ends = [end for _, end in extents]

    def add(piece: str | None, where: int) -> None:
        if where >= 0 and notes == "drop":
            if not owner or owner[-1] != where:
                pieces.append(None)  # the whole note is one seam
                owner.append(where)
            return
        pieces.append(piece)
        owner.append(where)

    for node, entering in doc.events(prune=decide.prune):
        start = node.start
        if note >= 0 and start >= ends[note]:
            note = -1
        if k < len(extents) and start >= extents[k][0]:
            note, k = k, k + 1
        if not isinstance(node, Span):
            if clips:
                lo, hi = clips[-1]
                add(text[max(start, lo) : min(node.end, hi)], note)
            elif note >= 0 and node.end > ends[note]:  # the note ends in this text
                add(text[start : ends[note]], note)
                add(text[ends[note] : node.end], -1)
                note = -1
            else:
                add(text[start : node.end], note)
            continue
        if not entering:
            if entered.pop():
                clips.pop()
            continue
        action, clip = decide.action, decide.clip
        if clip is not None:
            entered.append(action == "reading")
            if action == "reading":
                clips.append(clip)
            continue
        if action == "keep":
            add(text[start : node.end], note)
        elif action == "reading":
            add(node.shown_reading, note)
        elif action == "mark":
            add(gap_mark, note)
        else:
            add(None, note)
    if notes == "drop" or not extents:
        return _joined(pieces)
    main: list[str | None] = []
    moved: list[list[str | None]] = [[] for _ in extents]
    for p, w in zip(pieces, owner, strict=True):
        if w < 0:
            main.append(p)
        else:
            if not moved[w]:
                main.append(None)  # where the note was: a seam
            moved[w].append(p)
    out = _joined(main).rstrip()
    tail = "\n".join(_joined(m).strip() for m in moved)
    return f"{out}\n\n{tail}\n" if out else tail + "\n"


def _at_end(text: str, extents: list[tuple[int, int]]) -> bool:
    """Whether the notes end the text: only white space after and between them."""
    pos = extents[0][0] if extents else len(text)
    for start, end in extents:
        if text[pos:start].strip():
            return False
        pos = end
    return not text[pos:].strip()


def _joined(pieces: Sequence[str | None]) -> str:
    """The pieces joined, dropped spans' seams closed (:func:`seam_cuts`)."""
    cuts = seam_cuts(pieces)
    out = []
    for k, piece in enumerate(pieces):
        if piece is None:
            continue
        cut = cuts.get(k)
        out.append(piece if cut is None else piece[cut[0] : len(piece) - cut[1]])
    return "".join(out)


def _rules(rules: object, function: str) -> Mapping[str, str]:
    """``rules`` checked: a mapping of category names to action names."""
    if rules is None:
        return {}
    if not isinstance(rules, Mapping):
        kind = type(rules).__name__
        raise TypeError(f"{function}() argument 'rules' must be a mapping of category to action, not {kind}")
    for key, value in rules.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{function}() argument 'rules' must map str to str, not {key!r}: {value!r}")
    return rules


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
