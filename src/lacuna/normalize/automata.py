"""The search for a transliteration table's variants in a text: a trie-shaped alternation for
the ``re`` engine, Aho-Corasick automata over the text lower-cased, over its UTF-8 bytes and
over its ASCII image (the offsets kept), and the leftmost-longest windows that let a long text
be read only around the places a variant may start. :class:`lacuna.normalize.transliteration.
Transliteration` builds them from its table and calls them per text."""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from collections.abc import Iterable
from functools import cache

import ahocorasick_rs
import numpy as np

#: What an ASCII image of a text has for each character that is not ASCII.
_OTHER_BYTE = ord("?")

#: Variants with more spellings than this (case forms of their letters) are not searched
#: in bytes (the text is then lower-cased and searched as text).
_MAX_SPELLINGS = 256


def _bytes_automaton(lowered: Iterable[str]) -> tuple[ahocorasick_rs.BytesAhoCorasick | None, str]:
    """The automaton of the UTF-8 spellings of the lower-cased variants once the text is
    lower-cased as ASCII only (each letter outside ASCII in each form whose lower case it is),
    and the characters whose presence in a text rules the bytes search out."""
    preimages = _lower_preimages()
    spellings: set[bytes] = set()
    unsafe = "\u0130\u212a"  # lower case longer than the letter, or in ASCII (K: k)
    for variant in lowered:
        forms = [preimages.get(c, c) if not c.isascii() else c for c in variant]
        count = 1
        for f in forms:
            count *= len(f)
        if count > _MAX_SPELLINGS:
            return None, ""
        if "σ" in variant or "ς" in variant:
            unsafe += "Σ"  # its lower case depends on the letters around it
        spellings.update("".join(p).encode() for p in itertools.product(*forms))
    if not spellings:
        return None, ""
    return ahocorasick_rs.BytesAhoCorasick(sorted(spellings)), unsafe


#: Code points lower-cased at a time by :func:`_lower_preimages` (all 1.1 M at once made
#: arrays and strings of 26 MB, the peak of a small first parse that reads a name).
_PREIMAGES_BLOCK = 0x4000


@cache
def _lower_preimages() -> dict[str, str]:
    """Each character outside ASCII that is the lower case of another: it and those others."""
    out: dict[str, str] = {}
    # Block by block, in code point order. Each character lowers alone (U+0130, whose lower
    # case is two characters, is left out), but for the Greek capital sigma, whose lower case
    # depends on the letters around it: no block boundary comes near it (U+03A3).
    for lo in range(0, 0x110000, _PREIMAGES_BLOCK):
        codes = np.arange(lo, lo + _PREIMAGES_BLOCK, dtype=np.uint32)
        codes = codes[((codes < 0xD800) | (codes >= 0xE000)) & (codes != 0x130)]
        if not len(codes):
            continue
        chars = codes.astype("<u4").tobytes().decode("utf-32-le")
        lowered = np.frombuffer(chars.lower().encode("utf-32-le"), dtype="<u4")
        changed = lowered != codes
        for source, target in zip(codes[changed].tolist(), lowered[changed].tolist(), strict=True):
            if target >= 0x80:
                out[chr(target)] = out.get(chr(target), chr(target)) + chr(source)
    return out


