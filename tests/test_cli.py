"""The lacuna command line, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import threading

import pytest

from conftest import run_cli
from conftest import run_cli as run
from lacuna.cli import main
from lacuna.cli.outputs import csv_line, csv_safe
from lacuna.spans import SPAN_KEYS


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


# -- spans streams its rows; broken pipes; unreadable files among several -----------------

DEEP = 100_000  # levels: the spans output is about 10 GB, far more than memory


def _deep_file(tmp_path):
    path = tmp_path / "deep.txt"
    path.write_text("a " + "[" * DEEP + "x" + "]" * DEEP, encoding="utf-8")
    return path


def _limit_memory():  # 1 GB of address space: the whole output (10 GB) cannot be held
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def _first_line_then_close(*args):
    """Run lacuna, read one line of its output, close the pipe (as ``| head -1`` does)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "lacuna", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_limit_memory if sys.platform != "win32" else None,
    )
    try:
        first = proc.stdout.readline()
        proc.stdout.close()
        code = proc.wait(timeout=600)
    finally:
        proc.kill()
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    return code, first, err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and rlimits")
def test_spans_streams_deep_nesting_behind_head(tmp_path):
    path = _deep_file(tmp_path)
    code, first, err = _first_line_then_close("spans", str(path))
    assert err == ""  # no traceback, no message: the reader just went away
    assert code == 141  # 128 + SIGPIPE, what `yes | head` reports
    record = json.loads(first)
    assert (record["start"], record["end"], record["line"], record["column"]) == (2, 2 * DEEP + 3, 1, 3)
    assert record["nested_in"] is None
    assert record["text"] == "[" * DEEP + "x" + "]" * DEEP


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_spans_table_streams_too(tmp_path):
    path = _deep_file(tmp_path)
    code, first, err = _first_line_then_close("spans", str(path), "--format", "table")
    assert (code, err) == (141, "")
    assert (
        first == b"file\tline\tcolumn\tcategory\textent\tquantity\tunit\treason\tconjecture\tregion\ttext\n"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_parse_outline_streams_and_stops_quietly_when_the_pipe_closes(tmp_path):
    # the outline is indented by depth: quadratic too
    code, first, err = _first_line_then_close("parse", str(_deep_file(tmp_path)))
    assert (code, err) == (141, "")
    assert first == b"1:3\tsupplied\t" + b"[" * 67 + b"...\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
@pytest.mark.parametrize("edition", ["diplomatic", "clean", "json"])
def test_render_stops_quietly_when_the_pipe_closes(tmp_path, edition):
    path = tmp_path / "long.txt"
    path.write_text("a [b] c\n" * 20_000, encoding="utf-8")  # more than a pipe holds
    code, first, err = _first_line_then_close("render", "-e", edition, str(path))
    assert (code, err) == (141, "")
    assert first == {"diplomatic": b"a [b] c\n", "clean": b"a b c\n", "json": b"{\n"}[edition]


def test_spans_lists_the_files_it_can_read_and_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "one.txt").write_text("see [the] text\n", encoding="utf-8")
    args = ("spans", "--format", "table", "empty.txt", "nonexist.txt", "one.txt")
    code, out, err = run(*args, cwd=tmp_path)
    assert out.decode() == (
        "file\tline\tcolumn\tcategory\textent\tquantity\tunit\treason\tconjecture\tregion\ttext\n"
        "one.txt\t1\t5\tsupplied\t\t\t\t\t\tbody\t[the]\n"
    )
    assert err == "lacuna: nonexist.txt: cannot read: No such file or directory\n"
    assert code == 2
    # jsonl: the rows of the file before the unreadable one are kept
    code, out, err = run("spans", "one.txt", "nonexist.txt", cwd=tmp_path)
    assert code == 2 and err == "lacuna: nonexist.txt: cannot read: No such file or directory\n"
    assert [json.loads(line)["text"] for line in out.decode().splitlines()] == ["[the]"]


