"""A wiki's own markup left in a mirror's text, read by the context chain."""

from __future__ import annotations

import regex

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _Decision

__all__: list[str] = []

#: A question mark in brackets glued to the word before it (``Paekche[?]``).
_GLUED_QUERY = regex.compile(r"\w\[\?\]")


def _wiki_missing_link(c: _NearestOnly) -> _Decision:
    """A ``[?]`` glued to a word, with another glued to a word on its line (an old Wikipedia
    mirror's Samguk Sagi: ``the three Korean kingdoms[?]: Koguryo, Paekche[?] and Silla[?],``):
    the early wikis' mark of a link to an article not yet written, the page's markup, not a
    doubt. One alone (``Pepi[?] née Horowitz``, ``Keizig[?],``) is ``lone_query``'s."""
    if not c.facts.query or not c.glued:
        return None
    if _GLUED_QUERY.search(c.line_before()) is None and _GLUED_QUERY.search(c.line_after()) is None:
        return None
    return "other", "a wiki's mark of a link to an unwritten article, one of several on its line", None
