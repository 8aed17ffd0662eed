"""What the neighbouring text decides: supplied words or a gloss, a note reference or a correction.

A bracket whose inside carries no cue (``[Stalin]``, ``[Zedong]``, ``[soglasie]``, ``[PVO]``)
either *completes* the text (supplied) or *restates* what stands before it (a gloss). The
conventions translators follow are two ordered chains of small named rules
(:class:`lacuna.rules.Ruler`): :data:`CONTEXT_RULES` for words without a cue and
:data:`NUMBER_RULES` for note-reference forms (``[2]``, ``[iv]``, ``[a]``). The first rule that
answers decides; its name leads ``SpanInfo.because``. Both sides count: a rule may read the
words before the span and the words after it on its line. All word lists come from the
conventions table (``[gloss]``, ``[abbreviations]``); ``[rules]`` there switches rules off or adds
data rules (:class:`DataContextRule`). docs/markup.md lists every rule with a real example.

A decision that needs only the inside and the nearest word is planned once per (inside facts,
nearest word, glued or not) and cached; a rule that asks for more (:class:`_NearestOnly` raises)
makes that pair read its line (:class:`_Before`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

import regex
from rapidfuzz import fuzz

from lacuna.ast import SpanInfo
from lacuna.conventions import Conventions, fold
from lacuna.errors import LacunaError
from lacuna.normalize.romanization import same_name as _same_romanised
from lacuna.rules import Ruler

__all__ = [
    "CONTEXT_RULES",
    "NUMBER_RULES",
    "DataContextRule",
    "read_context",
    "read_number_context",
    "same_name",
]

_WINDOW = 160
# a word before the bracket: letters, digits, apostrophes, dots and hyphens
_PREV_WORDS_BACK = regex.compile(r"(?r)[^\s\[\]]{1,60}")
_NEXT_WORDS = regex.compile(r"[^\s\[\]]{1,60}")
_LOOKBACK = 12
_LINE_BREAK = regex.compile(r"[\r\n]")
# the nearest word, if it ends at most two characters (spaces or brackets) before the span on
# its line; matched backwards from the span (``(?r)``), so anchored there
_NEAR_WORD = regex.compile(r"(?r)([^\s\[\]]{1,60})(?:[^\S\r\n]|[\[\]]){0,2}")
_ACRONYM = regex.compile(r"(?:[A-Z]\.?){2,8}(?:-[A-Z]{1,6})?|[A-Z]{1,4}(?: [A-Z]{1,6}){1,2}")
_DOTTED = regex.compile(r"(?:\p{Lu}\.){2,8}")
# "PPSh", "GKEhS": capitals with a lower-case letter standing for one Cyrillic letter
_MIXED_ACRONYM = regex.compile(r"\p{Lu}{2,6}\p{Ll}\p{Lu}{0,4}|\p{Lu}{1,4}\p{Ll}\p{Lu}{1,4}")
# initials: "N.V.", "I. I." complete a name, they abbreviate nothing before them
_INITIALS = regex.compile(r"(?:\p{Lu}\.\s?){1,3}")
# Venona's transliterated Russian in capitals: "ZEMLYaK", "OFORMLENIE", "ZEMLYaChESTVO"
_TRANSLIT_CAPS = regex.compile(r"\p{Lu}(?:\p{Lu}|(?<=\p{Lu})[a-z](?=\p{Lu}|\Z)){3,30}")
# letters of scripts other than Latin (Han, Cyrillic, Hangul, kana, Greek, Arabic, Hebrew) and
# pinyin's tone marks: the original-language text itself
_OTHER_SCRIPT = regex.compile(
    r"[\p{Han}\p{Cyrillic}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Greek}\p{Arabic}\p{Hebrew}"
    r"āēīōūǎěǐǒǔǖǘǚǜĀĒĪŌŪǍĚǏǑǓ]"
)
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’.-]{0,30}")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}'’-]{0,40}")
_NUMBER = regex.compile(r"\d{1,4}(?:[:.]\d{1,2})?")
# the figure that ends a word: "10", "1953—10", "8:30"
_TAIL_NUMBER = regex.compile(r"(?:^|[—–-])(\d{1,4}(?:[:.]\d{1,2})?)\Z")
_SENTENCE_END = '.!?”"’):'
_BOUNDARY = '.!?:;,"“”(«—–'
_SIMILAR = 70.0
_OPEN_QUOTES = "\"'“‘«„"
_CLOSE_QUOTES = ('"', "'", "”", "’", "»")
_QUOTES = "\"'“”‘’«»„"
_STRIP = "\"'“”‘’«»()[].,;:!?"
#: The longest word of a name read as syllables (``Kim [Il Sung]``, ``Ho [Chi Minh]``).
_SYLLABLE = 5
_TRAILING = "\"'“”’»),;:"
#: Past these sizes the caches are emptied (bounded memory on endless distinct input).
_WORDS_LIMIT = 100_000
_INSIDES_LIMIT = 200_000
_PLANS_LIMIT = 100_000

#: A decision of rules 4 to 10: (category, because, k), the glossed words running from the
#: ``k``-th word back to the nearest (k is None: no glossed words); None: no rule applies.
_Decision = tuple[str, str, int | None] | None


_VARIANTS: dict[tuple[int, str, str], tuple[SpanInfo, SpanInfo]] = {}
_VARIANTS_LIMIT = 4096


def _variant(info: SpanInfo, category: str, because: str) -> SpanInfo:
    """``info`` with another category and rule (one object per triple, while cached).

    Keyed by the identity of ``info``: hashing a SpanInfo hashes its twelve fields, and the
    readings passed here are the few shared ones of :mod:`lacuna.classify`. The entry holds
    ``info``, so its id cannot be reused while the entry lives.
    """
    key = (id(info), category, because)
    hit = _VARIANTS.get(key)
    if hit is not None:
        return hit[1]
    variant = dataclasses.replace(info, category=category, because=because)
    if len(_VARIANTS) >= _VARIANTS_LIMIT:
        _VARIANTS.clear()
    _VARIANTS[key] = (info, variant)
    return variant


class _NeedsMore(Exception):
    """A rule asked for more than the nearest word (see :class:`_NearestOnly`)."""


class _NearestOnly:
    """What a rule may read when a decision is planned once per inside and nearest word: the
    inside's facts, the nearest word and whether the span is glued to it. A rule that asks for
    more raises :class:`_NeedsMore` (the span is then read with :class:`_Before`)."""

    __slots__ = ("conv", "facts", "glued", "near", "wf")

    def __init__(
        self, facts: _Inside, wf: _Word | None, near: str | None, glued: bool, conv: Conventions
    ) -> None:
        self.facts = facts
        self.wf = wf
        self.near = near
        self.glued = glued
        self.conv = conv

    def word(self, k: int) -> str | None:
        if k:
            raise _NeedsMore
        return self.near

    def words(self, n: int) -> list[str]:
        if n > 1:
            raise _NeedsMore
        return [self.near] if n == 1 and self.near is not None else []

    def inside(self) -> str:
        raise _NeedsMore

    def after(self, k: int) -> str | None:
        raise _NeedsMore

    def line_before(self) -> str:
        raise _NeedsMore

    def line_after(self) -> str:
        raise _NeedsMore


class _Before(_NearestOnly):
    """The span's inside and the words (at most a dozen) on its line before and after it, read
    on demand.

    Built from the nearest word, which the caller has found; ``word(k)`` is the ``k``-th word
    back (``word(0)`` the nearest), ``start_of(k)`` its offset; ``after(k)`` the ``k``-th word
    after the span (``after(0)`` the next).
    """

    __slots__ = ("_after", "_end", "_found", "_next", "_rest", "_start", "_text")

    def __init__(
        self,
        facts: _Inside,
        wf: _Word | None,
        near: str | None,
        glued: bool,
        conv: Conventions,
        text: str,
        start: int,
        end: int,
        word_start: int,
    ) -> None:
        super().__init__(facts, wf, near, glued, conv)
        self._text = text
        self._start = start
        self._end = end
        self._found = [(near, word_start)] if near is not None else []
        self._rest: Iterator[regex.Match[str]] | None = None
        self._after: list[str] = []
        self._next: Iterator[regex.Match[str]] | None = None

    def _line_start(self) -> int:
        text, start = self._text, self._start
        lo = max(0, start - _WINDOW)
        line_start = max(text.rfind("\n", lo, start), text.rfind("\r", lo, start))
        return line_start + 1 if line_start >= 0 else lo

    def _line_end(self) -> int:
        text, end = self._text, self._end
        hi = min(len(text), end + _WINDOW)
        m = _LINE_BREAK.search(text, end, hi)
        return m.start() if m is not None else hi

    def _get(self, k: int) -> tuple[str, int] | None:
        found = self._found
        if not found:
            return None
        while len(found) <= k:
            if len(found) >= _LOOKBACK:
                return None
            if self._rest is None:
                # scan backwards (``(?r)``) from the nearest word
                self._rest = _PREV_WORDS_BACK.finditer(self._text, self._line_start(), found[0][1])
            m = next(self._rest, None)
            if m is None:
                return None
            found.append((m.group(), m.start()))
        return found[k]

    def word(self, k: int) -> str | None:
        """The ``k``-th word back (0 is the nearest), or None if the line has fewer (or k ≥ 12)."""
        found = self._get(k)
        return found[0] if found is not None else None

    def start_of(self, k: int) -> int:
        """The offset of the ``k``-th word back (which must exist)."""
        found = self._get(k)
        assert found is not None
        return found[1]

    def words(self, n: int) -> list[str]:
        """The ``n`` nearest words (fewer if the line has fewer), in text order."""
        found = [w for k in range(n) if (w := self.word(k)) is not None]
        found.reverse()
        return found

    def inside(self) -> str:
        """The span's inside, stripped."""
        return self._text[self._start + 1 : self._end - 1].strip()

    def after(self, k: int) -> str | None:
        """The ``k``-th word after the span on its line (0 is the next), or None (k ≥ 12)."""
        after = self._after
        while len(after) <= k:
            if len(after) >= _LOOKBACK:
                return None
            if self._next is None:
                self._next = _NEXT_WORDS.finditer(self._text, self._end, self._line_end())
            m = next(self._next, None)
            if m is None:
                return None
            after.append(m.group())
        return after[k]

    def line_before(self) -> str:
        """The text of the span's line before it (at most 160 characters)."""
        return self._text[self._line_start() : self._start]

    def line_after(self) -> str:
        """The text of the span's line after it (at most 160 characters)."""
        return self._text[self._end : self._line_end()]


