"""The normalisation steps: each turns a text into a new text and the places it changed.

A step returns ``(new_text, blocks)`` where ``blocks`` are ``(a0, a1, b0, b1)``: the range
``[a0, a1)`` of its input became ``[b0, b1)`` of its output. Outside the blocks the two
texts correspond character for character (a step may still have changed those characters
one for one, as case folding ``A`` to ``a`` does). Steps find the places to change with
one scan in C (a regex, ``str.casefold``, ``unicodedata.is_normalized``) and spend Python
time only on the places themselves.
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import regex

from lacuna.ast import Document, Span
from lacuna.classify import categories_only
from lacuna.conventions import Conventions
from lacuna.dates import date_columns
from lacuna.editorial import (
    CLEAN_RULES,
    DEFAULT_GAP_MARK,
    clean_action,
    clean_table,
    reading_pieces,
    seam_cuts,
)
from lacuna.editorial.seams import _CLOSING_PUNCT, _breaks
from lacuna.normalize.transliteration import Transliteration
from lacuna.parse import parse

__all__ = [
    "BRACKET_RULES",
    "DASHES",
    "NEUTRAL_BRACKETS",
    "QUOTES",
    "STEP_FUNCTIONS",
    "Options",
    "apply_columns",
    "apply_edits",
    "flat_reading_pieces",
]

Block = tuple[int, int, int, int]
Edit = tuple[int, int, str]
_RE_SPAN, _RE_START = re.Match.span, re.Match.start
#: A step's new text and its blocks: a list of them, or an integer array of rows (a0, a1, b0, b1).
StepResult = tuple[str, "list[Block] | np.ndarray"]


@dataclass(frozen=True)
class Options:
    """What the steps may be told: the bracket rules, the gap mark, the tables."""

    gap_mark: str = DEFAULT_GAP_MARK
    bracket_rules: Mapping[str, str] = field(default_factory=dict)
    transliteration: Transliteration | None = None
    conventions: Conventions | None = None
    document: Document | None = None
    #: The characters outside ASCII that the text a step reads may hold (a superset), kept up
    #: to date by the steps of one :func:`lacuna.normalize` call, which finds them once: a
    #: step then asks this small set, not the text, which of its characters are present.
    #: None: each step looks at the text itself.
    alphabet: set[str] | None = None
    #: ``[text, image]``: the ASCII image (``text.encode("ascii", "replace")``, one byte a
    #: character) of a text a step made, kept for the step after it (``transliteration``
    #: makes it from its own image with its few edits, ``dates`` finds its years on it). A
    #: step reads it only if ``text`` is the very text it was handed; empty: none.
    ascii_image: list[object] = field(default_factory=list)


def alphabet_of(text: str) -> set[str]:
    """The distinct characters outside ASCII of ``text`` (one scan in C)."""
    if text.isascii():
        return set()
    if len(text) >= _UNITS_PIECE:
        found = _alphabet_by_units(text)
        if found is not None:
            return found
    return set("".join(_NON_ASCII.findall(text)))


#: A long text's characters outside ASCII are read this many characters at a time.
_UNITS_PIECE = 1 << 20


def _alphabet_by_units(text: str, piece: int = _UNITS_PIECE) -> set[str] | None:
    """:func:`alphabet_of` read on the UTF-16 code units of each piece of ``piece``
    characters (those above 127 marked in a table of every unit, by numpy: a few passes at
    memory speed where the pattern reads a character at a time, and no sort, however many
    there are; each piece's buffers are reused, in the caches); None for a text with a
    character beyond the BMP or a lone surrogate."""
    seen = np.zeros(1 << 16, dtype=bool)
    for at in range(0, len(text), piece):
        units = utf16_units(text[at : at + piece])
        if units is None:
            return None
        seen[units[units > 127]] = True
    return set(np.flatnonzero(seen).astype("<u2").tobytes().decode("utf-16-le"))


def utf16_units(text: str) -> np.ndarray | None:
    """The UTF-16 code units of ``text`` as an array, one a character (a copy at memory
    speed, where an image in bytes reads a character at a time); None for a text with a
    character beyond the BMP (two units) or a lone surrogate (none)."""
    try:
        raw = text.encode("utf-16-le")
    except UnicodeEncodeError:  # a lone surrogate
        return None
    if len(raw) != 2 * len(text):
        return None
    return np.frombuffer(raw, dtype="<u2")


_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")  # (regex scans for it several times faster than re)


def _alphabet(text: str, options: Options) -> set[str]:
    """The characters outside ASCII ``text`` may hold: the call's set, or found now."""
    return options.alphabet if options.alphabet is not None else alphabet_of(text)


def apply_edits(text: str, edits: Iterable[Edit], alphabet: set[str] | None = None) -> StepResult:
    """Replace each ``(start, end, new)`` (in order, disjoint) and return the blocks; the
    characters outside ASCII of the new pieces join ``alphabet`` (if given)."""
    rows = edits if isinstance(edits, list) else list(edits)
    if not rows:
        return text, []
    starts, ends, news = list(map(_FIRST, rows)), list(map(_SECOND, rows)), list(map(_THIRD, rows))
    return apply_columns(text, starts, ends, news, alphabet)


def apply_columns(
    text: str,
    starts: list[int],
    ends: list[int],
    news: list[str],
    alphabet: set[str] | None = None,
    *,
    bounds: tuple[np.ndarray, np.ndarray] | None = None,
) -> StepResult:
    """:func:`apply_edits` of the edits given as three parallel columns (``starts[k]``,
    ``ends[k]``, ``news[k]``): a step that finds its places as columns makes no tuple per
    place. ``bounds``, if given, holds ``starts`` and ``ends`` as integer arrays too (a step
    that has them spares their making)."""
    if not news:
        return text, []
    # the text between the edits and the blocks made in C and numpy (no Python loop over
    # the edits: a step may make hundreds of thousands)
    if alphabet is not None:
        alphabet.update(alphabet_of("".join(news)))
    gaps = list(map(text.__getitem__, map(slice, itertools.chain((0,), ends), [*starts, len(text)])))
    pieces = gaps + news
    pieces[0::2] = gaps
    pieces[1::2] = news
    if bounds is None:
        a0 = np.array(starts, dtype=np.int64)
        a1 = np.array(ends, dtype=np.int64)
    else:
        a0, a1 = bounds
    length = np.fromiter(map(len, news), dtype=np.int64, count=len(news))
    grow = length - (a1 - a0)
    b0 = a0 + np.cumsum(grow) - grow
    return "".join(pieces), np.stack((a0, a1, b0, b0 + length), axis=1)


def _blocks_of(edits: Iterable[tuple[int, int, int]]) -> list[Block]:
    """Blocks of ``(start, end, new_length)`` edits whose new text is already built."""
    blocks: list[Block] = []
    shift = 0
    for a0, a1, length in edits:
        b0 = a0 + shift
        blocks.append((a0, a1, b0, b0 + length))
        shift += length - (a1 - a0)
    return blocks


# -- Unicode normalisation forms --------------------------------------------------------

_NOT_QUICK = {
    "NFC": regex.compile(r"[^\p{NFC_QC=Y}]+"),
    "NFKC": regex.compile(r"[^\p{NFKC_QC=Y}]+"),
}


def _unicode_form(form: str, text: str, options: Options) -> StepResult:
    if text.isascii():
        return text, []
    alphabet = options.alphabet
    if alphabet is not None and _quick_yes(form, alphabet):
        return text, []
    if _is_normalized(form, text):
        return text, []
    n = len(text)
    combining = unicodedata.combining
    regions: list[list[int]] = []
    # Only characters whose quick-check is not "yes" can change, together with the
    # combining sequence around them: back over non-starters to the starter they may join,
    # forward over the non-starters that follow.
    for m in _NOT_QUICK[form].finditer(text):
        s, e = m.start(), m.end()
        while s > 0 and combining(text[s - 1]):
            s -= 1
        if s > 0:
            s -= 1
        while e < n and combining(text[e]):
            e += 1
        if regions and s <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], e)
        else:
            regions.append([s, e])
    edits: list[Edit] = []
    for s, e in regions:
        chunk = text[s:e]
        out = unicodedata.normalize(form, chunk)
        if out != chunk:
            edits.extend(_finer(form, chunk, out, s))
    new, blocks = apply_edits(text, edits, alphabet)
    if not _is_normalized(form, new):  # a safety net: never wrong, only coarse
        whole = unicodedata.normalize(form, text)
        if alphabet is not None:
            alphabet.update(alphabet_of(whole))
        return whole, [(0, n, 0, len(whole))]
    return new, blocks


