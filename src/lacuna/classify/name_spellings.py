"""The context rules about one name written another way: the same name spelt or romanised
otherwise, written in full or with its diacritics restored, a compound name, initials expanded (see
:mod:`lacuna.classify.context`)."""

from __future__ import annotations

from lacuna.classify.name_compare import _compound_of, _is_name, same_name
from lacuna.classify.names import _before_name
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _INITIALS, _STRIP, _TRAILING, _Decision, _word_facts
from lacuna.conventions import Conventions, fold
from lacuna.normalize.romanization import reads_as_chinese, without_marks

__all__: list[str] = []


def _same_name(c: _NearestOnly) -> _Decision:
    """A name after the same name spelt another way (``Gao Gang [Kao Kang]``, ``Pak Seong-min
    [Pak Song Min]``): gloss (romanisation keys and rapidfuzz)."""
    f, wf = c.facts, c.wf
    if wf is None or not (f.name_inside or f.particle_name) or not (wf.name_word or wf.particle_name):
        return None
    words = c.inside().split()
    near = c.near or ""
    if len(words) == 1 and "-" in near.strip("-"):
        # a place in a hyphenated pair renamed ("the Pyongyang-Andong [Dandong] line")
        last = near.rstrip(_TRAILING).rpartition("-")[2]
        if last and _word_facts(last, c.conv).name_word and same_name([last], words):
            return "gloss", "the same name spelt another way", 0
    # the name before may have a word more or less ("Niqūlā al-Shāwī [Nicola al Shawi]")
    for n in dict.fromkeys((len(words), len(words) - 1, len(words) + 1)):
        if not 1 <= n <= _NAME_MOST:
            continue
        names_before = c.words(n)
        if len(names_before) == n and _is_name(names_before, c.conv) and same_name(names_before, words):
            return "gloss", "the same name spelt another way", n - 1
    if len(words) == 1 and wf.name_word and _in_full(fold(near.strip(_STRIP)), fold(words[0]), c.conv):
        return "gloss", f"the short name {near.strip(_STRIP)!r} written in full", 0
    return None


#: The fewest letters of a short name written in full in brackets (``Dima [Dimitrii]``).
_SHORT_NAME = 4


def _in_full(short: str, full: str, conv: Conventions) -> bool:
    """Whether the folded name ``full`` writes the folded name ``short`` in full: longer by two
    letters or more, both begin with the same letters but at most the short name's last one
    (``dima``, ``dimitrii``: a pet name and the given name), and ``full`` has no ending of a
    patronymic or a surname (``Ivan [Ivanovich]``, ``Ivan [Ivanov]``: a name completed) and
    is no run of Chinese syllables (``Chen [Chengwen]``: a given name after the surname)."""
    if len(short) < _SHORT_NAME or len(full) < len(short) + 2 or not (short.isalpha() and full.isalpha()):
        return False
    if not full.startswith(short[:-1]):  # (four letters or more: three shared at least)
        return False
    return not full.endswith(conv.patronymic_endings + conv.surname_endings) and not reads_as_chinese(full)


#: Letters that carry their mark in themselves (no combining mark to take off): their bare letter.
_BARE_LETTERS = str.maketrans(
    {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ħ": "h"}
)


#: The most words the diacritics of a name are restored for.
_RESTORED_MOST = 4


def _bare(text: str) -> str:
    """``text`` without its diacritics (``Đệ`` -> ``De``)."""
    return without_marks(text.translate(_BARE_LETTERS))


def _diacritics_restored(c: _NearestOnly) -> _Decision:
    """The words before with the diacritics their language writes (a Vietnamese oral history's
    ``Ngo Dinh De [Đệ]``, ``Le Duan [Lê Duẩn]``): the original spelling, a gloss. The same
    words without a mark more (``Hanoi [Hanoi]``) or other words (``De [Gaulle]``) are not one."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not f.marked or not wf.folded.isascii():
        return None
    inside = c.inside().strip()
    words = inside.split()
    if len(words) > _RESTORED_MOST:
        return None
    before = [w.strip(_TRAILING) for w in c.words(len(words))]
    if len(before) != len(words) or not " ".join(before).isascii():
        return None
    if _bare(inside).casefold() != " ".join(before).casefold():
        return None
    return "gloss", "the words before with their diacritics", len(words) - 1


#: The most words of a name (what ``same_name`` compares).
_NAME_MOST = 4


def _compound(c: _NearestOnly) -> _Decision:
    """The words a compound of word beginnings stands for (``Politburo [Political Bureau]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not f.name_inside or not wf.name_word or f.few_words < 2:
        return None
    if _compound_of(wf.folded, [fold(w) for w in c.inside().split()]):
        return "gloss", "expands the compound of word beginnings before it", 0
    return None


def _initials_expanded(c: _NearestOnly) -> _Decision:
    """A full name after the initials that abbreviate it (``"For – I. Stalin, V. M. [Viacheslav
    Molotov], Kaganovich"``, ``M.S. [Mikhail Sergeyevich Gorbachev]``): the name the initials
    stand for, gloss of the initials. Before a surname the given names complete it (``V. M.
    [Viacheslav Mikhailovich] Molotov``): not this rule's."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not f.name_inside or f.few_words < 2:
        return None
    near = c.near or ""
    if _INITIALS.fullmatch(near) is None:
        return None
    first, letters = 0, [ch for ch in near if ch.isupper()]
    while len(letters) < _INITIALS_MOST:
        previous = c.word(first + 1)
        if previous is None or _INITIALS.fullmatch(previous) is None:
            break
        first += 1
        letters[:0] = [ch for ch in previous if ch.isupper()]
    if len(letters) < 2:
        return None  # one initial ("K. [Kim]") says too little
    words = c.inside().split()
    initials = [fold(w.strip(_STRIP))[:1] for w in words]
    if len(words) < len(letters) or initials[: len(letters)] != [fold(ch) for ch in letters]:
        return None
    if _before_name(c):
        return None  # "V. M. [Viacheslav Mikhailovich] Molotov": the given names, supplied
    return "gloss", f"the name the initials {' '.join(c.words(first + 1))!r} stand for", first


#: The most initials of one name (``V. I. U.``).
_INITIALS_MOST = 4
