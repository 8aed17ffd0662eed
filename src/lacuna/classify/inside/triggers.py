"""What an answer of a rule of the inside chain needs in an inside of words alone
(:class:`Trigger`), and the trigger of each rule that has one (a function of the conventions
table): the inside chain's dispatch (:mod:`lacuna.classify.inside.dispatch`) skips the rules
none of whose triggers holds."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

import regex

from lacuna.classify.gaps import _STRIP_WORD, gap_reasons
from lacuna.classify.inside.records import (
    _illegible_dashes,
    _omits_first_person,
    _page_colon,
    _page_number_bracketed,
)
from lacuna.classify.inside.rules import (
    _LONG_NOTE_WORDS,
    _bare_extent,
    _described,
    _elision,
    _empty,
    _gap_reason,
    _long_note,
    _misspelt_reason,
    _misspelt_word,
    _note_reference_form,
    _page_labelled,
    _page_marker,
    _physical,
    _remark_guards,
    _sentence_note,
    _sic,
    _translator_remark,
)
from lacuna.classify.inside.text import NESTED_MARK
from lacuna.classify.signed import _translator_signed, signed_suffixes
from lacuna.classify.transcription import QUESTION_ENDS, _interview_question, _misspelt_tag, misspelt_tag_like
from lacuna.classify.transcripts import SEALED_WORDS, _sealed_portion
from lacuna.conventions import Conventions, fold


class Trigger(NamedTuple):
    """What an answer of a rule needs in an inside of words alone (folded, stripped; ``words``
    its words): a necessary condition, which may hold where the rule then declines. Any one
    of the conditions given is enough."""

    #: the number of words is one of these
    counts: frozenset[int] = frozenset()
    #: the first word, as is or less these characters around it (``strip``), is in ``words``
    first: tuple[tuple[str, frozenset[str]], ...] = ()
    #: the last word, as is or less these characters around it, is in the set
    last: tuple[tuple[str, frozenset[str]], ...] = ()
    #: the inside starts with one of these
    prefixes: tuple[str, ...] = ()
    #: the inside ends with one of these
    suffixes: tuple[str, ...] = ()
    #: the whole inside is one of these
    exact: frozenset[str] = frozenset()
    #: the inside holds one of these
    substrings: tuple[str, ...] = ()
    #: the inside holds a character outside ASCII
    non_ascii: bool = False
    #: the inside holds a word (a run of ``[\w']``) of this set
    tokens: frozenset[str] = frozenset()
    #: a test of the inside and its words
    test: Callable[[str, list[str]], bool] | None = None
    #: the inside's words, one space between them, are one of these
    phrases: frozenset[str] = frozenset()


_TOKEN = regex.compile(r"[\w']+")


def _note_reference_like(folded: str, words: list[str]) -> bool:
    """One word: digits, a roman numeral or one letter (which may casefold to three)."""
    return len(words) == 1 and (len(folded) <= 3 or folded.isdecimal() or not folded.strip("ivx"))


def _first_tokens(phrases: Iterable[str]) -> frozenset[str] | None:
    r"""The first word (run of ``[\w']``) of each phrase; None if one has none."""
    out = set()
    for phrase in phrases:
        m = _TOKEN.match(phrase)
        if m is None:
            return None
        out.add(m.group())
    return frozenset(out)


def _reason_trigger(conv: Conventions) -> Trigger | None:
    # each reason phrase starts a word (the pattern's look-behind), so the inside holds its first word
    first = _first_tokens(gap_reasons(conv))  # gap.noun_reasons' phrases too
    return None if first is None else Trigger(tokens=first)


#: The trigger of each rule that may answer an inside of words alone (a function of the
#: conventions table; None: none). A rule without one (a dictionary look-up, a rule added by a
#: user) always runs.
_TRIGGERS: dict[Callable[..., object], Callable[[Conventions], Trigger | None]] = {
    _empty: lambda conv: Trigger(counts=frozenset({0})),
    _elision: lambda conv: Trigger(prefixes=(".", "…"), exact=frozenset(fold(e) for e in conv.elisions)),
    # the first word is a sic word, or the last one ends in one ("-SIC")
    _sic: lambda conv: Trigger(
        first=((_STRIP_WORD, conv.sic_words),),
        last=(("-—–!.", conv.sic_words),),
        prefixes=tuple(conv.sic_words),
        exact=conv.sic_phrases | frozenset(p + "." for p in conv.sic_phrases),
    ),
    _illegible_dashes: lambda conv: Trigger(exact=frozenset(conv.section("gap").get("illegible_dashes", ()))),
    _page_colon: lambda conv: Trigger(suffixes=(":",)),
    _omits_first_person: lambda conv: Trigger(
        first=((_STRIP_WORD, frozenset(conv.section("gap").get("first_person", ()))),)
    ),
    _page_number_bracketed: lambda conv: Trigger(substrings=(NESTED_MARK,)),
    _page_marker: lambda conv: Trigger(
        first=(("", conv.page_words | conv.page_qualifiers), (_STRIP_WORD, conv.page_words))
    ),
    # (a label's colon: an inside of words alone has none)
    _page_labelled: lambda conv: Trigger(substrings=(":",)),
    _note_reference_form: lambda conv: Trigger(test=_note_reference_like),
    _physical: lambda conv: Trigger(substrings=tuple(conv.physical_things)),
    _sealed_portion: lambda conv: Trigger(substrings=SEALED_WORDS),
    _gap_reason: _reason_trigger,
    _misspelt_reason: lambda conv: Trigger(
        test=lambda _folded, words: _misspelt_word(words, conv) is not None
    ),
    _described: lambda conv: Trigger(prefixes=conv.description_starts),
    _bare_extent: lambda conv: Trigger(last=(("", frozenset(conv.units)),)),
    _sentence_note: lambda conv: Trigger(suffixes=(".", "!")),
    _translator_remark: lambda conv: Trigger(substrings=_remark_guards(conv)),
    _translator_signed: lambda conv: Trigger(suffixes=signed_suffixes(conv)),
    _long_note: lambda conv: Trigger(test=_many_words),
    _interview_question: lambda conv: Trigger(suffixes=QUESTION_ENDS),
    _misspelt_tag: lambda conv: Trigger(test=lambda folded, words: misspelt_tag_like(folded, words, conv)),
}


def _many_words(folded: str, words: list[str]) -> bool:
    """At least :data:`_LONG_NOTE_WORDS` words."""
    return len(words) >= _LONG_NOTE_WORDS
