"""What the context rules read of a word and of a cue-less inside (facts computed once per
distinct word or inside and cached in the conventions table), and the names the rules share."""

from __future__ import annotations

import dataclasses
import operator
import re
from functools import lru_cache
from typing import NamedTuple

import regex
from rapidfuzz import fuzz

from lacuna.ast import SpanInfo
from lacuna.conventions import Conventions, fold, on_clear_caches
from lacuna.normalize.romanization import consonant_key, without_marks
from lacuna.normalize.romanization import same_name as _same_romanised

__all__ = ["INITIALLED_NAME", "same_name"]

_WINDOW = 160
# a word before the bracket: letters, digits, apostrophes, dots and hyphens
_PREV_WORDS_BACK = regex.compile(r"(?r)[^\s\[\]]{1,60}")
_NEXT_WORDS = regex.compile(r"[^\s\[\]]{1,60}")
_LOOKBACK = 12
_LINE_BREAK = regex.compile(r"[\r\n]")
# the nearest word, if it ends at most two characters (spaces or brackets) before the span on
# its line; matched backwards from the span (``(?r)``), so anchored there
_NEAR_WORD = regex.compile(r"(?r)([^\s\[\]]{1,60})(?:[^\S\r\n]|[\[\]]){0,2}")

#: White space as ``regex`` reads ``\s`` (Unicode's White_Space; ``re``'s ``\s`` holds
#: U+001C..U+001F too) but the line breaks: with the brackets, what separates words on a line.
_LINE_SPACE = "\t\x0b\x0c \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SEPARATOR = f"[{_LINE_SPACE}\\[\\]]"
_WORD_CHARS = f"[^{_LINE_SPACE}\\r\\n\\[\\]]{{1,60}}"
# What the ``(?r)`` patterns read backwards from a place, read forwards by ``re`` on the text
# before it reversed (a call of ``re`` costs a third of one of ``regex``; the classes are
# spelt out as ``regex`` reads them): the nearest word (:data:`_NEAR_WORD`), the word before
# a word on its line (:data:`_PREV_WORDS_BACK` from there back to the line's start), and,
# forwards, the word after a place on its line (:data:`_NEXT_WORDS` up to the line's end).
_NEAR_REVERSED = re.compile(f"{_SEPARATOR}{{0,2}}({_WORD_CHARS})")
_ON_LINE_REVERSED = re.compile(f"{_SEPARATOR}*+({_WORD_CHARS})")
_ON_LINE = _ON_LINE_REVERSED
#: The most characters :data:`_NEAR_WORD` reads: two separators and a word.
_NEAR_READS = 62


def near_word(text: str, start: int, back: str | None = None) -> tuple[str, int] | None:
    """The nearest word before ``start`` and its offset, as ``_NEAR_WORD.match(text, max(0,
    start - _WINDOW), start)`` finds it (its group 1), or None. ``back``, if given, is the
    text before ``start`` reversed, at least :data:`_NEAR_READS` characters of it where the
    text has them (a caller that reads further back on it hands it on)."""
    if back is None:
        lo = start - _NEAR_READS
        back = text[lo if lo > 0 else 0 : start][::-1]
    m = _NEAR_REVERSED.match(back)
    if m is None:
        return None
    return m.group(1)[::-1], start - m.end(1)


