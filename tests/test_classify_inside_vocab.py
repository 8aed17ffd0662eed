"""What the inside of a bracket says, whatever its context: the gap vocabularies of
declassified releases (a withheld item named by any short phrase, FRUS's numbered identities,
FOIA redaction marks), abbreviated reasons, page numbers in words, the Bukovsky archive's
references and the stage directions of tape transcripts. Each example and its reading is
written by hand from the convention it shows (not from lacuna's output)."""

from __future__ import annotations

import pytest

from conftest import span_of


@pytest.mark.parametrize(
    ("text", "inside", "quantity", "unit"),
    [
        ("funds went through [cryptonym not declassified] to", "[cryptonym not declassified]", 1.0, "name"),
        ("paid [dollar amount not declassified] to", "[dollar amount not declassified]", None, "number"),
        ("the chief, [title and name not declassified], met", "[title and name not declassified]", None,
         "name"),
        ("Embassy reported.\n[2-1/2 lines of source text not declassified]\nThe",
         "[2-1/2 lines of source text not declassified]", 2.5, "line"),
        ("as agreed with [place not declassified] in May", "[place not declassified]", 1.0, "place"),
    ],
)  # fmt: skip
def test_any_short_phrase_names_what_was_not_declassified(text, inside, quantity, unit):
    span = span_of(text, inside)
    assert span.category == "gap", span.because
    assert span.reason == "not declassified"
    assert span.quantity == quantity
    assert span.unit == unit


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # the reason does not end the clause: a sentence about a document, not a gap
        ("the talks [the report was not declassified until 1998] went on",
         "[the report was not declassified until 1998]"),
        # more words before the reason than a name of a withheld item has
        ("he said [the names of all those who took part in it not declassified] that",
         "[the names of all those who took part in it not declassified]"),
    ],
)  # fmt: skip
def test_a_long_phrase_or_a_reason_inside_a_sentence_is_no_withheld_item(text, inside):
    assert span_of(text, inside).category != "gap"


@pytest.mark.parametrize(
    ("text", "inside", "number"),
    [
        ("The funds were passed to [Identity 3] in Leopoldville.", "[Identity 3]", "3"),
        ("a meeting between [Identity 1] and [Identity 12] took place", "[Identity 12]", "12"),
        ("Station asked\n[IDENTITY 2]\nto approach", "[IDENTITY 2]", "2"),
    ],
)
def test_a_numbered_identity_stands_for_a_withheld_name(text, inside, number):
    span = span_of(text, inside)
    assert span.category == "gap", span.because
    assert span.reason == "not declassified"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The source [xxxx](S) advised that", "[xxxx]"),
        ("of the [XXXXXXXXXX] office in New York", "[XXXXXXXXXX]"),
        ("information from [XXX] was", "[XXX]"),
        ("with what [xxxxxxxxxxxxxxxx] said", "[xxxxxxxxxxxxxxxx]"),
    ],
)
def test_a_run_of_x_is_a_redaction(text, inside):
    span = span_of(text, inside)
    assert span.category == "gap", span.because
    assert span.reason == "not declassified"


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        ("the king [Xerxes] ordered", "[Xerxes]", "gloss"),
        ("see chapter xxx[xx] below", "[xx]", None),
    ],
)
def test_a_word_or_numeral_with_x_is_no_redaction(text, inside, category):
    span = span_of(text, inside)
    assert span.category != "gap", span.because
    if category is not None:
        assert span.category == category, span.because


@pytest.mark.parametrize(
    ("text", "inside", "quantity", "unit"),
    [
        ("My dear Hooker, [illeg] thanks for the", "[illeg]", None, None),
        ("sent to [illeg.] by post", "[illeg.]", None, None),
        ("the seeds [2 words illeg] arrived", "[2 words illeg]", 2.0, "word"),
    ],
)
def test_illeg_is_the_abbreviation_of_illegible(text, inside, quantity, unit):
    span = span_of(text, inside)
    assert span.category == "gap", span.because
    assert span.reason == "illegible"
    assert span.quantity == quantity
    assert span.unit == unit


