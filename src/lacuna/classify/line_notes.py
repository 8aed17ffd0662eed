"""The editor's phrase opening a line (task edit26, issue 13): a context rule of
:mod:`lacuna.classify.context`, before ``line_start``, which reads a bracket opening its line as
a sentence's first words.

Counted on dev's brackets that open their line: a phrase of two words or more, its first word
capitalised and the others lower-case, without figures, is the editor's on 35 sites (94 spans)
and supplied on 14 (32); but where the words after it do not go on with it (the line ends there,
or a capital, a mark or a bracket follows), the supplied ones are a sentence's function words
(``[To the] Foreign Ministry:``), dates and speakers' labels (``[Official speaking to one
afflicted]: "What do you say …"``), and the others are the editor's descriptions
(``[Reading from the Man'yôshû]``, ``[Welcoming remarks; report on domestic issues]``).
"""

from __future__ import annotations

from lacuna.classify.turns import _FEWEST_WORDS, _goes_on
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _STRIP, _Decision, _stage
from lacuna.conventions import fold

__all__: list[str] = []


def _note_phrase_line(c: _NearestOnly) -> _Decision:
    """A bracket opening its line (nothing but spaces before it) that holds a phrase of two
    words or more, its first word a capitalised English word and no function word nor one of
    ``[notes.stage] not_participles``, the others lower-case, without figures nor a title, its
    last word no function word, where the words after it do not go on with it
    (:func:`lacuna.classify.turns._goes_on`):
    the editor's description, no sentence's first words (a Nixon tape log's ``[Begin telephone
    conversation]``, ``[Introductory remarks]`` opening a Stasi record's paragraph). Supplied
    words there go on into the line (``[The Soviet side] explained our position``, ``[Soviet
    side], in turn, said``), name a person by a title (``[Soviet ambassador] Dobrynin said``),
    open or end with a function word (``[To the] Foreign Ministry:``, ``[Deciphered on]
    15.II.63 at 13:00 hours``), hold a date (``[July 17th 1945]``) or a speaker's name before a
    colon (``[Official speaking to one afflicted]: "What do you say …"``, a Salem
    examination)."""
    if c.near is not None or c.glued or c.line_before().strip():
        return None  # (the nearest word first: no more of the line is read after a word)
    inside = c.inside()
    words = inside.split()
    if len(words) < _FEWEST_WORDS or c.facts.describes or any(ch.isdigit() for ch in inside):
        return None
    first = words[0].strip(_STRIP)
    if not (first[:1].isupper() and first[1:].isalpha() and first[1:].islower()):
        return None
    conv = c.conv
    folded = fold(first)
    if (
        folded in conv.function_words
        or folded in _stage(conv)[3]
        or not conv.is_english(folded)
        or fold(words[-1].strip(_STRIP)) in conv.function_words
    ):
        return None  # function words open or end supplied words that go on ("[Deciphered on] 15.II.63")
    if any(w.strip(_STRIP)[:1].isupper() for w in words[1:]):
        return None
    if _goes_on(c):
        return None
    return "editor_note", "opens its line with a phrase the words after it do not go on with", None
