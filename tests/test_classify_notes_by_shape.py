"""Editor's notes and sic read by their shape rather than by a listed phrase: the language of the
original, a stage direction in a word or two, sic run on into its correction, a phrase that says
what sic says. Real examples from the pages of ``bench/labels/dev.jsonl`` (quoted) with the
reading a historian gives them, and near misses that must read otherwise (written by hand, not
by running the classifier)."""

from __future__ import annotations

import pytest

import lacuna
from conftest import assert_switched_off, span_of
from lacuna.conventions import Conventions
from lacuna.render import diplomatic

# (text, span, category, rule that decides)
CASES = [
    # a Yugoslav record of Stalin's talk with Tito (docslib): the editor's note on Stalin's Russian
    (
        "Stalin (chuckling, ironically): \"How is my 'friend' [Russian word used in text] Shubashich?\"",
        "[Russian word used in text]",
        "editor_note",
        "original_language",
    ),
    # a Soviet record of a talk with Fidel Castro held in English (docslib)
    (
        "I met with Fidel Castro at the latter’s apartment.\n\n[in English]\n\n1. Letter from Khrushchev",
        "[in English]",
        "editor_note",
        "original_language",
    ),
    # FBIS: a speech's applause (LANIC, Castro 1987)
    (
        "[Text] [Applause] Distinguished guests, comrade delegates, young comrades,",
        "[Applause]",
        "editor_note",
        "stage_word",
    ),
    # the Saddam Hussein tapes (docslib): the speaker cut off
    (
        "the relation with the Council, in general -- [Interrupted]\n\nSaddam: [Inaudible].",
        "[Interrupted]",
        "editor_note",
        "stage_word",
    ),
    # a Soviet stenogram's applause, with its manner (written for the convention)
    (
        "the Leninist Central Committee! [Prolonged applause.] Comrades,",
        "[Prolonged applause.]",
        "editor_note",
        "stage_word",
    ),
    # Hansard: the member who moved the motion (Commons, 30 October and 8 November 1956)
    (
        "Motion made, and Question proposed, That this House do now adjourn.—[Mr. Heath.]\n\n4.30 p.m.",
        "[Mr. Heath.]",
        "editor_note",
        "mover_named",
    ),
    (
        "the Gracious Speech which Your Majesty has addressed to both Houses of Parliament.—[Mr. Vane.] "
        "Question again proposed.",
        "[Mr. Vane.]",
        "editor_note",
        "mover_named",
    ),
    # whose hand or pen wrote it (Sharett's notes of a meeting, on wdsharett.blogspot.com)
    (
        "[Reply in different handwriting:] Will be arranged.",
        "[Reply in different handwriting:]",
        "editor_note",
        "in_hand",
    ),
    (
        "[next 6 words in different pen:] and the same evening",
        "[next 6 words in different pen:]",
        "editor_note",
        "in_hand",
    ),
    # FBIS: a figure the monitor doubted (LANIC, Castro 1970)
    (
        "we were holding it fully responsible for\nthe lives of the 12 [as heard] fishermen.",
        "[as heard]",
        "sic",
        "sic",
    ),
]

# (text, span): the same words where they are no note on the language or the hearers, or no sic
NEAR_MISSES = [
    # a language's name alone, or "in" a place named after a language, supplies words
    ("Connecting this matter to [French] Ambassador Lalouette is a misunderstanding.", "[French]"),
    ("the troops [in French territory] were", "[in French territory]"),
    # a word of laughing inside a sentence supplied
    ("he [laughed it off] and left", "[laughed it off]"),
    # "as" and a verb that is no sic phrase
    ("the 12 [as agreed] fishermen", "[as agreed]"),
    # a member's name supplied in the sentence has no stop of its own; a pen without "in"
    ("the amendment in [Mr. Wheeler's] name was", "[Mr. Wheeler's]"),
    ("he took [the pen] and signed", "[the pen]"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_real_examples_read_by_their_rule(text, inside, category, rule):
    span = span_of(text, inside)
    assert span.category == category, span.because
    assert span.because.startswith(rule + ":"), span.because


@pytest.mark.parametrize(("text", "inside"), NEAR_MISSES)
def test_near_misses_are_not_read_by_these_rules(text, inside):
    span = span_of(text, inside)
    assert not span.because.startswith(
        ("original_language:", "stage_word:", "sic:", "mover_named:", "in_hand:")
    ), span.because
    assert span.category not in ("sic",)


def test_sic_run_on_into_its_correction_by_dashes():
    # Yale's Annals of Communism, Chase, Enemies within the Gates?, document 59
    span = span_of("it is necessary to expel [sic--15] comrades from the party", "[sic--15]")
    assert (span.category, span.info.correction) == ("sic", "15")


def test_a_sic_word_inside_a_longer_word_is_no_sic():
    span = span_of("the island of [Sicily--the south] was", "[Sicily--the south]")
    assert span.category != "sic"


@pytest.mark.parametrize("rule", ["original_language", "stage_word", "mover_named", "in_hand"])
def test_each_rule_can_be_switched_off(rule, tmp_path):
    assert_switched_off(rule, CASES, tmp_path)


def test_a_user_sic_phrase(tmp_path):
    user = tmp_path / "conv.toml"
    user.write_text('[sic]\nwords = ["sic"]\nphrases = ["so in the tape"]\n', encoding="utf-8")
    conv = Conventions.load(user)
    (span,) = lacuna.parse("the 12 [so in the tape] men", conventions=conv).spans()
    assert span.category == "sic"


def test_the_notes_leave_the_text_as_written():
    text = "my 'friend' [Russian word used in text] Shubashich [Applause] the 12 [as heard] [sic--15] men"
    assert diplomatic(lacuna.parse(text)) == text
