"""Stage directions at a speaker's turn (rule ``turn_direction``): real examples of dev's pages
(a Kennedy tape transcript, a Johnson telephone conversation) and the supplied words that stand
at the same place, with the categories written by hand."""

from __future__ import annotations

import pytest

import lacuna
from conftest import span_of
from lacuna.classify.turns import _says_how
from lacuna.conventions import Conventions

# (text, span, category): from dev's pages, the category a historian gives it
CASES = [
    # a participle between the speaker's label and the words spoken
    (
        "John Kennedy: [Reading] Premier Khrushchev told President Kennedy yesterday",
        "[Reading]",
        "editor_note",
    ),
    (
        "McGeorge Bundy: [interrupting] It’s very odd, Mr. President, if he’s changed his terms",
        "[interrupting]",
        "editor_note",
    ),
    # at the start of the line: a manner, a stage word
    (
        "I hate to bother you again, but—\n[in a good mood] [That’s] all right, Mr. President.",
        "[in a good mood]",
        "editor_note",
    ),
    (
        "I wanted you to know that I’d made the announcement.\n[puzzled momentarily] Announcement of what?",
        "[puzzled momentarily]",
        "editor_note",
    ),
    # ICTY transcripts: the interpretation of a speaker's words, after a label in capitals
    (
        "16 THE ACCUSED TALIC: [Interpretation] Good afternoon, Your Honours.",
        "[Interpretation]",
        "editor_note",
    ),
    # Saddam Hussein tapes (Conflict Records Research Center): a participle among other words,
    # a manner, the spoken words going on from before the recording
    (
        "[Time Stamp 00:00:09] UM: [Speaker already talking]…controls the current Iranian tactical",
        "[Speaker already talking]",
        "editor_note",
    ),
    (
        "Saddam Hussein: [This conversation was already in progress] All of you must circulate",
        "[This conversation was already in progress]",
        "editor_note",
    ),
    # supplied words at the same place fill the sentence
    (
        "I hate to bother you again, but—\n[in a good mood] [That’s] all right, Mr. President.",
        "[That’s]",
        "supplied",
    ),
    ("Chai [Junwu]:\n[I] have received the November 6 telegram.", "[I]", "supplied"),
    ("With Chargé D'Affaires Wang\n[To] The Foreign Ministry:", "[To]", "supplied"),
    ("[Norodom] SIHANOUK also said: [it would be] best", "[it would be]", "supplied"),
    (
        "To: [Director General Jerzy] MICHALOWSKI, Immediate, Very Urgent",
        "[Director General Jerzy]",
        "supplied",
    ),
    ("From: [Ambassador Boleslaw] JELEN1\n\nI had a talk", "[Ambassador Boleslaw]", "supplied"),
    # a participle in the middle of a sentence is no stage direction
    ("the [strengthening] of the alliance", "[strengthening]", "supplied"),
]


@pytest.mark.parametrize(("text", "inside", "category"), CASES)
def test_stage_directions_at_a_turn(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because
    if category == "editor_note":
        assert span.because.startswith("turn_direction:"), span.because


@pytest.mark.parametrize(
    ("inside", "stage"),
    [
        ("interrupting", True),
        ("Reading", True),
        ("in a low voice", True),
        ("laughs", True),
        ("being", False),  # too short for a participle
        ("Regarding the", False),  # capitalised and more than one word
        ("In handwriting 3", False),  # figures
        ("the Chinese comrades said so and left", False),  # more than six words
        ("Director General Jerzy", False),  # a name
        ("Speaker already talking", True),
        ("This conversation was already in progress", True),
    ],
)
def test_what_a_stage_direction_says(inside, stage):
    assert (_says_how(inside, Conventions.default()) is not None) is stage


def test_the_rule_can_be_switched_off():
    conv = Conventions({**Conventions.default().data, "rules": {"disable": ["turn_direction"]}})
    doc = lacuna.parse("McGeorge Bundy: [interrupting] It’s very odd", conventions=conv)
    (span,) = doc.spans()
    assert not span.because.startswith("turn_direction")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # ICTY transcripts: a line of its own after the line's number
        (
            "3 --- Upon commencing at 2.22 p.m.\n\n4 [The accused entered court]\n\n5 JUDGE AGIUS:",
            "[The accused entered court]",
        ),
        (
            "Page 6551\n\n1 [Trial Chamber and registrar confer]\n\n2 JUDGE ORIE: I think",
            "[Trial Chamber and registrar confer]",
        ),
        # the Taylor trial (Special Court for Sierra Leone): after a bullet
        ("  • [Open session]\n\n  • [The accused present]\n\n  • Good morning.", "[The accused present]"),
    ],
)
def test_a_line_of_its_own_after_its_number(text, inside):
    span = span_of(text, inside)
    assert span.category == "editor_note", span.because


def test_a_numbered_line_with_figures_or_words_after_is_not_a_note():
    # figures: no note by the rule (on a line of its own they are a supplied date or time)
    span = span_of("12 [Received 3:56 p.m.]\n", "[Received 3:56 p.m.]")
    assert not span.because.startswith("numbered_line"), span.because
    # words after the bracket on its line: no line of its own
    span = span_of("1\n2 [The] Ministry of Foreign Affairs", "[The]")
    assert not span.because.startswith("numbered_line"), span.because
