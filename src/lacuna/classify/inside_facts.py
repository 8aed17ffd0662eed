"""What the context rules read of a cue-less inside: its facts (:class:`_Inside`), computed once per
distinct inside and cached in the conventions table (see :mod:`lacuna.classify.words` for a word's)."""

from __future__ import annotations

from typing import NamedTuple

import regex

from lacuna.classify.words import (
    _CLOSE_QUOTES,
    _INITIALS,
    _MARKED,
    _OPEN_QUOTES,
    _OTHER_SCRIPT,
    _QUOTED,
    _STRIP,
    _SYLLABLE,
    _acronym,
    _english_rendering,
    _english_words,
    _foreign_shape,
    _title_english,
    _translit_caps,
    _Word,
    _word_facts,
)
from lacuna.conventions import Conventions, fold

__all__: list[str] = []


class _Inside(NamedTuple):
    """What the rules ask of a cue-less inside (stripped), read once per distinct inside.

    ``few_words`` counts the words up to 3 (the rules only compare it with 1, 2 and 3), so most
    insides have equal facts; equal facts are one object (see :func:`_inside_facts`).
    """

    cue: str | None  # rule 1: the cue that makes it a gloss
    names: tuple[str, ...] | None  # rule 2: the pseudonyms of the person it names
    acronym: bool
    name_inside: bool  # one to four capitalised words, not an acronym
    pseudonym: str | None  # rule 5b: whom the name stands for
    describes: bool  # rule 5c: two words or more, one of them a title
    few_words: int
    first_function: bool  # rule 7: its first word is a function word
    foreign_after_english: bool  # rule 10: mostly original-language words
    english_after_foreign: bool  # rule 10: English words only, at most three
    lower_phrase: bool  # one to four lower-case words
    determiner_phrase: bool  # two words or more, the first a determiner
    syllables: bool  # every word short, as the syllables of an East Asian given name
    capitalised: bool  # two words or more, one capitalised (restating a name)
    data_hits: frozenset[str]  # the data rules whose inside pattern it matches
    query: bool  # a lone question mark
    translit: bool  # one word of transliterated Russian in capitals (ZEMLYaK)
    other_script: bool  # letters of another script, or pinyin with tone marks
    english_title: bool  # three words or more, capitalised, English (a title translated)
    conjunction: bool  # starts with "and", "or", "but": continues the sentence
    listing: bool  # capitalised names joined by "and": "China and the Soviet Union"
    pronoun: bool  # a pronoun ("I")
    date: bool  # a date or a year ("23 December", "1967", "May 1950")
    english_phrase: bool  # two to ten words, lower-case first; its lower-case words English
    name_start: bool  # starts with a capital letter
    possessive_name: bool  # ends with a possessive ("Khrushchev's")
    foreign_title: bool  # three words or more, capitalised, mostly not English ("Quan Doi Nhan Dan")
    kind: str | None  # one word: its kind told by its ending (noun, nouns, adjective), else None
    particle_name: bool  # two to four words, names and a name's particles ("Nicola al Shawi")
    # three words or more, capitalised, English but for names ("A Hot Summer in Romanian-Soviet
    # Relations", "Mao Zedong works on military affairs"): a title in English
    titled_english: bool
    marked: bool = False  # a Latin letter with a diacritic ("Đệ", "Lê Duẩn")
    continuing: bool = False  # its first word goes on with the sentence ("to", "together")
    capitals: bool = False  # one to four words, every letter a capital ("WIND", "LATITUDE BY OBSERVATION")
    rendering: bool = False  # English words, lower-case first ("the bosses, those in authority")
    foreign_word: bool = False  # one lower-case word of no English shape ("strelkovoi")
    # two words or more, the last (as written, lower-case) an article, a possessive that is no
    # pronoun or a preposition ("answering your", "Delivered at"; not "Tab A")
    open_end: bool = False
    # a word transcribers use to describe the document or the recording (``[notes.words]``):
    # the inside folded and, for a word of another language, the English words that translate
    # it (None: an English word read only standing apart); None when it is none
    description: tuple[str, frozenset[str] | None] | None = None


#: The most words a term defined by a definition mark may have (``[gloss] definition_marks``).
_TERM_WORDS = 3


def _defines_term(inside: str, marks: tuple[str, ...]) -> bool:
    """Whether a folded inside is a term of one to three words, a definition mark and words
    saying what it means (``ozú = section for special assignments``)."""
    for mark in marks:
        term, sep, meaning = inside.partition(mark)
        if (
            sep
            and 1 <= len(term.split()) <= _TERM_WORDS
            and any(ch.isalpha() for ch in term)
            and any(ch.isalpha() for ch in meaning)
        ):
            return True
    return False


