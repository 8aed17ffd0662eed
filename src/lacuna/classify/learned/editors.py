"""Features of the learned rule that read an editor's own words inside a bracket by the
grammar of English, not by one site's vocabulary (``[learned.editors]``):

- an inside that opens with a capitalised gerund (a participle's shape, the test of
  :func:`lacuna.classify.words._participle` and ``[notes.stage]``: ``[Reading from the Man'yôshû]``,
  ``[Referring to the disparity of attendees on the two sides]``, ``[Switching to
  Vietnamese]``): the editor describes what happens on the recording or the page; supplied
  words continue the writer's sentence and seldom open with one;
- a sentence in the third person without a closing stop (``[This conversation was already in
  progress]``, ``[The President can be heard in the background]``): a verb of its own (an
  auxiliary of ``[learned] clause_words``), no first or second person (``speaker_words``: the
  writer's and the interviewer's words are supplied, ``[Who are the people of your choice …]``),
  no question, no function word last (``[This is a reply to]`` goes on into the sentence).

Both are read from the inside alone (cached with its features) and weigh for an editor's note
wherever the bracket stands, so they reach ``learned_note`` at the start of a line or after
punctuation, where the positional rules would read supplied words."""

from __future__ import annotations

from functools import lru_cache

from lacuna.classify.words import _STRIP, _participle
from lacuna.conventions import Conventions, fold

#: The features' names.
GERUND_FIRST = "a capitalised gerund first inside"
THIRD_PERSON = "a sentence in the third person inside"


@lru_cache(maxsize=16)
def _settings(conv: Conventions) -> tuple[int, frozenset[str]]:
    """``[learned.editors]``: the fewest words of a sentence; ``[learned] speaker_words``,
    folded."""
    learned = conv.section("learned")
    table = learned.get("editors") or {}
    return (
        int(table.get("sentence_words", 3)),
        frozenset(fold(str(w)) for w in learned.get("speaker_words") or ()),
    )


@lru_cache(maxsize=16)
def _clause_words(conv: Conventions) -> tuple[frozenset[str], frozenset[str]]:
    """``[learned] clause_words`` and ``clause_openers``, folded."""
    learned = conv.section("learned")
    return (
        frozenset(fold(str(w)) for w in learned.get("clause_words") or ()),
        frozenset(fold(str(w)) for w in learned.get("clause_openers") or ()),
    )


def editor_features(inside: str, conv: Conventions) -> tuple[str, ...]:
    """The features of a stripped inside that read the editor's own words (see the module)."""
    parts = inside.split()
    if not parts or not parts[0][:1].isupper():
        return ()
    fewest, speakers = _settings(conv)
    auxiliaries = _clause_words(conv)[0]
    words = [fold(w).strip(_STRIP) for w in parts]
    out = []
    first = words[0]
    if not parts[0].isupper() and first.isalpha() and _participle(first, conv) and conv.is_english(first):
        out.append(GERUND_FIRST)
    if (
        len(words) >= fewest
        and "?" not in inside
        and inside[-1:] not in ".!"
        and not auxiliaries.isdisjoint(words)
        and speakers.isdisjoint(words)
        and words[-1] not in conv.function_words
    ):
        out.append(THIRD_PERSON)
    return tuple(out)
