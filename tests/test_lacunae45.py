"""lacunae45 (issue 13): an unclosed gap is listed and counted; an FBI x-redaction is estimated
from its x's and keeps its classification or exemption marking as a field. Written by hand from
the pages named in each test."""

from __future__ import annotations

import json

import lacuna
from conftest import run_cli
from lacuna.lacunae import LACUNA_KEYS, analyse


def _one(text: str):
    (lac,) = analyse(lacuna.parse(text)).lacunae
    return lac


# --- 1. a gap whose "]" is missing -------------------------------------------------------


def test_unclosed_gap_is_listed_and_counted():
    text = "The report said the party [illegible\n\nNext paragraph begins here.\n"
    doc = lacuna.parse(text)
    assert "unclosed-gap" in {d.code for d in doc.diagnostics}  # the diagnostic is kept
    rep = analyse(doc)
    (lac,) = rep.lacunae
    assert (lac.kind, lac.reason, lac.unclosed) == ("gap", "illegible", True)
    assert lac.text == "[illegible"  # runs to where the reading stops: the line break
    assert lac.words is None  # the words say no extent: unknown
    assert lac.before == "The report said the party" and lac.after.startswith("Next paragraph")
    t = rep.totals
    assert (t["gaps"], t["unestimated"], t["unclosed"], t["by_reason"]) == (1, 1, 1, {"illegible": 1})


def test_unclosed_gap_stops_at_a_sentence_end_and_keeps_its_extent():
    lac = _one("He wrote [some text missing between pages. The rest of it is here.\n")
    assert lac.text == "[some text missing between pages."
    assert (lac.reason, lac.unit, lac.words, lac.unclosed) == ("missing between pages", "text", None, True)
    rep = analyse(lacuna.parse("The party [two words illegible\nwent on.\n"))
    (lac,) = rep.lacunae
    assert (lac.words, lac.unit) == (2, "word")
    assert rep.totals["missing_words"] == 2


def test_unclosed_gap_note_and_closed_spans_in_order():
    text = "Met [word off the page] at [Translator's note: one word off the page\nin the margin.\n"
    rep = analyse(lacuna.parse(text))
    assert [(r.kind, r.unclosed) for r in rep.lacunae] == [("gap", False), ("note", True)]
    assert rep.lacunae[1].words == 1
    # an unclosed bracket before a closed gap comes first
    rep = analyse(lacuna.parse("A [two lines missing\nB [word illegible] C.\n"))
    assert [(r.line, r.unclosed) for r in rep.lacunae] == [(1, True), (2, False)]


def test_unclosed_bracket_that_is_no_gap_is_not_listed():
    # near misses: an unclosed "[" opening anything but a gap or a gap note
    for text in ("See the note [see above\nNext line.\n", "He left [the city\nand went home.\n"):
        assert analyse(lacuna.parse(text)).lacunae == ()
    # a closed gap is not flagged
    assert _one("He said [word illegible] then.").unclosed is False


def test_unclosed_gap_in_cli_formats(tmp_path):
    path = tmp_path / "u.txt"
    path.write_text("The report said the party [illegible\n\nNext paragraph.\n", encoding="utf-8")
    code, out, _ = run_cli("lacunae", str(path), text=True)
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split("\t")[3] == "gap (unclosed)"
    assert "1 never closed" in lines[-1] and "1 unestimated" in lines[-1]
    code, out, _ = run_cli("lacunae", str(path), "-f", "jsonl", "-q", text=True)
    record = json.loads(out)
    assert tuple(record) == LACUNA_KEYS and record["unclosed"] is True


# --- 2. FBI redactions typed over with x's, and their markings ----------------------------


def test_x_redaction_estimated_from_its_xs_with_its_marking():
    # the FBI's Venona memo of 1 February 1956 as released (cryptome.org/fbi-nsa.htm)
    text = "SUBJECT: [xxxxxx](S)\nPurpose of using [xxxxxxxxxxxxxxxxxxxx](S) information."
    rep = analyse(lacuna.parse(text))
    a, b = rep.lacunae
    assert (a.quantity, a.unit, a.words, a.marking) == (6, "redacted character", 1, "(S)")
    assert (b.quantity, b.words, b.marking) == (20, 3.3333, "(S)")
    assert a.reason == "not declassified" and b.after == "information"  # "(S)" is no reading word
    assert rep.totals["missing_words"] == 4.3333


def test_markings_after_a_space_and_exemptions():
    assert _one("met [xxxxxxxxx] (U) with GOLD").marking == "(U)"
    assert _one("HISTORY OF [XXXXXXXXXXXXXXX](TS) INFORMATION").words == 2.5
    lac = _one("The source [xxx xxxxx] (S//NF) said")  # the spaces among the x's count
    assert (lac.quantity, lac.marking) == (9, "(S//NF)")
    assert _one("informant [redacted] (b)(6), (b)(7)(C) advised").marking == "(b)(6), (b)(7)(C)"
    assert _one("informant [redacted] b6, b7C advised").marking == "b6, b7C"


def test_marking_near_misses():
    # a mark after a gap that was not withheld, a lower-case (s), a parenthesis that is no marking
    assert _one("the word [illegible] (C) was").marking is None
    assert _one("He sent [xxxx](s) to them").marking is None
    assert _one("He sent [xxxx] (see below) to them").marking is None
    assert _one("He sent [xxxx]  (S) to them").marking is None  # two spaces: not its marking
    # brackets of x's that are no redaction stay as they were read (a roman numeral note
    # reference), and "Mr. X" has no bracket at all
    doc = lacuna.parse("A matrix [xx] and a box [x] checked; Mr. X (S) came.")
    assert [s.category for s in doc.spans()] == ["footnote_ref", "footnote_ref"]
    assert analyse(doc).lacunae == ()


def test_redaction_table_shows_the_marking(tmp_path):
    path = tmp_path / "fbi.txt"
    path.write_text("SUBJECT: [xxxxxx](S)\n", encoding="utf-8")
    code, out, _ = run_cli("lacunae", str(path), text=True)
    assert code == 0
    row = out.splitlines()[1].split("\t")
    assert row[4:7] == ["xxxxxx", "1", "not declassified (S)"]


# --- 3. found on real pages ----------------------------------------------------------------


def test_unclosed_gap_words_are_no_context_of_the_next_gap():
    # a FRUS CIA cable's gap with its "]" lost (FRUS 1964-68 XXIII's "[1 paragraph (5 lines) not
    # declassified]", the bracket dropped by hand): the next gap's context shows it as […], not
    # as the words "not declassified"
    text = (
        "Supdata [COS] from [1 paragraph (5 lines) not declassified\n\n"
        "2. The station reported [less than 1 line not declassified] that the group met.\n"
    )
    rep = analyse(lacuna.parse(text))
    first, second = rep.lacunae
    assert (first.unclosed, first.words, first.after) == (True, 50, "2 The station reported […]")
    assert second.before == "[…] 2 The station reported"
    assert rep.totals["missing_words"] == 55.5
