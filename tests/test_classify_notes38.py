"""Editor's notes on unseen hosts (issue 13, task notes38): a stage direction that fills a
speaker's turn to the line's end, the answer's language named (``NN: [answers in
Vietnamese]``) and the stage words of interviews and broadcasts (``answers``, ``chatter``). Real
examples from ``bench/labels/dev.jsonl`` (pages labelled before 34c8715), and near misses written
by hand: supplied clauses and names at a speaker's turn, supplied words after a colon, glosses,
and the one-word markings the branch first listed as whole insides (``[secret]``, ``[draft]``,
``[abbreviated]``), which in running text are words supplied (the mend of the lead's probes)."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by

# scholarship.rice.edu, an oral history (Vietnamese American Heritage project)
RICE = "NN: [answers in Vietnamese]"

READ = [
    (RICE, "[answers in Vietnamese]", "editor_note", "turn_direction"),
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
    # the lead's probes of the branch's first [exact] entries: a marking's word supplied in a sentence
    ("They signed the [secret] agreement in 1939.", "[secret]", "supplied"),
    ("The [draft] treaty was ready.", "[draft]", "supplied"),
    ("He kept a [confidential] file on her.", "[confidential]", "supplied"),
    ("The text was [abbreviated] by the censor.", "[abbreviated]", "supplied"),
]


@pytest.mark.parametrize(("text", "inside", "category"), NOT_LISTED)
def test_not_listed(text: str, inside: str, category: str | None) -> None:
    assert_not_read_by(text, inside, "listed")
    if category is not None:
        assert_read_by(text, inside, category, None)