_ACRONYM = regex.compile(r"(?:[A-Z]\.?){2,8}(?:-[A-Z]{1,6})?|[A-Z]{1,4}(?: [A-Z]{1,6}){1,2}")
_DOTTED = regex.compile(r"(?:\p{Lu}\.){2,8}")
# "PPSh", "GKEhS": capitals with a lower-case letter standing for one Cyrillic letter
_MIXED_ACRONYM = regex.compile(r"\p{Lu}{2,6}\p{Ll}\p{Lu}{0,4}|\p{Lu}{1,4}\p{Ll}\p{Lu}{1,4}")
# initials: "N.V.", "I. I." complete a name, they abbreviate nothing before them
_INITIALS = regex.compile(r"(?:\p{Lu}\.\s?){1,3}")
# Venona's transliterated Russian in capitals: "ZEMLYaK", "OFORMLENIE", "ZEMLYaChESTVO", the
# soft sign an apostrophe ("FIZKUL'TURNITsA", "IL'IchEV")
_TRANSLIT_CAPS = regex.compile(
    r"\p{Lu}(?:\p{Lu}|(?<=\p{Lu})[a-z](?=\p{Lu}|\Z)|(?<=\p{Lu})['’](?=\p{Lu})){3,30}"
)
# letters of scripts other than Latin (Han, Cyrillic, Hangul, kana, Greek, Arabic, Hebrew) and
# pinyin's tone marks: the original-language text itself
_OTHER_SCRIPT = regex.compile(
    r"[\p{Han}\p{Cyrillic}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Greek}\p{Arabic}\p{Hebrew}"
    r"āēīōūǎěǐǒǔǖǘǚǜĀĒĪŌŪǍĚǏǑǓ]"
)
#: A Latin letter outside ASCII: a letter with a diacritic ("ệ", "đ").
_MARKED = regex.compile(r"(?=\p{Latin})[^\x00-\x7F]")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’.-]{0,30}")
#: A person's name with one or two middle initials (``George F. Kennan``), whole: a signature
#: or a name, which no button, label or note is (read by the apparatus and context cues).
INITIALLED_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:\s\p{Lu}\.){1,2}\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}'’-]{0,40}")
_NUMBER = regex.compile(r"\d{1,4}(?:[:.]\d{1,2})?")
# the figure that ends a word: "10", "1953—10", "8:30", a date's year after a slash "28/57" (two
# digits at least: "1/2" is a fraction)
_TAIL_NUMBER = regex.compile(r"(?:^|[—–-]|(?<=\d/)(?=\d\d))(\d{1,4}(?:[:.]\d{1,2})?)\Z")
_SENTENCE_END = '.!?”"’):'
#: A word that ends a sentence: its stop, then any closing quotes, guillemet, parenthesis or bracket
#: (``"done."``, ``dit.»``, ``(see above.)``, ``[sic.]``).
SENTENCE_STOP = regex.compile(r"[.!?][\"'”’»)\]]*\Z")
_BOUNDARY = '.!?:;,"“”(«—–'
_SIMILAR = 70.0
_OPEN_QUOTES = "\"'“‘«„"
_CLOSE_QUOTES = ('"', "'", "”", "’", "»")
_QUOTES = "\"'“”‘’«»„"
_STRIP = "\"'“”‘’«»()[].,;:!?"
# a quotation mark other than an apostrophe inside a word (what keeps a quoted inside whole)
_QUOTED = regex.compile(r"[\"“”«»„]|(?<!\p{L})['‘’]|['‘’](?!\p{L})")
#: The longest word of a name read as syllables (``Kim [Il Sung]``, ``Ho [Chi Minh]``).
_SYLLABLE = 5
_TRAILING = "\"'“”’»),;:"
#: Past these sizes the caches are emptied (bounded memory on endless distinct input).
_WORDS_LIMIT = 20_000
_INSIDES_LIMIT = 20_000
_PLANS_LIMIT = 20_000

#: A decision of rules 4 to 10: (category, because, k), the glossed words running from the
#: ``k``-th word back to the nearest (k is None: no glossed words); None: no rule applies.
_Decision = tuple[str, str, int | None] | None


#: The variants made by :func:`_variant`: per identity of a reading, the reading and its
#: variants by ``because`` (by category and ``because`` for one whose category differs from
#: that of the variant first made with its ``because``).
_VARIANTS: dict[int, tuple[SpanInfo, dict[object, SpanInfo]]] = {}
#: Variants kept in all (about 9,000 for 10 MB at five times the real density: a smaller bound
#: would make new objects for readings the tree already holds).
_VARIANTS_LIMIT = 20_000
_variants_kept = 0


@on_clear_caches
def _clear_variants() -> None:
    global _variants_kept
    _VARIANTS.clear()
    _variants_kept = 0


def _variant(info: SpanInfo, category: str, because: str) -> SpanInfo:
    """``info`` with another category and rule (one object per triple, while cached).

    Keyed by the identity of ``info``: hashing a SpanInfo hashes its twelve fields, and the
    readings passed here are the few shared ones of :mod:`lacuna.classify`. The entry holds
    ``info``, so its id cannot be reused while the entry lives; its variants are looked up by
    ``because`` (a variant kept costs a slot of that dict, not a key tuple).
    """
    global _variants_kept
    entry = _VARIANTS.get(id(info))
    if entry is not None:
        variant = entry[1].get(because)
        if variant is not None:
            if variant.category is category or variant.category == category:
                return variant
            variant = entry[1].get((category, because))
            if variant is not None:
                return variant
    variant = _reread(info, category, because)
    if _variants_kept >= _VARIANTS_LIMIT:
        _VARIANTS.clear()
        _variants_kept = 0
        entry = None
    if entry is None:
        entry = _VARIANTS[id(info)] = (info, {})
    variants = entry[1]
    first = variants.setdefault(because, variant)
    if first is not variant:
        variants[(category, because)] = variant
    _variants_kept += 1
    return variant