def _last_word(text: str, start: int) -> regex.Match[str] | None:
    """The nearest word before ``start`` on its line (within the window), or None."""
    m = _PREV_WORDS_BACK.search(text, max(0, start - _WINDOW), start)
    if m is not None and _LINE_BREAK.search(text, m.end(), start) is not None:
        return None
    return m


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
        "function",
        "lower_initial",
        "lower_word",
        "may_end_title",
        "name_word",
        "possessive",
        "quote_close",
        "quote_open",
        "refers",
        "role",
        "title",
        "upper",
    )

    def __init__(self, word: str, conv: Conventions) -> None:
        exact = fold(word)
        titles = conv.titles
        self.exact_title = exact in titles
        self.exact_function = exact in conv.function_words
        # whether this word and the one before it can make a title ("the former")
        self.may_end_title = exact in _title_ends(titles) or "" in titles
        self.after_boundary = word[-1] in _BOUNDARY and not (
            word.endswith(".") and (self.exact_title or _DOTTED.fullmatch(word) is not None)
        )
        folded = exact.strip("\"'“”()«»")
        self.folded = folded
        self.title = folded in titles
        self.refers = self.title or folded in conv.pronouns
        self.function = folded in conv.function_words
        self.possessive = folded.endswith(("'s", "’s"))
        self.name_word = _NAME_WORD.fullmatch(word.strip(_QUOTES)) is not None
        bare = word.strip("\"'“”(«")
        self.upper = bare.isupper() and bare.isalpha()
        bare_word = word.strip(_STRIP)
        self.acronym = (
            _ACRONYM.fullmatch(word.rstrip(".")) is not None
            or _MIXED_ACRONYM.fullmatch(bare_word) is not None
        ) and _INITIALS.fullmatch(bare_word + ".") is None
        self.digit_initial = word[0].isdigit()
        self.lower_initial = word[0].islower()
        self.lower_word = _LOWER_WORD.fullmatch(word) is not None
        self.english = self.lower_word and conv.is_english(word)
        self.quote_open = word[0] in _OPEN_QUOTES
        self.quote_close = len(word) > 1 and word.rstrip(".,;:!?")[-1:] in _CLOSE_QUOTES
        # English once the quotes are off (only quoted words need the lexicon again)
        if folded == exact:
            self.bare_english = self.english
        else:
            self.bare_english = _LOWER_WORD.fullmatch(folded) is not None and conv.is_english(folded)
        self.role = folded in conv.role_modifiers


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


