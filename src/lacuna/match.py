"""Which listing entries are the same document: blocking, scoring and explanations, as data.

The model (:class:`Model`) is data, in the manner of splink:

- **blocking rules** (:class:`BlockingRule`) say which entries are compared at all: two entries
  are a candidate pair when they share a key of some rule (the normalised title, its rarest
  tokens together with the numbers in it, its first characters). A block larger than
  ``max_block`` is compared by sorted neighbourhood only, so the cost stays near-linear;
- **comparisons** (:class:`Comparison`) score each candidate pair field by field (title
  ``fuzz.ratio`` on normalised text, summary ``token_set_ratio``, listed dates, the numbers in
  the titles, the page) and map each score to a :class:`Level` with a weight (a log2 Bayes
  factor, splink's "match weight") or a veto;
- a pair is a match when no level vetoes it and the weights add up to ``threshold`` or more.

Every pair keeps each comparison's value, level and weight, so :func:`explain` and
:meth:`Matches.explain` show why two entries were, or were not, matched.

Scores are reproducible: rapidfuzz is always called with ``processor=None`` on text normalised
here (:func:`normalise`), never with a scorer's default processing.

>>> from lacuna.listing import read
>>> a = read("June 5, 1944\\n\\nCable No. 5 from Petrov\\n", source="a")[0]
>>> b = read("June 05, 1944\\n\\nCable No 5 from Petrov\\n", source="b")[0]
>>> c = read("June 05, 1944\\n\\nCable No 6 from Petrov\\n", source="c")[0]
>>> explain(a, b).decision, explain(a, c).decision
('match', 'veto: numbers differ')
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter as _Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein
from rapidfuzz.utils import default_process

from lacuna.dates import MONTHS
from lacuna.errors import LacunaError
from lacuna.listing import Entry

__all__ = [
    "DEFAULT_BLOCKING",
    "DEFAULT_COMPARISONS",
    "DEFAULT_MODEL",
    "BlockingRule",
    "Comparison",
    "Contribution",
    "Explanation",
    "Level",
    "Matches",
    "Model",
    "Prepared",
    "candidates",
    "explain",
    "match",
    "normalise",
    "numbers_of",
    "prepare",
]

_DIGITS = re.compile(r"\d+")
_FULL_MONTHS = sorted(name for name in MONTHS if len(name) > 4)


def normalise(text: str) -> str:
    """Matching form of a text: NFKC, lower case, punctuation as spaces, single spaces."""
    return " ".join(default_process(unicodedata.normalize("NFKC", text)).split())


@lru_cache(maxsize=4096)
def _month(word: str) -> int | None:
    """The month a word names: a name or abbreviation, or a full name one typo away."""
    number = MONTHS.get(word)
    if number is None and len(word) > 4:
        found = process.extractOne(word, _FULL_MONTHS, scorer=OSA.distance, score_cutoff=1)
        number = MONTHS[found[0]] if found else None
    return number


def numbers_of(normalised: str) -> tuple[str, ...]:
    """The numbers in a normalised title (cable numbers, days, years) and the months of the dates
    in it, in order: digit runs, and ``m<number>`` for a month name next to a digit run.

    Runs, not tokens: a number glued to a word by a typo (``20278from``) is still ``20278``.
    ``9 April 1965`` and ``9 March 1965`` differ; ``May`` counts only next to a number.
    """
    if not _DIGITS.search(normalised):
        return ()
    words = normalised.split()
    out: list[str] = []
    for i, word in enumerate(words):
        if _DIGITS.search(word):
            out.extend(_DIGITS.findall(word))
        elif (i > 0 and words[i - 1].isdigit()) or (i + 1 < len(words) and words[i + 1].isdigit()):
            month = _month(word)
            if month is not None:
                out.append(f"m{month}")
    return tuple(out)


# --------------------------------------------------------------------------- the model as data


@dataclass(frozen=True, slots=True)
class BlockingRule:
    """Entries sharing a key of this rule are compared.

    ``key`` names the key: ``title`` (the whole normalised title), ``title_but_one`` (the
    title without one of its words, for each word: one typo apart still shares a key),
    ``rare_tokens`` (each of the title's ``size`` rarest words, rarity counted over the input),
    ``prefix`` (the first ``size`` characters), ``cut_prefix`` (a cut-off title's complete
    words, at least ``size`` of them; other titles get the same key for each such start they
    have, and only pairs with a cut-off title are compared), ``all`` (one block: with
    ``max_block=0`` a plain sorted neighbourhood). ``with_numbers`` adds the title's numbers
    to each key.

    A block of more than ``max_block`` entries is not compared all-pairs: its entries are sorted
    by ``order`` (``title`` or ``reversed_title``, then summary) and each is compared with the
    next ``window``.
    """

    name: str
    key: str
    size: int = 0
    with_numbers: bool = False
    max_block: int = 64
    window: int = 8
    order: str = "title"


@dataclass(frozen=True, slots=True)
class Level:
    """One outcome of a comparison: the value lies in ``[lo, hi]`` (either may be open).

    ``missing`` marks the level taken when a side has no value. ``weight`` is added to the
    pair's match weight; ``veto`` makes the pair a non-match whatever else agrees.
    """

    label: str
    weight: float
    lo: float | None = None
    hi: float | None = None
    missing: bool = False
    veto: bool = False

    def admits(self, value: float) -> bool:
        if math.isnan(value):
            return self.missing
        if self.missing:
            return False
        return (self.lo is None or value >= self.lo) and (self.hi is None or value <= self.hi)


@dataclass(frozen=True, slots=True)
class Comparison:
    """One field compared: ``method`` computes a value per pair; the first level admitting it counts.

    Methods:

    - ``ratio`` / ``token_set_ratio``: rapidfuzz on the normalised ``field``, 0-100, NaN when a
      side is missing; with ``prefix_if_truncated`` a cut-off title is compared with the other
      title's start;
    - ``substitutions``: how many words of one title stand replaced by other words in the
      other, typos aside (:func:`substitutions`);
    - ``coverage``: the share of the longer title a cut-off title shows, 1 when neither is cut;
    - ``ambiguity``: how many complete titles of the input a cut-off title could be
      (:func:`cut_ambiguity`), NaN when neither is cut off;
    - ``days``: days between the listed dates at the coarser of the two precisions;
    - ``numbers``: 1 when the titles' numbers and months agree, 0 when not, NaN when neither
      title has any;
    - ``same_page``: 1 when both entries are on one page.
    """

    name: str
    method: str
    field: str
    levels: tuple[Level, ...]
    prefix_if_truncated: bool = False
    description: str = ""

    def level_of(self, value: float) -> int:
        for i, level in enumerate(self.levels):
            if level.admits(value):
                return i
        raise LacunaError(f"comparison {self.name}: no level admits {value}")


DEFAULT_BLOCKING: tuple[BlockingRule, ...] = (
    BlockingRule("same title", "title"),
    BlockingRule("title but one word", "title_but_one", max_block=16),
    BlockingRule("rare words + numbers", "rare_tokens", size=3, with_numbers=True, max_block=16),
    BlockingRule("start of a cut-off title", "cut_prefix", size=3, max_block=256),
    BlockingRule("neighbours by title", "all", max_block=0, window=4),
    BlockingRule("neighbours by title end", "all", max_block=0, window=4, order="reversed_title"),
)

DEFAULT_COMPARISONS: tuple[Comparison, ...] = (
    Comparison(
        "title",
        "ratio",
        "title",
        (
            Level("exact", 8.0, lo=100.0),
            Level("close", 6.0, lo=95.0),
            Level("similar", 1.5, lo=88.0),
            Level("different", -12.0),
        ),
        prefix_if_truncated=True,
        description="fuzz.ratio of the normalised titles (a cut-off title against the other's start)",
    ),
    Comparison(
        "words",
        "substitutions",
        "title",
        (
            Level("none replaced", 0.0, hi=0.0),
            Level("replaced", -8.0),
        ),
        description="words of one title replaced by other words in the other (Tito for Bierut), typos aside",
    ),
    Comparison(
        "cut",
        "coverage",
        "title",
        (
            Level("whole", 0.0, lo=1.0),
            Level("mostly", -2.0, lo=0.75),
            Level("part", -4.0),
        ),
        description="how much of the longer title a cut-off title shows (its length over the other's)",
    ),
    Comparison(
        "cut_ambiguity",
        "ambiguity",
        "title",
        (
            Level("not cut", 0.0, missing=True),
            Level("one document", 0.0, hi=1.0),
            Level("a few", -1.0, hi=5.0),
            Level("many", -2.0),
        ),
        description="how many complete titles in the input begin with a cut-off title's words",
    ),
    Comparison(
        "summary",
        "token_set_ratio",
        "summary",
        (
            Level("missing", 0.0, missing=True),
            Level("same", 4.0, lo=90.0),
            Level("similar", -2.0, lo=70.0),
            Level("different", -8.0),
        ),
        description="fuzz.token_set_ratio of the normalised summaries",
    ),
    Comparison(
        "date",
        "days",
        "date",
        (
            Level("missing", 0.0, missing=True),
            Level("same", 1.0, hi=0.0),
            Level("within a month", 0.5, hi=31.0),
            Level("within a year", 0.0, hi=366.0),
            Level("further apart", -3.0),
        ),
        description="days between the listed dates (publication and document dates differ often)",
    ),
    Comparison(
        "numbers",
        "numbers",
        "title",
        (
            Level("none", 0.0, missing=True),
            Level("agree", 2.0, lo=1.0),
            Level("numbers differ", 0.0, veto=True),
        ),
        description="the digit runs in the titles, as multisets (a cut-off title's: as a prefix)",
    ),
    Comparison(
        "page",
        "same_page",
        "source",
        (Level("same page", 0.0, lo=1.0, veto=True), Level("other pages", 0.0)),
        description="two entries of one page are never one document",
    ),
)


@dataclass(frozen=True, slots=True)
class Model:
    """Blocking rules, comparisons and the match-weight threshold."""

    blocking: tuple[BlockingRule, ...] = DEFAULT_BLOCKING
    comparisons: tuple[Comparison, ...] = DEFAULT_COMPARISONS
    threshold: float = 6.0

    def hopeless_levels(self) -> frozenset[int]:
        """Levels of the first comparison from which no pair reaches the threshold, even when
        every other comparison takes its best level; such pairs are not scored further."""
        first, rest = self.comparisons[0], self.comparisons[1:]
        best = sum(max(lev.weight for lev in c.levels if not lev.veto) for c in rest)
        return frozenset(
            i for i, lev in enumerate(first.levels) if not lev.veto and lev.weight + best < self.threshold
        )


DEFAULT_MODEL = Model()


# --------------------------------------------------------------------------- prepared entries


@dataclass(slots=True)
class Prepared:
    """Entries sorted by (page, line) with their matching fields as columns."""

    entries: list[Entry]
    titles: list[str]
    summaries: list[str | None]
    numbers: list[tuple[str, ...]]
    truncated: np.ndarray  # bool
    page: np.ndarray  # int: index of the entry's page
    date_day: np.ndarray  # float: proleptic ordinal of the day (NaN without a date)
    date_month: np.ndarray  # float: year * 12 + month - 1
    date_year: np.ndarray  # float
    date_precision: np.ndarray  # int: 0 none, 1 year, 2 month, 3 day
    cut_ambiguity: np.ndarray  # float: complete titles a cut-off title could be (NaN if not cut)
    index: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)


_TRAILING_CUT = ("…", "...")


def _title_text(entry: Entry) -> str:
    title = entry.title.rstrip()
    if entry.truncated:
        for mark in _TRAILING_CUT:
            if title.endswith(mark):
                title = title[: -len(mark)]
                break
    return normalise(title)


def prepare(entries: Sequence[Entry]) -> Prepared:
    """Normalise and index entries; their order in the result is (page, line), whatever it was."""
    ordered = sorted(entries, key=lambda e: e.sort_key)
    index: dict[str, int] = {}
    for i, e in enumerate(ordered):
        if e.id in index:
            raise LacunaError(f"two entries with the id {e.id!r} (the same page given twice?)")
        index[e.id] = i
    n = len(ordered)
    titles = [_title_text(e) for e in ordered]
    summaries = [normalise(e.summary) if e.summary else None for e in ordered]
    summaries = [s or None for s in summaries]
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
    return Prepared(
        entries=ordered,
        titles=titles,
        summaries=summaries,
        numbers=[numbers_of(t) for t in titles],
        truncated=np.fromiter((e.truncated for e in ordered), dtype=bool, count=n),
        page=page,
        date_day=day,
        date_month=month,
        date_year=year,
        date_precision=precision,
        cut_ambiguity=cut_ambiguity(titles, np.fromiter((e.truncated for e in ordered), bool, n)),
        index=index,
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


# --------------------------------------------------------------------------- blocking


_has_digit = re.compile(r"\d").search


@lru_cache(maxsize=1 << 17)
def _digit_free(word: str) -> bool:
    return _has_digit(word) is None


def _plain_words(title: str) -> set[str]:
    """A title's distinct words without digits."""
    return set(filter(_digit_free, title.split()))


def blocking_keys(rule: BlockingRule, prep: Prepared) -> tuple[list[list[str]], np.ndarray | None]:
    """Each prepared entry's keys under ``rule`` and, for a one-sided rule, which entries probe
    (only pairs with a probing entry are compared); None when every pair counts."""
    titles = prep.titles
    probes = None
    if rule.key == "title":
        keys = [[t] if t else [] for t in titles]
    elif rule.key == "all":
        keys = [[""] for _ in titles]
    elif rule.key == "prefix":
        keys = [[t[: rule.size]] if len(t) >= rule.size else [] for t in titles]
    elif rule.key == "title_but_one":
        keys = []
        for t in titles:
            words = t.split()
            if len(words) < 3:
                keys.append([])
                continue
            row = []
            a = 0
            for w in words:  # normalised: words one space apart
                b = a + len(w)
                if _digit_free(w):
                    row.append(t[:a] + "\x1e" + t[b:])
                a = b + 1
            keys.append(row)
    elif rule.key == "rare_tokens":
        df: _Counter[str] = _Counter()
        for t in titles:
            df.update(_plain_words(t))
        rank = {w: r for r, w in enumerate(sorted(df, key=lambda w: (df[w], w)))}
        keys = [sorted(_plain_words(t), key=rank.__getitem__)[: rule.size] for t in titles]
    elif rule.key == "cut_prefix":
        probes = prep.truncated.copy()
        cut: dict[int, str] = {}
        for i in np.flatnonzero(probes):
            words = titles[i].split()[:-1]  # the last word may be cut in the middle
            if len(words) >= rule.size:
                cut[int(i)] = " ".join(words)
            else:
                probes[i] = False
        keys = [[] for _ in titles]
        # complete titles in sorted order: those beginning with a start are one range
        order = sorted((t, i) for i, t in enumerate(titles) if i not in cut)
        ordered = [t for t, _ in order]
        for i, start in cut.items():
            keys[i].append(start)
        for start in sorted(set(cut.values())):
            lo = bisect.bisect_left(ordered, start)
            hi = bisect.bisect_left(ordered, start + "!", lo)  # the start, or it and " " (< "!")
            same = bisect.bisect_right(ordered, start, lo, hi)
            spaced = bisect.bisect_left(ordered, start + " ", same, hi)
            for r in (*range(lo, same), *range(spaced, hi)):
                keys[order[r][1]].append(start)
    else:
        raise LacunaError(f"blocking rule {rule.name!r}: unknown key {rule.key!r}")
    if rule.with_numbers:
        keys = [
            [k + "\x1f" + " ".join(nums) for k in ks] for ks, nums in zip(keys, prep.numbers, strict=True)
        ]
    return keys, probes


def order_ranks(rule: BlockingRule, prep: Prepared) -> np.ndarray:
    """Each entry's position when all are sorted by the rule's ``order`` (then summary, index)."""
    titles, summaries = prep.titles, prep.summaries
    if rule.order == "title":
        key: Callable[[int], tuple[str, str, int]] = lambda i: (titles[i], summaries[i] or "", i)  # noqa: E731
    elif rule.order == "reversed_title":
        key = lambda i: (titles[i][::-1], summaries[i] or "", i)  # noqa: E731
    else:
        raise LacunaError(f"blocking rule {rule.name!r}: unknown order {rule.order!r}")
    ranks = np.empty(len(prep), dtype=np.int64)
    ranks[np.asarray(sorted(range(len(prep)), key=key), dtype=np.int64)] = np.arange(len(prep))
    return ranks


def key_table(keys: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """``(entry, key id)`` rows, one per key of each entry; key ids in order of first use."""
    counts = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    flat = [k for ks in keys for k in ks]
    ids = {k: i for i, k in enumerate(dict.fromkeys(flat))}
    kid = np.fromiter(map(ids.__getitem__, flat), dtype=np.int64, count=len(flat))
    return np.repeat(np.arange(len(keys), dtype=np.int64), counts), kid


def candidates(prep: Prepared, model: Model = DEFAULT_MODEL) -> np.ndarray:
    """Candidate pairs as an ``(k, 2)`` array of prepared indices, ``a < b``, sorted, unique.

    Each rule's blocks are compared all-pairs up to ``max_block`` entries and by sorted
    neighbourhood above (each entry against the next ``window`` in the rule's order), so the
    number of pairs grows with the input, not with its square.
    """
    n = len(prep)
    codes: list[np.ndarray] = []

    def add(a: np.ndarray, b: np.ndarray) -> None:
        keep = a != b
        a, b = a[keep], b[keep]
        codes.append(np.minimum(a, b) * n + np.maximum(a, b))

    ranks: dict[str, np.ndarray] = {}
    for rule in model.blocking:
        keys, probes = blocking_keys(rule, prep)
        entry, kid = key_table(keys)
        if not len(entry):
            continue
        # Rows grouped by key; an oversized group's rows in the rule's order.
        rows = np.lexsort((entry, kid))
        entry, kid = entry[rows], kid[rows]
        starts = np.flatnonzero(np.r_[True, kid[1:] != kid[:-1]])
        sizes = np.diff(np.r_[starts, len(kid)])
        if (sizes > rule.max_block).any():
            if rule.order not in ranks:
                ranks[rule.order] = order_ranks(rule, prep)
            rows = np.lexsort((ranks[rule.order][entry], kid))
            entry, kid = entry[rows], kid[rows]
        for m in np.unique(sizes[(sizes >= 2) & (sizes <= rule.max_block)]):
            members = entry[starts[sizes == m][:, None] + np.arange(m)]  # (groups, m)
            if probes is None:
                iu, ju = np.triu_indices(m, 1)
            else:
                iu, ju = np.nonzero(~np.eye(m, dtype=bool))
            a, b = members[:, iu].ravel(), members[:, ju].ravel()
            if probes is not None:
                keep = probes[a]
                a, b = a[keep], b[keep]
            add(a, b)
        # Oversized blocks: sorted neighbourhood within the group.
        big = sizes > rule.max_block
        if big.any():
            group = np.repeat(np.arange(len(sizes)), sizes)
            for step in range(1, rule.window + 1):
                left, right = entry[:-step], entry[step:]
                keep = (group[:-step] == group[step:]) & big[group[:-step]]
                if probes is not None:
                    keep &= probes[left] | probes[right]
                add(left[keep], right[keep])
    if not codes:
        return np.zeros((0, 2), dtype=np.int64)
    unique = np.unique(np.concatenate(codes))
    return np.stack([unique // n, unique % n], axis=1)


# --------------------------------------------------------------------------- comparison values


def title_ratio(
    a: Sequence[str], b: Sequence[str], ta: np.ndarray, tb: np.ndarray, *, workers: int = 1
) -> np.ndarray:
    """``fuzz.ratio`` of normalised titles; where a side is cut off, against the other's start."""
    scores = process.cpdist(a, b, scorer=fuzz.ratio, processor=None, workers=workers).astype(np.float64)
    for i in np.flatnonzero(ta | tb):
        x, y = a[i], b[i]
        if ta[i] and (not tb[i] or len(x) <= len(y)):
            y = y[: len(x)]
        else:
            x = x[: len(y)]
        scores[i] = fuzz.ratio(x, y, processor=None)
    return np.round(scores, 2)


def similarity(
    method: str, a: Sequence[str | None], b: Sequence[str | None], *, workers: int = 1
) -> np.ndarray:
    """rapidfuzz ``method`` (``ratio`` or ``token_set_ratio``) of normalised texts, 0-100 to two
    decimals; NaN where a side is missing."""
    scorer = {"ratio": fuzz.ratio, "token_set_ratio": fuzz.token_set_ratio}[method]
    missing = np.fromiter((x is None or y is None for x, y in zip(a, b, strict=True)), bool, len(a))
    scores = process.cpdist(
        [x or "" for x in a], [y or "" for y in b], scorer=scorer, processor=None, workers=workers
    ).astype(np.float64)
    scores = np.round(scores, 2)
    scores[missing] = np.nan
    return scores


def numbers_agree(
    a: Sequence[tuple[str, ...]], b: Sequence[tuple[str, ...]], ta: np.ndarray, tb: np.ndarray
) -> np.ndarray:
    """1 where the titles' numbers agree as multisets (a cut-off title's: as a prefix), 0 where
    not, NaN where neither title has any."""
    out = np.empty(len(a))
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if not x and not y:
            out[i] = np.nan
        elif ta[i] or tb[i]:
            short, long_ = (x, y) if (ta[i] and (not tb[i] or len(x) <= len(y))) else (y, x)
            # the cut may have taken the numbers: nothing left to compare is no evidence
            out[i] = np.nan if not short else 1.0 if long_[: len(short)] == short else 0.0
        else:
            out[i] = 1.0 if sorted(x) == sorted(y) else 0.0
    return out


def _substitutions(x: str, y: str) -> int:
    words_x, words_y = x.split(), y.split()
    count = 0
    block: list[int] | None = None  # [x start, x end, y start, y end] of a run of edits
    for op in [*Levenshtein.opcodes(words_x, words_y), None]:
        if op is not None and op.tag != "equal":
            if block is None:
                block = [op.src_start, op.src_end, op.dest_start, op.dest_end]
            else:
                block[1], block[3] = op.src_end, op.dest_end
            continue
        if block is not None:
            u = "".join(words_x[block[0] : block[1]])
            v = "".join(words_y[block[2] : block[3]])
            block = None
            # words only on one side are additions, not replacements; numbers are compared
            # on their own; a typo, split or joined word is at most one edit apart
            if (
                u
                and v
                and not (_DIGITS.search(u) or _DIGITS.search(v))
                and OSA.distance(u, v, score_cutoff=1) > 1
                and fuzz.ratio(u, v, processor=None) < _TYPO_RATIO
            ):
                count += 1
    return count


_TYPO_RATIO = 75.0


def substitutions(
    a: Sequence[str], b: Sequence[str], ta: np.ndarray, tb: np.ndarray, *, workers: int = 1
) -> np.ndarray:
    """Words of one title replaced by other words in the other, typos aside (a replaced run
    more than one edit and under 75 % ``fuzz.ratio`` apart: ``Bierut`` for ``Tito``, ``Cable``
    for ``Telegram``); a cut-off title against the other's start. Numbers are left to the
    ``numbers`` comparison."""
    xs, ys = list(a), list(b)
    for i in np.flatnonzero(ta | tb):
        x, y, cx, cy = xs[i], ys[i], bool(ta[i]), bool(tb[i])
        if (y, cy) < (x, cx):
            x, y, cx, cy = y, x, cy, cx
        if cx and (not cy or len(x) <= len(y)):
            x = cut_words(x)
            y = " ".join(y.split()[: len(x.split())])
        else:
            y = cut_words(y)
            x = " ".join(x.split()[: len(y.split())])
        xs[i], ys[i] = x, y
    # a replacement takes two edits or more: titles one edit apart or less have none
    near = process.cpdist(xs, ys, scorer=OSA.distance, processor=None, score_cutoff=1, workers=workers)
    out = np.zeros(len(xs))
    for i in np.flatnonzero(near > 1):
        out[i] = _substitutions(*sorted((xs[i], ys[i])))  # either order gives one answer
    return out


def coverage(a: Sequence[str], b: Sequence[str], ta: np.ndarray, tb: np.ndarray) -> np.ndarray:
    """1 where neither title is cut off; else the shorter's length over the longer's (at most 1)."""
    out = np.ones(len(a))
    for i in np.flatnonzero(ta | tb):
        short, long_ = sorted((len(a[i]), len(b[i])))
        out[i] = min(1.0, short / long_) if long_ else 1.0
    return np.round(out, 4)


def days_apart(prep: Prepared, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """Days between listed dates at the coarser precision of the two; NaN where one is missing."""
    pa, pb = prep.date_precision[ia], prep.date_precision[ib]
    p = np.minimum(pa, pb)
    out = np.full(len(ia), np.nan)
    day = p == 3
    out[day] = np.abs(prep.date_day[ia[day]] - prep.date_day[ib[day]])
    mon = p == 2
    out[mon] = np.abs(prep.date_month[ia[mon]] - prep.date_month[ib[mon]]) * 30.0
    yr = p == 1
    out[yr] = np.abs(prep.date_year[ia[yr]] - prep.date_year[ib[yr]]) * 365.0
    return out


def ambiguity(prep: Prepared, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """How many complete titles the pair's cut-off title could be (the larger count when both
    are cut off); NaN where neither is."""
    return np.fmax(prep.cut_ambiguity[ia], prep.cut_ambiguity[ib])


def comparison_values(
    comparison: Comparison, prep: Prepared, ia: np.ndarray, ib: np.ndarray, *, workers: int = 1
) -> np.ndarray:
    """The comparison's value for each pair ``(ia[k], ib[k])``."""
    ta, tb = prep.truncated[ia], prep.truncated[ib]
    if comparison.method in ("ratio", "token_set_ratio"):
        column = {"title": prep.titles, "summary": prep.summaries}.get(comparison.field)
        if column is None:
            raise LacunaError(f"comparison {comparison.name}: unknown field {comparison.field!r}")
        xa = [column[i] for i in ia]
        xb = [column[i] for i in ib]
        if comparison.method == "ratio" and comparison.field == "title":
            if not comparison.prefix_if_truncated:
                ta = tb = np.zeros(len(ia), dtype=bool)
            return title_ratio(xa, xb, ta, tb, workers=workers)
        return similarity(comparison.method, xa, xb, workers=workers)
    if comparison.method == "numbers":
        return numbers_agree([prep.numbers[i] for i in ia], [prep.numbers[i] for i in ib], ta, tb)
    if comparison.method == "substitutions":
        titles = prep.titles
        return substitutions([titles[i] for i in ia], [titles[i] for i in ib], ta, tb, workers=workers)
    if comparison.method == "coverage":
        return coverage([prep.titles[i] for i in ia], [prep.titles[i] for i in ib], ta, tb)
    if comparison.method == "days":
        return days_apart(prep, ia, ib)
    if comparison.method == "ambiguity":
        return ambiguity(prep, ia, ib)
    if comparison.method == "same_page":
        return (prep.page[ia] == prep.page[ib]).astype(np.float64)
    raise LacunaError(f"comparison {comparison.name}: unknown method {comparison.method!r}")


def levels_of(comparison: Comparison, values: np.ndarray) -> np.ndarray:
    """Index of the first level admitting each value."""
    out = np.full(len(values), -1, dtype=np.int16)
    nan = np.isnan(values)
    for i, level in enumerate(comparison.levels):
        if level.missing:
            hit = nan
        else:
            hit = ~nan
            if level.lo is not None:
                hit = hit & (values >= level.lo)
            if level.hi is not None:
                hit = hit & (values <= level.hi)
        out[(out < 0) & hit] = i
    if (out < 0).any():
        bad = values[out < 0][0]
        raise LacunaError(f"comparison {comparison.name}: no level admits {bad}")
    return out


# --------------------------------------------------------------------------- scored pairs


@dataclass(frozen=True, slots=True)
class Contribution:
    """One comparison's part in a pair's score."""

    comparison: str
    value: float | None
    level: str
    weight: float
    veto: bool

    def format(self) -> str:
        value = "missing" if self.value is None else f"{self.value:g}"
        effect = "VETO" if self.veto else f"{self.weight:+g}"
        return f"{self.comparison}={value} ({self.level}, {effect})"


@dataclass(frozen=True, slots=True)
class Explanation:
    """A scored pair: its total weight, its decision and each comparison's contribution."""

    a: str
    b: str
    weight: float
    decision: str
    contributions: tuple[Contribution, ...]

    def to_dict(self) -> dict[str, object]:
        d: dict[str, object] = {"a": self.a, "b": self.b, "weight": self.weight, "decision": self.decision}
        for c in self.contributions:
            d[c.comparison] = c.value
            d[f"{c.comparison}_level"] = c.level
            d[f"{c.comparison}_weight"] = None if c.veto else c.weight
        return d

    def format(self) -> str:
        parts = " ".join(c.format() for c in self.contributions)
        return f"{self.a} ~ {self.b}: {self.weight:+g} {self.decision} [{parts}]"


@dataclass(slots=True)
class Matches:
    """Scored candidate pairs of prepared entries, columnar.

    ``pairs`` holds prepared indices; ``values``/``levels`` one column per comparison;
    ``weight`` the summed weight (``-inf`` when vetoed); ``accepted`` the matches.
    """

    prep: Prepared
    model: Model
    pairs: np.ndarray
    values: dict[str, np.ndarray]
    levels: dict[str, np.ndarray]
    weight: np.ndarray
    vetoed_by: np.ndarray  # int: index of the first vetoing comparison, -1 if none
    candidates: int = 0  # candidate pairs blocking produced (``pairs`` keeps the scored ones)

    @property
    def accepted(self) -> np.ndarray:
        return (self.vetoed_by < 0) & (self.weight >= self.model.threshold)

    def decision(self, k: int) -> str:
        v = int(self.vetoed_by[k])
        if v >= 0:
            c = self.model.comparisons[v]
            return f"veto: {c.levels[int(self.levels[c.name][k])].label}"
        return "match" if self.weight[k] >= self.model.threshold else "no match"

    def explain(self, k: int) -> Explanation:
        """Pair ``k``'s contributions, comparison by comparison."""
        contributions = []
        for c in self.model.comparisons:
            value = float(self.values[c.name][k])
            level = c.levels[int(self.levels[c.name][k])]
            contributions.append(
                Contribution(
                    c.name, None if math.isnan(value) else value, level.label, level.weight, level.veto
                )
            )
        a, b = (int(x) for x in self.pairs[k])
        return Explanation(
            a=self.prep.entries[a].id,
            b=self.prep.entries[b].id,
            weight=float(self.weight[k]),
            decision=self.decision(k),
            contributions=tuple(contributions),
        )

    def __len__(self) -> int:
        return len(self.pairs)

    def __iter__(self) -> Iterator[Explanation]:
        for k in range(len(self.pairs)):
            yield self.explain(k)


def score(
    prep: Prepared,
    pairs: np.ndarray,
    model: Model = DEFAULT_MODEL,
    *,
    workers: int = 1,
    chunk: int = 200_000,
    progress: Callable[[int], None] | None = None,
) -> Matches:
    """Score candidate pairs with every comparison of the model, ``chunk`` pairs at a time.

    A pair whose first comparison (the title) lands on a level from which the threshold cannot
    be reached, whatever the other comparisons say (:meth:`Model.hopeless_levels`), is dropped
    before the other comparisons are computed; ``Matches.candidates`` counts all pairs.
    """
    first = model.comparisons[0]
    hopeless = np.array([i in model.hopeless_levels() for i in range(len(first.levels))])
    values: dict[str, list[np.ndarray]] = {c.name: [] for c in model.comparisons}
    kept: list[np.ndarray] = []
    for start in range(0, len(pairs), chunk):
        part = pairs[start : start + chunk]
        head = comparison_values(first, prep, part[:, 0], part[:, 1], workers=workers)
        keep = ~hopeless[levels_of(first, head)]
        part = part[keep]
        kept.append(part)
        values[first.name].append(head[keep])
        for c in model.comparisons[1:]:
            values[c.name].append(comparison_values(c, prep, part[:, 0], part[:, 1], workers=workers))
        if progress is not None:
            progress(len(keep))
    cols = {name: (np.concatenate(parts) if parts else np.zeros(0)) for name, parts in values.items()}
    scored = np.concatenate(kept) if kept else np.zeros((0, 2), dtype=np.int64)
    matches = _weigh(prep, model, scored, cols)
    matches.candidates = len(pairs)
    return matches


def _weigh(prep: Prepared, model: Model, pairs: np.ndarray, values: dict[str, np.ndarray]) -> Matches:
    levels: dict[str, np.ndarray] = {}
    weight = np.zeros(len(pairs))
    vetoed_by = np.full(len(pairs), -1, dtype=np.int16)
    for ci, c in enumerate(model.comparisons):
        lv = levels_of(c, values[c.name])
        levels[c.name] = lv
        weights = np.array([lev.weight for lev in c.levels])
        vetoes = np.array([lev.veto for lev in c.levels])
        weight += weights[lv] if len(lv) else 0.0
        vetoed_by[(vetoed_by < 0) & vetoes[lv]] = ci
    weight[vetoed_by >= 0] = -np.inf
    return Matches(prep, model, pairs, values, levels, weight, vetoed_by, len(pairs))


def match(
    entries: Sequence[Entry],
    model: Model = DEFAULT_MODEL,
    *,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> Matches:
    """Block, then score: every candidate pair of ``entries`` with its comparisons and decision."""
    prep = prepare(entries)
    pairs = candidates(prep, model)
    return score(prep, pairs, model, workers=workers, progress=progress)


def explain(a: Entry, b: Entry, model: Model = DEFAULT_MODEL) -> Explanation:
    """Score one pair of entries (no blocking) and say what each comparison contributed."""
    prep = prepare([a, b])
    matches = score(prep, np.array([[0, 1]], dtype=np.int64), model)
    return matches.explain(0)