#: At most this many places whose quick-check is not "yes" have their lines read apart by
#: :func:`_is_normalized` (more, and the whole text is read at once).
_FEW_NOT_QUICK = 64


def _is_normalized(form: str, text: str) -> bool:
    """``unicodedata.is_normalized(form, text)``, read in two parts: the lines that hold a
    character whose quick-check is not "yes" (a "maybe" makes ``is_normalized`` normalise the
    whole text to compare), each on its own, and the other lines together (their quick-check
    answers). A line break is a starter that composes with nothing: the text is in the form
    exactly when each piece between its line breaks is."""
    found = _NOT_QUICK[form].finditer(text)
    places = [m.start() for m in itertools.islice(found, _FEW_NOT_QUICK + 1)]
    if not places or len(places) > _FEW_NOT_QUICK:
        return unicodedata.is_normalized(form, text)
    lines: list[list[int]] = []
    for at in places:
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        if end < 0:
            end = len(text)
        if lines and start <= lines[-1][1]:
            lines[-1][1] = max(lines[-1][1], end)
        else:
            lines.append([start, end])
    if sum(end - start for start, end in lines) > len(text) >> 2:
        return unicodedata.is_normalized(form, text)
    if not all(unicodedata.is_normalized(form, text[start:end]) for start, end in lines):
        return False
    # the rest: each piece keeps the line breaks around the lines read apart
    cuts = [0, *(x for line in lines for x in line), len(text)]
    return unicodedata.is_normalized(
        form, "".join(text[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2))
    )