def _facts_of(raw: str, conv: Conventions) -> _Inside:
    inside = fold(raw)
    cue = None
    if inside.startswith(conv.gloss_lead_cues):
        cue = "restating cue at the start (i.e.)"
    elif inside.endswith(conv.gloss_tail_cues):
        cue = "translator's tail cue (--trans.)"
    words = raw.split()
    n = len(words)
    known = conv._word_facts.get
    facts = [known(w) or _word_facts(w, conv) for w in words]
    names = lowers = short = True
    title = capital = False
    for w, f in zip(words, facts, strict=True):
        names = names and f.name_word
        lowers = lowers and f.lower_word
        title = title or f.exact_title
        capital = capital or f.name_word or w[0].isupper()
        short = short and len(w) <= _SYLLABLE + 2 and len(w.strip(_STRIP)) <= _SYLLABLE
    acronym = _ACRONYM.fullmatch(raw) is not None and _INITIALS.fullmatch(raw.rstrip(".") + ".") is None
    name_inside = not acronym and 1 <= n <= 4 and names
    foreign_after_english = english_after_foreign = False
    if 1 <= n <= 6 and lowers:
        # judge the phrase by its words of three letters or more ("k", "v", "i" are both)
        content = [f for w, f in zip(words, facts, strict=True) if len(w) >= 3] or facts
        foreign = sum(1 for f in content if not f.english)
        foreign_after_english = foreign * 3 >= len(content) * 2
        english_after_foreign = foreign == 0 and n <= 3 and not facts[0].exact_function
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
        _data_hits(raw, conv),
        raw == "?",
        n == 1 and not acronym and not lowers and _TRANSLIT_CAPS.fullmatch(raw) is not None,
        not raw.isascii() and _OTHER_SCRIPT.search(raw) is not None,
        n >= 3 and words[0][:1].isupper() and _english_words(words, conv),
        n >= 1 and fold(words[0]) in _CONJUNCTIONS,
        n >= 3 and words[0][:1].isupper() and "and" in words,
        n == 1 and fold(raw) in conv.pronouns,
    )


_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})


def _english_words(words: list[str], conv: Conventions) -> bool:
    """Whether every word of three letters or more is English (case ignored)."""
    content = [w.strip(_STRIP) for w in words if len(w.strip(_STRIP)) >= 3]
    return bool(content) and all(w.isalpha() and conv.is_english(w.lower()) for w in content)


_NO_HITS: frozenset[str] = frozenset()


def _data_hits(inside: str, conv: Conventions) -> frozenset[str]:
    """The names of the data rules whose inside pattern matches ``inside`` (stripped)."""
    conv.ruler("context", CONTEXT_RULES, _context_data_rule)
    rules = conv.data_rules("context")
    if not rules:
        return _NO_HITS
    return frozenset(r.name for r in rules if r.inside is not None and r.inside.search(inside))


