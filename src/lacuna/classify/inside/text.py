"""An inside as the rules of the inside chain read it (:class:`Inside`: read across a page's line
wraps, stripped and folded, its shape parsed on demand), the type of those rules and the
reading of words without a cue, which every cue-less inside shares."""

from __future__ import annotations

from collections.abc import Callable

import regex
from lark import Token

from lacuna.ast import SpanInfo
from lacuna.classify.gaps import _word
from lacuna.classify.shape import _STRUCTURE, Shape, grammar_shape, lexed_shape, plain_shape, simple_shape
from lacuna.conventions import Conventions, fold

_DEFAULT_BECAUSE = "default: words without a cue"
# One shared reading for every cue-less inside (SpanInfo is immutable): one object, not one per inside.
_DEFAULT = SpanInfo("supplied", because=_DEFAULT_BECAUSE)


#: A word a line break cut with a hyphen (``un-<br />\n\nrecovered``), or an HTML line break
#: that a page's stored text kept (``4<br />\n\ngroups``).
_WRAPPED = regex.compile(
    r"(?<=\p{L})-[ \t]*+(?:<br\s*/?>)?[ \t]*+(?:\r?\n[ \t]*+(?:<br\s*/?>)?[ \t]*+)+(?=\p{Ll})|<br\s*/?>",
    regex.IGNORECASE,
)


def _unwrapped(inside: str) -> str:
    """``inside`` read across its line breaks: a hyphenated word joined, an HTML line break a space."""
    return _WRAPPED.sub(lambda m: "" if m.group()[0] == "-" else " ", inside)


class Inside:
    """An inside being read, with what the rules ask of it (the shape parsed on demand)."""

    __slots__ = (
        "_first",
        "_shape",
        "folded",
        "inside",
        "lead",
        "parsed",
        "single",
        "stripped",
        "structured",
        "tests",
        "tokens",
    )

    def __init__(self, inside: str) -> None:
        if "<br" in inside or "-\n" in inside or "-\r" in inside:
            inside = _unwrapped(inside)  # read across a page's line wrap
        self.inside = inside
        stripped = self.stripped = inside.strip()
        self.folded = fold(stripped)
        self._shape: Shape | None = None
        self.tokens: list[Token] = []
        self.single = True
        self._first: str | None = None
        #: whether the inside has more shape than a run of words (a label, clauses, quotes, ?)
        self.structured = _STRUCTURE.search(inside) is not None
        # whether the grammar has read the inside (an inside of words only needs no parse)
        self.parsed = not self.structured
        self.lead: list[str] = [] if self.structured else stripped.split()

    def read_shape(self) -> Shape | None:
        """Parse the inside (once); None if the grammar rejects it. Sets tokens, lead, single."""
        if self.parsed:
            return self._shape
        self.parsed = True
        if not self.structured:
            self.lead = self.stripped.split()
            self.single = True
            return None
        shape = simple_shape(self.inside) or lexed_shape(self.inside) or grammar_shape(self.inside)
        self._shape = shape
        if shape is not None:
            self.tokens = shape.tokens
            first = shape.tokens[0] if shape.tokens else None
            self.lead = first.value.split() if first is not None and first.type == "TEXT" else []
            self.single = len(shape.tokens) == 1
        return shape

    @property
    def shape(self) -> Shape:
        """The shape (the plain one for an inside of words only)."""
        shape = self.read_shape()
        return shape if shape is not None else plain_shape(self.inside)

    @property
    def first(self) -> str:
        """The first word, folded, without the punctuation around it ('' if none)."""
        first = self._first
        if first is None:
            self.read_shape()
            first = self._first = _word(self.lead[0]) if self.lead else ""
        return first


#: A rule of the inside chain: the reading, or None to pass to the next rule.
InsideRule = Callable[[Inside, Conventions], SpanInfo | None]


#: Stands for a nested span when an inside with nested spans is read.
NESTED_MARK = "\ufffc"