def _facts_of(raw: str, conv: Conventions, data_hits: frozenset[str]) -> _Inside:
    """The facts of a stripped inside; ``data_hits`` names the data rules its pattern matches.
    An inside quoted whole is read without its quotes (``“harder line” [“linha mais dura”]``)."""
    stripped = raw  # (as written, stripped: what the description vocabulary reads)
    if (
        len(raw) > 2
        and raw[0] in _OPEN_QUOTES
        and raw[-1] in _CLOSE_QUOTES
        and not _QUOTED.search(raw, 1, len(raw) - 1)
    ):
        raw = raw[1:-1].strip() or raw
    if raw[-1:] == "," and raw.count(",") == 1:
        raw = raw[:-1].rstrip() or raw  # "”Betrieben” [workshops,] sadist": the sentence's comma
    inside = fold(raw)
    cue = None
    if inside.startswith(conv.gloss_lead_cues) and not (
        inside.startswith(conv.allusion_cues) and conv.reason_ends(inside)
    ):  # ("[reference to Stalin deleted]": the editor's word on what was done)
        cue = "restating cue at the start (i.e.)"
    elif inside.endswith(conv.gloss_tail_cues):
        # whose signature it is: the translator's gloss translates (TEI <term>/<gloss>, the
        # row of lacuna.editorial.GLOSS_RELATIONS), the editor's identifies (<choice>)
        cue = "editor's tail cue (--ed.)" if inside.endswith("ed.") else "translator's tail cue (--trans.)"
    elif _defines_term(inside, conv.gloss_definition_marks):
        cue = "a term defined (TERM = meaning)"
    words = raw.split()
    n = len(words)
    known = conv._word_facts.get
    facts = [known(w) or _word_facts(w, conv) for w in words]
    names = lowers = short = particled = True
    title = capital = particle = False
    for w, f in zip(words, facts, strict=True):
        names = names and f.name_word
        particled = particled and (f.name_word or f.particle_name)
        particle = particle or f.particle_name
        lowers = lowers and f.lower_word
        title = title or f.exact_title
        capital = capital or f.name_word or w[0].isupper()
        short = short and len(w) <= _SYLLABLE + 2 and len(w.strip(_STRIP)) <= _SYLLABLE
    # (each pattern is tried only when the first letter can start a match)
    acronym = _acronym(raw) and _INITIALS.fullmatch(raw.rstrip(".") + ".") is None
    name_inside = not acronym and 1 <= n <= 4 and names
    foreign_after_english = english_after_foreign = False
    if 1 <= n <= 6 and lowers:
        # judge the phrase by its words of three letters or more ("k", "v", "i" are both)
        # (else by its words of two letters, "de pé"; single letters, "b c", are of no language)
        content = [f for w, f in zip(words, facts, strict=True) if len(w) >= 3] or [
            f for w, f in zip(words, facts, strict=True) if len(w) >= 2 or n == 1
        ]
        foreign = sum(1 for f in content if not f.english)
        foreign_after_english = bool(content) and foreign * 3 >= len(content) * 2
        english_after_foreign = bool(content) and foreign == 0 and n <= 3 and not facts[0].exact_function
    return _Inside(
        cue,
        conv.pseudonyms_by_target.get(inside) or None,
        acronym,
        name_inside,
        conv.pseudonyms.get(inside) if name_inside else None,
        n >= 2 and title,
        min(n, 3),
        n >= 1 and facts[0].exact_function,
        foreign_after_english,
        english_after_foreign,
        1 <= n <= 4 and lowers,
        n >= 2 and facts[0].folded in conv.determiners,
        n >= 1 and short,
        n >= 2 and capital,
        data_hits,
        raw == "?",
        n == 1 and not acronym and not lowers and _translit_caps(raw),
        not raw.isascii() and _OTHER_SCRIPT.search(raw) is not None,
        n >= 3 and words[0][:1].isupper() and _english_words(words, facts, conv),
        n >= 1 and fold(words[0]) in _CONJUNCTIONS,
        n >= 3 and words[0][:1].isupper() and "and" in words,
        n == 1 and fold(raw) in conv.pronouns,
        (raw[:1].isdecimal() or raw[:3].casefold()[:3] in _MONTH_HEADS) and _DATE.fullmatch(raw) is not None,
        2 <= n <= 10 and words[0][:1].islower() and _lower_english(words, facts),
        raw[:1].isupper(),
        raw.endswith(("'s", "’s")),
        n >= 3 and words[0][:1].isupper() and not acronym and _foreign_words(words, facts, conv),
        facts[0].kind if n == 1 else None,
        2 <= n <= 4 and particled and particle and raw[:1].isupper(),
        n >= 3 and words[0][:1].isupper() and not acronym and _titled_english(words, facts, conv),
        not raw.isascii() and _MARKED.search(raw) is not None,
        n >= 1 and facts[0].folded in conv.continuing_words,
        1 <= n <= 4 and raw.isupper(),
        _english_rendering(words, conv),
        n == 1 and _foreign_shape(raw, conv),
        n >= 2 and words[-1] in _OPENING_ONLY | _OPEN_PREPOSITIONS,
        _description(stripped, conv) if n <= _DESCRIPTION_WORDS else None,
    )


#: The most words of a description that opens with an other-language word and goes on
#: (``[Unterschrift Bethmann Hollweg]``).
_DESCRIPTION_WORDS = 5


def _description_vocabulary(conv: Conventions) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
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


