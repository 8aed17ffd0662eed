"""Shared fixtures and helpers: the corpus, the Petrov document, the CLI runner, work counting.

No test here measures time. Growth ("linear in the input") is checked by counting work, a
figure that does not depend on the machine's load: :func:`count_work` counts the Python lines
executed and the calls made (Python and C) while a function runs, and :func:`assert_linear`
compares that count on an input and on one ten times its size. Compiled code shows no lines or
calls: the tests that count work carry the ``pure_python`` mark, and on the compiled build run
in tests/test_compiled.py's process of the sources (:func:`count_work` fails there otherwise).
Work done inside a single C call (a backtracking regex, a rescan by ``str.find``) is not
counted; the timing checks that cover it are in ``bench/linearity.py`` and run as tests with
``pytest -m perf`` (``make perf``), which ``make test`` skips.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import settings

import lacuna

# No deadline: a property test's example that takes long on a loaded machine is not a failure.
# CI runs the property tests with a fixed seed, so a submission's CI run is reproducible (a
# run on a developer's machine explores new examples each time, and keeps what fails in
# .hypothesis/ to replay it).
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PETROV = CORPUS / "document-petrov-zhang-1947.txt"


# -- the tests of the pure internals (the ``pure_python`` mark) -------------------------------


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the compiled build (docs/design.md, "Compiled hot modules"), skip the tests marked
    ``pure_python``: they replace or count a compiled module's functions (``monkeypatch``, a
    trace of Python calls), which compiled code calls directly and never shows;
    tests/test_compiled.py runs them in a process of the sources (``LACUNA_PURE=1``)."""
    from lacuna import _compiled

    if not _compiled.ACTIVE:
        return
    skip = pytest.mark.skip(
        reason="pure_python: counts a compiled module's work; tests/test_compiled.py runs it on the sources"
    )
    for item in items:
        if item.get_closest_marker("pure_python") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def petrov_path() -> Path:
    return PETROV


@pytest.fixture(scope="session")
def petrov(petrov_path: Path) -> lacuna.Document:
    """The sample document, parsed once for the session (documents are immutable)."""
    return lacuna.parse_file(petrov_path)


# -- the command line, run as a user runs it ------------------------------------------------


class CliResult(NamedTuple):
    code: int
    out: Any  # bytes, or str with text=True
    err: str


