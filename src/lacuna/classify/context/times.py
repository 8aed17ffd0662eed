"""The context chain's rules for a date or a time restated: a bracketed date after the words of
relative time it pins down (``this year [1967]``), a clock time after the same moment on the other
clock or in another zone (``16 hours [4 p.m.]``). Their word lists are ``[gloss]`` data."""

from __future__ import annotations

import regex

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _Decision
from lacuna.conventions import fold
from lacuna.dates import MONTHS

_ORDINAL = regex.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _is_year(text: str) -> bool:
    """Whether ``text`` is a year alone (four digits), which names no day."""
    return len(text) == 4 and text.isdecimal()


def _date_restated(c: _NearestOnly) -> _Decision:
    """A date after the words of relative time it pins down (``early this year [1967]``, ``on
    the 23rd [23 December]``, ``the Lok Sabha to-day [June 15, New Delhi]``, ``[gloss]
    relative_times``): gloss. Not a year after an ordinal day (``Paris may the 26th [1777]``)
    or after a month's day (``September 1st [1859]``): it completes the date; nor a year alone
    after a season or a part of the day with a preposition or nothing before it (``during
    summer [1951]``: the year completes the season, as it completes a month; ``today [1985]``,
    ``the following year [1968]`` stay glosses); nor the date after the day of the week that
    opens a letter's dateline (``[Manchester,] Wednesday [26 February 1851]``: the weekday
    alone on its line but for a place, the line above blank, the bracket closing its line: the
    editors supply the date the writer left out). A day of the week of another language
    (``[gloss] weekdays``) is read only before a date of another language (a month of
    ``[gloss.months]``: Kafka to Milena in French, ``Samedi [17 juillet 1920]``), which
    restates it, and when capitalised not after a capitalised word (``Santo Domingo [18 May
    1961]``: a name). A day and month with a place inside
    (``to-day [June 15, New Delhi]``) restates only today or tonight."""
    wf = c.wf
    if wf is None:
        return None
    word = wf.folded.rstrip(".,;:")
    weekday = word in c.conv.weekdays
    if weekday:
        if not _foreign_weekday_dated(c, c.word(1)):
            return None  # "Plácido Domingo [21 January 1941]": a name's part
    elif word not in c.conv.relative_times and _ORDINAL.fullmatch(word) is None:
        return None
    words = c.conv.words
    today = word in words("gloss", "today_words")
    if not weekday and not c.facts.date and not (today and _date_and_place(c.inside(), c.conv.titles)):
        return None  # (inside read after)
    previous = c.word(1)
    if previous is not None and fold(previous).rstrip(".,") in MONTHS:
        return None  # "September 1st [1859]": the year completes the date
    before = None if previous is None else fold(previous)
    determiners = c.conv.determiners | words("gloss", "time_determiners")
    determined = before is not None and before in determiners
    completes = word in words("gloss", "year_completes") and (
        before is None or before in words("gloss", "year_completes_after")
    )
    if _is_year(c.inside().strip()) and (word not in c.conv.relative_times or completes):
        return None  # "Paris may the 26th [1777]", "during summer [1951]": the year completes it
    if not determined and _opens_dateline(c, word):
        return None  # "[Manchester,] Wednesday [26 February 1851]": the dateline's date supplied
    if determined:
        return "gloss", f"the date of {before} {word}", 1
    return "gloss", f"the date of {word!r}", 0


#: A day and its month, then the place of a newspaper's dateline, one or two words:
#: "June 15, New Delhi" (each word's letters possessive, so no backtracking between words).
_DATE_AND_PLACE = regex.compile(
    r"(?:\d{1,2}\s(\p{L}{3,9})|(\p{L}{3,9})\.?\s\d{1,2}),\s(\p{Lu}[\p{L}.'’-]*+)(?:\s\p{Lu}[\p{L}.'’-]*+)?"
)
#: The longest inside ``_date_and_place`` reads.
_DATE_AND_PLACE_MAX = 60


def _date_and_place(inside: str, titles: frozenset[str]) -> bool:
    """Whether ``inside`` is a day of a month named and a place of one or two capitalised words
    after a comma (a newspaper's dateline), the place no person's title (``[gloss] titles``:
    ``May 3, Ambassador Smith`` names a meeting's day and a person, no dateline)."""
    if len(inside) > _DATE_AND_PLACE_MAX:
        return False
    m = _DATE_AND_PLACE.fullmatch(inside)
    return m is not None and fold(m.group(1) or m.group(2)) in MONTHS and fold(m.group(3)) not in titles


#: A dateline's place before its weekday: "[Manchester,]" or one to three capitalised words
#: and a comma ("Manchester,", "New York,").
_DATELINE_PLACE = regex.compile(r"\[[^\[\]\n]{1,40},\]|\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,2},")


