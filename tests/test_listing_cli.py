"""``lacuna listings``, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import run_cli

PAGES = [
    "listing-collection-sino-soviet-alliance.txt",
    "listing-search-a.txt",
    "listing-search-b.txt",
    "listing-search-c.txt",
]


def run(*args, cwd=None):
    return run_cli("listings", *args, cwd=cwd, text=True)


def test_entries_jsonl_with_clusters_and_summary_line(corpus):
    code, out, err = run(*PAGES, cwd=corpus)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 50
    assert list(rows[0]) == ["id", "file", "line", "date", "title", "summary", "cluster"]
    by_id = {r["id"]: r for r in rows}
    zhu = by_id["listing-search-b.txt:29"]
    assert zhu["date"] == "1949-10-24" and zhu["cluster"] == "listing-collection-sino-soviet-alliance.txt:38"
    assert by_id["listing-search-b.txt:41"]["cluster"] != by_id["listing-search-b.txt:35"]["cluster"]
    assert len({r["cluster"] for r in rows}) == 46
    assert "50 entries on 4 pages, 46 documents, 4 cross-page duplicates" in err


def test_pairs_with_explanations(corpus):
    code, out, err = run(*PAGES, "--pairs", "--explain", cwd=corpus)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 4 and all(r["decision"] == "match" and r["same_document"] for r in rows)
    first = rows[0]
    assert (first["a"], first["b"]) == (
        "listing-collection-sino-soviet-alliance.txt:38",
        "listing-search-b.txt:29",
    )
    assert first["weight"] == 14.5
    assert (first["date"], first["date_level"], first["date_weight"]) == (14.0, "within a month", 0.5)
    assert first["weight"] == sum(
        first[f"{c}_weight"] for c in ("title", "summary", "date", "numbers", "page")
    )
    code, out, _ = run(*PAGES, "--pairs", "--all-pairs", cwd=corpus)
    rows = [json.loads(line) for line in out.splitlines()]
    vetoed = [r for r in rows if r["decision"].startswith("veto")]
    assert vetoed and all(r["weight"] is None for r in vetoed)
    soong = next(r for r in rows if (r["a"], r["b"]) == ("listing-search-a.txt:9", "listing-search-a.txt:37"))
    assert soong["decision"] == "veto: same page" and soong["title"] == 100


def test_table_waterfall_and_csv(corpus):
    code, out, _ = run(*PAGES, "--pairs", "--explain", "-f", "table", cwd=corpus)
    assert code == 0
    # p: 2**8.5 / (1 + 2**8.5), the threshold 6 being even odds
    assert (
        "listing-collection-sino-soviet-alliance.txt:38  ~  listing-search-b.txt:29    +14.5  p=0.9972  match"
        in out
    )
    assert "    date                14  within a month   +0.5" in out
    assert "    cut_ambiguity  missing  not cut          +0" in out  # columns as wide as the longest
    code, out, _ = run(*PAGES, "-f", "csv", cwd=corpus)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 50 and rows[0]["file"] == PAGES[0] and rows[0]["line"] == "14"


def test_parquet_output(corpus, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "entries.parquet"
    code, _, err = run(*PAGES, "-f", "parquet", "-o", str(path), cwd=corpus)
    assert code == 0, err
    table = pq.read_table(path)
    assert table.num_rows == 50 and "cluster" in table.column_names
    code, _, err = run(*PAGES, "-f", "parquet", cwd=corpus)
    assert code == 2 and "--output" in err


def test_errors_are_one_line(corpus, tmp_path):
    code, _, err = run("no-such-file.txt", cwd=corpus)
    assert code == 2 and err.startswith("lacuna: no-such-file.txt: no such file")
    # the same page named twice is read once (two of its entries are never one document)
    code, out, err = run(PAGES[1], f"../corpus/{PAGES[1]}", "-f", "csv", cwd=corpus)
    assert code == 0 and len(out.splitlines()) == 1 + 10
    assert err.startswith(f"lacuna: ../corpus/{PAGES[1]}: the same file as {PAGES[1]}, read once\n")
    bad = tmp_path / "bad.txt"
    bad.write_text("Results:\n\nJune 5, 1944\n\nCable No. 5\n\nJuly 1, 1944\n", encoding="utf-8")
    code, _, err = run(str(bad))
    assert code == 0 and f"lacuna: {bad}:7:1: a listed date with no title" in err
    code, _, err = run(str(bad), "--strict")
    assert code == 2 and f"{bad}:7:1" in err and "Traceback" not in err


def test_duckdb_engine_prints_the_same(corpus):
    pytest.importorskip("duckdb")
    memory = run(*PAGES, "--pairs", "--all-pairs", "--explain", cwd=corpus)
    duck = run(*PAGES, "--pairs", "--all-pairs", "--explain", "--engine", "duckdb", cwd=corpus)
    assert duck == memory and memory[0] == 0


def test_workers_refused_or_capped(corpus):
    from lacuna.linkage import usable_cores

    cores = usable_cores()
    for bad in ("0", "-1", "-100", "two", "1.5"):
        code, out, err = run(PAGES[1], "--workers", bad, cwd=corpus)
        assert code == 2 and out == "" and "--workers" in err and "Traceback" not in err, (bad, err)
    code, out, err = run(PAGES[1], "--workers", "100000", cwd=corpus)
    assert code == 0, err
    assert f"lacuna: --workers 100000 is more than the {cores} usable cores; using {cores}" in err
    code, _, err = run(PAGES[1], "--workers", "all", cwd=corpus)
    assert code == 0 and "usable cores" not in err


def test_library_workers_checked():
    from lacuna.errors import LacunaError
    from lacuna.linkage import check_workers, link, usable_cores

    assert check_workers(100_000) == usable_cores()
    assert check_workers(1) == 1
    for bad in (0, -1):
        with pytest.raises(LacunaError, match="give 1 or more"):
            link([], workers=bad)


def test_a_document_page_says_so_on_stderr(corpus):
    # leftovers43: no made-up entries from a document's page, a message saying why
    code, out, err = run("document-petrov-zhang-1947.txt", cwd=corpus)
    assert code == 0 and out == ""
    assert "document-petrov-zhang-1947.txt:5:1: this looks like a document page, not a listing" in err
    assert "[not-a-listing]" in err and "0 entries on 1 pages" in err
    # with listing pages, theirs are read as before
    code, out, err = run("document-petrov-zhang-1947.txt", PAGES[1], cwd=corpus)
    assert code == 0 and len(out.splitlines()) == 10 and "[not-a-listing]" in err
