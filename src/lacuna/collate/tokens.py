"""Word tokens of a witness: markup-aware, keyed by the witness's normalised text.

A witness is read as a reader reads it (:func:`reading`): supplied letters and words are
part of the text (``A[ndrei]`` is one word, ``Andrei``), an uncertain reading is read
without its question marks, a gap is one placeholder, and notes, ``[sic]``, note
references and page markers are left out. A gloss (``Filippov [Stalin]``) is not a word
of the text: it is an annotation of the token it glosses (:attr:`Token.glosses`).

That reading is normalised as a whole with :func:`lacuna.normalize.normalize` (the steps
of ``lacuna normalize``, :data:`KEY_STEPS` by default), so steps that rewrite several words
at once apply: ``Mao Tse-tung`` → ``mao zedong``, ``31 March 1956`` → ``1956-03-31``. The
words of the normalised text are the tokens' keys; the offset maps take each key back to
the words as written, which the token keeps (:attr:`Token.start`, :attr:`Token.end`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

import regex

from lacuna.ast import Document, Note, Span, SpanInfo
from lacuna.normalize import normalize, parse_steps
from lacuna.normalize.transliteration import Transliteration
from lacuna.render.clean import CLEAN_RULES

__all__ = [
    "GAP_KEY",
    "KEY_STEPS",
    "STATUSES",
    "ReadingText",
    "Token",
    "described_gap",
    "normalize_token",
    "reading",
    "segments",
    "tokenize",
]

#: The editorial statuses a token can have.
STATUSES: tuple[str, ...] = ("plain", "supplied", "uncertain", "partial", "gap", "note")

#: The comparison key of every gap placeholder.
GAP_KEY = "\x00gap"

#: The :mod:`lacuna.normalize` steps that make the keys (``brackets`` is never applied:
#: the markup is read by :func:`reading`; ``whitespace`` changes no key).
KEY_STEPS = "nfkc,quotes,dashes,transliteration,dates,casefold"

_WORD = regex.compile(r"[\w\p{M}]+(?:['’\-][\w\p{M}]+)*")
_GAP_CHAR = "\ue000"  # stands for a gap in the reading text (only where a gap is)
_KEY_TOKEN = regex.compile(r"\ue000|[\w\p{M}]+(?:['’\-][\w\p{M}]+)*")

# category -> status of the words inside (spans not listed read as plain).
_STATUS_OF = {"supplied": "supplied", "uncertain": "uncertain"}


class Token(NamedTuple):
    """One word of a witness.

    ``text`` is the word as read (``Andrei``; a gap: the gap as written); ``start:end``
    its place in the witness, the brackets of a span whose words it holds whole included
    (``A[ndrei]``, ``[no]``); ``key`` what alignment compares; ``status`` one of
    :data:`STATUSES` (``partial``: some letters supplied or uncertain, others not);
    ``glosses`` the insides of the glosses that follow it (``Filippov [Stalin]`` →
    ``("Stalin",)``); ``info`` what a gap says of itself (extent, unit, ...), gaps only.
    A key made of several written words (``31 March 1956``) is one token that covers
    them all; when one written phrase gives several keys that cannot be shared out
    word by word, the later tokens have an empty ``text`` at the phrase's end.
    """

    text: str
    key: str
    start: int
    end: int
    status: str
    glosses: tuple[str, ...] = ()
    info: SpanInfo | None = None


def described_gap(span: Span) -> SpanInfo | None:
    """For a note whose body describes a gap, what the body says (a gap ``SpanInfo``); else None.

    ``[Translator's note: one word off the page in the left margin]`` reads as the gap
    ``one word off the page``, with the conventions the document was parsed with.
    """
    if not isinstance(span, Note) or span.info.reason is None:
        return None
    return span.info  # the classifier read the body as a gap (lacuna.classify._gap_note)


def normalize_token(word: str, steps: str = KEY_STEPS) -> str:
    """The key of one word on its own (the tokens of a witness are keyed in context)."""
    return normalize(word, _key_steps(steps)).text


@dataclass(frozen=True, slots=True)
class ReadingText:
    """A witness read as a reader reads it, with the way back to the source.

    ``text`` is made of pieces; piece ``k`` is ``text[r0[k]:r0[k+1]]`` and came from the
    source's ``[s0[k], s1[k])``: character for character when ``status[k]`` is a word
    status, else (``gap``, ``boundary``) one character standing for that whole span.
    """

    text: str
    r0: list[int]
    s0: list[int]
    s1: list[int]
    status: list[str]
    infos: dict[int, SpanInfo]
    glosses: list[tuple[int, str]]
    unwrapped: list[tuple[int, int, int, int]]


def reading(doc: Document, *, notes: bool = False) -> ReadingText:
    """The reading text of ``doc`` (see the module docstring); ``notes``: keep notes' words."""
    src = doc.text
    parts: list[str] = []
    r0: list[int] = []
    s0: list[int] = []
    s1: list[int] = []
    status: list[str] = []
    infos: dict[int, SpanInfo] = {}
    glosses: list[tuple[int, str]] = []
    unwrapped: list[tuple[int, int, int, int]] = []  # (lo, hi, start, end): a span read through
    pos = 0
    statuses: list[str] = []
    clips: list[tuple[int, int]] = []  # an uncertain reading: the range inside its question marks

    def piece(text: str, a: int, b: int, st: str) -> None:
        nonlocal pos
        parts.append(text)
        r0.append(pos)
        s0.append(a)
        s1.append(b)
        status.append(st)
        pos += len(text)

    def dropped(span: Span) -> bool:
        return CLEAN_RULES.get(span.category) == "drop"

    def opaque(span: Span) -> bool:
        if span.category in ("gap", "gloss") or described_gap(span) is not None:
            return True
        inside_note = bool(statuses) and statuses[-1] == "note"
        return dropped(span) and not notes and not inside_note

    for node, entering in doc.events(prune=opaque):
        if not isinstance(node, Span):
            lo, hi = node.start, node.end
            if clips:
                lo, hi = max(lo, clips[-1][0]), min(hi, clips[-1][1])
            if lo < hi:
                piece(src[lo:hi], lo, hi, statuses[-1] if statuses else "plain")
            continue
        if not entering:
            own = statuses.pop()
            if own == "note" and (not statuses or statuses[-1] != "note"):
                piece(" ", node.end, node.end, "boundary")
            if node.category == "uncertain":
                clips.pop()
            continue
        outer = statuses[-1] if statuses else "plain"
        category = node.category
        info = node.info if category == "gap" else described_gap(node)
        if info is not None:
            infos[len(r0)] = info
            piece(_GAP_CHAR, node.start, node.end, "gap")
            continue
        if category == "gloss":
            glosses.append((node.start, node.inside))
            piece(" ", node.start, node.end, "boundary")
            continue
        if outer == "note" or dropped(node):
            if not notes and outer != "note":
                piece(" ", node.start, node.end, "boundary")
                continue
            if outer != "note":
                piece(" ", node.start, node.start, "boundary")
            statuses.append("note")
        else:
            own = _STATUS_OF.get(category, "plain")
            statuses.append(outer if own == "plain" or outer != "plain" else own)
        lo, hi = node.start + 1, node.end - 1
        marks = "? \t" if category == "uncertain" else " \t"
        while lo < hi and src[lo] in marks:
            lo += 1
        while hi > lo and src[hi - 1] in marks:
            hi -= 1
        if category == "uncertain":
            clips.append((lo, hi))
        if lo < hi:
            unwrapped.append((lo, hi, node.start, node.end))
    unwrapped.sort()
    return ReadingText("".join(parts), r0, s0, s1, status, infos, glosses, unwrapped)


def _key_steps(steps: str | Iterable[str] | None) -> tuple[str, ...]:
    chosen = parse_steps(KEY_STEPS if steps is None else steps)
    return tuple(s for s in chosen if s != "brackets")


def tokenize(
    doc: Document,
    *,
    notes: bool = False,
    steps: str | Iterable[str] | None = None,
    transliteration: Transliteration | None = None,
) -> list[Token]:
    """The word tokens of a witness in document order (see the module docstring).

    ``steps`` are :mod:`lacuna.normalize` steps (default :data:`KEY_STEPS`); ``notes``
    keeps the words of notes and other dropped spans (status ``note``).
    """
    rd = reading(doc, notes=notes)
    norm = normalize(rd.text, _key_steps(steps), transliteration=transliteration)
    maker = _Maker(rd, doc.text)
    rtext = rd.text
    # keys in order with their reading spans, one ahead (a lookahead finds the groups)
    pending: list[tuple[int, int, str]] = []
    for item in _keys_in_reading(norm):
        if pending and item[0] < max(p[1] for p in pending):
            pending.append(item)  # overlaps: one rewritten phrase
            continue
        _flush(maker, rtext, pending)
        pending = [item]
    _flush(maker, rtext, pending)
    out = maker.out
    _attach_glosses(out, rd.glosses)
    return out


def _keys_in_reading(norm: Any) -> Iterator[tuple[int, int, str]]:
    """Each key of the normalised text with its span in the reading text, in order (a
    sweep over the offset map's blocks; the map's own look-up where a block is near)."""
    blocks = list(norm.offsets.blocks())
    nb = len(blocks)
    ntext = norm.text
    bi = 0
    delta = 0
    for m in _KEY_TOKEN.finditer(ntext):
        s, e = m.span()
        while bi < nb and blocks[bi][3] < s:
            delta = blocks[bi][1] - blocks[bi][3]
            bi += 1
        if bi < nb and blocks[bi][2] <= e:
            a, b = norm.to_original_span(s, e)
            yield a, b, m.group()
        else:
            yield s + delta, e + delta, m.group()


def _flush(maker: _Maker, rtext: str, pending: list[tuple[int, int, str]]) -> None:
    if len(pending) == 1:
        a, b, key = pending[0]
        maker.add(a, b, key)
    elif pending:
        lo, hi = pending[0][0], max(p[1] for p in pending)
        for (a, b), (_, _, key) in zip(_share_out(rtext, lo, hi, len(pending)), pending, strict=True):
            maker.add(a, b, key)


def _share_out(rtext: str, lo: int, hi: int, count: int) -> list[tuple[int, int]]:
    """Share the written words of ``rtext[lo:hi]`` out among ``count`` keys, in order."""
    words = [(m.start(), m.end()) for m in _KEY_TOKEN.finditer(rtext, lo, hi)] or [(lo, hi)]
    if len(words) == count:
        return words
    if len(words) > count:
        return [*words[: count - 1], (words[count - 1][0], words[-1][1])]
    end = words[-1][1]
    return [*words, *[(end, end)] * (count - len(words))]


class _Maker:
    """Makes the tokens of reading spans given in order (sweeps over the pieces and spans)."""

    def __init__(self, rd: ReadingText, src: str) -> None:
        self.rd = rd
        self.src = src
        self.out: list[Token] = []
        self.k = 0  # the piece of the last span's start
        self.u = 0  # the first unwrapped span not wholly before the last token
        self.strings: dict[str, str] = {}  # one object per distinct word and key
        self.ends = [*rd.r0[1:], len(rd.text) + 1]

    def add(self, a: int, b: int, key: str) -> None:
        """The token of reading span ``[a, b)`` with ``key`` (none for a stray gap character)."""
        rd = self.rd
        r0, ends, status = rd.r0, self.ends, rd.status
        k = self.k
        while ends[k] <= a:
            k += 1
        self.k = k
        st = status[k]
        if key == _GAP_CHAR:
            if st == "gap" and r0[k] == a:
                start, end = rd.s0[k], rd.s1[k]
                self.out.append(Token(self.src[start:end], GAP_KEY, start, end, "gap", (), rd.infos.get(k)))
            return  # else the input's own U+E000, not a gap
        if st in _SPECIAL:
            start = rd.s0[k]
        else:
            start = rd.s0[k] + a - r0[k]
        if b <= a:
            end = start
            st = "plain" if st in _SPECIAL else st
        elif b <= ends[k] and st not in _SPECIAL:
            end = start + (b - a)
        else:
            j = k
            while ends[j] < b:
                j += 1
            end = rd.s1[j] if status[j] in _SPECIAL else rd.s0[j] + b - r0[j]
            kinds = {status[i] for i in range(k, j + 1)} - _SPECIAL or {"plain"}
            st = kinds.pop() if len(kinds) == 1 else "partial"
        spans = rd.unwrapped
        if spans:
            u = self.u
            while u < len(spans) and spans[u][0] < start:
                u += 1
            self.u = u
            s, e = start, end
            while u < len(spans) and spans[u][0] < end:
                _, hi, x, y = spans[u]
                if hi <= end:
                    s, e = min(s, x), max(e, y)
                u += 1
            start, end = s, e
        strings = self.strings
        key = strings.setdefault(key, key)
        text = rd.text[a:b]
        text = strings.setdefault(text, text)
        self.out.append(Token(text, key, start, end, st))


_SPECIAL = frozenset({"gap", "boundary"})


def _attach_glosses(tokens: list[Token], glosses: list[tuple[int, str]]) -> None:
    if not glosses:
        return
    ends = [t.end for t in tokens]
    extra: dict[int, list[str]] = {}
    for at, inside in glosses:
        k = bisect.bisect_right(ends, at) - 1
        if k >= 0:
            extra.setdefault(k, []).append(inside)
    for k, more in extra.items():
        tokens[k] = tokens[k]._replace(glosses=(*tokens[k].glosses, *more))


def segments(tokens: list[Token], text: str) -> list[int]:
    """Where each token's stretch of the source starts, and the source's length, last.

    Token ``k`` owns ``text[b[k]:b[k+1]]``: itself, the markup and punctuation after it
    (a gloss, a note) and the white space after that; the first token also owns what comes
    before it. Joining the stretches gives the text back exactly.
    """
    bounds = [0] * (len(tokens) + 1)
    bounds[-1] = len(text)
    for k in range(1, len(tokens)):
        prev_end, start = tokens[k - 1].end, tokens[k].start
        if start <= prev_end:
            bounds[k] = max(prev_end, bounds[k - 1])
            continue
        cut = start
        # after the last run of white space between them, else at the token
        i = start
        while i > prev_end and not text[i - 1].isspace():
            i -= 1
        cut = i if i > prev_end else start
        bounds[k] = max(cut, bounds[k - 1])
    return bounds
