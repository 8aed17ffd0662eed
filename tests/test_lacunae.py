"""Lacuna analysis: hand-checked expectations on the Petrov document and small texts."""

from __future__ import annotations

import json

import pytest

import lacuna
from conftest import run_cli
from lacuna.classify.gaps import less_than
from lacuna.lacunae import LACUNA_KEYS, WORDS_PER_UNIT, analyse, estimate_words, fit, gap_estimate


@pytest.fixture(scope="module")
def report(petrov):
    return analyse(petrov)


# (line, column, unit, words, reason, conjecture, fit), read off the document by hand.
PETROV_GAPS = [
    (21, 4, "date", 2, "missing", None, "unchecked"),  # On [date missing] January
    (21, 668, "word", 1, "off the page", "close", "agrees"),
    (21, 819, "word", 1, "off the page", None, "unchecked"),
    (24, 246, "word", 1, "off the page", None, "unchecked"),
    (33, 128, "word", 1, "missing", "the CPC", "conflicts"),  # one word vs two
    (39, 54, "line", 5, "missing", None, "unchecked"),  # half a line
    (39, 112, "text", None, "missing between pages", None, "unchecked"),  # some text: unknown
    (42, 57, "word", 1, "missing", None, "unchecked"),
    (56, 1, "date", 2, None, None, "unchecked"),  # [date] 1947
]


def test_the_nine_gaps_with_their_estimates(report):
    gaps = [lac for lac in report.lacunae if lac.kind == "gap"]
    got = [(g.line, g.column, g.unit, g.words, g.reason, g.conjecture, g.fit) for g in gaps]
    assert got == PETROV_GAPS


def test_translator_note_reads_as_a_one_word_gap(report):
    notes = [lac for lac in report.lacunae if lac.kind == "note"]
    assert len(notes) == 1
    note = notes[0]
    assert (note.line, note.column) == (21, 270)
    assert note.text == "[Translator's note: one word off the page in the left margin]"
    assert (note.extent, note.quantity, note.unit, note.words) == ("one word", 1, "word", 1)
    assert note.reason == "off the page"
    assert note.before == "his efforts to organizing Soviet-Chinese"
    assert note.after == "in Xinjiang Zhang Zhizhong thinks"


def test_uncertain_reading(report):
    (unc,) = [lac for lac in report.lacunae if lac.kind == "uncertain"]
    assert (unc.line, unc.column, unc.text) == (27, 274, "[?are awaiting?]")
    assert unc.conjecture == "are awaiting" and unc.cert == "low" and unc.words == 2
    assert unc.before == "the Chinese side Now we"


def test_where(report, petrov):
    close = next(lac for lac in report.lacunae if lac.conjecture == "close")
    assert petrov.text[close.start : close.end] == '[word off the page, possible "close"]'
    assert close.before == "reported that he had established"
    assert close.after == "contact with the Soviet general"
    assert {lac.region for lac in report.lacunae} == {"body"}


def test_records_are_in_document_order(report):
    starts = [lac.start for lac in report.lacunae]
    assert starts == sorted(starts) and len(starts) == 11


def test_totals(report):
    t = report.totals
    assert (t["gaps"], t["uncertain"], t["notes"]) == (9, 1, 1)
    # 2 + 1 + 1 + 1 + 1 + 5 + 1 + 2 for the gaps, 1 for the translator's note
    assert t["missing_words"] == 15
    assert t["unestimated"] == 1
    assert t["conflicts"] == 1
    assert t["by_unit"] == {"date": 2, "line": 1, "text": 1, "word": 6}
    assert t["by_reason"] == {"missing": 4, "missing between pages": 1, "none": 1, "off the page": 4}
    # the 18 supplied insides, counted by hand: January, no, the USSR and, ... to
    assert t["supplied_chars"] == 134
    assert t["uncertain_chars"] == len("are awaiting")
    assert t["glossed_chars"] == 0
    assert t["clean_chars"] == len(lacuna.render.clean(lacuna.parse_file(report.file)))
    assert t["supplied_share"] == round(134 / t["clean_chars"], 4)


def test_glossed_share():
    rep = analyse(lacuna.parse("Filippov [Stalin] said [no] more."))
    assert rep.lacunae == ()
    t = rep.totals
    assert t["clean_chars"] == len("Filippov [Stalin] said no more.")
    assert (t["glossed_chars"], t["supplied_chars"]) == (len("[Stalin]"), 2)


def test_estimate_table():
    assert WORDS_PER_UNIT["word"] == 1 and WORDS_PER_UNIT["line"] == 10 and WORDS_PER_UNIT["page"] == 300
    assert estimate_words(0.5, "line") == (5, 5)
    assert estimate_words((1.0, 2.0), "word") == (1, 2)
    assert estimate_words(10.0, "character") == (2, 2)
    assert estimate_words(3.0, "group") == (3, 3)
    assert estimate_words(None, "word") is None
    assert estimate_words(1.0, "text") is None
    assert estimate_words(1.0, None) is None