def _description(raw: str, conv: Conventions) -> tuple[str, frozenset[str] | None] | None:
    """The description fact of a stripped inside (:attr:`_Inside.description`): a word of
    ``[notes.words]`` alone (its stops and colons aside), or an other-language one followed by
    a name or words of no English (``[Unterschrift Bethmann Hollweg]``, ``[pieczęć okrągła]``:
    whose signature, what seal), no gap's reason at the end (``[podpis nieczytelny]``, an
    illegible signature, is left to the other rules)."""
    foreign, apart = _description_vocabulary(conv)
    if not foreign and not apart:
        return None
    inside = " ".join(fold(raw.strip(" .:")).split())
    meanings = foreign.get(inside) if inside.count(" ") < _PHRASE_WORDS else None
    if meanings is not None:
        return inside, meanings
    words = raw.split()
    if 2 <= len(words) <= _DESCRIPTION_WORDS and not conv.reason_ends(inside):
        folded = inside.split()
        for size in (2, 1):
            meanings = foreign.get(" ".join(folded[:size]))
            if meanings is None or len(words) <= size:
                continue
            rest = [w.strip(_STRIP) for w in words[size:]]
            if all(w and (w[0].isupper() or not conv.is_english(fold(w))) for w in rest):
                return inside, meanings
            break
    return (inside, None) if inside in apart else None


#: The most words of a phrase of ``[notes.words.foreign]`` (``na marginesie``).
_PHRASE_WORDS = 3


#: The words that only open a noun phrase: the articles and the possessives that are no
#: pronoun too ("this", "that", "her", "his" may end a clause: ``[they said this] created``).
_OPENING_ONLY = frozenset({"a", "an", "the", "my", "your", "its", "our", "their"})


#: The prepositions a bracket's words may end on, lower-case, before the words they govern
#: (``Congratulatory Remarks [Delivered at] the Bolshoi Theatre``): an open end, like an
#: article's. Compared with the raw word: ``[Tab A] for`` ends on a label's letter.
_OPEN_PREPOSITIONS = frozenset({"at", "in", "on", "for", "with", "from", "by", "to", "of", "into", "upon"})


_MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:tember|t?\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)


#: The first three letters of the months (a date starts with a digit or one of them).
_MONTH_HEADS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))


#: A date or a year alone: "1967", "23 December", "December 23, 1967", "May 1950".
_DATE = regex.compile(
    rf"(?i)(?:1[6-9]\d\d|20\d\d)|\d{{1,2}}\s{_MONTH}(?:,?\s\d{{4}})?"
    rf"|{_MONTH}\s\d{{1,2}}(?:,\s?\d{{4}})?|{_MONTH}\s\d{{4}}"
)


_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})


def _lower_english(words: list[str], facts: list[_Word]) -> bool:
    """Whether the lower-case words of three letters or more are English, and there is one
    (read from the words' cached facts: no lexicon look-up of its own)."""
    found = False
    for w, f in zip(words, facts, strict=True):
        if f.lower_word and len(w) >= 3:
            if not f.english:
                return False
            found = True
    return found


#: The share of a title's words that are not English for it to be an original-language title.
_FOREIGN_SHARE = 2 / 3


def _foreign_words(words: list[str], facts: list[_Word], conv: Conventions) -> bool:
    """Whether at least two of the words of three letters or more are not English, and at least
    two thirds of them (``Quan Doi Nhan Dan Viet Nam: 55 Nam``)."""
    kinds = [
        k
        for w, f in zip(words, facts, strict=True)
        if (k := _title_english(w, f, conv)) >= 0 and w.strip(_STRIP).isalpha()
    ]
    foreign = kinds.count(0)
    return foreign >= 2 and foreign >= _FOREIGN_SHARE * len(kinds)


#: Split a word of a title into the parts the lexicon is asked about ("Romanian-Soviet").
_TITLE_PARTS = regex.compile(r"[-‐–/]")


def _titled_english(words: list[str], facts: list[_Word], conv: Conventions) -> bool:
    """Whether the words read as a title in English that may hold names: every lower-case word
    of three letters or more is English, and so are at least two words of three letters or more
    and at least half of them (capitalised words that are not English count as names: ``Mao
    Zedong works on military affairs``, ``A Hot Summer in Romanian-Soviet Relations``; ``Quan
    Doi Nhan Dan Viet Nam`` is not English). A citation's abbreviation (``[abbreviations]``:
    ``vol.``, ``no.``) is of no language: ``Witness from behind the scenes of Russian politics,
    vol. 1, Can one make good from evil?``."""
    english = counted = 0
    abbreviations = conv.abbreviations
    for w, f in zip(words, facts, strict=True):
        if w[-1:] in ".,;:" and fold(w.rstrip(",;:")) in abbreviations:
            continue
        bare = w.strip(_STRIP)
        if bare.endswith(("'s", "’s")):
            bare = bare[:-2]
        for part in _TITLE_PARTS.split(bare):
            if len(part) < 3 or not part.isalpha():
                continue
            known = conv.is_english(part.lower())
            if not known and (part[0].islower() or f.lower_word):
                return False  # an original-language word in lower case
            counted += 1
            english += known
    return english >= 2 and english * 2 >= counted
