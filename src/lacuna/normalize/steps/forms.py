"""The steps of Unicode normalisation forms (``nfc``, ``nfkc``) and case folding (``casefold``)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache

import numpy as np
import regex

from lacuna.normalize.steps.edits import (
    Edit,
    Options,
    StepResult,
    _alphabet,
    _blocks_of,
    alphabet_of,
    apply_edits,
)

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
