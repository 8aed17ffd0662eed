"""Rule description_word: a word transcribers use to describe the document or the recording,
alone in its brackets (``[Stempel]``, ``[podpis]``, ``[drawing]``, ``[music]``), read by where
it stands (``[notes.words]`` in the conventions). The vocabulary is an inside fact
(:attr:`lacuna.classify.inside_facts._Inside.description`, read once per distinct inside), so
the plans keep the rule only for the spans whose inside is such a word."""

from __future__ import annotations

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _STRIP, _Decision
from lacuna.conventions import fold

__all__: list[str] = []

#: The most words the rule reads before the span for a translation.
_WORDS_BEFORE = 3
#: What may follow a description standing apart: the line's end, punctuation, a bracket.
_APART_AFTER = frozenset(".,;:!?)]}–—-[(/|\"“”'")


def _singular(word: str) -> str:
    """``word`` less a plural's ``s`` (``seals``: ``seal``)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _apart(c: _NearestOnly) -> bool:
    """Whether the span stands apart from a sentence: at its line's start, after a boundary's
    punctuation or another bracket, and before the line's end, punctuation, a bracket or a
    capitalised word."""
    near, wf = c.near, c.wf
    if near is not None and not c.bracketed and not (wf is not None and wf.after_boundary):
        if c.line_before().strip():
            return False
    rest = c.line_after().lstrip(" \t")
    return not rest or rest[0] in _APART_AFTER or rest[0].isupper()


def _english_goes_on(c: _NearestOnly) -> bool:
    """Whether a lower-case English word follows the span on its line: an English sentence
    goes on through it (``the village [selo] of Kamenka``, ``Herbert [Stempel] testified``,
    ``the newspapers [pechat'] attacked him``), where a description of the paper stands
    before the line's end, punctuation, a bracket, a name or the original's own words
    (``Kierownik [pieczęć] [podpis]``, ``[podpis'] Moscow``, ``[pieczęć] dnia 5 maja``)."""
    rest = c.line_after().lstrip(" \t")
    if not rest or not rest[0].islower():
        return False
    word = fold(rest.split(None, 1)[0].strip(_STRIP))
    return bool(word) and c.conv.is_english(word)


def _description_word(c: _NearestOnly) -> _Decision:
    """A word of the document's or the recording's description alone in its brackets, as the
    published conventions name them (``[notes.words]``: TEI P5's stamp, seal and forme work,
    the crowd-transcription guides, transcripts' sound cues; the same words in the languages
    archives translate from, as untranslated transcriptions write them): an editor's note.
    A word of another language is the editor's unless an English word that translates it
    stands among the three words before it or next after it (``the seal [pechat'] of the
    ministry``, ``the state [pieczęć] seal``: a gloss, rule language_change) or a function word
    just before it (``the [Stempel] was``); an English word that is an ordinary word of a
    sentence too (``[drawing]``, ``[music]``) only standing apart from a sentence (``He said
    [music] no.`` is supplied)."""
    facts = c.facts
    description = facts.description
    if description is None or c.glued or facts.cue is not None or facts.query:
        return None
    inside, meanings = description
    if meanings is None:
        if _apart(c):
            return "editor_note", f"names a thing on the document or the recording, apart ({inside!r})", None
        return None
    wf = c.wf
    if wf is not None and wf.function and not wf.after_boundary and not c.bracketed:
        return None  # ("the [Stempel] was": a word of the sentence)
    if _english_goes_on(c):
        return None  # ("the village [selo] of", "Bugsy [Siegel] was": the sentence goes on)
    near = [c.word(k) for k in range(_WORDS_BEFORE)]
    near.append(c.after(0))
    for word in near:
        folded = fold(word.strip(_STRIP)) if word is not None else ""
        if folded in meanings or _singular(folded) in meanings:
            return None  # after or before its translation: a gloss
    return "editor_note", f"names a thing on the document in another language ({inside!r})", None
