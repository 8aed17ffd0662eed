"""The glossed words of a gloss: where they start and end (:func:`_glossed`), and the switch
that leaves them unread (:func:`categories_only`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lacuna.ast import SpanInfo
from lacuna.classify.words import _TRAILING
from lacuna.conventions import Conventions, fold

#: Whether :func:`read_context` reads the glossed words of a gloss (:func:`categories_only`).
_EXTENTS: ContextVar[bool] = ContextVar("lacuna_glossed_extents", default=True)


#: The punctuation after glossed words, and the underscore closing a plain-text italic
#: ("kabyles_ [tribes]", a Project Gutenberg e-text's italics).
_GLOSSED_TRAILING = _TRAILING + "_"


@contextmanager
def categories_only() -> Iterator[None]:
    """Within the block, :func:`read_context` decides each span's reading as ever but leaves
    the glossed words of a gloss unread (no glossed offsets): for a reader that needs the
    readings only (the ``brackets`` step of :func:`lacuna.normalize`). The switch is the
    current thread's (or task's) own."""
    token = _EXTENTS.set(False)
    try:
        yield
    finally:
        _EXTENTS.reset(token)


def _glossed(
    info: SpanInfo, text: str, first: int, last: int, conv: Conventions | None = None
) -> tuple[SpanInfo, int, int]:
    """``info`` with the glossed words from ``first`` to ``last``, less the quotes and brackets
    around them and the punctuation after them (and, given the table, the contraction of a
    pronoun: "he’s [Khrushchev]" glosses "he"); a bracket of supplied words among them is kept
    whole ("Chai [Junwu] [Chai Chengwen]" glosses "Chai [Junwu]")."""
    while first < last and not text[first].isalnum():
        first += 1
    while last > first and text[last - 1] in _GLOSSED_TRAILING:
        last -= 1
    if last - first > 3 and text[last - 2 : last] == " s" and text[last - 3].isalpha():
        owner = text.rfind(" ", first, last - 2) + 1 or first
        if text[max(owner, first)].isupper():
            last -= 2  # a name's possessive split off by a scan ("John F. Kennedy s [JFK] 1960")
    if text[last : last + 1] == "]" and text.count("[", first, last) > text.count("]", first, last):
        last += 1  # "Chai [Junwu] [Chai Chengwen]": the supplied words' bracket closes the name
    if (
        conv is not None
        and text[last - 2 : last] in ("’s", "'s")
        and fold(text[first : last - 2]) in conv.pronouns
    ):
        last -= 2
    return info, first, last