def _inside_facts(inside: str, conv: Conventions) -> _Inside:
    """The facts of an inside (cached in ``conv``; equal facts are one object)."""
    cache = conv._inside_facts
    facts = cache.get(inside)
    if facts is None:
        facts = _facts_of(inside.strip(), conv)
        facts = conv._inside_facts_pool.setdefault(facts, facts)
        if len(cache) >= _INSIDES_LIMIT:
            cache.clear()
        cache[inside] = facts
    return facts


def _is_name(words: list[str], conv: Conventions) -> bool:
    return 1 <= len(words) <= 4 and all(_word_facts(w, conv).name_word for w in words)


def _letters(words: list[str]) -> str:
    """The letters and digits of ``words``, folded, run together."""
    return "".join(filter(str.isalnum, fold("".join(words))))


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
#: (category, because, k) or None to pass. See :class:`_NearestOnly` for what it may read.
ContextRule = Callable[[_NearestOnly], _Decision]


def _gloss_cue(c: _NearestOnly) -> _Decision:
    """A restating cue at the start (``[i.e., the embassy]``) or a translator's tail cue
    (``[district party committee--trans.]``): gloss."""
    cue = c.facts.cue
    if cue is None:
        return None
    return "gloss", cue, 0 if c.near is not None else None


def _lone_query(c: _NearestOnly) -> _Decision:
    """A lone ``[?]`` apart from the word before it (``Kim [?] said``): the reading before it is
    uncertain. Glued to a word (``What is to be done[?]``) it supplies the question mark."""
    if not c.facts.query or c.glued:
        return None
    return "uncertain", "a lone question mark doubts the reading before it", None


def _pseudonym_before(c: _NearestOnly) -> _Decision:
    """A known pseudonym or variant right before it (``Filippov [Stalin]``): gloss."""
    names = c.facts.names
    if names is None or c.near is None:
        return None
    for name in names:
        n = name.count(" ") + 1
        words = c.words(n)
        if len(words) == n and fold(" ".join(words)) == name:
            return "gloss", f"known pseudonym {name!r} before it", n - 1
    return None


def _glued(c: _NearestOnly) -> _Decision:
    """Glued to the letters before it (``A[ndrei]``, ``C[entral]``): supplied, it completes the word."""
    return ("supplied", "glued to the letters before it: completes the word", None) if c.glued else None


def _line_start(c: _NearestOnly) -> _Decision:
    """At the start of a text or line (or apart from the words before it): supplied."""
    return ("supplied", "starts the line: supplies words", None) if c.near is None else None


