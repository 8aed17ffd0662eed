"""What the number chain's rules read: a note-reference form (``[2]``, ``[iv]``, ``[a]``) in
its context, and the type of a rule."""

from __future__ import annotations

from collections.abc import Callable

from lacuna.ast import SpanInfo
from lacuna.classify.view import _last_word
from lacuna.classify.words import _ON_LINE, _WINDOW
from lacuna.conventions import Conventions


class Number:
    """A note-reference form being read in its context (what the number rules ask)."""

    __slots__ = ("conv", "end", "info", "prev", "raw", "start", "text")

    def __init__(self, info: SpanInfo, text: str, start: int, end: int, raw: str, conv: Conventions) -> None:
        self.info = info
        self.text = text
        self.start = start
        self.end = end
        self.raw = raw
        self.conv = conv
        self.prev = text[start - 1] if start > 0 else "\n"

    @property
    def spaced(self) -> bool:
        """Whether a space or tab (not a line break) stands right before the span."""
        return self.prev.isspace() and self.prev not in "\r\n"

    def last_word(self) -> str | None:
        """The word before the span on its line, or None."""
        m = _last_word(self.text, self.start)
        return m[0] if m is not None else None

    def next_word(self) -> str | None:
        """The word after the span on its line, or None."""
        # (the separators up to it, the word: as a search up to the line's end)
        m = _ON_LINE.match(self.text, self.end, min(len(self.text), self.end + _WINDOW))
        return m.group(1) if m is not None else None


#: A number rule: the reading (a variant of ``n.info``) or None to pass.
NumberRule = Callable[[Number], SpanInfo | None]


#: How far back (characters) the note reference before a glued one is looked for.
_SEQUENCE_LOOK = 3000
