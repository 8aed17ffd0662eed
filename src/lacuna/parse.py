"""Text → typed, lossless tree.

The structure (which ``[`` closes with which ``]``) comes from one pass of a flat-span
pattern when no span holds another, else from one literal scan for bracket characters and an
explicit stack: linear, with no recursion, whatever the nesting.
Each span's inside is read by :mod:`lacuna.classify` (the Lark grammar plus the
conventions table, cached per distinct inside).

Modes:

* **lenient** (default): a bracket that does not pair stays in the text as a literal
  character, and a :class:`~lacuna.errors.Diagnostic` is added to ``Document.diagnostics``.
* **strict**: the first such problem raises :class:`~lacuna.errors.MarkupError`
  (``FILE:LINE:COL: what is wrong``).

Either way ``parse(text).source() == text``.
"""

from __future__ import annotations

import bisect
import dataclasses
import heapq
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from lacuna.ast import Document, SourceText, SpanInfo, Tree
from lacuna.classify import NESTED_MARK, double_bracket, in_context, read_inside, unclosed_reading
from lacuna.classify.inside import _DEFAULT_BECAUSE
from lacuna.conventions import Conventions, fold
from lacuna.errors import Diagnostic, LacunaError, MarkupError, expect

__all__ = ["MAX_DIAGNOSTICS", "bracket_positions", "parse", "parse_bytes", "parse_file", "read_text_file"]

#: The lone surrogates of undecodable bytes (built with ``chr``: mypyc takes no surrogate in a
#: string literal)
_UNDECODED = re.compile("[" + chr(0xDC80) + "-" + chr(0xDCFF) + "]")

#: Diagnostics kept per document; the rest are counted in one closing diagnostic.
MAX_DIAGNOSTICS = 1000


