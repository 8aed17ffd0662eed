"""Context rules for an editor's correction: of a garbled word (FRUS telegrams and cables), of
a word replaced by another of its closed set (``our [their] offer``)."""

from __future__ import annotations

from rapidfuzz import fuzz

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _Decision
from lacuna.conventions import Conventions, fold
from lacuna.normalize.romanization import same_name

__all__: list[str] = []

#: How alike (rapidfuzz ratio) a garbled word and its correction are at least: a letter or two
#: apart (``jihab [jihad]`` 80, ``Baxwnga [Bakwangam]`` 75); ``we [were]`` (67) is no correction.
_GARBLE_SIMILAR = 75.0


def _corrected_garble(c: _NearestOnly) -> _Decision:
    """One word after a word it differs from by a letter or two (FRUS: ``call jihab [jihad]
    against communism``, ``Thysville [to] Baxwnga [Bakwangam]``): the editors' correction of a
    garble. Not another romanisation of it (``Jeong [Jong]``, ``Alexeiev [Alexeyev]``: one
    romanisation key), not a cover name in capitals (Venona's ``CARTHAGE [KARFAGEN]``), not
    after a function word (``the [then] minister`` supplies a word)."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or f.few_words != 1 or f.acronym or wf.function or wf.upper or wf.acronym:
        return None
    if not (f.lower_phrase or f.name_inside) or len(wf.folded) < 2:
        return None
    inside = c.inside()
    if not inside.isalpha() or inside[0].isupper() != (c.near or " ")[0].isupper():
        return None
    word, fixed = wf.folded, fold(inside)
    if word == fixed or fuzz.ratio(word, fixed, score_cutoff=_GARBLE_SIMILAR) < _GARBLE_SIMILAR:
        return None
    if same_name(word, fixed):
        return None
    return "correction", f"the garbled word {c.near!r} corrected", None


_SETS: dict[int, tuple[Conventions, dict[str, int]]] = {}


def _replaceable(conv: Conventions) -> dict[str, int]:
    """Each word of ``[corrections] replaceable`` (folded) -> the number of its set."""
    hit = _SETS.get(id(conv))
    if hit is not None and hit[0] is conv:
        return hit[1]
    sets = (conv.data.get("corrections") or {}).get("replaceable") or ()
    table = {fold(str(w)): n for n, words in enumerate(sets) for w in words}
    if len(_SETS) > 64:
        _SETS.clear()
    _SETS[id(conv)] = (conv, table)
    return table


def _replaced_word(c: _NearestOnly) -> _Decision:
    """One word after another word of the same closed set, which it cannot stand beside (FRUS:
    ``would be prepared to increase our [their] offer``; ``the American Embassy [Legation] at
    Tehran``; ``[corrections] replaceable``): the editor's correction of the word before. A word
    of another set fills the sentence (``our [joint] offer``, ``of [their] offer``)."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or f.few_words != 1:
        return None
    table = _replaceable(c.conv)
    group = table.get(wf.folded)
    if group is None:
        return None
    word = fold(c.inside().strip(" .,;:"))
    if word == wf.folded or table.get(word) != group:
        return None
    return "correction", f"replaces {c.near!r} with a word of its set", None
