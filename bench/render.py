"""Edition throughput against the parse of the same text in the same run, and the tree's memory.

The text: bench/parse.py's ``real`` corpus (the sample document repeated with its spans
regenerated at the real density, ≈ 6 spans/KB), ``--size-mb`` MB. For the parse and each
edition (diplomatic, clean, JSON, TEI, HTML) it prints the throughput in MB/s (MB = 10^6
bytes of UTF-8) and its ratio to the parse's throughput, with the target:

* diplomatic: ≥ 300 MB/s;
* clean, JSON, TEI, HTML: each no slower than the parse (ratio ≥ 1.0).

It also prints the time of the first walk of a freshly parsed tree (``doc.events()``), which
makes the typed node objects (the parse stores its spans compactly, :class:`lacuna.ast.Tree`;
an edition that walks the nodes pays this once per document, and the medians below, each
rendering the one tree parsed before, do not include it).

Then the tracemalloc peak of the parse (the tree) per MB of input on the ``real`` corpus and on
the ``x5`` corpus (five times the real bracket density): target ≤ 3 MB per MB at x5.

Times are process CPU time (``time.process_time``), medians of ``--runs`` runs, the jobs
interleaved run by run (bench/parse.py), so other processes on a shared machine and slow
spells inflate none of them more than the others. The classification caches are cleared
before every parse; the editions render the one tree parsed before they are timed.

Usage: python bench/render.py [--size-mb 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lacuna
from lacuna.render import EDITIONS
from parse import _cold, _interleaved_medians, _peak_mb_per_mb, build_corpus

DIPLOMATIC_TARGET = 300.0  # MB/s
RATIO_TARGET = 1.0  # each edition against the parse
MEMORY_TARGET = 3.0  # MB per MB at five times the real density


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
    fresh: list[lacuna.Document] = []

    def parse_fresh() -> None:
        fresh[:] = [lacuna.parse(text)]

    jobs = [(lacuna.parse, text, _cold)]
    jobs += [(lambda _t, f=EDITIONS[n], d=doc: f(d), text, None) for n in names]
    jobs += [(lambda _t: sum(1 for _ in fresh[0].events()), text, parse_fresh)]
    times = _interleaved_medians(jobs, args.runs)
    del jobs
    fresh.clear()
    parse_rate = mb / times[0]
    print(f"text: {mb:.1f} MB, real density ({sum(1 for _ in doc.spans())} spans)")
    print(f"{'output':<11} {'MB/s':>8} {'× parse':>8}  target")
    print(f"{'parse':<11} {parse_rate:8.1f} {1.0:8.2f}")
    failed = 0
    for name, t in zip(names, times[1:-1], strict=True):
        rate = mb / t
        ratio = rate / parse_rate
        if name == "diplomatic":
            ok = rate >= DIPLOMATIC_TARGET
            target = f"≥ {DIPLOMATIC_TARGET:.0f} MB/s"
        else:
            ok = ratio >= RATIO_TARGET
            target = f"≥ {RATIO_TARGET:.1f}× parse"
        failed += not ok
        print(f"{name:<11} {rate:8.1f} {ratio:8.2f}  {target}: {'met' if ok else 'NOT met'}")
    walk = mb / times[-1]
    print(f"{'first walk':<11} {walk:8.1f} {walk / parse_rate:8.2f}  (the nodes made, once per document)")
    del doc
    print(f"tree peak at real density: {_peak_mb_per_mb(text, mb):.1f} MB per MB of input")
    x5 = build_corpus("x5", size)
    x5_mb = len(x5.encode("utf-8")) / 1e6
    peak = _peak_mb_per_mb(x5, x5_mb)
    ok = peak <= MEMORY_TARGET
    failed += not ok
    print(
        f"tree peak at x5 density: {peak:.1f} MB per MB of input"
        f"  (target ≤ {MEMORY_TARGET:.0f}: {'met' if ok else 'NOT met'})"
    )
    print("ALL TARGETS MET" if not failed else f"{failed} TARGET(S) NOT MET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