def parse(
    text: str,
    *,
    source: str | None = None,
    strict: bool = False,
    conventions: Conventions | None = None,
) -> Document:
    """Parse bracket markup into a :class:`~lacuna.ast.Document`.

    ``source`` names the text in diagnostics (a file name). Lenient unless ``strict``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    if conventions is not None:
        expect(conventions, Conventions, "parse", "conventions")
    conv = conventions or Conventions.default()
    src = SourceText(text, source)
    # Most texts pair every bracket, most often with no span inside another: one pass of a
    # pattern finds such spans; else one pass over the brackets pairs and builds, checking
    # that they do.
    tree = _build_flat(src, conv)
    if tree is None:
        tree = _build(src, _positions_by_block(text), None, conv, check=True)
    if tree is not None:
        return Document.from_tree(tree, ())
    # Some bracket does not pair, or a pair crosses a paragraph break: pair them first.
    positions = _positions(text)
    stray, unclosed = _pair(text, positions, conv)
    diagnostics: tuple[Diagnostic, ...] = ()
    literal: set[int] | None = None
    if stray or unclosed:
        if strict:
            raise MarkupError(_diagnose(src, stray, unclosed, limit=1, suffix="")[0])
        diagnostics = _diagnose(src, stray, unclosed) + _swallowing(src, unclosed, conv)
        literal = set(stray)
        literal.update(unclosed)
    # The build reads the brackets again, block by block (memchr speed), rather than keeping
    # their array alongside the tree it grows: a lower peak (bench/render.py) for a few % of time.
    del positions
    # (The cyclic GC runs: the tree makes no object per node, and the reading of the insides
    # leaves cyclic garbage that a pause would keep until the end, 0.6 MB per MB of input at
    # five times the real density; bench/render.py.)
    tree = _build(src, _positions_by_block(text), literal, conv)
    assert tree is not None  # (no check)
    return Document.from_tree(tree, diagnostics)


def _swallowing(src: SourceText, unclosed: list[int], conv: Conventions) -> tuple[Diagnostic, ...]:
    """A diagnostic for each unclosed ``[`` that opens a gap or a note running on across a line
    break or a sentence end: its ``]`` is probably missing there (issue 13)."""
    out = []
    for p in unclosed[:MAX_DIAGNOSTICS]:
        found = unclosed_reading(src.text, p, conv)
        if found is None:
            continue
        category, stop = found
        line, column = src.line_column(stop)
        what = "gap" if category == "gap" else "note"
        message = (
            f"the {what} opened at line {src.line_column(p)[0]} runs on here: its ']' is probably missing"
        )
        out.append(Diagnostic("unclosed-" + what, message, line, column, p, stop, src.name))
    return tuple(out)


#: Characters searched per block by :func:`bracket_positions`.
_BLOCK = 1 << 16


def bracket_positions(text: str) -> list[int]:
    """Offsets of every ``[`` and ``]``, in order."""
    return _positions(text).tolist()


def _positions(text: str) -> array:
    """Offsets of every ``[`` and ``]``, in order, in an array (4 bytes each, where a list
    takes a slot and an int object: a tenth of the memory).

    Two ``str.find`` cursors (memchr speed) rather than a ``[\\[\\]]`` regex, whose
    character-class scan runs about 20 times slower on bracket-free text. The cursors run
    block by block, so the second search reads a block the first one has just brought into
    the CPU cache (a long text is read from memory once, not twice).
    """
    out = array(_offset_type(len(text)))
    for lo in range(0, len(text), _BLOCK):
        _block_positions(text, lo, min(len(text), lo + _BLOCK), out.append)
    return out


def _positions_by_block(text: str) -> Iterator[int]:
    """:func:`_positions`, one block at a time (no array of the whole text's brackets)."""
    kind = _offset_type(len(text))
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


def _pair(
    text: str, positions: Sequence[int], conventions: Conventions | None = None
) -> tuple[list[int], list[int]]:
    """Find the brackets that pair with none: (stray ``]`` positions, unclosed ``[`` positions).

    Brackets pair within their paragraph only (paragraphs end at a blank line): a bracket
    never pairs across one, so how a paragraph's brackets pair depends on that paragraph
    alone, wherever it stands. Within a paragraph, a stack pairs them, and when some ``[``
    cannot pair :func:`_human_reading` chooses which stay literal.

    Every other bracket pairs; since pairs never cross, the stack in :func:`_build` then
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
                if _PARAGRAPH_END.search(text, o, p) is not None:
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
    """:func:`_pair`, one paragraph at a time (a stack per paragraph).

    One exception keeps multi-paragraph stamps whole (``[CPSU CC stamp:\n\n41713\n\n15
    DECEMBER 1969]``): a labelled note left open at the end of its paragraph, as that
    paragraph's only literal ``[`` and with the brackets after it balanced, takes the first
    stray ``]`` of one of the next :data:`_NOTE_PARAGRAPHS` paragraphs when every paragraph
    between pairs all its brackets. So does any such ``[`` whose paragraph a page's line wrap
    broke off mid-sentence (a hyphen or an HTML line break at its end, no stop after the ``[``:
    ``[4 groups un-<br />\n\nrecovered]``), with the first stray ``]`` of the next paragraph;
    and any such ``[`` whose paragraph ends on a word with no stop after the ``[`` (a page whose
    lines a blank line parts: ``[Saddam is laughing loud and\n\nhard]``), with a stray ``]``
    a few words into the next paragraph, before any stop there (:func:`_runs_on`).
    What decides still lies within those few paragraphs.
    """
    stray: list[int] = []
    unclosed: list[int] = []
    breaks = iter(_PARAGRAPH_END.finditer(text, positions[0], positions[-1]))
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
        elif pending >= 0 and (literal or para_stray or passed >= reach):
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
_PARAGRAPH_END = re.compile(r"(?>\r\n|\r|\n)[ \t]*+[\r\n]")
_LABEL_START = re.compile(r"[^\W\d_][^:\[\]\"“”?,;\n]{0,40}:")
_TRAILING = " \t.,;:\"”’'"


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
        (w := fold(word).strip(_TRAILING)) in conv.physical_things or w in conv.label_heads for word in words
    )


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
            self._last = p + len(text[p:end].rstrip(_TRAILING)) - 1
        return p >= self._last


def _diagnose(
    src: SourceText,
    stray: list[int],
    unclosed: list[int],
    limit: int = MAX_DIAGNOSTICS,
    suffix: str = " (kept as text)",
) -> tuple[Diagnostic, ...]:
    """The diagnostics of the unpaired brackets, in text order: at most ``limit``, then one
    that counts the rest. ``suffix`` ends each message (lenient mode keeps the bracket as
    text; strict mode raises on the first, and says nothing of keeping it)."""
    problems = sorted([(p, "stray-bracket") for p in stray] + [(p, "unclosed-bracket") for p in unclosed])
    out = []
    for p, code in problems[:limit]:
        line, column = src.line_column(p)
        message = "']' has no matching '['" if code == "stray-bracket" else "'[' is never closed"
        out.append(Diagnostic(code, message + suffix, line, column, p, p + 1, src.name))
    if limit == MAX_DIAGNOSTICS and len(problems) > MAX_DIAGNOSTICS:
        p = problems[MAX_DIAGNOSTICS][0]
        line, column = src.line_column(p)
        rest = len(problems) - MAX_DIAGNOSTICS
        out.append(
            Diagnostic(
                "too-many-problems",
                f"{rest} more unpaired brackets from here on (kept as text)",
                line,
                column,
                p,
                p + 1,
                src.name,
            )
        )
    return tuple(out)


def _build(
    src: SourceText,
    positions: Iterable[int],
    literal: set[int] | None,
    conv: Conventions,
    *,
    check: bool = False,
) -> Tree | None:
    """The compact tree of the spans, from the bracket positions, skipping the ``literal``
    (unpaired) ones: each span's offsets and reading, numbered in document order.

    With ``check``, None as soon as a ``]`` has no ``[``, a top-level pair crosses a paragraph
    break or a ``[`` is left open (then :func:`_pair` must choose what stays literal first):
    the tree otherwise is the one :func:`_pair` and a build would make."""
    text = src.text
    skip = literal or ()
    cached = conv._cache.get
    kind = _offset_type(len(text))
    starts = array(kind)
    ends = array(kind)
    sizes = array(kind)
    infos: list[SpanInfo] = []
    gloss_spans, gloss_starts, gloss_ends = array(kind), array(kind), array(kind)  # -1: None
    tree = Tree(src, starts, ends, sizes, infos, gloss_spans, array(kind))
    open_spans: list[int] = []  # the numbers of the spans whose "]" is still to come
    find = text.find
    for p in positions:
        if p in skip:
            continue
        if text[p] == "[":
            open_spans.append(len(infos))
            starts.append(p)
            ends.append(0)
            sizes.append(0)
            infos.append(_PENDING)
            continue
        if check and not open_spans:
            return None  # a stray "]"
        i = open_spans.pop()
        end = p + 1
        ends[i] = end
        size = len(infos) - i - 1
        start = starts[i]
        if (
            check
            and not open_spans
            and (find("\n", start, p) >= 0 or find("\r", start, p) >= 0)
            and _PARAGRAPH_END.search(text, start, p) is not None
        ):
            return None  # a top-level pair across a paragraph break
        if size:
            sizes[i] = size
            info, glossed_start, glossed_end = _nested_info(tree, i, conv)
        else:
            # the common case: a span with no span inside it
            inside = text[start + 1 : p]
            info = cached(inside) or read_inside(inside, conv)
            glossed_start = glossed_end = None
            if info.category in _IN_CONTEXT:
                info, glossed_start, glossed_end = in_context(info, text, start, end, conv, inside=inside)
        infos[i] = info
        if glossed_start is not None or glossed_end is not None:
            gloss_spans.append(i)
            gloss_starts.append(-1 if glossed_start is None else glossed_start)
            gloss_ends.append(-1 if glossed_end is None else glossed_end)
    if check and open_spans:
        return None  # a "[" left open
    # spans close inner first: put the glosses in span order (for a binary search)
    order: Sequence[int] = range(len(gloss_spans))
    if any(gloss_spans[k] > gloss_spans[k + 1] for k in range(len(gloss_spans) - 1)):
        order = sorted(order, key=gloss_spans.__getitem__)
        gloss_spans[:] = array(kind, [gloss_spans[k] for k in order])
    for k in order:
        tree.gloss_offsets.append(gloss_starts[k])
        tree.gloss_offsets.append(gloss_ends[k])
    return tree


#: A span with no bracket inside it (the bench's scan: its literal first character is searched
#: at memchr speed, where a branch for a lone bracket made the pass five times slower).
_FLAT = re.compile(r"\[([^\[\]]*)\]")


def _build_flat(src: SourceText, conv: Conventions) -> Tree | None:
    """The tree of a text whose brackets all pair with no span inside another and no span
    across a paragraph break (the spans of one pass of :data:`_FLAT`), or None for any other
    text, as soon as that shows: :func:`_build` makes the same tree of such a text."""
    text = src.text
    cached = conv._cache.get
    kind = _offset_type(len(text))
    starts = array(kind)
    ends = array(kind)
    infos: list[SpanInfo] = []
    gloss_spans, gloss_offsets = array(kind), array(kind)  # -1: None
    find = text.find
    first = find("[")  # (memchr speed: a text without brackets is not scanned by the pattern)
    if first < 0:
        first = len(text)
    last = 0  # the end of the last span
    for m in _FLAT.finditer(text, first):
        start, end = m.span()
        if find("[", last, start) >= 0 or find("]", last, start) >= 0:
            return None  # a bracket in no flat span: a nested span, or an unpaired bracket
        last = end
        inside = m.group(1)
        if ("\n" in inside or "\r" in inside) and _PARAGRAPH_END.search(inside) is not None:
            return None
        info = cached(inside) or read_inside(inside, conv)
        if info.category in _IN_CONTEXT:
            info, glossed_start, glossed_end = in_context(info, text, start, end, conv, inside=inside)
            if glossed_start is not None or glossed_end is not None:
                gloss_spans.append(len(infos))
                gloss_offsets.append(-1 if glossed_start is None else glossed_start)
                gloss_offsets.append(-1 if glossed_end is None else glossed_end)
        starts.append(start)
        ends.append(end)
        infos.append(info)
    if find("[", last) >= 0 or find("]", last) >= 0:
        return None
    sizes = array(kind, bytes(starts.itemsize * len(starts)))  # no span inside another
    return Tree(src, starts, ends, sizes, infos, gloss_spans, gloss_offsets)


#: A reading not yet made (a span whose "]" the build has not reached).
_PENDING = SpanInfo("other", because="pending")


def _offset_type(n: int) -> str:
    """The array type code that holds offsets into a text of ``n`` code points."""
    return "i" if n < 2**31 - 1 else "q"


#: The categories whose reading the neighbouring text may change (see :func:`in_context`; a gap
#: only when missing_item read it, a field label perhaps, or illegible_dashes, a hyphen
#: supplied; a note only when labelled_note or citation read it, a translated title perhaps; a
#: gloss only when labelled_reading read it, its glossed word; a page marker when it opens a
#: line before a comma, a page cited; other only for empty brackets, a gap glued to a word).
_IN_CONTEXT = frozenset(
    {"supplied", "footnote_ref", "uncertain", "gap", "editor_note", "gloss", "page_break", "other"}
)


#: A character that is not white space (the span's own words on a side of a nested marker).
_WORDS_AROUND = re.compile(r"\S")


def _nested_info(tree: Tree, i: int, conv: Conventions) -> tuple[SpanInfo, int | None, int | None]:
    """The reading of span ``i``, which has spans inside it, and its glossed offsets."""
    text = tree.src.text
    starts, ends, sizes, infos = tree.starts, tree.ends, tree.sizes, tree.infos
    start, end = starts[i], ends[i]
    parts: list[str] = []
    marks: dict[int, tuple[int, int]] = {}  # offset of each span's mark in the inside -> the span
    first_inner: SpanInfo | None = None
    size = 0
    cursor = start + 1
    j, last = i + 1, i + 1 + sizes[i]
    while j < last:
        a, b = starts[j], ends[j]
        if cursor < a:
            parts.append(text[cursor:a])
            size += a - cursor
        cursor = b
        if (
            infos[j].category == "page_break"
            and _WORDS_AROUND.search(text, start + 1, a) is not None
            and _WORDS_AROUND.search(text, b, end - 1) is not None
        ):
            # a page marker inside a span is the page's, not the span's: it is read as if
            # absent ("[less than 1 [Page 937] line of source text not declassified]", a gap)
            j += 1 + sizes[j]
            continue
        marks[size] = (a, b)
        if first_inner is None:
            first_inner = infos[j]
        parts.append(NESTED_MARK)
        size += 1
        j += 1 + sizes[j]
    if cursor < end - 1:
        parts.append(text[cursor : end - 1])
    inside = "".join(parts)
    if inside.strip() == NESTED_MARK and len(marks) == 1 and first_inner is not None:
        info = double_bracket(first_inner)
    else:
        info = read_inside(inside, conv)
    glossed_start = glossed_end = None
    if info.category in _IN_CONTEXT:
        # the marked inside, not text[start + 1 : end - 1]: a copy of every nested level's
        # whole inside would make deep nesting quadratic
        info, glossed_start, glossed_end = in_context(info, text, start, end, conv, inside=inside)
    info = _unmarked(info, inside, marks, text)
    return info, glossed_start, glossed_end


#: The fields of a reading that quote its inside (and may quote a nested span in it).
_QUOTING_FIELDS = ("extent", "unit", "reason", "conjecture", "label", "correction", "number", "because")
#: Characters of a nested span quoted in a field; a longer one is cut, with "…".
_QUOTE_LIMIT = 80


def _unmarked(info: SpanInfo, inside: str, marks: dict[int, tuple[int, int]], text: str) -> SpanInfo:
    """``info`` with each nested-span mark in its fields replaced by that span as written:
    ``[one word missing, presumably "the [CPC]"]`` has the conjecture ``the [CPC]``.

    ``marks`` maps the offset of each mark in ``inside`` to its span's ``(start, end)``. A field
    is found in the inside where it was read from (the last occurrence for a conjecture or correction, which
    end an inside; the first for the others), so each mark gets its own span; a U+FFFC that
    the input itself holds stays as it is.
    """
    changes: dict[str, str] = {}
    for name in _QUOTING_FIELDS:
        value = getattr(info, name)
        if not isinstance(value, str) or NESTED_MARK not in value:
            continue
        at = inside.rfind(value) if name in ("conjecture", "correction") else inside.find(value)
        out: list[str] = []
        for j, ch in enumerate(value):
            span = marks.get(at + j) if ch == NESTED_MARK and at >= 0 else None
            if span is None:
                out.append(ch)
                continue
            a, b = span
            quoted = text[a : min(b, a + _QUOTE_LIMIT)]
            out.append(quoted if b - a <= _QUOTE_LIMIT else quoted + "…")
        changes[name] = "".join(out)
    return dataclasses.replace(info, **changes) if changes else info  # type: ignore[arg-type]


def _read_bytes(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise LacunaError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def read_text_file(path: str | Path) -> str:
    """Read a file as UTF-8 without newline translation; undecodable bytes are kept
    (as lone surrogates, ``surrogateescape``) so a diplomatic render restores them.
    """
    return _read_bytes(path).decode("utf-8", errors="surrogateescape")


def parse_bytes(
    data: bytes,
    *,
    source: str | None = None,
    strict: bool = False,
    conventions: Conventions | None = None,
) -> Document:
    """Decode UTF-8 bytes (a file's, standard input's) and parse them, checking the encoding.

    Line breaks are not translated; bytes that are not UTF-8 are kept (as lone surrogates,
    ``surrogateescape``) so a diplomatic render restores them, and the first of them gets an
    ``invalid-utf8`` diagnostic. In strict mode it is an error, like a bracket problem: the
    one that comes first in the text is raised. ``source`` names the input in diagnostics.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"parse_bytes() takes bytes, not {type(data).__name__}")
    text = str(data, "utf-8", "surrogateescape")
    bad = _undecoded(text, source, strict)
    if bad is not None and strict:
        try:
            parse(text, source=source, strict=True, conventions=conventions)
        except MarkupError as exc:
            if exc.diagnostic.start < bad.start:
                raise  # a bracket problem comes first in the text
        raise MarkupError(bad)
    doc = parse(text, source=source, strict=strict, conventions=conventions)
    if bad is not None:
        diagnostics = tuple(sorted((bad, *doc.diagnostics), key=lambda d: d.start))
        doc = doc.with_diagnostics(diagnostics)
    return doc


def parse_file(path: str | Path, strict: bool = False, *, conventions: Conventions | None = None) -> Document:
    """Read and parse a UTF-8 file (see :func:`parse_bytes`); the file name appears in
    diagnostics and errors.

    In strict mode, bytes that are not UTF-8 are an error too.
    """
    return parse_bytes(_read_bytes(path), source=str(path), strict=strict, conventions=conventions)


def _undecoded(text: str, name: str | None, strict: bool = False) -> Diagnostic | None:
    """A diagnostic for the first byte that was not UTF-8, if any (strict: an error, not kept)."""
    bad = _UNDECODED.search(text)
    if bad is None:
        return None
    i = bad.start()
    line, column = SourceText(text, name).line_column(i)
    kept = "" if strict else " (kept as is)"
    message = f"byte 0x{ord(bad.group()) - 0xDC00:02x} is not valid UTF-8{kept}"
    return Diagnostic("invalid-utf8", message, line, column, i, i + 1, name)
