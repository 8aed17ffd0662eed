"""Which ``[`` closes with which ``]``: the bracket offsets of a text and the brackets that
pair with none.

Brackets pair within their paragraph only (a blank line ends one), by a stack; when some ``[``
cannot pair, :func:`_human_reading` chooses which stay literal, as a reader would (a gap or
note that runs on, a label that opens a note, an inside that reads as a whole form). Linear:
the offsets come from two ``str.find`` cursors, the pairing from one pass with a stack, and
nothing recurses, whatever the nesting. :mod:`lacuna.parse` builds the tree from them.
"""

from __future__ import annotations

import bisect
import heapq
import re
from array import array
from collections.abc import Callable, Iterator, Sequence

from lacuna.classify import read_inside
from lacuna.classify.inside import _DEFAULT_BECAUSE
from lacuna.conventions import Conventions, fold

__all__ = [
    "PARAGRAPH_END",
    "TRAILING",
    "bracket_positions",
    "offset_type",
    "position_array",
    "positions_by_block",
    "unpaired",
]


#: Characters searched per block by :func:`bracket_positions`.
_BLOCK = 1 << 16


def bracket_positions(text: str) -> list[int]:
    """Offsets of every ``[`` and ``]``, in order."""
    return position_array(text).tolist()


def position_array(text: str) -> array:
    """Offsets of every ``[`` and ``]``, in order, in an array (4 bytes each, where a list
    takes a slot and an int object: a tenth of the memory).

    Two ``str.find`` cursors (memchr speed) rather than a ``[\\[\\]]`` regex, whose
    character-class scan runs about 20 times slower on bracket-free text. The cursors run
    block by block, so the second search reads a block the first one has just brought into
    the CPU cache (a long text is read from memory once, not twice).
    """
    out = array(offset_type(len(text)))
    for lo in range(0, len(text), _BLOCK):
        _block_positions(text, lo, min(len(text), lo + _BLOCK), out.append)
    return out


def positions_by_block(text: str) -> Iterator[int]:
    """:func:`position_array`, one block at a time (no array of the whole text's brackets)."""
    kind = offset_type(len(text))
    for lo in range(0, len(text), _BLOCK):
        block = array(kind)
        _block_positions(text, lo, min(len(text), lo + _BLOCK), block.append)
        yield from block


def _block_positions(text: str, lo: int, hi: int, append: Callable[[int], None]) -> None:
    """Append the offsets of the ``[`` and ``]`` in ``text[lo:hi]``, in order."""
    find = text.find
    o = find("[", lo, hi)
    c = find("]", lo, hi)
    while o >= 0 and c >= 0:
        if o < c:
            append(o)
            o = find("[", o + 1, hi)
        else:
            append(c)
            c = find("]", c + 1, hi)
    while o >= 0:
        append(o)
        o = find("[", o + 1, hi)
    while c >= 0:
        append(c)
        c = find("]", c + 1, hi)


def unpaired(
    text: str, positions: Sequence[int], conventions: Conventions | None = None
) -> tuple[list[int], list[int]]:
    """Find the brackets that pair with none: (stray ``]`` positions, unclosed ``[`` positions).

    Brackets pair within their paragraph only (paragraphs end at a blank line): a bracket
    never pairs across one, so how a paragraph's brackets pair depends on that paragraph
    alone, wherever it stands. Within a paragraph, a stack pairs them, and when some ``[``
    cannot pair :func:`_human_reading` chooses which stay literal.

    Every other bracket pairs; since pairs never cross, the stack in :func:`lacuna.parse._build` then
    recovers which ``[`` each ``]`` closes, so no open→close map is kept.
    """
    stray: list[int] = []
    opens: list[int] = []
    find = text.find
    for p in positions:
        if text[p] == "[":
            opens.append(p)
        elif opens:
            o = opens.pop()
            # a top-level pair that holds a line break may hold a paragraph break
            if not opens and (find("\n", o, p) >= 0 or find("\r", o, p) >= 0):
                if PARAGRAPH_END.search(text, o, p) is not None:
                    return _pair_by_paragraph(text, positions, conventions)
        else:
            stray.append(p)
    if opens:
        return _pair_by_paragraph(text, positions, conventions)
    # no pair crosses a paragraph break and none is left open: the paragraphs' own stacks
    # pair the brackets as this one did
    return stray, opens


