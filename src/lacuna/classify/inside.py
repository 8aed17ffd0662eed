"""The inside chain: what an inside says before its context is read (:data:`INSIDE_RULES`,
an ordered list of small named rules, cached per inside and conventions table)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

import regex
from lark import Token
from rapidfuzz import fuzz

from lacuna.ast import SpanInfo
from lacuna.classify.gaps import _DIGITS, _STRIP_WORD, _gap, _gap_quantity, _quantity, _word
from lacuna.classify.notes import _labelled, _sic_after_word, _sic_reading, _spells
from lacuna.classify.shape import _STRUCTURE, Shape, grammar_shape, lexed_shape, plain_shape, simple_shape
from lacuna.classify.transcribers import _labelled_reading
from lacuna.classify.transcription import QUESTION_ENDS, _interview_question, _misspelt_tag, misspelt_tag_like
from lacuna.classify.transcripts import SEALED_WORDS, _sealed_portion
from lacuna.classify.words import _reread
from lacuna.conventions import Conventions, expand_placeholders, fold, literal_tree, on_clear_caches
from lacuna.dates import parse_date
from lacuna.rules import Rule, Ruler

__all__ = ["INSIDE_RULES", "DataInsideRule", "Inside", "InsideRule", "read_inside"]

_DEFAULT_BECAUSE = "default: words without a cue"
# One shared reading for every cue-less inside (SpanInfo is immutable): one object, not one per inside.
_DEFAULT = SpanInfo("supplied", because=_DEFAULT_BECAUSE)


_CACHE_LIMIT = 20_000
_ROMAN = regex.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
# a page numbered in roman numerals, any size (``[Page XLIV]``, ``[Page L]``; folded)
_PAGE_ROMAN = regex.compile(r"(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


#: How many words at the start of an inside are searched for a thing on the paper (a stamp).
_PHYSICAL_WORDS = 8


_DOTS = regex.compile(r"\.{0,3}…[.…]{0,3}|\.{3,6}")
# a label that is a time ("Received 11:20 p.m."): the colon is not a label's
_TIME_COLON = regex.compile(r"\d\Z")
# a bracket holding a sentence of the editor's: "[He died on September 3, 1969.]"
_CLOCK = regex.compile(r"[ap]\.\s?m\.\Z")
_SENTENCE = regex.compile(r"\*?\p{Lu}\S*(?:\s+\S+){2,}[.!]")
# a name's initial ending the inside, after a capitalised word ("… Nikita S.", "… Carlos A."):
# no sentence ends there; a lettered item does end one ("… in Tab A.", "… see Annex B.")
_INITIAL_END = regex.compile(
    r"(?<=\p{Lu}\p{Ll}{0,30}\s)(?<!(?i:\b(?:tab|annex|appendix|part|section|table|enclosure|"
    r"attachment|exhibit|plan|option|item|paragraph|figure|map|chart|schedule|annexure)\s))\p{Lu}\.\Z"
)


def read_inside(inside: str, conventions: Conventions | None = None) -> SpanInfo:
    """Read what an inside says, before looking at its context (cached)."""
    conv = conventions or Conventions.default()
    cache_ = conv._cache
    info = cache_.get(inside)
    if info is None:
        info = _read(inside, conv)
        if info is not _DEFAULT:
            info = _shared_reading(info)
        if len(cache_) >= _CACHE_LIMIT:
            cache_.clear()
        cache_[inside] = info
    return info


#: The readings of the insides read so far, one object per value: distinct insides often read
#: alike (``[Translator's note: …]``, ``[illegible]``), and a reading made again once the cache
#: of insides has been emptied is the object the tree already holds.
_READINGS: dict[object, SpanInfo] = {}
_READINGS_LIMIT = 20_000
on_clear_caches(_READINGS.clear)


def _shared_reading(info: SpanInfo) -> SpanInfo:
    """The kept reading equal to ``info`` (``info`` itself if new)."""
    # (a quantity's repr is in the key: 1 and 1.0 are equal, not written alike)
    key: object = info if info.quantity is None else (info, repr(info.quantity))
    kept = _READINGS.get(key)
    if kept is None:
        if len(_READINGS) >= _READINGS_LIMIT:
            _READINGS.clear()
        _READINGS[key] = kept = info
    return kept


#: A word a line break cut with a hyphen (``un-<br />\n\nrecovered``), or an HTML line break
#: that a page's stored text kept (``4<br />\n\ngroups``).
_WRAPPED = regex.compile(
    r"(?<=\p{L})-[ \t]*+(?:<br\s*/?>)?[ \t]*+(?:\r?\n[ \t]*+(?:<br\s*/?>)?[ \t]*+)+(?=\p{Ll})|<br\s*/?>",
    regex.IGNORECASE,
)


def _unwrapped(inside: str) -> str:
    """``inside`` read across its line breaks: a hyphenated word joined, an HTML line break a space."""
    return _WRAPPED.sub(lambda m: "" if m.group()[0] == "-" else " ", inside)


class Inside:
    """An inside being read, with what the rules ask of it (the shape parsed on demand)."""

    __slots__ = (
        "_first",
        "_shape",
        "folded",
        "inside",
        "lead",
        "parsed",
        "single",
        "stripped",
        "structured",
        "tests",
        "tokens",
    )

    def __init__(self, inside: str) -> None:
        if "<br" in inside or "-\n" in inside or "-\r" in inside:
            inside = _unwrapped(inside)  # read across a page's line wrap
        self.inside = inside
        stripped = self.stripped = inside.strip()
        self.folded = fold(stripped)
        self._shape: Shape | None = None
        self.tokens: list[Token] = []
        self.single = True
        self._first: str | None = None
        #: whether the inside has more shape than a run of words (a label, clauses, quotes, ?)
        self.structured = _STRUCTURE.search(inside) is not None
        # whether the grammar has read the inside (an inside of words only needs no parse)
        self.parsed = not self.structured
        self.lead: list[str] = [] if self.structured else stripped.split()

    def read_shape(self) -> Shape | None:
        """Parse the inside (once); None if the grammar rejects it. Sets tokens, lead, single."""
        if self.parsed:
            return self._shape
        self.parsed = True
        if not self.structured:
            self.lead = self.stripped.split()
            self.single = True
            return None
        shape = simple_shape(self.inside) or lexed_shape(self.inside) or grammar_shape(self.inside)
        self._shape = shape
        if shape is not None:
            self.tokens = shape.tokens
            first = shape.tokens[0] if shape.tokens else None
            self.lead = first.value.split() if first is not None and first.type == "TEXT" else []
            self.single = len(shape.tokens) == 1
        return shape

    @property
    def shape(self) -> Shape:
        """The shape (the plain one for an inside of words only)."""
        shape = self.read_shape()
        return shape if shape is not None else plain_shape(self.inside)

    @property
    def first(self) -> str:
        """The first word, folded, without the punctuation around it ('' if none)."""
        first = self._first
        if first is None:
            self.read_shape()
            first = self._first = _word(self.lead[0]) if self.lead else ""
        return first


#: A rule of the inside chain: the reading, or None to pass to the next rule.
InsideRule = Callable[[Inside, Conventions], SpanInfo | None]


def _empty(x: Inside, conv: Conventions) -> SpanInfo | None:
    """Nothing between the brackets: other."""
    return SpanInfo("other", because="empty: empty brackets") if not x.stripped else None


def _listed(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A whole inside listed in ``[exact]``: its category."""
    category = conv.exact.get(x.folded)
    if category is None:
        return None
    return SpanInfo(category, because=f"listed: listed description {x.stripped!r}")


