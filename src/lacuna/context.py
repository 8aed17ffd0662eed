"""What the neighbouring text decides: supplied words or a gloss, a note reference or a correction.

A bracket whose inside carries no cue (``[Stalin]``, ``[Zedong]``, ``[soglasie]``, ``[PVO]``)
either *completes* the text (supplied) or *restates* what stands before it (a gloss). The
rules below state the conventions translators follow; each decision records the rule in
``SpanInfo.because``. All word lists come from the conventions table (``[gloss]``).

Rules, first match wins:

1. a restating cue at the start (``[i.e., the embassy]``) or a translator's tail cue
   (``[district party committee--trans.]``): gloss;
2. a known pseudonym or variant right before it (``Filippov [Stalin]``): gloss;
3. glued to the letters before it (``A[ndrei]``, ``C[entral]``): supplied, it completes the word;
4. at the start of a text, line or sentence, or after punctuation: supplied;
5. a name after a title or a pronoun (``the Chairman [Mao Zedong]``, ``he [Stalin]``): gloss;
6. a single name after a possessive (``Mao's [Zedong] reply``): supplied, it completes the name;
7. an abbreviation after the words it abbreviates (``air defence [PVO]``), or an expansion
   after an abbreviation (``MFA [Ministry of Foreign Affairs]``): gloss;
8. after a function word (``there are [no]``, ``the [USSR]``): supplied, it fills the sentence;
9. a name after a name: the same name spelt another way (``Gao Gang [Kao Kang]``) is a gloss;
   otherwise it completes the name (``Liu [Shaoqi]``, ``Zhou [Enlai]``): supplied;
10. a change of language: an original-language word after its English translation
    (``agreement [soglasie]``) or an English translation after an original-language word
    (``jiji [actively]``): gloss;
11. otherwise supplied.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import regex
from rapidfuzz import fuzz

from lacuna.ast import SpanInfo
from lacuna.conventions import Conventions, fold

__all__ = ["read_context"]

_WINDOW = 160
# a word before the bracket: letters, digits, apostrophes, dots and hyphens
_PREV_WORDS_BACK = regex.compile(r"(?r)[^\s\[\]]{1,60}")
_LOOKBACK = 12
_LINE_BREAK = regex.compile(r"[\r\n]")
# the nearest word, if it ends at most two characters (spaces or brackets) before the span on
# its line; matched backwards from the span (``(?r)``), so anchored there
_NEAR_WORD = regex.compile(r"(?r)([^\s\[\]]{1,60})(?:[^\S\r\n]|[\[\]]){0,2}")
_ACRONYM = regex.compile(r"(?:[A-Z]\.?){2,8}(?:-[A-Z]{1,6})?|[A-Z]{1,4}(?: [A-Z]{1,6}){1,2}")
_DOTTED = regex.compile(r"(?:\p{Lu}\.){2,8}")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’.-]{0,30}")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}'’-]{0,40}")
_NUMBER = regex.compile(r"\d{1,4}(?:[:.]\d{1,2})?")
_BOUNDARY = '.!?:;,"“”(«—–'
_SIMILAR = 70.0
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
    """The nearest word alone: a rule that asks for more raises :class:`_NeedsMore`."""

    __slots__ = ("_word",)

    def __init__(self, word: str) -> None:
        self._word = word

    def word(self, k: int) -> str | None:
        if k:
            raise _NeedsMore
        return self._word

    def words(self, n: int) -> list[str]:
        if n > 1:
            raise _NeedsMore
        return [self._word] if n == 1 else []

    def inside(self) -> str:
        raise _NeedsMore


class _Before:
    """The span's inside and the words (at most a dozen) on its line before it, read on demand.

    Built from the nearest word, which the caller has found; ``word(k)`` is the ``k``-th word
    back (``word(0)`` the nearest), ``start_of(k)`` its offset.
    """

    __slots__ = ("_end", "_found", "_rest", "_start", "_text")

    def __init__(self, text: str, start: int, end: int, word: str, word_start: int) -> None:
        self._text = text
        self._start = start
        self._end = end
        self._found = [(word, word_start)]
        self._rest: Iterator[regex.Match[str]] | None = None

    def _get(self, k: int) -> tuple[str, int] | None:
        found = self._found
        while len(found) <= k:
            if len(found) >= _LOOKBACK:
                return None
            if self._rest is None:
                text, start = self._text, self._start
                lo = max(0, start - _WINDOW)
                line_start = max(text.rfind("\n", lo, start), text.rfind("\r", lo, start))
                if line_start >= 0:
                    lo = line_start + 1
                # scan backwards (``(?r)``) from the nearest word
                self._rest = _PREV_WORDS_BACK.finditer(text, lo, found[0][1])
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
        "refers",
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
        self.name_word = _NAME_WORD.fullmatch(word) is not None
        bare = word.strip("\"'“”(«")
        self.upper = bare.isupper() and bare.isalpha()
        self.acronym = _ACRONYM.fullmatch(word.rstrip(".")) is not None
        self.digit_initial = word[0].isdigit()
        self.lower_initial = word[0].islower()
        self.lower_word = _LOWER_WORD.fullmatch(word) is not None
        self.english = self.lower_word and conv.is_english(word)


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
    names = lowers = True
    title = False
    for f in facts:
        names = names and f.name_word
        lowers = lowers and f.lower_word
        title = title or f.exact_title
    acronym = _ACRONYM.fullmatch(raw) is not None
    name_inside = not acronym and 1 <= n <= 4 and names
    foreign_after_english = english_after_foreign = False
    if 1 <= n <= 6 and lowers:
        # judge the phrase by its words of three letters or more ("k", "v", "i" are both)
        content = [f for w, f in zip(words, facts, strict=True) if len(w) >= 3] or facts
        foreign = sum(1 for f in content if not f.english)
        foreign_after_english = foreign * 3 >= len(content) * 2
        english_after_foreign = foreign == 0 and n <= 3
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
    )


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


def _decide(
    facts: _Inside, wf: _Word, word: str, before: _Before | _NearestOnly, conv: Conventions
) -> _Decision:
    """Rules 4 (after punctuation) to 10, for a span whose nearest word is ``word``."""
    if wf.after_boundary:
        return "supplied", "after punctuation: supplies words", None
    name_inside = facts.name_inside
    few_words = facts.few_words
    # 5. a title or pronoun, then the name it refers to
    if name_inside:
        two_title = False
        if wf.may_end_title:
            previous = before.word(1)
            two_title = (fold(previous + " " + word) if previous is not None else "") in conv.titles
            if two_title and not wf.title and previous is not None:
                return "gloss", f"names who {word!r} refers to", 1
        if wf.refers or two_title:
            return "gloss", f"names who {word!r} refers to", 0
    # 5b. the name a person before it went by, from the pseudonym list read backwards
    pseudonym = facts.pseudonym
    if pseudonym is not None:
        target = fold(pseudonym)
        n = len(target.split())
        if n >= 1 and before.word(n - 1) is not None and fold(" ".join(before.words(n))) == target:
            return "gloss", f"a name {pseudonym} went by (pseudonym list)", n - 1
    # 5c. a description of the person named before it: "Sharkey [then President of ...]"
    if facts.describes and wf.name_word:
        return "gloss", "describes the person named before it", 0
    # 6. possessive
    if name_inside and few_words == 1 and wf.possessive:
        return "supplied", "completes the name before the possessive", None
    # 7. abbreviations and expansions (a capitalised word after a capitalised word is the same
    # name transliterated: "CORA [KORA]")
    if facts.acronym:
        if wf.upper and few_words == 1:
            return "gloss", "the same name written another way", 0
        if not wf.function and not wf.digit_initial:
            k, most = 0, len(_letters([before.inside()]))
            while k + 1 < most and (previous := before.word(k + 1)) is not None:
                w = fold(previous)
                if w in conv.function_words or w[-1:] in _BOUNDARY:
                    break
                k += 1
            return "gloss", "abbreviation of the words before it", k
    if wf.acronym and few_words >= 2 and not facts.first_function:
        k = 0
        while (previous := before.word(k + 1)) is not None and _ACRONYM.fullmatch(previous.rstrip(".")):
            k += 1
        return "gloss", f"expands the abbreviation {word!r}", k
    # 8. function words (a capitalised "May" after a day is a month, not a modal)
    if wf.function and (wf.lower_initial or before.word(1) is None):
        return "supplied", f"after the function word {word!r}: fills the sentence", None
    # 9. names after names
    if name_inside and wf.name_word:
        words = before.inside().split()
        names_before = before.words(len(words))
        if _is_name(names_before, conv) and fuzz.ratio(_letters(names_before), _letters(words)) >= _SIMILAR:
            return "gloss", "the same name spelt another way", len(names_before) - 1
        if few_words >= 2 and _compound_of(wf.folded, [fold(w) for w in words]):
            return "gloss", "expands the compound of word beginnings before it", 0
        if few_words <= 2:
            return "supplied", "completes the name before it", None
    # 10. a change of language
    if wf.lower_word:
        if wf.english and facts.foreign_after_english:
            return "gloss", "original-language words after their translation", 0
        if not wf.english and facts.english_after_foreign:
            return "gloss", "translation of the original-language word before it", 0
    return None


#: The plan of a (facts, word) pair whose decision needs the words further back, and the
#: mark of a pair not planned yet.
_LOOK_FURTHER: _Decision = ("look further", "", None)
_UNPLANNED: _Decision = ("unplanned", "", None)


def _plan(facts: _Inside, wf: _Word, word: str, conv: Conventions) -> _Decision:
    """The decision for an inside and a nearest word, or ``_LOOK_FURTHER`` (cached in ``conv``)."""
    try:
        plan = _decide(facts, wf, word, _NearestOnly(word), conv)
    except _NeedsMore:
        plan = _LOOK_FURTHER
    plans = conv._context_plans
    if len(plans) >= _PLANS_LIMIT:
        plans.clear()
    plans[facts, wf] = plan
    return plan


def read_context(
    info: SpanInfo, text: str, start: int, end: int, conv: Conventions, inside: str | None = None
) -> tuple[SpanInfo, int | None, int | None]:
    """Decide gloss or supplied for a cue-less span; returns (info, glossed_start, glossed_end).

    ``inside`` is ``text[start + 1 : end - 1]`` if the caller has it at hand. Rules 4 to 10 are
    decided once per inside and nearest word when the words further back do not matter.
    """
    if inside is None:
        inside = text[start + 1 : end - 1]
    facts = conv._inside_facts.get(inside) or _inside_facts(inside, conv)
    # the nearest word, if it touches the span (None: the span starts its line)
    near = _NEAR_WORD.match(text, max(0, start - _WINDOW), start)
    # 1. cues
    if facts.cue is not None:
        if near is None:
            return _variant(info, "gloss", facts.cue), None, None
        return _glossed(_variant(info, "gloss", facts.cue), text, near.start(1), near.end(1))
    # 2. pseudonyms
    if facts.names is not None:
        lo = max(0, start - 60)
        preceding = text[lo:start].rstrip()
        for name in facts.names:
            cut = len(preceding) - len(name)
            if cut >= 0 and fold(preceding[cut:]) == name and (cut == 0 or not preceding[cut - 1].isalnum()):
                return (
                    _variant(info, "gloss", f"known pseudonym {name!r} before it"),
                    lo + cut,
                    lo + len(preceding),
                )
    # 3. glued to a word
    if start > 0 and text[start - 1].isalpha():
        return _variant(info, "supplied", "glued to the letters before it: completes the word"), None, None
    # 4. start of a sentence
    if near is None:
        return _variant(info, "supplied", "starts the line: supplies words"), None, None
    word = near.group(1)
    wf = conv._word_facts.get(word) or _word_facts(word, conv)
    decision = conv._context_plans.get((facts, wf), _UNPLANNED)
    if decision is _UNPLANNED:
        decision = _plan(facts, wf, word, conv)
    before = None
    if decision is _LOOK_FURTHER:
        before = _Before(text, start, end, word, near.start(1))
        decision = _decide(facts, wf, word, before, conv)
    if decision is None:
        return info, None, None
    category, because, k = decision
    variant = _variant(info, category, because)
    if k is None:
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


def read_number_context(
    info: SpanInfo,
    text: str,
    start: int,
    end: int,
    conv: Conventions | None = None,
    inside: str | None = None,
) -> SpanInfo:
    """A note-reference form: a note reference when glued (unless its letters complete the word
    before it, ``assume[d]``), a correction after a number (``10 [12] a.m.``), else supplied.

    ``inside`` is the span's inside as the parser read it (nested spans marked), if at hand.
    """
    prev = text[start - 1] if start > 0 else "\n"
    raw = (text[start + 1 : end - 1] if inside is None else inside).strip()
    if prev.isalpha() and raw.isalpha() and conv is not None:
        last = _last_word(text, start)
        if last is not None and conv.is_english(fold(last.group() + raw).strip("\"'“”(«")):
            return _variant(info, "supplied", "glued letters that complete the word before them")
    if not (prev.isspace() and prev not in "\r\n"):
        return info
    last = _last_word(text, start)
    if last is not None and _NUMBER.fullmatch(last.group()) and _NUMBER.fullmatch(raw):
        corrected = dataclasses.replace(info, correction=raw, number=None)
        return _variant(
            corrected, "sic", f"number after the number {last.group()!r}: the editor's correction"
        )
    return _variant(info, "supplied", "number after a space: supplied")