def _pair_by_paragraph(
    text: str, positions: Sequence[int], conventions: Conventions | None
) -> tuple[list[int], list[int]]:
    """:func:`unpaired`, one paragraph at a time (a stack per paragraph).

    One exception keeps multi-paragraph stamps whole (``[CPSU CC stamp:\n\n41713\n\n15
    DECEMBER 1969]``): a labelled note left open at the end of its paragraph, as that
    paragraph's only literal ``[`` and with the brackets after it balanced, takes the first
    stray ``]`` of one of the next :data:`_NOTE_PARAGRAPHS` paragraphs when every paragraph
    between pairs all its brackets (but for the first ``[`` of a doubled ``[[``, a typo kept as
    text: ``[Stamp: Foreign Policy Archive\n\nFond [[too faded to read]\n\nOpis' 16]``).
    So does any such ``[`` whose paragraph a page's line wrap
    broke off mid-sentence (a hyphen or an HTML line break at its end, no stop after the ``[``:
    ``[4 groups un-<br />\n\nrecovered]``), with the first stray ``]`` of the next paragraph;
    and any such ``[`` whose paragraph ends on a word with no stop after the ``[`` (a page whose
    lines a blank line parts: ``[Saddam is laughing loud and\n\nhard]``), with a stray ``]``
    a few words into the next paragraph, before any stop there (:func:`_runs_on`).
    What decides still lies within those few paragraphs.
    """
    stray: list[int] = []
    unclosed: list[int] = []
    breaks = iter(PARAGRAPH_END.finditer(text, positions[0], positions[-1]))
    brk = next(breaks, None)
    opens: list[int] = []
    first = 0  # index in ``positions`` of the paragraph's first bracket
    pending = -1  # a labelled note's "[" left open at the end of an earlier paragraph
    passed = 0  # paragraphs read since ``pending``'s
    reach = _NOTE_PARAGRAPHS  # how many paragraphs after its own ``pending`` may close in
    near = False  # whether ``pending`` may only take a "]" a few words into the next paragraph
    para_stray: list[int] = []
    para_start = 0  # where the paragraph being read starts

    def close_paragraph(end: int, para_end: int) -> None:
        nonlocal pending, passed, para_stray, reach, near
        literal = _human_reading(text, positions[first:end], opens, conventions) if opens else []
        if near and pending >= 0 and para_stray and not _closes_soon(text, para_start, para_stray[0]):
            unclosed.append(pending)
            pending = -1
        if pending >= 0 and para_stray and passed <= reach:
            # the note runs on to this paragraph's first stray "]"
            para_stray = para_stray[1:]
            pending = -1
        elif pending >= 0 and (para_stray or passed >= reach or not _doubled_only(text, literal)):
            unclosed.append(pending)
            pending = -1
        stray.extend(para_stray)
        para_stray = []
        if (
            pending < 0
            and len(literal) == 1
            and _balanced_after(text, positions, first, end, literal[0])
            and (
                (labelled := _opens_labelled_note(text, literal[0], conventions))
                or _breaks_off(text, literal[0], para_end)
                or _runs_on(text, literal[0], para_end)
            )
        ):
            pending, passed = literal[0], 0
            reach = _NOTE_PARAGRAPHS if labelled else 1
            near = not labelled and not _breaks_off(text, literal[0], para_end)
        else:
            unclosed.extend(literal)

    for i, p in enumerate(positions):
        if brk is not None and brk.end() <= p:
            close_paragraph(i, brk.start())
            opens = []
            while brk is not None and brk.end() <= p:
                para_start = brk.end()
                brk = next(breaks, None)
                passed += 1
            first = i
        if text[p] == "[":
            opens.append(p)
        elif opens:
            opens.pop()
        else:
            para_stray.append(p)
    close_paragraph(len(positions), len(text))
    if pending >= 0:
        unclosed.append(pending)
    unclosed.sort()
    stray.sort()
    return stray, unclosed


#: How far a ``[`` may stand from its paragraph's end to break off with it (:func:`_breaks_off`).
_BREAK_OFF_REACH = 120
#: The end of a sentence (or of a note's first part) inside a bracket.
_STOP = re.compile(r"[.!?;:]")
#: A paragraph that ends where a page wrapped its line: a hyphen, or an HTML line break kept
#: in the stored text.
_WRAP_END = re.compile(r"(?:-|<br\s*/?>)[ \t]*\Z", re.IGNORECASE)


def _breaks_off(text: str, u: int, para_end: int) -> bool:
    """Whether the ``[`` at ``u`` opens a few words that a page's line wrap cut off mid-sentence
    (``[4 groups un-<br />``, ``[4<br />``): its paragraph ends with a hyphen or an HTML line
    break, and no stop stands between the ``[`` and that end."""
    return (
        para_end - u <= _BREAK_OFF_REACH
        and _WRAP_END.search(text, u + 1, para_end) is not None
        and _STOP.search(text, u + 1, para_end) is None
    )


#: The end of a paragraph that a line break cut mid-sentence: a word of letters, spaces after it.
_WORD_END = re.compile(r"[^\W\d_]{2}[ \t]*\Z")
#: The start of a paragraph that goes on with a sentence: a lower-case letter, after the line's
#: number in a transcript that numbers its lines (ICTY: "6 continues]").
_LINE_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}[ \t]+)?")


