"""Entries prepared for linkage: matching keys through :mod:`lacuna.normalize`, dates and pages as columns.

A title's matching key (:func:`key`) is its text through the normalisation steps of
:data:`KEY_STEPS` (compatibility forms, quotes, dashes, white space, transliteration variants
such as Wade–Giles ``Mao Tse-tung`` → ``Mao Zedong`` and ``Cde.`` → ``comrade``, dates to ISO
8601, case folding), then lower case with punctuation as spaces (:func:`normalise`). The
entries keep their titles as listed: keys are only compared, never shown.

>>> key("Telegram from Mao Tse-tung to Chou En-lai, June 5, 1944")
'telegram from mao zedong to zhou enlai 1944 6 5'
>>> numbers_of(key("Cable Nº 05 of 9 April 1965"))
('5', '1965', '4', '9')
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import regex
from rapidfuzz import process
from rapidfuzz.distance import OSA
from rapidfuzz.utils import default_process

from lacuna.dates import MONTHS, find_dates
from lacuna.errors import LacunaError
from lacuna.linkage.parallel import fork_map, shared, state
from lacuna.listing import Entry
from lacuna.normalize import Transliteration

__all__ = [
    "KEY_STEPS",
    "WRITTEN_STEPS",
    "Prepared",
    "cut_ambiguity",
    "cut_words",
    "key",
    "normalise",
    "numbers_of",
    "prepare",
]

#: The :func:`lacuna.normalize.normalize` steps a matching key goes through.
KEY_STEPS: tuple[str, ...] = (
    "nfkc",
    "quotes",
    "dashes",
    "whitespace",
    "transliteration",
    "dates",
    "casefold",
)

_DIGITS = re.compile(r"\d+")
_FULL_MONTHS = sorted(name for name in MONTHS if len(name) > 4)


_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")


def normalise(text: str) -> str:
    """Matching form of a text: NFKC, lower case, punctuation as spaces, single spaces, numbers
    without leading zeros."""
    return _LEADING_ZEROS.sub("", " ".join(default_process(unicodedata.normalize("NFKC", text)).split()))


#: The steps of a title "as written": no transliteration, no dates rewritten.
WRITTEN_STEPS: tuple[str, ...] = ("nfkc", "quotes", "dashes", "whitespace", "casefold")


def key(text: str) -> str:
    """A text's matching key: its names through the transliteration table and romanisation keys
    of :mod:`lacuna.normalize` (the ``transliteration`` step), its dates as ISO 8601 (the
    ``dates`` step), then :func:`normalise`. Spellings of one name, date formats, forms of
    address and case agree."""
    return _key_pair(text)[0]


# Names never span a comma, a digit, a bracket or an English function word: a text is cut there
# and each piece transliterated once, however many titles repeat it (the step is the slow part).
_PIECES = regex.compile(
    r"(\s+(?:from|to|on|of|with|and|the|in|for|by|at|a|an|about|between|regarding|concerning)\s+"
    r"|[^\p{L}\p{M}\s.'\u2019-]+)"
)
_HAS_YEAR = re.compile(r"[0-9]{4}")


def _apply(text: str, edits: Sequence[tuple[int, int, str]]) -> str:
    if not edits:
        return text
    out, pos = [], 0
    for start, end, replacement in edits:
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def _names(piece: str) -> str:
    """A piece with the table's names (or their romanisation-key variants) canonical."""
    if not piece.strip() or piece.islower():
        return piece
    return _apply(piece, Transliteration.default().replacements(piece))


def transliterated(text: str) -> str:
    """``text`` with the names of the transliteration table in their canonical spelling."""
    parts = _PIECES.split(text)
    parts[::2] = [_names(p) for p in parts[::2]]
    return "".join(parts)


def _dated(text: str) -> str:
    if not _HAS_YEAR.search(text):
        return text
    return _apply(text, [(a, b, d.iso) for a, b, d in find_dates(text)])


def _key_pair(text: str) -> tuple[str, str]:
    """The key, and the text as written (:func:`normalise` only): numbers in the order the text
    has them, names as spelled, so a typo in a name or a month stays a typo."""
    text = unicodedata.normalize("NFKC", text)
    return normalise(_dated(transliterated(text))), normalise(text)


_KeyRow = tuple[str, str, tuple[str, ...], tuple[str, ...]]