#: The fields of a reading after its category and ``because``, in order.
_OTHER_FIELDS = operator.attrgetter(*(f.name for f in dataclasses.fields(SpanInfo)[2:]))
assert [f.name for f in dataclasses.fields(SpanInfo)[:2]] == ["category", "because"]


def _reread(info: SpanInfo, category: str, because: str) -> SpanInfo:
    """``info`` with another category and ``because`` (``dataclasses.replace``, faster)."""
    return SpanInfo(category, because, *_OTHER_FIELDS(info))


@lru_cache(maxsize=16)
def _title_ends(titles: frozenset[str]) -> frozenset[str]:
    """The last words of the titles of more than one word."""
    return frozenset(t.rpartition(" ")[2] for t in titles if " " in t)


class _Word:
    """What the rules ask of one word (before a bracket or inside one), cached per table.

    ``folded`` and the set memberships but ``exact_*`` are of the word without the quotes
    and brackets around it.
    """

    __slots__ = (
        "acronym",
        "after_boundary",
        "bare_english",
        "digit_initial",
        "english",
        "exact_function",
        "exact_title",
        "folded",
        "foreign_shape",
        "function",
        "kind",
        "learned_after",
        "learned_before",
        "learned_ending",
        "learned_key",
        "learned_second",
        "letters",
        "lower_initial",
        "lower_word",
        "may_end_title",
        "name_word",
        "particle_name",
        "possessive",
        "quote_close",
        "quote_open",
        "refers",
        "role",
        "title",
        "title_english",
        "upper",
    )

    def __init__(self, word: str, conv: Conventions) -> None:
        exact = fold(word)
        titles = conv.titles
        # a title joined to another word by a hyphen is a title ("Secretary-General")
        self.exact_title = exact in titles or ("-" in exact and any(p in titles for p in exact.split("-")))
        self.exact_function = exact in conv.function_words
        # whether this word and the one before it can make a title ("the former")
        self.may_end_title = exact in _title_ends(titles) or "" in titles
        self.after_boundary = (
            word[-1:] != ""
            and word[-1] in _BOUNDARY
            and not (word.endswith(".") and (self.exact_title or _DOTTED.fullmatch(word) is not None))
        )
        folded = exact.strip("\"'“”()«»")
        self.folded = folded
        # a title's possessive is the title ("the Chairman’s [Mao Zedong's] instructions")
        bare_title = folded[:-2] if folded.endswith("'s") else folded
        self.title = bare_title in titles or ("-" in folded and any(p in titles for p in folded.split("-")))
        self.refers = self.title or folded in conv.pronouns
        self.function = folded in conv.function_words
        self.possessive = folded.endswith(("'s", "’s"))
        self.name_word = _name_word(word.strip(_QUOTES))
        # a name's particle, alone or joined to the name ("al", "al-Shāwī", "van")
        head, dash, rest = folded.partition("-")
        self.particle_name = head in conv.name_particles and (not dash or rest[:1].isalpha())
        bare = word.strip("\"'“”(«")
        self.upper = bare.isupper() and bare.isalpha()
        bare_word = word.strip(_STRIP)
        self.acronym = (
            _acronym(word.lstrip(_OPEN_QUOTES).rstrip("."))  # (“CA [covert action])
            or _mixed_acronym(bare_word)
        ) and _INITIALS.fullmatch(bare_word + ".") is None
        self.digit_initial = word[0].isdigit()
        self.lower_initial = word[0].islower()
        self.lower_word = _lower_word(word)
        self.english = self.lower_word and (conv.is_english(word) or _english_loan(word, conv))
        # (an apostrophe before figures elides a century, "the '40s": no quotation opens)
        self.quote_open = word[0] in _OPEN_QUOTES and not (word[0] in "'‘" and word[1:2].isdigit())
        self.quote_close = len(word) > 1 and word.rstrip(".,;:!?")[-1:] in _CLOSE_QUOTES
        # English once the quotes are off (only quoted words need the lexicon again)
        if folded == exact:
            self.bare_english = self.english
        else:
            self.bare_english = _lower_word(folded) and conv.is_english(folded)
        self.role = folded in conv.role_modifiers
        self.foreign_shape = _foreign_shape(word.strip(_QUOTES), conv)
        self.kind = _kind_of(folded, conv) if not self.function and not self.title else None
        # what the learned rule reads of the word, filled on first use (lacuna.classify.learned)
        self.learned_before: tuple[str, ...] | None = None
        self.learned_second: tuple[str, ...] | None = None
        self.learned_after: tuple[str, ...] | None = None
        self.learned_key: tuple[tuple[str, ...], int] | None = None
        self.learned_ending: tuple[str, bool, str | None] | None = None
        self.letters: str | None = None
        # of the word stripped: -1 shorter than three letters, 1 English, 0 not (_english_words)
        self.title_english: int | None = None