def _runs_on(text: str, u: int, para_end: int) -> bool:
    """Whether the ``[`` at ``u`` opens a few words that may run on past the end of their
    paragraph: the paragraph ends on a word, within :data:`_BREAK_OFF_REACH` of the ``[`` and
    with no stop after it (``[Saddam is laughing loud and\n\nhard]``, a page that parts its
    lines by a blank line; :func:`_closes_soon` says whether they do)."""
    return (
        para_end - u <= _BREAK_OFF_REACH
        and _WORD_END.search(text, u + 1, para_end) is not None
        and _STOP.search(text, u + 1, para_end) is None
    )


def _closes_soon(text: str, para_start: int, close: int) -> bool:
    """Whether the paragraph from ``para_start`` goes on with the sentence (a lower-case word
    first, after a transcript's line number) and the ``]`` at ``close`` stands a few words into
    it with no stop before it: where the words of a bracket that ran on end."""
    if close - para_start > _BREAK_OFF_REACH:
        return False
    first = _LINE_NUMBER.match(text, para_start, close).end()  # type: ignore[union-attr]
    return text[first].islower() and _STOP.search(text, para_start, close) is None


def _doubled_only(text: str, literal: Sequence[int]) -> bool:
    """Whether every literal ``[`` of a paragraph is the first of a doubled ``[[`` whose second
    pairs (a typo in the middle of a stamp's note: ``Fond [[too faded to read]``): such a
    paragraph lets a labelled note left open before it run on, its ``[`` kept as text."""
    return all(text.startswith("[", u + 1) for u in literal)


def _balanced_after(text: str, positions: Sequence[int], first: int, end: int, u: int) -> bool:
    """Whether the brackets of ``positions[first:end]`` after the ``[`` at ``u`` pair among
    themselves (so a span from ``u`` to a later ``]`` crosses none)."""
    depth = 0
    for p in positions[bisect.bisect_right(positions, u, first, end) : end]:
        depth += 1 if text[p] == "[" else -1
        if depth < 0:
            return False
    return depth == 0


#: How many paragraphs after its own a labelled note left open may close in.
_NOTE_PARAGRAPHS = 8


#: The end of a paragraph: a line break, spaces or tabs, a line break (a blank line).
PARAGRAPH_END = re.compile(r"(?>\r\n|\r|\n)[ \t]*+[\r\n]")
_LABEL_START = re.compile(r"[^\W\d_][^:\[\]\"“”?,;\n]{0,40}:")
TRAILING = " \t.,;:\"”’'"


