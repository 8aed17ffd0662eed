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
from collections.abc import Callable, Iterator
from functools import lru_cache

import numpy as np
import regex

from lacuna.errors import LacunaError
from lacuna.linkage.model import DEFAULT_MODEL, BlockingRule, Model
from lacuna.linkage.parallel import fork_map, shared, state
from lacuna.linkage.prepare import Prepared, transliterated

__all__ = [
    "LOCAL_KEYS",
    "blocking_keys",
    "candidates",
    "key_chunks",
    "key_spans",
    "key_table",
    "keys_between",
    "names_key",
    "order_ranks",
]

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


#: Keys computed from an entry alone (no counts over the input): an engine may take them in chunks.
LOCAL_KEYS = frozenset({"title", "all", "prefix", "title_but_one", "names", "summary_halves"})


def _local_keys(rule: BlockingRule, prep: Prepared, lo: int, hi: int) -> list[list[str]]:
    """Keys of entries ``lo .. hi - 1`` under a rule whose key depends on the entry alone."""
    titles = prep.titles[lo:hi]
    if rule.key == "title":
        return [[t] if t else [] for t in titles]
    if rule.key == "all":
        return [[""] for _ in titles]
    if rule.key == "prefix":
        return [[t[: rule.size]] if len(t) >= rule.size else [] for t in titles]
    if rule.key == "summary_halves":
        return [_halves(s) for s in prep.summaries[lo:hi]]
    if rule.key == "names":
        return [[names_key(t)] if names_key(t) else [] for t in prep.listed_titles[lo:hi]]
    keys = []  # title_but_one
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
    return keys


def _with_numbers(
    rule: BlockingRule, keys: list[list[str]], numbers: list[tuple[str, ...]]
) -> list[list[str]]:
    if not rule.with_numbers:
        return keys
    return [[k + "\x1f" + " ".join(nums) for k in ks] for ks, nums in zip(keys, numbers, strict=True)]


def key_chunks(
    rule: BlockingRule, prep: Prepared, chunk: int = 100_000
) -> Iterator[tuple[int, list[list[str]], np.ndarray | None]]:
    """:func:`blocking_keys` in pieces ``(first entry, keys, probes)``: ``chunk`` entries at a
    time for keys of the entry alone (:data:`LOCAL_KEYS`), all at once for the others; an
    engine that loads keys into a database never holds every key of a rule as Python strings."""
    for lo, hi in key_spans(rule, len(prep), chunk):
        yield lo, *keys_between(rule, prep, lo, hi)


def key_spans(rule: BlockingRule, n: int, chunk: int = 100_000) -> list[tuple[int, int]]:
    """The ranges of entries :func:`key_chunks` computes keys for at once: ``chunk`` entries for
    keys of the entry alone (:data:`LOCAL_KEYS`), else all ``n``."""
    if rule.key not in LOCAL_KEYS:
        return [(0, n)]
    return [(lo, min(lo + chunk, n)) for lo in range(0, n, chunk)]


def keys_between(
    rule: BlockingRule, prep: Prepared, lo: int, hi: int
) -> tuple[list[list[str]], np.ndarray | None]:
    """The keys (and probes) of entries ``lo .. hi - 1``, a range of :func:`key_spans`."""
    if rule.key not in LOCAL_KEYS:
        if (lo, hi) != (0, len(prep)):
            raise LacunaError(f"blocking rule {rule.name!r}: {rule.key!r} keys need every entry at once")
        return blocking_keys(rule, prep)
    return _with_numbers(rule, _local_keys(rule, prep, lo, hi), prep.numbers[lo:hi]), None


def blocking_keys(rule: BlockingRule, prep: Prepared) -> tuple[list[list[str]], np.ndarray | None]:
    """Each prepared entry's keys under ``rule`` and, for a one-sided rule, which entries probe
    (only pairs with a probing entry are compared); None when every pair counts."""
    titles = prep.titles
    probes = None
    if rule.key in LOCAL_KEYS:
        keys = _local_keys(rule, prep, 0, len(prep))
    elif rule.key == "rare_tokens":
        plain = [_plain_words(t) for t in titles]
        df: _Counter[str] = _Counter()
        for words in plain:
            df.update(words)
        # a word no other title has blocks nothing (most are typos): the rarest shared words
        rank = {w: r for r, w in enumerate(sorted((w for w in df if df[w] > 1), key=lambda w: (df[w], w)))}
        keys = [sorted(words & rank.keys(), key=rank.__getitem__)[: rule.size] for words in plain]
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
    return _with_numbers(rule, keys, prep.numbers), probes


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
    ids: dict[str, int] = {}
    kid = np.fromiter(
        (ids.setdefault(k, len(ids)) for ks in keys for k in ks), dtype=np.int64, count=int(counts.sum())
    )
    return np.repeat(np.arange(len(keys), dtype=np.int64), counts), kid


def candidates(prep: Prepared, model: Model = DEFAULT_MODEL, *, workers: int = 1) -> np.ndarray:
    """Candidate pairs as an ``(k, 2)`` array of prepared indices, ``a < b``, sorted, unique.

    Each rule's blocks are compared all-pairs up to ``max_block`` entries and by sorted
    neighbourhood above (each entry against the next ``window`` in the rule's order), so the
    number of pairs grows with the input, not with its square. The rules run over ``workers``
    processes (:func:`~lacuna.linkage.parallel.fork_map`); the pairs are the same.
    """
    n = len(prep)
    with shared(blocking_prep=prep, blocking_model=model, blocking_ranks={}):
        codes = fork_map(_rule_codes, [(i,) for i in range(len(model.blocking))], workers)
    if not codes:
        return np.zeros((0, 2), dtype=np.int64)
    unique = _unique(np.concatenate(codes))
    return np.stack([unique // n, unique % n], axis=1)


def _unique(codes: np.ndarray) -> np.ndarray:
    """The distinct values of an integer array, sorted."""
    codes = np.sort(codes)
    return codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes


def _rule_codes(r: int) -> np.ndarray:
    """The pairs blocking rule ``r`` of the shared model proposes, as sorted distinct codes
    ``a * n + b`` (``a < b``)."""
    prep: Prepared = state("blocking_prep")
    rule: BlockingRule = state("blocking_model").blocking[r]
    ranks: dict[str, np.ndarray] = state("blocking_ranks")  # this process's, by order
    n = len(prep)
    codes: list[np.ndarray] = []

    def add(a: np.ndarray, b: np.ndarray) -> None:
        keep = a != b
        a, b = a[keep], b[keep]
        codes.append(np.minimum(a, b) * n + np.maximum(a, b))

    if rule.key == "all" and not rule.with_numbers:  # one block of every entry: no keys to look up
        entry, kid, probes = np.arange(n, dtype=np.int64), np.zeros(n, dtype=np.int64), None
    else:
        keys, probes = blocking_keys(rule, prep)
        entry, kid = key_table(keys)
        del keys
    if not len(entry):
        return np.zeros(0, dtype=np.int64)
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
    return _unique(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.int64)
