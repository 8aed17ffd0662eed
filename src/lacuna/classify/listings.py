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
  not a note's label (a note's line is a sentence: ``[1] See the previous letter.``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.words import _LINE_BREAK, _WINDOW, _variant

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


def _numbered_paper(n: Number) -> SpanInfo | None:
    """A number opening a line, the paper's number in the volume after it on its line or on
    the line below its title: the site's number of a listed paper (the FRUS appendix's list
    of papers), not a note's label."""
    if not n.raw.isdigit() or (n.start > 0 and n.prev not in "\r\n"):
        return None
    if _PAPER.match(n.text, n.end) is None:
        title = _TITLE_LINE.match(n.text, n.end)
        if title is None or _LINE_BREAK.search(n.text, n.end, min(len(n.text), n.end + _WINDOW)) is None:
            return None
        if _PAPER.match(n.text, title.end()) is None:
            return None
    return _variant(n.info, "other", "numbered_paper: the site's number of a paper in a list of papers")
