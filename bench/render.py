"""Edition throughput against the parse of the same text in the same run, and the tree's memory.

The text: bench/parse.py's ``real`` corpus (the sample document repeated with its spans
regenerated at the real density, ≈ 6 spans/KB), ``--size-mb`` MB. For the parse and each
edition (diplomatic, clean, JSON, TEI, HTML) it prints the throughput in MB/s (MB = 10^6
bytes of UTF-8) and its ratio to the parse's throughput, with the target:

* diplomatic: ≥ 300 MB/s;
* clean, JSON, TEI, HTML: each no slower than the parse (ratio ≥ 1.0; aim ≥ 1.3, so that the
  noise of a shared machine does not flip it).

Times are process CPU time (``time.process_time``). Each of ``--runs`` rounds times, for each
edition in turn, a parse (classification caches cleared first: a cold parse) and right after
it the edition (rendering the one tree parsed before the rounds, its nodes made), so a slow
spell of the machine falls on a parse and on the edition it is compared with alike. An
edition's ratio is the median of its rounds' ratios (its parse's time / its time); the
``spread`` column gives the lowest and highest round, the noise of the run. The parse's MB/s
is the median of all its rounds. The diplomatic edition takes microseconds: it is run until
its times add up to 0.2 s, per round.

It also prints the time of the first walk of a freshly parsed tree (``doc.events()``), which
makes the typed node objects (the parse stores its spans compactly, :class:`lacuna.ast.Tree`;
an edition that walks the nodes pays this once per document; the editions above render a tree
whose nodes exist).

Then the tracemalloc peak of the parse (the tree) per MB of input on the ``real`` corpus and on
the ``x5`` corpus (five times the real bracket density): target ≤ 3 MB per MB at x5.

Usage: python bench/render.py [--size-mb 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lacuna
from lacuna.render import EDITIONS
from parse import _cold, _peak_mb_per_mb, build_corpus

DIPLOMATIC_TARGET = 300.0  # MB/s
RATIO_TARGET = 1.0  # each edition against the parse
RATIO_AIM = 1.3  # with margin for the noise
MEMORY_TARGET = 3.0  # MB per MB at five times the real density
_SHORT = 0.2  # seconds: a job faster than this is repeated until its times add up to it


def _cpu(fn: Callable[[], object], before: Callable[[], None] | None = None) -> float:
    """CPU seconds of one call of ``fn`` (``before`` run first, untimed, then a garbage
    collection); a fast ``fn`` is called again until its times add up to :data:`_SHORT`, and
    the mean is returned."""
    if before is not None:
        before()
    gc.collect()
    t0 = time.process_time()
    fn()
    first = time.process_time() - t0
    if first >= _SHORT / 20:
        return first  # not a fast job: one call is the figure
    calls = 0
    t0 = time.process_time()
    while time.process_time() - t0 < _SHORT:
        fn()
        calls += 1
    return (time.process_time() - t0) / calls


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    size = int(args.size_mb * 1_000_000)
    text = build_corpus("real", size)
    mb = len(text.encode("utf-8")) / 1e6
    lacuna.parse('warm [up] the grammar [word missing, possible "x"]')
    doc = lacuna.parse(text)
    names = ["diplomatic", "clean", "json", "tei", "html"]
    list(doc.events())  # the nodes made before the editions are timed
    for name in names:
        EDITIONS[name](doc)  # one-off set-up (imports, compiled patterns)
    parses: list[float] = []
    ratios: dict[str, list[float]] = {name: [] for name in names}
    times: dict[str, list[float]] = {name: [] for name in names}
    walks: list[float] = []
    fresh: list[lacuna.Document] = []

    def parse_fresh() -> None:
        _cold()
        fresh[:] = [lacuna.parse(text)]

    for _ in range(args.runs):
        for name in names:
            t_parse = _cpu(lambda: lacuna.parse(text), _cold)
            t_edition = _cpu(lambda f=EDITIONS[name], d=doc: f(d))
            parses.append(t_parse)
            times[name].append(t_edition)
            ratios[name].append(t_parse / t_edition)
        walks.append(_cpu(lambda: sum(1 for _ in fresh[0].events()), parse_fresh))
        fresh.clear()
    parse_rate = mb / statistics.median(parses)
    spans = len(doc.tree)
    print(f"text: {mb:.1f} MB, real density ({spans} spans); {args.runs} rounds, CPU time, medians")
    print(f"{'output':<11} {'MB/s':>8} {'× parse':>8} {'spread':>12}  target")
    low, high = min(mb / t for t in parses), max(mb / t for t in parses)
    print(f"{'parse':<11} {parse_rate:8.1f} {1.0:8.2f} {f'{low:.1f}–{high:.1f}':>12}  (MB/s of its rounds)")
    failed = 0
    for name in names:
        rate = mb / statistics.median(times[name])
        ratio = statistics.median(ratios[name])
        spread = f"{min(ratios[name]):.2f}–{max(ratios[name]):.2f}"
        if name == "diplomatic":
            ok = rate >= DIPLOMATIC_TARGET
            target = f"≥ {DIPLOMATIC_TARGET:.0f} MB/s"
        else:
            ok = ratio >= RATIO_TARGET
            aim = "" if not ok or ratio >= RATIO_AIM else f" (below the aim of {RATIO_AIM}×)"
            target = f"≥ {RATIO_TARGET:.1f}× parse{aim}"
        failed += not ok
        figures = f"{rate:8.1f} {ratio:8.2f} {spread:>12}"
        if name == "diplomatic":  # (a return of the text: its ratio is noise around a large number)
            figures = f"{rate:8.0f} {ratio:8.0f} {'':>12}"
        print(f"{name:<11} {figures}  {target}: {'met' if ok else 'NOT met'}")
    walk = mb / statistics.median(walks)
    note = "(the nodes made, once per document)"
    print(f"{'first walk':<11} {walk:8.1f} {walk / parse_rate:8.2f} {'':>12}  {note}")
    del doc
    print(f"tree peak at real density: {_peak_mb_per_mb(text, mb):.2f} MB per MB of input")
    x5 = build_corpus("x5", size)
    x5_mb = len(x5.encode("utf-8")) / 1e6
    peak = _peak_mb_per_mb(x5, x5_mb)
    ok = peak <= MEMORY_TARGET
    failed += not ok
    print(
        f"tree peak at x5 density: {peak:.2f} MB per MB of input"
        f"  (target ≤ {MEMORY_TARGET:.0f}: {'met' if ok else 'NOT met'})"
    )
    print("ALL TARGETS MET" if not failed else f"{failed} TARGET(S) NOT MET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
