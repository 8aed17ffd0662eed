"""What a context rule may read around a span: the nearest word only (:class:`_NearestOnly`,
while a decision is planned once per inside and nearest word) or its line (:class:`_Before`)."""

from __future__ import annotations

from lacuna.classify.inside_facts import _Inside
from lacuna.classify.words import _LOOKBACK, _ON_LINE, _ON_LINE_REVERSED, _WINDOW, _Word
from lacuna.conventions import Conventions

__all__: list[str] = []


class _NeedsMore(Exception):
    """A rule asked for more than the nearest word (see :class:`_NearestOnly`)."""


class _NearestOnly:
    """What a rule may read when a decision is planned once per inside and nearest word: the
    inside's facts, the nearest word, whether the span is glued to it and whether a closing
    bracket stands between them (``bracketed``: ``[Home] [Order Form]``). A rule that asks for
    more raises :class:`_NeedsMore` (the span is then read with :class:`_Before`)."""

    __slots__ = ("_bracketed", "conv", "facts", "glued", "near", "wf")

    def __init__(
        self,
        facts: _Inside,
        wf: _Word | None,
        near: str | None,
        glued: bool,
        conv: Conventions,
        bracketed: bool = False,
    ) -> None:
        self.facts = facts
        self.wf = wf
        self.near = near
        self.glued = glued
        self.conv = conv
        self._bracketed: bool | None = bracketed

    @property
    def bracketed(self) -> bool:
        """Whether a closing bracket stands between the nearest word and the span (a property
        here too, which _Before's overrides: the compiled build cannot override an attribute
        with a property)."""
        return bool(self._bracketed)

    def word(self, k: int) -> str | None:
        if k:
            raise _NeedsMore
        return self.near

    def words(self, n: int) -> list[str]:
        if n > 1:
            raise _NeedsMore
        return [self.near] if n == 1 and self.near is not None else []

    def inside(self) -> str:
        raise _NeedsMore

    def raw_inside(self) -> str:
        raise _NeedsMore

    def after(self, k: int) -> str | None:
        raise _NeedsMore

    def line_before(self) -> str:
        raise _NeedsMore

    def own_line(self) -> bool:
        raise _NeedsMore

    def line_after(self) -> str:
        raise _NeedsMore

    def line_below(self) -> str:
        raise _NeedsMore

    def line_above(self) -> str:
        raise _NeedsMore

    def text_line_above(self) -> str:
        raise _NeedsMore

    def text_line_below(self) -> str:
        raise _NeedsMore

    def bracket_after(self) -> bool:
        raise _NeedsMore


