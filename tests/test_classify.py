"""Bracket forms from the conventions note, each with the reading a scholar would give it."""

from __future__ import annotations

import pytest

import lacuna


def only_span(text: str) -> lacuna.Span:
    spans = list(lacuna.parse(text).spans())
    assert len(spans) >= 1
    return spans[-1]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("there are [no] reasons", "supplied"),
        ("[the Soviet and] Polish", "supplied"),
        ("12 [March] 1951", "supplied"),
        ("6 May [1950]", "supplied"),
        ("Nº [311]", "supplied"),
        ("A[ndrei] Gromyko", "supplied"),
        ("Cable, Zhou Enlai to Filippov [Stalin]", "gloss"),
        ("FENG XI [STALIN] replied", "gloss"),
        ("agreement [i.e., the treaty]", "gloss"),
        ("raikom [district party committee--trans.]", "gloss"),
        ("we [?are awaiting?] an answer", "uncertain"),
        ("on [the 5th?] of May", "uncertain"),
        ("[our?] proposal", "uncertain"),
        ("[word off the page]", "gap"),
        ("[half a line missing]", "gap"),
        ("[one or two words unclear]", "gap"),
        ("[One line missing]", "gap"),
        ("[illegible]", "gap"),
        ("[blank]", "gap"),
        ("text [...] more", "gap"),
        ("text […] more", "gap"),
        ("[7 groups unrecovered]", "gap"),
        ("[1 group unrecoverable]", "gap"),
        ("[illegible signature]", "gap"),
        ("[see original, unclear]", "gap"),
        ("[omission in transcript—months?]", "gap"),
        ("[Translator's note: one word off the page]", "translator_note"),
        ("[signature]", "editor_note"),
        ('[Stamp: "Declassified 3 May 1994"]', "editor_note"),
        ('[handwritten: "to Cde. Ivanov"]', "editor_note"),
        ("[Ed. note: the date is wrong]", "editor_note"),
        ("[expansion unknown]", "editor_note"),
        ("[sic]", "sic"),
        ("[SIC]", "sic"),
        ("[sic! probably Soviet-Korean]", "sic"),
        ("[sic; trials]", "sic"),
        ("Molotov[1] said", "footnote_ref"),
        ("Hungary.[2]", "footnote_ref"),
        ("[3] Written in pencil.", "footnote_ref"),
        ("as agreed[iv]", "footnote_ref"),
        ("[Page 412]", "page_break"),
        ("[email protected]", "other"),
    ],
)
def test_category(text, category):
    assert only_span(text).category == category


def test_gap_fields_range_and_reason():
    span = only_span("[one or two words unclear]")
    assert (span.quantity, span.unit, span.reason, span.extent) == (
        (1.0, 2.0),
        "word",
        "unclear",
        "one or two words",
    )


def test_cipher_groups():
    span = only_span("[7 groups unrecovered]")
    assert (span.quantity, span.unit, span.reason) == (7.0, "group", "unrecovered")


def test_elision_reason():
    assert only_span("[…]").reason == "elided by editor"


def test_dash_conjecture():
    span = only_span("[omission in transcript—months?]")
    assert span.conjecture == "months"
    assert span.reason == "omitted"


def test_sic_correction():
    assert only_span("[sic; trials]").info.correction == "trials"
    assert only_span("[sic! probably Soviet-Korean]").info.correction == "Soviet-Korean"


def test_gloss_knows_what_it_glosses():
    doc = lacuna.parse("Cable, Zhou Enlai to Filippov [Stalin]")
    span = next(doc.spans())
    assert isinstance(span, lacuna.Gloss)
    assert span.glossed == "Filippov"


def test_double_brackets_read_as_their_inner_span():
    doc = lacuna.parse('[handwritten: "to Cdes. [[N. Ivanov?]] and Orlov"]')
    outer, double, inner = list(doc.spans())
    assert outer.category == "editor_note"
    assert inner.category == "uncertain"
    assert double.category == "uncertain"
    assert double.info.conjecture == "N. Ivanov"


def test_conventions_file_adds_a_reason_without_code(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[gap.reasons]\n"water-damaged" = "damaged"\n', encoding="utf-8")
    conv = lacuna.Conventions.load(extra)
    doc = lacuna.parse("[two lines water-damaged]", conventions=conv)
    span = next(doc.spans())
    assert (span.category, span.reason, span.quantity, span.unit) == ("gap", "damaged", 2.0, "line")
    # the shipped table is untouched
    assert next(lacuna.parse("[two lines water-damaged]").spans()).category == "supplied"
