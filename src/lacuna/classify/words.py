"""What the context rules read of a word (facts computed once per distinct word and cached in the
conventions table), and the names the rules share: the text's shapes, the reading's variants.
A cue-less inside's facts are :mod:`lacuna.classify.inside_facts`, the comparison of two names
:mod:`lacuna.classify.name_compare`."""

from __future__ import annotations

import dataclasses
import operator
import re
from functools import lru_cache

import regex

from lacuna.ast import SpanInfo
from lacuna.conventions import Conventions, fold, on_clear_caches
from lacuna.normalize.romanization import without_marks

__all__ = ["INITIALLED_NAME"]


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


def clause_bounds(text: str, start: int, end: int, look: int, stop: regex.Pattern[str]) -> tuple[int, int]:
    """The bounds of the run of ``text`` around ``text[start:end]`` between the nearest matches
    of ``stop`` before and after it, at most ``look`` characters each side."""
    lo = max(0, start - look)
    hi = min(len(text), end + look)
    for m in stop.finditer(text, lo, start):
        lo = m.end()
    after = stop.search(text, end, hi)
    return lo, hi if after is None else after.start()


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


def _title_english(w: str, f: _Word, conv: Conventions) -> int:
    """Of a word stripped, case ignored: -1 shorter than three characters, 1 English, 0 not
    (figures are not English; kept with the word's facts)."""
    kind = f.title_english
    if kind is None:
        bare = w.strip(_STRIP)
        english = bare.isalpha() and conv.is_english(bare.lower())
        kind = f.title_english = -1 if len(bare) < 3 else int(english)
    return kind


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
