"""Growth in time on hostile input: each case at n and at 10·n, the ratio of their CPU times.

The test suite checks growth by counting work (tests/conftest.py: ``assert_linear``), which
cannot see work done inside one C call (a backtracking regex, lxml walking a node's children,
``str.join`` in a loop). This script times the same cases: the baseline is the case at n,
measured in the same run, and the figure printed is the ratio (about 10 when linear, about 100
when quadratic); n grows until the run at n takes 20 ms. Times are process CPU time
(``time.process_time``), the best of ``--runs`` runs of each size, alternating sizes so the
machine's slow spells fall on both; the caches of insides read are cleared before each run.

``pytest -m perf`` (``make perf``) runs the same cases through :func:`time_growth` and fails
on a ratio above 30; ``make test`` skips them.

Usage: python bench/linearity.py [--runs 5]
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from typing import Any

import lacuna
from lacuna.conventions import Conventions


def _cpu_time(fn: Callable[[Any], Any], arg: Any) -> float:
    Conventions.default().clear_caches()  # each run reads its insides afresh
    gc.collect()
    t0 = time.process_time()
    fn(arg)
    return time.process_time() - t0


def time_growth(
    fn: Callable[[Any], Any],
    make: Callable[[int], Any],
    n: int,
    factor: int = 10,
    runs: int = 5,
    min_seconds: float = 0.02,
    max_chars: int = 2_000_000,
) -> tuple[int, float, float]:
    """n, and the best CPU times of ``fn(make(n))`` and ``fn(make(factor·n))`` over ``runs`` runs each.

    n is doubled (up to inputs of ``max_chars`` characters) until a run at n takes
    ``min_seconds``: a ratio of times too short to measure says nothing.
    """
    fn(make(max(1, n // 10)))  # one-off set-up outside the timings
    while _cpu_time(fn, make(n)) < min_seconds and len(_text(make(2 * n))) <= max_chars:
        n *= 2
    small_input, big_input = make(n), make(factor * n)
    best = [float("inf"), float("inf")]
    for _ in range(runs):
        for i, arg in enumerate((small_input, big_input)):
            best[i] = min(best[i], _cpu_time(fn, arg))
    return n, best[0], best[1]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else value.source()


def ratio(small: float, big: float, floor: float = 0.01) -> float:
    """``big / small``, with ``small`` at least ``floor`` seconds (the clock's useful resolution)."""
    return big / max(small, floor)


# A few cases of each kind; tests/test_hostile.py and tests/test_grammar.py hold them all.
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "parse: nested words": (lambda n: "[a " * n + "]" * n, 10_000),
    "parse: nested letter": (lambda n: "[" * n + "x" + "]" * n, 10_000),
    "parse: unclosed brackets": (lambda n: "[" * n, 100_000),
    "parse: low-9 quotes": (lambda n: "w [" + "„ " * n + "] w", 10_000),
    "parse: gap verbs": (lambda n: "[" + "is " * n + "5 missing]", 10_000),
    "parse: gap filler": (lambda n: "[" + "the " * n + "line missing]", 10_000),
}

OUTPUT_INPUTS: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: "a" + " " * (10 * n) + "b",
    "line-breaks": lambda n: "a\n" * n,
    "own-line-notes": lambda n: "a\n" + "  [Note: x]\n" * n + "b",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from lacuna.render import EDITIONS

    print(f"{'case':42} {'n':>8} {'t(n) s':>9} {'t(10n) s':>9} {'ratio':>7}")
    for name, (make, n) in CASES.items():
        n, small, big = time_growth(lacuna.parse, make, n, runs=args.runs)
        print(f"{name:42} {n:>8} {small:9.4f} {big:9.4f} {ratio(small, big):7.1f}")
    for edition in ("clean", "tei", "html"):
        for input_name, make_text in OUTPUT_INPUTS.items():
            n, small, big = time_growth(
                EDITIONS[edition], lambda n, m=make_text: lacuna.parse(m(n)), 1_000, runs=args.runs
            )
            name = f"{edition}: {input_name}"
            print(f"{name:42} {n:>8} {small:9.4f} {big:9.4f} {ratio(small, big):7.1f}")


if __name__ == "__main__":
    main()
