"""What a bracketed span is: its category and fields, read from its inside and context.

Two steps, so the costly one can be cached:

1. :func:`read_inside` parses the inside with the Lark grammar ``grammars/bracket.lark``
   (LALR, a ``Transformer`` building a :class:`Shape`), then runs the inside chain
   :data:`INSIDE_RULES` (an ordered list of small named rules, :class:`lacuna.rules.Ruler`)
   against the :class:`~lacuna.conventions.Conventions` table. The result depends only on the
   inside and is cached per conventions table.
2. :func:`in_context` settles what needs the neighbouring text (:mod:`lacuna.classify.context`,
   :mod:`lacuna.classify.numbers`): note reference, supplied number or correction
   (:data:`NUMBER_RULES`); gloss or supplied words (:data:`CONTEXT_RULES`); a doubtful
   identification (:data:`DOUBT_RULES`).

Every decision is made by a rule of one of these chains (:data:`RULE_CHAINS`, in the order they
run), and its ``SpanInfo.because`` starts with that rule's name.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.context import (
    CONTEXT_RULES,
    DOUBT_RULES,
    DataContextRule,
    _inside_facts,
    categories_only,
    read_context,
    read_doubtful,
)
from lacuna.classify.declared import DEFAULT_NOTES, NOTE_RULES, read_note
from lacuna.classify.gaps import adjective_before_noun, listed_in_sentence
from lacuna.classify.inside import (
    _DEFAULT as _DEFAULT_READING,
)
from lacuna.classify.inside import (
    _DEFAULT_BECAUSE,
    INSIDE_RULES,
    DataInsideRule,
    Inside,
    InsideRule,
    read_inside,
)
from lacuna.classify.inside.text import NESTED_MARK
from lacuna.classify.name_compare import same_name
from lacuna.classify.numbers import NUMBER_RULES, read_field_label, read_number_context
from lacuna.classify.pairing import past_unpaired
from lacuna.classify.records import blank_between_words, empty_in_word, page_cited, supplied_hyphen
from lacuna.classify.shape import Clause, Shape, grammar_shape, plain_shape, shape_of, simple_shape
from lacuna.classify.transcribers import LABELLED_GLOSS, labelled_gloss_words
from lacuna.conventions import Conventions, fold
from lacuna.rules import Ruler

__all__ = [
    "CONTEXT_RULES",
    "DOUBLE_BRACKETS",
    "DOUBT_RULES",
    "INSIDE_RULES",
    "NESTED_MARK",
    "NOTE_RULES",
    "NUMBER_RULES",
    "RULE_CHAINS",
    "Clause",
    "DataContextRule",
    "DataInsideRule",
    "Inside",
    "InsideRule",
    "Shape",
    "categories_only",
    "double_bracket",
    "grammar_shape",
    "in_context",
    "plain_shape",
    "read_context",
    "read_inside",
    "read_number_context",
    "same_name",
    "shape_of",
    "simple_shape",
    "unclosed_inside",
    "unclosed_reading",
]

#: The chains that decide a span's reading, by the name the conventions file knows them by
#: (``[[rules.inside]]``, ``[[rules.context]]``), in the order a span meets them: the inside
#: chain, then, by the inside's reading, the context, number or doubt chain, and for a note read
#: by default the note chain (the document's declared convention; the glossed-extent
#: chain, :data:`lacuna.classify.glossed.GLOSSED_RULES`, moves a gloss's glossed words and
#: decides no reading).
RULE_CHAINS: dict[str, Ruler[Any]] = {
    "inside": INSIDE_RULES,
    "context": CONTEXT_RULES,
    "number": NUMBER_RULES,
    "doubt": DOUBT_RULES,
    "note": NOTE_RULES,
}


def in_context(
    info: SpanInfo,
    text: str,
    start: int,
    end: int,
    conventions: Conventions | None = None,
    *,
    inside: str | None = None,
) -> tuple[SpanInfo, int | None, int | None]:
    """Settle what the neighbouring text decides; returns (info, glossed_start, glossed_end).

    ``start``/``end`` are the span's offsets (brackets included) in ``text``; ``inside`` is
    ``text[start + 1 : end - 1]`` if the caller has it at hand (it spares a copy). See
    :mod:`lacuna.classify.context` for the rules. The glossed words never hold part of another
    span's markup (:func:`whole_spans_only`) and hold a letter or a figure (none when the word
    before is punctuation only, ``… ) [CPSU]``).
    """
    info, first, last = _in_context(info, text, start, end, conventions, inside=inside)
    if info.category == "editor_note" and info.because.startswith(DEFAULT_NOTES):
        # a note read by default: the document may declare whose its notes are
        return read_note(info, text, conventions or Conventions.default()), None, None
    if first is None or last is None or first < 0 or last < first:
        return info, first, last
    first, last = whole_spans_only(text, first, last)
    if first is not None and last is not None:
        last = outside_closed_spans(text, first, last, start)
    if first is None or last is None or not any(ch.isalnum() for ch in text[first:last]):
        return info, None, None
    return info, first, last


def outside_closed_spans(text: str, first: int, last: int, start: int) -> int | None:
    """The end of the glossed words ``text[first:last]`` of the span at ``start`` when they do
    not end inside another span that closes before it; None when they lie inside one (``as yet
    [half a line illegible] [Manchuria Malik Skip]``: the words back from the gloss reach
    ``a line illegible``, the gap's own words, and a gloss glosses no words of another span).
    A span that opens among the words and closes after them is taken whole (``Chai [Junwu]
    [Chai Chengwen]``: ``Chai [Junwu]``); a span enclosing both the words and the gloss
    (``the Central [Committee of the Communist Party [CCCP]]``) closes after it and stays."""
    if "]" not in text[last:start]:
        return last  # (most glosses: nothing but spaces and punctuation before the bracket)
    depth = 0
    for i in range(last, start):
        depth += {"[": 1, "]": -1}.get(text[i], 0)
        if depth < 0:
            opener = past_unpaired(text, first, last, "[", "]")
            if opener > first and text[opener - 1] == "[":
                return i + 1  # a span opening among the words, closing after them: whole
            return None
    return last


def whole_spans_only(text: str, first: int, last: int) -> tuple[int | None, int | None]:
    """The glossed words ``text[first:last]`` less any part of another span's markup: the start
    moves past a ``]`` whose ``[`` lies before it (``[William] Fuller [commissioner …]``: the
    words back reach ``William]``, the glossed word is ``Fuller``); a ``[`` left open in them
    encloses the span, so the start moves past the innermost one (``the Central [Committee of
    the Communist Party [CCCP]]``: ``Committee of the Communist Party``). A whole span among
    the words stays (``Comrade [Qiao] Guanhua``, ``the [South] Vietnamese government``), but
    whole spans that open the words are left out, as a supplied first name before a surname is
    (``[William] Fuller``: ``Fuller``; ``the [Soviet] [Communist] Party [CPSU]``: ``Party``,
    not ``[Communist] Party``), unless nothing but them is left. (None, None) when nothing is
    left."""
    if "[" not in text[first:last] and "]" not in text[first:last]:
        return first, last  # (most glosses)
    # past a closing bracket of a span that opened before the words, and past an enclosing
    # span's open bracket (the words inside it)
    first = past_unpaired(text, first, last, "[", "]")
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    if first >= last:
        return None, None
    return _past_leading_spans(text, first, last), last


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces stand between the line's start and ``start``."""
    line = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    return not text[line:start].strip()


def _past_leading_spans(text: str, first: int, last: int) -> int:
    """``first`` moved past the whole spans (and the spaces after them) that open
    ``text[first:last]``, if words of the text follow them; else ``first`` as it was."""
    at = first
    while at < last and text[at] == "[":
        depth, i = 0, at
        while i < last:
            depth += {"[": 1, "]": -1}.get(text[i], 0)
            i += 1
            if depth == 0:
                break
        if depth != 0:
            return first  # (an unclosed bracket: left to the caller's reading)
        while i < last and text[i].isspace():
            i += 1
        at = i
    return at if at < last else first


def _in_context(
    info: SpanInfo,
    text: str,
    start: int,
    end: int,
    conventions: Conventions | None = None,
    *,
    inside: str | None = None,
) -> tuple[SpanInfo, int | None, int | None]:
    """:func:`in_context` before the glossed words are trimmed to whole spans."""
    category = info.category
    if category == "gloss":
        if info.because.startswith(LABELLED_GLOSS):  # "Apr. [abbreviated: April]": the word before
            return labelled_gloss_words(info, text, start)
        return info, None, None
    if category == "supplied" and info.because == _DEFAULT_BECAUSE:
        # (most spans: a cue-less inside, read by the context chain; no branch below takes it)
        return read_context(info, text, start, end, conventions or Conventions.default(), inside)
    if category == "footnote_ref":
        if info.because.startswith(_NOTE_MARK):
            return info, None, None  # an asterisk or a dagger: no figure for the number chain
        conv = conventions or Conventions.default()
        return read_number_context(info, text, start, end, conv, inside), None, None
    if category == "gap":
        hyphen = supplied_hyphen(info, text, start, end)
        if hyphen is not None:
            return hyphen, None, None
        if info.because.startswith("missing_item: ") and not _opens_line(text, start):
            conv = conventions or Conventions.default()
            if fold(text[start + 1 : end - 1].strip()) in conv.section("gap").get("line_start_items", ()):
                # "jeans at [Gap] yesterday": the bare word is a gap only opening its line
                return read_context(_DEFAULT_READING, text, start, end, conv, inside)
        if info.because.startswith("gap_reason: "):
            conv = conventions or Conventions.default()
            if adjective_before_noun(text, start, end, conv):
                # "the [damaged] bridge was repaired": an ordinary word supplied before its noun
                return read_context(_DEFAULT_READING, text, start, end, conv, inside)
        # a missing item's name opening its line may be a database's field label ("[Date]")
        if info.because.startswith("missing_item: ") and (start == 0 or text[start - 1] in "\r\n"):
            field = read_field_label(info, text, start, end, conventions or Conventions.default())
            if field is not None:
                return field, None, None
        return info, None, None
    if category == "editor_note" and info.because.startswith(_LISTED):
        conv = conventions or Conventions.default()
        if listed_in_sentence(text, start, end, conv):
            # "he put his [signature] on it": a listed word between a determiner and the
            # sentence's next word is a word of the sentence
            return read_context(_DEFAULT_READING, text, start, end, conv, inside)
        return info, None, None
    if category == "other":  # only empty brackets glued to a word or between words are read again
        conv = conventions or Conventions.default()
        found = empty_in_word(info, text, start, end) or blank_between_words(
            info,
            text,
            start,
            end,
            conv.words("gap", "blank_mention_words"),
            conv.words("gap", "blank_mention_verbs"),
        )
        return found or info, None, None
    if category == "page_break":
        cited = page_cited(info, text, start, end)
        if cited is not None:
            return cited, None, None
    if info.because.startswith(_TITLE_READINGS):
        # a translated title may look like a note (a colon, a volume) or a doubt (a question)
        title = _translated_title(text, start, end, conventions or Conventions.default(), inside)
        if title is not None:
            return title
    if info.because.startswith(_LABELLED) and info.body_start is not None:
        # a label with nothing after it may be a page's empty field ("[Source:]")
        field = _empty_field(info, text, start, end, conventions or Conventions.default(), inside)
        if field is not None:
            return field
    if category == "uncertain":
        return read_doubtful(info, text, start, end, conventions or Conventions.default())
    if info.because.startswith(_NO_WORDS):
        # a lead-in ending with a colon may be a line of its own ("[From Harris at Irkutsk:]")
        line = _lead_in_line(text, start, end, conventions or Conventions.default(), inside)
        if line is not None:
            return line
    if category != "supplied" or info.because != _DEFAULT_BECAUSE:
        return info, None, None
    return read_context(info, text, start, end, conventions or Conventions.default(), inside)


#: The inside rules whose reading a translated title after its original overturns.
_TITLE_READINGS = ("labelled_note: ", "citation: ", "question_edge: ")


def _translated_title(
    text: str, start: int, end: int, conv: Conventions, inside: str | None
) -> tuple[SpanInfo, int | None, int | None] | None:
    """The context chain's reading of the span as if cue-less, if its ``title_translated``
    reads it as the English of the original-language title before it (Chicago style's
    ``Pataky, A vonakodó szövetséges: … megszállásában [The Wavering Ally: The Participation
    …]``), else None."""
    if inside is None:
        inside = text[start + 1 : end - 1]
    facts = conv._inside_facts.get(inside) or _inside_facts(inside, conv)
    if not (facts.english_title or facts.titled_english):
        return None  # (what title_translated asks first: no context read for most notes)
    out = read_context(_DEFAULT_READING, text, start, end, conv, inside)
    return out if out[0].because.startswith("title_translated: ") else None


_LABELLED = "labelled_note: "
#: The reading of an inside ``[exact]`` lists.
_LISTED = "listed: "
#: The inside rule reading a note's mark (``[*]``), which the number chain leaves as it is.
_NOTE_MARK = "note_mark: "


def _empty_field(
    info: SpanInfo, text: str, start: int, end: int, conv: Conventions, inside: str | None
) -> tuple[SpanInfo, int | None, int | None] | None:
    """The context chain's reading of a label with nothing after it (``Larry O’Brien
    [Source:]``) if its ``empty_field`` reads it as a page's empty field, else None."""
    if inside is None:
        inside = text[start + 1 : end - 1]
    if inside[info.body_start :].strip():
        return None  # (most labelled notes: a body after the label)
    out = read_context(_DEFAULT_READING, text, start, end, conv, inside)
    return out if out[0].because.startswith("empty_field: ") else None


#: The inside rule reading a label with nothing readable after it (``[Al margen:]``).
_NO_WORDS = "no_words: "


def _lead_in_line(
    text: str, start: int, end: int, conv: Conventions, inside: str | None
) -> tuple[SpanInfo, int | None, int | None] | None:
    """The context chain's reading of words ending with a colon and nothing after them
    (``no_words``) opening a line, if its ``own_line`` reads the bracket as a line of its own,
    the editor's lead-in to what follows (FRUS 1919 Russia, d244: ``[Received December 19, 6:43 p.m.]``↵
    ``[From Harris at Irkutsk:]``↵``“513. December 18th …``; Zapata's correspondence on
    pacogaray.tripod.com: ``[Al margen:]``↵``Dr. Atl.``), else None."""
    if start > 0 and text[start - 1] not in "\r\n":
        return None  # (most: the bracket does not open its line)
    out = read_context(_DEFAULT_READING, text, start, end, conv, inside)
    return out if out[0].because.startswith("own_line: ") else None


_DOUBLE = "double brackets around: "
#: How the ``because`` of ``[[...]]`` begins: the outer brackets take the inner span's reading.
DOUBLE_BRACKETS = _DOUBLE


def double_bracket(inner: SpanInfo) -> SpanInfo:
    """The reading of ``[[...]]``: the outer brackets take the inner span's reading."""
    if inner.because.startswith(_DOUBLE):
        return inner
    return _doubled(inner)


@cache
def _doubled(inner: SpanInfo) -> SpanInfo:
    return dataclasses.replace(inner, because=_DOUBLE + inner.because)


#: Where the text after an unclosed ``[`` probably should have closed: a line break, or the
#: end of a sentence (a stop, then a capital).
_RUN_END = regex.compile(r"[\r\n]|[.!?](?=\s{1,3}\p{Lu})")
_SWALLOW_LOOK = 200
_SWALLOWING = frozenset({"gap", "translator_note", "editor_note"})


def unclosed_reading(text: str, at: int, conventions: Conventions | None = None) -> tuple[str, int] | None:
    """What an unclosed ``[`` at ``at`` opens, if it reads as a gap or a note up to the next
    line break or sentence end: (category, offset where its ``]`` was probably meant to be).
    None when it reads as anything else (then it swallowed nothing a reader would miss)."""
    found = unclosed_inside(text, at, conventions)
    return None if found is None else (found[0].category, found[1])


def unclosed_inside(
    text: str, at: int, conventions: Conventions | None = None
) -> tuple[SpanInfo, int, int] | None:
    """The reading of what an unclosed ``[`` at ``at`` opens (see :func:`unclosed_reading`):
    (its reading, the offset where its ``]`` was probably meant to be, the offset where the
    read inside ends: after a sentence's stop, at a line break), or None."""
    conv = conventions or Conventions.default()
    hi = min(len(text), at + 1 + _SWALLOW_LOOK)
    stop = _RUN_END.search(text, at + 1, hi)
    if stop is None:
        return None
    end = stop.start() + (1 if text[stop.start()] in ".!?" else 0)
    inside = text[at + 1 : end]
    if "[" in inside or "]" in inside or not inside.strip():
        return None
    info = read_inside(inside, conv)
    if info.category not in _SWALLOWING:
        return None
    return info, stop.start(), end
