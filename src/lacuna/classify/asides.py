"""A scanned book's page join, an acronym carried to the next line, whose the thing is after a
possessive: context rules of :mod:`lacuna.classify.context`.

A book put on the web page by page, or its text run together from the scans, marks where one
printed page ends and the next begins with both pages' numbers (hungarianhistory.com's copy of
Lettis's *The Hungarian Revolt*: ``… 16 UN delegates. [74/75]``, ``We Trust Imre [4/5]`` /
``Nagy,``): two numbers, the second the next of the first, ending the line (``page_join``).
A date (``[4/7]``) or a share (``[2/3]``) is no join.

An acronym the text's wrapping carried to the next line still follows the words it abbreviates
(``acronym_across_line``), and after a possessive determiner a possessive noun phrase names whose
the thing is (``possessor_named``).
"""

from __future__ import annotations

import regex

from lacuna.classify.glossed import _initials, _is_function
from lacuna.classify.name_compare import _letters
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _STRIP, _Decision
from lacuna.conventions import fold

__all__: list[str] = []

#: Two page numbers joined by a slash (at most four digits each, a space around the slash at most).
_JOIN = regex.compile(r"(\d{1,4}+) ?+/ ?+(\d{1,4}+)")
#: What ends a line that does not run on into the next.
_PUNCTUATION = frozenset(".,;:!?)]\"'”’»…—–-")


def _page_join(c: _NearestOnly) -> _Decision:
    """Two page numbers, the second the next of the first, ending the line (``delegates.
    [74/75]``, hungarianhistory.com): where a printed book's page ends and the next begins, a
    page break. A date or a share (``[4/7]``, ``[2/3]``) is none."""
    f = c.facts
    if c.glued or f.few_words != 1 or f.name_start or f.lower_phrase or f.acronym or f.foreign_word or f.date:
        return None  # (words: no figures joined, decided without reading the inside)
    m = _JOIN.fullmatch(c.inside())
    if m is None or int(m.group(2)) != int(m.group(1)) + 1 or m.group(1).startswith("0"):
        return None
    if c.line_after().strip():
        return None  # words after it on its line: a figure of the text
    return "page_break", f"pages {m.group(1)} and {m.group(2)} joined: where a printed page ends", None


def _acronym_across_line(c: _NearestOnly) -> _Decision:
    """An acronym opening its line after a line that ends, with no punctuation, on the
    capitalised words whose initials spell it (a broadcast's text wrapped at a fixed width, FBIS's
    Deng speech of 9 June 1989 on a geocities mirror: ``fighters of the People's Liberation
    Army`` / ``[PLA], commanders``): the abbreviation of those words, gloss, as ``abbreviation``
    reads it on one line."""
    f = c.facts
    if c.near is not None or not f.acronym or f.few_words != 1:
        return None
    letters = _letters([c.inside()])
    above = c.line_above().split()
    if len(letters) < 2 or not above or above[-1][-1:] in _PUNCTUATION:
        return None
    # the last words of the line above, back to as many content words as the acronym has letters
    words: list[str] = []
    content = 0
    for word in reversed(above):
        words.insert(0, word)
        content += not _is_function(word.strip(_STRIP), c.conv)
        if content >= len(letters):
            break
    if content < len(letters) or _initials(words, c.conv) != letters:
        return None
    return "gloss", f"abbreviation of {' '.join(words)!r} ending the line above", None


#: A possessive's ending: ``students'``, ``Bohlen’s``.
_POSSESSIVE_END = regex.compile(r"(?:['’]s|s['’])\Z")
#: The determiners that open a noun phrase naming a possessor (``[the students']``).
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _possessor_named(c: _NearestOnly) -> _Decision:
    """After a possessive determiner (``their``, ``his``, ``its`` …), a possessive noun phrase
    opened by a determiner, or a name in the possessive: whose the thing is, the translator's
    gloss of the determiner (a Hungarian broadcast of 1956 on hungarianhistory.com: ``to take
    responsibility for their [the students'] action``; FRUS: ``In his [Bohlen’s] opinion``). A
    title in the possessive supplies a word of a formula (``her [Majesty's] government``)."""
    wf, f = c.wf, c.facts
    if wf is None or c.glued or f.few_words > 3:
        return None
    if wf.folded not in c.conv.owner_words:
        return None
    if not (f.determiner_phrase or f.name_start):
        return None  # (neither branch below can answer: decided without reading the inside)
    inside = c.inside()
    if _POSSESSIVE_END.search(inside) is None:
        return None
    words = inside.split()
    first = fold(words[0]).strip(_STRIP)
    if first in _DETERMINERS and len(words) >= 2:
        return "gloss", f"names whose the {c.near!r} is", 0
    bare = [fold(_POSSESSIVE_END.sub("", w)).strip(_STRIP) for w in words]
    if all(w[:1].isupper() for w in words) and not any(b in c.conv.titles for b in bare):
        return "gloss", f"names whose the {c.near!r} is", 0
    return None