class _LineEnds:
    """Whether a ``]`` ends its line (trailing punctuation aside): each line is read once,
    for ``]`` asked about in text order (or the same line again)."""

    __slots__ = ("_last", "_line_end", "_line_start", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._line_start = self._line_end = -1  # the part of a line last read
        self._last = -1  # the offset of its last character that is not trailing punctuation

    def __call__(self, p: int | None) -> bool:
        if p is None:
            return False
        text = self._text
        if not self._line_start <= p < self._line_end:
            n = text.find("\n", p)
            bound = len(text) if n < 0 else n
            r = text.find("\r", p, bound)
            end = bound if r < 0 else r
            self._line_start, self._line_end = p, end
            self._last = p + len(text[p:end].rstrip(TRAILING)) - 1
        return p >= self._last


def _human_reading(
    text: str, events: Sequence[int], unclosed: list[int], conv: Conventions | None
) -> list[int]:
    """Choose which ``[`` of one paragraph stay literal when some cannot pair, as a reader
    would: ``events`` are the paragraph's brackets, ``unclosed`` the ``[`` its stack left open.

    The plain stack leaves the *outermost* surplus ``[`` unpaired; a reader instead keeps the
    outer span and drops the surplus bracket inside it. Which ``[`` may stay literal is
    constrained (every ``]`` must still pair); among the allowed choices this picks the one
    that scores best, one point for each convention it follows:

    * the surplus bracket is one of a doubled ``[[`` (the first of the two preferred): the
      double brackets lost one closing bracket, ``[Handwritten notes: to [[illegible name]
      and Orlov]``;
    * a ``[`` that opens a labelled note (``[Stamp:``, ``[Handwritten notes:``) keeps its
      span: it takes the ``]`` of a span directly inside it when that ``]`` ends its line,
      and that inner span's ``[`` stays literal instead, ``[Stamp: "to [Ivanov and Orlov"]``.

    Ties keep the plain stack reading. What it looks at lies in the paragraph. Linear in the
    paragraph (each line is read once) but for a heap over the few candidates.
    """
    m = len(unclosed)
    events = events[bisect.bisect_left(events, unclosed[0]) :]
    # The stack is empty when the first unclosed "[" is pushed, and no "]" after it is stray.
    heights: list[int] = []
    parent: dict[int, int] = {}
    close: dict[int, int] = {}
    stack: list[int] = []
    for p in events:
        if text[p] == "[":
            parent[p] = stack[-1] if stack else -1
            stack.append(p)
        else:
            close[stack.pop()] = p
        heights.append(len(stack))
    suffix_min = heights[:]
    for i in range(len(suffix_min) - 2, -1, -1):
        if suffix_min[i + 1] < suffix_min[i]:
            suffix_min[i] = suffix_min[i + 1]
    # deadlines: the j-th literal "[" (j = 1..m) must lie at or after the first bracket
    # from which the height never drops below j
    deadlines: list[int] = []
    i = 0
    for j in range(1, m + 1):
        while suffix_min[i] < j:
            i += 1
        deadlines.append(i)
    naive = set(unclosed)
    labelled = {u for u in unclosed if _opens_labelled_note(text, u, conv)}
    # a labelled note holding a labelled note ("[handwritten: … [handwritten: …]"): a note holds
    # no note, the outer one was left open
    holding = {parent[p] for p in events if parent.get(p) in labelled and _opens_labelled_note(text, p, conv)}
    ends_line = _LineEnds(text)
    scores: dict[int, float] = {}
    for p in events:
        if text[p] != "[":
            continue
        score = 0.0
        if p + 1 < len(text) and text[p + 1] == "[":
            score = 1.0
        elif p > 0 and text[p - 1] == "[":
            score = 0.9
        if p in holding:
            score = 1.5
        elif p in labelled:
            score -= 2.0
        if (
            p in naive
            or score > 0
            or (
                parent.get(p) in labelled
                and ends_line(close.get(p))
                and not _whole_form(text, p, close[p], conv)
            )
        ):
            scores[p] = score
    if not labelled and all(scores[p] <= 0 for p in scores if p not in naive):
        return unclosed
    index = {p: i for i, p in enumerate(events)}
    candidates = sorted(scores, reverse=True)
    heap: list[tuple[float, int, int]] = []
    chosen: list[int] = []
    c = 0
    for j in range(m - 1, -1, -1):
        while c < len(candidates) and index[candidates[c]] >= deadlines[j]:
            p = candidates[c]
            heapq.heappush(heap, (-scores[p], -(p in naive), -p))
            c += 1
        if not heap:
            return unclosed
        chosen.append(-heapq.heappop(heap)[2])
    return sorted(chosen)


def _whole_form(text: str, p: int, q: int, conv: Conventions | None) -> bool:
    """Whether the span from ``p`` to ``q`` reads whole on its own, by a cue of its inside
    (``[illegible]``, ``[?]``): no note left open took its ``]`` (``[handwritten: 1077/4367[?]
    [illegible]`` leaves the note open), unlike words that lost their ``[`` (``[Stamp: "to
    [Ivanov and Orlov"]``)."""
    return read_inside(text[p + 1 : q], conv).because != _DEFAULT_BECAUSE


#: Words of a note label that is not in the conventions' list (``[Resolution of the CC:``).
_LABEL_WORDS = 3
#: Words of a label that names a physical thing or a note's head (``[partial image of a stamp:``).
_THING_LABEL_WORDS = 6


def _opens_labelled_note(text: str, u: int, conv: Conventions | None) -> bool:
    """Whether the ``[`` at ``u`` opens a labelled note: ``[Stamp: …``, ``[Ed. note: …`` (a
    label of the conventions' list), or a capitalised label of up to three words whose first
    word has two letters or more (``[Resolution: …``; not ``[a: …``)."""
    m = _LABEL_START.match(text, u + 1)
    if m is None:
        return False
    written = text[u + 1 : m.end() - 1].strip()
    label = written.casefold().rstrip(". ")
    listed = (conv or Conventions.default()).note_labels
    if label in listed:
        return True
    words = written.split()
    if 0 < len(words) <= _LABEL_WORDS and written[0].isupper() and sum(map(str.isalpha, words[0])) >= 2:
        return True
    # a longer or lower-case label naming a physical thing or a note's head anywhere:
    # "[partial image of a stamp: …", "[faded USSR MFA Stamp: …"
    conv = conv or Conventions.default()
    return len(words) <= _THING_LABEL_WORDS and any(
        (w := fold(word).strip(TRAILING)) in conv.physical_things or w in conv.label_heads for word in words
    )


def offset_type(n: int) -> str:
    """The array type code that holds offsets into a text of ``n`` code points."""
    return "i" if n < 2**31 - 1 else "q"