def _quick_yes(form: str, alphabet: set[str]) -> bool:
    """Whether a text of these characters (and ASCII) is in the form whatever their order:
    each is a starter whose quick-check property is "yes" (the quick-check then says yes)."""
    return _NOT_QUICK[form].search("".join(alphabet)) is None and not any(
        map(unicodedata.combining, alphabet)
    )


def _finer(form: str, chunk: str, out: str, offset: int) -> list[Edit]:
    """Split a changed chunk at its starters when each piece normalises on its own."""
    cuts = [i for i, c in enumerate(chunk) if i and not unicodedata.combining(c)]
    if not cuts:
        return [(offset, offset + len(chunk), out)]
    bounds = [0, *cuts, len(chunk)]
    pieces = [unicodedata.normalize(form, chunk[a:b]) for a, b in itertools.pairwise(bounds)]
    if "".join(pieces) != out:
        return [(offset, offset + len(chunk), out)]
    return [
        (offset + a, offset + b, p)
        for (a, b), p in zip(itertools.pairwise(bounds), pieces, strict=True)
        if p != chunk[a:b]
    ]


def nfc(text: str, options: Options) -> StepResult:
    """Unicode canonical composition (NFC)."""
    return _unicode_form("NFC", text, options)


def nfkc(text: str, options: Options) -> StepResult:
    """Unicode compatibility composition (NFKC): ligatures, full-width forms, ``№`` → ``No``."""
    return _unicode_form("NFKC", text, options)


# -- case -------------------------------------------------------------------------------


@cache
def _expanding(limit: int) -> re.Pattern[str]:
    """The characters below ``limit`` whose case folding is longer than one character."""
    chars = "".join(chr(c) for c in range(0x80, limit) if len(chr(c).casefold()) > 1)
    return re.compile("[" + re.escape(chars) + "]")


def casefold(text: str, options: Options) -> StepResult:
    """Full Unicode case folding (``str.casefold``: ``ß`` → ``ss``)."""
    if text.isascii():
        return text.lower(), []  # (the same as casefold on ASCII)
    alphabet = _alphabet(text, options)
    changing = [c for c in alphabet if c.casefold() != c]
    if len(changing) <= _FEW_FOLDED and all(len(c.casefold()) == 1 for c in changing):
        # the ASCII letters lowered in the UTF-8 bytes (bytes.lower: ASCII only, in C, a
        # fraction of str.casefold's time), then each other letter that folds, one for one
        try:
            folded = "".join(
                [_lower_piece(text[i : i + _PIECE], changing) for i in range(0, len(text), _PIECE)]
            )
        except UnicodeEncodeError:  # a lone surrogate
            folded = None
        if folded is not None:
            if options.alphabet is not None:
                alphabet.difference_update(changing)
                alphabet.update(c.casefold() for c in changing)
            return folded, []
    folded = text.casefold()
    if options.alphabet is not None:
        options.alphabet.update(alphabet_of("".join(c.casefold() for c in changing)))
    if len(folded) == len(text):
        return folded, []
    # All expanding foldings are in the BMP today; the whole range is the fallback.
    for limit in (0x10000, 0x110000):
        edits = [(m.start(), m.end(), len(m.group().casefold())) for m in _expanding(limit).finditer(text)]
        if sum(n - 1 for _, _, n in edits) == len(folded) - len(text):
            break
    return folded, _blocks_of(edits)


