"""Linkage over worker processes: the same keys, candidate pairs, comparison values, weights and
documents with two workers as with one (hypothesis over generated listings, the sample pages and
the bench's synthetic pages), and no more candidate pairs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lacuna import listing
from lacuna.dates import PartialDate
from lacuna.linkage import DEFAULT_MODEL, candidates, documents, prepare, score
from lacuna.linkage.parallel import _can_fork, fork_map, forked, no_gc, shared, state
from lacuna.listing import Entry

TRUTH = json.loads((Path(__file__).parent / "truth" / "listings.json").read_text(encoding="utf-8"))

WORDS = [
    "Cable",
    "No.",
    "Mao",
    "Tse-tung",
    "Zedong",
    "Chou",
    "En-lai",
    "Stalin",
    "Filippov",
    "to",
    "from",
    "on",
]
_title = st.lists(
    st.one_of(
        st.sampled_from(WORDS), st.integers(1, 9999).map(str), st.sampled_from(["October", "May", "1949"])
    ),
    min_size=1,
    max_size=8,
).map(" ".join)
_spec = st.tuples(_title, st.one_of(st.none(), _title), st.booleans(), st.integers(0, 28), st.integers(0, 3))


def _entries(specs) -> list[Entry]:
    out = []
    for i, (title, summary, cut, day, page) in enumerate(specs):
        date = PartialDate(1949, 6, day) if day else PartialDate(1949)
        out.append(
            Entry(
                id=f"p{page}:{i}",
                source=f"p{page}",
                line=i,
                date=date,
                date_text=date.iso,
                title=title + ("…" if cut else ""),
                summary=summary,
                truncated=cut,
            )
        )
    return out


def _linked(entries: list[Entry], workers: int, chunk: int):
    """Every stage with ``workers`` processes, scoring ``chunk`` pairs a task (small chunks: the
    scoring is split even on a handful of entries)."""
    with no_gc():
        prep = prepare(entries, workers=workers)
        pairs = candidates(prep, DEFAULT_MODEL, workers=workers)
        matches = score(prep, pairs, DEFAULT_MODEL, workers=workers, chunk=chunk)
        return prep, pairs, matches, documents(matches)


def _assert_same(one, two) -> None:
    prep1, pairs1, m1, d1 = one
    prep2, pairs2, m2, d2 = two
    assert prep2.titles == prep1.titles
    assert prep2.written_titles == prep1.written_titles
    assert prep2.summaries == prep1.summaries
    assert prep2.numbers == prep1.numbers
    assert prep2.written_numbers == prep1.written_numbers
    # counted: two workers propose no more candidate pairs than one (the very same pairs)
    assert len(pairs2) <= len(pairs1)
    np.testing.assert_array_equal(pairs2, pairs1)
    assert m2.candidates == m1.candidates == len(pairs1)
    np.testing.assert_array_equal(m2.pairs, m1.pairs)
    for name, values in m1.values.items():
        np.testing.assert_array_equal(m2.values[name], values, err_msg=name)
    np.testing.assert_array_equal(m2.weight, m1.weight)
    np.testing.assert_array_equal(m2.vetoed_by, m1.vetoed_by)
    assert d2.cluster == d1.cluster
    assert d2.clustering.refused == d1.clustering.refused


@settings(max_examples=12, deadline=None)
@given(st.lists(_spec, min_size=2, max_size=14))
def test_two_workers_link_generated_listings_as_one_does(specs):
    entries = _entries(specs)
    _assert_same(_linked(entries, 1, 5), _linked(entries, 2, 5))


@pytest.fixture(scope="module")
def sample_entries(corpus) -> list[Entry]:
    out: list[Entry] = []
    for name in sorted(TRUTH["pages"]):
        out += listing.read_file(corpus / name, source=name)
    return out


def test_two_workers_link_the_sample_pages_as_one_does(sample_entries):
    one = _linked(sample_entries, 1, 7)
    assert one[3].count < len(sample_entries)  # some entries list one document: there is linkage
    _assert_same(one, _linked(sample_entries, 2, 7))


def test_two_workers_link_synthetic_pages_as_one_does():
    """The bench's generator (series one number apart, cut titles, old spellings), 2,000 entries."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parent.parent / "bench" / "listings.py"
    spec = importlib.util.spec_from_file_location("bench_listings_workers", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        texts, _ = module.make(2000, seed=3)
    finally:
        del sys.modules[spec.name]
    entries = [e for p, text in enumerate(texts) for e in listing.read(text, source=f"page{p:04d}")]
    _assert_same(_linked(entries, 1, 1000), _linked(entries, 2, 1000))


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value * state("factor")


@pytest.mark.skipif(not _can_fork(), reason="no fork on this system: one process does the work")
def test_fork_map_runs_in_other_processes_and_keeps_the_order():
    with shared(factor=3):
        out = fork_map(_pid_and, [(i,) for i in range(6)], workers=2)
    assert [v for _, v in out] == [0, 3, 6, 9, 12, 15]
    assert os.getpid() not in {pid for pid, _ in out}
    with shared(factor=2):
        assert fork_map(_pid_and, [(1,), (2,)], workers=1) == [(os.getpid(), 2), (os.getpid(), 4)]


def test_fork_map_reports_results_in_order():
    seen: list[int] = []
    with shared(factor=1):
        fork_map(_pid_and, [(i,) for i in range(5)], workers=2, done=lambda r: seen.append(r[1]))
    assert seen == [0, 1, 2, 3, 4]


def test_no_gc_restores_the_collector():
    import gc

    assert gc.isenabled()
    with no_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_forked_pool_streams_in_order_and_reads_items_no_further_than_ahead():
    read: list[int] = []

    def items():
        for i in range(8):
            read.append(i)
            yield (i,)

    with shared(factor=5), forked(2) as pool:
        out = pool.imap(_pid_and, items(), ahead=3)
        first = next(out)
        assert first[1] == 0
        assert len(read) <= 3  # three handed out before the first result was taken
        rest = list(out)
    assert [v for _, v in [first, *rest]] == [0, 5, 10, 15, 20, 25, 30, 35]
    assert pool.calls == 8
    if _can_fork():
        assert os.getpid() not in {pid for pid, _ in [first, *rest]}
    with forked(1) as alone:
        with shared(factor=1):
            assert list(alone.imap(_pid_and, [(2,), (3,)])) == [(os.getpid(), 2), (os.getpid(), 3)]


@pytest.mark.parametrize("workers, ahead, items, handed_out", [(2, 3, 8, 3), (2, 3, 2, 2), (1, None, 4, 0)])
def test_pool_runs_meanwhile_once_when_the_first_items_are_out(workers, ahead, items, handed_out):
    # The DuckDB engine loads its entries table meanwhile: after the first items are handed to
    # the workers (as many as ``ahead`` allows, or all when fewer), before any result is taken;
    # without workers, before the first call.
    seen: list[int] = []
    with shared(factor=1), forked(workers) as pool:
        out = list(
            pool.imap(
                _pid_and, [(i,) for i in range(items)], ahead=ahead, meanwhile=lambda: seen.append(pool.calls)
            )
        )
    assert seen == [handed_out]
    assert [v for _, v in out] == list(range(items))
