"""The ``whitespace`` step: each run of white space becomes one space, a line break or a
paragraph break."""

from __future__ import annotations

import re

import numpy as np

from lacuna.normalize.steps.edits import Options, StepResult, _alphabet, apply_columns

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
