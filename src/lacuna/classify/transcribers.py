"""Transcribers' conventions of letters, diaries and logs: a labelled reading (``Apr.
[abbreviated: April]``, ``its [spelling error: it's]``, ``[illegible: jake]``), a name the
writer cut short to its initial and a dash (Anne Lister's diary: ``C – [Charles]``, ``L's
[Lister]``), a name after a word of kinship (``to mother [Ann Smith]``) and an editor's
standard spelling offered with a question mark (``greave [grieve?]``).

Each is a small rule of one chain: ``labelled_reading`` of the inside chain, ``cut_name`` and
``kin_named`` of the context chain, ``doubtful_spelling`` of the doubt chain; their word lists
are data (``[notes.readings]``, ``[gap.reasons]``, ``[gloss] kin_words``); docs/markup.md gives
the real examples.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex
from rapidfuzz import fuzz

from lacuna.ast import SpanInfo
from lacuna.classify.names import _before_name
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _TRAILING, _Decision, _variant, near_word
from lacuna.conventions import Conventions, fold

if TYPE_CHECKING:
    from lacuna.classify.context import Doubt
    from lacuna.classify.inside import Inside

__all__: list[str] = []

#: The most words of a labelled reading (``[illegible: jake]``, ``[abbreviated: April]``); more
#: is a note's sentence after its label.
_READING_WORDS = 3


def _labelled_reading(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[label: reading]`` whose label is a transcriber's word for a kind of reading
    (``[notes.readings]``; the Goulbourn Museum's crowd-sourced letters: ``Apr. [abbreviated:
    April]``, ``its [spelling error: it's]``, ``[illegible: jake]``): the label decides the
    category, the reading is the expansion (a gloss of the word before, read in context), the
    correction of a sic, or the conjecture of a gap (with the label's reason)."""
    shape = x.read_shape()
    if shape is None or shape.label is None:
        return None
    raw_label = shape.label.value.strip()
    key = fold(raw_label).rstrip(". ")
    category = conv.reading_labels.get(key)
    if category is None:
        return None
    reading = x.inside[shape.body_start :].strip()
    if not reading or len(reading.split()) > _READING_WORDS:
        return None
    because = f"labelled_reading: the transcriber's label {raw_label!r} on the reading {reading!r}"
    if category == "sic":
        return SpanInfo("sic", because=because, correction=reading)
    if category == "gap":
        reason = conv.reasons.get(key, key)
        return SpanInfo("gap", because=because, reason=reason, conjecture=reading, cert="low")
    return SpanInfo(category, because=because)


#: The reading :func:`_labelled_reading` makes a gloss of (its glossed words are the word before).
LABELLED_GLOSS = "labelled_reading: "


def _word_before(text: str, start: int) -> tuple[str, int, str] | None:
    """The word before the bracket at ``start`` on its line (:func:`near_word`), its offset and
    the text between it and the bracket; None when the bracket is glued to a word, opens its
    line or a line break stands between."""
    near = near_word(text, start)
    if near is None or text[start - 1].isalpha():
        return None
    word, first = near
    between = text[first + len(word) : start]
    if "\n" in between or "\r" in between:
        return None
    return word, first, between


def labelled_gloss_words(info: SpanInfo, text: str, start: int) -> tuple[SpanInfo, int | None, int | None]:
    """The glossed word of a labelled reading's gloss: the word before the bracket on its line
    (``Apr. [abbreviated: April]`` glosses ``Apr.``, ``rec'd [abbreviation: received]``
    ``rec'd``), less the quotes and closing punctuation after it; none when the bracket is
    glued to a word or opens its line."""
    before = _word_before(text, start)
    if before is None or "]" in before[0]:
        return info, None, None
    word, first, _ = before
    last = first + len(word)
    while last > first and text[last - 1] in _TRAILING:
        last -= 1
    while first < last and not text[first].isalnum():
        first += 1
    if first == last:
        return info, None, None
    return info, first, last


#: A name the writer cut short: its initial and a dash, or the initial's possessive (``C-``,
#: ``C–‘s``, ``L's``); a dash alone (``C – [Charles]``) has the initial a word before.
_CUT = regex.compile(r"(\p{Lu})(?:[-–—]|[-–—]?['’‘]s)")
_DASHES = frozenset({"-", "–", "—"})
_INITIAL = regex.compile(r"\p{Lu}")


def _cut_name(c: _NearestOnly) -> _Decision:
    """One capitalised name after the initial the writer cut it short to, with a dash or a
    possessive (the West Yorkshire Archive Service's transcription of Anne Lister's diary: ``C-
    [Charles] afraid of being thought mad``, ``opinion of C – [Charles]``, ``showed me C–‘s
    [Charles] incoherent note``, ``My aunt L's [Lister] scandal``), the name starting with that
    letter: the transcriber's expansion, a gloss of the initial. A full stop after the letter
    (``K. [Kim]``) is an initial of a name the bracket completes, not this rule's."""
    f = c.facts
    if c.wf is None or c.glued or not f.name_inside or f.few_words != 1:
        return None
    near = c.near or ""
    if near in _DASHES:
        initial, k = c.word(1), 1
        if initial is None or _INITIAL.fullmatch(initial) is None:
            return None
        letter = initial
    else:
        m = _CUT.fullmatch(near)
        if m is None:
            return None
        letter, k = m.group(1), 0
    if fold(c.inside())[:1] != fold(letter):
        return None
    return "gloss", f"the name the writer cut short to {letter!r}", k


