"""Blocking: which entries are compared at all, by the model's :class:`~lacuna.linkage.model.BlockingRule` s.

Two entries are a candidate pair when they share a key of some rule (the title key, its rarest
words with its numbers, the start of a cut-off title, ...). A block larger than the rule's
``max_block`` is compared by sorted neighbourhood only (each entry with the next ``window`` in
the rule's order), so the number of pairs grows with the input, not with its square.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter as _Counter
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import regex

from lacuna.errors import LacunaError
from lacuna.linkage.model import DEFAULT_MODEL, BlockingRule, Model
from lacuna.linkage.prepare import Prepared, transliterated

__all__ = ["blocking_keys", "candidates", "key_table", "names_key", "order_ranks"]

_has_digit = re.compile(r"\d").search


@lru_cache(maxsize=1 << 17)
def _digit_free(word: str) -> bool:
    return _has_digit(word) is None


def _plain_words(title: str) -> set[str]:
    """A title's distinct words without digits."""
    return set(filter(_digit_free, title.split()))


_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}\p{M}'-]+")


@lru_cache(maxsize=1 << 16)
def names_key(title: str) -> str:
    """The names a title has, as one key: its capitalised words after the first, names in their
    canonical spelling (the transliteration table), lower case, sorted, distinct; empty when
    fewer than two."""
    words = _CAPITALISED.findall(transliterated(unicodedata.normalize("NFKC", title)))[1:]
    names = sorted({w.lower() for w in words})
    return " ".join(names) if len(names) >= 2 else ""


def _halves(text: str | None) -> list[str]:
    """A text's first and second half (by words), told apart; the whole text when short."""
    if not text:
        return []
    words = text.split()
    if len(words) < 4:
        return [text]
    mid = len(words) // 2
    return ["1\x1e" + " ".join(words[:mid]), "2\x1e" + " ".join(words[mid:])]


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
        # a word no other title has blocks nothing (most are typos): the rarest shared words
        rank = {w: r for r, w in enumerate(sorted((w for w in df if df[w] > 1), key=lambda w: (df[w], w)))}
        keys = [sorted(_plain_words(t) & rank.keys(), key=rank.__getitem__)[: rule.size] for t in titles]
    elif rule.key == "summary_halves":
        keys = [_halves(s) for s in prep.summaries]
    elif rule.key == "names":
        keys = [[names_key(e.title)] if names_key(e.title) else [] for e in prep.entries]
    elif rule.key == "cut_prefix":
        titles = prep.written_titles  # a cut may fall inside a date: compare dates as written
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
    elif rule.order == "summary":
        key = lambda i: (summaries[i] or "", titles[i], i)  # noqa: E731
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
