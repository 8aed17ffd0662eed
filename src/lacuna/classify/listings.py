"""Rules of the number chain (:mod:`lacuna.classify.numbers`) for the numbers and letters of
listings and of note series:

- ``roman_reference``: a lower-case roman numeral (``[i]``, ``[ii]``, ``[xiv]``) that does not
  complete a word: a note reference (the NSA's Venona releases: ``To VIKTOR [i]Lately the
  development``, ``LIBERAL [ii]recommended``, ``her husband [v] was called up``; the Annals of
  Communism's ``Smirnov,[ii] Paglina.[iii]``). Editors supply letters in lower case only where
  they complete a word (``[i]n``), so a lone letter glued to a lower-case word keeps that reading.
- ``numbered_paper``: a number opening a line before a paper's number in a 19th-century FRUS
  volume's list of papers (``[2] No. 1.``, ``[9] *No. 4.[8]``, ``[12] Mr. Madison to Mr. Monroe
  and Mr. Pinckney.`` / ``No. 7.``, ``[5] [Untitled]``): the site's numbering of the documents,
  not a note's label (a note's line is a sentence: ``[1] See the previous letter.``). Or a
  number opening a line before a document's title, the convention of FRUS's chapter pages and
  lists of documents: a heading in capitalised words, no sentence, that names a kind of document
  (``[368] Bohlen Minutes``, ``[15] Telegram From the Embassy …``, ``[2] Editorial Note``;
  ``[listings] document_kinds``) or a letter's writer and addressee (``[15] Mr. Clay to Mr.
  Gallatin.``). A note's label opens a sentence (``[1] The editors of …``, ``[2] Telegram 45
  from Moscow, not printed.``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.words import _LINE_BREAK, _WINDOW, _variant
from lacuna.conventions import Conventions, fold

if TYPE_CHECKING:
    from lacuna.classify.numbers import Number

__all__: list[str] = []

#: A lower-case roman numeral up to 39 (``i`` … ``xxxix``), as note series number their notes.
_ROMAN = regex.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")


def _roman_reference(n: Number) -> SpanInfo | None:
    """A lower-case roman numeral not glued to the letters before it: a note reference. Glued
    to a lower-case word after it, only a numeral of two letters or more (``[ii]recommended``):
    one letter there completes the word (``[i]n``, rule starts_word)."""
    raw = n.raw
    if not raw or _ROMAN.fullmatch(raw) is None or n.prev.isalpha():
        return None
    after = n.text[n.end : n.end + 1]
    if after.islower() and len(raw) < 2:
        return None
    return _variant(n.info, "footnote_ref", "roman_reference: a lower-case roman numeral refers to a note")


#: What follows a listed paper's number (past its title line and blank lines, or at once): the
#: paper's number in the volume (``No. 7.``, ``*No. 4.[8]``, starred where it is a note's
#: subject) or the site's placeholder for a paper without a title (``[Untitled]``).
_PAPER = regex.compile(r"[ \t]*+(?:\*?No\.[ \t]?\d{1,4}\.(?:\[\d{1,3}\])?|\[Untitled\])[ \t]*+(?:\r?\n|\Z)")
#: A listed paper's title line before its number (``Mr. Clay to Mr. Gallatin.``): a few words.
_TITLE_LINE = regex.compile(r"[ \t]*+[^\r\n\[\]]{1,120}(?:\r?\n[ \t]*+){1,4}")


#: Lower-case words among a title's capitalised ones (``The Ambassador in Japan (Grew) to the
#: Secretary of State``, ``Memorandum of Conversation Between the President and …``).
_TITLE_LOWER = frozenset(
    "a an the of in on at to by for from with and or between concerning regarding about into "
    "upon via during after before among de du des la le von van der den y e et da do dos".split()
)
#: A title's word: a letter, then letters, marks, dots, apostrophes and hyphens (``Mr.``,
#: ``Aide-Mémoire``); figures (``345th``, ``NSC 5412``) are passed over.
_TITLE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}.'’-]*+")
#: A letter's heading: its writer to its addressee (``Mr. Clay to Mr. Gallatin``, ``The
#: Secretary of State to the Embassy in Korea``).
_ADDRESSED = regex.compile(r"\p{Lu}[^\r\n]{0,120}?\sto\s(?:the\s)?\p{Lu}")
#: A date or a page after a comma: a citation's, not a title's (``Memorandum, May 5, 1962``).
_CITED_FIGURE = regex.compile(r",\s{0,2}(?:p\.\s?)?\d")
_TITLE_MAX = 200
_TITLE_WORDS = (2, 25)


def _document_title(line: str, conv: Conventions) -> bool:
    """Whether ``line`` is a listed document's title: capitalised words (the small words of
    :data:`_TITLE_LOWER` aside), no sentence's ending, naming a kind of document or a letter's
    writer and addressee; a letter's heading may end with a full stop (``Mr. Clay to Mr.
    Gallatin.``) where it holds no figure."""
    line = line.strip()
    if not line or len(line) > _TITLE_MAX or not line[0].isupper():
        return False
    addressed = _ADDRESSED.match(line) is not None
    if line[-1] in ".!?:;," and not (addressed and line[-1] == "." and not any(c.isdigit() for c in line)):
        return False
    if _CITED_FIGURE.search(line) is not None:
        return False
    words = _TITLE_WORD.findall(line)
    if not _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1]:
        return False
    if any(w[0].islower() and fold(w) not in _TITLE_LOWER for w in words):
        return False
    return addressed or any(fold(w).rstrip(".") in conv.document_kinds for w in words)


#: A volume numbers its documents through (``[358]``); a note's label starts again at 1 with
#: each document, so a small number is a document's only beside its neighbour in the series.
_SERIES_FROM = 10
#: How far, each side, a small number's neighbour opening a line is looked for.
_SERIES_REACH = 1500


def _in_volume_series(n: Number) -> bool:
    """Whether the number is a volume's document number by its size (from ten on) or by the
    number before or after it opening a line near it (``[14] …`` / ``[15] …``)."""
    k = int(n.raw)
    if k >= _SERIES_FROM:
        return True
    lo, hi = max(0, n.start - _SERIES_REACH), min(len(n.text), n.end + _SERIES_REACH)
    near = n.text[lo:hi]
    return any(f"\n[{m}]" in near or (lo == 0 and near.startswith(f"[{m}]")) for m in (k - 1, k + 1) if m > 0)


#: How far back a note label's reference is looked for, and past how many other lines opening
#: with the same number at most.
_REFERENCE_REACH = 50_000
_REFERENCE_TRIES = 8


def _referred_before(n: Number) -> bool:
    """Whether the same bracketed number stands before it, not opening a line (``Molotov[14]``,
    ``the letter [14] of``): then it is a note's label at the foot, below its reference."""
    mark = n.text[n.start : n.end]
    lo = max(0, n.start - _REFERENCE_REACH)
    at = n.text.rfind(mark, lo, n.start)
    for _ in range(_REFERENCE_TRIES):
        if at <= 0:
            return False
        if n.text[at - 1] not in "\r\n":
            return True
        at = n.text.rfind(mark, lo, at)
    return False


def _numbered_paper(n: Number) -> SpanInfo | None:
    """A number opening a line, the paper's number in the volume after it on its line or on
    the line below its title, or a document's title after it on its line: the site's number of
    a listed paper or document (the FRUS appendix's list of papers, a FRUS chapter page), not a
    note's label."""
    if not n.raw.isdigit() or (n.start > 0 and n.prev not in "\r\n"):
        return None
    line_end = _LINE_BREAK.search(n.text, n.end, min(len(n.text), n.end + _TITLE_MAX))
    line = n.text[n.end : line_end.start() if line_end is not None else n.end + _TITLE_MAX]
    if _in_volume_series(n) and _document_title(line, n.conv) and not _referred_before(n):
        return _variant(n.info, "other", "numbered_paper: the site's number of a document before its title")
    if _PAPER.match(n.text, n.end) is None:
        title = _TITLE_LINE.match(n.text, n.end)
        if title is None or _LINE_BREAK.search(n.text, n.end, min(len(n.text), n.end + _WINDOW)) is None:
            return None
        if _PAPER.match(n.text, title.end()) is None:
            return None
    return _variant(n.info, "other", "numbered_paper: the site's number of a paper in a list of papers")