#: The text is lowered this many characters at a time: each piece's UTF-8 bytes, their
#: lowering and the piece decoded are buffers of a few MB that the allocator reuses from one
#: piece to the next, where those of the whole text (10-20 MB each) may come fresh from the
#: system, a page fault per 4 KB (the ``nfc,casefold`` row of bench/normalize.py: 40 → 25 ms;
#: in the default chain, where the whole text's buffers are often reused, 12 → 14 ms).
_PIECE = 1 << 20


def _lower_piece(piece: str, changing: list[str]) -> str:
    """``piece`` with its ASCII letters lowered and each of ``changing`` folded.

    The ASCII letters are lowered on the piece's UTF-16 code units by numpy (a code unit of
    ``A``..``Z`` is that letter: no other character, nor half of a surrogate pair, has one of
    those units), a few passes in C over a buffer that encoding and decoding copy at memory
    speed, where UTF-8's encoding, ``bytes.lower`` and decoding each read a byte at a time
    (15 → 11 ms on the bench's 10 MB). A lone surrogate cannot be encoded: the caller's
    ``UnicodeEncodeError``, as before."""
    units = bytearray(piece.encode("utf-16-le"))
    codes = np.frombuffer(units, dtype="<u2")
    upper = np.subtract(codes, np.uint16(ord("A")))  # (A..Z: 0..25; any other unit above)
    np.less(upper, np.uint16(26), out=upper)
    np.left_shift(upper, np.uint16(5), out=upper)  # (0x20 where a capital stands)
    np.bitwise_or(codes, upper, out=codes)
    del codes, upper  # (the buffer's views released before it is decoded)
    out = units.decode("utf-16-le")
    for c in changing:
        out = out.replace(c, c.casefold())
    return out


#: At most this many distinct letters outside ASCII that fold are replaced one by one (one
#: scan each) after the ASCII letters are lowered; more, and ``str.casefold`` does it all.
_FEW_FOLDED = 8


# -- punctuation ------------------------------------------------------------------------

#: Quotation marks and apostrophes → ``'`` and ``"`` (one for one).
QUOTES: Mapping[str, str] = {
    **dict.fromkeys("‘’‚‛′‹›ʼ", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
}
#: Hyphens, dashes and minus signs → ``-`` (one for one).
DASHES: Mapping[str, str] = dict.fromkeys(
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d", "-"
)


def _one_for_one(text: str, table: Mapping[str, str], options: Options) -> StepResult:
    if text.isascii():
        return text, []
    alphabet = options.alphabet
    olds = table if alphabet is None else [c for c in table if c in alphabet]
    for old in olds:
        if old in text:
            text = text.replace(old, table[old])
    if alphabet is not None:
        alphabet.difference_update(table)  # (each went; what replaces it is ASCII)
    return text, []


#: Letters that hold an apostrophe: ``ŉ`` is ``ʼn`` (its case folding and NFKC say so), so
#: it becomes ``'n`` here, or a later ``casefold`` would bring back an apostrophe this step
#: turns into ``'`` (normalising twice would then change the text again).
_APOSTROPHE_LETTERS: Mapping[str, str] = {"\u0149": "'n"}


def quotes(text: str, options: Options) -> StepResult:
    """Curly, low and angle quotation marks and apostrophes → ``'`` and ``"`` (``ŉ`` → ``'n``)."""
    text, _ = _one_for_one(text, QUOTES, options)
    if text.isascii():
        return text, []
    letters = _APOSTROPHE_LETTERS
    if options.alphabet is not None and not any(c in options.alphabet for c in letters):
        return text, []
    if not any(c in text for c in letters):
        return text, []
    edits = [(i, i + 1, letters[c]) for i, c in enumerate(text) if c in letters]
    new, blocks = apply_edits(text, edits)
    if options.alphabet is not None:
        options.alphabet.difference_update(letters)
    return new, blocks


def dashes(text: str, options: Options) -> StepResult:
    """Hyphens, en and em dashes, minus signs → ``-``."""
    return _one_for_one(text, DASHES, options)


# -- whitespace -------------------------------------------------------------------------

# U+FEFF (a byte-order mark, or the old zero-width no-break space) is no text: it goes, and
# the white space around it is one run
_WHITE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace()) | {"\ufeff"}
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
#: The class of each byte of a text's Latin-1 image for :func:`whitespace`: 1 a space, 2 a
#: line feed, 4 other white space (an "odd" space: any run holding one changes; the no-break
#: space, U+0085), 0 the rest (the image writes each character beyond Latin-1 as ``?``: its
#: odd spaces are written in).
_WS_TABLE = bytes(
    (1 if c == " " else 2 if c == "\n" else 4 if c in _WHITE else 0) for c in map(chr, range(256))
)
_ODD_SPACE = 4