def run_cli(
    *args: str, stdin: bytes | None = None, cwd: str | Path | None = None, text: bool = False
) -> CliResult:
    """Run ``python -m lacuna ARGS`` in a child process: exit status, standard output, standard error."""
    proc = subprocess.run(
        [sys.executable, "-m", "lacuna", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=600,
        cwd=cwd,
    )
    out = proc.stdout.decode("utf-8") if text else proc.stdout
    return CliResult(proc.returncode, out, proc.stderr.decode("utf-8", "replace"))


# -- work, counted ----------------------------------------------------------------------------


def span_at(text: str, inside: str) -> lacuna.Span:
    """The one span of ``lacuna.parse(text)`` whose text is ``[inside]``."""
    (span,) = [s for s in lacuna.parse(text).spans() if text[s.start : s.end] == f"[{inside}]"]
    return span


def span_of(text: str, inside: str, conventions: lacuna.Conventions | None = None) -> lacuna.Span:
    """The first span of ``lacuna.parse(text)`` (read with ``conventions`` when given) whose
    text is ``inside`` (brackets included)."""
    for span in lacuna.parse(text, conventions=conventions).spans():
        if span.text == inside:
            return span
    raise AssertionError(f"no span {inside!r} in {text!r}")


def unlearned() -> lacuna.Conventions:
    """The shipped conventions with the learned rules switched off: what an unseen host meets."""
    import copy

    data = copy.deepcopy(lacuna.Conventions.default().data)
    rules = data.setdefault("rules", {})
    rules["disable"] = sorted({*rules.get("disable", []), "learned", "learned_note"})
    return lacuna.Conventions(data)


def features_of(text: str, inside: str) -> list[str]:
    """The learned rule's features of the first ``inside`` in ``text`` (brackets included)."""
    from lacuna.classify import learned

    start = text.index(inside)
    return learned.span_features(text, start, start + len(inside), lacuna.Conventions.default())


def assert_read_by(text: str, inside: str, category: str, rule: str | None) -> None:
    """The span ``inside`` of ``text`` reads as ``category``, decided by the rule ``rule`` (any
    rule when None): its name leads ``because``."""
    span = span_of(text, inside)
    assert span.category == category, span.because
    if rule is not None:
        assert span.because.startswith(rule + ":"), span.because


def assert_not_read_by(text: str, inside: str, rule: str) -> None:
    """The span ``inside`` of ``text`` is not decided by the rule ``rule`` (a near miss)."""
    span = span_of(text, inside)
    assert not span.because.startswith(rule + ":"), span.because


def assert_switched_off(rule: str, cases: list[tuple[Any, ...]], tmp_path: Any) -> None:
    """With ``[rules] disable = [rule]`` in a user's conventions file, none of ``cases``
    (``(text, inside, category, rule)`` rows) whose rule is ``rule`` is decided by it; there
    is at least one such row."""
    from lacuna import Conventions

    user = tmp_path / "conv.toml"
    user.write_text(f'[rules]\ndisable = ["{rule}"]\n', encoding="utf-8")
    conv = Conventions.load(user)
    examples = [(text, inside) for text, inside, _, r in cases if r == rule]
    assert examples, f"no example of rule {rule!r}"
    for text, inside in examples:
        span = next(s for s in lacuna.parse(text, conventions=conv).spans() if s.text == inside)
        assert not span.because.startswith(rule + ":"), span.because


_COLD_TABLE: list[lacuna.Conventions] = []


def cold_table() -> lacuna.Conventions:
    """A table of the shipped conventions with nothing read yet, as a fresh
    ``Conventions(Conventions.default().data)`` is, for property tests that start each example
    cold: one table per test process, its caches emptied (:meth:`Conventions.clear_caches`,
    which also empties the classifier modules' stores) at each call. Building a fresh table
    for each example rebuilt what is computed from the data alone (the English lexicon's
    trigrams, the rule chains), ~0.3 s an example, most of those tests' time."""
    if not _COLD_TABLE:
        _COLD_TABLE.append(lacuna.Conventions(lacuna.Conventions.default().data))
    table = _COLD_TABLE[0]
    table.clear_caches()
    return table


def count_work(fn: Callable[..., Any], *args: Any) -> tuple[Any, int]:
    """``fn(*args)`` and the work it did: Python lines executed plus calls made (Python and C).

    Compiled code (the compiled build's hot modules) shows neither lines nor calls, so nothing
    it does would be counted: on the compiled build this fails, saying the test must carry the
    ``pure_python`` mark (which skips it there; tests/test_compiled.py runs it on the sources).
    """
    from lacuna import _compiled

    if _compiled.ACTIVE:
        pytest.fail(
            "count_work counts nothing compiled code does: mark the test pure_python"
            " (tests/test_compiled.py runs it on the sources)",
            pytrace=False,
        )
    work = 0

    def trace(frame, event, arg):  # a call, then each line, return and exception of a frame
        nonlocal work
        work += 1
        return trace

    def profile(frame, event, arg):
        nonlocal work
        if event == "c_call":
            work += 1

    old_trace, old_profile = sys.gettrace(), sys.getprofile()
    sys.settrace(trace)
    sys.setprofile(profile)
    try:
        out = fn(*args)
    finally:
        sys.settrace(old_trace)
        sys.setprofile(old_profile)
    return out, work


def assert_linear(
    fn: Callable[[Any], Any],
    make: Callable[[int], Any],
    n: int = 1_000,
    factor: int = 10,
    slack: float = 2.0,
) -> tuple[Any, int, int]:
    """Assert that ``fn(make(factor·n))`` does at most ``slack·factor`` times the work of ``fn(make(n))``.

    Quadratic work would be about ``factor²`` times. A first call on a small input runs any
    one-off set-up (compiling grammars) before counting; the caches of insides read are cleared
    before each count.
    Returns the big result and both counts.
    """
    fn(make(max(1, n // 10)))
    clear = lacuna.Conventions.default().clear_caches  # each run reads its insides afresh
    clear()
    _, small = count_work(fn, make(n))
    clear()
    big_out, big = count_work(fn, make(factor * n))
    assert big <= slack * factor * small, f"work {small} at n={n}, {big} at n={factor * n}"
    return big_out, small, big


def assert_time_linear(
    fn: Callable[[Any], Any], make: Callable[[int], Any], n: int, factor: int = 10, limit: float = 30.0
) -> None:
    """(``perf`` tests) Assert the best CPU time at ``factor·n`` is under ``limit`` times the time at n.

    The timing is bench/linearity.py's, best of five runs of each size.
    """
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from linearity import ratio, time_growth
    finally:
        sys.path.remove(str(ROOT / "bench"))
    n, small, big = time_growth(fn, make, n, factor)
    assert ratio(small, big) < limit, (n, small, big)


# -- a headless browser (the HTML edition and the site) ---------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium driven by playwright; the test skips, saying why, without them."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium, or `make test-deps`)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (the test extra)"
    )
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def assert_same_linkage(got: Any, got_docs: Any, want: Any, want_docs: Any) -> None:
    """Two engines' linkage of the same entries agree: pairs, candidates, every comparison's
    values and levels, accepted pairs, documents and refused merges."""
    import numpy as np

    np.testing.assert_array_equal(got.pairs, want.pairs)
    assert got.candidates == want.candidates
    for name, values in want.values.items():
        np.testing.assert_array_equal(got.values[name], values, err_msg=name)
        np.testing.assert_array_equal(got.levels[name], want.levels[name], err_msg=name)
    np.testing.assert_array_equal(got.accepted, want.accepted)
    assert got_docs.cluster == want_docs.cluster
    assert sorted(got_docs.clustering.refused) == sorted(want_docs.clustering.refused)