class _Before(_NearestOnly):
    """The span's inside and the words (at most a dozen) on its line before and after it, read
    on demand.

    Built from the nearest word, which the caller has found; ``word(k)`` is the ``k``-th word
    back (``word(0)`` the nearest), ``start_of(k)`` its offset; ``after(k)`` the ``k``-th word
    after the span (``after(0)`` the next).
    """

    __slots__ = (
        "_after",
        "_after_at",
        "_back",
        "_end",
        "_found",
        "_inside",
        "_line_end_at",
        "_line_start_at",
        "_start",
        "_stripped",
        "_text",
    )

    def __init__(
        self,
        facts: _Inside,
        wf: _Word | None,
        near: str | None,
        glued: bool,
        conv: Conventions,
        text: str,
        start: int,
        end: int,
        word_start: int,
        inside: str | None = None,
        back: str | None = None,
        bracketed: bool | None = None,
    ) -> None:
        # (the base class's fields set here: one call less per span; ``bracketed`` is read
        # from the text unless the caller has it at hand, as ``back``, the window before the
        # span reversed, which the caller may have read for the nearest word)
        self.facts = facts
        self.wf = wf
        self.near = near
        self.glued = glued
        self.conv = conv
        self._text = text
        self._start = start
        self._end = end
        self._found = [(near, word_start)] if near is not None else []
        self._after: list[str] = []
        self._after_at = end  # where the search for the next word after the span starts
        self._back = back  # the window before the span reversed, once read
        self._bracketed = bracketed
        self._line_start_at = -1  # not looked for yet
        self._line_end_at = -1
        self._inside = inside  # the inside as written, if the caller has it at hand
        self._stripped: str | None = None  # the inside stripped, once a rule asked for it

    @property
    def bracketed(self) -> bool:
        """Whether a closing bracket stands between the nearest word and the span."""
        bracketed = self._bracketed
        if bracketed is not None:
            return bracketed
        near = self.near
        if near is None or self.glued:
            return False
        return self._text.find("]", self._found[0][1] + len(near), self._start) >= 0

    def _line_start(self) -> int:
        at = self._line_start_at
        if at < 0:
            text, start = self._text, self._start
            lo = max(0, start - _WINDOW)
            line_start = max(text.rfind("\n", lo, start), text.rfind("\r", lo, start))
            at = self._line_start_at = line_start + 1 if line_start >= 0 else lo
        return at

    def _line_end(self) -> int:
        at = self._line_end_at
        if at < 0:
            text, end = self._text, self._end
            hi = min(len(text), end + _WINDOW)
            # the first line break (two memchr scans rather than a pattern)
            n = text.find("\n", end, hi)
            r = text.find("\r", end, hi if n < 0 else n)
            at = self._line_end_at = r if r >= 0 else n if n >= 0 else hi
        return at

    def _get(self, k: int) -> tuple[str, int] | None:
        found = self._found
        if not found:
            return None
        while len(found) <= k:
            if len(found) >= _LOOKBACK:
                return None
            # the next word back on the line, read on the window before the span reversed
            # from where the last one found starts (line breaks stop it, as a search back to
            # the line's start; the window's start bounds it)
            back = self._back
            if back is None:
                start = self._start
                back = self._back = self._text[max(0, start - _WINDOW) : start][::-1]
            m = _ON_LINE_REVERSED.match(back, self._start - found[-1][1])
            if m is None:
                return None
            found.append((m.group(1)[::-1], self._start - m.end(1)))
        return found[k]

    def word(self, k: int) -> str | None:
        """The ``k``-th word back (0 is the nearest), or None if the line has fewer (or k ≥ 12)."""
        found = self._found
        if k < len(found):  # (found already: most asks are for the words found)
            return found[k][0]
        word = self._get(k)
        return word[0] if word is not None else None

    def start_of(self, k: int) -> int:
        """The offset of the ``k``-th word back (which must exist)."""
        found = self._get(k)
        assert found is not None
        return found[1]

    def words(self, n: int) -> list[str]:
        """The ``n`` nearest words (fewer if the line has fewer), in text order."""
        if n <= 0:
            return []
        if n > len(self._found):
            self._get(n - 1)  # the words are found in order: a missing one has none after it
        return [word for word, _ in reversed(self._found[:n])]

    def inside(self) -> str:
        """The span's inside, stripped."""
        stripped = self._stripped
        if stripped is None:
            stripped = self._stripped = self.raw_inside().strip()
        return stripped

    def raw_inside(self) -> str:
        """The span's inside as written."""
        inside = self._inside
        if inside is None:
            inside = self._inside = self._text[self._start + 1 : self._end - 1]
        return inside

    def after(self, k: int) -> str | None:
        """The ``k``-th word after the span on its line (0 is the next), or None (k ≥ 12)."""
        after = self._after
        if k < len(after):
            return after[k]
        while len(after) <= k:
            if len(after) >= _LOOKBACK:
                return None
            # matched from the last word found (the window's end bounds it, line breaks stop
            # it: as a search up to the line end)
            m = _ON_LINE.match(self._text, self._after_at, min(len(self._text), self._end + _WINDOW))
            if m is None:
                return None
            after.append(m.group(1))
            self._after_at = m.end()
        return after[k]

    def own_line(self) -> bool:
        """Whether the span is a line of its own among other text: only spaces between it and
        the line breaks (or the text's ends) around it, and text besides it (reads at most
        ``_WINDOW`` characters each side)."""
        text, start, end = self._text, self._start, self._end
        if start == 0 and end == len(text):
            return False
        before = text[max(0, start - _WINDOW) : start].rstrip(" \t")
        if before and before[-1] not in "\n\r":
            return False
        if not before and start > _WINDOW:
            return False  # a long run of spaces: not read further
        after = text[end : end + _WINDOW].lstrip(" \t")
        return (not after and end + _WINDOW >= len(text)) or after[:1] in ("\n", "\r")

    def line_before(self) -> str:
        """The text of the span's line before it (at most 160 characters)."""
        return self._text[self._line_start() : self._start]

    def line_after(self) -> str:
        """The text of the span's line after it (at most 160 characters)."""
        return self._text[self._end : self._line_end()]

    def line_below(self) -> str:
        """The text of the line below the span's line (at most 160 characters; empty if the
        span's line is the last or ends beyond the window)."""
        text, end = self._text, self._line_end()
        if end >= len(text) or text[end] not in "\n\r":
            return ""
        start = end + 2 if text[end : end + 2] == "\r\n" else end + 1
        hi = min(len(text), start + _WINDOW)
        n = text.find("\n", start, hi)
        r = text.find("\r", start, hi if n < 0 else n)
        return text[start : r if r >= 0 else n if n >= 0 else hi]

    def line_above(self) -> str:
        """The text of the line above the span's line (at most 160 characters; empty if the
        span's line is the first)."""
        start = self._line_start()
        if start == 0 or self._text[start - 1] not in "\n\r":
            return ""
        end = start - 1
        if self._text[end] == "\n" and end > 0 and self._text[end - 1] == "\r":
            end -= 1
        lo = max(0, end - _WINDOW)
        above = max(self._text.rfind("\n", lo, end), self._text.rfind("\r", lo, end))
        return self._text[above + 1 if above >= 0 else lo : end]

    def text_line_above(self) -> str:
        """The nearest line above the span's line that holds more than white space (at most
        160 characters back from the span's line; empty if there is none within them)."""
        start = self._line_start()
        lo = max(0, start - _WINDOW)
        for line in reversed(self._text[lo:start].splitlines()):
            if line.strip():
                return line
        return ""

    def text_line_below(self) -> str:
        """The nearest line below the span's line that holds more than white space (at most
        160 characters on from the span's line; empty if there is none within them)."""
        end = self._line_end()
        hi = min(len(self._text), end + _WINDOW)
        for line in self._text[end:hi].splitlines():
            if line.strip():
                return line
        return ""

    def bracket_after(self) -> bool:
        """Whether another bracket opens right after the span (spaces or tabs between them at
        most: ``[Date Prev][Date Next]``, ``[plenary session] [declassified 2011]``)."""
        text, end = self._text, self._end
        if text.find("[", end, end + 3) < 0:
            return False  # (most spans: no bracket in reach, no copy read)
        return text[end : end + 3].lstrip(" \t")[:1] == "["


def _last_word(text: str, start: int) -> tuple[str, int] | None:
    """The nearest word before ``start`` on its line (within the window) and its offset, or
    None: what ``_PREV_WORDS_BACK`` finds back from ``start`` with no line break after it,
    read with ``re`` on the window reversed."""
    lo = start - _WINDOW
    m = _ON_LINE_REVERSED.match(text[lo if lo > 0 else 0 : start][::-1])
    if m is None:
        return None
    return m.group(1)[::-1], start - m.end(1)
