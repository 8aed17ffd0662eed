"""A document's declared bracket convention (rule declared_notes, the note chain): a text that
says once whose its bracketed notes are makes a note the other rules give the editor by default
the translator's. Each must-read case is a declaration of a real kind, then a note of its own
sentence later in the same text; each near miss mentions brackets and declares nothing, or
declares it where it does not count."""

from __future__ import annotations

import pytest

import lacuna
from lacuna.classify.declared import declared_notes

#: A note read by default (sentence_note: a sentence of the editor's) after the declaration.
_NOTE = "[He was arrested again in 1937 and died in a camp two years later.]"


def _note(text: str) -> lacuna.Span:
    spans = [s for s in lacuna.parse(text).spans() if s.text == _NOTE]
    assert spans, text
    return spans[-1]


def _body(declaration: str) -> str:
    letter = "Letter of 12 May 1936\n\nDear Comrade Petrov, I received your letter."
    return f"{declaration}\n\n{letter}\n\n{_NOTE}\n\nWith greetings.\n"


@pytest.mark.parametrize(
    "declaration",
    [
        # the Bahá'í International Community's Iranian archive (dev)
        "[Translator’s notes appear in square brackets.]",
        "[Translator’s notes appear in square brackets]",
        # the Bukovsky archive (dev)
        "[Translator’s notes are bracketed]",
        # a CIA translation of Soviet sources (cia.gov, CIA-RDP81-01043R002200010002-0; dev)
        "Sources are given here. Brackets indicate translator's comments/ expansion of abbreviations, or"
        " transliteration from the Russian.",
        # the Conflict Records Research Center's Saddam tapes (dev)
        "Key: UM = Unidentified Male Speaker Translator comments, clarifications, and additions are"
        " italicized in brackets",
        # historicaldocs.blogspot.com's translations of Chinese documents (dev)
        "*All notes and square brackets added by translator*",
        "Translator's notes are given in square brackets.",
        "[Translator’s notes are given in italics in brackets]",
        "Words and notes in square brackets are the translator's.",
        "The translator's explanatory remarks are placed in brackets.",
        "Notes by the translator appear in [ ] throughout.",
        "The translators’ annotations are enclosed in square brackets.",
        # German, French, Spanish, Russian, Polish editions
        "Anmerkungen des Übersetzers stehen in eckigen Klammern.",
        "Les notes du traducteur sont entre crochets.",
        "Las notas del traductor van entre corchetes.",
        "Примечания переводчика даны в квадратных скобках.",
        "Przypisy tłumacza podano w nawiasach kwadratowych.",
    ],
)
def test_a_declared_translators_note(declaration: str) -> None:
    span = _note(_body(declaration))
    assert span.category == "translator_note", (declaration, span.because)
    assert span.because.startswith(
        "declared_notes: the document says its bracketed notes are the translator's"
    )


@pytest.mark.parametrize(
    "declaration",
    [
        # a sentence about brackets that declares no notes
        "Numbers in square brackets refer to the notes at the end.",
        "Numbers in square brackets refer to the translator's notes.",
        "The translator has kept the square brackets of the original.",
        "Square brackets are in the original.",
        "Brackets are in the original. These talking points were for Poindexter.",
        # a label, not a declaration (docslib's Yugoslav record of conversation, dev)
        "[Translator's note: the brackets used in the text are from the Russian translation of the"
        " Serbo-Croatian document.]",
        # the translator's notes told by a mark of their own (the Wilson Center's Yugoslav record
        # of Stalin's talk with Tito, 1946; dev: its "[*Recorded by B. Neshkovich.]" is the editor's)
        'Any brackets and notes by the English translator will hereafter be denoted by "trans."',
        # a declaration about parentheses
        "Translator's notes are in parentheses; square brackets are in the original.",
        "Translator's notes are given in parentheses.",
        # a declaration quoted in a passage about another book
        "The reviewer writes: “Translator's notes are in square brackets, which clutters the page.”",
        # notes and brackets, but nobody's
        "Notes appear in square brackets.",
        "Page numbers of the original are given in brackets, the translator's notes at the end.",
        # the editor's: notes read by default stay the editor's
        "[Notes added by transcribers are in square brackets.]",
        "Editor's comments appear in brackets.",
        "Material in brackets was supplied by the editors.",
        # both the translator's and the editor's: nothing declared
        "Translator's notes are in square brackets. Editor's notes are in square brackets too.",
        # the translator named, no notes
        "The translator supplied the words in brackets.",
        # review47: the notes of the edition translated, left out here
        "The translator's notes of the Russian edition, in square brackets, have been omitted here.",
        "The bracketed translator's comments of the Polish text are not reproduced.",
    ],
)
def test_a_sentence_on_brackets_that_declares_no_translators_notes(declaration: str) -> None:
    span = _note(_body(declaration))
    assert span.category == "editor_note", (declaration, span.because)
    assert not span.because.startswith("declared_notes")


def test_a_note_with_its_own_label_keeps_it() -> None:
    text = (
        "[Translator’s notes appear in square brackets.]\n\nHe wrote [Ed. note: the date is wrong.] to her.\n"
    )
    span = next(s for s in lacuna.parse(text).spans() if s.text.startswith("[Ed. note"))
    assert span.category == "editor_note"
    assert not span.because.startswith("declared_notes")


def test_a_note_describing_the_document_stays_the_editors() -> None:
    # the Bahá'í archive (dev): its redaction statement and handwritten notes are the editor's
    text = (
        "[Translator’s notes appear in square brackets]\n\n[Personal information has been redacted.]\n\n"
        "[Handwritten note]\n"
    )
    spans = list(lacuna.parse(text).spans())
    assert [s.category for s in spans[1:]] == ["editor_note", "editor_note"]


def test_the_declaration_is_read_once_a_text() -> None:
    conv = lacuna.Conventions.default()
    text = "[Translator’s notes appear in square brackets.]\n" + "word " * 2000
    found = declared_notes(text, conv)
    assert found == ("translator_note", "Translator’s notes appear in square brackets.")
    assert declared_notes(text, conv) is found  # (cached)


def test_the_rule_switched_off(tmp_path) -> None:
    user = tmp_path / "conv.toml"
    user.write_text('[rules]\ndisable = ["declared_notes"]\n', encoding="utf-8")
    conv = lacuna.Conventions.load(user)
    text = _body("[Translator’s notes appear in square brackets.]")
    span = [s for s in lacuna.parse(text, conventions=conv).spans() if s.text == _NOTE][-1]
    assert span.category == "editor_note"
