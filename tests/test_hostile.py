"""Hostile input: deep nesting, floods of brackets, huge and odd text. Linear, no RecursionError."""

from __future__ import annotations

import importlib
import json

import pytest

import lacuna
from conftest import assert_linear, assert_time_linear, count_work
from lacuna.render import clean, to_json
from lacuna.spans import span_records

# (``lacuna.parse`` is also the name of the function the package exports)
parse_module = importlib.import_module("lacuna.parse")


def test_100k_nested_brackets():
    text = "[" * 100_000 + "the USSR" + "]" * 100_000
    doc = lacuna.parse(text)
    assert doc.source() == text
    assert doc.diagnostics == ()
    assert sum(1 for _ in doc.spans()) == 100_000
    assert clean(doc) == "the USSR"  # supplied all the way down, no recursion
    data = json.loads(to_json(doc, indent=None))
    assert len(data["nodes"]) == 100_001
    assert data["nodes"][-1]["text"] == "the USSR"


_DEEP = {
    "words-each-level": lambda n: "[a " * n + "]" * n,  # each level's inside is short
    "letter": lambda n: "[" * n + "x" + "]" * n,  # a single letter: the note-reference reading
    "number": lambda n: "[" * n + "12" + "]" * n,
    "word-before": lambda n: "w " + "[" * n + "word" + "]" * n,  # a word before: the gloss rules
}


@pytest.mark.pure_python
@pytest.mark.parametrize("make", list(_DEEP.values()), ids=list(_DEEP))
def test_deep_nesting_is_linear_whatever_the_inside(make):
    # 10x the input, about 10x the work (quadratic work would be about 100x)
    big, _, _ = assert_linear(lacuna.parse, make, 1_000)
    assert big.source() == make(10_000)
    assert sum(1 for _ in big.spans()) >= 10_000
    doc = lacuna.parse(make(100_000))
    assert doc.source() == make(100_000) and sum(1 for _ in doc.spans()) >= 100_000


def test_spans_of_deep_nesting():
    # each record carries its span's text, so the output grows with depth squared: keep it small
    text = "[" * 2000 + "x y" + "]" * 2000
    records = list(span_records(lacuna.parse(text)))
    assert len(records) == 2000
    assert records[1]["nested_in"] == 0 and records[-1]["text"] == "[x y]"


def test_100k_unclosed_nested_brackets_are_text():
    text = "[" * 100_000 + "x"
    doc = lacuna.parse(text)
    assert doc.source() == text
    assert doc.diagnostics[0].code == "unclosed-bracket"


@pytest.mark.pure_python
def test_million_unclosed_brackets_linear():
    assert_linear(lacuna.parse, lambda n: "[" * n, 100_000)
    big = lacuna.parse("[" * 1_000_000)
    assert big.source() == "[" * 1_000_000
    # diagnostics are capped; the text is all there
    assert len(big.diagnostics) == parse_module.MAX_DIAGNOSTICS + 1
    assert big.diagnostics[-1].code == "too-many-problems"
    with pytest.raises(lacuna.MarkupError, match=r"^<string>:1:1: "):
        lacuna.parse("[" * 1_000_000, strict=True)


def test_million_stray_closers():
    text = "]" * 1_000_000
    doc = lacuna.parse(text)
    assert doc.source() == text


@pytest.mark.pure_python
@pytest.mark.slow
def test_50mb_bracket_free_text():
    text = ("Zhang Zhizhong noted further that the Chinese public. " * 20 + "\n") * 47_000
    assert len(text) > 50_000_000
    doc, work = count_work(lacuna.parse, text)
    assert doc.source() == text
    assert len(doc.children) == 1
    # text without brackets is scanned in C: fewer Python steps than one per 1000 characters
    # (measured: 7838 for 51 million characters)
    assert work * 1000 < len(text), work


def test_nul_and_lone_surrogates_round_trip():
    text = "a\x00b [c\ud800] \udfff [d\x00e] ]"
    doc = lacuna.parse(text)
    assert doc.source() == text
    json.loads(to_json(doc))  # valid JSON, surrogates escaped


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_breaks(newline):
    text = newline.join(["first [no] line", "second [?x?] line", "]third"])
    doc = lacuna.parse(text)
    assert doc.source() == text
    spans = list(doc.spans())
    assert [(s.line, s.column) for s in spans] == [(1, 7), (2, 8)]
    assert (doc.diagnostics[0].line, doc.diagnostics[0].column) == (3, 1)