def _opens_dateline(c: _NearestOnly, word: str) -> bool:
    """Whether a day of the week (``[corrections.replaced] weekday``, ``[gloss] weekdays``)
    opens a letter's dateline:
    it is the first word of its line but for a place (``[Manchester,] Wednesday``, ``Manchester,
    Wednesday``: a bracketed place and its comma, or one to three capitalised words and a
    comma), the line above is blank (or there is none), and the bracket after it closes the
    line."""
    if c.conv.replaced_words.get(word) != "weekday" and word not in c.conv.weekdays:
        return False
    if c.line_after().strip() or c.line_above().strip():
        return False
    before = c.line_before().rstrip()
    before = before[: len(before) - len(c.near or "")].strip()
    return not before or _DATELINE_PLACE.fullmatch(before) is not None


#: A day, a month's name and perhaps a year: "17 juillet 1920", "1er mai", "5. Juli 1915",
#: "5 de mayo de 1945".
_OTHER_DATE = regex.compile(r"(\d{1,2})(?:er|º|o|\.)?\s(?:de\s)?(\p{L}{3,10})(?:\s(?:de\s)?\d{4})?")


def _foreign_weekday_dated(c: _NearestOnly, previous: str | None) -> bool:
    """Whether the day of the week of another language before the bracket (``[gloss]
    weekdays``) is read as one: only with a date of another language inside
    (``_other_language_date``: Kafka to Milena in French, ``Samedi [17 juillet 1920]``;
    ``El domingo [5 de mayo]``), and when capitalised, no capitalised word before it (a name's
    part: ``the tenor Plácido Domingo [21 January 1941]``, ``Santo Domingo [18 May 1961]``,
    ``the writer Ernesto Sabato [1911]``)."""
    own = c.word(0)
    if own is not None and own[:1].isupper() and previous is not None and previous[:1].isupper():
        return False
    return _other_language_date(c.inside(), c.conv.other_months)


def _other_language_date(inside: str, months: dict[str, int]) -> bool:
    """Whether ``inside`` is a day, the name of a month of another language than English
    (``[gloss.months]``) and perhaps a year: ``17 juillet 1920``, ``5 de mayo``."""
    m = _OTHER_DATE.fullmatch(inside.strip())
    return m is not None and 1 <= int(m.group(1)) <= 31 and fold(m.group(2)) in months


#: A clock time's unit, or a time written as one word ("16:00", "19hs00", "1600hrs").
_TIME_WORD = regex.compile(r"(?i)a\.?m\.?|p\.?m\.?|hours?|hrs?\.?|\d{1,2}(?::|\.|hs?)\d{2}(?:hs?|hrs?)?")
#: A time opening an inside: "4 p.m.", "12 am GMT on Saturday", "16:00", "4.30 pm".
_TIME_INSIDE = regex.compile(
    r"(?i)\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?|hours|hrs?\b|h\b)|\d{1,2}:\d{2}\b"
)
_HOUR = regex.compile(r"\d{1,2}(?:[:.]\d{2})?")
#: A time zone named: "GMT", "UTC", "Moscow time".
_ZONE = regex.compile(r"(?i)\b(?:gmt|utc|\p{L}{2,20}\stime)\b")
#: The half of the day of a 12-hour clock.
_HALF_DAY = regex.compile(r"(?i)\b[ap]\.?\s?m\b")


def _time_restated(c: _NearestOnly) -> _Decision:
    """A clock time after the same time on the other clock, 24-hour and 12-hour (``before 16
    hours [4 p.m.]``, ``MONDAY – 19hs00 [7 p.m.]``), or in a time zone named (``at
    approximately 6 pm [12 am GMT on Saturday]``): the same moment restated, gloss. Two times
    of one clock and no zone (FRUS's ``10 p.m. [11 p.m.]``) are the editor's correction."""
    wf = c.wf
    if wf is None or c.glued or _TIME_WORD.fullmatch(wf.folded.rstrip(".,;:")) is None:
        return None
    k = 0
    if not wf.digit_initial:  # a unit: the figure before it
        previous = c.word(1)
        if previous is None or _HOUR.fullmatch(previous) is None:
            return None
        k = 1
    inside = c.inside()
    if _TIME_INSIDE.match(inside) is None:
        return None
    before = " ".join(c.words(k + 1))
    if _ZONE.search(inside) is not None:
        return "gloss", f"the time {before!r} in another time zone", k
    if (_HALF_DAY.search(before) is None) == (_HALF_DAY.search(inside) is None):
        return None  # "10 p.m. [11 p.m.]": the same clock, the editor corrects the hour
    return "gloss", f"the time {before!r} on the other clock", k
