"""Editor's notes on unseen hosts (issue 13, task notes38): a stage direction that fills a
speaker's turn to the line's end, the answer's language named (``NN: [answers in
Vietnamese]``), the stage words of interviews and broadcasts (``answers``, ``chatter``), and
whole insides that are the editor's word on the form of the words before them or a marking of
the document (``[abbreviated]``, ``[translated as]``, ``[DRAFT]``, ``[Secret]``). Real examples
from ``bench/labels/dev.jsonl`` (pages labelled before 34c8715), and near misses written by hand:
supplied clauses and names at a speaker's turn, supplied words after a colon, glosses."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by

# scholarship.rice.edu, an oral history (Vietnamese American Heritage project)
RICE = "NN: [answers in Vietnamese]"
# forums.collectors.com, a transcribed letter of the Mint's superintendent, 1843
COLLECTORS = "I am very respectfully, Sir, your obedient servant [abbreviated], /s/ Supt."
# auction.universityarchives.com, a Castro letter of 1958
AUCTION = 'dated "Sierra Maestra / Sep. 23, \'58", and signed [translated as] "A big hug / Fidel Castro".'
# asabe.jp, a Japanese report's heading
ASABE = "Important document [DRAFT]"
# vdocuments.mx, a chronology of documents
CHRONOLOGY = "Document 1. 23 January 1968: [Secret] Memorandum for McNamara, Nitze, Rostow"

READ = [
    (RICE, "[answers in Vietnamese]", "editor_note", "turn_direction"),
    (COLLECTORS, "[abbreviated]", "editor_note", "listed"),
    (AUCTION, "[translated as]", "editor_note", "listed"),
    (ASABE, "[DRAFT]", "editor_note", "listed"),
    (CHRONOLOGY, "[Secret]", "editor_note", "listed"),
    # written by hand: the turn's direction before the next speaker's line, a room's noise
    (
        "Interviewer: Where were you born?\nNN: [replies in Russian]\nInterviewer: And then?",
        "[replies in Russian]",
        "editor_note",
        "turn_direction",
    ),
    ("ANCHOR: [chatter] We are back in the studio.", "[chatter]", "editor_note", "turn_direction"),
    ("Mrs. Smith: [laughs]\nInterviewer: Really?", "[laughs]", "editor_note", None),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), READ)
def test_read(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


# near misses, written by hand: at a speaker's turn to the line's end, words that fill the
# sentence or name a person are no direction (no stage word, or a name inside)
NOT_TURN = [
    ("Kissinger: [The letter was]", "[The letter was]"),
    ("Kissinger: [he said]", "[he said]"),
    ("Mao: [Premier Zhou answers in Chinese]", "[Premier Zhou answers in Chinese]"),
    ("Mao: [answers Kissinger in Moscow]", "[answers Kissinger in Moscow]"),
    # a direction alone on its line stays with the rules for headings
    ("Minutes of the meeting\n[Reading]\nThe chairman opened the session.", "[Reading]"),
    # not at a speaker's turn: after words of the sentence
    ("He told them that he [answers] every letter.", "[answers]"),
]


@pytest.mark.parametrize(("text", "inside"), NOT_TURN)
def test_not_turn_direction(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "turn_direction")


# near misses, written by hand: the listed words inside a longer bracket are not the whole
# inside (a label and its reading, supplied words, a gloss)
NOT_LISTED = [
    ("Apr. [abbreviated: April] 3", "[abbreviated: April]", "gloss"),
    ("the [secret police] came at night", "[secret police]", None),
    ("the document was [translated as a whole] by the embassy", "[translated as a whole]", None),
]


@pytest.mark.parametrize(("text", "inside", "category"), NOT_LISTED)
def test_not_listed(text: str, inside: str, category: str | None) -> None:
    assert_not_read_by(text, inside, "listed")
    if category is not None:
        assert_read_by(text, inside, category, None)