#: :func:`whitespace` reads the text's classes this many characters at a time.
_WS_PIECE = 1 << 20
#: How far back from a piece's end a character of no class is looked for first.
_WS_CUT_REACH = 1 << 12


def whitespace(text: str, options: Options) -> StepResult:
    """Each run of white space → one space; a run with a line break → ``\\n``, with more → ``\\n\\n``;
    U+FEFF (a byte-order mark) goes."""
    # A run changes unless it is " ", "\n" or "\n\n": it holds an odd space or two white
    # characters in a row. Both are read with numpy a piece of :data:`_WS_PIECE` characters at
    # a time, each cut before a character of no class, which no run holds: on the piece's
    # UTF-16 code units (:func:`_unit_runs`; a text with a character beyond the BMP, two units,
    # on its Latin-1 image in classes, :func:`_image_runs`). The buffers of a piece (a few MB)
    # are reused from one piece to the next and stay in the processor's caches. Python looks
    # only at the runs found, each distinct run decided once.
    n = len(text)
    if n == 0:
        return text, []
    alphabet = _alphabet(text, options)
    if any(c > "\uffff" for c in alphabet):
        found = _image_runs(text, alphabet)
    else:
        found = _unit_runs(text, sorted(ord(c) for c in alphabet if c in _WHITE))
    if not found:
        return text, []
    starts_a, ends_a, feeds, odd = (np.concatenate(column) for column in zip(*found, strict=True))
    news = _run_news(text, starts_a, ends_a, feeds, odd)
    new, blocks = apply_columns(
        text, starts_a.tolist(), ends_a.tolist(), news, bounds=(starts_a, ends_a)
    )  # (each run found changes)
    if options.alphabet is not None:
        options.alphabet.difference_update(_WHITE)  # (every run with one changed)
    return new, blocks


_Runs = list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]


def _unit_runs(text: str, odd_units: list[int]) -> _Runs:
    """The runs that change (:func:`_changing_runs`, offsets in ``text``), read on the UTF-16
    code units of each piece (one a character: no character beyond the BMP; a lone surrogate
    is one unit). ``odd_units``: the units of the white space outside ASCII the text may hold."""
    n = len(text)
    found: _Runs = []
    lo = 0
    while lo < n:
        hi = n if n - lo <= 2 * _WS_PIECE else lo + _WS_PIECE
        units = _units(text, lo, hi)
        while hi < n:
            # cut before the last unit above U+0020 that is no white space (none: the piece grows)
            cut = _unit_cut(units, odd_units)
            if cut:
                units = units[:cut]
                hi = lo + cut
                break
            hi = n if n - hi <= _WS_PIECE else hi + _WS_PIECE
            units = _units(text, lo, hi)
        runs = _changing_unit_runs(units, odd_units)
        if len(runs[0]):
            found.append((runs[0] + lo, runs[1] + lo, runs[2], runs[3]))
        lo = hi
    return found


def _units(text: str, lo: int, hi: int) -> np.ndarray:
    """The UTF-16 code units of ``text[lo:hi]`` (a lone surrogate as itself)."""
    piece = text[lo:hi] if lo or hi < len(text) else text
    return np.frombuffer(piece.encode("utf-16-le", "surrogatepass"), dtype="<u2")


def _unit_cut(units: np.ndarray, odd_units: list[int]) -> int:
    """The offset of the last unit of ``units`` above U+0020 that is no white space (looked for
    :data:`_WS_CUT_REACH` units back from the end first), or 0 if there is none past the first."""
    reach = max(0, len(units) - _WS_CUT_REACH)
    for lo in (reach, 0):
        tail = units[lo:]
        plain = tail > 32
        for unit in odd_units:
            if unit > 32:
                plain &= tail != unit
        at = np.flatnonzero(plain)
        if len(at) and lo + int(at[-1]) > 0:
            return lo + int(at[-1])
        if not lo:
            break
    return 0


#: The class (:data:`_WS_TABLE`) of each Latin-1 character, indexed by its code.
_WS_CLASSES = np.frombuffer(_WS_TABLE, dtype=np.uint8)


def _unit_classes(values: np.ndarray, beyond: list[int]) -> np.ndarray:
    """The classes of the characters whose UTF-16 units are ``values`` (no surrogate pair):
    Latin-1's by its table (a unit above U+00FF read as U+00FF, of no class), the odd spaces
    ``beyond`` it written in."""
    classes = _WS_CLASSES[np.minimum(values, 255)]
    if beyond:
        classes[np.isin(values, beyond)] = _ODD_SPACE
    return classes


