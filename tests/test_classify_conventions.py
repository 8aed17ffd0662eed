"""The conventions of bracket-conventions.md in their general forms, each reading written by
hand from the convention (not from lacuna's output): page markers in every form, transcripts'
marks, note references after a word, glosses of pronouns, dates and foreign phrases, and the
physical vocabulary of documents."""

from __future__ import annotations

import pytest

import lacuna
from conftest import span_of


@pytest.mark.parametrize(
    ("text", "inside", "number"),
    [
        ("end of the letter.\n[Page 3]\nThe next", "[Page 3]", "3"),
        ("as he said [p. 4] the talks", "[p. 4]", "4"),
        ("the talks went on [End of page 3] until", "[End of page 3]", "3"),
        ("the talks\n[-3-]\nwent on", "[-3-]", "3"),
        ("the text [Page 3 of 5] more", "[Page 3 of 5]", "3"),
        ("belgium.\n\n[Page XLIV]\nNo. From and to whom.", "[Page XLIV]", "XLIV"),
        ("[Page XL] [Page XLI] [Page XLII]", "[Page XLI]", "XLI"),
        ("austria-hungary.\n\n[Page L][Page LI]\nNo", "[Page LI]", "LI"),
        ("total 19 pp.\n\n[page one of nineteen]\n\nTop Secret", "[page one of nineteen]", "one"),
        # number words past ten
        ("the Committee\n\n[page twelve]\n\nmeasures", "[page twelve]", "twelve"),
        ("[page fifteen] the following", "[page fifteen]", "fifteen"),
    ],
)
def test_page_markers_in_all_their_forms(text, inside, number):
    span = span_of(text, inside)
    assert span.category == "page_break", span.because
    assert span.info.number == number


def test_a_page_break_without_a_number():
    span = span_of("the talks [page break] went on", "[page break]")
    assert span.category == "page_break"


@pytest.mark.parametrize(
    ("text", "inside", "reason", "unit"),
    [
        ("what I had in mind would be [inaudible] announcement", "[inaudible]", "inaudible", None),
        ("HENRY PETERSEN: [Inaudible] question.", "[Inaudible]", "inaudible", None),
        ("you showed great courage [word indistinct] as you know", "[word indistinct]", "inaudible", "word"),
        ("You know that [words indistinct] I was really amazed", "[words indistinct]", "inaudible", "word"),
        ("that part is [unintelligible] to us", "[unintelligible]", "inaudible", None),
    ],
)
def test_what_a_transcriber_could_not_hear_is_a_gap(text, inside, reason, unit):
    span = span_of(text, inside)
    assert span.category == "gap", span.because
    assert span.reason == reason
    assert span.unit == unit