def _elision(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An elision mark (``…``, ``...``, ``.…``): a gap elided by the editor."""
    stripped = x.stripped
    if stripped in conv.elisions or (stripped[:1] in (".", "…") and _DOTS.fullmatch(stripped) is not None):
        return SpanInfo("gap", because="elision: elision mark", reason=conv.elision_reason)
    return None


def _missing_item(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A whole inside naming a missing item (``[date]``): a gap of that unit."""
    unit = conv.exact_gaps.get(x.folded)
    if unit is None:
        return None
    return SpanInfo(
        "gap",
        because=f"missing_item: names a missing item ({x.stripped!r})",
        extent=x.stripped,
        quantity=1.0,
        unit=unit,
    )


def _unparsed(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An inside the bracket grammar rejects, or without words: words without a cue."""
    return _DEFAULT if x.structured and x.read_shape() is None else None


def _labelled_note(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``Label: body`` with a note label (listed, a listed head word, the translator's, short)."""
    shape = x.read_shape()
    if shape is None or shape.label is None:
        return None
    if _TIME_COLON.search(shape.label.value) and _clock_body(x.inside[shape.body_start :]):
        return None  # "[Received 11:20 p.m.]", "[Received May 27-9: 55 a.m.]": a time, not a label
    return _labelled(x.inside, shape, conv)


def _clock_body(body: str) -> bool:
    """Whether the words after a colon that follows a figure go on with a time: a figure right
    after the colon (``11:20 p.m.``), or a figure after a space and a half of the day at the end
    (a copy typed with a space after the colon: ``[Received May 27-9: 55 a.m.]``, a course
    site's copy of a FRUS telegram)."""
    if body[:1].isdigit():
        return True
    body = body.lstrip()
    return body[:1].isdigit() and _CLOCK.search(body) is not None


def _spelled_capitals(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[SIC: Soviet Information Committee]``: capitals spelled out, an editor's note."""
    shape = x.read_shape()
    if shape is None or shape.label is None:
        return None
    body = x.inside[shape.body_start :]
    label = shape.label.value.strip()
    if not _spells(label, body):
        return None
    start = shape.body_start + len(body) - len(body.lstrip())
    return SpanInfo(
        "editor_note",
        because=f"spelled_capitals: expands the capitals {label!r}",
        label=label,
        body_start=start,
    )


def _sic_label(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[sic: the CPC]``: sic with the correction after the colon."""
    shape = x.read_shape()
    if shape is None or shape.label is None:
        return None
    label_words = fold(shape.label.value).split()
    if len(label_words) == 1 and label_words[0].strip(_STRIP_WORD) in conv.sic_words:
        return _sic_reading(x.inside[shape.body_start :], conv)
    return None


def _no_words(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A label with nothing readable after it: words without a cue."""
    x.read_shape()
    return _DEFAULT if x.structured and not x.tokens else None


#: ``sic`` run on into its correction by dashes (``[sic--15]``, Yale's Annals of Communism).
_SIC_DASHED = regex.compile(r"(\w+)\s?[-–—]{1,3}")


def _sic(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[sic]``, ``[sic! probably …]``, ``[sic--15]``: the source as is, with a correction if
    given; a translator's tail ``[zam. predsedatelya -SIC]`` marks the words before it as
    written; a phrase saying the same (``[as heard]``, FBIS; ``[sic] phrases``)."""
    if x.first not in conv.sic_words:
        words = x.folded.split()
        if len(words) >= 2 and words[-1].strip("-—–!.") in conv.sic_words and words[-1][:1] in "-—–":
            return SpanInfo("sic", because="sic: the translator's tail sic")
        dashed = _SIC_DASHED.match(x.folded)
        if dashed is not None and dashed.group(1) in conv.sic_words:
            return _sic_reading(x.stripped[dashed.end() :], conv)
        phrase = " ".join(words).rstrip(".")
        if phrase in conv.sic_phrases:
            return SpanInfo("sic", because=f"sic: says the source reads so ({phrase!r})")
        return None
    return _sic_after_word(x.inside, x.shape, conv)


#: The words between the first and last page of a marker of several (``[pages one to four]``).
_PAGE_RANGE = frozenset({"to", "through", "-", "–"})
#: Dashes after a page marker, before what the page holds (``[page two – Letter from …]``).
_PAGE_DASHES = frozenset({"-", "–", "—", "--"})


#: A year (the date of the document a range of pages holds).
_YEAR = regex.compile(r"\b(?:1[6-9]|20)\d\d\b")
#: The pages or columns a marker spans, in figures joined by a hyphen or dash (``[Pages
#: 29-42]``, ``[Columns 565-566]``: the Yizkor Book Project's translations); the first is the
#: marker's number.
_PAGE_SPAN = regex.compile(r"(\d{1,5})[-–]\d{1,5}")


def _page_marker(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[Page 412]``, ``[p. 3]``, ``[Page XLIV]``: a page break with its number (digits, roman
    numerals of any size, or a number word); also after a word saying which page it is
    (``[Facsimile Page 1]``, ``[end page 1]``: ``page_break.qualifiers``) and before a dash and
    what the page holds (``[page two – Letter from Chernyayev, …]``, Bukovsky archive); a range
    of pages with the date of the document they hold (``[pages two to nine, 27 January 1980,
    210-A]``); the pages or columns a marker spans in figures (``[Columns 565-566]``)."""
    x.read_shape()
    lead = x.lead
    if x.single and len(lead) == 3 and fold(lead[0]) in conv.page_qualifiers:
        lead = lead[1:]
    elif len(lead) >= 4 and lead[2] in _PAGE_DASHES:
        lead = lead[:2]
    elif x.single and len(lead) == 4 and fold(lead[2]) in _PAGE_RANGE:
        lead = lead[:2]  # "[pages one to four]": the pages a marker spans, from the first
    elif len(lead) == 4 and fold(lead[2]) in _PAGE_RANGE and _YEAR.search(x.stripped) is not None:
        lead = lead[:2]  # "[pages two to nine, 27 January 1980, 210-A]": and the document's date
    elif not (x.single and len(lead) == 2):
        return None
    first = _word(lead[0])
    if first in conv.page_words or fold(lead[0]) in conv.page_words:
        number = _word(lead[1])
        span = _PAGE_SPAN.fullmatch(number)
        if span is not None:
            # "[Columns 565-566]": the first page or column of those the marker spans
            because = f"page_marker: page marker {lead[0]!r}"
            return SpanInfo("page_break", because=because, number=span.group(1))
        if (
            _DIGITS.fullmatch(number)
            or _PAGE_ROMAN.fullmatch(number)
            or isinstance(conv.quantities.get(number), int)
        ):
            # the number as written ("XLIV", not "xliv")
            written = lead[1].strip(_STRIP_WORD)
            return SpanInfo("page_break", because=f"page_marker: page marker {lead[0]!r}", number=written)
    return None


#: A page's number after a page word as a label, set off by dashes or not (``- I -``, ``12``).
_LABELLED_PAGE = regex.compile(r"\s*[-–—]?\s*(\d{1,5}|[IVXLCivxlc]{1,8})\s*[-–—]?\s*")


def _page_labelled(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A page word as a label before the page's number (the SPD's exile reports on
    library.fes.de: ``[Seite: - I - ]``; ``[Page: 12]``): a page marker, as ``[Seite 12]`` is."""
    shape = x.read_shape()
    if shape is None or shape.label is None:
        return None
    label = fold(shape.label.value.strip())
    if label not in conv.page_words and _word(label) not in conv.page_words:
        return None
    m = _LABELLED_PAGE.fullmatch(x.inside, shape.body_start)
    if m is None or (not m.group(1).isdigit() and _PAGE_ROMAN.fullmatch(m.group(1).lower()) is None):
        return None
    because = f"page_labelled: page marker {shape.label.value.strip()!r}"
    return SpanInfo("page_break", because=because, number=m.group(1))


def _note_reference_form(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A short number, a lower-case roman numeral or one letter: a note reference (the
    context may make it supplied words or a correction)."""
    x.read_shape()
    if not (x.single and len(x.lead) == 1):
        return None
    token = x.lead[0]
    digits = _DIGITS.fullmatch(token) and len(token) <= conv.footnote_max_digits
    if digits or _ROMAN.fullmatch(token) or (len(token) == 1 and token.islower()):
        return SpanInfo("footnote_ref", because="note_reference_form: note-reference form", number=token)
    return None


def _question_marks(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[?are awaiting?]``: an uncertain reading."""
    x.read_shape()
    tokens = x.tokens
    if len(tokens) >= 3 and tokens[0].type == "QMARK" and tokens[-1].type == "QMARK":
        reading = x.inside[tokens[0].end_pos : tokens[-1].start_pos].strip()
        return SpanInfo("uncertain", because="question_marks: ?…? reading", conjecture=reading, cert="low")
    return None


def _physical(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[faded stamp …]``, ``[round seal]``: a description of the physical document, an
    editor's note (``notes.physical``), even when it says the stamp is illegible."""
    if _things_inside(conv).search(x.folded) is None:
        return None
    match = conv.physical_pattern.match(x.folded)
    if match is not None:
        return SpanInfo(
            "editor_note", because=f"physical: describes the document ({match.group().strip()!r})"
        )
    things = conv.physical_things
    for word in x.folded.split(None, _PHYSICAL_WORDS)[:_PHYSICAL_WORDS]:
        word = word.strip(_STRIP_WORD + ";")
        if word in things:
            return SpanInfo("editor_note", because=f"physical: names a {word!r} on the document")
    return None


@lru_cache(maxsize=16)
def _things_inside(conv: Conventions) -> regex.Pattern[str]:
    """Finds a thing on the paper (``notes.physical.things``) anywhere in a folded inside, even
    inside a word (one search rather than a substring test per thing)."""
    things = sorted(conv.physical_things, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(t) for t in things) or "(?!)")


#: The end of a sentence inside a bracket, before the next one (a capital after a stop, a space
#: or a dash between): ``Paraphrase.—Received``, ``1900. Date``.
_NEXT_SENTENCE = regex.compile(r"[.!?][”\"’)]?(?:\s{1,3}|\s?[—–]\s?|--)(?=\p{Lu})")


def _gap_reason(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A reason phrase (``missing``, ``illegible``) after a quantity and unit: a gap. Not when
    the reason stands only in a sentence after the first (FRUS: ``[Telegram—Paraphrase.—
    Received September 3, 1900. Date lost in transmission.]``): the editor's account of how
    the document came, no words missing where the bracket stands."""
    if conv.reason_pattern.search(x.folded) is None:
        return None
    stop = _NEXT_SENTENCE.search(x.stripped)
    if stop is not None and conv.reason_pattern.search(fold(x.stripped[: stop.start()])) is None:
        return None
    return _gap(x.inside, x.shape, conv)


#: How close a misspelt reason's word must be to the reason's (``fuzz.ratio``): one letter
#: dropped or two swapped in a long word (``declassifed``, ``delcassified``: 96, 92).
_MISSPELT_SCORE = 90.0
#: The shortest reason word read for a misspelling (shorter words are too near each other).
_MISSPELT_LETTERS = 8


def _misspelt_reason(x: Inside, conv: Conventions) -> SpanInfo | None:
    """The inside's last word a misspelling of a reason phrase's long last word, the words
    before it as the phrase has them (a typed copy of a FRUS memorandum: ``[text not
    declassifed]``, ``[text not delcassified]``): read as if spelt right, a gap. Not an English
    word (``[not declared]``), nor a word of another beginning."""
    found = _misspelt_word(x.folded.split(), conv)
    if found is None:
        return None
    last, tail = found
    stripped = x.stripped
    folded = fold(stripped)
    at = folded.rfind(last)
    if at < 0 or len(folded) != len(stripped) or conv.is_english(last):
        return None
    info = read_inside(stripped[:at] + tail + stripped[at + len(last) :], conv)
    if info.category != "gap":
        return None
    return _reread(info, "gap", f"misspelt_reason: {last!r} read as {tail!r}; {info.because}")


def _misspelt_word(words: list[str], conv: Conventions) -> tuple[str, str] | None:
    """(the last word, the reason's word it misspells) if the last of ``words`` (folded, at
    most eight) is a misspelling of a reason phrase's long last word, the words before it as
    the phrase has them; else None (also the inside chain's trigger of ``misspelt_reason``)."""
    if not words or len(words) > 8:
        return None
    last = words[-1].strip(_STRIP_WORD)
    if len(last) < _MISSPELT_LETTERS or last in conv.reasons:
        return None
    for head, tail in _misspelt_targets(conv):
        if tail[:2] != last[:2] or abs(len(tail) - len(last)) > 2 or tail == last:
            continue
        if head and words[-1 - len(head) : -1] != list(head):
            continue
        if last.isalpha() and fuzz.ratio(last, tail, score_cutoff=_MISSPELT_SCORE):
            return last, tail
    return None


@lru_cache(maxsize=16)
def _misspelt_targets(conv: Conventions) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The reason phrases whose last word is long enough to be read misspelt: (the words
    before it, the last word)."""
    out = set()
    for phrase in conv.reasons:
        words = phrase.split()
        if words and len(words[-1]) >= _MISSPELT_LETTERS and words[-1].isalpha():
            out.add((tuple(words[:-1]), words[-1]))
    return tuple(sorted(out))


@lru_cache(maxsize=16)
def _description_heads(conv: Conventions) -> frozenset[str]:
    """The first two characters of the descriptions (``notes.descriptions.starts``)."""
    return frozenset(s[:2] for s in conv.description_starts)


def _described(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An inside starting with a description of the document (``[Underlined by hand]``)."""
    if x.folded[:2] not in _description_heads(conv):
        return None  # no description starts with these two letters (one set test, not the pattern)
    described = conv.description_pattern.match(x.folded)
    if described is None:
        return None
    return SpanInfo("editor_note", because=f"described: describes the document ({described.group()!r})")


def _question_edge(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A short reading ending (``[our?]``) or starting with ``?``: uncertain."""
    x.read_shape()
    tokens = x.tokens
    if len(tokens) < 2 or not (tokens[-1].type == "QMARK" or tokens[0].type == "QMARK"):
        return None
    words = sum(len(t.value.split()) for t in tokens if t.type == "TEXT")
    if words > 8:
        return None
    if tokens[-1].type == "QMARK":
        # "[contramark???]": every question mark at the end is the doubt, none is the reading
        reading = x.inside[tokens[0].start_pos : tokens[-1].start_pos].rstrip("? \t\n")
        return SpanInfo(
            "uncertain", because="question_edge: reading ends with ?", conjecture=reading, cert="low"
        )
    reading = x.inside[tokens[0].end_pos :].strip()
    return SpanInfo(
        "uncertain", because="question_edge: reading starts with ?", conjecture=reading, cert="low"
    )


def _bare_extent(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[3 words]``, ``[two lines]``: an amount and a unit alone, a gap without a stated reason."""
    words = x.folded.split()
    if not 2 <= len(words) <= 4 or x.structured:
        return None
    unit = conv.units.get(words[-1])
    if unit is None or unit in conv.uncounted_units or unit == "page":  # [2 Pages] describes
        return None
    quantity = _gap_quantity(words[:-1], unit, conv)
    if quantity is None:
        return None
    return SpanInfo(
        "gap", because="bare_extent: an amount of a unit", extent=x.stripped, quantity=quantity, unit=unit
    )


def _doubtful_extent(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An amount of a unit with a question mark (a tape transcript's ``[2 words?]``, JFK's
    telephone recordings): a gap of about that much, the transcriber unsure of the count. The
    question mark doubts the count, not a reading (``[our?]`` is uncertain, question_edge)."""
    stripped = x.stripped
    if not stripped.endswith("?"):
        return None
    amount = stripped.rstrip("?").rstrip()
    if not amount or "?" in amount:
        return None
    reading = _bare_extent(Inside(amount), conv)
    if reading is None:
        return None
    return dataclasses.replace(
        reading, because="doubtful_extent: an amount of a unit, doubted", extent=stripped
    )


def _sentence_note(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A sentence of its own, capital to full stop (``[He died on September 3, 1969.]``,
    ``[See U.S. draft in Tab A.]``): the editor's note."""
    if x.stripped[-1:] not in (".", "!") or _SENTENCE.fullmatch(x.stripped) is None:
        return None
    last = fold(x.stripped.rsplit(None, 1)[-1])
    if last in conv.abbreviations or _CLOCK.search(x.stripped) is not None:
        return None  # "[Received 11:20 p.m.]" ends with an abbreviation
    if _INITIAL_END.search(x.stripped) is not None:
        return None  # "[Soviet Premier Nikita S.]": a name's initial, supplied before the surname
    return SpanInfo("editor_note", because="sentence_note: a sentence of the editor's")


def _translator_remark(x: Inside, conv: Conventions) -> SpanInfo | None:
    """The translator's remark without a label: on their own translation
    (``notes.own_translation``: ``[Letter to the IS, my own translation of the German text …]``,
    ``[… eigene Übersetzung des englischen Textes …]``) or on the original's wording
    (``notes.translator_remarks``: ``[It literally says “open postcard” – …]``, ``[Abyś could be
    an endearing form of Abraham. Pronunciation: AH-beesh]``, ``My Beloved! [in plural]``): a
    translator's note, whatever else it says."""
    found = _remark_pattern(conv).search(x.folded)
    if found is None:
        return None
    return SpanInfo(
        "translator_note", because=f"translator_remark: the translator's remark ({found.group()!r})"
    )


@lru_cache(maxsize=16)
def _remark_pattern(conv: Conventions) -> regex.Pattern[str]:
    phrases = sorted({fold(p) for p in _own_translation_phrases(conv)}, key=len, reverse=True)
    shapes = [str(p) for p in conv.section("notes", "translator_remarks").get("search", ())]
    own = r"(?<![\w'])(?:" + ("|".join(map(regex.escape, phrases)) or "(?!)") + r")(?![\w'])"
    return regex.compile("|".join([own, *(f"(?:{s})" for s in shapes)]), regex.IGNORECASE)


def _own_translation_phrases(conv: Conventions) -> tuple[str, ...]:
    return tuple(fold(p) for p in conv.section("notes", "own_translation").get("phrases", ()))


def _remark_guards(conv: Conventions) -> tuple[str, ...]:
    """What the folded inside of a translator's remark holds: an own-translation phrase or a
    word a wording remark's shape needs (``notes.translator_remarks.contains``)."""
    words = conv.section("notes", "translator_remarks").get("contains", ())
    return (*_own_translation_phrases(conv), *(fold(str(w)) for w in words))


#: The words of a long note: at least this many, with a sentence break among them.
_LONG_NOTE_WORDS = 12
# a full stop or a semicolon after a word of three lower-case letters, a digit or a closing
# parenthesis or quote, then a capital: one sentence ends, another begins ("… Ho Chi Minh City.
# Printed at …"); not the initials of a name ("N. S. Khrushchev")
_SENTENCE_BREAK = regex.compile(r"(?:(?<=\p{Ll}{3})|(?<=[\d)”\"]))[.;]\s{1,3}[\p{Lu}\d]")


def _long_note(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An inside of :data:`_LONG_NOTE_WORDS` words or more that holds more than one sentence
    (``[Book by … Printed at the Joint Printing Plant …]``, ``[On July 27, 2001, the National
    Security Archive posted …. The documents …]``): the editor's note, never words supplied."""
    if len(x.stripped.split(None, _LONG_NOTE_WORDS - 1)) < _LONG_NOTE_WORDS:
        return None
    if _SENTENCE_BREAK.search(x.stripped) is None:
        return None
    return SpanInfo("editor_note", because="long_note: several sentences of the editor's")


def _default(x: Inside, conv: Conventions) -> SpanInfo | None:
    """Words without a cue: supplied, unless the context says otherwise (lacuna.classify.context)."""
    return _DEFAULT


#: The rules that read only an inside's structure (a label, clauses, question marks): an inside
#: of words alone skips them.
_STRUCTURE_RULES = frozenset(
    {
        _unparsed,
        _labelled_reading,
        _labelled_note,
        _spelled_capitals,
        _sic_label,
        _no_words,
        _question_marks,
        _question_edge,
        _doubtful_extent,
    }
)


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
    first = _first_tokens(conv.reasons)
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
    _long_note: lambda conv: Trigger(test=_many_words),
    _interview_question: lambda conv: Trigger(suffixes=QUESTION_ENDS),
    _misspelt_tag: lambda conv: Trigger(test=lambda folded, words: misspelt_tag_like(folded, words, conv)),
}


def _many_words(folded: str, words: list[str]) -> bool:
    """At least :data:`_LONG_NOTE_WORDS` words."""
    return len(words) >= _LONG_NOTE_WORDS


class _Dispatch:
    """The active rules of a chain for an inside of words alone: all of them, the ones that
    always run, and the union of the others' triggers (:meth:`may_answer`). When no trigger
    holds, only the rules that always run are run: the others would all decline, so the
    first answer is the same."""

    __slots__ = (
        "active",
        "always",
        "conv",
        "counts",
        "exact",
        "first",
        "last",
        "non_ascii",
        "phrases",
        "plain",
        "prefixes",
        "ruler",
        "substrings",
        "suffixes",
        "tests",
        "tokens",
    )

    def __init__(self, active: tuple[Rule[InsideRule], ...], conv: Conventions) -> None:
        self.active = active
        self.conv = conv
        self.ruler: Ruler[InsideRule] | None = None
        self.plain = tuple(r for r in active if r.fn not in _STRUCTURE_RULES)
        always: list[Rule[InsideRule]] = []
        triggers: list[Trigger] = []
        for rule in self.plain:
            trigger = _trigger_of(rule.fn, conv)
            if trigger is None:
                always.append(rule)
            else:
                triggers.append(trigger)
        self.always = tuple(always)
        self.counts = frozenset().union(*(t.counts for t in triggers))
        self.first = _by_strip(t.first for t in triggers)
        self.last = _by_strip(t.last for t in triggers)
        prefixes = sorted({p for t in triggers for p in t.prefixes})
        # by first character: one look-up, then the few prefixes that start with it
        self.prefixes: dict[str, tuple[str, ...]] = {}
        for p in prefixes:
            self.prefixes[p[:1]] = (*self.prefixes.get(p[:1], ()), p)
        self.suffixes = tuple(sorted({p for t in triggers for p in t.suffixes}))
        self.exact = frozenset().union(*(t.exact for t in triggers))
        substrings = {p for t in triggers for p in t.substrings}
        # one search for all, the literals as a tree of their common beginnings (stdlib re)
        self.substrings = re.compile(literal_tree(substrings)) if substrings else None
        self.non_ascii = any(t.non_ascii for t in triggers)
        self.tokens = frozenset().union(*(t.tokens for t in triggers))
        self.tests = tuple(t.test for t in triggers if t.test is not None)
        self.phrases = frozenset().union(*(t.phrases for t in triggers))

    def may_answer(self, folded: str) -> bool:
        """Whether a rule other than those that always run may answer the (folded, stripped)
        inside of words alone."""
        words = folded.split()
        if len(words) in self.counts or folded in self.exact:
            return True
        if words:
            first, last = words[0], words[-1]
            for strip, found in self.first:
                if first.strip(strip) in found:
                    return True
            for strip, found in self.last:
                if last.strip(strip) in found:
                    return True
        prefixes = self.prefixes
        if prefixes:
            if "" in prefixes:
                return True
            starting = prefixes.get(folded[:1])
            if starting is not None and folded.startswith(starting):
                return True
        if folded.endswith(self.suffixes):
            return True
        if self.non_ascii and not folded.isascii():
            return True
        if self.substrings is not None and self.substrings.search(folded) is not None:
            return True
        if self.tokens:
            # a word of letters alone is one token; any other word is split as the pattern would
            if all(map(str.isalpha, words)):
                if not self.tokens.isdisjoint(words):
                    return True
            elif not self.tokens.isdisjoint(_TOKEN.findall(folded)):
                return True
        if self.phrases and " ".join(words) in self.phrases:
            return True
        for test in self.tests:
            if test(folded, words):
                return True
        return False


def _by_strip(
    groups: Iterable[tuple[tuple[str, frozenset[str]], ...]],
) -> tuple[tuple[str, frozenset[str]], ...]:
    """The (characters stripped, words) pairs of ``groups``, one per characters stripped."""
    merged: dict[str, set[str]] = {}
    for group in groups:
        for strip, words in group:
            merged.setdefault(strip, set()).update(words)
    return tuple((strip, frozenset(words)) for strip, words in sorted(merged.items()))


def _trigger_of(fn: Callable[..., object], conv: Conventions) -> str | None:
    make = _TRIGGERS.get(fn)
    if make is not None:
        return make(conv)
    if isinstance(fn, DataInsideRule):
        return fn.trigger()
    return None


def _dispatch(ruler: Ruler[InsideRule], conv: Conventions) -> _Dispatch:
    """The dispatch of the active rules of ``ruler`` (cached until the chain changes)."""
    active = ruler.active()
    cached = _DISPATCH.get(id(ruler))
    if cached is not None and cached.ruler is ruler and cached.active is active and cached.conv is conv:
        return cached
    if len(_DISPATCH) >= _DISPATCH_LIMIT:
        _DISPATCH.clear()
    # (the entry holds the chain, so its id is not reused while the entry lives)
    dispatch = _DISPATCH[id(ruler)] = _Dispatch(active, conv)
    dispatch.ruler = ruler
    return dispatch


_DISPATCH: dict[int, _Dispatch] = {}
_DISPATCH_LIMIT = 64


#: The inside chain, in order (first answer wins). ``[rules] disable`` in the conventions file
#: switches rules off; ``[[rules.inside]]`` adds rules written as data.
INSIDE_RULES: Ruler[InsideRule] = Ruler(
    [
        ("empty", _empty),
        ("listed", _listed),
        ("elision", _elision),
        ("missing_item", _missing_item),
        ("unparsed", _unparsed),
        ("page_labelled", _page_labelled),
        ("labelled_reading", _labelled_reading),
        ("labelled_note", _labelled_note),
        ("spelled_capitals", _spelled_capitals),
        ("sic_label", _sic_label),
        ("no_words", _no_words),
        ("translator_remark", _translator_remark),
        ("sic", _sic),
        ("page_marker", _page_marker),
        ("note_reference_form", _note_reference_form),
        ("question_marks", _question_marks),
        ("sealed_portion", _sealed_portion),
        ("physical", _physical),
        ("gap_reason", _gap_reason),
        ("misspelt_reason", _misspelt_reason),
        ("described", _described),
        ("misspelt_tag", _misspelt_tag),
        ("doubtful_extent", _doubtful_extent),
        ("question_edge", _question_edge),
        ("interview_question", _interview_question),
        ("bare_extent", _bare_extent),
        ("sentence_note", _sentence_note),
        ("long_note", _long_note),
        ("default", _default),
    ]
)


def _read(inside: str, conv: Conventions) -> SpanInfo:
    x = Inside(inside)
    dispatch = _dispatch(conv.ruler("inside", INSIDE_RULES, _inside_data_rule), conv)
    if x.structured:
        rules = dispatch.active
    elif not dispatch.may_answer(x.folded):
        rules = dispatch.always  # no other rule can answer: words without a cue, mostly
    else:
        rules = dispatch.plain
    for rule in rules:
        info = rule.fn(x, conv)
        if info is not None:
            if not info.because.startswith(rule.name + ":"):
                info = _reread(info, info.category, f"{rule.name}: {info.because}")
            return info
    return _DEFAULT


#: What a placeholder's match must also be (:data:`lacuna.conventions.PLACEHOLDERS`): a date
#: lacuna.dates reads as one (a day the month has).
_CHECKED: dict[str, Callable[[str], bool]] = {"date": lambda text: parse_date(text) is not None}

#: The fields a data rule may set (from its spec or from a named group of its pattern).
_DATA_FIELDS = ("extent", "quantity", "unit", "reason", "conjecture", "cert", "label", "correction", "number")


class DataInsideRule:
    """An inside rule written as data (``[[rules.inside]]`` in the conventions file): the
    stripped inside matches ``match`` whole, or holds a match of ``search`` (case-insensitive),
    or is one of ``words`` (a vocabulary, spaces as any white space); the reading is ``category``,
    with the fields the spec sets and those the pattern's named groups capture
    (``(?P<number>…)``, ``(?P<conjecture>…)``, …)."""

    __slots__ = (
        "category",
        "checked",
        "contains",
        "fields",
        "find",
        "min_words",
        "name",
        "non_ascii",
        "pattern",
        "starts",
        "vocabulary",
        "why",
    )

    def __init__(self, spec: dict[str, object]) -> None:
        self.name = str(spec["name"])
        self.category = str(spec["category"])
        searched = "search" in spec
        words = spec.get("words") or ()
        self.vocabulary = frozenset(
            " ".join(fold(str(w)).split()) for w in ([words] if isinstance(words, str) else words)
        )  # type: ignore[attr-defined]
        if self.vocabulary and "match" not in spec and not searched:
            pattern = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in sorted(self.vocabulary))
        else:
            pattern = expand_placeholders(str(spec["search" if searched else "match"]), named=True)
        self.pattern = regex.compile(pattern, regex.IGNORECASE)
        #: the placeholders the pattern asks for whose match lacuna checks (``{date}``)
        self.checked = tuple(name for name in _CHECKED if f"(?P<{name}>" in pattern)
        self.find = self.pattern.search if searched else self.pattern.fullmatch
        self.fields = {k: spec[k] for k in _DATA_FIELDS if k in spec}
        self.why = str(spec.get("because", "data rule"))
        # cheap guards before the pattern: prefixes and a substring of the folded inside
        self.starts = tuple(fold(str(s)) for s in spec.get("starts", ()))  # type: ignore[attr-defined]
        # a substring, or a list of substrings one of which the folded inside must hold
        contains = spec.get("contains") or ()
        self.contains = tuple(fold(str(c)) for c in ([contains] if isinstance(contains, str) else contains))  # type: ignore[attr-defined]
        self.non_ascii = bool(spec.get("non_ascii", False))
        self.min_words = int(spec.get("min_words", 0))  # type: ignore[call-overload]

    def trigger(self) -> Trigger | None:
        """What an answer needs in the folded inside (see :class:`Trigger`): a prefix or the
        substring its guards ask for, or a character outside ASCII; None: no guard."""
        if self.vocabulary:
            return Trigger(phrases=self.vocabulary)
        if self.starts:
            return Trigger(prefixes=self.starts)
        if self.contains:
            return Trigger(substrings=self.contains)
        if self.non_ascii:
            return Trigger(non_ascii=True)
        return None

    def _listed(self, folded: str, words: list[str]) -> bool:
        """Whether the (folded, stripped) inside of ``words`` is one of the vocabulary."""
        return " ".join(words) in self.vocabulary

    def __call__(self, x: Inside, conv: Conventions) -> SpanInfo | None:
        folded = x.folded
        if self.vocabulary and not self._listed(folded, folded.split()):
            return None
        if self.starts and not folded.startswith(self.starts):
            return None
        if self.contains:
            for c in self.contains:
                if c in folded:
                    break
            else:
                return None
        if self.non_ascii and folded.isascii():
            return None
        if self.min_words > 1 and len(folded.split(None, self.min_words - 1)) < self.min_words:
            return None
        m = self.find(x.stripped)
        if m is None:
            return None
        for name in self.checked:
            if not all(_CHECKED[name](text) for text in m.captures(name)):
                return None  # (a day the month does not have: "31.02.1947")
        fields: dict[str, object] = dict(self.fields)
        for key, value in m.groupdict().items():
            if value is not None and key in _DATA_FIELDS:
                fields[key] = value.strip()
        if "quantity" in fields:
            value = fields["quantity"]
            fields["quantity"] = _quantity(
                float(value) if isinstance(value, str) and _DIGITS.fullmatch(value) else value
            )
        return SpanInfo(self.category, because=f"{self.name}: {self.why}", **fields)  # type: ignore[arg-type]


def _inside_data_rule(spec: dict[str, object]) -> DataInsideRule:
    return DataInsideRule(spec)