def _changing_unit_runs(units: np.ndarray, odd_units: list[int]) -> tuple[np.ndarray, ...]:
    """:func:`_changing_runs` of the text whose UTF-16 code units are ``units``.

    The places (an odd space or the first of two white characters) are looked for among the
    units of at most 32 and ``odd_units``, white space or not (the controls below U+0020 that
    are not are few), then each place's class and its next character's read in the table."""
    n = len(units)
    beyond = [unit for unit in odd_units if unit > 255]
    white = units <= 32  # (every white space of ASCII, and the other controls)
    for unit in odd_units:
        if unit > 32:
            white |= units == unit
    flag = np.zeros(n, dtype=bool)
    np.logical_and(white[:-1], white[1:], out=flag[:-1])
    plain = units == 32
    plain |= units == 10
    np.logical_or(flag, white > plain, out=flag)  # (white but no space nor line feed: odd)
    places = np.flatnonzero(flag)
    if not len(places):
        return _NO_RUNS
    here = _unit_classes(units[places], beyond)
    after = np.minimum(places + 1, n - 1)
    there = _unit_classes(units[after], beyond)
    there[places + 1 >= n] = 0
    pair = (here != 0) & (there != 0)
    valid = pair | (here == _ODD_SPACE)
    at, pair, here = places[valid], pair[valid], here[valid]
    if not len(at):
        return _NO_RUNS
    first = np.ones(len(at), dtype=bool)
    first[1:] = at[1:] != at[:-1] + 1
    heads = np.flatnonzero(first)
    lasts = np.append(heads[1:] - 1, len(at) - 1)
    starts = at[heads]
    ends = at[lasts] + 1 + pair[lasts]
    # "\n\n" stays as it is (a paragraph break)
    second = _unit_classes(units[np.minimum(starts + 1, n - 1)], beyond)
    keep = ~((ends - starts == 2) & (here[heads] == 2) & (second == 2))
    starts, ends = starts[keep], ends[keep]
    if not len(starts):
        return _NO_RUNS
    # the classes of every character of the runs, one run after the other
    lengths = ends - starts
    heads = np.cumsum(lengths) - lengths
    index = np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(starts - heads, lengths)
    inside = _unit_classes(units[index], beyond)
    feeds = np.add.reduceat((inside == 2).astype(np.int64), heads)
    odd = np.add.reduceat((inside == _ODD_SPACE).astype(np.int64), heads) > 0
    return starts, ends, feeds, odd


_NO_RUNS = (np.zeros(0, dtype=np.int64),) * 3 + (np.zeros(0, dtype=bool),)


def _image_runs(text: str, alphabet: set[str]) -> _Runs:
    """The runs that change (:func:`_changing_runs`, offsets in ``text``), read on the Latin-1
    image in classes of each piece (a text with characters beyond the BMP)."""
    n = len(text)
    odd_outside = [c for c in alphabet if c in _WHITE and c > "\xff"]
    odd_places = None
    if odd_outside:
        # (one scan of the text in C: as cheap as reading where the image has a "?")
        odd = re.compile("[" + re.escape("".join(odd_outside)) + "]")
        odd_places = np.array([m.start() for m in odd.finditer(text)], dtype=np.int64)
    found: _Runs = []
    lo = 0
    while lo < n:
        hi = n if n - lo <= 2 * _WS_PIECE else lo + _WS_PIECE
        cls = _classes(text, lo, hi, odd_places)
        while hi < n:
            # cut before the last character of no class (none: the piece grows)
            reach = max(0, len(cls) - _WS_CUT_REACH)
            zero = np.flatnonzero(cls[reach:] == 0)
            if not len(zero):
                zero = np.flatnonzero(cls[:reach] == 0)
                reach = 0
            if len(zero) and reach + int(zero[-1]) > 0:
                cut = reach + int(zero[-1])
                cls = cls[:cut]
                hi = lo + cut
                break
            hi = n if n - hi <= _WS_PIECE else hi + _WS_PIECE
            cls = _classes(text, lo, hi, odd_places)
        runs = _changing_runs(cls)
        if len(runs[0]):
            found.append((runs[0] + lo, runs[1] + lo, runs[2], runs[3]))
        lo = hi
    return found


