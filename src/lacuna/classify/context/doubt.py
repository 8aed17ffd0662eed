"""The doubt chain: what the neighbouring text makes of an uncertain reading
(:data:`DOUBT_RULES`, :func:`read_doubtful`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.context.extents import _glossed
from lacuna.classify.transcribers import _doubtful_spelling
from lacuna.classify.words import (
    _BOUNDARY,
    _NEAR_WORD,
    _PREV_WORDS_BACK,
    _STRIP,
    _WINDOW,
    _variant,
    _word_facts,
)
from lacuna.conventions import Conventions, fold
from lacuna.errors import LacunaError
from lacuna.rules import Ruler

#: A word of a name: capitalised, or an initial, once the quotes and brackets around it are off.
_CAPITALISED = regex.compile(r"\p{Lu}")
#: The reading of an inside ending with a question mark (``inside.question_edge``).
_DOUBTED = "question_edge: reading ends"


class Doubt:
    """What a rule of :data:`DOUBT_RULES` reads: an uncertain reading (``info``) of the span
    at ``start``..``end`` in ``text``, under the conventions ``conv``."""

    __slots__ = ("conv", "end", "info", "start", "text")

    def __init__(self, info: SpanInfo, text: str, start: int, end: int, conv: Conventions) -> None:
        self.info = info
        self.text = text
        self.start = start
        self.end = end
        self.conv = conv


#: A rule of the doubt chain: the new reading and its glossed offsets, or None to pass.
DoubtRule = Callable[[Doubt], tuple[SpanInfo, int | None, int | None] | None]


def _doubtful_identification(d: Doubt) -> tuple[SpanInfo, int | None, int | None] | None:
    """A name of two words or more with a question mark after the words it identifies
    (``an unknown person [H.R. (“Bob”) Haldeman?]``, ``the High Military School [National War
    College?]``): a doubtful identification, gloss (its ``conjecture`` and ``cert`` kept). After
    a function word, or of lower-case words, the reading stays uncertain (``the [October?]
    [R]evolution``, ``Unknown issue [abortion?]``)."""
    info, text, start, conv = d.info, d.text, d.start, d.conv
    if not info.because.startswith(_DOUBTED):
        return None
    words = [w.strip(_STRIP + "“”") for w in (info.conjecture or "").split()]
    words = [w for w in words if w]
    if len(words) < 2 or not all(_CAPITALISED.match(w) for w in words):
        return None
    near = _NEAR_WORD.match(text, max(0, start - _WINDOW), start)
    between = text[near.end(1) : start] if near is not None else ""
    if near is None or text[start - 1].isalpha() or "]" in between or "[" in between:
        return None  # (glued, or another bracket between: "Cdes. [[N. Ivanov?]]")
    word = near.group(1)
    wf = conv._word_facts.get(word) or _word_facts(word, conv)
    if wf.function or wf.after_boundary or wf.digit_initial:
        return None
    variant = _variant(info, "gloss", f"doubtful_identification: a name doubtfully identifying {word!r}")
    # the noun phrase back to its article or determiner, if one opens it within a few words
    first = near.start(1)
    at = first
    for _ in range(_PHRASE_BACK):
        m = _PREV_WORDS_BACK.search(text, max(0, at - _WINDOW), at)
        if m is None or "\n" in text[m.end() : at] or "\r" in text[m.end() : at]:
            break
        w = fold(m.group())
        if w in _ARTICLES or w in conv.determiners:
            first = m.start()
            break
        if w in conv.function_words or w[-1:] in _BOUNDARY:
            break
        at = m.start()
    _, first, last = _glossed(variant, text, first, near.end(1), conv)
    return variant, first, last


#: How many words back the phrase a doubtful identification glosses may open with its article.
_PHRASE_BACK = 4
_ARTICLES = frozenset({"a", "an"})


def _queried_rendering(d: Doubt) -> tuple[SpanInfo, int | None, int | None] | None:
    """A ``question_edge`` reading opened by an indefinite article (``a``, ``an``), lower-case,
    after a word that is no function word, not glued nor after punctuation or another bracket:
    the translator's queried renderings of the noun before (an RTLM broadcast's transcript on
    rwandafile.com: ``They are a species [a race, an ethnic group?] of bad people``, ``a species
    [a race?] called Inkotanyi``), gloss of that word. A conjectured word stands in the
    sentence's place without an article of its own (``the army [corps?] level``: uncertain)."""
    info, text, start, conv = d.info, d.text, d.start, d.conv
    if not info.because.startswith(_DOUBTED):
        return None
    words = (info.conjecture or "").split()
    if len(words) < 2 or fold(words[0]) not in _ARTICLES or any(w[:1].isupper() for w in words):
        return None
    near = _NEAR_WORD.match(text, max(0, start - _WINDOW), start)
    if near is None or text[start - 1].isalpha():
        return None
    between = text[near.end(1) : start]
    if "]" in between or "[" in between or "\n" in between:
        return None
    word = near.group(1)
    wf = conv._word_facts.get(word) or _word_facts(word, conv)
    if wf.function or wf.after_boundary or wf.digit_initial or not wf.lower_word:
        return None
    variant = _variant(info, "gloss", f"queried_rendering: the translator's queried rendering of {word!r}")
    _, first, last = _glossed(variant, text, near.start(1), near.end(1), conv)
    return variant, first, last


#: The doubt chain, in order (first answer wins; no answer: the reading stays uncertain): what
#: the neighbouring text makes of an uncertain reading. ``[rules] disable`` switches a rule off;
#: the chain takes no data rules.
DOUBT_RULES: Ruler[DoubtRule] = Ruler(
    [
        ("doubtful_identification", _doubtful_identification),
        ("doubtful_spelling", _doubtful_spelling),
        ("queried_rendering", _queried_rendering),
    ]
)


def _no_doubt_data_rule(spec: dict[str, Any]) -> DoubtRule:
    raise LacunaError(f"rules.doubt[{spec.get('name')!r}]: the doubt chain takes no data rules")


def read_doubtful(
    info: SpanInfo, text: str, start: int, end: int, conv: Conventions
) -> tuple[SpanInfo, int | None, int | None]:
    """An uncertain reading settled by its neighbouring text (the doubt chain,
    :data:`DOUBT_RULES`): a doubtful identification is a gloss; returns (info, glossed_start,
    glossed_end), the reading unchanged when no rule answers."""
    chain = conv.ruler("doubt", DOUBT_RULES, _no_doubt_data_rule).active()
    if not chain:
        return info, None, None
    d = Doubt(info, text, start, end, conv)
    for rule in chain:
        out = rule.fn(d)
        if out is not None:
            return out
    return info, None, None