def test_multiline_span():
    text = 'Stamp below.\n[Stamp: "Declassified\n3 May 1994"]\nend'
    doc = lacuna.parse(text)
    (span,) = doc.spans()
    assert span.category == "editor_note"
    assert (span.line, span.column) == (2, 1)
    assert span.text.count("\n") == 1


def test_cut_off_bracket_at_end_of_excerpt():
    doc = lacuna.parse("the work of the [supervis")
    assert doc.source() == "the work of the [supervis"
    assert [d.code for d in doc.diagnostics] == ["unclosed-bracket"]
    assert (doc.diagnostics[0].line, doc.diagnostics[0].column) == (1, 17)


def test_invalid_utf8_file(tmp_path):
    path = tmp_path / "bad.txt"
    raw = b"ok [no] \xff\xfe bytes\n"
    path.write_bytes(raw)
    doc = lacuna.parse_file(path)
    assert doc.source().encode("utf-8", "surrogateescape") == raw
    assert doc.diagnostics[0].code == "invalid-utf8"
    with pytest.raises(lacuna.MarkupError, match=r"bad.txt:1:9: byte 0xff is not valid UTF-8$"):
        lacuna.parse_file(path, strict=True)


def test_strict_file_raises_on_the_first_problem_in_text_order(tmp_path):
    before = tmp_path / "bracket-first.txt"
    before.write_bytes(b"a ] then \xff\n")
    with pytest.raises(lacuna.MarkupError, match=r"bracket-first.txt:1:3: ']' has no matching '\['$"):
        lacuna.parse_file(before, strict=True)
    after = tmp_path / "byte-first.txt"
    after.write_bytes(b"\xff then a ]\n")
    with pytest.raises(lacuna.MarkupError, match=r"byte-first.txt:1:1: byte 0xff"):
        lacuna.parse_file(after, strict=True)


def test_bracket_positions_across_blocks(monkeypatch):
    import re

    text = ("a [b] c ] [d [e] f] " * 50) + "[" * 7 + "x" * 100 + "]" * 3
    expected = [m.start() for m in re.finditer(r"[\[\]]", text)]
    assert parse_module.bracket_positions(text) == expected
    for block in (1, 2, 3, 7, 64):
        monkeypatch.setattr(importlib.import_module("lacuna.pairing"), "_BLOCK", block)
        assert parse_module.bracket_positions(text) == expected
        assert lacuna.parse(text).source() == text


_EDITION_INPUTS = {
    "spaces": lambda n: "a" + " " * (10 * n) + "b",  # TEI's paragraph split once rescanned each run
    "line-breaks": lambda n: "a\n" * n,  # TEI's builder once walked every child per line break
    "notes": lambda n: "[Note: x] " * n,
    "own-line-notes": lambda n: "a\n" + "  [Note: x]\n" * n + "b",  # clean's seams once rescanned
    "nested-uncertain": lambda n: "[?x " * n + "?]" * n,  # lacunae once copied every level's text
    "empty-spans": lambda n: "x [] " * n,  # TEI once concatenated a paragraph's tail per span
}


def _outputs():
    from lacuna.lacunae import analyse
    from lacuna.normalize import normalize
    from lacuna.render import EDITIONS

    out = dict(EDITIONS)
    out["normalize"] = lambda doc: normalize(doc, ["brackets"])
    out["lacunae"] = analyse
    return out


@pytest.mark.pure_python
@pytest.mark.parametrize("output", sorted(_outputs()))
@pytest.mark.parametrize("make", list(_EDITION_INPUTS.values()), ids=list(_EDITION_INPUTS))
def test_every_output_is_linear_on_hostile_input(output, make):
    assert_linear(_outputs()[output], lambda n: lacuna.parse(make(n)), 300)


# -- the same growth, timed (``pytest -m perf``): work inside one C call is not counted above --


@pytest.mark.perf
@pytest.mark.parametrize("make", list(_DEEP.values()), ids=list(_DEEP))
def test_deep_nesting_time_is_linear(make):
    assert_time_linear(lacuna.parse, make, 10_000)