def test_more_illegible_words_after_etc_are_a_gap():
    span = span_of("Andropov, Suslov, [etc. illegible]\n\nTop Secret", "[etc. illegible]")
    assert span.category == "gap", span.because
    assert span.reason == "illegible"


def test_a_count_in_words_past_ten_is_a_quantity():
    span = span_of("he said [fourteen words missing] and", "[fourteen words missing]")
    assert span.category == "gap"
    assert span.quantity == 14.0


@pytest.mark.parametrize(
    "inside",
    ["[R 4 Nov 82, Pb 71-III]", "[R 12 June 1975 (no number)]", "[R 9 March 1981, St 251-12]"],
)
def test_the_bukovsky_archives_references(inside):
    span = span_of(f"top secret\n\n{inside}\n\nTo the CC CPSU", inside)
    assert span.category == "editor_note", span.because


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("KISSINGER: Well, [Kissinger chuckles] we shall see.", "[Kissinger chuckles]"),
        ("NIXON: I don't know. [The President coughs] Anyway,", "[The President coughs]"),
        ("HALDEMAN: [Ehrlichman whispers to Haldeman] Yes.", "[Ehrlichman whispers to Haldeman]"),
    ],
)
def test_more_stage_directions_of_tape_transcripts(text, inside):
    span = span_of(text, inside)
    assert span.category == "editor_note", span.because


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # a speaker's name or a heading with a colon and nothing after it is no note
        ("[Molotov:] We agree.", "[Molotov:]", "supplied"),
        ("the meeting.\n\n[Attending:]\nCdes. Kim, Pak", "[Attending:]", "supplied"),
        # a note label with nothing after it still names a note
        ("[Stamp:]\nTop Secret", "[Stamp:]", "editor_note"),
        ("[Handwritten:]\nto Cde. Orlov", "[Handwritten:]", "editor_note"),
    ],
)
def test_a_label_alone_is_a_note_only_when_it_names_one(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("[Speech given in Paris, 4 May 1935, my own translation of the French text]\n\nComrades",
         "[Speech given in Paris, 4 May 1935, my own translation of the French text]"),
        ("[Brief an Trotzki, eigene Übersetzung des russischen Textes]\n\nLieber Genosse",
         "[Brief an Trotzki, eigene Übersetzung des russischen Textes]"),
        ("[Article of 1936. Translated by me from the Spanish original]\nThe",
         "[Article of 1936. Translated by me from the Spanish original]"),
    ],
)  # fmt: skip
def test_the_translator_speaking_of_their_own_work(text, inside):
    span = span_of(text, inside)
    assert span.category == "translator_note", span.because


@pytest.mark.parametrize(
    "inside",
    [
        "[Memoir by Marshal Zhukov published by Novosti Press Agency, Moscow. Printed in 50,000 "
        "copies and sent to press on 5 May 1969]",
        "[Kuznetsov, A. B., “Meeting with Kim Il Sung” Voprosy istorii 3 (1992), 55-60. Prepared "
        "for the archive by the editors of this edition]",
        "[On May 3, 1998, the Archive received the pages released under the FOIA request of its "
        "staff. The pages are reproduced below in the order of the original file]",
    ],
)
def test_several_sentences_in_a_bracket_are_the_editors_note(inside):
    span = span_of(f"Contents\n\n{inside}\n\nThe text", inside)
    assert span.category == "editor_note", span.because


@pytest.mark.parametrize(
    "inside",
    [
        # a long phrase with initials is one phrase, words supplied
        "[the letter of Cde. N. S. Khrushchev to the President of the United States of America]",
        # a long phrase without a sentence break
        "[and the delegations of the fraternal parties of the socialist countries of Europe and Asia]",
    ],
)
def test_a_long_phrase_of_one_sentence_is_no_long_note(inside):
    span = span_of(f"we received {inside} yesterday", inside)
    assert not span.because.startswith("long_note"), span.because


def test_every_question_mark_at_the_end_is_the_doubt():
    span = span_of("the [counterfoil???] was signed", "[counterfoil???]")
    assert span.category == "uncertain", span.because
    assert span.conjecture == "counterfoil"
