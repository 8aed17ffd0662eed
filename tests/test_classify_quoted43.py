"""Brackets after quoted original-language words that are no translation of them (quoted43; rule
``quoted_goes_on``, which reads them before ``learned_note`` and the rules that read a rendering
of quoted words: ``quoted_original``, ``explains_quoted``, ``quoted_rendering``,
``translation_after_foreign``, ``quoted_title_translated``). A review found main reading as a
gloss who speaks the quotation (``“Nichevo, nichevo” [Stalin replies with a smile]``), the
sentence's predicate after a quoted name (``the ballet “Lebedinoe ozero” [was shown to the
delegation]``), a speech broken at its comma (``“Das stimmt nicht,” [he said]``) and first names
before a surname (``“Kak dela,” [Nikita Sergeevich] Khrushchev asked``). Cases written by hand:
the review's, and near misses both ways (translations of quoted sentences and phrases that must
stay glosses; editors' notes after quotations that the rule must leave alone)."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

RULE = "quoted_goes_on"

TAKEN = [
    # who speaks: a subject and a verb of saying ([gloss] speech_verbs)
    ("“Das stimmt nicht,” [he said] and left.", "[he said]", "supplied", RULE),
    ("“Nichevo, nichevo” [Stalin replies with a smile].", "[Stalin replies with a smile]", "supplied", RULE),
    (
        "“Tovarishchi, vpered” [the commissar would shout each morning]",
        "[the commissar would shout each morning]",
        "supplied",
        RULE,
    ),
    (
        "“Khorosho, khorosho” [Molotov kept repeating] throughout.",
        "[Molotov kept repeating]",
        "supplied",
        RULE,
    ),
    ("“Nyet” [Gromyko answered] and closed the file.", "[Gromyko answered]", "supplied", RULE),
    (
        "“Dobro pozhalovat’” [the chairman kept saying] to each guest.",
        "[the chairman kept saying]",
        "supplied",
        RULE,
    ),
    # the sentence's predicate after a quoted name or title: an auxiliary first
    (
        "the ballet “Lebedinoe ozero” [was shown to the delegation]",
        "[was shown to the delegation]",
        "supplied",
        RULE,
    ),
    (
        "the newspaper “Rodong Sinmun” [had printed the whole speech]",
        "[had printed the whole speech]",
        "supplied",
        RULE,
    ),
    ("the opera “Ivan Susanin” [was performed twice] in Minsk.", "[was performed twice]", "supplied", RULE),
    # a speech broken at its comma by lower-case words
    ("“Ja, das weiß ich,” [and then quietly] he left.", "[and then quietly]", "supplied", RULE),
    # first names before the surname after the quotation
    ("“Kak dela,” [Nikita Sergeevich] Khrushchev asked", "[Nikita Sergeevich]", "supplied", RULE),
    ("“Dobryi den’” [Andrei Andreevich] Gromyko began.", "[Andrei Andreevich]", "supplied", RULE),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), TAKEN)
def test_words_that_go_on_after_a_quotation(text: str, inside: str, category: str, rule: str) -> None:
    assert_read_by(text, inside, category, rule)


def test_a_time_phrase_after_an_english_headline_is_no_rendering() -> None:
    # names are no language's: the quotation's lower-case words are English ("greets")
    text = "the headline “Gomulka greets Tito in Warszawa” [the next morning] was"
    assert span_of(text, "[the next morning]").category == "supplied"


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # translations of a quoted sentence start with a capital like it, no subject and verb of saying
        (
            "Gromyko answered “Eto nevozmozhno” [This is impossible] and left.",
            "[This is impossible]",
            "gloss",
        ),
        ("“My vas pokhoronim” [We will bury you], Khrushchev said.", "[We will bury you]", "gloss"),
        ("“Pravda vítězí” [Truth prevails] was the motto.", "[Truth prevails]", "gloss"),
        ("the song “Zog nit keyn mol” [Never say] was sung", "[Never say]", "gloss"),
        ("“Ty sam skazal” [You said it yourself] he laughed.", "[You said it yourself]", "gloss"),
        # a rendering of a quoted word or phrase
        ("the wording “kuaisu” [promptly] was kept", "[promptly]", "gloss"),
        ("the word “Sonderaktion” [special action] appears", "[special action]", "gloss"),
        ("“Tovarishchi, vpered” [forward] was the cry", "[forward]", "gloss"),
        (
            "followed by a French-language text: ‘Cette Copie’ [this copy] was written by",
            "[this copy]",
            "gloss",
        ),
        # a translation after a comma closing the quotation, with its own comma or a capital
        ("Labour in ”Betrieben” [workshops,] sadist Maass", "[workshops,]", "gloss"),
    ],
)
def test_translations_of_quoted_words_stay_glosses(text: str, inside: str, category: str) -> None:
    span = span_of(text, inside)
    assert span.category == category, span.because
    assert not span.because.startswith(RULE + ":"), span.because


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a lower-case quotation: a modal phrase's translation, no predicate of a quoted name
        ("the answer was “mozhno” [can be done] at once", "[can be done]"),
        # a capitalised translation after a comma closing the quoted speech
        ("“Kak dela,” [How are you] Khrushchev asked", "[How are you]"),
        # an English word before the capitalised word after it: no first names
        ("“Tovarishch Stalin” [Comrade Stalin] Street", "[Comrade Stalin]"),
        # the quotation's clause ended before the bracket: after_punctuation reads it
        (
            "has not yet completely pulled out of Vietnam”, [they said this] created obstacles",
            "[they said this]",
        ),
        # an editor's description of the document, with a word of [learned] note_words
        ("“Streng geheim” [Stalin wrote in the margin] and", "[Stalin wrote in the margin]"),
        ("“Sovershenno sekretno” [typed in capital letters]", "[typed in capital letters]"),
        # no subject before the verb of saying
        ("“Govori gromche” [Speak louder, he said] to him", "[Speak louder, he said]"),
    ],
)
def test_near_misses_not_read_by_the_rule(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, RULE)


def test_switched_off(tmp_path: object) -> None:
    assert_switched_off(RULE, TAKEN, tmp_path)