# (a word of ASCII characters is tested by its first letters before the pattern: in ASCII,
# ``\p{Lu}`` is A-Z and ``\p{Ll}`` a-z; other words go to the pattern)
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
#: What may follow the first capital of an acronym (:data:`_ACRONYM`).
_ACRONYM_SECOND = _ASCII_UPPER | {".", " "}


def _acronym(text: str) -> bool:
    """Whether ``text`` is an acronym in capitals (:data:`_ACRONYM`, whole)."""
    return text[:1] in _ASCII_UPPER and text[1:2] in _ACRONYM_SECOND and _ACRONYM.fullmatch(text) is not None


def _mixed_acronym(text: str) -> bool:
    """Whether ``text`` is capitals with a lower-case letter (:data:`_MIXED_ACRONYM`, whole)."""
    if text.isascii() and not (
        text[:1] in _ASCII_UPPER and (text[1:2] in _ASCII_UPPER or text[2:3] in _ASCII_UPPER)
    ):
        return False
    return _MIXED_ACRONYM.fullmatch(text) is not None


def _translit_caps(text: str) -> bool:
    """Whether ``text`` is transliterated Russian in capitals (:data:`_TRANSLIT_CAPS`, whole):
    a capital, then a capital in the second or third place."""
    if text.isascii() and not (
        text[:1] in _ASCII_UPPER and (text[1:2] in _ASCII_UPPER or text[2:3] in _ASCII_UPPER)
    ):
        return False
    return _TRANSLIT_CAPS.fullmatch(text) is not None


def _name_word(text: str) -> bool:
    """Whether ``text`` is a capitalised word (:data:`_NAME_WORD`, whole)."""
    if text.isascii() and text[:1] not in _ASCII_UPPER:
        return False
    return _NAME_WORD.fullmatch(text) is not None


def _lower_word(text: str) -> bool:
    """Whether ``text`` is a lower-case word (:data:`_LOWER_WORD`, whole)."""
    if text.isascii() and text[:1] not in _ASCII_LOWER:
        return False
    return _LOWER_WORD.fullmatch(text) is not None


def _kind_of(folded: str, conv: Conventions) -> str | None:
    """A word's kind told by its ending (``[gloss.kinds]``): ``noun``, ``nouns`` (plural) or
    ``adjective``; None for a short word, one with other characters, or another ending."""
    fewest, pairs = conv.word_kinds
    if len(folded) < fewest or not folded.isalpha():
        return None
    plural = folded.endswith("s") and not folded.endswith(("ss", "ous", "is", "us"))
    for ending, kind in pairs:
        if kind == "noun" and plural and folded[:-1].endswith(ending):
            return "nouns"
        if folded.endswith(ending):
            return kind
    return None


#: The fewest letters of a word with accents read as an English loan word once they are off
#: (``attaché``, ``communiqué``, ``régime``); shorter ones are too often other languages' words.
_LOAN_LETTERS = 6


def _english_loan(word: str, conv: Conventions) -> bool:
    """Whether a lower-case word is English written another way: with accents that are off in
    the lexicon (``attaché``), or a compound of English words (``self-imposed``)."""
    if "-" in word.strip("-"):
        parts = word.strip("-").split("-")
        return all(len(p) >= 2 and conv.is_english(p) for p in parts)
    if word.isascii() or len(word) < _LOAN_LETTERS:
        return False
    bare = without_marks(word)
    return bare != word and bare.isascii() and conv.is_english(bare)


def _foreign_shape(bare: str, conv: Conventions) -> bool:
    """Whether a word (its quotes off) is a lower-case word of the original language by its
    letters: no English word nor a loan (:func:`_english_loan`), of at least ``shape_letters``
    letters, with a letter trigram English words seldom hold (``[gloss.shape]``: ``nachal'stvo``,
    ``zhilaohu``, ``sblizhenie``; not ``cargas``, whose letters English words share)."""
    if len(bare) < conv.english_shape[1] or not _lower_word(bare) or bare.endswith("-"):
        return False
    if conv.is_english(bare) or _english_loan(bare, conv):
        return False
    return not conv.english_shaped(fold(bare))