@pytest.mark.parametrize(
    "text", ["I am [etc.]\n\nRobert Lansing", "Believe me [etc.]", "Accept [etc.]\nSecretary"]
)
def test_a_courtesy_formula_cut_short_is_an_elision(text):
    span = span_of(text, "[etc.]")
    assert span.category == "gap"
    assert span.reason == "elided by editor"


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        ("[Text] Comrade fishermen, comrade workers", "[Text]", "editor_note"),
        ("with delegations.\n\n[Begin recording] [Castro] Where are you from?", "[Begin recording]",
         "editor_note"),
        ("[FBIS Summary] Castro begins his speech", "[FBIS Summary]", "editor_note"),
        ("the lives of the 12 [as heard] fishermen.", "[as heard]", "sic"),
        ("Deng: [He laughs.] Listen, they can call me anything", "[He laughs.]", "editor_note"),
        ("for over 10... [corrects himself] 100 years", "[corrects himself]", "editor_note"),
        ("PM Chou: [Interpreter gesturing to indicate meaning] In various places.",
         "[Interpreter gesturing to indicate meaning]", "editor_note"),
        ("BFN [Speech by Cuban President Fidel Castro at the closing session -- recorded]\n\nCastro",
         "[Speech by Cuban President Fidel Castro at the closing session -- recorded]", "editor_note"),
        ("of the Polish Republic [added by hand]\n\nin Korea", "[added by hand]", "editor_note"),
        ("They [not further identified] stole the Bell", "[not further identified]", "editor_note"),
        # a noun that names a gesture is no stage direction: it completes the sentence
        ("think of all these [gestures] as the embodiment", "[gestures]", "supplied"),
    ],
)  # fmt: skip
def test_transcripts_and_broadcasts_marks(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # after a word and a space a number is a note reference ...
        ("and Comrade Kim Il Sung [3], the leader of the Korean people.", "[3]", "footnote_ref"),
        ("1) Information from Moscow [1] The information is provided", "[1]", "footnote_ref"),
        ("For Comrade K.U. Chernenko only [1] [Stamp] The agreement", "[1]", "footnote_ref"),
        # ... unless the word takes a number, a day after its month, or digits glued to digits
        ("Nº [311]", "[311]", "supplied"),
        ("our telegram No. [5] of today", "[5]", "supplied"),
        ("on April [9], 1950 the talks", "[9]", "supplied"),
        ("our immediately following telegram 4[48], June 12, 11 p.m.", "[48]", "supplied"),
        # ... but a year is whole: the digits glued to it refer to a note (Zhou Enlai 1968, Luxemburg 1916)
        ("Beijing, 29 June 1968[1]\n\nZhou Enlai: It is good", "[1]", "footnote_ref"),
        ("Wronke, August 24, 1916[7]\n\nDear Sonichka,", "[7]", "footnote_ref"),
        ("the year 195[3] began", "[3]", "supplied"),
        # a letter after a space is a word supplied
        ("there is [a] problem", "[a]", "supplied"),
        # a note named by its number
        ("between A.N. Kosygin [note 1] and N.M. Taraki", "[note 1]", "footnote_ref"),
    ],
)
def test_numbers_after_a_word(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because


def test_a_note_named_by_its_number_carries_it():
    assert span_of("Kosygin [note 1] and Taraki", "[note 1]").info.number == "1"


@pytest.mark.parametrize(
    ("text", "inside", "category", "glossed"),
    [
        # a pronoun and the group it stands for
        ("Korea will become a dark spot for us [the Chinese] and", "[the Chinese]", "gloss", "us"),
        ("more news, and they [the East Germans] also noticed", "[the East Germans]", "gloss", "they"),
        # a date pins down the words of relative time before it
        ("Early this year [1967] the Korean side asked", "[1967]", "gloss", "this year"),
        ("after class on the 23rd [23 December] visited our student", "[23 December]", "gloss", "the 23rd"),
        # English words after a run of original-language words translate them
        ("and de ne pas laisser passer la reine [not let the Queen pass].", "[not let the Queen pass]",
         "gloss", "de ne pas laisser passer la reine"),
        # a capitalised function word or a possessive names no one: the bracket completes the text
        ("the imperialists. The [South Vietnamese] government", "[South Vietnamese]", "supplied", None),
        ("I did not go to the DRV’s [Independence Day] holiday", "[Independence Day]", "supplied", None),
        # a name after the common noun it names; what a quoted term means
        ("for the sake of the book [Capital] I am planning", "[Capital]", "gloss", "the book"),
        ("Brezhnev, Voden Residence [Bulgaria]\n\nThe two leaders", "[Bulgaria]", "gloss", "Voden Residence"),
        ('during the "May First" [Labour or International Workers\' Day] Holiday',
         "[Labour or International Workers' Day]", "gloss", "May First"),
        # a quoted title of five words and its translation (CWIHP Bulletin notes)
        ('A. N. Lankov, "Krisis 1956 goda v KNDR" '
         "[The 1956 crisis in the People's Democratic Republic of Korea],",
         "[The 1956 crisis in the People's Democratic Republic of Korea]", "gloss",
         "Krisis 1956 goda v KNDR"),
        # a pronoun before a name still names who it is
        ("he [Stalin] said", "[Stalin]", "gloss", "he"),
        # a year after a day completes the date
        ("6 May [1950]", "[1950]", "supplied", None),
    ],
)  # fmt: skip
def test_glosses_of_pronouns_dates_and_foreign_phrases(text, inside, category, glossed):
    span = span_of(text, inside)
    assert span.category == category, span.because
    record = next(r for r in lacuna.spans.span_records(lacuna.parse(text)) if r["text"] == inside)
    assert record["glossed"] == glossed


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        ("Copy [stamp: Copy Nº 2, received 3 March 1960] sent", "[stamp: Copy Nº 2, received 3 March 1960]",
         "editor_note"),
        ("[faded stamp of the Ministry]", "[faded stamp of the Ministry]", "editor_note"),
        ("[round seal of the Embassy]", "[round seal of the Embassy]", "editor_note"),
        ("Yours, [signature] Ivanov", "[signature]", "editor_note"),
        ('[handwritten in the margin: "agreed"]', '[handwritten in the margin: "agreed"]', "editor_note"),
        ("[Typed]", "[Typed]", "editor_note"),
        ("[in the margin: approved]", "[in the margin: approved]", "editor_note"),
        ("[Underlined by hand]", "[Underlined by hand]", "editor_note"),
        ("[crossed out: the Soviet side]", "[crossed out: the Soviet side]", "editor_note"),
        ("Yours, [illegible signature]", "[illegible signature]", "gap"),
    ],
)  # fmt: skip
def test_the_physical_document(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because


def test_a_bare_extent_is_a_gap_with_its_extent():
    span = span_of("he said [3 words] and left", "[3 words]")
    assert span.category == "gap"
    assert (span.info.extent, span.quantity, span.unit) == ("3 words", 3, "word")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("He said [one line missing\nNext line", "unclosed-gap"),
        ("Text [Ed. note: the rest is lost. Then he left.", "unclosed-note"),
    ],
)
def test_an_unclosed_gap_or_note_across_a_line_or_sentence_is_diagnosed(text, code):
    doc = lacuna.parse(text)
    assert code in [d.code for d in doc.diagnostics]
    assert lacuna.render.diplomatic(doc) == text
