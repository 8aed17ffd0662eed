"""The lacuna command line, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lacuna.cli import main
from lacuna.spans import SPAN_KEYS


def run(*args, stdin: bytes | None = None):
    proc = subprocess.run(
        [sys.executable, "-m", "lacuna", *args], input=stdin, capture_output=True, timeout=120
    )
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def test_render_diplomatic_is_byte_identical(petrov_path):
    code, out, err = run("render", str(petrov_path), "--edition", "diplomatic")
    assert code == 0, err
    assert out == petrov_path.read_bytes()


def test_render_diplomatic_keeps_undecodable_bytes(tmp_path):
    path = tmp_path / "odd.txt"
    raw = b"a [b] \xff ]\r\nc\rd"
    path.write_bytes(raw)
    code, out, _ = run("render", str(path), "-e", "diplomatic")
    assert code == 0 and out == raw


def test_render_clean_and_json(petrov_path):
    code, out, _ = run("render", str(petrov_path), "--edition", "clean")
    assert code == 0
    assert "there are no reasons in Xinjiang" in out.decode()
    code, out, _ = run("render", str(petrov_path), "--edition", "json")
    assert code == 0
    data = json.loads(out)
    assert data["format"] == "lacuna-document"
    assert sum(1 for n in data["nodes"] if n["type"] == "span") == 30


def test_spans_jsonl_contract(petrov_path):
    code, out, _ = run("spans", str(petrov_path))
    assert code == 0
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert len(records) == 30
    text = petrov_path.read_text(encoding="utf-8")
    for r in records:
        assert tuple(r) == SPAN_KEYS
        assert text[r["start"] : r["end"]] == r["text"]
        assert r["file"] == str(petrov_path)
    gap = next(r for r in records if r["conjecture"] == "close")
    assert (gap["category"], gap["unit"], gap["reason"], gap["quantity"]) == (
        "gap",
        "word",
        "off the page",
        1,
    )


def test_spans_table_from_stdin():
    code, out, _ = run("spans", "-", "--format", "table", stdin=b"there are [no] reasons\n")
    assert code == 0
    lines = out.decode().splitlines()
    assert lines[0].split("\t")[:4] == ["file", "line", "column", "category"]
    assert lines[1].split("\t")[:4] == ["<stdin>", "1", "11", "supplied"]


def test_strict_error_names_file_line_column_and_exits_2(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text("line one\nsee [the text\n", encoding="utf-8")
    code, _out, err = run("parse", str(path), "--strict")
    assert code == 2
    # strict mode stops at the problem: the message does not say the bracket is kept as text
    assert err.strip() == f"lacuna: {path}:2:5: '[' is never closed"
    assert "Traceback" not in err


def test_lenient_parse_reports_and_keeps_going(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text("a ] b [c]\n", encoding="utf-8")
    code, out, err = run("parse", str(path))
    assert code == 1
    assert f"{path}:1:3: ']' has no matching '['" in err
    assert "1 spans (1 supplied); 1 problems" in out.decode()


def test_missing_file_is_a_clear_error():
    code, _, err = run("render", "/nonexistent/file.txt")
    assert code == 2
    assert "/nonexistent/file.txt: cannot read" in err and "Traceback" not in err


def test_bad_conventions_file(tmp_path, petrov_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[gap\n", encoding="utf-8")
    assert main(["spans", str(petrov_path), "--conventions", str(bad)]) == 2


@pytest.mark.parametrize("args", [[], ["render"], ["render", "x", "--edition", "nope"]])
def test_usage_errors_exit_2(args):
    code, _, err = run(*args)
    assert code == 2 and "usage:" in err
