"""The DuckDB engine gives what the in-memory path gives: pairs, values, levels, documents."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import assert_same_linkage
from lacuna import listing
from lacuna.cluster import documents
from lacuna.listing import Entry
from lacuna.match import match

duckdb = pytest.importorskip("duckdb")
pq = pytest.importorskip("pyarrow.parquet")

from lacuna.match_duckdb import link_duckdb  # noqa: E402

TRUTH = json.loads((Path(__file__).parent / "truth" / "listings.json").read_text(encoding="utf-8"))


def _same(entries: list[Entry], **kwargs):
    memory = match(entries)
    mdocs = documents(memory)
    dmatches, ddocs = link_duckdb(entries, **kwargs)
    assert_same_linkage(dmatches, ddocs, memory, mdocs)
    return ddocs, mdocs


def test_samples_same_as_in_memory_and_parquet(corpus, tmp_path):
    entries: list[Entry] = []
    for name in sorted(TRUTH["pages"]):
        entries += listing.read_file(corpus / name, source=name)
    ddocs, _ = _same(
        entries,
        pairs_parquet=tmp_path / "pairs.parquet",
        clusters_parquet=tmp_path / "clusters.parquet",
        database=tmp_path / "linkage.duckdb",
        temp_directory=tmp_path / "spill",
        memory_limit="512MB",
    )
    assert ddocs.count == TRUTH["documents"]
    pairs = pq.read_table(tmp_path / "pairs.parquet").to_pylist()
    accepted = {(p["a"], p["b"]) for p in pairs if p["accepted"]}
    assert accepted == {tuple(p[:2]) for p in TRUTH["same"]}
    clusters = pq.read_table(tmp_path / "clusters.parquet").to_pylist()
    assert len(clusters) == TRUTH["entries"]
    assert {c["id"]: c["cluster"] for c in clusters}["listing-search-b.txt:29"] == (
        "listing-collection-sino-soviet-alliance.txt:38"
    )


def test_cannot_link_conflicts_resolved_the_same_way():
    # Two different documents with the same listing on page p, and one on page q that matches both:
    # plain components would join all three; the cannot-link keeps p's two entries apart.
    text = "June 5, 1944\n\nCable, Mao Zedong to Stalin\n\nMao asks for railway materials.\n\n"
    p = listing.read(text * 2, source="p")
    q = listing.read(text, source="q")
    r = listing.read(text.replace("June 5", "June 9"), source="r")
    _, mdocs = _same([*p, *q, *r])
    assert mdocs.clustering.refused
    assert mdocs.count == 2


def test_pairs_reach_python_in_batches_not_one_by_one(corpus, monkeypatch):
    # The rapidfuzz comparisons run once per batch of candidate pairs (streamed out of DuckDB to
    # the workers), never once per pair; the others are DuckDB expressions.
    from lacuna.linkage import DEFAULT_MODEL

    engine = sys.modules["lacuna.linkage.duckdb_engine"]
    calls: list[int] = []
    batch = engine._score_batch

    def counted(pairs):
        calls.append(len(pairs))
        return batch(pairs)

    monkeypatch.setattr(engine, "_score_batch", counted)
    entries: list[Entry] = []
    for name in sorted(TRUTH["pages"]):
        entries += listing.read_file(corpus / name, source=name)
    dmatches, ddocs = link_duckdb(entries, batch=50)
    memory = match(entries)
    assert_same_linkage(dmatches, ddocs, memory, documents(memory))
    assert sum(calls) == dmatches.candidates > 100  # every candidate pair, once
    assert max(calls) <= 50
    # batches as DuckDB reads them: 50 pairs, fewer where a vector of 2048 rows ends
    assert len(calls) <= -(-dmatches.candidates // 50) + dmatches.candidates // 2048 + 1
    python = {DEFAULT_MODEL.comparisons[i].method for i in engine._in_python(DEFAULT_MODEL)}
    assert python == {"ratio", "token_set_ratio", "numbers", "substitutions", "coverage"} & {
        c.method for c in DEFAULT_MODEL.comparisons
    }
    assert not python & {"days", "same_page", "ambiguity"}


def _sample_entries(corpus) -> list[Entry]:
    entries: list[Entry] = []
    for name in sorted(TRUTH["pages"]):
        entries += listing.read_file(corpus / name, source=name)
    return entries


def test_workers_same_as_in_memory(corpus):
    # Two started worker processes: blocking keys and scores from the mapped columns file, in
    # batches of 50 pairs (many batches, each reading its own entries), the same as in memory.
    entries = _sample_entries(corpus)
    ddocs, _ = _same(entries, workers=2, batch=50)
    assert ddocs.count == TRUTH["documents"]


def test_a_batch_reads_only_its_entries(corpus):
    # A worker scoring a batch builds the prepared rows of the entries the batch names, no
    # others, and scores them as the whole would.
    import numpy as np

    from lacuna.linkage import DEFAULT_MODEL, candidates, prepare
    from lacuna.linkage.columns import table
    from lacuna.linkage.duckdb_engine import batch_entries
    from lacuna.linkage.score import hopeless_mask, score_part

    prep = prepare(_sample_entries(corpus))
    pairs = candidates(prep)
    columns = table(prep)
    hopeless = hopeless_mask(DEFAULT_MODEL)
    for lo in range(0, len(pairs), 10):
        part = pairs[lo : lo + 10]
        rows, local = batch_entries(columns, part)
        named = {int(x) for x in part.ravel()}
        assert len(rows) == len(named) <= 20 < len(prep)
        assert [rows.titles[i] for i in local[:, 0]] == [prep.titles[a] for a in part[:, 0]]
        keep, values = score_part(rows, DEFAULT_MODEL, local, hopeless)
        want_keep, want = score_part(prep, DEFAULT_MODEL, part, hopeless)
        np.testing.assert_array_equal(keep, want_keep)
        for name, column in want.items():
            np.testing.assert_array_equal(values[name], column, err_msg=name)


def _entries_held() -> int:
    import gc

    return sum(isinstance(o, Entry) for o in gc.get_objects())


def _held() -> tuple[int, object, object]:
    """In a worker: the Entry objects it holds, and the values it was given."""
    from lacuna.linkage.parallel import state

    return _entries_held(), state("duckdb_prep"), state("path")


def test_started_workers_hold_no_entries(corpus):
    # The pool's processes are started afresh, not forked from this one: they hold none of the
    # entries this process has (a forked worker would see every one, and copy their pages).
    from lacuna.linkage.parallel import spawned

    entries = _sample_entries(corpus)
    assert _entries_held() >= len(entries) == TRUTH["entries"]  # here
    with spawned(2, duckdb_prep=None, path="x") as pool:
        held = list(pool.imap(_held, [()] * 4))
        assert pool.calls == 4
    assert held == [(0, None, "x")] * 4


def _refuse(*args, **kwargs):
    raise AssertionError("entries converted through the columns file")


@pytest.mark.parametrize(
    "fresh_above, pools, tables",
    [(10**9, {"forked": 1, "spawned": 0}, 0), (0, {"forked": 0, "spawned": 2}, 1)],
)
def test_pools_started_per_run_and_conversions(corpus, monkeypatch, fresh_above, pools, tables):
    # Up to FRESH_POOL_ABOVE entries: one pool, forked before DuckDB starts, computes keys and
    # scores on the prepared entries as they are (no columns file written, no batch's entries
    # rebuilt from it: a forked worker inherits the refusal below and would raise it). Past
    # it: workers started afresh read a columns file written once, and the scores get a pool
    # of their own (the keys' workers, grown by whole-input rules, end before the candidates).
    engine = sys.modules["lacuna.linkage.duckdb_engine"]
    started = {"forked": 0, "spawned": 0}
    written: list[int] = []
    forked, spawned, table = engine.forked, engine.spawned, engine.table

    def counted_forked(workers):
        started["forked"] += 1
        return forked(workers)

    def counted_spawned(workers, **values):
        started["spawned"] += 1
        return spawned(workers, **values)

    def counted_table(prep):
        written.append(len(prep))
        return table(prep)

    monkeypatch.setattr(engine, "forked", counted_forked)
    monkeypatch.setattr(engine, "spawned", counted_spawned)
    monkeypatch.setattr(engine, "FRESH_POOL_ABOVE", fresh_above)
    if tables:
        monkeypatch.setattr(engine, "table", counted_table)
    else:  # nothing converted, here or in the forked workers
        for name in ("table", "write", "subset", "mapped"):
            monkeypatch.setattr(engine, name, _refuse)
    _same(_sample_entries(corpus), workers=2, batch=50)
    assert started == pools
    assert written == [TRUTH["entries"]] * tables
