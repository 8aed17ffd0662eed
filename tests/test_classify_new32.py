"""The 32nd labelling round's dev misses that a convention reads (task new32): FRUS's doubted
omission, a transcriber's paragraph left out, and a quoted original's translation after a
quotation a hard-wrapped page broke over two lines. Real text of dev's pages (each address in
a comment), the reading written by hand from the document, and a near miss for each."""

from __future__ import annotations

import pytest

import lacuna
from conftest import assert_not_read_by, assert_read_by, span_of

# history.state.gov/historicaldocuments/frus1918Russiav01/d130: the Ambassador's telegram
FRUS_OMISSION = (
    "Court martial [possible omission] both Ministers with menace of food scarcity, food "
    "conditions growing daily worse and absolute necessity prompt remedy."
)

# www.marxists.org/history/usa/government/foreign-relations/1918/july/4.htm: Francis's telegram
# from Vologda as the Marxists Internet Archive transcribed it
NOT_TRANSCRIBED = (
    "Vologda, July 4, 1918\nReceived August 26\n\n\nNo. 1117\n\n    [First paragraph not "
    "transcribed]\n\n    The feeling in Vologda is very friendly towards the Embassy"
)

# diendanchinhtri.blogspot.com/2013/07/buc-thu-e-ngay-28-thang-2-1946-ho-chi.html: the National
# Archives' description of Nguyen ai Quac's letter of 1919, hard-wrapped as the blog copied it
ANNAMITE = (
    "This letter, written by\nNguyen ai Quac, later known as Ho Chi Minh, as a representative of "
    "“le\nGroupe des Patriotes Annamites” [the Group of Annamite Patriots],\ncontains the enclosure "
    "“Revendications du Peuple Annamite” [Claims of\nthe Annamite People], which called for"
)


def test_possible_omission_is_a_gap() -> None:
    # FRUS's editors infer a gap they think likely: "possible" is among gap.filler, as "apparent"
    span = span_of(FRUS_OMISSION, "[possible omission]")
    assert (span.category, span.reason, span.unit) == ("gap", "omitted", None)


def test_possible_alone_is_no_gap() -> None:
    # near miss: the word without a reason after it says no gap (a supplied word)
    span = span_of("It is [possible] that the Ministers will be tried.", "[possible]")
    assert span.category != "gap"


def test_not_transcribed_is_omitted() -> None:
    span = span_of(NOT_TRANSCRIBED, "[First paragraph not transcribed]")
    assert (span.category, span.quantity, span.unit, span.reason) == ("gap", 1, "paragraph", "omitted")


def test_translation_after_a_wrapped_quotation() -> None:
    assert_read_by(ANNAMITE, "[the Group of Annamite Patriots]", "gloss", "explains_quoted")
    # the next one, its quotation on one line, as before
    assert_read_by(ANNAMITE, "[Claims of\nthe Annamite People]", "gloss", "explains_quoted")


@pytest.mark.parametrize("wrap", range(1, 5))
def test_wrapped_quotation_wherever_the_line_breaks(wrap: int) -> None:
    # the reading does not hang on where the page wrapped the quotation's five words
    words = ["“le", "Groupe", "des", "Patriotes", "Annamites”"]
    text = (
        "as a representative of "
        + " ".join(words[:wrap])
        + "\n"
        + " ".join(words[wrap:])
        + " [the Group of Annamite Patriots], contains"
    )
    assert_read_by(text, "[the Group of Annamite Patriots]", "gloss", "explains_quoted")


def test_quotation_closed_on_the_line_above() -> None:
    # near miss: the quotation on the line above is closed before the break, the words on the
    # span's line are no quotation: the bracket explains no quoted words
    text = "as a representative of “le Groupe” of\nAnnamites” [the Group of Annamite Patriots], contains"
    assert_not_read_by(text, "[the Group of Annamite Patriots]", "explains_quoted")


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("[possible 2 lines missing]", 2),
        ("[apparent 2 lines missing]", 2),
        ("[2 lines missing]", 2),
    ],
)
def test_a_doubted_gap_keeps_its_count(text: str, quantity: int) -> None:
    span = next(lacuna.parse(text).spans())
    assert (span.category, span.quantity, span.unit) == ("gap", quantity, "line")