def _classes(text: str, lo: int, hi: int, odd_places: np.ndarray | None) -> np.ndarray:
    """The classes (:data:`_WS_TABLE`) of ``text[lo:hi]``, the odd spaces beyond Latin-1 at
    ``odd_places`` (offsets in ``text``, in order) written in."""
    # (Latin-1: its no-break space has its own byte, as fast to write as ASCII's "?")
    piece = text[lo:hi] if lo or hi < len(text) else text
    cls = np.frombuffer(piece.encode("latin-1", "replace").translate(_WS_TABLE), dtype=np.uint8)
    if odd_places is not None:
        inside = odd_places[np.searchsorted(odd_places, lo) : np.searchsorted(odd_places, hi)]
        if len(inside):
            cls = cls.copy()
            cls[inside - lo] = _ODD_SPACE
    return cls


def _changing_runs(cls: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The runs of white space that change in a text whose classes are ``cls`` (its last
    character, if white, ends a run): their starts, ends, counts of line feeds and whether
    each holds an odd space."""
    n = len(cls)
    white = cls != 0
    pair = np.zeros(n, dtype=bool)
    np.logical_and(white[:-1], white[1:], out=pair[:-1])
    # The places that are an odd space or the first of two white characters, in order; those
    # next to each other belong to one run, which starts at the first (the character before
    # is not white, or it would be a place too) and ends one past the last, or two past it
    # where that starts a pair. (Written over ``white``: a buffer fewer.)
    at = np.flatnonzero(np.logical_or(pair, np.equal(cls, _ODD_SPACE, out=white), out=white))
    if not len(at):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, np.zeros(0, dtype=bool)
    first = np.ones(len(at), dtype=bool)
    first[1:] = at[1:] != at[:-1] + 1
    heads = np.flatnonzero(first)
    lasts = at[np.append(heads[1:] - 1, len(at) - 1)]
    starts = at[heads]
    ends = lasts + 1 + pair[lasts]
    # "\n\n" stays as it is (a paragraph break)
    keep = ~((ends - starts == 2) & (cls[starts] == 2) & (cls[np.minimum(starts + 1, n - 1)] == 2))
    starts, ends = starts[keep], ends[keep]
    if not len(starts):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, np.zeros(0, dtype=bool)
    # the classes of every character of the runs, one run after the other
    lengths = ends - starts
    heads = np.cumsum(lengths) - lengths
    index = np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(starts - heads, lengths)
    inside = cls[index]
    feeds = np.add.reduceat((inside == 2).astype(np.int64), heads)
    odd = np.add.reduceat((inside == _ODD_SPACE).astype(np.int64), heads) > 0
    return starts, ends, feeds, odd


_FIRST, _SECOND, _THIRD = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)
#: Each distinct run of white space: what it becomes (bounded: starts afresh when full).
_RUNS_DECIDED: dict[str, str] = {}
_RUNS_DECIDED_MAX = 1 << 16


_PLAIN_NEWS = np.array([" ", "\n", "\n\n"], dtype=object)


def _run_news(
    text: str, starts: np.ndarray, ends: np.ndarray, feeds: np.ndarray, odd: np.ndarray
) -> list[str]:
    """What each run of white space ``text[starts[k]:ends[k]]`` becomes (:func:`_one_run`),
    given its count of line feeds and whether it holds an odd space.

    A run of spaces and line feeds alone is decided by numpy from its count of line feeds;
    Python reads the others, each distinct run once."""
    news = _PLAIN_NEWS[np.minimum(feeds, 2)].tolist()
    at = np.flatnonzero(odd)
    if len(at):
        decided = _RUNS_DECIDED
        if len(decided) > _RUNS_DECIDED_MAX:
            decided.clear()
        runs = list(map(text.__getitem__, map(slice, starts[at].tolist(), ends[at].tolist())))
        for run in set(runs).difference(decided):
            decided[run] = _one_run(run)
        for k, run in zip(at.tolist(), runs, strict=True):
            news[k] = decided[run]
    return news


def _one_run(run: str) -> str:
    """What a whole run of white space becomes."""
    if not run.strip("\ufeff"):
        return ""
    breaks = len(_LINE_BREAK.findall(run))
    return " " if not breaks else ("\n" if breaks == 1 else "\n\n")


# -- transliteration and dates ----------------------------------------------------------


def transliteration(text: str, options: Options) -> StepResult:
    """Variant spellings → the canonical spelling of the transliteration table."""
    table = options.transliteration or Transliteration.default()
    image = text.encode("ascii", "replace")  # (the search reads it; the next step may too)
    edits = table.replacements(text, options.alphabet, image=image)
    new, blocks = apply_edits(text, edits, options.alphabet)
    options.ascii_image[:] = (new, _image_after(image, edits))
    return new, blocks


def _image_after(image: bytes, edits: list[Edit]) -> bytes:
    """The ASCII image of the text whose image is ``image`` after ``edits`` (in order,
    disjoint): the image between them and each new text's image, joined (a character's image
    is its own: one byte, ``?`` outside ASCII)."""
    if not edits:
        return image
    starts, ends, news = map(list, zip(*edits, strict=True))
    # (views of the image between the edits, not copies: the join copies each once)
    view = memoryview(image)
    gaps = list(map(view.__getitem__, map(slice, itertools.chain((0,), ends), [*starts, len(image)])))
    pieces = gaps + gaps[1:]
    pieces[0::2] = gaps
    images = {new: new.encode("ascii", "replace") for new in set(news)}  # (few distinct names)
    pieces[1::2] = map(images.__getitem__, news)
    return b"".join(pieces)


def dates(text: str, options: Options) -> StepResult:
    """Dates (``12 [January] 1947``, ``June 05, 1944``, ``12.01.1947``) → ISO 8601."""
    kept = options.ascii_image
    image = kept[1] if kept and kept[0] is text else None
    kept.clear()
    starts, ends, _, isos = date_columns(text, changed_only=True, image=image)  # type: ignore[arg-type]
    return apply_columns(text, starts, ends, isos, options.alphabet)


# -- bracket markup ---------------------------------------------------------------------

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
_NEUTRAL = str.maketrans(NEUTRAL_BRACKETS)
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
        at = np.concatenate((sk, ek - 1))
        col_n += [NEUTRAL_BRACKETS["["]] * len(sk) + [NEUTRAL_BRACKETS["]"]] * len(ek)
    else:
        found = _ANY_BRACKET_CHAR if wide else _BRACKET_CHAR
        places = np.fromiter(map(_RE_START, found.finditer(text)), dtype=np.int64)
        at = places[_inside_shown(len(text), s, e, codes, source, places)]
        col_n += list(map(NEUTRAL_BRACKETS.__getitem__, map(text.__getitem__, at.tolist())))
    lo = np.concatenate((np.asarray(col_s, dtype=np.int64), su, eu - 1, sd, at))
    hi = np.concatenate((np.asarray(col_e, dtype=np.int64), su + 1, eu, ed, at + 1))
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
    character other than white space) to the first after it that closes (the windows
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
            if p and p[-1] not in ws:  # type: ignore[index]
                break
            lo -= 1
        lo = max(lo, 0)
        hi = d + 1
        while hi < last_slot:
            p = piece(hi)
            if p and p[-1] not in ws:  # type: ignore[index]
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
    away (:func:`_seam_cut`)."""
    n, size = len(starts), len(text)
    ws = _SEAM_WS
    seam_cut = _SEAM_CUTS
    rest: list[int] = []
    for j in drops:
        a0 = ends[j - 1] if j else 0
        a1 = i = starts[j]
        while i > a0 and text[i - 1] in ws:
            i -= 1
        b0 = k = ends[j]
        b1 = starts[j + 1] if j + 1 < n else size
        while k < b1 and text[k] in ws:
            k += 1
        if i == a0 or k == b1:
            rest.append(j)  # (the windows of seam_cuts read it)
            continue
        seam = (text[i:a1], text[b0:k], text[k])
        cut = seam_cut.get(seam)
        if cut is None:
            if len(seam_cut) >= _SEAM_CUTS_MAX:
                seam_cut.clear()
            cut = seam_cut[seam] = _seam_cut(*seam)
        left, right = cut
        if left:
            known = cuts.get(2 * j, (0, 0))
            cuts[2 * j] = (known[0], max(known[1], left))
        if right:
            known = cuts.get(2 * j + 2, (0, 0))
            cuts[2 * j + 2] = (max(known[0], right), known[1])
    return rest


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
    """Whether the gap mark, parsed on its own, is one gap that the reading marks again: its
    brackets may then stay (else they are neutral too)."""
    if "[" not in mark and "]" not in mark:
        return False
    doc = parse(mark)
    if doc.diagnostics or len(doc.children) != 1 or not isinstance(doc.children[0], Span):
        return False
    span = doc.children[0]
    return span.category == "gap" and clean_action(span, dict(table)) == "mark"


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


#: Every step by name, in the order :func:`lacuna.normalize` applies them.
STEP_FUNCTIONS: dict[str, Callable[[str, Options], StepResult]] = {
    "brackets": brackets,
    "nfc": nfc,
    "nfkc": nfkc,
    "quotes": quotes,
    "dashes": dashes,
    "whitespace": whitespace,
    "transliteration": transliteration,
    "dates": dates,
    "casefold": casefold,
}
