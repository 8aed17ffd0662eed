"""Parse throughput and memory, against a regex scan of the same text in the same run.

Builds synthetic corpora from the sample document (corpus/document-petrov-zhang-1947.txt):

* real: the document repeated, words varied, every span regenerated at the real density
  (≈ 6 spans/KB): half reuse a real inside verbatim, half are generated with the
  document's mix (≈ 2/3 supplied, 1/4 gaps, 5 % notes, 5 % uncertain);
* x5: the same with extra spans until the density is five times the real one;
* none: every span replaced by its inside (no brackets at all).

For each corpus it prints lacuna's parse throughput in MB/s (MB = 10^6 bytes of UTF-8), the
throughput of ``re.finditer(r"\\[[^\\[\\]]*\\]")`` over the same ``str`` (the ceiling), their
ratio, the tracemalloc peak per MB of input, and the time ratio of the 10 MB to the 1 MB
corpus. The classification caches are cleared before every timed parse, so each parse
starts cold. Times are process CPU time (``time.process_time``), so other processes
on a shared machine do not inflate them. Medians of ``--runs`` runs (default 3), more for runs
shorter than a few milliseconds (until they add up to half a second). The runs of the 1 MB
and the 10 MB corpus, and of the scan, alternate, so the machine's slow and fast spells
fall on both sizes and the size ratio compares like with like.

Usage: python bench/parse.py [--size-mb 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import lacuna
from lacuna.conventions import Conventions

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "document-petrov-zhang-1947.txt"
SCAN = re.compile(r"\[[^\[\]]*\]")
SPAN = re.compile(r"\[([^\[\]]*)\]")

TARGETS = {"real": 2.5, "none": 80.0}


def _generated_inside(rng: random.Random, vocab: list[str]) -> str:
    r = rng.random()
    if r < 0.66:
        return " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 3)))
    if r < 0.90:
        extent = rng.choice(["word", "one word", "two words", "half a line", "some text", "a line"])
        reason = rng.choice(["missing", "off the page", "illegible"])
        tail = ""
        if rng.random() < 0.3:
            tail = f', presumably "{rng.choice(vocab)}"'
        return f"{extent} {reason}{tail}"
    if r < 0.95:
        return "Translator's note: " + " ".join(rng.choice(vocab) for _ in range(rng.randint(3, 8)))
    return "?" + " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 2))) + "?"


def build_corpus(kind: str, size_bytes: int, seed: int = 1947) -> str:
    """A synthetic corpus of at least ``size_bytes`` UTF-8 bytes (see the module docstring)."""
    rng = random.Random(seed)
    sample = SAMPLE.read_text(encoding="utf-8")
    insides = SPAN.findall(sample)
    vocab = sorted({w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", sample) if len(w) > 2})
    exotic = ["’", "—", "Dmitriĭ", "º", "«Pravda»", "Москва", "张治中"]
    copies: list[str] = [sample]
    size = len(sample.encode("utf-8"))
    while size < size_bytes:
        words = sample.split(" ")
        for i in range(len(words)):
            if "[" in words[i] or "]" in words[i]:
                continue
            r = rng.random()
            if r < 0.08:
                words[i] = rng.choice(vocab)
            elif r < 0.083:
                words[i] = rng.choice(exotic)
        copy = " ".join(words)

        def regenerate(m: re.Match[str]) -> str:
            inside = rng.choice(insides) if rng.random() < 0.5 else _generated_inside(rng, vocab)
            return f"[{inside}]"

        copy = SPAN.sub(regenerate, copy)
        if kind == "x5":
            parts = copy.split(" ")
            extra = 4 * len(SPAN.findall(copy))
            for _ in range(extra):
                j = rng.randrange(len(parts))
                inside = rng.choice(insides) if rng.random() < 0.5 else _generated_inside(rng, vocab)
                parts[j] = parts[j] + f" [{inside}]"
            copy = " ".join(parts)
        copies.append(copy)
        size += len(copy.encode("utf-8")) + 2
    text = "\n\n".join(copies)
    if kind == "none":
        text = SPAN.sub(lambda m: m.group(1), text)
        text = text.replace("[", "").replace("]", "")
    return text


def _interleaved_medians(jobs: list[tuple], runs: int) -> list[float]:  # type: ignore[type-arg]
    """Median CPU time of each ``(fn, text, before)`` job, the jobs run in turn.

    The jobs alternate run by run (1 MB, 10 MB, 1 MB, …) rather than one size after the
    other, so a slow spell of the machine lands on every size alike and the size ratio is
    not that spell's noise. Short jobs (the bracket-free parse takes well under a
    millisecond) run until their times add up to ``_MIN_TOTAL`` seconds.
    """
    times: list[list[float]] = [[] for _ in jobs]

    def wanted(ts: list[float]) -> bool:
        return len(ts) < runs or (sum(ts) < _MIN_TOTAL and len(ts) < _MAX_RUNS)

    while any(wanted(ts) for ts in times):
        for (fn, text, before), ts in zip(jobs, times, strict=True):
            if not wanted(ts):
                continue
            if before is not None:
                before()
            gc.collect()
            t0 = time.process_time()
            fn(text)
            ts.append(time.process_time() - t0)
    return [statistics.median(ts) for ts in times]


_MIN_TOTAL = 0.5
_MAX_RUNS = 400


def _scan(text: str) -> int:
    return sum(1 for _ in SCAN.finditer(text))


def _cold() -> None:
    Conventions.default().clear_caches()


def _peak_mb_per_mb(text: str, mb: float) -> float:
    _cold()
    gc.collect()
    tracemalloc.start()
    doc = lacuna.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del doc
    return peak / 1e6 / mb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    lacuna.parse('warm [up] the grammar [word missing, possible "x"]')

    print(f"python {sys.version.split()[0]}, lacuna {lacuna.__version__}; medians of ≥ {args.runs} runs")
    header = (
        f"{'corpus':<8}{'MB':>7}{'spans/KB':>10}{'lacuna MB/s':>13}{'scan MB/s':>11}"
        f"{'% of scan':>11}{'peak MB/MB':>12}{'target':>10}"
    )
    print(header)
    print("-" * len(header))
    ok = True
    scaling: dict[str, tuple[float, float]] = {}
    for kind in ("real", "x5", "none"):
        sizes = (1.0, args.size_mb)
        texts = [build_corpus(kind, int(size_mb * 1e6)) for size_mb in sizes]
        jobs = [(lacuna.parse, t, _cold) for t in texts] + [(_scan, t, None) for t in texts]
        medians = _interleaved_medians(jobs, args.runs)
        per_mb: list[float] = []
        for i, (size_mb, text) in enumerate(zip(sizes, texts, strict=True)):
            mb = len(text.encode("utf-8")) / 1e6
            spans = _scan(text)
            t_parse, t_scan = medians[i], medians[len(texts) + i]
            ratio = 100 * t_scan / t_parse
            peak = _peak_mb_per_mb(text, mb)
            target = TARGETS.get(kind)
            verdict = ""
            if size_mb == args.size_mb:
                if target is not None:
                    passed = ratio >= target
                    ok &= passed
                    verdict = f"≥{target:g}% {'ok' if passed else 'MISSED'}"
                if kind == "real":
                    ok &= peak <= 3.0
            print(
                f"{kind:<8}{mb:>7.2f}{spans / (mb * 1000):>10.2f}{mb / t_parse:>13.2f}{mb / t_scan:>11.1f}"
                f"{ratio:>10.2f}%{peak:>12.2f}{verdict:>10}"
            )
            per_mb.append(t_parse / mb)
        scaling[kind] = (per_mb[0], per_mb[1])
    print()
    for kind, (per_mb_small, per_mb_big) in scaling.items():
        factor = args.size_mb * per_mb_big / per_mb_small
        passed = factor <= 1.1 * args.size_mb
        ok &= passed
        print(
            f"{kind}: {args.size_mb:g} MB takes {factor:.2f}x the time of 1 MB "
            f"(target ≤ {1.1 * args.size_mb:.0f}x) {'ok' if passed else 'MISSED'}"
        )
    print("peak memory target: ≤ 3 MB per MB of input at real density")
    print("ALL TARGETS MET" if ok else "SOME TARGETS MISSED")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