@pytest.mark.perf
def test_unclosed_brackets_time_is_linear():
    assert_time_linear(lacuna.parse, lambda n: "[" * n, 100_000)


@pytest.mark.perf
@pytest.mark.parametrize("output", sorted(_outputs()))
@pytest.mark.parametrize("make", list(_EDITION_INPUTS.values()), ids=list(_EDITION_INPUTS))
def test_every_output_time_is_linear(output, make):
    assert_time_linear(_outputs()[output], lambda n: lacuna.parse(make(n)), 1_000)


def test_tei_text_is_joined_once(monkeypatch):
    """The characters the TEI builder writes into the tree grow with the input, not its square:
    a paragraph's text after many spans is joined once, not extended span by span."""
    from lacuna.render import tei

    written = 0
    flush = tei._Builder.flush

    def counted(self):
        nonlocal written
        written += sum(map(len, self.parts))
        el = self.top
        last = next(el.iterchildren(reversed=True), None)
        written += len((last.tail if last is not None else el.text) or "")  # what is copied again
        flush(self)

    monkeypatch.setattr(tei._Builder, "flush", counted)
    sizes = []
    for n in (2_000, 20_000):
        written = 0
        tei.to_tei(lacuna.parse("x [] " * n))
        sizes.append(written)
    assert sizes[1] <= 12 * sizes[0], sizes


# -- one long inside: the data rules' patterns (conventions.toml) run in one C call each ------

#: A lookaround whose body opens with an unbounded greedy run of ``.`` or of a negated class
#: (``(?!.*\s[x×·]\s)``, ``(?=[^\[\]]*\s\p{Ll}{3,})``): tried at the start of a long inside, it
#: runs to the end and backs off one character at a time, and in the shared alternation of the
#: data rules' insides (``classify.context.data._DataHits``) that grew with the square of the
#: inside (a 600,000-character ``[of of of …]`` once took 53 s). Lazy (``.*?``) or possessive
#: (``[^\[\]]*+``) runs read each character once.
_GREEDY_LOOKAROUND = r"\(\?<?[=!](?:\(\?[a-z-]*:)?(?:\.|\[\^(?:\\.|[^\]\\])*+\])(?:\*|\+|\{\d+,\})(?![?+])"


def test_no_data_rule_inside_opens_a_lookaround_with_a_greedy_run():
    import regex

    greedy = regex.compile(_GREEDY_LOOKAROUND)
    found = [
        (spec["name"], spec["inside"])
        for spec in lacuna.Conventions.default().data["rules"]["context"]
        if "inside" in spec and greedy.search(spec["inside"])
    ]
    assert found == []
    # the check itself: the two patterns it caught (review of gloss35, finding 5) are caught
    assert greedy.search(r"\A(?!.*\s[x×·]\s)=\s?\p{L}")
    assert greedy.search(r"(?-i:\A(?=[^\[\]]*\s\p{Ll}{3,})\p{Lu})")
    assert not greedy.search(r"\A=(?!.*?\s[x×·]\s)\s?\p{L}")
    assert not greedy.search(r"(?-i:\A(?=[^\[\]]*?\s\p{Ll}{3})\p{Lu})")


def test_a_long_inside_of_each_shape_is_read_whole():
    # the span is read (not dropped, not an error) whatever its inside's length and shape
    for unit in ("of ", ". ", "= of ", "Aaa ", '"a" ', "1 "):
        inside = unit * 20_000
        (record,) = span_records(lacuna.parse(f"He said [{inside}] today."))
        assert record["text"] == f"[{inside}]"


_LONG_INSIDES = {
    "of": lambda n: "of " * n,
    "dots": lambda n: ". " * n,
    "equals": lambda n: "= " + "of " * n,
    "capitals": lambda n: "Aaa " * n,
    "quotes": lambda n: '"a" ' * n,
    "figures": lambda n: "1 " * n,
}


@pytest.mark.perf
@pytest.mark.parametrize("make", list(_LONG_INSIDES.values()), ids=list(_LONG_INSIDES))
def test_one_long_inside_time_is_linear(make):
    def spans(text: str) -> list:
        lacuna.Conventions.default().clear_caches()
        return list(span_records(lacuna.parse(text)))

    assert_time_linear(spans, lambda n: f"He said Mr. Smith [{make(n)}] today.", 10_000)
