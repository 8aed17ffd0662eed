"""Brackets that belong to a web address (category ``other``): a rule of the number chain
(:mod:`lacuna.classify.numbers`), ``number_in_address``, and of the context chain
(:mod:`lacuna.classify.context`), ``in_web_address``.

A web address printed in a page's text may hold brackets of its own: a search page's facets
(the Wilson Center's ``https://digitalarchive.wilsoncenter.org/search?f[0]=people:81617&fo[0]=81617``,
copied onto a blog that lists its sources), a PHP form's array parameters (``?filter[type]=…``).
They are characters of the address, not an editor's note reference nor supplied words: the
span is glued to the text before it, and that text, back to the last space or line break,
opens with a scheme or ``www.`` (a parenthesis or a quotation mark may stand before it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _Decision, _variant

if TYPE_CHECKING:
    from lacuna.classify.numbers import Number

__all__: list[str] = []

#: The most characters read back for the address's start (a long address is cut: read as usual).
_ADDRESS_BACK = 300
#: The start of a web address: an opening parenthesis or quotation mark, then a scheme or ``www.``.
_ADDRESS_START = regex.compile(r"[(<\"'“‘]?(?:https?://|ftp://|www\.)[^\s/]")
#: The characters of an address that the nearest word before a span inside one holds.
_ADDRESS_CHARS = frozenset(":/?=&.#%")
_WHITE = (" ", "\t", "\n", "\r")
_WHY = "a bracket inside a web address, the address's own characters"


def _address_before(text: str, start: int) -> bool:
    """Whether the text glued before ``start`` (back to the last white space, within
    :data:`_ADDRESS_BACK` characters) opens with a web address's scheme or ``www.``."""
    if start == 0 or text[start - 1].isspace():
        return False
    lo = max(0, start - _ADDRESS_BACK)
    white = max(text.rfind(w, lo, start) for w in _WHITE)
    if white < 0 and lo > 0:
        return False  # (no white space in the window: too long to be read)
    return _ADDRESS_START.match(text, white + 1, start) is not None


def in_web_address_number(n: Number) -> SpanInfo | None:
    """The number chain's ``number_in_address``: a note-reference form glued inside a web address
    (``search?f[0]=people:81617``) is the address's, not a note reference."""
    if not _address_before(n.text, n.start):
        return None
    return _variant(n.info, "other", f"number_in_address: {_WHY}")


def in_web_address(c: _NearestOnly) -> _Decision:
    """The context chain's ``in_web_address``: words glued inside a web address
    (``?filter[type]=memo``) are the address's, not words supplied."""
    near = c.near
    if near is None or not c.glued or _ADDRESS_CHARS.isdisjoint(near):
        return None
    before = c.line_before()
    token = before[max(before.rfind(" "), before.rfind("\t")) + 1 :]
    if _ADDRESS_START.match(token) is None:
        return None
    return "other", _WHY, None
