"""Inside rule for an editor's date with one of its parts queried (``[25 January? 1783]``)."""

from __future__ import annotations

import calendar

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.inside.text import Inside
from lacuna.conventions import Conventions, fold

__all__: list[str] = []

#: English month names and their abbreviations, folded.
_MONTHS = frozenset(fold(m) for m in (*calendar.month_name, *calendar.month_abbr) if m)
#: A day of the month, a year (three or four digits).
_DAY = regex.compile(r"(?:0?[1-9]|[12]\d|3[01])")
_YEAR = regex.compile(r"\d{3,4}")
#: The most words of a date (``25 January 1783``, ``January 25, 1783``).
_DATE_WORDS = 3


def _queried_date(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A date of two or three words (a day, an English month, a year) with a question mark
    after one part that is not the last (the Franklin Papers on Founders Online: ``To Benjamin
    Franklin from Jean-Baptiste Le Roy, [25 January? 1783]``, a doubted month; ``[15? April
    1779]``, a doubted day): the editor's doubtful reading of the date, uncertain, like a date
    whose last part is queried (``[January 25, 1783?]``, rule question_edge), with the date
    as its conjecture."""
    text = x.stripped
    if text.count("?") != 1 or text.endswith("?"):
        return None
    words = text.split()
    if not 2 <= len(words) <= _DATE_WORDS:
        return None
    months = 0
    for word in words:
        bare = fold(word).rstrip("?,").rstrip(",")
        if bare in _MONTHS:
            months += 1
        elif _DAY.fullmatch(bare) is None and _YEAR.fullmatch(bare) is None:
            return None
    if months != 1:
        return None
    reading = " ".join(w.replace("?", "") for w in words)
    because = "queried_date: a date with a part queried"
    return SpanInfo("uncertain", because=because, conjecture=reading, cert="low")
