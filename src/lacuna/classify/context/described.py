"""Rule description_word: a word transcribers use to describe the document or the recording,
alone in its brackets (``[Stempel]``, ``[podpis]``, ``[drawing]``, ``[music]``), read by where
it stands (``[notes.words]`` in the conventions)."""

from __future__ import annotations

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _STRIP, _Decision
from lacuna.conventions import Conventions, fold

__all__: list[str] = []

#: The most words the rule reads after the span and before it for a translation.
_WORDS_BEFORE = 3
#: The most words of a description that opens with an other-language word and goes on.
_FURTHER_WORDS = 5
#: What may follow a description standing apart: the line's end, punctuation, a bracket.
_APART_AFTER = frozenset(".,;:!?)]}–—-[(/|\"“”'")


def _vocabulary(conv: Conventions) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """``[notes.words]``: each other-language word or phrase (folded) with the English words
    that translate it, and the English words read only standing apart."""
    cached = conv._cache.get("description words")
    if cached is None:
        section = conv.section("notes", "words")
        foreign = {
            " ".join(fold(str(k)).split()): frozenset(fold(str(w)) for w in v)
            for k, v in (section.get("foreign") or {}).items()
        }
        apart = frozenset(" ".join(fold(str(w)).split()) for w in section.get("apart") or ())
        cached = conv._cache["description words"] = (foreign, apart)
    return cached  # type: ignore[no-any-return]


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


def _described_further(
    c: _NearestOnly, inside: str, foreign: dict[str, frozenset[str]]
) -> frozenset[str] | None:
    """The English words translating the other-language description that opens ``inside``
    (folded) when the words after it are a name or words of no English (``[Unterschrift
    Bethmann Hollweg]``, ``[pieczęć okrągła]``: whose signature, what seal), at most
    :data:`_FURTHER_WORDS` in all and no gap's reason at the end (``[podpis nieczytelny]``,
    an illegible signature, is left to the other rules); else None."""
    words = c.inside().split()
    if not 2 <= len(words) <= _FURTHER_WORDS or c.conv.reason_ends(inside):
        return None
    folded = inside.split()
    for size in (2, 1):
        meanings = foreign.get(" ".join(folded[:size]))
        if meanings is None or len(words) <= size:
            continue
        rest = [w.strip(_STRIP) for w in words[size:]]
        if all(w and (w[0].isupper() or not c.conv.is_english(fold(w))) for w in rest):
            return meanings
        return None
    return None


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
    if c.glued or c.facts.cue is not None or c.facts.query:
        return None
    foreign, apart = _vocabulary(c.conv)
    inside = " ".join(fold(c.inside().strip(" .:")).split())
    meanings = foreign.get(inside) if inside.count(" ") < _WORDS_BEFORE else None
    if meanings is None:
        meanings = _described_further(c, inside, foreign)
    if meanings is not None:
        wf = c.wf
        if wf is not None and wf.function and not wf.after_boundary and not c.bracketed:
            return None  # ("the [Stempel] was": a word of the sentence)
        near = [c.word(k) for k in range(_WORDS_BEFORE)]
        near.append(c.after(0))
        for word in near:
            folded = fold(word.strip(_STRIP)) if word is not None else ""
            if folded in meanings or _singular(folded) in meanings:
                return None  # after or before its translation: a gloss
        return "editor_note", f"names a thing on the document in another language ({inside!r})", None
    if inside in apart and _apart(c):
        return "editor_note", f"names a thing on the document or the recording, apart ({inside!r})", None
    return None
