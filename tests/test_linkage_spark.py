"""The Spark engine, in local mode, gives what the in-memory engine gives: pairs, values, levels, documents.

One SparkSession (``local[2]``, 2 shuffle partitions, no UI) serves every test. Without pyspark
or Java on a developer's machine the tests skip and say which is missing; in CI (``CI=true``)
they run whatever is installed, so a missing install fails instead of passing unseen.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import assert_same_linkage
from lacuna import listing
from lacuna.dates import PartialDate
from lacuna.errors import LacunaError
from lacuna.linkage import link
from lacuna.listing import Entry

ROOT = Path(__file__).resolve().parent.parent
TRUTH = json.loads((ROOT / "tests" / "truth" / "listings.json").read_text(encoding="utf-8"))
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _missing() -> str | None:
    for module in ("pyspark", "pandas", "pyarrow"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install 'lacuna[spark]')"
    from lacuna.linkage.spark_engine import java_missing

    return java_missing()


MISSING = _missing()
pytestmark = pytest.mark.skipif(MISSING is not None and not IN_CI, reason=f"Spark engine: {MISSING}")


@pytest.fixture(scope="module")
def spark():
    from lacuna.linkage.spark_engine import session

    s = session("local[2]", {"spark.ui.showConsoleProgress": "false"})
    yield s
    s.stop()


def _same(entries: list[Entry], spark, **options):
    memory, mdocs = link(entries)
    smatches, sdocs = link(entries, engine="spark", spark=spark, **options)
    assert_same_linkage(smatches, sdocs, memory, mdocs)
    np.testing.assert_array_equal(smatches.weight, memory.weight)
    return sdocs, mdocs


def _sample_entries(corpus: Path) -> list[Entry]:
    entries: list[Entry] = []
    for name in sorted(TRUTH["pages"]):
        entries += listing.read_file(corpus / name, source=name)
    return entries


def test_samples_same_as_in_memory_and_parquet(corpus, tmp_path, spark):
    entries = _sample_entries(corpus)
    sdocs, _ = _same(entries, spark, parquet_out=tmp_path / "out")
    assert sdocs.count == TRUTH["documents"]
    pairs = spark.read.parquet(str(tmp_path / "out" / "pairs")).collect()
    accepted = {(p["a"], p["b"]) for p in pairs if p["accepted"]}
    assert accepted == {tuple(p[:2]) for p in TRUTH["same"]}
    # the pair the truth file describes: Roshchin with Zhu De, listed on two dates
    zhu = next(p for p in pairs if (p["a"], p["b"]) == tuple(TRUTH["same"][1][:2]))
    assert zhu["title_level"] == 0 and zhu["weight"] >= 6.0
    docs = {r["id"]: r["cluster"] for r in spark.read.parquet(str(tmp_path / "out" / "documents")).collect()}
    assert len(docs) == TRUTH["entries"]
    assert docs["listing-search-b.txt:29"] == "listing-collection-sino-soviet-alliance.txt:38"
    # the entries table reads back as the entries (the page's result counter is not a column:
    # it plays no part in linkage)
    from lacuna.linkage.spark_engine import read_entries

    back = read_entries(tmp_path / "out" / "entries", spark)
    assert sorted(back, key=lambda e: e.sort_key) == sorted(
        map(_without_counter, entries), key=lambda e: e.sort_key
    )


def _without_counter(e: Entry) -> Entry:
    return Entry(e.id, e.source, e.line, e.date, e.date_text, e.title, e.summary, e.truncated)


def test_cannot_links_romanisations_and_vetoes_as_in_memory(spark):
    # Two different documents with the same listing on page p, and one on page q that matches both:
    # plain components would join all three; the cannot-link keeps p's two entries apart.
    text = "June 5, 1944\n\nCable, Mao Zedong to Stalin\n\nMao asks for railway materials.\n\n"
    p = listing.read(text * 2, source="p")
    q = listing.read(text, source="q")
    r = listing.read(text.replace("June 5", "June 9"), source="r")
    # Wade-Giles and pinyin spellings of one telegram are one document; the cable one number
    # apart is another (its numbers veto the pair)
    a = listing.read("June 5, 1950\n\nTelegram from Mao Tse-tung to Chou En-lai on Tibet\n", source="a")
    b = listing.read("June 5, 1950\n\nTelegram from Mao Zedong to Zhou Enlai on Tibet\n", source="b")
    c = listing.read("June 5, 1944\n\nCable No. 5 from Petrov\n", source="c")
    d = listing.read("June 5, 1944\n\nCable No. 6 from Petrov\n", source="d")
    sdocs, _ = _same([*p, *q, *r, *a, *b, *c, *d], spark)
    assert sdocs.clustering.refused
    ids = [e.id for e in sdocs.entries]
    cluster = dict(zip(ids, sdocs.cluster, strict=True))
    assert cluster["p:3"] != cluster["p:9"]  # one page: never one document
    assert cluster["q:3"] in ("p:3", "p:9") and cluster["r:3"] in ("p:3", "p:9")
    assert cluster["b:3"] == "a:3"
    assert cluster["c:3"] == "c:3" and cluster["d:3"] == "d:3"
    assert sdocs.count == 5


def test_synthetic_10k_same_documents(spark):
    spec = importlib.util.spec_from_file_location("bench_listings", ROOT / "bench" / "listings.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    texts, truth = bench.make(10_000, seed=7)
    entries = [e for p, text in enumerate(texts) for e in listing.read(text, source=f"page{p:06d}")]
    assert len(entries) == len(truth)
    sdocs, _ = _same(entries, spark)
    assert sdocs.duplicates > 1_000  # the generator copies about 45 % of its documents


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=4, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.tuples(
            _TEXT,
            st.one_of(st.none(), _TEXT),
            st.one_of(st.none(), st.dates().map(lambda d: PartialDate(d.year, d.month, d.day))),
            st.booleans(),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_entries_parquet_round_trip(rows, spark, tmp_path_factory):
    from lacuna.linkage.spark_engine import _write_entries, read_entries

    entries = [
        Entry(f"p:{i}", "p", i, date, date and date.iso, title, summary, cut)
        for i, (title, summary, date, cut) in enumerate(rows, start=1)
    ]
    path = tmp_path_factory.mktemp("entries") / "entries"
    _write_entries(spark, entries, str(path))
    assert sorted(read_entries(path, spark), key=lambda e: e.line) == entries


def test_not_an_entries_table_is_a_clear_error(tmp_path, spark):
    from lacuna.linkage.spark_engine import read_entries

    spark.createDataFrame([("x",)], "id STRING").write.parquet(str(tmp_path / "t"))
    with pytest.raises(LacunaError, match="not an entries table"):
        read_entries(tmp_path / "t", spark)
    with pytest.raises(LacunaError, match="cannot read entries"):
        read_entries(tmp_path / "absent", spark)


def test_cli_reads_entries_from_parquet_and_writes_documents(corpus, tmp_path, spark):
    from conftest import run_cli
    from lacuna.linkage.spark_engine import _write_entries

    entries = _sample_entries(corpus)
    _write_entries(spark, entries, str(tmp_path / "in"))
    _, mdocs = link(entries)
    result = run_cli(
        "listings",
        "--engine",
        "spark",
        "--spark-master",
        "local[1]",
        "--entries-parquet",
        tmp_path / "in",
        "--parquet-out",
        tmp_path / "out",
        text=True,
    )
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [(r["id"], r["cluster"]) for r in rows] == [
        (e.id, c) for e, c in zip(mdocs.entries, mdocs.cluster, strict=True)
    ]
    assert "50 entries on 4 pages, 46 documents" in result.err
    docs = spark.read.parquet(str(tmp_path / "out" / "documents")).collect()
    assert sorted((r["id"], r["cluster"]) for r in docs) == sorted((r["id"], r["cluster"]) for r in rows)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["corpus/listing-search-a.txt", "--parquet-out", "x"], "go with --engine spark"),
        (["--engine", "spark"], "no input"),
    ],
)
def test_cli_spark_options_misused_are_clear_errors(args, message):
    from conftest import run_cli

    result = run_cli("listings", *args, cwd=ROOT, text=True)
    assert result.code != 0 and message in result.err and "Traceback" not in result.err
