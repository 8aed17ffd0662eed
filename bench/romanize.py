"""Romanisation keys: how many names per second, and names in running text, against a baseline.

* ``name_key``: distinct names built from Wade–Giles, pinyin, Korean and Russian spellings,
  keyed with every cache cleared first (the cost of a name seen for the first time), and
  again with the caches warm (a name seen before: what a classifier calling it per bracket
  mostly pays). Baseline: ``unicodedata.normalize("NFC", name).casefold()`` on the same names.
* ``fold_words`` and the ``transliteration`` step on the sample corpus repeated to
  ``--size-mb`` million characters. Baseline: NFC + casefold of the same text.

Times are process CPU time, medians of ``--runs`` runs. Each line prints lacuna's figure, the
baseline's and their ratio.

Usage: python bench/romanize.py [--names 20000] [--size-mb 2] [--runs 3]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import lacuna
from lacuna.normalize import romanization

ROOT = Path(__file__).resolve().parent.parent

_SURNAMES = ["Chou", "Zhou", "Mao", "Teng", "Deng", "Liu", "Ch'en", "Kim", "Pak", "Choe", "Yi", "Hsü"]
_GIVEN = ["En", "lai", "Tse", "tung", "Hsiao", "p'ing", "Shao", "ch'i", "Il", "sŏng", "Kum", "chol",
          "Hyon", "gon", "Xiao", "ping", "Song", "min", "Jie", "shi", "Kuo", "feng"]  # fmt: skip
_RUSSIAN = ["Khrushchev", "Chruschtschow", "Vyshinskii", "Savel'yev", "Beriya", "Mikoian", "Kovalyov"]


def names(count: int) -> list[str]:
    out: list[str] = []
    for surname, a, b in itertools.product(_SURNAMES, _GIVEN, _GIVEN):
        out.append(f"{surname} {a}-{b.lower()}")
    for word, suffix in itertools.product(_RUSSIAN, ["", "a", "ov", "in", "sky", "enko", "ich"]):
        out.append(word + suffix)
    while len(out) < count:  # more distinct names: the same, spelled joined and upper-cased
        out.extend(n.replace("-", "").upper() + str(len(out)) for n in out[: count - len(out)])
    return out[:count]


def clear() -> None:
    for fn in (
        romanization.name_key,
        romanization.plain_key,
        romanization.keys._chinese,
        romanization.keys._korean,
    ):
        fn.cache_clear()
    romanization.keys._russian.cache_clear()
    romanization.running._word_kind.cache_clear()


def timed(fn: Callable[[], object], runs: int, before: Callable[[], None] | None = None) -> float:
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=20_000)
    parser.add_argument("--size-mb", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    batch = names(args.names)
    romanization.name_key("warm the tables")
    base = timed(lambda: [unicodedata.normalize("NFC", n).casefold() for n in batch], args.runs)
    cold = timed(lambda: [romanization.name_key(n) for n in batch], args.runs, before=clear)
    romanization.name_keys(batch)
    warm = timed(lambda: [romanization.name_key(n) for n in batch], args.runs)
    print(f"{len(batch)} names; baseline NFC + casefold: {len(batch) / base:,.0f} names/s")
    print(f"name_key, caches cleared : {len(batch) / cold:>12,.0f} names/s  ratio {base / cold:.4f}")
    print(f"name_key, caches warm    : {len(batch) / warm:>12,.0f} names/s  ratio {base / warm:.4f}")

    sample = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    size = int(args.size_mb * 1_000_000)
    text = (sample * (size // len(sample) + 1))[:size]
    mb = len(text) / 1e6
    base_t = timed(lambda: unicodedata.normalize("NFC", text).casefold(), args.runs)
    fold_t = timed(lambda: romanization.fold_words(text), args.runs)
    step_t = timed(lambda: lacuna.normalize(text, "transliteration"), args.runs)
    print(f"text: {mb:.1f} M characters of corpus/*.txt; baseline NFC + casefold: {mb / base_t:.1f} MB/s")
    print(f"fold_words               : {mb / fold_t:>8.1f} MB/s  ratio {base_t / fold_t:.4f}")
    print(f"transliteration step     : {mb / step_t:>8.1f} MB/s  ratio {base_t / step_t:.4f}")


if __name__ == "__main__":
    main()
