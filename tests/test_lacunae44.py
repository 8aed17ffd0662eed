"""Lacuna analysis read as a historian would, on the gap forms of FRUS, Venona and the Wilson
Center: estimates printed without binary noise, an extent without the verb before its reason."""

from __future__ import annotations

import json

import lacuna
from conftest import run_cli
from lacuna.lacunae import analyse, estimate_words


def _gaps(text: str):
    return analyse(lacuna.parse(text, source="t.txt")).lacunae


# --- estimates: 12 characters are 2.4 words, not 2.4000000000000004 -------------------------


def test_character_estimate_is_rounded():
    assert estimate_words(12, "character") == (2.4, 2.4)
    assert estimate_words((3, 7), "character") == (0.6, 1.4)


def test_totals_of_character_gaps_are_rounded():
    text = "A [12 characters illegible] B [12 characters illegible] C [12 characters illegible] D."
    rep = analyse(lacuna.parse(text, source="t.txt"))
    assert [lac.words for lac in rep.lacunae] == [2.4, 2.4, 2.4]
    assert rep.totals["missing_words"] == 7.2
    assert rep.totals["missing_words_low"] == 7.2 and rep.totals["missing_words_high"] == 7.2


def test_cli_json_prints_the_rounded_estimate(tmp_path):
    path = tmp_path / "chars.txt"
    path.write_text("The ambassador [12 characters illegible] came.\n", encoding="utf-8")
    code, out, _ = run_cli("lacunae", str(path), "-f", "jsonl", text=True)
    assert code == 0
    rec = json.loads(out)
    assert (rec["words"], rec["words_low"], rec["words_high"]) == (2.4, 2.4, 2.4)
    assert "2.4000000000000004" not in out


def test_whole_estimates_stay_whole():  # near miss: nothing to round
    (gap,) = _gaps("The plan [half a page missing] was adopted.")
    assert gap.words == 150 and gap.to_dict()["words"] == 150


# --- extent: the verb before "not been found" is no part of it ------------------------------


def test_ed_note_remainder_not_found():
    # FRUS's editor's note where a telegram breaks off
    text = "3. He said nothing more.\n\n[Ed. note: The remainder of this telegram has not been found.]\n"
    (note,) = _gaps(text)
    assert note.kind == "note"
    assert note.extent == "The remainder of this telegram"
    assert note.unit == "rest of document" and note.reason == "missing" and note.words is None


def test_have_not_been_found():
    (gap,) = _gaps("He left. [Two lines have not been found.] Then.")
    assert gap.extent == "Two lines" and gap.quantity == 2 and gap.unit == "line"


def test_extent_near_misses_keep_their_words():
    # "is"/"has been" were already cut; a word ending in "has" is not the verb
    (gap,) = _gaps("He left. [The rest of the page is missing.] Then.")
    assert gap.extent == "The rest of the page"
    (gap,) = _gaps("He [2–1/2 lines of source text not declassified] left.")
    assert gap.extent == "2–1/2 lines of source text" and gap.words == 25


def test_cutting_the_verb_keeps_the_category():
    doc = lacuna.parse("He left. [The remainder of this telegram has not been found.] Then.")
    (span,) = doc.spans()
    assert span.category == "gap"
    doc = lacuna.parse("[Ed. note: The remainder of this telegram has not been found.]")
    (span,) = doc.spans()
    assert span.category == "editor_note"


# --- the forms of the real pages, read off by hand ------------------------------------------


def test_frus_forms():
    # FRUS 1964-68 vol. XXXIII, d279; vol. XII, d133; the finer unit of a paragraph
    text = (
        "[2–1/2 lines of source text not declassified], what do we do about projects.\n"
        "The Christian Democratic Party (DC), [1 line of source text not declassified]despite.\n"
        "Mr. Cord Meyer and Mr. [name not declassified] were present.\n"
        "The general spoke. [1 paragraph (8 lines) not declassified]\n"
        "The guidelines [less than 1 line of source text not declassified] may vary.\n"
    )
    got = [(g.line, g.unit, g.words, g.reason) for g in _gaps(text)]
    assert got == [
        (1, "line", 25, "not declassified"),
        (2, "line", 10, "not declassified"),
        (3, "name", 2, "not declassified"),
        (4, "line", 80, "not declassified"),
        (5, "line", 5.5, "not declassified"),  # "less than 1 line": 1 .. 10 words, the middle
    ]


def test_venona_groups():
    text = "KAVALER [1 group unrecovered] the materials. [15 groups garbled] The papers [C% brought] by him."
    got = [(g.kind, g.quantity, g.unit, g.words, g.reason, g.conjecture) for g in _gaps(text)]
    assert got == [
        ("gap", 1, "group", 1, "unrecovered", None),
        ("gap", 15, "group", 15, "garble", None),
        ("uncertain", None, None, 1, None, "brought"),
    ]