#: How alike (rapidfuzz ratio) a writer's word and the standard spelling offered for it are at
#: least (``greave``/``grieve`` 83, ``to``/``too`` 80); ``could [should?]`` (73) doubts a word.
_SPELLING_SIMILAR = 75.0
#: (context._DOUBTED: context imports this module, so the mark is not imported from it)
_DOUBTED_WORD = "question_edge: reading ends"


def _doubtful_spelling(d: Doubt) -> tuple[SpanInfo, int | None, int | None] | None:
    """One lower-case word of the English lexicon with a question mark after a lower-case word
    it differs from by a letter or two (the Irish Emigration Database's letters: ``Mother will
    not greave [grieve?] to [too?] much``; the Franklin Papers: ``I was the reder [readier?]``):
    the editor's standard spelling of the writer's word, offered with a doubt, a gloss of it
    (as rule standard_spelling reads it without the doubt). A word unlike it (``could
    [should?]``) or a name (``Haywood [Kaywood?]``) stays a doubtful reading, and so does one
    after a word of the lexicon that is no function word, starting with another letter or a
    prefix apart (``loose [lose?]`` is a spelling): the writer spelt a word right, the bracket
    queries another word, the editors' doubted reading of a garbled telegram (FRUS 1943
    vol. III, d239: ``came from western [eastern?] Poland``; FRUS 1919 Russia, d262: ``enable
    future construction [obstruction?]``)."""
    info, text, start = d.info, d.text, d.start
    if not info.because.startswith(_DOUBTED_WORD):
        return None
    reading = info.conjecture or ""
    if not (reading.isalpha() and reading.islower()) or not d.conv.is_english(reading):
        return None
    before = _word_before(text, start)
    if before is None or "]" in before[2]:
        return None
    word, first, _ = before
    bare = word.rstrip(_TRAILING)
    if not (bare.isalpha() and bare.islower()) or bare == reading:
        return None
    if bare in d.conv.english and bare not in d.conv.function_words and _other_word(bare, reading):
        return None  # another word queried, not a spelling ("western [eastern?]")
    if fuzz.ratio(bare, reading, score_cutoff=_SPELLING_SIMILAR) < _SPELLING_SIMILAR:
        return None
    variant = _variant(info, "gloss", f"doubtful_spelling: the standard spelling of {bare!r}, doubted")
    return variant, first, first + len(bare)


def _other_word(word: str, reading: str) -> bool:
    """Whether a reading offered for a word of the lexicon reads another word: it starts with
    another letter (``western [eastern?]``, ``construction [obstruction?]``) or differs by a
    prefix (``able [unable?]``, ``declaim [disclaim?]``: one stem, :data:`_STEM_LETTERS` letters
    or more, at their ends); a word spelt for its like (``loose [lose?]``, ``sail [sale?]``)
    is a spelling."""
    if word[:1] != reading[:1] or word.endswith(reading) or reading.endswith(word):
        return True
    return word[-_STEM_LETTERS:] == reading[-_STEM_LETTERS:]


#: The fewest letters a word and another reading of it share at their ends to be a prefix apart.
_STEM_LETTERS = 4


def _kin_named(c: _NearestOnly) -> _Decision:
    """A person's name after a word of kinship (``[gloss] kin_words``; the Gilder Lehrman
    Collection's catalogue of a soldier's letters: ``to mother [Ann Smith]``, ``to father
    [Ebeniser Smith]``; a family's letters: ``your dearest son [Paul]``): whom the word speaks
    of, a gloss of it. Before a capitalised name the name completes a title (``Sister [Rosa
    Lee] Peterson``): read as usual."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or c.bracketed or not f.name_inside or f.possessive_name:
        return None
    if wf.folded not in c.conv.kin_words:
        return None
    if _before_name(c):
        return None
    return "gloss", f"names the relative {c.near!r}", 0


#: The most words between the owner and the word of kinship (``Emma’s older daughter``).
_KIN_BETWEEN = 2


def _kin_described(c: _NearestOnly) -> _Decision:
    """Whose relative the person named before it is, an owner (a possessive name or pronoun), up
    to two words and a word of kinship, the whole inside (``[gloss] kin_words``; a family blog's
    translated letters of 1939: ``send a wire to Lilly [Emma’s older daughter]``; ``Paul [his
    brother]``): gloss of the name, kin_named the other way round. Only after a capitalised
    name that does not open its sentence."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or c.bracketed or not wf.name_word or wf.possessive:
        return None
    # (the facts first: the words inside are read only for a phrase that may be one)
    if f.name_inside or f.few_words < 2 or not (f.capitalised or f.english_phrase or f.lower_phrase):
        return None
    words = fold(c.inside()).replace("’", "'").split()
    if not 2 <= len(words) <= _KIN_BETWEEN + 2:
        return None
    owner, kin = words[0], words[-1].strip(_TRAILING)
    if not (owner in c.conv.owner_words or (owner.endswith("'s") and c.inside()[:1].isupper())):
        return None
    if kin not in c.conv.kin_words and not (kin.endswith("s") and kin[:-1] in c.conv.kin_words):
        return None
    before = c.line_before().rstrip()
    ahead = before[: len(before) - len(c.near or "")].rstrip()
    if not ahead or ahead[-1] in ".!?:":
        return None  # "Lilly [her daughter] came.": a name opening its sentence may be supplied
    return "gloss", "says whose relative the person named before it is", 0
