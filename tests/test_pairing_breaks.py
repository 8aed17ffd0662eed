"""Brackets a page left unbalanced, read as a historian reads them (real pages of
``bench/labels/dev.jsonl``, quoted; expectations written by hand): a note left open before a
note of the same kind, a note left open before a whole bracket, a gap cut by a page's line
break. The text always renders back as it was."""

from __future__ import annotations

import lacuna
from lacuna.render import diplomatic


def _read(text: str) -> tuple[dict[str, str], set[str], lacuna.Document]:
    doc = lacuna.parse(text)
    return {s.text: s.category for s in doc.spans()}, {d.code for d in doc.diagnostics}, doc


def test_a_note_left_open_before_a_note_of_its_kind():
    # Ivanov's journal, 20 January 1956 (Wilson Center mirror): the first handwritten note has
    # no closing bracket; the second, with its doubled [[0]], is whole
    text = (
        "22 February 1956\n[handwritten:\nto the archives\ninformative material\nI. Shcherbakov\n"
        "29 March 1956\n[signature]\n31 March [illegible signature]\n[handwritten: Top Secret\nUSSR MFA Far\n"
        "East Department stamp:\nincoming Nº 0610s of 2[[0]] February]\nSOVIET EMBASSY IN THE DPRK"
    )
    spans, codes, doc = _read(text)
    second = "[handwritten: Top Secret\nUSSR MFA Far\nEast Department stamp:\nincoming Nº 0610s of 2[[0]] "
    second += "February]"
    assert spans[second] == "editor_note"
    assert spans["[[0]]"] == "supplied"
    assert not any(t.startswith("[handwritten:\nto the archives") for t in spans)
    assert "unclosed-note" in codes  # it probably swallowed text: said so
    assert diplomatic(doc) == text


def test_a_note_left_open_keeps_the_whole_bracket_after_it():
    # Dobrynin's cipher telegram of 26 November 1963 (CWIHP Bulletin on Google Books)
    text = "Russian\n\n[handwritten: 1077/4367[?] [illegible]\n\nTOP SECRET [illegible] 46 CIPHER TELEGRAM"
    spans, codes, doc = _read(text)
    assert spans == {"[?]": "uncertain", "[illegible]": "gap"}
    assert "unclosed-bracket" in codes
    assert diplomatic(doc) == text


def test_words_that_lost_their_bracket_still_close_the_note():
    # the convention of bracket-conventions.md: the inner "[" is the literal one
    spans, _, _ = _read('[Stamp: "to [Ivanov and Orlov"]')
    assert spans == {'[Stamp: "to [Ivanov and Orlov"]': "editor_note"}


def test_a_gap_cut_by_a_page_line_break():
    # Venona New York to Moscow No. 1214 (CWIHP PDF on yumpu: its <br /> kept in the text)
    text = (
        "send them to [5 groups unrecovered]. The boss[v] of the BANK [4 groups un-<br />\n\n"
        "recovered], as they are a thorn in the flesh"
    )
    doc = lacuna.parse(text)
    gap = next(s for s in doc.spans() if s.text.startswith("[4 groups"))
    assert gap.text == "[4 groups un-<br />\n\nrecovered]"
    assert (gap.category, gap.quantity, gap.unit, gap.reason) == ("gap", 4, "group", "unrecovered")
    assert not doc.diagnostics
    assert diplomatic(doc) == text


def test_a_figure_cut_from_its_unit_by_a_line_break():
    text = "The latter[a][4<br />\n\ngroups unrecovered][C% suspicions] of the Allies"
    doc = lacuna.parse(text)
    gap = next(s for s in doc.spans() if s.text.startswith("[4"))
    assert (gap.category, gap.quantity, gap.unit) == ("gap", 4, "group")
    assert diplomatic(doc) == text


def test_a_bracket_whose_paragraph_ends_a_sentence_does_not_pair_across_the_break():
    spans, codes, doc = _read("He said [the text breaks off.\n\nLater] we")
    assert spans == {}
    assert codes == {"unclosed-bracket", "stray-bracket"}
    assert diplomatic(doc) == "He said [the text breaks off.\n\nLater] we"


def test_a_bracket_breaking_off_pairs_with_the_next_paragraph_only():
    spans, codes, _ = _read("He said [4 groups\n\nmore text\n\nunrecovered] we")
    assert spans == {}
    # the gap left open runs on across a line break: it probably lost its "]" there
    assert codes == {"unclosed-bracket", "stray-bracket", "unclosed-gap"}


def test_a_bracket_on_a_page_that_parts_its_lines_by_blank_lines():
    # the Saddam Hussein tapes (CRRC transcript on cupdf): every line of the PDF is a paragraph
    text = (
        "So Dr. Sa’doun, what about\n\nthis greeting [Saddam is laughing], it made a [inaudible] for us "
        "[Saddam is laughing loud and\n\nhard], huh? [Inaudible] blame it all on Dr. Sa’doun"
    )
    spans, codes, doc = _read(text)
    assert spans["[Saddam is laughing loud and\n\nhard]"] == "editor_note"
    assert spans["[Inaudible]"] == "gap"
    assert not codes
    assert diplomatic(doc) == text


def test_a_bracket_running_on_past_a_transcripts_line_number():
    # an ICTY transcript (Prlić et al., 17 January 2007): numbered lines parted by blank lines
    text = (
        "5 THE REGISTRAR: [Interpretation] [Previous translation\n\n6 continues] ... 5D submitted a list "
        "of objections"
    )
    spans, codes, doc = _read(text)
    assert spans["[Previous translation\n\n6 continues]"] == "editor_note"
    assert not codes
    assert diplomatic(doc) == text


def test_a_bracket_does_not_run_on_into_a_new_sentence_or_far():
    # the next paragraph starts with a capital, or a stop stands before its "]", or the "]" is far
    for text in (
        "for us [Saddam is laughing loud and\n\nHard], huh?",
        "for us [Saddam is laughing loud and\n\nhard. Then] we",
        "for us [Saddam is laughing loud and\n\n" + "hard " * 30 + "] we",
    ):
        spans, codes, doc = _read(text)
        assert spans == {}
        assert {"unclosed-bracket", "stray-bracket"} <= codes
        assert diplomatic(doc) == text
