"""The comparison functions of listing linkage: how alike two entries' titles, numbers and
dates are, each on whole columns of pairs (numpy in, numpy out; rapidfuzz's batch calls inside).

They are the kernels the registry of :mod:`lacuna.linkage.methods` names once and every engine
calls; rapidfuzz is always called with ``processor=None`` on matching keys
(:func:`lacuna.linkage.prepare.key`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from lacuna.linkage.prepare import Prepared, cut_words

__all__ = [
    "ambiguity",
    "coverage",
    "days_apart",
    "numbers_agree",
    "numbers_of_pairs",
    "numbers_value",
    "similarity",
    "substitutions",
    "title_ratio",
]

_DIGITS = re.compile(r"\d+")


def title_ratio(
    a: Sequence[str], b: Sequence[str], ta: np.ndarray, tb: np.ndarray, *, workers: int = 1
) -> np.ndarray:
    """``fuzz.ratio`` of normalised titles; where a side is cut off, against the other's start."""
    scores = process.cpdist(a, b, scorer=fuzz.ratio, processor=None, workers=workers).astype(np.float64)
    cut = np.flatnonzero(ta | tb)
    xs, ys = [], []
    for i in cut.tolist():
        x, y = a[i], b[i]
        if ta[i] and (not tb[i] or len(x) <= len(y)):
            y = y[: len(x)]
        else:
            x = x[: len(y)]
        xs.append(x)
        ys.append(y)
    if xs:
        scores[cut] = process.cpdist(
            xs, ys, scorer=fuzz.ratio, processor=None, dtype=np.float64, workers=workers
        )
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
    a: Sequence[tuple[str, ...]],
    b: Sequence[tuple[str, ...]],
    ta: np.ndarray,
    tb: np.ndarray,
    ca: Sequence[tuple[str, ...]] | None = None,
    cb: Sequence[tuple[str, ...]] | None = None,
) -> np.ndarray:
    """1 where the titles' numbers agree as multisets (a cut-off title's: as a prefix), 0.5 where
    they differ by one typo (:func:`_one_typo`), 0 where not, NaN where neither title has any.

    ``ca``/``cb`` are the numbers of the titles as written (dates not rewritten, months with a
    typo read as months): a cut-off title's are compared with them as a prefix (``…Stalin, 1…``
    is a start of ``…Stalin, 1 July 1945`` although the date's key is ``1945 7 1``), and
    complete titles agree when either form does (``16 Octobe r1962``, whose date the key
    cannot read, against ``16 October 1962``)."""
    written = ca is not None and cb is not None
    return np.fromiter(
        (
            numbers_value(
                x, y, bool(ta[i]), bool(tb[i]), ca[i] if written else None, cb[i] if written else None
            )
            for i, (x, y) in enumerate(zip(a, b, strict=True))
        ),
        dtype=np.float64,
        count=len(a),
    )


def numbers_value(
    x: Sequence[str],
    y: Sequence[str],
    cut_x: bool,
    cut_y: bool,
    wx: Sequence[str] | None = None,
    wy: Sequence[str] | None = None,
) -> float:
    """:func:`numbers_agree` of one pair: numbers ``x``/``y`` (``wx``/``wy`` as written) of two
    titles, ``cut_x``/``cut_y`` whether each is cut off."""
    written = wx is not None and wy is not None
    if (cut_x or cut_y) and written:
        x, y = wx, wy  # type: ignore[assignment]
    if not x and not y:
        return math.nan
    if cut_x or cut_y:
        short, long_ = (x, y) if (cut_x and (not cut_y or len(x) <= len(y))) else (y, x)
        # the cut may have taken the numbers: nothing left to compare is no evidence
        return math.nan if not short else 1.0 if long_[: len(short)] == short else 0.0
    if sorted(x) == sorted(y) or (written and sorted(wx) == sorted(wy)):  # type: ignore[arg-type]
        return 1.0
    if _one_typo(x, y) or (written and _one_typo(wx, wy)):  # type: ignore[arg-type]
        return 0.5
    return 0.0


def numbers_of_pairs(prep: Prepared, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """:func:`numbers_agree` of prepared pairs: equal multisets found by their ids
    (:attr:`Prepared.number_sets`) at once, the rest pair by pair."""
    ta, tb = prep.truncated[ia], prep.truncated[ib]
    keyed, written = prep.number_sets, prep.written_number_sets
    empty = np.fromiter(map(len, prep.numbers), dtype=np.int64, count=len(prep)) == 0
    complete = ~(ta | tb)
    out = np.zeros(len(ia))
    out[complete & ((keyed[ia] == keyed[ib]) | (written[ia] == written[ib]))] = 1.0
    out[complete & empty[ia] & empty[ib]] = np.nan
    numbers, written_numbers = prep.numbers, prep.written_numbers
    for k in np.flatnonzero(~complete).tolist():
        a, b = int(ia[k]), int(ib[k])
        out[k] = numbers_value(
            numbers[a], numbers[b], bool(ta[k]), bool(tb[k]), written_numbers[a], written_numbers[b]
        )
    # complete titles whose numbers differ in both forms: a typo, or not
    for k in np.flatnonzero(complete & (out == 0.0)).tolist():
        a, b = int(ia[k]), int(ib[k])
        if _one_typo(numbers[a], numbers[b]) or _one_typo(written_numbers[a], written_numbers[b]):
            out[k] = 0.5
    return out


def _one_typo(x: Sequence[str], y: Sequence[str]) -> bool:
    """The numbers differ by one typo that makes no other number of a series: two neighbouring
    digits swapped (``1943``/``9143``), a digit dropped or a letter typed into a number of three
    digits or more (``1943``/``193``, ``86025``/``860z5``), or a month name mangled beyond
    reading (``14 Januaryi1947``). A digit for another (``5``/``6``, ``16``/``20``) is no typo."""
    # each number occurring more often on its side than on the other, every occurrence of it
    only_x = [n for n in x if x.count(n) > y.count(n)]
    only_y = [n for n in y if y.count(n) > x.count(n)]
    if not only_x and not only_y:
        return False
    if not only_x or not only_y:  # one side has a month the other's typo hid
        return len(only_x) + len(only_y) == 1 and (only_x or only_y)[0].startswith("m")
    if any(n.startswith("m") for n in (*only_x, *only_y)) or len(only_x) + len(only_y) > 3:
        return False
    a, b = "".join(only_x), "".join(only_y)
    if len(a) == len(b):
        return sorted(a) == sorted(b) and OSA.distance(a, b) == 1
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and len(long_) == len(short) + 1 and OSA.distance(a, b) == 1


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
