"""What the learned rules read of one word around a span: the features of the nearest word, of
the word before it and of the word after the span, a word's letters and whether it is an
English word, each read once per distinct word and kept with its facts."""

from __future__ import annotations

from lacuna.classify.learned.kinds import kind_of
from lacuna.classify.name_compare import _letters
from lacuna.classify.words import _STRIP, _Word, _word_facts
from lacuna.conventions import Conventions


def _english_kind(word: str, conv: Conventions) -> int:
    """-1: shorter than three letters; 1: an English word; 0: not (kept with the word's facts)."""
    wf = conv._word_facts.get(word) or _word_facts(word, conv)
    kind = wf.title_english
    if kind is None:
        bare = word.strip(_STRIP)
        kind = wf.title_english = (
            -1 if len(bare) < 3 else int(bare.isalpha() and conv.is_english(bare.lower()))
        )
    return kind


_DASHES = frozenset({"-", "--", "—", "–", "---"})


def _before_part(wf: _Word, conv: Conventions) -> tuple[str, ...]:
    """The features of the nearest word (kept with its facts)."""
    part = tuple(
        name
        for flag, name in (
            (wf.after_boundary, "after punctuation"),
            (wf.function, "after a function word"),
            (wf.title, "after a title word"),
            (wf.role, "after a role word"),
            (wf.possessive, "after a possessive"),
            (wf.name_word, "after a capitalised word"),
            (wf.upper, "after a word in capitals"),
            (wf.acronym, "after an acronym"),
            (wf.english, "after an English word"),
            (wf.lower_word and not wf.english, "after an original-language word"),
            (wf.digit_initial, "after a figure"),
            (wf.digit_initial and _is_year(wf.folded), _AFTER_YEAR),
            (wf.quote_close, "after a closing quote"),
            (wf.folded in conv.pronouns, "after a pronoun"),
            (wf.folded in conv.determiners, "after a determiner"),
            (wf.folded.endswith(","), "after a comma"),
            (wf.folded.endswith(":"), "after a colon"),
            (wf.folded.endswith(".") and not wf.folded.endswith(".."), "after a full stop"),
            (wf.folded in _DASHES, "after a dash"),
            ("-" in wf.folded.strip(_STRIP + "-"), "after a hyphenated word"),
            (len(wf.folded.strip(_STRIP)) >= 9, "after a long word"),
        )
        if flag
    )
    wf.learned_before = part
    return part


#: The feature of a span after a year: a listing's or a catalogue's entry dated, then the
#: archivist's note on it ("7 February 1974* [Andropov-Brezhnev]", "March 3, 1871 [Oliver Otis
#: Howard Papers]", "CIVIL ESTIMATES, 1940 [Progress]").
_AFTER_YEAR = "after a year"
_YEAR_TAIL = _STRIP + "*"


def _is_year(folded: str) -> bool:
    """Whether a folded word is a year from 1600 to 2099 (punctuation or an asterisk around it)."""
    bare = folded.strip(_YEAR_TAIL)
    return len(bare) == 4 and bare.isdigit() and "1600" <= bare <= "2099"


def _second_part(sf: _Word, conv: Conventions) -> tuple[str, ...]:
    """The features of the word before the nearest (kept with its facts)."""
    part = tuple(
        name
        for flag, name in (
            (sf.name_word and not sf.function, "a capitalised word two back"),
            (sf.title, "a title word two back"),
            (sf.folded in conv.determiners, "a determiner two back"),
            (sf.after_boundary, "punctuation two back"),
            (sf.digit_initial, "a figure two back"),
        )
        if flag
    )
    sf.learned_second = part
    return part


_PUNCTUATION_AFTER = "punctuation after"
_CAPITALISED_AFTER = "a capitalised word after"


def _after_part(ff: _Word, word: str) -> tuple[str, ...]:
    """The features of the word after the span (kept with its facts)."""
    out = []
    if word[0] in ",.;:)!?":
        out.append(_PUNCTUATION_AFTER)
        if word[0] in ",;":
            out.append("a comma after")
        elif word[0] in ".!?":
            out.append("a full stop after")
    elif ff.name_word and not ff.function:
        out.append(_CAPITALISED_AFTER)
    elif ff.function:
        out.append("a function word after")
    elif ff.lower_word:
        out.append("a lower-case word after")
        if ff.english:
            out.append("an English word after")
    if ff.digit_initial:
        out.append("a figure after")
    if ff.quote_open:
        out.append("a quote after")
    part = tuple(out)
    ff.learned_after = part
    return part


def _content_word(word: str, conv: Conventions) -> bool:
    """Whether a folded word is a lower-case word of four letters or more that is no function
    word, pronoun or determiner (``[gloss]`` lists)."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word.islower()
        and word not in conv.function_words
        and word not in conv.pronouns
        and word not in conv.determiners
    )


def _ending_part(wf: _Word, conv: Conventions) -> tuple[str, bool, str | None]:
    """What a one-word inside is compared with in the nearest word: the last three letters of
    the word stripped if it has four letters or more, all letters (else ``""``), whether it is
    a content word (:func:`_content_word`) and, if it is, its kind
    (:func:`lacuna.classify.learned.kinds.kind_of`; kept with its facts)."""
    near = wf.folded.strip(_STRIP)
    ending = near[-3:] if len(near) >= 4 and near.isalpha() else ""
    content = _content_word(near, conv)
    part = wf.learned_ending = (ending, content, kind_of(near, conv) if content else None)
    return part


def _word_letters(word: str, conv: Conventions) -> str:
    """The letters and digits of ``word``, folded (kept with its facts)."""
    wf = conv._word_facts.get(word) or _word_facts(word, conv)
    letters = wf.letters
    if letters is None:
        letters = wf.letters = _letters([word])
    return letters
