"""What every normalisation step shares: its options, its edits applied to a text with the
blocks they make, and the set of characters outside ASCII a text holds."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import regex

from lacuna.ast import Document
from lacuna.conventions import Conventions
from lacuna.editorial import (
    DEFAULT_GAP_MARK,
)
from lacuna.normalize.transliteration import Transliteration

Block = tuple[int, int, int, int]
Edit = tuple[int, int, str]
_FIRST, _SECOND, _THIRD = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)
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
