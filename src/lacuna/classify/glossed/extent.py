"""What the glossed-extent rules read (:mod:`lacuna.classify.glossed`): the :class:`Extent` a
rule is handed, the facts read once per inside, the ``[gloss.extent]`` word lists, the word
predicates the rules share (a function word, a title, an acronym, a name's initials), the words
read back from the guess, and the names of the context rules whose glosses a rule reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from lacuna.conventions import Conventions, fold, on_clear_caches

#: How many characters before the guessed start the words are read from (bounded look back).
_LOOK = 320


#: A word before the glossed words: letters, digits and marks with their glued punctuation.
_WORD_BACK = regex.compile(r"(?r)[^\s\[\]]{1,60}")


#: A blank line: the glossed words never run across one.
_GLOSSED_WORD = regex.compile(r"[^\s\[\]]+")


_HEAD_END = regex.compile(r"[;,:]")


_QUOTE = regex.compile(r"[\"“„«‘”]")


_BOUNDARY_END = ".!?:;,)»”—–(«“"


_LEADING = "\"'“”‘’«»„(–—-"


_OPENING = '"“„«‘'


_EDGE = "\"'“”‘’«»„()[].,;:!?"


_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,7}|\p{Lu}{1,3}\p{Ll}\p{Lu}{1,4}")


#: An acronym's plural ("POWs", "FSOs"): its letters without the "s".
_PLURAL_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,7}s")


#: An initial of a name ("F." in "John F. Kennedy"): it ends no sentence.
_INITIAL = regex.compile(r"\p{Lu}\.")


#: Initials of a name, one or a few ("F.", "F.H."), read inside a run of name words.
_INITIALS_WORD = regex.compile(r"(?:\p{Lu}\.){1,3}")


_CAPITAL = regex.compile(r"\p{Lu}")


_LETTER = regex.compile(r"\p{L}")


@dataclass(slots=True)
class _Data:
    """The word lists of ``[gloss.extent]``, folded, and what was read of each inside so far."""

    max_words: int
    title_parts: frozenset[str]
    particles: frozenset[str]
    acronym_cutoff: float
    acronym_sure: float
    cognate_cutoff: float
    name_cutoff: float
    name_floor: float
    original_share: float
    insides: dict[str, _Inside]


@dataclass(frozen=True, slots=True)
class _Inside:
    """What the rules read of an inside (read once per inside)."""

    words: tuple[str, ...]  # the words holding a letter
    acronym: str | None  # the letters of the acronym it opens with ("CC of the BCP" -> "ccbcp")
    name_like: bool  # capitalised words (or name links), at most five, no digit
    english: bool  # at least half its words are English
    capitalised: bool  # it starts with a capital or a determiner (a name, a list, a group)
    caps_word: bool  # one word in capitals ("OFORMLENIE")


#: The data of each conventions table seen (kept with the table: there are a few of them).
_DATA: dict[int, tuple[Conventions, _Data]] = {}


_INSIDES_LIMIT = 4096


@on_clear_caches
def _clear_insides() -> None:
    for _, data in _DATA.values():
        data.insides.clear()


def _data(conv: Conventions) -> _Data:
    held = _DATA.get(id(conv))
    if held is not None and held[0] is conv:
        return held[1]
    spec = conv.section("gloss", "extent")
    data = _Data(
        max_words=int(spec.get("max_words", 12)),
        title_parts=frozenset(fold(w) for w in spec.get("title_parts", [])),
        particles=frozenset(fold(w) for w in spec.get("particles", [])),
        acronym_cutoff=float(spec.get("acronym_cutoff", 60)),
        acronym_sure=float(spec.get("acronym_sure", 80)),
        cognate_cutoff=float(spec.get("cognate_cutoff", 55)),
        name_cutoff=float(spec.get("name_cutoff", 80)),
        name_floor=float(spec.get("name_floor", 50)),
        original_share=float(spec.get("original_share", 0.75)),
        insides={},
    )
    if len(_DATA) >= 64:
        _DATA.clear()
    _DATA[id(conv)] = (conv, data)
    return data


def _read_inside(inside: str, conv: Conventions, data: _Data) -> _Inside:
    facts = data.insides.get(inside)
    if facts is not None:
        return facts
    words = tuple(w for w in inside.split() if _LETTER.search(w))
    head = _HEAD_END.split(inside, maxsplit=1)[0].split()
    acronym = None
    if any(_is_acronym(w) for w in head) and all(_is_acronym(w) or _is_function(w, conv) for w in head):
        acronym = _initials(head, conv)
    name_like = (
        0 < len(words) <= 5
        and not any(ch.isdigit() for ch in inside)
        and _CAPITAL.match(words[0].strip(_EDGE)) is not None
        and all(
            _CAPITAL.match(w.strip(_EDGE)) is not None
            or fold(w.strip(_EDGE)) in conv.name_links
            or len(w) <= 3
            for w in words
        )
    )
    english = conv.english
    first = inside.split()[0] if inside.split() else ""
    facts = _Inside(
        words=words,
        acronym=acronym,
        name_like=name_like,
        english=bool(words) and sum(1 for w in words if _bare(w) in english) >= len(words) / 2,
        capitalised=_CAPITAL.match(first) is not None or _bare(first) in conv.determiners,
        caps_word=len(inside.split()) == 1 and inside.upper() == inside,
    )
    if len(data.insides) >= _INSIDES_LIMIT:
        data.insides.clear()
    data.insides[inside] = facts
    return facts


@dataclass(slots=True)
class Extent:
    """What an extent rule reads: the span's inside and its facts, the name of the rule that
    decided the gloss, the glossed words guessed so far (``first``..``last``, offsets in
    ``text``; ``glossed``: its words in text order) and the words before the guess (``before``:
    nearest first, at most ``max_words``, none across a sentence boundary, a word glued to the
    guess or a blank line; ``stop``: the word where a boundary stopped the reading)."""

    text: str
    first: int
    last: int
    inside: str
    facts: _Inside
    rule: str
    conv: Conventions
    data: _Data
    glossed: list[tuple[int, str]]
    before: list[tuple[int, str]]
    stop: str | None

    def glossed_words(self) -> list[tuple[int, str]]:
        """The words guessed so far, in text order, with their offsets in ``text`` (a copy)."""
        return list(self.glossed)


GlossedRule = Callable[[Extent], int | None]


def _bare(word: str) -> str:
    return fold(word.strip(_EDGE))


def _is_function(word: str, conv: Conventions) -> bool:
    return _bare(word) in conv.function_words


def _is_title(word: str, ext: Extent) -> bool:
    w = _bare(word)
    w = w[:-2] if w.endswith("'s") else w  # a title's possessive ("the Chairman’s")
    return _title_word(w, ext) or ("-" in w and any(_title_word(p, ext) for p in w.split("-")))


def _title_word(w: str, ext: Extent) -> bool:
    return w in ext.conv.titles or w in ext.data.title_parts


def _is_acronym(word: str) -> bool:
    bare = word.strip(_EDGE)
    return _ACRONYM.fullmatch(bare) is not None or _PLURAL_ACRONYM.fullmatch(bare) is not None


def _core(word: str) -> str:
    """A word without the punctuation around it nor the dash or bullet of a list item
    ("-Union" in a tape log's "-Union of Soviet Socialist Republics [USSR]")."""
    return word.strip(_EDGE).lstrip(_LEADING)


def _initials(words: list[str], conv: Conventions) -> str:
    """The letters a phrase's acronym would take: an acronym's own letters, the first letter
    of each other word (function words and name links left out)."""
    out = []
    # an acronym before a function word ("US Information Agency": "US" is no pronoun), unless
    # the phrase is in capitals ("MINISTRY OF FOREIGN AFFAIRS")
    capitals = all(w.isupper() for w in words if _LETTER.search(w))
    for word in words:
        bare = _core(word)
        if not bare or (capitals and _is_function(bare, conv)):
            continue
        if _is_acronym(bare):
            if _PLURAL_ACRONYM.fullmatch(bare) is not None:
                bare = bare[:-1]
            out.append("".join(ch for ch in fold(bare) if ch.isalpha()))
        elif not _is_function(bare, conv) and fold(bare) not in conv.name_links:
            out.append(fold(bare)[:1])
    return "".join(out)


#: The context rules that decide a description or role of a person named before the bracket.
_PERSON_DESCRIBED = frozenset({"describes_person", "other_name", "described_after_name"})


#: The context rules that decide a translation (the role rule leaves their glosses alone).
_TRANSLATION = frozenset(
    {
        "transliterated",
        "language_change",
        "same_word",
        "translates_words",
        "title_translated",
        "capitalised_title_translated",
        "other_script",
    }
)


_TRANSLATING = frozenset({"translates_words", "title_translated", "capitalised_title_translated", "learned"})


#: The context rules that decide a title translated (``title_colon`` reads their glosses).
_TITLES = frozenset({"title_translated", "original_title"})


#: The context rules whose translations ``word_for_word`` reads.
_WORD_FOR_WORD = frozenset({"language_change", "original_title", "other_script"})


def _words_before(text: str, first: int, n: int) -> tuple[list[tuple[int, str]], str | None]:
    """Up to ``n`` words before ``first``, nearest first, stopping before a word that ends a
    sentence or clause (returned as the stop), at a word glued to ``first`` and at a blank line."""
    out: list[tuple[int, str]] = []
    after = first
    for m in _WORD_BACK.finditer(text, max(0, first - _LOOK), first):
        word = m.group()
        if m.end() == first:
            return out, word  # glued to the glossed words (a quote, a bracket): they start there
        if text.count("\n", m.end(), after) >= 2:
            return out, None  # a blank line between
        if "]" in text[m.end() : after]:
            return out, None  # "[The] Communist Party organ": another span's words
        if (word[-1] in _BOUNDARY_END or word[-1] == ".") and _INITIALS_WORD.fullmatch(word) is None:
            return out, word  # (an initial, "John F. Kennedy", ends no sentence)
        out.append((m.start(), word))
        if len(out) >= n:
            break
        after = m.start()
    return out, None


#: Quotes that close a quotation, and those that open one (a straight quote does both).
_CLOSING_QUOTES = '"”’»'


_OPENING_QUOTES = '"“‘„«'