def _keyed(
    titles: Sequence[str], summaries: Sequence[str | None], *, workers: int
) -> tuple[list[_KeyRow], list[str | None]]:
    """Each title's key, its form as written and the numbers of both (:func:`numbers_of`;
    empty strings and numbers for an empty key), and each summary's key (None for None or an
    empty key). Each distinct text is keyed once, the distinct texts in chunks over ``workers``
    processes."""
    distinct = (list(dict.fromkeys(titles)), list(dict.fromkeys(s for s in summaries if s is not None)))
    pieces = 1 if workers <= 1 else workers * 4
    spans = []
    for which, texts in enumerate(distinct):
        step = max(1, -(-len(texts) // pieces))
        spans += [(which, lo, min(lo + step, len(texts))) for lo in range(0, len(texts), step)]
    with shared(prepare_texts=distinct):
        parts = fork_map(_key_rows, spans, workers)
    found: tuple[dict, dict] = ({}, {})
    for (which, lo, hi), part in zip(spans, parts, strict=True):
        found[which].update(zip(distinct[which][lo:hi], part, strict=True))
    empty: _KeyRow = ("", "", (), ())
    rows = [found[0][t] or empty for t in titles]
    return rows, [None if s is None else found[1][s] for s in summaries]


def _key_rows(which: int, lo: int, hi: int) -> list[_KeyRow | None] | list[str | None]:
    """:func:`_keyed`'s rows for the shared distinct texts ``lo .. hi - 1``: of titles
    (``which`` 0) key, written form and numbers, None for an empty key; of summaries the key."""
    texts = state("prepare_texts")[which][lo:hi]
    if which == 1:
        return [_summary_key(text) or None for text in texts]
    out: list[_KeyRow | None] = []
    for text in texts:
        k, w = _key_pair(text)
        out.append((k, w, numbers_of(k), numbers_of(w)) if k else None)
    return out


def _summary_key(text: str) -> str:
    """:func:`key` (a summary's form as written is never compared)."""
    return normalise(_dated(transliterated(unicodedata.normalize("NFKC", text))))


@lru_cache(maxsize=4096)
def _month(word: str) -> int | None:
    """The month a word names: a name or abbreviation, or a full name one typo away."""
    number = MONTHS.get(word)
    if number is None and len(word) > 4:
        found = process.extractOne(word, _FULL_MONTHS, scorer=OSA.distance, score_cutoff=1)
        number = MONTHS[found[0]] if found else None
    return number


def _number(digits: str) -> str:
    """A digit run without leading zeros (``05`` and ``5`` are one number)."""
    return digits.lstrip("0") or "0"


def numbers_of(normalised: str) -> tuple[str, ...]:
    """The numbers in a matching key (cable numbers, days, years; leading zeros dropped) and the
    months of the dates in it, in order: digit runs, and ``m<number>`` for a month name next to
    a digit run (dates the ``dates`` step could not read whole: ``9 April``).

    Runs, not tokens: a number glued to a word by a typo (``20278from``) is still ``20278``.
    ``9 April 1965`` and ``9 March 1965`` differ; ``May`` counts only next to a number.
    """
    if not _DIGITS.search(normalised):
        return ()
    words = normalised.split()
    out: list[str] = []
    for i, word in enumerate(words):
        if _DIGITS.search(word):
            out.extend(map(_number, _DIGITS.findall(word)))
        elif (i > 0 and words[i - 1].isdigit()) or (i + 1 < len(words) and words[i + 1].isdigit()):
            month = _month(word)
            if month is not None:
                out.append(f"m{month}")
    return tuple(out)


@dataclass(slots=True)
class Prepared:
    """Entries sorted by (page, line) with their matching fields as columns."""

    entries: list[Entry]
    titles: list[str]
    summaries: list[str | None]
    numbers: list[tuple[str, ...]]  # of the key (dates as ISO: year, month, day)
    written_numbers: list[tuple[str, ...]]  # of the title as written, in its order
    written_titles: list[str]  # the titles as written (WRITTEN_STEPS): typos stay typos
    truncated: np.ndarray  # bool
    page: np.ndarray  # int: index of the entry's page
    date_day: np.ndarray  # float: proleptic ordinal of the day (NaN without a date)
    date_month: np.ndarray  # float: year * 12 + month - 1
    date_year: np.ndarray  # float
    date_precision: np.ndarray  # int: 0 none, 1 year, 2 month, 3 day
    cut_ambiguity: np.ndarray  # float: complete titles a cut-off title could be (NaN if not cut)
    title_tf: np.ndarray = field(default_factory=lambda: np.zeros(0))  # share of entries with the title
    index: dict[str, int] = field(default_factory=dict)
    # ids of ``numbers`` / ``written_numbers`` as multisets: equal ids, equal multisets
    number_sets: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    written_number_sets: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    written_differs: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # from the key
    listed_titles: list[str] = field(default_factory=list)  # the entries' titles as listed

    arrays: dict[str, np.ndarray] = field(default_factory=dict)  # text columns as object arrays

    def __len__(self) -> int:
        return len(self.titles)

    def gather(self, column: str, rows: np.ndarray) -> list:
        """``[getattr(self, column)[i] for i in rows]`` (``titles``, ``written_titles``,
        ``summaries``), gathered by numpy."""
        array = self.arrays.get(column)
        if array is None:
            values = getattr(self, column)
            array = self.arrays[column] = np.empty(len(values), dtype=object)
            array[:] = values
        return array[rows].tolist()


_TRAILING_CUT = ("…", "...")


def _title_text(entry: Entry) -> str:
    title = entry.title.rstrip()
    if entry.truncated:
        for mark in _TRAILING_CUT:
            if title.endswith(mark):
                title = title[: -len(mark)]
                break
    return title


def prepare(entries: Sequence[Entry], *, workers: int = 1) -> Prepared:
    """Normalise and index entries; their order in the result is (page, line), whatever it was.
    The keys are computed over ``workers`` processes (:func:`~lacuna.linkage.parallel.fork_map`)."""
    ordered = sorted(entries, key=lambda e: e.sort_key)
    index: dict[str, int] = {}
    for i, e in enumerate(ordered):
        if e.id in index:
            raise LacunaError(f"two entries with the id {e.id!r} (the same page given twice?)")
        index[e.id] = i
    n = len(ordered)
    title_rows, summaries = _keyed(
        [_title_text(e) for e in ordered], [e.summary or None for e in ordered], workers=workers
    )
    titles = [r[0] for r in title_rows]
    written = [r[1] for r in title_rows]
    counts = Counter(titles)
    title_tf = np.fromiter((counts[t] for t in titles), dtype=np.float64, count=n) / max(n, 1)
    pages: dict[str, int] = {}
    page = np.fromiter((pages.setdefault(e.source, len(pages)) for e in ordered), dtype=np.int64, count=n)
    day = np.full(n, np.nan)
    month = np.full(n, np.nan)
    year = np.full(n, np.nan)
    precision = np.zeros(n, dtype=np.int8)
    for i, e in enumerate(ordered):
        d = e.date
        if d is None:
            continue
        year[i] = d.year
        precision[i] = 1
        if d.month is not None:
            month[i] = d.year * 12 + d.month - 1
            precision[i] = 2
            if d.day is not None:
                day[i] = _ordinal(d.year, d.month, d.day)
                precision[i] = 3
    out = Prepared(
        entries=ordered,
        titles=titles,
        summaries=summaries,
        numbers=[r[2] for r in title_rows],
        written_numbers=[r[3] for r in title_rows],
        truncated=np.fromiter((e.truncated for e in ordered), dtype=bool, count=n),
        page=page,
        date_day=day,
        date_month=month,
        date_year=year,
        date_precision=precision,
        cut_ambiguity=cut_ambiguity(written, np.fromiter((e.truncated for e in ordered), bool, n)),
        written_titles=written,
        title_tf=title_tf,
        index=index,
        number_sets=multiset_ids([r[2] for r in title_rows]),
        written_number_sets=multiset_ids([r[3] for r in title_rows]),
        written_differs=np.fromiter(map(str.__ne__, titles, written), dtype=bool, count=n),
        listed_titles=[e.title for e in ordered],
    )
    for column in ("titles", "written_titles", "summaries"):  # before any worker is forked
        out.gather(column, np.zeros(0, dtype=np.int64))
    return out


def multiset_ids(rows: Sequence[tuple[str, ...]]) -> np.ndarray:
    """An id per row, equal for rows with the same items in any order (in order of first use)."""
    ids: dict[tuple[str, ...], int] = {}
    return np.fromiter(
        (ids.setdefault(tuple(sorted(r)), len(ids)) for r in rows), dtype=np.int64, count=len(rows)
    )


def cut_words(title: str) -> str:
    """A cut-off title's complete words (the last word may be cut in the middle)."""
    return " ".join(title.split()[:-1])


def cut_ambiguity(titles: Sequence[str], truncated: np.ndarray) -> np.ndarray:
    """For each cut-off title, how many distinct complete titles in ``titles`` begin with its
    complete words (at least 1: the document it cuts); NaN for complete titles.

    Splink's term-frequency adjustment for prefixes: a cut-off title that twenty documents
    could continue says less than one that only one could.
    """
    complete = sorted({t for t, cut in zip(titles, truncated, strict=True) if not cut})
    out = np.full(len(titles), np.nan)
    for i in np.flatnonzero(truncated):
        words = cut_words(titles[i])
        if not words:
            out[i] = max(1, len(complete))
            continue
        lo = bisect.bisect_left(complete, words)
        # the words themselves, or followed by a space (" " < "!")
        hi = bisect.bisect_left(complete, words + "!", lo)
        exact = lo < len(complete) and complete[lo] == words
        spaced = bisect.bisect_left(complete, words + " ", lo, hi)
        out[i] = max(1, int(exact) + hi - spaced)
    return out


def _ordinal(year: int, month: int, day: int) -> int:
    import datetime

    return datetime.date(year, month, day).toordinal()
