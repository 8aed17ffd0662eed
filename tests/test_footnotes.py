"""Footnotes linked: TEI ``<ref target>`` → ``<note place="foot" xml:id>``, HTML links both
ways, the clean edition's ``notes`` choice (expectations written by hand)."""

from __future__ import annotations

import lxml.html
import pytest

import lacuna
from lacuna.editorial import footnotes
from lacuna.render import clean, to_html

TEXT = "Hungary.[2] x [no] y.\n[2] Written [in] pencil.\n\nMore text [Note: z] here.\n"


def test_notes_and_their_extents() -> None:
    doc = lacuna.parse(TEXT)
    notes = footnotes(doc)
    assert [(n.number, n.ident, TEXT[n.start : n.end]) for n in notes.notes] == [
        ("2", "fn2", "[2] Written [in] pencil.")
    ]
    assert list(notes.targets.values()) == ["fn2"]


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("end", "Hungary.[2] x no y.\n\nMore text here.\n\n[2] Written in pencil.\n"),
        ("inline", "Hungary.[2] x no y.\n[2] Written in pencil.\n\nMore text here.\n"),
        ("drop", "Hungary. x no y.\n\nMore text here.\n"),
    ],
)
def test_clean_notes(notes: str, expected: str) -> None:
    assert clean(lacuna.parse(TEXT), notes=notes) == expected


def test_notes_already_at_the_end_stay() -> None:
    text = "Hungary.[2] x.\n\n[2] Written in pencil.\n"
    assert clean(lacuna.parse(text)) == text
    assert clean(lacuna.parse(text), notes="inline") == text


def test_unknown_notes_place() -> None:
    with pytest.raises(ValueError, match="'notes' must be one of end, inline, drop"):
        clean(lacuna.parse(TEXT), notes="margin")


def test_html_links_both_ways() -> None:
    page = lxml.html.document_fromstring(to_html(lacuna.parse(TEXT)))
    ref, label = page.xpath('//div[@id="text"]//a[contains(@class, "c-footnote_ref")]')
    assert (ref.get("href"), ref.get("id")) == ("#fn2", "ref-fn2")
    assert (label.get("id"), label.get("href")) == ("fn2", "#ref-fn2")
    assert ref.text_content() == label.text_content() == "[2]"