def _english_rendering(words: list[str], conv: Conventions) -> bool:
    """Whether ``words`` read as an English rendering (rule ``translation_after_foreign``): one
    to ``rendering_words`` words, the first lower-case, no figure; every word of three letters
    or more English (the lexicon) or of an English word's shape (``[gloss.shape]``:
    ``localism``, ``motherland``), at least one of them in the lexicon."""
    if not 1 <= len(words) <= conv.english_shape[2] or not words[0][:1].islower():
        return False
    found = False
    for w in words:
        bare = w.strip(_STRIP)
        if len(bare) < _RENDERING_LETTERS and bare.isalpha():
            continue  # ("a", "of", "to" are of any language)
        if _RENDERING_WORD.fullmatch(bare) is None:
            return False
        folded = fold(bare)
        if conv.is_english(folded) or _english_loan(folded, conv):
            found = True
        elif any(not conv.english_shaped(p) for p in folded.split("-") if p):
            return False
    return found


#: Words shorter than this are not judged in a rendering.
_RENDERING_LETTERS = 3
#: A word of an English rendering: letters, an apostrophe or a hyphen inside.
_RENDERING_WORD = regex.compile(r"\p{L}[\p{L}'’-]{0,40}")


def _word_facts(word: str, conv: Conventions) -> _Word:
    """The facts of a non-empty word (cached in ``conv``)."""
    cache = conv._word_facts
    facts = cache.get(word)
    if facts is None:
        facts = _Word(word, conv)
        if len(cache) >= _WORDS_LIMIT:
            cache.clear()
        cache[word] = facts
    return facts


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
        cue = "translator's tail cue (--trans.)"
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
    )


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


def _title_english(w: str, f: _Word, conv: Conventions) -> int:
    """Of a word stripped, case ignored: -1 shorter than three characters, 1 English, 0 not
    (figures are not English; kept with the word's facts)."""
    kind = f.title_english
    if kind is None:
        bare = w.strip(_STRIP)
        english = bare.isalpha() and conv.is_english(bare.lower())
        kind = f.title_english = -1 if len(bare) < 3 else int(english)
    return kind


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


def _english_words(words: list[str], facts: list[_Word], conv: Conventions) -> bool:
    """Whether every word of three letters or more is English (case ignored; each word's
    answer kept with its facts)."""
    found = False
    for w, f in zip(words, facts, strict=True):
        kind = _title_english(w, f, conv)
        if kind == 0:
            return False
        found = found or kind == 1
    return found


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


#: A participle is at least this long (``being``, ``thing`` are not stage directions).
_PARTICIPLE = 6
_Stage = tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]
_STAGE: dict[int, tuple[Conventions, _Stage]] = {}


def _stage(conv: Conventions) -> _Stage:
    """``[notes.stage]``: its words, participle suffixes, manner words and the words with a
    participle's ending that are none, the abbreviations whose stop ends no sentence (folded)."""
    hit = _STAGE.get(id(conv))
    if hit is not None and hit[0] is conv:
        return hit[1]
    section = (conv.data.get("notes") or {}).get("stage") or {}
    stage = (
        frozenset(fold(str(w)) for w in section.get("words") or ()),
        tuple(fold(str(s)) for s in section.get("suffixes") or ()),
        frozenset(fold(str(w)) for w in section.get("manner") or ()),
        frozenset(fold(str(w)) for w in section.get("not_participles") or ()),
        frozenset(fold(str(w)) for w in section.get("not_sentence_ends") or ()),
    )
    if len(_STAGE) > 64:
        _STAGE.clear()
    _STAGE[id(conv)] = (conv, stage)
    return stage


def _participle(folded: str, conv: Conventions) -> bool:
    """Whether a folded word (stripped) has a participle's shape: six letters or more, a
    ``[notes.stage] suffixes`` ending, no function word nor one of its ``not_participles``
    (``having``; ``regarding``, ``meeting``). The one test of ``stage_direction``,
    ``participle_note`` and the learned rule's gerund feature."""
    _, suffixes, _, others, _ = _stage(conv)
    return (
        bool(suffixes)
        and len(folded) >= _PARTICIPLE
        and folded.endswith(suffixes)
        and folded not in conv.function_words
        and folded not in others
    )
