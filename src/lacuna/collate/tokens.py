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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import regex

from lacuna.ast import Document, Span, SpanInfo
from lacuna.editorial import CLEAN_RULES, Scope, convention, piece_scopes, reading_pieces
from lacuna.normalize import normalize, parse_steps
from lacuna.normalize.transliteration import Transliteration

__all__ = [
    "GAP_KEY",
    "KEY_STEPS",
    "NAMES_STEP",
    "NOTES_RULES",
    "READING_RULES",
    "STATUSES",
    "ReadingText",
    "Token",
    "described_gap",
    "normalize_token",
    "parse_key_steps",
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

#: A word: letters and digits, joined by an apostrophe or hyphen between them (``don’t``,
#: ``Soviet-Chinese``), and a clitic after a stop and an apostrophe (``A.’s``, ``U.S.'ll``,
#: Venona's ``[D% A.’s]``: one word, not ``A`` and ``s``). A quote closing after a stop
#: (``‘Ales.’ He``, ``Moscow.’The``) is not in the word.
_WORD_PATTERN = r"[\w\p{M}]+(?:['’\-][\w\p{M}]+)*(?:\.['’](?i:s|d|ll|re|ve|m|t)(?![\w\p{M}]))?"
_WORD = regex.compile(_WORD_PATTERN)
_GAP_CHAR = "\ue000"  # stands for a gap in the reading text (only where a gap is)
_KEY_TOKEN = regex.compile(r"\ue000|" + _WORD_PATTERN)


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
    ``one word off the page``, with the conventions the document was parsed with (the
    ``gap_note`` row of the editorial rules, :func:`lacuna.editorial.convention`).
    """
    return span.info if convention(span) == "gap_note" else None


def normalize_token(word: str, steps: str = KEY_STEPS) -> str:
    """The key of one word on its own (the tokens of a witness are keyed in context)."""
    return normalize(word, _key_steps(steps)).text


#: How a witness is read (:func:`lacuna.editorial.reading_pieces` under this table): as
#: the clean edition reads it, except that a gloss is no word of the text (it annotates
#: the token before it) and brackets that are not editorial are read through, so the
#: spans inside them are read too.
READING_RULES: Mapping[str, str] = {**CLEAN_RULES, "gloss": "drop", "other": "unwrap"}

#: The reading with ``notes=True``: the spans the reading drops (but glosses) are read
#: through, their words with the status ``note``; a note that describes a gap stays a gap.
_NOTE_CATEGORIES = frozenset(c for c, a in READING_RULES.items() if a == "drop" and c != "gloss")
NOTES_RULES: Mapping[str, str] = {
    **READING_RULES,
    **dict.fromkeys(_NOTE_CATEGORIES, "unwrap"),
    "gap_note": "mark",
}

# category -> status of the words inside (spans not listed read as plain).
_STATUS_OF = {"supplied": "supplied", "uncertain": "uncertain"}


@dataclass(frozen=True, slots=True)
class ReadingText:
    """A witness read as a reader reads it, with the way back to the source.

    ``text`` is made of pieces; piece ``k`` is ``text[r0[k]:r0[k+1]]`` and came from the
    source's ``[s0[k], s1[k])``: character for character when ``exact[k]``, else the whole
    piece stands for that whole span (a gap, one character; a boundary, a space; a reading
    not in the text as written). ``status[k]`` is a word status, ``gap`` or ``boundary``.
    """

    text: str
    r0: list[int]
    s0: list[int]
    s1: list[int]
    status: list[str]
    exact: list[bool]
    infos: dict[int, SpanInfo]
    glosses: list[tuple[int, str]]
    unwrapped: list[tuple[int, int, int, int]]


def reading(doc: Document, *, notes: bool = False) -> ReadingText:
    """The reading text of ``doc`` (see the module docstring); ``notes``: keep notes' words.

    It is the editorial reading (:data:`READING_RULES`, :func:`lacuna.editorial.reading_pieces`)
    with each piece's status taken from the spans it lies in (the outermost supplied,
    uncertain or note span), gaps as one placeholder character each.
    """
    src = doc.text
    changes: list[tuple[int, Scope | None]] = []
    pieces, _ = reading_pieces(doc, NOTES_RULES if notes else READING_RULES, _GAP_CHAR, scopes=changes)
    scopes = piece_scopes(len(pieces), changes)
    parts: list[str] = []
    r0: list[int] = []
    s0: list[int] = []
    s1: list[int] = []
    status: list[str] = []
    exact: list[bool] = []
    infos: dict[int, SpanInfo] = {}
    glosses: list[tuple[int, str]] = []
    unwrapped: list[tuple[int, int, int, int]] = []  # (lo, hi, start, end): a span read through
    pos = 0
    statuses: dict[int, tuple[str, Scope | None]] = {}  # id(scope) -> (status, outermost note)

    def piece(text: str, a: int, b: int, st: str, same: bool) -> None:
        nonlocal pos
        parts.append(text)
        r0.append(pos)
        s0.append(a)
        s1.append(b)
        status.append(st)
        exact.append(same)
        pos += len(text)

    def status_of(scope: Scope | None) -> tuple[str, Scope | None]:
        """The status of the words of ``scope`` and the outermost note it is in (no recursion)."""
        if scope is None:
            return "plain", None
        chain = []
        s: Scope | None = scope
        while s is not None and id(s) not in statuses:
            chain.append(s)
            s = s.parent
        outer = statuses[id(s)] if s is not None else ("plain", None)
        for s in reversed(chain):
            if notes and outer[0] != "note" and s.action == "unwrap" and s.span.category in _NOTE_CATEGORIES:
                outer = ("note", s)  # a note's words are the note's, in supplied words too
            elif outer[0] == "plain" and s.action != "drop":
                outer = (_STATUS_OF.get(s.span.category, "plain"), None)
            statuses[id(s)] = outer
        return outer

    note: Scope | None = None  # the note whose words are being read (``notes``)
    for (a0, a1, out, source), scope in zip(pieces, scopes, strict=True):
        st, root = status_of(scope)
        if notes and root is not note:  # a note's words are apart from the words around it
            piece(" ", a0, a0, "boundary", False)
            note = root
        if scope is not None and a0 == scope.span.start:  # the first piece of a span
            span, action = scope.span, scope.action
            if action == "drop" and span.category == "gloss":
                glosses.append((span.start, span.inside))
            elif action == "unwrap":
                lo, hi = span.start + 1, span.end - 1
                while lo < hi and src[lo] in " \t":
                    lo += 1
                while hi > lo and src[hi - 1] in " \t":
                    hi -= 1
                if lo < hi:
                    unwrapped.append((lo, hi, span.start, span.end))
            elif scope.reading is not None and scope.reading[0] < scope.reading[1]:
                unwrapped.append((*scope.reading, span.start, span.end))
        if not out:
            continue
        if not source and scope is not None and scope.action == "mark" and out == _GAP_CHAR:
            infos[len(r0)] = scope.span.info
            piece(_GAP_CHAR, a0, a1, "gap", False)
        else:
            piece(out, a0, a1, st, source)
    unwrapped.sort()
    return ReadingText("".join(parts), r0, s0, s1, status, exact, infos, glosses, unwrapped)


#: The key step of collation alone: every name found by
#: :func:`lacuna.normalize.romanization.name_spans` (``Khrushchov``, ``Chou En-lai``) is
#: one token keyed by its romanisation key, so its romanisations agree. Off by default
#: (it reads every run of capitalised words: about 1 s per MB).
NAMES_STEP = "names"


def parse_key_steps(steps: str | Iterable[str] | None) -> tuple[str, ...]:
    """The key steps named (:data:`KEY_STEPS` when None): :mod:`lacuna.normalize` steps in
    their order (``brackets`` dropped: the markup is always read), then ``names`` if named.
    Raises :class:`~lacuna.errors.LacunaError` on an unknown step."""
    if steps is None:
        steps = KEY_STEPS
    names = [x.strip() for x in steps.split(",")] if isinstance(steps, str) else [str(x) for x in steps]
    chosen = parse_steps([x for x in names if x != NAMES_STEP])
    extra = (NAMES_STEP,) if NAMES_STEP in names else ()
    return tuple(x for x in chosen if x != "brackets") + extra


def _key_steps(steps: str | Iterable[str] | None) -> tuple[str, ...]:
    return tuple(x for x in parse_key_steps(steps) if x != NAMES_STEP)


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
    chosen = parse_key_steps(steps)
    norm = normalize(rd.text, _key_steps(chosen), transliteration=transliteration)
    maker = _Maker(rd, doc.text)
    rtext = rd.text
    items = _keys_in_reading(norm)
    if NAMES_STEP in chosen:
        from lacuna.normalize.romanization import name_spans

        items = _names(items, name_spans(rtext))
    # keys in order with their reading spans, one ahead (a lookahead finds the groups)
    pending: list[tuple[int, int, str]] = []
    for item in items:
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


def _names(
    items: Iterator[tuple[int, int, str]], names: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """``items`` with the keys inside each name span made one, the name's key."""
    k = 0
    held: list[tuple[int, int, str]] = []
    for a, b, key in items:
        while k < len(names) and names[k][1] <= a:
            if held:
                yield held[0][0], held[-1][1], names[k][2] or held[0][2]
                held = []
            k += 1
        if k < len(names) and names[k][0] <= a and b <= names[k][1] and key != _GAP_CHAR:
            held.append((a, b, key))
            continue
        if held:
            yield held[0][0], held[-1][1], names[k][2] or held[0][2]
            held = []
        yield a, b, key
    if held:
        yield held[0][0], held[-1][1], names[k][2] or held[0][2]


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
        exact = rd.exact
        start = rd.s0[k] + a - r0[k] if exact[k] else rd.s0[k]
        if b <= a:
            end = start
            st = "plain" if st in _SPECIAL else st
        elif b <= ends[k] and exact[k]:
            end = start + (b - a)
        else:
            j = k
            while ends[j] < b:
                j += 1
            end = rd.s0[j] + b - r0[j] if exact[j] else rd.s1[j]
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