def test_fit():
    assert fit(2, "word", (1, 1)) == "conflicts"
    assert fit(1, "word", (1, 1)) == "agrees"
    assert fit(2, "word", (1, 2)) == "agrees"
    assert fit(4, "line", (5, 5)) == "agrees"
    assert fit(40, "line", (5, 5)) == "conflicts"
    assert fit(1, "text", None) == "unchecked"
    assert fit(0, "word", (1, 1)) == "unchecked"


def test_ranges_and_other_units():
    rep = analyse(lacuna.parse('a [two or three words illegible] b [one line missing, presumably "x y"] c'))
    first, second = rep.lacunae
    assert (first.words_low, first.words_high, first.words) == (2, 3, 2.5)
    assert second.words == 10 and second.conjecture_words == 2 and second.fit == "conflicts"


# FRUS's forms of a gap shorter than its unit (Foreign Relations of the United States, the
# Office of the Historian's volumes): from 1 word to the unit's words, the middle as for a range.
LESS_THAN = [
    ("[less than 1 line of source text not declassified]", "line", (1, 10, 5.5)),
    ("[less than 1 page of source text not declassified]", "page", (1, 300, 150.5)),
    ("[less than one paragraph of source text not declassified]", "paragraph", (1, 100, 50.5)),
    ("[less than one line not declassified]", "line", (1, 10, 5.5)),
    ("[Less than 1 line not declassified]", "line", (1, 10, 5.5)),
    ("[less than half a line not declassified]", "line", (1, 5, 3)),
    ("[less than 1-1/2 lines of source text not declassified]", "line", (1, 15, 8)),
    ("[less than 2 lines illegible]", "line", (1, 20, 10.5)),
    # the finer count bounds the gap: FRUS's "1 paragraph (less than 1 line)"
    ("[1 paragraph (less than 1 line) not declassified]", "line", (1, 10, 5.5)),
    # a gap in words of fewer than three words is one or two
    ("[less than 3 words missing]", "word", (1, 2, 1.5)),
]


@pytest.mark.parametrize(("gap", "unit", "expected"), LESS_THAN)
def test_less_than_a_unit_is_a_range_from_one_word(gap, unit, expected):
    (lac,) = analyse(lacuna.parse(f"He said that {gap} the sects would not agree.")).lacunae
    assert lac.quantity is None or gap.startswith("[1 paragraph")  # no count is stated
    assert (lac.unit, (lac.words_low, lac.words_high, lac.words)) == (unit, expected)
    record = lac.to_dict()
    assert (record["words_low"], record["words_high"], record["words"]) == expected


# Near misses: no bound below a count of the gap's unit, so the estimate is as before.
NOT_LESS_THAN = [
    ("[1 line not declassified]", (10, 10, 10)),
    ("[1 line of source text not declassified]", (10, 10, 10)),
    ("[more or less 2 lines missing]", None),
    ("[more than 1 page of source text not declassified]", None),  # no upper end
    ("[more than one line missing]", None),
    ("[not less than 2 lines missing]", None),  # a lower bound
    ("[less than several lines missing]", None),  # no count
    ("[the rest of the page missing]", None),
    # the bound is on the paragraph; the finer count, 3 lines, is the estimate
    ("[less than 1 paragraph (3 lines) not declassified]", (30, 30, 30)),
]


@pytest.mark.parametrize(("gap", "expected"), NOT_LESS_THAN)
def test_near_misses_of_less_than(gap, expected):
    (lac,) = analyse(lacuna.parse(f"He said that {gap} the sects would not agree.")).lacunae
    got = None if lac.words is None else (lac.words_low, lac.words_high, lac.words)
    assert got == expected


def test_gap_estimate_of_a_span_info():
    (span,) = lacuna.parse("[less than 1 line not declassified]").spans()
    assert gap_estimate(span.info) == (1, 10)
    (span,) = lacuna.parse("[2 lines not declassified]").spans()
    assert gap_estimate(span.info) == (20, 20)
    conv = lacuna.Conventions.default()
    assert less_than("no less than 2 lines", "line", conv) is None  # a lower bound
    assert less_than("less than 2 lines", "page", conv) is None  # another unit
    assert less_than("less than 2 lines", "line", conv) == 2


def test_less_than_totals_and_fit():
    text = (
        "He said that [less than 1 line of source text not declassified] the sects would not agree; "
        "[less than 1 page of source text not declassified] and [1 line not declassified] and "
        '[less than 1 line not declassified, presumably "General Ely"] and '
        "[more than 1 page not declassified]."
    )
    rep = analyse(lacuna.parse(text))
    t = rep.totals
    assert (t["missing_words_low"], t["missing_words_high"], t["missing_words"]) == (13, 330, 171.5)
    assert t["unestimated"] == 1  # "more than 1 page" only
    assert [lac.fit for lac in rep.lacunae] == ["unchecked"] * 3 + ["agrees", "unchecked"]
    assert fit(25, "line", (1, 10)) == "conflicts"  # twice the high end, as for any range