def _quoted_original(c: _NearestOnly) -> _Decision:
    """A translation after a quoted original-language word (``“kuaisu [promptly]”``), or an
    original-language word after a quoted English one: gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not (wf.quote_open or wf.quote_close) or not f.lower_phrase:
        return None
    if (wf.bare_english and not f.foreign_after_english) or (
        not wf.bare_english and not f.english_after_foreign
    ):
        return None
    if wf.quote_open and not wf.quote_close and not c.line_after().lstrip().startswith(_CLOSE_QUOTES):
        return None
    return "gloss", f"translates the quoted word {wf.folded!r}", 0


def _other_script(c: _NearestOnly) -> _Decision:
    """Words in another script or in pinyin with tone marks after their translation
    (``… [当时我因你们都在感冒中]``, ``no first use [bù shǒu xiān …]``): the original, gloss."""
    if not c.facts.other_script or c.near is None:
        return None
    return "gloss", "the original-language words of what stands before it", 0


def _after_punctuation(c: _NearestOnly) -> _Decision:
    """After punctuation (``. [Kovalev] left``): supplied, it starts a phrase."""
    wf = c.wf
    if wf is not None and wf.after_boundary:
        return "supplied", "after punctuation: supplies words", None
    return None


def _first_name(c: _NearestOnly) -> _Decision:
    """A first name before a surname after a title (``Ambassador [Mikhail] Zimyanin left``):
    supplied, it completes the name after it."""
    f, wf = c.facts, c.wf
    if wf is None or not f.name_inside or f.few_words > 2 or not (wf.refers or wf.may_end_title):
        return None
    following = c.after(0)
    if following is None:
        return None
    bare = following.rstrip(_TRAILING + ".")
    if not bare or _NAME_WORD.fullmatch(bare) is None:
        return None
    folded = fold(bare)
    conv = c.conv
    if folded in conv.function_words or folded in conv.pronouns or folded in conv.titles:
        return None
    return "supplied", f"a first name before the surname {bare!r}", None


def _title_names(c: _NearestOnly) -> _Decision:
    """A name after a title, role or pronoun (``the Chairman [Mao Zedong]``, ``he [Stalin]``,
    ``the current [Nguyen Co Thach]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not f.name_inside:
        return None
    two_title = False
    if wf.may_end_title:
        previous = c.word(1)
        two_title = (fold(previous + " " + c.near) if previous is not None else "") in c.conv.titles  # type: ignore[operator]
        if two_title and not wf.title and previous is not None:
            return "gloss", f"names who {c.near!r} refers to", 1
    if (wf.refers or two_title) and wf.folded not in c.conv.plural_titles:
        return "gloss", f"names who {c.near!r} refers to", 0
    if wf.role and f.few_words >= 2:
        return "gloss", f"names who holds the role {c.near!r}", 0
    return None


def _pseudonym_after(c: _NearestOnly) -> _Decision:
    """The name a person named before it went by (``Stalin [Filippov]``), from the pseudonym
    list read backwards: gloss."""
    pseudonym = c.facts.pseudonym
    if pseudonym is None:
        return None
    target = fold(pseudonym)
    n = len(target.split())
    if n >= 1 and c.word(n - 1) is not None and fold(" ".join(c.words(n))) == target:
        return "gloss", f"a name {pseudonym} went by (pseudonym list)", n - 1
    return None


def _name_run(c: _NearestOnly, most: int = 3) -> int:
    """How many name words (capitalised, not titles) end right before the span (at most ``most``)."""
    conv = c.conv
    k = 0
    while k < most:
        word = c.word(k)
        if word is None:
            break
        wf = _word_facts(word, conv)
        if not wf.name_word or wf.title or (k > 0 and wf.after_boundary):
            break
        k += 1
    return k


def _describes_person(c: _NearestOnly) -> _Decision:
    """A description holding a title after a name (``Cde. Li Kenong [the head of …]``): gloss
    of the whole name."""
    f, wf = c.facts, c.wf
    if not f.describes or f.name_inside or f.conjunction or wf is None or not wf.name_word:
        return None
    return "gloss", "describes the person named before it", max(_name_run(c) - 1, 0)


def _possessive(c: _NearestOnly) -> _Decision:
    """A single name after a possessive (``Mao's [Zedong] reply``): supplied, it completes the name."""
    f, wf = c.facts, c.wf
    if wf is not None and f.name_inside and f.few_words == 1 and wf.possessive:
        return "supplied", "completes the name before the possessive", None
    return None


def _abbreviation(c: _NearestOnly) -> _Decision:
    """An abbreviation after the words it abbreviates (``air defence [PVO]``), or a capitalised
    word written another way (``CORA [KORA]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not f.acronym:
        return None
    if wf.upper and f.few_words == 1:
        return "gloss", "the same name written another way", 0
    if wf.function or wf.digit_initial:
        return None
    k, most = 0, len(_letters([c.inside()]))
    while k + 1 < most and (previous := c.word(k + 1)) is not None:
        w = fold(previous)
        if w in c.conv.function_words or w[-1:] in _BOUNDARY:
            break
        k += 1
    return "gloss", "abbreviation of the words before it", k


def _expansion(c: _NearestOnly) -> _Decision:
    """An expansion after an abbreviation (``MFA [Ministry of Foreign Affairs]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not wf.acronym or f.few_words < 2 or (f.first_function and not f.determiner_phrase):
        return None
    k = 0
    while (previous := c.word(k + 1)) is not None and _ACRONYM.fullmatch(previous.rstrip(".")):
        k += 1
    letters = {ch for ch in fold(c.near or "") if ch.isalpha()}
    initials = {w[0] for w in fold(c.inside()).split() if w[:1].isalpha()}
    if not letters & initials:
        return None  # "UN [General Assembly]": it completes the name, it expands nothing
    return "gloss", f"expands the abbreviation {c.near!r}", k


def _transliterated(c: _NearestOnly) -> _Decision:
    """Russian transliterated in capitals after its translation (Venona: ``FELLOW COUNTRYMAN
    [ZEMLYaK]``, ``clearance [OFORMLENIE]``): the original word, gloss."""
    wf = c.wf
    if not c.facts.translit or wf is None or wf.function:
        return None
    return "gloss", "the original word, transliterated in capitals", 0


def _title_translated(c: _NearestOnly) -> _Decision:
    """A capitalised English title after original-language words (``Litsom k litsu s Amerikoy
    [Face to Face With America]``): its translation, gloss."""
    wf = c.wf
    if not c.facts.english_title or wf is None or wf.bare_english or wf.function or wf.name_word:
        return None
    return "gloss", "translates the original-language title before it", 0


def _same_word(c: _NearestOnly) -> _Decision:
    """An original-language word spelt another way (``chuch’e [juche]``): gloss (romanisation
    keys and rapidfuzz)."""
    f, wf = c.facts, c.wf
    if wf is None or not wf.lower_word or wf.english or f.few_words > 2 or not f.lower_phrase:
        return None
    words = c.inside().split()
    if words and not any(c.conv.is_english(w) for w in words) and same_name([wf.folded], words):
        return "gloss", "the same word romanised another way", 0
    return None


def _restates_phrase(c: _NearestOnly) -> _Decision:
    """A noun phrase restated (``the partners [the French and Italian delegations]``): gloss."""
    f, wf = c.facts, c.wf
    if (
        wf is None
        or not (f.determiner_phrase or f.name_inside or f.listing)
        or not wf.lower_word
        or wf.function
    ):
        return None
    if f.name_inside and (not wf.english or f.few_words < 2):
        return None  # "his brother [Ngo Dinh Nhu]"; one name alone reads on ("his successor [Aleksandr]")
    determiners = c.conv.determiners
    previous = c.word(1)
    if previous is not None and fold(previous) in c.conv.quantities:  # "the two sides [...]"
        previous = c.word(2)
    if previous is None or fold(previous) not in determiners:
        return None
    if f.name_inside and f.few_words < 2 and fold(previous) in c.conv.pronouns:
        return None  # "his successor [Aleksandr]" completes the name
    following = c.after(0) if f.name_inside else None
    if following is not None and _NAME_WORD.fullmatch(following.strip(_STRIP)) is not None:
        return None  # "the last [General] Assembly": part of the name after it
    return "gloss", f"names what {c.near!r} refers to", 0


def _function_word(c: _NearestOnly) -> _Decision:
    """After a function word (``there are [no]``, ``the [USSR]``): supplied, it fills the sentence
    (a capitalised ``May`` after a day is a month, not a modal)."""
    wf = c.wf
    if wf is not None and wf.function and (wf.lower_initial or c.word(1) is None):
        return "supplied", f"after the function word {c.near!r}: fills the sentence", None
    return None


def _same_name(c: _NearestOnly) -> _Decision:
    """A name after the same name spelt another way (``Gao Gang [Kao Kang]``, ``Pak Seong-min
    [Pak Song Min]``): gloss (romanisation keys and rapidfuzz)."""
    f, wf = c.facts, c.wf
    if wf is None or not f.name_inside or not wf.name_word:
        return None
    words = c.inside().split()
    names_before = c.words(len(words))
    if _is_name(names_before, c.conv) and same_name(names_before, words):
        return "gloss", "the same name spelt another way", len(names_before) - 1
    return None


def _compound(c: _NearestOnly) -> _Decision:
    """The words a compound of word beginnings stands for (``Politburo [Political Bureau]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not f.name_inside or not wf.name_word or f.few_words < 2:
        return None
    if _compound_of(wf.folded, [fold(w) for w in c.inside().split()]):
        return "gloss", "expands the compound of word beginnings before it", 0
    return None


def _place_identified(c: _NearestOnly) -> _Decision:
    """A name after a name of several words joined by ``of`` (``the Hall of Qinzheng [Beijing]``,
    ``Minister of Defence [Peng Dehuai]``): it identifies that place, group or office: gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not f.name_inside or not wf.name_word:
        return None
    link = c.word(1)
    if link is None or fold(link) not in c.conv.name_links:
        return None
    head = c.word(2)
    if head is None or not _word_facts(head, c.conv).name_word:
        return None
    return "gloss", "identifies what the name before it names", 2


def _other_name(c: _NearestOnly) -> _Decision:
    """A full name after another name (``Wang Ming [Chen Shaoyu]``, ``comrade Tadeusz [Jan
    Kowalski]``): the other name of the person named before it, gloss. A name of syllables
    (``Kim [Il Sung]``) completes the name instead."""
    f, wf = c.facts, c.wf
    if wf is None or not f.name_inside or f.few_words < 2 or not wf.name_word or wf.acronym:
        return None  # "UN [General Assembly]" completes the name
    run = _name_run(c)
    if run >= 2:
        return "gloss", "another name of the person named before it", run - 1
    if run == 1 and not f.syllables:
        return "gloss", "a full name after a single name: whom it stands for", 0
    return None


def _shares_word(c: _NearestOnly) -> _Decision:
    """Words restating the name before it (``Playa Larga [Larga Beach, Bay of Pigs]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not f.capitalised or f.name_inside or not wf.name_word or len(wf.folded) < 3:
        return None
    inside = {w.strip(_STRIP) for w in fold(c.inside()).split()}
    for k in range(3):
        word = c.word(k)
        if word is None:
            break
        if fold(word).strip(_STRIP) in inside and _word_facts(word, c.conv).name_word:
            return "gloss", f"restates {word!r} before it", max(k, _name_run(c) - 1)
    return None


def _completes_name(c: _NearestOnly) -> _Decision:
    """A name after a name otherwise (``Liu [Shaoqi]``, ``Zhou [Enlai]``): supplied."""
    f, wf = c.facts, c.wf
    if wf is not None and f.name_inside and wf.name_word and f.few_words <= 2:
        return "supplied", "completes the name before it", None
    return None


def _language_change(c: _NearestOnly) -> _Decision:
    """An original-language word after its English translation (``agreement [soglasie]``), or an
    English translation after an original-language word (``jiji [actively]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not wf.lower_word:
        return None
    if wf.english and f.foreign_after_english:
        return "gloss", "original-language words after their translation", 0
    if not wf.english and f.english_after_foreign:
        return "gloss", "translation of the original-language word before it", 0
    return None


#: The context chain, in order (first answer wins; no answer: supplied). ``[rules] disable``
#: in the conventions file switches rules off; ``[[rules.context]]`` adds rules written as data.
CONTEXT_RULES: Ruler[ContextRule] = Ruler(
    [
        ("gloss_cue", _gloss_cue),
        ("lone_query", _lone_query),
        ("pseudonym_before", _pseudonym_before),
        ("glued", _glued),
        ("line_start", _line_start),
        ("quoted_original", _quoted_original),
        ("other_script", _other_script),
        ("after_punctuation", _after_punctuation),
        ("first_name", _first_name),
        ("title_names", _title_names),
        ("pseudonym_after", _pseudonym_after),
        ("describes_person", _describes_person),
        ("possessive", _possessive),
        ("abbreviation", _abbreviation),
        ("expansion", _expansion),
        ("transliterated", _transliterated),
        ("title_translated", _title_translated),
        ("restates_phrase", _restates_phrase),
        ("function_word", _function_word),
        ("same_name", _same_name),
        ("compound", _compound),
        ("place_identified", _place_identified),
        ("other_name", _other_name),
        ("completes_name", _completes_name),
        ("shares_word", _shares_word),
        ("same_word", _same_word),
        ("language_change", _language_change),
    ]
)


def _decide(c: _NearestOnly) -> _Decision:
    """The first answer of the context chain, its rule's name leading ``because``."""
    for rule in c.conv.ruler("context", CONTEXT_RULES, _context_data_rule).active():
        decision = rule.fn(c)
        if decision is not None:
            category, because, k = decision
            return category, f"{rule.name}: {because}", k
    return None


#: The plan of a (facts, word, glued) triple whose decision needs more than the nearest word,
#: and the mark of a triple not planned yet.
_LOOK_FURTHER: _Decision = ("look further", "", None)
_UNPLANNED: _Decision = ("unplanned", "", None)


def _plan(key: tuple[_Inside, _Word | None, bool], word: str | None, conv: Conventions) -> _Decision:
    """The decision for an inside, a nearest word and gluedness, or ``_LOOK_FURTHER`` (cached in ``conv``)."""
    facts, wf, glued = key
    try:
        plan = _decide(_NearestOnly(facts, wf, word, glued, conv))
    except _NeedsMore:
        plan = _LOOK_FURTHER
    plans = conv._context_plans
    if len(plans) >= _PLANS_LIMIT:
        plans.clear()
    plans[key] = plan
    return plan


def read_context(
    info: SpanInfo, text: str, start: int, end: int, conv: Conventions, inside: str | None = None
) -> tuple[SpanInfo, int | None, int | None]:
    """Decide gloss or supplied for a cue-less span; returns (info, glossed_start, glossed_end).

    ``inside`` is ``text[start + 1 : end - 1]`` if the caller has it at hand. The chain is run
    once per inside, nearest word and gluedness when the words further away do not matter.
    """
    if inside is None:
        inside = text[start + 1 : end - 1]
    facts = conv._inside_facts.get(inside) or _inside_facts(inside, conv)
    # the nearest word, if it touches the span (None: the span starts its line)
    near = _NEAR_WORD.match(text, max(0, start - _WINDOW), start)
    if near is None:
        word = wf = None
        glued = False
    else:
        word = near.group(1)
        wf = conv._word_facts.get(word) or _word_facts(word, conv)
        glued = text[start - 1].isalpha()
    key = (facts, wf, glued)
    decision = conv._context_plans.get(key, _UNPLANNED)
    if decision is _UNPLANNED:
        decision = _plan(key, word, conv)
    before = None
    if decision is _LOOK_FURTHER:
        before = _Before(
            facts, wf, word, glued, conv, text, start, end, near.start(1) if near is not None else start
        )
        decision = _decide(before)
    if decision is None:
        return info, None, None
    category, because, k = decision
    variant = _variant(info, category, because)
    if k is None or near is None:
        return variant, None, None
    first = near.start(1) if k == 0 else before.start_of(k)  # type: ignore[union-attr]
    return _glossed(variant, text, first, near.end(1))


def _glossed(info: SpanInfo, text: str, first: int, last: int) -> tuple[SpanInfo, int, int]:
    """``info`` with the glossed words from ``first`` to ``last``, less the quotes and brackets
    around them and the punctuation after them."""
    while first < last and not text[first].isalnum():
        first += 1
    while last > first and text[last - 1] in _TRAILING:
        last -= 1
    return info, first, last


class Number:
    """A note-reference form being read in its context (what the number rules ask)."""

    __slots__ = ("conv", "end", "info", "prev", "raw", "start", "text")

    def __init__(self, info: SpanInfo, text: str, start: int, end: int, raw: str, conv: Conventions) -> None:
        self.info = info
        self.text = text
        self.start = start
        self.end = end
        self.raw = raw
        self.conv = conv
        self.prev = text[start - 1] if start > 0 else "\n"

    @property
    def spaced(self) -> bool:
        """Whether a space or tab (not a line break) stands right before the span."""
        return self.prev.isspace() and self.prev not in "\r\n"

    def last_word(self) -> str | None:
        """The word before the span on its line, or None."""
        m = _last_word(self.text, self.start)
        return m.group() if m is not None else None

    def next_word(self) -> str | None:
        """The word after the span on its line, or None."""
        line_end = _LINE_BREAK.search(self.text, self.end, min(len(self.text), self.end + _WINDOW))
        hi = line_end.start() if line_end is not None else min(len(self.text), self.end + _WINDOW)
        m = _NEXT_WORDS.search(self.text, self.end, hi)
        return m.group() if m is not None else None


#: A number rule: the reading (a variant of ``n.info``) or None to pass.
NumberRule = Callable[[Number], SpanInfo | None]


def _completes_word(n: Number) -> SpanInfo | None:
    """Letters glued to a word that together make an English word (``assume[d]``): supplied."""
    if not (n.prev.isalpha() and n.raw.isalpha()):
        return None
    last = n.last_word()
    if last is not None and n.conv.is_english(fold(last + n.raw).strip("\"'“”(«")):
        return _variant(
            n.info, "supplied", "completes_word: glued letters that complete the word before them"
        )
    return None


def _glued_reference(n: Number) -> SpanInfo | None:
    """Glued to the word before it (``Molotov[1]``) or opening a line (``[1] The editors …``):
    a note reference or a note's label."""
    if n.spaced:
        return None
    where = "glued to the word before it" if n.start > 0 and n.prev not in "\r\n" else "opens a line"
    return _variant(n.info, "footnote_ref", f"glued_reference: {where}")


def _corrected_figure(n: Number) -> SpanInfo | None:
    """A number after a number (``10 [12] a.m.``, ``March 5, 1953—10 [12] a.m.``): the
    editor's correction of the figure before it."""
    last = n.last_word()
    if last is None or _NUMBER.fullmatch(n.raw) is None:
        return None
    figure = _TAIL_NUMBER.search(last)
    following = n.next_word()
    if figure is None or (following is not None and following[0] in "-–—"):
        return None  # "- 1 [2] -" numbers a page
    corrected = dataclasses.replace(n.info, correction=n.raw, number=None)
    return _variant(
        corrected,
        "correction",
        f"corrected_figure: number after the number {figure.group(1)!r}: the editor's correction",
    )


def _after_sentence(n: Number) -> SpanInfo | None:
    """After the end of a sentence and before a capital or the end of the line (``attached. [2]
    Please ask``): a note reference."""
    last = n.last_word()
    if last is None or last[-1] not in _SENTENCE_END or fold(last) in n.conv.abbreviations:
        return None
    following = n.next_word()
    if following is not None and not following.lstrip(_OPEN_QUOTES + "(")[:1].isupper():
        return None
    return _variant(n.info, "footnote_ref", "after_sentence: a note reference after a sentence")


def _before_stop(n: Number) -> SpanInfo | None:
    """Between a word and a full stop that ends the line (``Neuer Kurs [4].``): a note reference."""
    after = n.text[n.end : n.end + 2]
    if not after or after[0] not in ".;" or after[1:2] not in ("", "\n", "\r"):
        return None
    return _variant(n.info, "footnote_ref", "before_stop: a note reference before the full stop")


def _number_after_space(n: Number) -> SpanInfo | None:
    """A number after a space otherwise (``Nº [311]``): supplied."""
    return _variant(n.info, "supplied", "number_after_space: number after a space: supplied")


#: The chain for note-reference forms (``[2]``, ``[iv]``, ``[a]``), in order.
NUMBER_RULES: Ruler[NumberRule] = Ruler(
    [
        ("completes_word", _completes_word),
        ("glued_reference", _glued_reference),
        ("corrected_figure", _corrected_figure),
        ("after_sentence", _after_sentence),
        ("before_stop", _before_stop),
        ("number_after_space", _number_after_space),
    ]
)


def _no_data_rule(spec: dict[str, Any]) -> NumberRule:
    raise LacunaError("the number chain takes no data rules")


def read_number_context(
    info: SpanInfo,
    text: str,
    start: int,
    end: int,
    conv: Conventions | None = None,
    inside: str | None = None,
) -> SpanInfo:
    """A note-reference form read in context by the number chain (:data:`NUMBER_RULES`): a
    note reference, supplied letters or numbers, or a correction.

    ``inside`` is the span's inside as the parser read it (nested spans marked), if at hand.
    """
    conv = conv or Conventions.default()
    raw = (text[start + 1 : end - 1] if inside is None else inside).strip()
    n = Number(info, text, start, end, raw, conv)
    for rule in conv.ruler("number", NUMBER_RULES, _no_data_rule).active():
        out = rule.fn(n)
        if out is not None:
            return out
    return info


def same_name(before: list[str], inside: list[str]) -> bool:
    """Whether ``inside`` is the name ``before`` spelt another way: the same romanisation key
    (:func:`lacuna.normalize.same_name`: Wade–Giles/pinyin, McCune–Reischauer/RR, Russian
    schemes), else similar letters (rapidfuzz)."""
    if _same_romanised(" ".join(before), " ".join(inside), score_cutoff=_SIMILAR):
        return True
    return fuzz.ratio(_letters(before), _letters(inside), score_cutoff=_SIMILAR) >= _SIMILAR


class DataContextRule:
    """A context rule written as data (``[[rules.context]]`` in the conventions file): the
    inside, the text before it on its line and the text after it each match a pattern (a
    missing pattern matches anything); the answer is ``category`` with ``glossed`` words back."""

    __slots__ = ("after", "before", "category", "glossed", "inside", "name", "why")

    def __init__(self, spec: dict[str, Any]) -> None:
        self.name = str(spec["name"])
        self.category = str(spec["category"])
        self.inside = _compile(spec.get("inside"))
        self.before = _compile(spec.get("before"), r"\s*\Z")
        self.after = _compile(spec.get("after"), "", r"\A\s*")
        glossed = spec.get("glossed", 1 if self.category == "gloss" else 0)
        self.glossed = int(glossed) - 1 if glossed else None
        self.why = str(spec.get("because", "data rule"))

    def __call__(self, c: _NearestOnly) -> _Decision:
        if self.inside is not None and self.name not in c.facts.data_hits:
            return None
        if self.before is not None and self.before.search(c.line_before()) is None:
            return None
        if self.after is not None and self.after.search(c.line_after()) is None:
            return None
        glossed = self.glossed if c.near is not None else None
        if glossed:
            c.word(glossed)  # the words must be there (and read)
        return self.category, self.why, glossed


def _compile(pattern: object, tail: str = "", head: str = "") -> regex.Pattern[str] | None:
    if not pattern:
        return None
    return regex.compile(f"{head}(?:{pattern}){tail}", regex.IGNORECASE)


def _context_data_rule(spec: dict[str, Any]) -> DataContextRule:
    return DataContextRule(spec)