def test_spans_exit_status_is_that_of_parse(tmp_path):
    (tmp_path / "one.txt").write_text("see [the] text\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_text("a [b] ]\n", encoding="utf-8")
    code, out, err = run("spans", "one.txt", cwd=tmp_path)
    assert (code, err) == (0, "")
    # lenient: the rows, then the file's diagnostics, exit 1
    code, out, err = run("spans", "-f", "table", "broken.txt", "one.txt", cwd=tmp_path)
    assert code == 1
    assert out.decode().splitlines()[1:] == [
        "broken.txt\t1\t3\tsupplied\t\t\t\t\t\tbody\t[b]",
        "one.txt\t1\t5\tsupplied\t\t\t\t\t\tbody\t[the]",
    ]
    assert err == "lacuna: broken.txt:1:7: ']' has no matching '[' (kept as text) [stray-bracket]\n"
    # strict: the problem stops the command, exit 2, the rows before it are kept
    code, out, err = run("spans", "-f", "table", "--strict", "one.txt", "broken.txt", "one.txt", cwd=tmp_path)
    assert code == 2
    assert out.decode().splitlines()[1:] == ["one.txt\t1\t5\tsupplied\t\t\t\t\t\tbody\t[the]"]
    assert err == "lacuna: broken.txt:1:7: ']' has no matching '['\n"


# -- a conventions file lacuna cannot use is an error, never an internal one ---------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff abc [unclosed\n", "byte 0xff is not valid UTF-8 (at line 1, column 1)"),
        (
            b'[gap.reasons]\n"gon\xc3\xa9\xfe" = "missing"\n',
            "byte 0xfe is not valid UTF-8 (at line 2, column 6)",
        ),
        (b"[gap\n", "Expected ']' at the end of a table declaration (at line 1, column 5)"),
        (b"gap = 3\n", "gap must be a table, not a number"),
        (b'[gap]\nfiller = "of"\n', "gap.filler must be an array, not a string"),
        (b"[gap]\nfiller = [1]\n", "gap.filler[0] must be a string, not a number"),
        (b'[gap]\nreasons = ["lost"]\n', "gap.reasons must be a table, not an array"),
        (b'[gap.reasons]\n"gone" = 3\n', "gap.reasons.gone must be a string, not a number"),
        (b'[gap.quantities]\n"lots" = [2, "x"]\n', "gap.quantities.lots[1] must be a number, not a string"),
        (b'[footnote]\nmax_digits = "3"\n', "footnote.max_digits must be a number, not a string"),
        (
            b'[notes.labels]\n"zz" = "bogus"\n',
            "notes.labels.zz: unknown category 'bogus' (one of: supplied, gloss, uncertain, gap, "
            "translator_note, editor_note, sic, correction, footnote_ref, page_break, other)",
        ),
        (b'[gloss]\nlexicon = "nope.json"\n', "gloss.lexicon: no lexicon 'nope.json' in lacuna/data"),
        # a shipped file that is no lexicon, and paths out of lacuna/data
        (
            b'[gloss]\nlexicon = "conventions.toml"\n',
            "gloss.lexicon: no lexicon 'conventions.toml' in lacuna/data",
        ),
        (b'[gloss]\nlexicon = "/etc/passwd"\n', "gloss.lexicon: no lexicon '/etc/passwd' in lacuna/data"),
        (
            b'[gloss]\nlexicon = "../data/english-words.json"\n',
            "gloss.lexicon: no lexicon '../data/english-words.json' in lacuna/data",
        ),
        (b"[footnote]\nmax_digits = inf\n", "footnote.max_digits: must be a finite number, not inf"),
        (
            b"[footnote]\nmax_digits = 2.5\n",
            "footnote.max_digits: must be a whole number from 0 to 9, not 2.5",
        ),
        (
            b'[gap.quantities]\n"lots" = [nan, 2]\n',
            "gap.quantities.lots[0]: must be a finite number, not nan",
        ),
    ],
)
def test_unusable_conventions_file_is_a_clean_error(tmp_path, content, message):
    conv = tmp_path / "conv.toml"
    conv.write_bytes(content)
    text = tmp_path / "crlf.txt"
    text.write_bytes(b"line [one]\r\nline two\r\n")
    code, out, err = run("render", "--conventions", str(conv), str(text))
    assert (code, out) == (2, b"")
    assert err == f"lacuna: {conv}: invalid conventions file: {message}\n"