def test_less_than_witness_fill_is_checked():
    gapped = lacuna.parse(
        "I saw Diem this morning. He said that [less than 1 line not declassified] the sects would "
        "not agree. Later [less than 1 line not declassified] the French would stay.",
        source="a.txt",
    )
    long_fill = " ".join(["word"] * 25)
    filled = lacuna.parse(
        "I saw Diem this morning. He said that in his view the sects would not agree. Later "
        f"{long_fill} the French would stay.",
        source="b.txt",
    )
    rep = analyse(gapped, witnesses=[filled])
    got = [[(r.text, f) for r, f in lac.candidates] for lac in rep.lacunae]
    assert got == [[("in his view", "agrees")], [(long_fill, "conflicts")]]


def test_less_than_in_the_cli(tmp_path):
    path = tmp_path / "frus.txt"
    text = "He said that [less than 1 line not declassified] the sects would not agree.\n"
    path.write_text(text, encoding="utf-8")
    code, out, err = run("lacunae", str(path), "-f", "jsonl")
    assert code == 0, err
    record = json.loads(out)
    got = (record["quantity"], record["words"], record["words_low"], record["words_high"])
    assert got == (None, 5.5, 1, 10)
    code, out, _ = run("lacunae", str(path))
    header, row, total = out.splitlines()
    assert dict(zip(header.split("\t"), row.split("\t"), strict=True))["words"] == "5.5"
    assert "about 5.5 words missing (0 unestimated)" in total
    code, out, _ = run("lacunae", str(path), "-f", "csv")
    header, row = out.splitlines()
    assert row.split(",")[header.split(",").index("words")] == "5.5"


# A second edition of the Petrov document, where a hand fills most gaps (and rewords once).
FILLED = [
    ("[date missing]", "7"),
    ("[Translator's note: one word off the page in the left margin]", "economic cooperation"),
    ('[word off the page, possible "close"]', "close"),
    ("[word off the page]", "conversations"),
    ("[word off the page]", "foreign"),
    ('[one word missing, presumably "the CPC"]', "the CPC"),
    ("[half a line missing]", "is weary of the war"),
    ("[one word missing]", "Xinjiang"),
    ("Zhang Zhizhong reported that", "Zhang Zhizhong said that"),
]


@pytest.fixture(scope="module")
def witness_b(petrov):
    text = petrov.text
    for old, new in FILLED:
        assert old in text
        text = text.replace(old, new, 1)
    return lacuna.parse(text, source="b.txt")


def test_restoration_candidates_from_a_witness(petrov, witness_b):
    rep = analyse(petrov, witnesses=[witness_b])
    got = [
        (lac.line, lac.column, [(r.text, r.witness, r.alone, f) for r, f in lac.candidates])
        for lac in rep.lacunae
    ]
    assert got == [
        (21, 4, [("7", "b.txt", True, "agrees")]),
        (21, 270, [("economic cooperation", "b.txt", True, "conflicts")]),
        (21, 668, [("close", "b.txt", True, "agrees")]),
        (21, 819, [("conversations", "b.txt", True, "agrees")]),
        (24, 246, [("foreign", "b.txt", True, "agrees")]),
        (27, 274, []),  # uncertain readings get no candidates
        (33, 128, [("the CPC", "b.txt", True, "conflicts")]),
        (39, 54, [("is weary of the war", "b.txt", True, "agrees")]),
        (39, 112, []),  # still a gap in b
        (42, 57, [("Xinjiang", "b.txt", True, "agrees")]),
        (56, 1, []),
    ]
    cand = rep.lacunae[3].candidates[0][0]
    assert witness_b.text[cand.start : cand.end] == "conversations"


def test_record_keys(report):
    record = report.lacunae[0].to_dict()
    assert tuple(record) == LACUNA_KEYS
    json.dumps(report.to_dict())


def run(*args):
    return run_cli(*args, text=True)


def test_cli_formats(petrov_path, witness_b, tmp_path):
    code, out, err = run("lacunae", str(petrov_path), "--format", "jsonl")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 11 and tuple(records[0]) == LACUNA_KEYS
    code, out, _ = run("lacunae", str(petrov_path), "--format", "json")
    data = json.loads(out)
    assert data["documents"][0]["totals"]["missing_words"] == 15
    code, out, _ = run("lacunae", str(petrov_path))
    lines = out.splitlines()
    assert lines[0].split("\t")[:4] == ["file", "line", "column", "kind"]
    assert len(lines) == 1 + 11 + 1 and lines[-1].startswith("# ")
    assert "about 15 words missing" in lines[-1]

    witness = tmp_path / "b.txt"
    witness.write_text(witness_b.text, encoding="utf-8")
    code, out, _ = run("lacunae", str(petrov_path), "--witness", str(witness), "-f", "jsonl")
    cands = [c["text"] for line in out.splitlines() for c in json.loads(line)["candidates"]]
    assert cands == [new for old, new in FILLED[:-1]]


def test_cli_missing_file_is_an_error():
    code, _, err = run("lacunae", "no-such-file.txt")
    assert code == 2 and err.startswith("lacuna: ")
