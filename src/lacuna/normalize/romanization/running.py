"""Names in running text: the runs of capitalised words that may be a name, found in C over
the text (or its ASCII image), and each keyed (:func:`name_spans`, :func:`fold_words`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import cache, lru_cache

import numpy as np
import regex

from lacuna.conventions import Conventions
from lacuna.normalize.romanization.keys import _chinese, _korean, _korean_gate, _tables, _words, name_key

_PART = r"[\p{L}\p{M}]++(?:['’‘ʼ`][\p{L}\p{M}]++)*+"
_WORD = _PART + r"(?:[-‐‑]" + _PART + r")*+"
#: white space with at most one line break (possessive: no backtracking)
_GAP = r"(?:[^\S\r\n]++(?:(?:\r\n?+|\n)[^\S\r\n]*+)?+|(?:\r\n?+|\n)[^\S\r\n]*+)"
_NOT_INSIDE = r"(?<![\p{L}\p{M}]|[\p{L}\p{M}][-‐‑'’‘ʼ`])"
_NAME_WORD = regex.compile(_WORD)
_RUNS = {  # (any case, two words or more) -> pattern; group 1: the first word, group 2: the others
    (False, False): regex.compile(rf"{_NOT_INSIDE}(?=\p{{Lu}})({_WORD})(?:{_GAP}(?=\p{{Lu}})({_WORD}))*+"),
    (True, False): regex.compile(rf"{_NOT_INSIDE}({_WORD})(?:{_GAP}({_WORD}))*+"),
    (False, True): regex.compile(rf"{_NOT_INSIDE}(?=\p{{Lu}})({_WORD})(?:{_GAP}(?=\p{{Lu}})({_WORD}))++"),
    (True, True): regex.compile(rf"{_NOT_INSIDE}({_WORD})(?:{_GAP}({_WORD}))++"),
}
_POSSESSIVE = regex.compile(r"['’]s$")
_POSSESSIVES = frozenset(("'s", "’s"))


@lru_cache(maxsize=65536)
def _word_kind(word: str) -> tuple[bool, bool, bool, bool]:
    """``(chinese, korean, surname, english)``: whether every part of a word spells Chinese
    syllables, Korean syllables, whether it opens a Korean name (a Korean surname or
    place), and whether it is an English word (lacuna's English lexicon)."""
    parts = _words(word)
    t = _tables()
    chinese = bool(parts) and all(_chinese(p) is not None for p in parts)
    korean = bool(parts) and all(_korean(p) is not None or p in t.ko_surnames for p in parts)
    surname = korean and len(parts) == 1 and _korean_gate(parts, [_korean(parts[0])])
    english = Conventions.default().is_english(word.casefold())
    return chinese, korean, surname, english


def name_runs(text: str, *, any_case: bool = False, several: bool = False) -> list[list[tuple[int, int]]]:
    """The runs of candidate name words in ``text``: each run a list of ``(start, end)``
    word spans separated only by white space with at most one line break. A word is a
    candidate if it is capitalised (or any word, with ``any_case``); hyphens and
    apostrophes inside it belong to it, a closing ``'s`` does not (and ends the run).
    With ``several``, only runs found with two words or more (found in one scan in C)."""
    runs: list[list[tuple[int, int]]] = []
    for run in _RUNS[any_case, several].finditer(text):
        words = [run.span(1), *run.spans(2)]  # every word's span, from the one scan
        chunk = run.group()
        if "'s" not in chunk and "’s" not in chunk:  # no word ends in 's: most runs
            runs.append(words)
            continue
        current: list[tuple[int, int]] = []
        for start, end in words:
            if text[end - 2 : end] in _POSSESSIVES:
                current.append((start, end - 2))
                runs.append(current)
                current = []
            else:
                current.append((start, end))
        if current:
            runs.append(current)
    return runs


def run_matches(text: str) -> Iterator[regex.Match[str]]:
    """The stretches of ``text`` that hold runs of two capitalised words or more, in order:
    :func:`name_runs` of a stretch's text alone (``several=True``) gives its runs."""
    return _RUNS[False, True].finditer(text)


def run_spans(
    text: str, image: bytes | None = None, alphabet: Collection[str] | None = None
) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each stretch :func:`run_matches` finds, the same, found faster.

    The runs pattern, written over classes of characters (:func:`_class_runs`: a capital,
    another letter or mark, an apostrophe, a hyphen, a space, a line break, anything else),
    reads the text's image in those classes, one byte a character: stdlib ``re`` on bytes,
    several times faster than ``regex`` with Unicode properties on the text. The image is
    the text encoded as ASCII (``image``, if the caller has it: ``text.encode("ascii",
    "replace")``), translated byte for byte; each character outside ASCII is ``?`` there (of
    no class) but for those of a class (letters, marks, white space, apostrophes, hyphens),
    written in: one look-up per distinct stretch of such characters. ``alphabet``, if given,
    holds every character outside ASCII of the text (it may hold more): only the stretches
    of those of a class are then looked at.
    """
    return list(map(_RE_SPAN, _class_runs()[0].finditer(_class_image(text, image, alphabet))))


def run_columns(
    text: str, image: bytes | None = None, alphabet: Collection[str] | None = None
) -> tuple[list[int], list[int]]:
    """:func:`run_spans` as two columns, the starts and the ends (no tuple per stretch), found
    by numpy on the class image (:func:`image_runs`)."""
    starts, ends = run_arrays(text, image, alphabet)
    return starts.tolist(), ends.tolist()


def run_arrays(
    text: str, image: bytes | None = None, alphabet: Collection[str] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`run_columns` as two integer arrays (the codes numpy reads made from the text's
    ASCII image in one ``bytes.translate``, not from its class image)."""
    if len(text) < 3:
        return _image_run_arrays(_class_image(text, image, alphabet))
    codes = _class_written(text, image, alphabet).translate(_class_codes())  # (the image freed)
    return _code_runs(np.frombuffer(codes, dtype=np.uint8))


def image_runs(image: bytes) -> tuple[list[int], list[int]]:
    """The starts and ends of the matches of the runs pattern (:func:`_class_runs`) in a class
    image, found by numpy, a few passes over the image and none of a match attempt per capital.

    The pattern's words are the image's tokens: letters (``U``, ``l``) joined by single
    apostrophes or hyphens between two letters; a token is a run's first word when it opens
    with a capital (what the pattern's look-behinds ask is then always so), and the next
    token is its next word when it opens with a capital too and only white space with at most
    one line break stands between them (the pattern's gap). A run is a chain of two tokens
    or more so linked, each as long as it goes (the pattern is possessive)."""
    starts, ends = _image_run_arrays(image)
    return starts.tolist(), ends.tolist()


def _image_run_arrays(image: bytes) -> tuple[np.ndarray, np.ndarray]:
    """:func:`image_runs` as two integer arrays."""
    if len(image) < 3:
        found = list(_class_runs()[0].finditer(image))
        return (
            np.fromiter(map(_RE_START, found), dtype=np.int64, count=len(found)),
            np.fromiter(map(_RE_END, found), dtype=np.int64, count=len(found)),
        )
    return _code_runs(np.frombuffer(image.translate(_RUN_CODES), dtype=np.uint8))


#: The codes are read this many characters at a time (:func:`_code_runs`).
_CODES_PIECE = 1 << 20
#: How far past a piece's end a character of no class is looked for at a time.
_CUT_REACH = 1 << 16


def _code_runs(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`image_runs` read on the image's codes (:data:`_RUN_CODES`, three or more).

    A long text is read a piece of about :data:`_CODES_PIECE` characters at a time, each
    cut just before a character of no class (code 0), which no run holds (a run is letters,
    joints and white space): the runs of the pieces are the text's. The arrays of a piece
    (its token edges, its flags) are a few MB that the allocator reuses from one piece to
    the next and that stay in the processor's caches, where those of the whole text (the
    token edges alone 25 MB for 10 MB of text) come fresh from the system, a page fault per
    4 KB (23 → 15 ms on the bench's 10 MB)."""
    n = len(codes)
    if n <= 2 * _CODES_PIECE:
        return _piece_runs(codes)
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    lo = 0
    while lo < n:
        hi = lo + _CODES_PIECE
        while hi < n:
            cut = np.flatnonzero(codes[hi : hi + _CUT_REACH] == 0)
            if len(cut):
                hi += int(cut[0])
                break
            hi += _CUT_REACH
        hi = min(hi, n)
        if hi - lo >= 3:  # (a shorter piece opens with a character of no class: no run)
            first, last = _piece_runs(codes[lo:hi])
            starts.append(first + lo)
            ends.append(last + lo)
        lo = hi
    if not starts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(starts), np.concatenate(ends)


def _piece_runs(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_code_runs` of codes read at once (three or more)."""
    n = len(codes)
    # (the arrays over every character are written into two buffers, not one new array per
    # operation: each is the size of the text, a page fault per 4 KB if it comes fresh)
    scratch = np.empty(n + 1, dtype=np.uint8)
    flags = scratch.view(bool)
    inside = np.zeros(n + 2, dtype=bool)  # (a False either side: every token has two edges)
    letter = inside[1:-1]  # (a letter or a capital; read before any joint is written in)
    np.less(np.subtract(codes, np.uint8(_LETTER_CODE), out=scratch[:n]), 2, out=letter)
    # the joints between two letters (few: found where they are, not by passes over the codes)
    joints = np.flatnonzero(np.equal(codes[1:-1], _JOINT_CODE, out=flags[: n - 2])) + 1
    if len(joints):
        joints = joints[letter[joints - 1] & letter[joints + 1]]
        inside[joints + 1] = True
    # token k: edges[2k] to edges[2k + 1]
    edges = np.flatnonzero(np.not_equal(inside[1:], inside[:-1], out=flags))
    del scratch, flags, inside, letter  # (free before the next arrays: a smaller peak)
    capital = codes[edges[0::2]] == _CAPITAL_CODE
    pairs = np.flatnonzero(capital[:-1] & capital[1:])  # token k and k + 1 both capitalised
    # (read off ``edges`` itself: gathering from its strided halves costs several times more)
    twice = pairs * 2
    gap_lo, gap_hi = edges[twice + 1], edges[twice + 2]
    first = codes[gap_lo]
    single = gap_hi - gap_lo == 1
    linked = (first >= _SPACE_CODE) & (single | (codes[gap_hi - 1] >= _SPACE_CODE))
    longer = np.flatnonzero(linked & ~single)
    if len(longer):
        linked[longer] = _gaps(codes, gap_lo[longer], gap_hi[longer])
    # the tokens that run on to the next, in order: a run is a chain of consecutive ones,
    # from its first token to the one after its last (read on the links, not the tokens)
    runs_on = pairs[linked]
    if not len(runs_on):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    cut = runs_on[1:] != runs_on[:-1] + 1
    heads = np.concatenate(([True], cut))
    tails = np.concatenate((cut, [True]))
    return edges[runs_on[heads] * 2], edges[runs_on[tails] * 2 + 3]


def _gaps(codes: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Whether each ``codes[lo:hi]`` (two characters or more, followed by a letter) is the gap
    of the runs pattern: white space with at most one line break (``\\r\\n`` is one), read a
    column of characters at a time, each column only on the gaps still open (most stop at
    their second character); one longer than :data:`_GAP_COLUMNS` by the pattern."""
    width = hi - lo
    ok = np.zeros(len(lo), dtype=bool)
    rows = np.flatnonzero(width <= _GAP_COLUMNS)  # the gaps still read, their offsets, widths
    at, left = lo[rows], width[rows]
    breaks = np.zeros(len(rows), dtype=np.int64)
    while len(rows):
        done = left == 0
        if done.any():
            ok[rows[done]] = True  # (white space all through, at most one line break)
            going = ~done
            rows, at, left, breaks = rows[going], at[going], left[going], breaks[going]
            if not len(rows):
                break
        char = codes[at]
        breaks += (char == _LF_CODE) | ((char == _CR_CODE) & (codes[at + 1] != _LF_CODE))
        going = (char >= _SPACE_CODE) & (breaks <= 1)
        rows, at, left, breaks = rows[going], at[going] + 1, left[going] - 1, breaks[going]
    longer = np.flatnonzero(width > _GAP_COLUMNS).tolist()
    if longer:
        image = codes.tobytes()
        for k in longer:
            ok[k] = _CODE_GAP.fullmatch(image, int(lo[k]), int(hi[k])) is not None
    return ok


#: The longest gap :func:`_gaps` reads a column at a time.
_GAP_COLUMNS = 32
#: The image's classes as numpy reads them: a letter, a capital, a joint (apostrophe,
#: hyphen), white space (space, ``\r``, ``\n``: the three codes from ``_SPACE_CODE`` up),
#: anything else (0).
_LETTER_CODE, _CAPITAL_CODE, _JOINT_CODE, _SPACE_CODE, _CR_CODE, _LF_CODE = 1, 2, 3, 4, 5, 6
_RUN_CODES = bytes(dict(zip(b"lU'- \r\n", (1, 2, 3, 3, 4, 5, 6), strict=True)).get(b, 0) for b in range(256))
#: The gap of the runs pattern, between two words of a run (in the codes).
_CODE_GAP = re.compile(rb"(?:\x04+(?:(?:\x05\x06?|\x06)\x04*)?|(?:\x05\x06?|\x06)\x04*)")


@cache
def _class_codes() -> bytes:
    """The codes (:data:`_RUN_CODES`) of each byte of an ASCII image with its stand-ins
    written in: its class image's table and the codes' in one."""
    return _class_runs()[1].translate(_RUN_CODES)


def _class_image(text: str, image: bytes | None, alphabet: Collection[str] | None) -> bytes:
    """The image of ``text`` in the classes of the runs pattern (see :func:`run_spans`)."""
    return bytes(_class_written(text, image, alphabet)).translate(_class_runs()[1])


def _class_written(text: str, image: bytes | None, alphabet: Collection[str] | None) -> bytes | bytearray:
    """The ASCII image of ``text`` with the ASCII characters of the classes of its letters,
    marks, spaces, apostrophes and hyphens outside ASCII written in (``A``, ``a``, ...): its
    class image is this image translated (:func:`_class_image`)."""
    if image is None:
        image = text.encode("ascii", "replace")
    if text.isascii():
        return image
    soft = None
    if alphabet is not None:
        soft = "".join(sorted(c for c in alphabet if _SOFT_NON_ASCII.match(c)))
        if not soft:
            return image
    written = bytearray(image)
    classes = _NON_ASCII_CLASSES
    if len(classes) > _NON_ASCII_CLASSES_MAX:
        classes.clear()
    for i, j in _stretches_outside_ascii(text, image, soft):
        chars = text[i:j]
        stand_in = classes.get(chars)
        if stand_in is None:
            stand_in = classes[chars] = _stand_in(chars)
        if stand_in:
            written[i:j] = stand_in
    return written


def _stretches_outside_ascii(text: str, image: bytes, soft: str | None) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each stretch of characters of ``soft`` in ``text`` (None: of
    characters outside ASCII), ``image`` its ASCII image: where the image has a ``?`` when
    the text has few characters outside ASCII (:func:`places_outside_ascii`), else by the
    pattern of those characters (in C)."""
    at = None if soft is None or len(soft) > _RARE_CHARS else _rare_places(text, soft)
    if at is None:
        at = places_outside_ascii(text, image, None if soft is None else frozenset(soft))
    if at is None:
        found = _NON_ASCII if soft is None else _soft_chars(soft)
        return [m.span() for m in found.finditer(text)]
    spans: list[tuple[int, int]] = []
    start = end = -1
    for i in at:
        if i != end:
            if end >= 0:
                spans.append((start, end))
            start = i
        end = i + 1
    if end >= 0:
        spans.append((start, end))
    return spans


def places_outside_ascii(text: str, image: bytes, chars: Collection[str] | None = None) -> list[int] | None:
    """Where ``text`` holds a character of ``chars`` (characters outside ASCII; None: any
    character outside ASCII), in order, read where ``image`` (``text.encode("ascii",
    "replace")``) has a ``?``, found by numpy and sifted in Python; None for a text with more
    than one character in 32 outside ASCII (then a scan of the text by a pattern is cheaper)."""
    marks = np.frombuffer(image, dtype=np.uint8) == _QUESTION  # (bytes.count is no faster)
    if np.count_nonzero(marks) > len(image) >> _FEW_OUTSIDE_ASCII:
        return None
    at = np.flatnonzero(marks).tolist()
    if chars is None:
        return [i for i in at if not text[i].isascii()]
    return [i for i in at if text[i] in chars]


def _rare_places(text: str, chars: str) -> list[int] | None:
    """Where ``text`` holds a character of ``chars``, in order, found by ``str.find`` (each
    a fast search of the text in C, no array over it); None once there are more than
    :data:`_RARE` in 2**20 characters of the text (then :func:`places_outside_ascii` reads them)."""
    budget = (len(text) >> 20) * _RARE + _RARE
    out: list[int] = []
    find = text.find
    for c in chars:
        i = find(c)
        while i >= 0:
            out.append(i)
            if len(out) > budget:
                return None
            i = find(c, i + 1)
    out.sort()
    return out


#: Places of characters outside ASCII :func:`_rare_places` finds one by one, per 2**20
#: characters of the text (more: a search of the image costs less than a search per place).
_RARE = 1024
#: The most distinct characters :func:`_rare_places` looks for: each is a search of the whole
#: text (0.03-0.3 ns a character, where the image's ``?`` cost 0.4 ns a character for all).
_RARE_CHARS = 4
#: A text with at most one character in 2**this outside ASCII (a ``?`` in its image) has
#: them read one by one (:func:`places_outside_ascii`).
_FEW_OUTSIDE_ASCII = 5
_QUESTION = ord("?")


@lru_cache(maxsize=256)
def _soft_chars(chars: str) -> regex.Pattern[str]:
    """The runs of the given characters (those outside ASCII of a class, for run_spans)."""
    return regex.compile("[" + regex.escape(chars) + "]+")


def _stand_in(chars: str) -> bytes:
    """ASCII characters of the classes of ``chars`` (characters outside ASCII) for the runs
    pattern, one for one; empty if none of them has a class (all stay ``?``)."""
    if _SOFT_NON_ASCII.search(chars) is None:
        return b""
    out = []
    for c in chars:
        if _UPPER.match(c):
            out.append("A")
        elif _LETTER.match(c):
            out.append("a")
        elif c in "'’‘ʼ`":
            out.append("'")
        elif c in "-‐‑":
            out.append("-")
        elif _SPACE.match(c):
            out.append(" ")
        else:
            out.append("?")
    return "".join(out).encode()


_UPPER = regex.compile(r"\p{Lu}")
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_SPACE = regex.compile(r"[^\S\r\n]")
#: Each distinct stretch of characters outside ASCII: its stand-in (bounded).
_NON_ASCII_CLASSES: dict[str, bytes] = {}
_NON_ASCII_CLASSES_MAX = 1 << 16


_RE_SPAN, _RE_START, _RE_END = re.Match.span, re.Match.start, re.Match.end
_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")  # (regex scans for it several times faster than re)
#: Characters outside ASCII that a run may take or look at (the ASCII pattern would not).
_SOFT_NON_ASCII = regex.compile(r"[\p{L}\p{M}\s'’‘ʼ`\-‐‑]")
_ASCII = "".join(map(chr, range(128)))


@cache
def _class_runs() -> tuple[re.Pattern[bytes], bytes]:
    """``_RUNS[False, True]`` written over the image of a text in classes, and the table that
    makes the image of its ASCII bytes (the classes read from the Unicode pattern's own):
    ``U`` a capital, ``l`` another letter or a mark, ``'`` an apostrophe, ``-`` a hyphen,
    `` `` white space that is no line break, ``\\r`` and ``\\n`` themselves, ``.``
    anything else. The pattern opens with one literal character (``U``), which ``re``
    skips to faster than to a class, then the look-behinds of ``_NOT_INSIDE``; the image
    costs one encoding and one ``bytes.translate``."""
    table = bytearray(b"." * 256)
    for pattern, image in ((r"[\p{L}\p{M}]", "l"), (r"\p{Lu}", "U"), (r"['’‘ʼ`]", "'"), (r"[-‐‑]", "-")):
        for c in regex.findall(pattern, _ASCII):
            table[ord(c)] = ord(image)
    for c in regex.findall(r"[^\S\r\n]", _ASCII):
        table[ord(c)] = ord(" ")
    table[ord("\r")], table[ord("\n")] = ord("\r"), ord("\n")
    part = r"[Ul]++(?:'[Ul]++)*+"
    rest = rf"[Ul]*+(?:'[Ul]++)*+(?:-{part})*+"
    gap = r"(?: ++(?:(?:\r\n?+|\n) *+)?+|(?:\r\n?+|\n) *+)"
    first = r"U(?<![Ul].)(?<![Ul]['-].)"
    return re.compile(rf"{first}{rest}(?:{gap}U{rest})++".encode()), bytes(table)


def name_spans(text: str, *, any_case: bool = False) -> list[tuple[int, int, str]]:
    """Each name in ``text`` as ``(start, end, key)``, in order.

    A name is decided by its whole run of words, never by one short word. In each run of
    capitalised words (:func:`name_runs`): consecutive words that spell Chinese syllables
    form one name (``Mao Tse-tung``, ``Teng Hsiao-p'ing``), and so do consecutive words
    that spell Korean syllables after a Korean surname (``Kim Il Sung``, ``Pak Song Min``),
    but only if at least one of their words is not an English word, so a run such as
    ``He``, ``Long``, ``To``, ``An`` or ``Sun`` alone is left as it is; any other
    capitalised word that is not English (``Khrushchev``, ``Molotov``) is a name on its own
    if it has four letters or more and is not an acronym (``USSR``, ``TASS``, ``Cde``).
    """
    return [(s, e, name_key(text[s:e])) for s, e in _name_ranges(text, any_case)]


def _name_ranges(text: str, any_case: bool) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each name of :func:`name_spans`."""
    out: list[tuple[int, int]] = []
    for run in name_runs(text, any_case=any_case):
        kinds = [_word_kind(text[s:e]) for s, e in run]
        i, n = 0, len(run)
        while i < n:
            chinese, _, surname, english = kinds[i]
            zh = _extent(kinds, i, 0) if chinese else i
            ko = _extent(kinds, i, 1) if surname else i
            j = max(zh, ko)
            if j > i:
                if not all(kinds[k][3] for k in range(i, j)):
                    out.append((run[i][0], run[j - 1][1]))
                i = j
                continue
            start, end = run[i]
            if not english and _lone_name(text[start:end], any_case):
                out.append((start, end))
            i += 1
    return out


def is_name(text: str) -> bool:
    """Whether the whole of ``text`` (any case) is one name in the sense of :func:`name_spans`."""
    text = text.strip()
    return _name_ranges(text, True) == [(0, len(text))]


def all_english(text: str) -> bool:
    """Whether every word of ``text`` is an English word (lacuna's English lexicon)."""
    return all(_word_kind(m.group())[3] for m in _NAME_WORD.finditer(text))


def _lone_name(word: str, any_case: bool) -> bool:
    """Whether a word that spells no syllables and is not English is a name: four letters
    or more, and not an acronym (all capitals) unless case is not looked at."""
    letters = sum(c.isalpha() for c in word)
    return letters >= 4 and (any_case or not word.isupper())


def _extent(kinds: list[tuple[bool, bool, bool, bool]], i: int, which: int) -> int:
    """The end of the words from ``i`` on that spell syllables of one language."""
    while i < len(kinds) and kinds[i][which]:
        i += 1
    return i


def fold_words(text: str, *, any_case: bool = False) -> str:
    """``text`` with each name (:func:`name_spans`) replaced by its key, all else as it was.

    ``fold_words("Chairman Mao Tse-tung met Chou En-lai")`` and ``fold_words("Chairman Mao
    Zedong met Zhou Enlai")`` are equal: a name becomes one word, its key.
    """
    pieces: list[str] = []
    pos = 0
    for start, end, key in name_spans(text, any_case=any_case):
        pieces.append(text[pos:start])
        pieces.append(key)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
