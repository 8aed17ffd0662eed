"""The DuckDB engine gives what the in-memory path gives: pairs, values, levels, documents."""

from __future__ import annotations

import json
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