def _longest(text: str, places: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The places (of variants in the lower-cased ``text``, as character offsets) that stand
    as whole words, the longest at a start, from the left, not overlapping."""
    n = len(text)
    longest: dict[int, int] = {}
    for _, start, end in places:
        # (a character and its lower case are both word characters or neither)
        if (start and _is_word(text[start - 1])) or (end < n and _is_word(text[end])):
            continue
        if end > longest.get(start, -1):
            longest[start] = end
    spans: list[tuple[int, int]] = []
    done = 0
    for start in sorted(longest):
        if start >= done:
            done = longest[start]
            spans.append((start, done))
    return spans


def _longest_in_image(
    text: str, image: bytes, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_longest` of the places ``starts[k]:ends[k]`` (any order) found in ``image``
    (the ASCII image of ``text``, one byte a character) as two integer arrays, the starts and
    the ends: the characters either side read on the image by numpy, the text read only where
    the image has a ``?`` (a character outside ASCII, or ``?`` itself)."""
    if not len(starts):
        return starts, ends
    codes = np.frombuffer(image, dtype=np.uint8)
    n = len(codes)
    before = np.where(starts > 0, codes[starts - 1], _NOT_WORD_BYTE)
    after = np.where(ends < n, codes[np.minimum(ends, n - 1)], _NOT_WORD_BYTE)
    bad = _WORD_BYTES[before] | _WORD_BYTES[after]
    for k in np.flatnonzero((before == _OTHER_BYTE) | (after == _OTHER_BYTE)).tolist():
        start, end = int(starts[k]), int(ends[k])
        bad[k] = (start > 0 and _is_word(text[start - 1])) or (end < n and _is_word(text[end]))
    keep = np.flatnonzero(~bad)
    starts, ends = starts[keep], ends[keep]
    # the longest at each start (the start's first in this order), then from the left
    order = np.lexsort((-ends, starts))
    starts, ends = starts[order], ends[order]
    first = np.ones(len(starts), dtype=bool)
    first[1:] = starts[1:] != starts[:-1]
    starts, ends = starts[first], ends[first]
    if len(starts) > 1 and bool((starts[1:] < ends[:-1]).any()):
        kept, done = [], 0
        for k, (start, end) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
            if start >= done:
                kept.append(k)
                done = end
        starts, ends = starts[kept], ends[kept]
    return starts, ends


def _ascii_places(
    automaton: ahocorasick_rs.BytesAhoCorasick, windows: _Windows | None, low: bytes
) -> tuple[np.ndarray, np.ndarray]:
    """The starts and ends of every place (overlapping) where ``automaton`` (the ASCII
    variants) finds a variant in ``low`` (an ASCII image lower-cased), in no set order.

    On a long text (:data:`_WINDOWED`) the leftmost-longest automata of :func:`_window_automata`
    find where places may be first: a leftmost-longest search reports, at the first place a
    variant of its group starts, the longest one there and goes on after its end, so every place
    of a variant of the group starts inside one of its matches (a place starting in none would
    have been reported). The windows from each match's start to its last character plus the
    group's longest variant, merged, hold every place: they are joined with a byte no variant
    holds between them (:data:`_JOIN`) and searched by ``automaton`` (a few hundred thousand bytes, not the
    text), the places found moved back to the text's offsets."""
    if windows is None or len(low) < _WINDOWED:
        return _index_columns(automaton.find_matches_as_indexes(low, overlapping=True))
    los, his = [], []
    for group, longest in windows:
        starts, ends = _index_columns(group.find_matches_as_indexes(low))
        los.append(starts)
        his.append(ends + (longest - 1))
    lo = np.concatenate(los)
    if not len(lo):
        return lo, lo
    hi = np.minimum(np.concatenate(his), len(low))
    order = np.argsort(lo, kind="stable")
    lo, hi = lo[order], hi[order]
    # a window opens where its start passes every end before it, and ends at the furthest end
    reach = np.maximum.accumulate(hi)
    opens = np.ones(len(lo), dtype=bool)
    opens[1:] = lo[1:] > reach[:-1]
    heads = np.flatnonzero(opens)
    w_lo = lo[heads]
    w_hi = reach[np.append(heads[1:] - 1, len(lo) - 1)]
    if int((w_hi - w_lo).sum()) > len(low) * _DENSE:
        # (variants all over the text: the windows would be most of it)
        return _index_columns(automaton.find_matches_as_indexes(low, overlapping=True))
    view = memoryview(low)
    joined = _JOIN.join(map(view.__getitem__, map(slice, w_lo.tolist(), w_hi.tolist())))
    at = np.cumsum(w_hi - w_lo + 1) - (w_hi - w_lo + 1)  # each window's offset in ``joined``
    starts, ends = _index_columns(automaton.find_matches_as_indexes(joined, overlapping=True))
    shift = w_lo - at
    shift = shift[np.searchsorted(at, starts, side="right") - 1]
    return starts + shift, ends + shift


def _index_columns(found: list[tuple[int, int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """The starts and ends of an automaton's ``(pattern, start, end)`` matches."""
    flat = np.fromiter(itertools.chain.from_iterable(found), dtype=np.int64, count=3 * len(found))
    return flat[1::3], flat[2::3]


#: The leftmost-longest automata of the ASCII variants, each with its longest variant's length
#: (see :func:`_ascii_places`).
_Windows = tuple[tuple[ahocorasick_rs.BytesAhoCorasick, int], ...]
#: What joins the windows: a byte no ASCII variant holds (nor an ASCII image).
_JOIN = b"\xff"
#: Variants an automaton of :func:`_window_automata` holds at most (up to 32 make the search
#: skip with its fastest SIMD prefilter; more, or all of them in one, are several times slower).
_WINDOW_GROUP = 32
#: The share of the text past which the windows are not joined (the text is searched whole).
_DENSE = 0.5
#: The shortest text whose variants are searched in windows (on a shorter one the full search
#: costs less than the calls).
_WINDOWED = 1 << 16


def _window_automata(lowered: Iterable[str]) -> _Windows | None:
    """The automata :func:`_ascii_places` finds its windows with: the ASCII variants of
    ``_ascii_automaton`` (lower-cased) in groups, leftmost-longest, each with its longest
    variant's length; None if there are none."""
    plain = sorted(v.encode() for v in lowered if v.isascii() and "?" not in v)
    if not plain:
        return None
    return tuple(
        (
            ahocorasick_rs.BytesAhoCorasick(group, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest),
            max(map(len, group)),
        )
        for group in (plain[i : i + _WINDOW_GROUP] for i in range(0, len(plain), _WINDOW_GROUP))
    )


def _ascii_automaton(lowered: Iterable[str]) -> tuple[ahocorasick_rs.BytesAhoCorasick | None, str]:
    """The automaton of the ASCII variants (lower-cased), and the characters whose presence in
    a text rules out a search with it alone: the letters of the other variants in each case
    form, and those whose lower case is ASCII or longer."""
    variants = list(lowered)
    plain = sorted(v.encode() for v in variants if v.isascii() and "?" not in v)
    if not plain:
        return None, ""
    preimages = _lower_preimages()
    blockers = {"\u0130", "\u212a"}
    for v in variants:
        if "?" in v:
            return None, ""
        for c in v:
            if not c.isascii():
                blockers.update(preimages.get(c, c))
    return ahocorasick_rs.BytesAhoCorasick(plain), "".join(sorted(blockers))


def _char_places(raw: bytes, places: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``places`` with their UTF-8 byte offsets into ``raw`` turned into character offsets."""
    offsets = sorted({x for _, s, e in places for x in (s, e)})
    chars: dict[int, int] = {}
    at = char = 0
    for x in offsets:
        char += len(raw[at:x].decode())
        chars[x] = char
        at = x
    return [(k, chars[s], chars[e]) for k, s, e in places]


@cache
def _python_word_class() -> str:
    """The inside of a ``regex`` character class holding exactly the characters ``re``'s
    ``\\w`` matches (alphanumeric for Python's Unicode data, or ``_``), as code point ranges."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    ranges = [(m.start(), m.end() - 1) for m in re.finditer(r"\w+", every)]
    return "".join(f"\\U{a:08x}-\\U{b:08x}" if a != b else f"\\U{a:08x}" for a, b in ranges)


def _is_word(c: str) -> bool:
    """Whether ``c`` is a word character for ``re`` (``\\w``: alphanumeric or ``_``)."""
    return c.isalnum() or c == "_"


#: Whether each byte of an ASCII image is a word character (``?`` is not, nor any byte above
#: 127: neither stands in an image but as ``?``).
_WORD_BYTES = np.array([c < 128 and _is_word(chr(c)) for c in range(256)], dtype=bool)
_NOT_WORD_BYTE = np.uint8(ord(" "))


def _mark_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a combining mark (part of the word it follows)."""
    return 0 <= i < len(text) and unicodedata.category(text[i]).startswith("M")


def _trie(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, factored by common prefixes (longest first)."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    # iterative post-order: each node's pattern from its children's (depth: the longest variant)
    done: dict[int, str] = {}
    stack: list[tuple[dict[str, dict], bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        if not expanded:
            stack.append((node, True))
            stack.extend((child, False) for ch, child in node.items() if ch)
            continue
        alts = [re.escape(ch) + done[id(child)] for ch, child in sorted(node.items()) if ch]
        body = "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        done[id(node)] = f"(?:{body})?" if "" in node and body else body
    return done[id(root)]
