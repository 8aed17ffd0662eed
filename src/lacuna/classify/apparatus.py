"""Brackets that are a page's own apparatus, not the editor's (category ``other``): a context
rule of :mod:`lacuna.classify.context`.

A web page or a finding aid prints its navigation as a bar of bracketed links on a line of
their own (the JFK Library's finding aid: ``[Home] [Guide to Holdings] [President's Office
Files] [Order Form]``; a mailing list's archive: ``[Main archive index/search] [List
information] [Campaign Against Sanctions on Iraq Homepage]``, ``[Date Prev][Date Next]…``).
What the links say varies from site to site, so the vocabulary of ``catalogue_markup`` cannot
list them all; the bar's shape can be read: a line of nothing but three or more short
brackets. A page's buttons and labels are often padded inside their brackets (``[ UP ]``,
``[ Pobierz całość w formacie PDF ]``), which editors' brackets are not (``[Stalin]``).
"""

from __future__ import annotations

import regex

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _Decision

__all__: list[str] = []

#: The fewest brackets a navigation bar holds (two brackets alone on a line are too common in
#: an edition: ``[Stamp] [Signature]``).
_BAR_ITEMS = 3
#: One link of a bar: a short bracket on one line, with nothing bracketed inside it.
_LINK = r"\[[^\[\]\r\n]{1,60}\]"
#: The part of a line before a span (or after it) that holds only links, spaces between them.
_LINKS_ONLY = regex.compile(rf"[ \t]*+(?:{_LINK}[ \t]*+)*+")
_LINK_OPEN = regex.compile(r"\[")


def _navigation_bar(c: _NearestOnly) -> _Decision:
    """A bracket on a line made only of three or more short brackets (``[Home] [Guide to
    Holdings] [President's Office Files] [Order Form]``): a page's navigation bar, not the
    editor's words."""
    if c.near is not None and not c.bracketed:
        return None  # a word before it on its line
    if len(c.raw_inside()) > 60:
        return None
    before, after = c.line_before(), c.line_after()
    if _LINKS_ONLY.fullmatch(before) is None or _LINKS_ONLY.fullmatch(after) is None:
        return None
    links = 1 + len(_LINK_OPEN.findall(before)) + len(_LINK_OPEN.findall(after))
    if links < _BAR_ITEMS:
        return None
    return "other", f"one of {links} brackets making up a line: a page's navigation bar", None


#: The most words of a padded label (``[ Pobierz całość w formacie PDF ]``: five).
_PADDED_WORDS = 6
#: An inside set off by one space or more on each side, on one line, with no figure.
_PADDED = regex.compile(r"[ \t]++[^\s\[\]\d](?:[^\[\]\r\n\d]{0,58}[^\s\[\]\d])?[ \t]++")


def _padded_label(c: _NearestOnly) -> _Decision:
    """A few words padded with spaces inside their brackets, opening a line or after a colon
    (a web proxy's ``Location via proxy:   [ UP ]``, a document host's ``[ Pobierz całość w
    formacie PDF ]``, a title bar's ``[ IMTFE Transcript ] Proceedings - ICC``): a web page's
    button or label, not the editor's words, whose brackets hold their words tight."""
    if c.glued or (c.near is not None and not c.near.endswith(":")):
        return None
    if c.facts.few_words == 0:
        return None
    raw = c.raw_inside()
    if _PADDED.fullmatch(raw) is None or len(raw.split()) > _PADDED_WORDS:
        return None
    return (
        "other",
        "a few words padded inside their brackets at a line's start: a page's button or label",
        None,
    )
