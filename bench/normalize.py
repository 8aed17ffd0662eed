"""Normalisation throughput with the offset map built, against a baseline in the same run.

The text: the sample corpus (corpus/*.txt: a document with bracket markup, curly quotes,
dashes, dates and names in their variants, and archive listings) repeated to ``--size-mb``
million characters. The baseline: ``unicodedata.normalize("NFC", text)`` then
``str.casefold`` on the same text, which builds no map.

For each step set it prints lacuna's throughput in MB/s (MB = 10^6 characters), the
baseline's, their ratio and the number of changed places in the map:

* ``nfc,casefold``: the same work as the baseline, plus the map;
* ``nfc,casefold NFD``: the same on the text decomposed (NFD), against the baseline on it;
* ``default``: every default step (brackets parses the markup with lacuna.parse, once);
  the target of issue 17: ratio ≥ 0.20;
* ``default-brackets``: the default steps but ``brackets`` (no parse);
* then each default step alone on the text (``step:NAME``), to show where the time goes;
* then the default steps as one call runs them, each timed in the chain (``in-chain:NAME``:
  on the text the steps before it made, with the call's shared set of characters), and the
  glue (``in-chain:glue``: the one scan for the characters outside ASCII, the maps built
  and composed); their ratio column is the share of the chain's time.

Times are process CPU time (``time.process_time``), medians of ``--runs`` runs, so other
processes on a shared machine inflate them less (they still share the caches and the
cores' turbo). The ``default`` row is measured in pairs, a baseline run then a default run,
so that both of a pair meet the same load: its ratio is the median of the pairs' ratios,
and it prints the range of those ratios and the ratio of the fastest runs as the noise.

Usage: python bench/normalize.py [--size-mb 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import lacuna
from lacuna.editorial import collector_paused
from lacuna.normalize import DEFAULT_STEPS, OffsetMap
from lacuna.normalize.steps import STEP_FUNCTIONS, Options, alphabet_of

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.20


def build_text(size: int) -> str:
    sample = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    return (sample * (size // len(sample) + 1))[:size]


SPREAD: dict[str, tuple[float, float]] = {}  # name -> (fastest, slowest) run, seconds


def timed(fn: Callable[[], object], runs: int, name: str = "") -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.process_time()
        result = fn()
        times.append(time.process_time() - t0)
    SPREAD[name] = (min(times), max(times))
    return statistics.median(times), result


def paired(text: str, steps: tuple[str, ...], runs: int) -> tuple[float, float, str, object]:
    """The default steps timed in pairs with the baseline: (median time, median ratio of the
    pairs, the note of the target and the noise, the result)."""
    ratios, times, bases, result = [], [], [], None
    for _ in range(runs):
        t0 = time.process_time()
        unicodedata.normalize("NFC", text).casefold()
        t1 = time.process_time()
        result = lacuna.normalize(text, steps)
        t2 = time.process_time()
        bases.append(t1 - t0)
        times.append(t2 - t1)
        ratios.append((t1 - t0) / (t2 - t1))
    ratio = statistics.median(ratios)
    met = "met" if ratio >= TARGET else "NOT met"
    mb = len(text) / 1e6
    note = (
        f"  (target ≥ {TARGET:.2f}: {met})  pairs' ratios {min(ratios):.3f}–{max(ratios):.3f},"
        f" fastest runs {min(bases) / min(times):.3f} (baseline {mb / min(bases):.1f} MB/s)"
    )
    return statistics.median(times), ratio, note, result


def chain(text: str) -> tuple[dict[str, float], str, OffsetMap]:
    """The default steps as :func:`lacuna.normalize` runs them, each step and the glue timed."""
    clock = time.process_time
    spent = dict.fromkeys([*DEFAULT_STEPS, "glue"], 0.0)
    t0 = clock()
    options = Options(alphabet=alphabet_of(text))
    offsets = OffsetMap.identity(len(text))
    spent["glue"] += clock() - t0
    with collector_paused():  # (as lacuna.normalize runs them)
        for name in DEFAULT_STEPS:
            t0 = clock()
            new, blocks = STEP_FUNCTIONS[name](text, options)
            t1 = clock()
            if len(blocks):
                offsets = offsets.then(OffsetMap(len(text), len(new), blocks))
            spent[name] += t1 - t0
            spent["glue"] += clock() - t1
            text = new
    return spent, text, offsets


def chain_rows(text: str, runs: int) -> None:
    """Print the median time of each step inside the default chain and of the glue."""
    times: dict[str, list[float]] = {}
    result = None
    for _ in range(runs):
        spent, out, offsets = chain(text)
        result = (out, offsets)
        for name, t in spent.items():
            times.setdefault(name, []).append(t)
    expected = lacuna.normalize(text)
    assert result is not None and result[0] == expected.text and result[1] == expected.offsets
    total = sum(statistics.median(v) for v in times.values())
    mb = len(text) / 1e6
    for name, values in times.items():
        t = statistics.median(values)
        label = f"in-chain:{name}"
        print(f"{label:<20} {mb / t if t else float('inf'):8.1f} {t / total:7.3f}  ({t * 1000:.0f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = build_text(int(args.size_mb * 1_000_000))
    mb = len(text) / 1e6
    base_t, _ = timed(lambda: unicodedata.normalize("NFC", text).casefold(), args.runs, "baseline")
    base = mb / base_t
    print(f"text: {mb:.1f} M characters from corpus/*.txt; baseline NFC + casefold: {base:.1f} MB/s")
    print(f"{'steps':<20} {'MB/s':>8} {'ratio':>7} {'changes':>8}")
    sets = {
        "nfc,casefold": ("nfc", "casefold"),
        "default": DEFAULT_STEPS,
        "default-brackets": tuple(s for s in DEFAULT_STEPS if s != "brackets"),
    }
    decomposed = unicodedata.normalize("NFD", text)
    for name, steps in sets.items():
        if name == "default":
            t, ratio, mark, result = paired(text, steps, args.runs)
        else:
            t, result = timed(lambda steps=steps: lacuna.normalize(text, steps), args.runs, name)
            ratio, mark = (mb / t) / base, ""
        assert isinstance(result, lacuna.Normalized)
        print(f"{name:<20} {mb / t:8.1f} {ratio:7.3f} {len(result.changes()):8d}{mark}")
    for step in DEFAULT_STEPS:
        t, result = timed(lambda step=step: lacuna.normalize(text, [step]), args.runs)
        assert isinstance(result, lacuna.Normalized)
        label = f"step:{step}"
        print(f"{label:<20} {mb / t:8.1f} {(mb / t) / base:7.3f} {len(result.changes()):8d}")
    chain_rows(text, args.runs)
    # the same text decomposed (NFD): every accented letter is a changed place
    dmb = len(decomposed) / 1e6
    base_t, _ = timed(lambda: unicodedata.normalize("NFC", decomposed).casefold(), args.runs)
    t, result = timed(lambda: lacuna.normalize(decomposed, ("nfc", "casefold")), args.runs)
    assert isinstance(result, lacuna.Normalized)
    ratio = (dmb / t) / (dmb / base_t)
    changes = len(result.changes())
    label = "nfc,casefold NFD"
    print(f"{label:<20} {dmb / t:8.1f} {ratio:7.3f} {changes:8d}  (baseline {dmb / base_t:.1f} MB/s)")


if __name__ == "__main__":
    main()