def test_conventions_file_missing_or_a_directory(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("a [b]\n", encoding="utf-8")
    missing = tmp_path / "missing.toml"
    code, _, err = run("render", "--conventions", str(missing), str(text))
    assert (code, err) == (2, f"lacuna: {missing}: cannot read conventions file: No such file or directory\n")
    code, _, err = run("spans", "--conventions", str(tmp_path), str(text))
    assert (code, err) == (2, f"lacuna: {tmp_path}: cannot read conventions file: Is a directory\n")


def test_conventions_file_with_new_words_and_tables_is_accepted(tmp_path):
    conv = tmp_path / "conv.toml"
    conv.write_text(
        '[gap.reasons]\n"washed out" = "illegible"\n[gap.quantities]\n"dozen" = 12\n'
        '"couple" = [2, 3]\n[not_read_by_lacuna]\nx = 1\n',
        encoding="utf-8",
    )
    text = tmp_path / "a.txt"
    text.write_text("x [dozen words washed out] y [couple of lines washed out]\n", encoding="utf-8")
    code, out, err = run("spans", "--conventions", str(conv), str(text))
    assert (code, err) == (0, "")
    fields = [
        (r["category"], r["quantity"], r["unit"], r["reason"]) for r in map(json.loads, out.splitlines())
    ]
    assert fields == [("gap", 12, "word", "illegible"), ("gap", [2, 3], "line", "illegible")]


# -- standard input gets the checks a file gets -------------------------------------------

BAD_UTF8 = b"\xff abc [unclosed\n"


def test_stdin_strict_reports_invalid_utf8_first_like_a_file(tmp_path):
    path = tmp_path / "bin.bin"
    path.write_bytes(BAD_UTF8)
    code, _, err = run("parse", "--strict", "-", stdin=BAD_UTF8)
    assert (code, err) == (2, "lacuna: <stdin>:1:1: byte 0xff is not valid UTF-8\n")
    code, _, err = run("parse", "--strict", str(path))
    assert (code, err) == (2, f"lacuna: {path}:1:1: byte 0xff is not valid UTF-8\n")
    # the bracket problem comes first in the text: it is the one reported
    code, _, err = run("parse", "--strict", "-", stdin=b"a ] \xff\n")
    assert (code, err) == (2, "lacuna: <stdin>:1:3: ']' has no matching '['\n")


def test_stdin_lenient_has_the_invalid_utf8_diagnostic():
    code, out, err = run("parse", "-", stdin=BAD_UTF8)
    assert code == 1
    assert out == b"<stdin>: 0 spans (no spans); 2 problems\n"
    assert err == (
        "lacuna: <stdin>:1:1: byte 0xff is not valid UTF-8 (kept as is) [invalid-utf8]\n"
        "lacuna: <stdin>:1:7: '[' is never closed (kept as text) [unclosed-bracket]\n"
    )


def test_stdin_diplomatic_render_reproduces_the_bytes():
    raw = b"a [b] \xff ]\r\nc\rd\xc3"
    code, out, err = run("render", "-", "-e", "diplomatic", stdin=raw)
    assert (code, out) == (0, raw)
    assert "[invalid-utf8]" in err and "Traceback" not in err


def test_parse_bytes_is_what_parse_file_does(tmp_path):
    from lacuna.errors import MarkupError
    from lacuna.parse import parse_bytes, parse_file

    path = tmp_path / "odd.txt"
    path.write_bytes(BAD_UTF8)
    from_file = parse_file(path)
    from_bytes = parse_bytes(BAD_UTF8, source=str(path))
    assert from_bytes.diagnostics == from_file.diagnostics
    assert [d.code for d in from_bytes.diagnostics] == ["invalid-utf8", "unclosed-bracket"]
    assert from_bytes.source().encode("utf-8", "surrogateescape") == BAD_UTF8
    with pytest.raises(MarkupError, match=r"^<string>:1:1: byte 0xff is not valid UTF-8$"):
        parse_bytes(BAD_UTF8, strict=True)
    with pytest.raises(TypeError):
        parse_bytes("text")  # type: ignore[arg-type]


# -- the common options (issue 16): many inputs, directories, '-' once, -o, formats ---------


def test_parse_takes_many_files_and_a_directory_in_sorted_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("one [two]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("[?x?] y\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("[not read]\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("[not read]\n", encoding="utf-8")
    code, out, err = run_cli("parse", "-q", ".", cwd=tmp_path, text=True)
    assert (code, err) == (0, "")
    assert out == (
        "./a.txt: 1 spans (1 uncertain); 0 problems\n./sub/b.txt: 1 spans (1 supplied); 0 problems\n"
    )


def test_the_same_file_twice_is_read_once(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "a.txt").write_text("see [the] text\n", encoding="utf-8")
    code, out, err = run_cli("spans", "a.txt", "./x/../a.txt", "-f", "jsonl", cwd=tmp_path, text=True)
    assert code == 0
    assert len(out.splitlines()) == 1
    assert err == "lacuna: ./x/../a.txt: the same file as a.txt, read once\n"


def test_stdin_named_twice_is_read_once():
    code, out, err = run_cli("spans", "-", "-", "-f", "jsonl", stdin=b"a [b] c\n", text=True)
    assert code == 0 and err == ""
    (record,) = map(json.loads, out.splitlines())
    assert (record["file"], record["text"]) == ("<stdin>", "[b]")
    # collate of '-' against itself: one witness, not two readings of standard input
    code, _, err = run_cli("collate", "-", "-", stdin=b"a [b] c\n")
    assert code == 2 and "at least two" in err


def test_output_to_a_missing_directory_is_a_clean_error(tmp_path, petrov_path):
    for command in (["spans"], ["parse"], ["lacunae"], ["normalize"]):
        code, out, err = run_cli(*command, str(petrov_path), "-o", "/nonexistent/x.csv")
        assert (code, out) == (2, b""), command
        assert err == "lacuna: /nonexistent/x.csv: cannot write: No such file or directory\n"


def test_output_file_is_written_whole(tmp_path, petrov_path):
    target = tmp_path / "spans.csv"
    code, out, err = run_cli("spans", str(petrov_path), "-f", "csv", "-o", str(target))
    assert (code, out, err) == (0, b"", "")
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0] == list(SPAN_KEYS) and len(rows) == 1 + 30
    assert [p.name for p in tmp_path.iterdir()] == ["spans.csv"]  # no temporary file left


def test_spans_table_cells_are_not_cut_unless_asked(tmp_path):
    note = "[Translator's note: " + "a very long note about the margin " * 4 + "]"
    (tmp_path / "n.txt").write_text(f"x {note}\n", encoding="utf-8")
    code, out, _ = run_cli("spans", "n.txt", "-f", "table", cwd=tmp_path, text=True)
    assert code == 0 and out.splitlines()[1].split("\t")[-1] == note
    code, out, _ = run_cli("spans", "n.txt", "-f", "table", "--width", "12", cwd=tmp_path, text=True)
    assert out.splitlines()[1].split("\t")[-1] == "[Translat..."


def test_spans_json_is_one_document(petrov_path):
    _, out, _ = run_cli("spans", str(petrov_path), "-f", "json")
    data = json.loads(out)
    assert data["format"] == "lacuna-spans" and len(data["spans"]) == 30
    assert data["spans"][7]["conjecture"] == "close"


def test_normalize_refuses_empty_steps(petrov_path):
    for steps in ("", " , "):
        code, out, err = run_cli("normalize", str(petrov_path), "--steps", steps)
        assert (code, out) == (2, b"")
        assert err.startswith("lacuna: --steps: no step named")


def test_normalize_several_files_to_a_directory(tmp_path):
    (tmp_path / "a.txt").write_text("the [USSR]\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("[word missing] Moscow\n", encoding="utf-8")
    code, _, err = run_cli("normalize", "a.txt", "sub", "-s", "brackets", cwd=tmp_path)
    assert code == 2 and "give --output DIR" in err
    code, out, err = run_cli("normalize", "a.txt", "sub", "-s", "brackets", "-o", "out/", cwd=tmp_path)
    assert (code, out, err) == (0, b"", "")
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "the USSR\n"
    assert (tmp_path / "out" / "a-2.txt").read_text(encoding="utf-8") == "[…] Moscow\n"
    code, out, _ = run_cli("normalize", "a.txt", "sub", "-s", "brackets", "-f", "jsonl", cwd=tmp_path)
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["the USSR\n", "[…] Moscow\n"]


def test_lacunae_csv_and_totals_on_stderr_with_output(tmp_path, petrov_path):
    target = tmp_path / "lacunae.csv"
    code, out, err = run_cli("lacunae", str(petrov_path), "-f", "csv", "-o", str(target))
    assert (code, out) == (0, b"")
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0][:4] == ["file", "line", "column", "kind"] and len(rows) == 1 + 11
    code, out, err = run_cli("lacunae", str(petrov_path), "-o", str(tmp_path / "t.tsv"))
    assert "about 15 words missing" in err and out == b""
    code, out, err = run_cli("lacunae", str(petrov_path), "-q", "-o", str(tmp_path / "t.tsv"))
    assert (code, out, err) == (0, b"", "")


def test_parse_jsonl_lists_each_files_problems(tmp_path):
    (tmp_path / "ok.txt").write_text("a [b]\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("a\n[b\n", encoding="utf-8")
    code, out, err = run_cli("parse", "ok.txt", "bad.txt", "-f", "jsonl", "-q", cwd=tmp_path, text=True)
    assert code == 1 and err == ""
    ok, bad = map(json.loads, out.splitlines())
    assert ok == {"file": "ok.txt", "spans": 1, "categories": {"supplied": 1}, "problems": []}
    assert bad["problems"] == [
        {"code": "unclosed-bracket", "message": "'[' is never closed (kept as text)", "line": 2, "column": 1}
    ]


def test_progress_bar_only_when_asked_or_on_a_terminal(petrov_path):
    code, _, err = run_cli("spans", str(petrov_path), "--progress", "-o", os.devnull)
    assert code == 0 and "1/1" in err  # tqdm's count, forced on although stderr is a pipe
    code, _, err = run_cli("spans", str(petrov_path), "-o", os.devnull)
    assert (code, err) == (0, "")  # not a terminal: no bar


def test_output_to_a_device_or_a_named_pipe_writes_through_it(petrov_path, tmp_path):
    # "-o /dev/null" once replaced the device with a regular file (the output is written to a
    # temporary file and renamed over its target; as root the rename succeeds)
    code, _, _ = run_cli("spans", str(petrov_path), "-o", os.devnull)
    assert code == 0 and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    code, _, err = run_cli("spans", str(petrov_path), "--format", "jsonl", "-o", str(fifo))
    reader.join(timeout=60)
    assert (code, err) == (0, "")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe, not a file put in its place
    lines = got[0].decode().splitlines()
    assert lines and all(json.loads(line)["text"].startswith("[") for line in lines)
    assert not list(tmp_path.glob(".*lacuna-tmp"))


# -- CSV cells that a spreadsheet would run ------------------------------------------------


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("  =1", "'  =1"),
        ("\uff1d1+1", "'\uff1d1+1"),  # full-width equals sign
        ("-3.5", "-3.5"),  # a plain number stays a number
        ("+1e5", "+1e5"),
        ("a=b", "a=b"),
        ("[?are awaiting?]", "[?are awaiting?]"),
        (None, ""),
        (-2, "-2"),
        ([2, 3], "[2, 3]"),
    ],
)
def test_csv_safe(value, cell):
    assert csv_safe(value) == cell


def test_csv_cells_from_the_text_are_neutralised(tmp_path):
    (tmp_path / "f.txt").write_text('[=HYPERLINK("http://x")] [@a]\n', encoding="utf-8")
    _, out, _ = run_cli("spans", "f.txt", "-f", "csv", cwd=tmp_path, text=True)
    rows = list(csv.DictReader(io.StringIO(out)))
    # the text cell starts with '[': harmless; the reading does not reach a cell on its own
    assert [r["text"] for r in rows] == ['[=HYPERLINK("http://x")]', "[@a]"]
    assert csv_line(["=1", "ok", "-1"]) == "'=1,ok,-1"


# -- listings: bad input -----------------------------------------------------------------

LISTING = "1 - 2 of 2\n\nJune 5, 1944\n\nCable No. 5 from Molotov\n\nJuly 1, 1944\n\nNote on the Treaty\n"


def test_listing_that_is_not_utf8_has_a_problem_and_fails_strict(tmp_path):
    # a Latin-1 o-umlaut after "Cable No. 5 from Molot" (22 characters) on line 5
    (tmp_path / "page.txt").write_bytes(LISTING.replace("Molotov", "Molot\xf6v").encode("latin-1"))
    code, out, err = run_cli("listings", "page.txt", "-f", "csv", cwd=tmp_path, text=True)
    assert code == 0
    assert err.splitlines()[0] == (
        "lacuna: page.txt:5:23: byte 0xf6 is not valid UTF-8 (read as U+FFFD) [invalid-utf8]"
    )
    assert "Molot\ufffdv" in out
    code, out, err = run_cli("listings", "page.txt", "--strict", cwd=tmp_path, text=True)
    assert (code, out) == (2, "")
    assert err == "lacuna: page.txt:5:23: byte 0xf6 is not valid UTF-8 (read as U+FFFD)\n"


def test_empty_listing_page_has_no_entries_problem(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run_cli("listings", "empty.txt", cwd=tmp_path, text=True)
    assert (code, out) == (0, "")
    assert err.splitlines()[0] == "lacuna: empty.txt:1:1: no listing entries: an empty page [no-entries]"
    code, _, err = run_cli("listings", "empty.txt", "--strict", cwd=tmp_path, text=True)
    assert code == 2 and err == "lacuna: empty.txt:1:1: no listing entries: an empty page\n"


def test_listings_output_to_a_missing_directory(corpus):
    for fmt in ("csv", "parquet"):
        code, out, err = run_cli(
            "listings", "listing-search-a.txt", "-f", fmt, "-o", "/nonexistent/x", cwd=corpus
        )
        assert (code, out) == (2, b""), fmt
        assert err.startswith("lacuna: /nonexistent/x: cannot write"), err


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--threshold", "nan", "must be a finite number: 'nan'"),
        ("--threshold", "inf", "must be a finite number: 'inf'"),
        ("--threshold", "x", "not a number: 'x'"),
        ("--workers", "0", "0 workers: give 1 or more, or 'all'"),
        ("--workers", "-5", "-5 workers: give 1 or more, or 'all'"),
    ],
)
def test_listings_refuses_bad_numbers(corpus, option, value, message):
    code, out, err = run_cli("listings", "listing-search-a.txt", option, value, cwd=corpus)
    assert (code, out) == (2, b"")
    assert "usage:" in err and err.rstrip().endswith(f"argument {option}: {message}")


def test_listings_csv_cells_are_not_formulas(tmp_path):
    page = LISTING.replace("Cable No. 5 from Molotov", '=HYPERLINK("http://x","Cable")')
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    code, out, _ = run_cli("listings", "page.txt", "-f", "csv", "-q", cwd=tmp_path, text=True)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["title"] for r in rows] == [
        '\'=HYPERLINK("http://x","Cable")',
        "Note on the Treaty",
    ]


def test_listings_quiet_and_conventions(corpus, tmp_path):
    code, _, err = run_cli("listings", "listing-search-a.txt", "-q", cwd=corpus)
    assert (code, err) == (0, "")
    bad = tmp_path / "bad.toml"
    bad.write_text("[gap\n", encoding="utf-8")
    code, _, err = run_cli("listings", "listing-search-a.txt", "--conventions", str(bad), cwd=corpus)
    assert code == 2 and err.startswith(f"lacuna: {bad}")


def test_collate_output_option(tmp_path, petrov_path):
    (tmp_path / "b.txt").write_text(petrov_path.read_text(encoding="utf-8").replace("[no]", "no"), "utf-8")
    args = ("collate", str(petrov_path), "b.txt", "-f", "jsonl", "--no-progress")
    code, out, err = run_cli(*args, "-o", "/nonexistent/c.jsonl", cwd=tmp_path)
    assert (code, out) == (2, b"")
    assert err == "lacuna: /nonexistent/c.jsonl: cannot write: No such file or directory\n"
    code, out, err = run_cli(*args, "-o", "c.jsonl", cwd=tmp_path)
    assert (code, out, err) == (0, b"", "")
    rows = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 100
