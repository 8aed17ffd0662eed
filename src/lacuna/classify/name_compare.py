"""Whether the words before a bracket and its inside are one name: written alike, romanised
otherwise, or a compound of its parts (what the name rules of the context chain compare)."""

from __future__ import annotations

from rapidfuzz import fuzz

from lacuna.classify.words import _SIMILAR, _word_facts
from lacuna.conventions import Conventions, fold
from lacuna.normalize.romanization import consonant_key
from lacuna.normalize.romanization import same_name as _same_romanised

__all__ = ["same_name"]


def _is_name(words: list[str], conv: Conventions) -> bool:
    """Whether ``words`` are one to four name words (a name's particles among them, not first)."""
    if not 1 <= len(words) <= 4 or not _word_facts(words[0], conv).name_word:
        return False
    return all((f := _word_facts(w, conv)).name_word or f.particle_name for w in words)


def _letters(words: list[str]) -> str:
    """The letters and digits of ``words``, folded, run together."""
    folded = fold("".join(words))
    if folded.isalnum():  # (most words: nothing to filter out, no test per character)
        return folded
    return "".join(filter(str.isalnum, folded))


def _compound_of(word: str, parts: list[str]) -> bool:
    """Whether ``word`` joins the beginnings of ``parts`` (``politburo``: political bureau)."""
    rest = word
    for part in parts:
        n = 0
        while n < len(rest) and n < len(part) and rest[n] == part[n]:
            n += 1
        if n < 2:
            return False
        rest = rest[n:]
    return len(rest) <= 2


#: A context rule: reads the facts of the inside and the words around it (``c``), answers


def same_name(before: list[str], inside: list[str]) -> bool:
    """Whether ``inside`` is the name ``before`` spelt another way: the same romanisation key
    (:func:`lacuna.normalize.same_name`: Wade–Giles/pinyin, McCune–Reischauer/RR, Russian
    schemes), else similar letters (rapidfuzz)."""
    if _same_romanised(" ".join(before), " ".join(inside), score_cutoff=_SIMILAR):
        return True
    if fuzz.ratio(_letters(before), _letters(inside), score_cutoff=_SIMILAR) >= _SIMILAR:
        return True
    return _same_consonants(before, inside)


#: The fewest consonants of a name compared by its consonants alone.
_FEWEST_CONSONANTS = 4


def _same_consonants(before: list[str], inside: list[str]) -> bool:
    """Whether one name's words are the other's with other vowels, the same consonants in the
    same order, four at least (:func:`lacuna.normalize.romanization.consonant_key`; Fordham's
    Ibn Battuta: ``the city of Tilimsan [Tlemsen]``): the vowels a romanisation of Arabic or
    Persian supplies differ from scheme to scheme."""
    a = consonant_key(" ".join(before))
    return len(a) >= _FEWEST_CONSONANTS and a == consonant_key(" ".join(inside))
