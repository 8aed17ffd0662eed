"""What a bracketed span is: its category and fields, read from its inside and context.

Two steps, so the costly one can be cached:

1. :func:`read_inside` parses the inside with the Lark grammar ``grammars/bracket.lark``
   (LALR, a ``Transformer`` building a :class:`Shape`), then runs the inside chain
   :data:`INSIDE_RULES` (an ordered list of small named rules, :class:`lacuna.rules.Ruler`)
   against the :class:`~lacuna.conventions.Conventions` table. The result depends only on the
   inside and is cached per conventions table.
2. :func:`in_context` settles what needs the neighbouring text (:mod:`lacuna.context`): note
   reference, supplied number or correction; gloss or supplied words.

Every decision's ``SpanInfo.because`` starts with the name of the rule that fired.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex
from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from lacuna.ast import SpanInfo
from lacuna.context import read_context, read_number_context
from lacuna.conventions import Conventions, fold
from lacuna.rules import Rule, Ruler

__all__ = [
    "INSIDE_RULES",
    "NESTED_MARK",
    "Clause",
    "Inside",
    "Shape",
    "double_bracket",
    "in_context",
    "read_inside",
    "shape_of",
]

_DEFAULT_BECAUSE = "default: words without a cue"
# One shared reading for every cue-less inside (SpanInfo is immutable): one object, not one per inside.
_DEFAULT = SpanInfo("supplied", because=_DEFAULT_BECAUSE)

#: Stands for a nested span when an inside with nested spans is read.
NESTED_MARK = "\ufffc"

_CACHE_LIMIT = 200_000
_ROMAN = regex.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
_DIGITS = regex.compile(r"\d+")
_STRIP_WORD = "!.,;:()\"'“”«»"
#: How many words at the start of an inside are searched for a thing on the paper (a stamp).
_PHYSICAL_WORDS = 8
_DASH_GUESS = regex.compile(r"[—–]|--?")
_DOTS = regex.compile(r"\.{0,3}…[.…]{0,3}|\.{3,6}")
# a label that is a time ("Received 11:20 p.m."): the colon is not a label's
_TIME_COLON = regex.compile(r"\d\Z")
# a bracket holding a sentence of the editor's: "[He died on September 3, 1969.]"
_CLOCK = regex.compile(r"[ap]\.\s?m\.\Z")
_SENTENCE = regex.compile(r"\*?\p{Lu}\S*(?:\s+\S+){2,}[.!]")


@dataclass(slots=True)
class Clause:
    """A comma- or semicolon-separated part of an inside; offsets relative to the inside."""

    start: int
    end: int
    tokens: list[Token]


@dataclass(slots=True)
class Shape:
    """The syntactic shape of an inside: optional label, clauses and all tokens."""

    label: Token | None
    body_start: int
    clauses: list[Clause]
    tokens: list[Token]


class _ShapeBuilder(Transformer):
    """Builds a :class:`Shape` while the LALR parser reduces (inline transformer)."""

    def label(self, items: list[Token]) -> tuple[Token, int]:
        return items[0], items[1].end_pos

    def start(self, items: list[Token | tuple[Token, int]]) -> Shape:
        label: Token | None = None
        body_start = 0
        clauses: list[Clause] = []
        tokens: list[Token] = []
        run: list[Token] = []
        for item in items:
            if isinstance(item, tuple):
                label, body_start = item
            elif item.type == "SEP":
                if run:
                    clauses.append(Clause(run[0].start_pos, run[-1].end_pos, run))
                    run = []
            else:
                run.append(item)
                tokens.append(item)
        if run:
            clauses.append(Clause(run[0].start_pos, run[-1].end_pos, run))
        return Shape(label, body_start, clauses, tokens)


@cache
def _parser() -> Lark:
    grammar = resources.files("lacuna").joinpath("grammars", "bracket.lark").read_text("utf-8")
    return Lark(
        grammar,
        parser="lalr",
        lexer="contextual",
        transformer=_ShapeBuilder(),
        maybe_placeholders=False,
    )


# Characters that give an inside more shape than a run of words (see grammars/bracket.lark).
_STRUCTURE = regex.compile('[?:,;"“”„«»\ufffc]')
_RUN = re.compile(r"\S+")  # stdlib re, like the grammar: the same idea of white space


def shape_of(inside: str) -> Shape | None:
    """Parse an inside with the bracket grammar; None if the grammar rejects it.

    The commonest forms (words only, ``?words?``, ``Label: words``) are built directly by
    :func:`plain_shape` and :func:`simple_shape`; ``tests/test_grammar.py`` checks that they
    equal the grammar's parse.
    """
    if _STRUCTURE.search(inside) is None:
        return plain_shape(inside)
    return simple_shape(inside) or grammar_shape(inside)


def grammar_shape(inside: str) -> Shape | None:
    """Parse an inside with the Lark grammar; None if the grammar rejects it."""
    try:
        return _parser().parse(inside)
    except LarkError:
        return None


def plain_shape(inside: str) -> Shape:
    """The shape of an inside without structure characters: one clause, one TEXT token."""
    m = _RUN.search(inside)
    if m is None:
        return Shape(None, 0, [], [])
    end = len(inside.rstrip())
    token = Token("TEXT", inside[m.start() : end], start_pos=m.start(), end_pos=end)
    return Shape(None, 0, [Clause(m.start(), end, [token])], [token])


@cache
def _label_terminal() -> re.Pattern[str]:
    """The grammar's LABEL terminal, compiled as Lark compiles it (stdlib ``re``)."""
    return re.compile(_parser().get_terminal("LABEL").pattern.to_regexp())


def _words_token(inside: str, lo: int, hi: int) -> Token | None:
    """The TEXT token of ``inside[lo:hi]``, a run without structure characters (None: blank)."""
    m = _RUN.search(inside, lo, hi)
    if m is None:
        return None
    end = len(inside[:hi].rstrip())
    return Token("TEXT", inside[m.start() : end], start_pos=m.start(), end_pos=end)


def simple_shape(inside: str) -> Shape | None:
    """The shape of ``?words?`` or ``Label: words`` (words: no structure character), built
    without the parser; None for any other inside."""
    lo = len(inside) - len(inside.lstrip())
    hi = len(inside.rstrip())
    if hi - lo >= 2 and inside[lo] == "?" and inside[hi - 1] == "?":
        if _STRUCTURE.search(inside, lo + 1, hi - 1) is not None:
            return None
        tokens = [Token("QMARK", "?", start_pos=lo, end_pos=lo + 1)]
        words = _words_token(inside, lo + 1, hi - 1)
        if words is not None:
            tokens.append(words)
        tokens.append(Token("QMARK", "?", start_pos=hi - 1, end_pos=hi))
        return Shape(None, 0, [Clause(lo, hi, tokens)], tokens)
    label = _label_terminal().match(inside, lo)
    if label is None:
        return None
    body_start = label.end() + 1  # after the colon the label's lookahead saw
    if _STRUCTURE.search(inside, body_start) is not None:
        return None
    token = Token("LABEL", label.group(), start_pos=lo, end_pos=label.end())
    words = _words_token(inside, body_start, len(inside))
    if words is None:
        return Shape(token, body_start, [], [])
    return Shape(token, body_start, [Clause(words.start_pos, words.end_pos, [words])], [words])


def read_inside(inside: str, conventions: Conventions | None = None) -> SpanInfo:
    """Read what an inside says, before looking at its context (cached)."""
    conv = conventions or Conventions.default()
    cache_ = conv._cache
    info = cache_.get(inside)
    if info is None:
        info = _read(inside, conv)
        if len(cache_) >= _CACHE_LIMIT:
            cache_.clear()
        cache_[inside] = info
    return info


def _word(token_value: str) -> str:
    return fold(token_value).strip(_STRIP_WORD)


def _quantity(value: object) -> float | tuple[float, float] | None:
    if isinstance(value, list) and len(value) == 2:
        return (float(value[0]), float(value[1]))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


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
        "tokens",
    )

    def __init__(self, inside: str) -> None:
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
        shape = simple_shape(self.inside) or grammar_shape(self.inside)
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
    if _TIME_COLON.search(shape.label.value) and x.inside[shape.body_start : shape.body_start + 1].isdigit():
        return None  # "[Received 11:20 p.m.]": a time, not a label
    return _labelled(x.inside, shape, conv)


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


def _sic(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[sic]``, ``[sic! probably …]``: the source as is, with a correction if given; a
    translator's tail ``[zam. predsedatelya -SIC]`` marks the words before it as written."""
    if x.first not in conv.sic_words:
        words = x.folded.split()
        if len(words) >= 2 and words[-1].strip("-—–!.") in conv.sic_words and words[-1][:1] in "-—–":
            return SpanInfo("sic", because="sic: the translator's tail sic")
        return None
    return _sic_after_word(x.inside, x.shape, conv)


def _page_marker(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[Page 412]``, ``[p. 3]``: a page break with its number."""
    x.read_shape()
    lead = x.lead
    if not (x.single and len(lead) == 2):
        return None
    if x.first in conv.page_words or fold(lead[0]) in conv.page_words:
        number = _word(lead[1])
        if (
            _DIGITS.fullmatch(number)
            or _ROMAN.fullmatch(number)
            or isinstance(conv.quantities.get(number), int)
        ):
            return SpanInfo("page_break", because=f"page_marker: page marker {lead[0]!r}", number=number)
    return None


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
    folded = x.folded
    if not any(thing in folded for thing in conv.physical_things):
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


def _gap_reason(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A reason phrase (``missing``, ``illegible``) after a quantity and unit: a gap."""
    if conv.reason_pattern.search(x.folded) is None:
        return None
    return _gap(x.inside, x.shape, conv)


def _described(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An inside starting with a description of the document (``[Underlined by hand]``)."""
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
        reading = x.inside[tokens[0].start_pos : tokens[-1].start_pos].strip()
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


def _sentence_note(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A sentence of its own, capital to full stop (``[He died on September 3, 1969.]``,
    ``[See U.S. draft in Tab A.]``): the editor's note."""
    if x.stripped[-1:] not in (".", "!") or _SENTENCE.fullmatch(x.stripped) is None:
        return None
    last = fold(x.stripped.rsplit(None, 1)[-1])
    if last in conv.abbreviations or _CLOCK.search(x.stripped) is not None:
        return None  # "[Received 11:20 p.m.]" ends with an abbreviation
    return SpanInfo("editor_note", because="sentence_note: a sentence of the editor's")


def _default(x: Inside, conv: Conventions) -> SpanInfo | None:
    """Words without a cue: supplied, unless the context says otherwise (lacuna.context)."""
    return _DEFAULT


#: The rules that read only an inside's structure (a label, clauses, question marks): an inside
#: of words alone skips them.
_STRUCTURE_RULES = frozenset(
    {_unparsed, _labelled_note, _spelled_capitals, _sic_label, _no_words, _question_marks, _question_edge}
)


def _plain_rules(ruler: Ruler[InsideRule]) -> tuple[Rule[InsideRule], ...]:
    """The active rules that may answer for an inside of words alone (cached per chain)."""
    active = ruler.active()
    cached = _PLAIN.get(id(ruler))
    if cached is not None and cached[0] is active:
        return cached[1]
    plain = tuple(r for r in active if r.fn not in _STRUCTURE_RULES)
    _PLAIN[id(ruler)] = (active, plain)
    return plain


_PLAIN: dict[int, tuple[tuple[Rule[InsideRule], ...], tuple[Rule[InsideRule], ...]]] = {}


#: The inside chain, in order (first answer wins). ``[rules] disable`` in the conventions file
#: switches rules off; ``[[rules.inside]]`` adds rules written as data.
INSIDE_RULES: Ruler[InsideRule] = Ruler(
    [
        ("empty", _empty),
        ("listed", _listed),
        ("elision", _elision),
        ("missing_item", _missing_item),
        ("unparsed", _unparsed),
        ("labelled_note", _labelled_note),
        ("spelled_capitals", _spelled_capitals),
        ("sic_label", _sic_label),
        ("no_words", _no_words),
        ("sic", _sic),
        ("page_marker", _page_marker),
        ("note_reference_form", _note_reference_form),
        ("question_marks", _question_marks),
        ("physical", _physical),
        ("gap_reason", _gap_reason),
        ("described", _described),
        ("question_edge", _question_edge),
        ("bare_extent", _bare_extent),
        ("sentence_note", _sentence_note),
        ("default", _default),
    ]
)


def _read(inside: str, conv: Conventions) -> SpanInfo:
    x = Inside(inside)
    rules = conv.ruler("inside", INSIDE_RULES, _inside_data_rule)
    for rule in rules.active() if x.structured else _plain_rules(rules):
        info = rule.fn(x, conv)
        if info is not None:
            if not info.because.startswith(rule.name + ":"):
                info = dataclasses.replace(info, because=f"{rule.name}: {info.because}")
            return info
    return _DEFAULT


def _labelled(inside: str, shape: Shape, conv: Conventions) -> SpanInfo | None:
    assert shape.label is not None
    raw_label = shape.label.value.strip()
    key = fold(raw_label).rstrip(". ")
    label_words = key.split()
    category = conv.note_labels.get(key)
    if category is not None:
        because = f"note label {raw_label!r}"
    else:
        first = label_words[0].strip(_STRIP_WORD) if label_words else ""
        if first in conv.sic_words:
            return None
        if any(w in conv.translator_words or w + "." in conv.translator_words for w in label_words):
            category, because = "translator_note", f"translator's label {raw_label!r}"
        elif label_words and (label_words[0] in conv.label_heads or first in conv.label_heads):
            head = label_words[0] if label_words[0] in conv.label_heads else first
            category, because = conv.label_heads[head], f"label starting with {head!r}"
        elif len(label_words) <= 3:
            category, because = "editor_note", f"labelled note {raw_label!r} (label not listed)"
        else:
            return None
    body_start = shape.body_start
    while body_start < len(inside) and inside[body_start].isspace():
        body_start += 1
    info = SpanInfo(category, because=because, label=raw_label, body_start=body_start)
    if category in ("translator_note", "editor_note"):
        return _gap_note(info, inside[body_start:], conv)
    return info


def _gap_note(info: SpanInfo, body: str, conv: Conventions) -> SpanInfo:
    """A note whose body describes a gap, ``[Translator's note: one word off the page in the
    left margin]``, keeps its category and takes the gap's extent, quantity, unit, reason and
    conjecture, read as a gap bracket ``[one word off the page]`` is."""
    if conv.reason_pattern.search(fold(body)) is None:
        return info
    shape = shape_of(body)
    if shape is None or not shape.clauses:
        return info
    # the body must open with the gap and say how much is missing: "one word off the page";
    # "literally, 'the missing link'" or "Missing in action is a military term" are notes
    first = shape.clauses[0]
    if conv.reason_pattern.search(fold(body[first.start : first.end])) is None:
        return info
    gap = _gap(body, shape, conv)
    if gap is None or gap.unit is None:  # "one of the missing documents" says no unit
        return info
    return dataclasses.replace(
        info,
        because=f"{info.because}, describing a gap ({gap.because})",
        extent=gap.extent,
        quantity=gap.quantity,
        unit=gap.unit,
        reason=gap.reason,
        conjecture=gap.conjecture,
        cert=gap.cert,
    )


def _sic_after_word(inside: str, shape: Shape, conv: Conventions) -> SpanInfo:
    first = shape.tokens[0]
    rest_start = first.start_pos + len(first.value.split(None, 1)[0])
    return _sic_reading(inside[rest_start:], conv)


def _spells(label: str, body: str) -> bool:
    """Whether ``body`` expands the capitals ``label``: ``SIC: Soviet Information Committee``."""
    if not label.isupper():
        return False
    initials = "".join(w[0] for w in body.split() if w[:1].isupper())
    return initials.casefold() == label.casefold()


def _sic_reading(rest: str, conv: Conventions) -> SpanInfo:
    """A ``sic`` span from what follows the word ``sic``: the correction, if any."""
    rest = rest.strip().lstrip("!.,;:").strip()
    cue = conv.conjecture_cues.match(fold(rest))
    cert = None
    if cue is not None:
        rest = rest[cue.end() :].strip()
        cert = "medium"
    correction = rest.strip('"“”') or None
    because = "sic with a correction" if correction else "sic"
    return SpanInfo("sic", because=because, correction=correction, conjecture=correction, cert=cert)


# One verb at the end of an extent (the "are" of "two lines are missing"), matched in a window of
# _EXTENT_STEP characters (its longest match) and stripped one at a time: a single pattern
# with ``(?:...)+$`` retries the whole run of verbs at each of them (quadratic on "is is is ... 5").
_EXTENT_VERB = regex.compile(r"\s{1,3}(?:is|are|was|were|has been|have been|been)\Z")
_EXTENT_STEP = 12
_RANGE = regex.compile(r"(\d{1,6})\s{0,2}(?:[-–—]|to|or)\s{0,2}(\d{1,6})")
_NUMBER_WORD = regex.compile(r"\d{0,6}[½¼¾]|\d{1,6}(?:[-–—]\d{1,6})?(?:/\d{1,2})?")


def _strip_extent_tail(text: str) -> str:
    """``text`` less the verbs at its end, each after one to three white space characters."""
    end = len(text)
    while (verb := _EXTENT_VERB.search(text, max(0, end - _EXTENT_STEP), end)) is not None:
        end = verb.start()
    return text[:end]


def _extent_ok(words: list[str], conv: Conventions) -> bool:
    for w in words:
        if not (
            w in conv.units
            or w in conv.quantities
            or w in conv.filler
            or _NUMBER_WORD.fullmatch(w)
            or w in {"or", "to", "-", "–", "—"}
        ):
            return False
    return True


def _gap(inside: str, shape: Shape, conv: Conventions) -> SpanInfo | None:
    for ci, clause in enumerate(shape.clauses):
        text = inside[clause.start : clause.end]
        folded = fold(text)
        match = conv.reason_pattern.search(folded)
        if match is None:
            continue
        before = [w.strip(_STRIP_WORD) for w in folded[: match.start()].split()]
        before = [w for w in before if w]
        if not _extent_ok(before, conv):
            continue
        reason = conv.reasons[match.group(0)]
        extent = _strip_extent_tail(text[: match.start()].strip()) or None
        unit = None
        for w in before:
            if w in conv.units:
                unit = conv.units[w]
                break
        if unit is None:
            after = folded[match.end() :].split()
            for w in after[:2]:
                w = w.strip(_STRIP_WORD)
                if w in conv.units:
                    unit = conv.units[w]
                    break
        if any(w in conv.rest_words for w in before) and any(w in conv.document_words for w in before):
            unit = _REST_OF_DOCUMENT  # "the remainder of this telegram has not been found"
        finer = _finer_unit(text[: match.start()], conv)
        quantity = _gap_quantity(before, unit, conv) if finer is None else finer[0]
        if finer is not None:
            unit = finer[1]
        conjecture = _conjecture(inside, shape, ci, conv)
        return SpanInfo(
            "gap",
            because=f"reason {match.group(0)!r}",
            extent=extent,
            quantity=quantity,
            unit=unit,
            reason=reason,
            conjecture=conjecture,
            cert="low" if conjecture else None,
        )
    return None


_REST_OF_DOCUMENT = "rest of document"
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# a count and a unit: "8 lines", "3-1/2 lines", "two words"
_COUNTED = regex.compile(
    r"(\d{0,6}[½¼¾]|\d{1,6}(?:[-–]\d{1,2}/\d{1,2}|/\d{1,2}|\.\d{1,2})?|[a-z]{1,12})\s{1,3}([a-z]{1,12})"
)
_FRACTION = regex.compile(r"(\d{1,6})(?:[-–](\d{1,2})/(\d{1,2})|/(\d{1,2})|(\.\d{1,2}))?")


def _finer_unit(extent: str, conv: Conventions) -> tuple[float | tuple[float, float] | None, str] | None:
    """When an extent counts in two units (``1 paragraph (8 lines)``), the count in the finer
    one (``gap.fine_to_coarse``), which estimates the gap better; None for one unit or none."""
    order = conv.unit_order
    found: list[tuple[int, float | tuple[float, float] | None, str]] = []
    for m in _COUNTED.finditer(fold(extent)):
        unit = conv.units.get(m.group(2))
        if unit is None or unit not in order:
            continue
        count = m.group(1)
        if count[-1:] in _VULGAR:  # "4½ lines"
            found.append((order[unit], float(count[:-1] or 0) + _VULGAR[count[-1]], unit))
            continue
        number = _FRACTION.fullmatch(count)
        if number is not None:
            whole = float(number.group(1))
            if number.group(2):
                quantity: float | tuple[float, float] | None = whole + float(number.group(2)) / float(
                    number.group(3)
                )
            elif number.group(4):
                quantity = whole / float(number.group(4))
            elif number.group(5):
                quantity = whole + float(number.group(5))
            else:
                quantity = whole
        else:
            quantity = _quantity(conv.quantities.get(count))
        found.append((order[unit], quantity, unit))
    if len(found) < 2:
        return None
    _, quantity, unit = min(found, key=lambda f: f[0])
    return quantity, unit


def _gap_quantity(
    before: list[str], unit: str | None, conv: Conventions
) -> float | tuple[float, float] | None:
    """The count in an extent: a word (``one``), a phrase (``one or two``), a number or a range.

    The count is the one before the first unit (``1 paragraph (5 lines)`` counts 1
    paragraph); qualifiers such as ``less than`` or ``the rest of`` make it unknown.
    """
    if unit in conv.uncounted_units or any(w in conv.uncounted_words for w in before):
        return None
    qwords: list[str] = []
    for w in before:
        if w in conv.units:
            break
        qwords.append(w)
    # the phrase is joined only when it is short enough to be listed: joining it at every
    # filler word dropped would be quadratic ("the the the ... line missing")
    quantities, longest = conv.quantities, _longest_quantity(conv)
    length = sum(map(len, qwords)) + len(qwords) - 1
    while qwords and qwords[-1] in conv.filler and (length > longest or " ".join(qwords) not in quantities):
        length -= len(qwords.pop()) + 1
    lead = 0
    while lead < len(qwords) - 1 and qwords[lead] in ("the", "about", "approximately", "approx.", "ca."):
        lead += 1
    qwords = qwords[lead:]
    phrase = " ".join(qwords)
    if phrase in conv.quantities:
        return _quantity(conv.quantities[phrase])
    ranged = _RANGE.fullmatch(phrase)
    if ranged is not None:
        low, high = float(ranged.group(1)), float(ranged.group(2))
        return (low, high) if low < high else low
    if len(qwords) == 1 and _DIGITS.fullmatch(qwords[0]):
        return float(qwords[0])
    if not qwords and unit is not None:
        return 1.0
    return None


@lru_cache(maxsize=16)
def _longest_quantity(conv: Conventions) -> int:
    """The length of the longest phrase in ``conv.quantities``."""
    return max(map(len, conv.quantities), default=0)


def _conjecture(inside: str, shape: Shape, gap_clause: int, conv: Conventions) -> str | None:
    for clause in shape.clauses[gap_clause:]:
        text = inside[clause.start : clause.end]
        cue = conv.conjecture_cues.search(fold(text)) if clause is not shape.clauses[gap_clause] else None
        if cue is not None:
            quoted = [t for t in clause.tokens if t.type == "QUOTED"]
            if quoted:
                return quoted[0].value[1:-1].strip()
            guess = text[cue.end() :].strip().rstrip("?").strip()
            return guess or None
    # "omission in transcript—months?": a dash-introduced guess ending with "?"
    clause = shape.clauses[gap_clause]
    text = inside[clause.start : clause.end].rstrip()
    if text.endswith("?"):
        parts = _DASH_GUESS.split(text[:-1])
        if len(parts) > 1 and parts[-1].strip():
            return parts[-1].strip()
    # a quoted candidate after a cue inside the gap clause itself
    for i, token in enumerate(clause.tokens):
        before = clause.tokens[i - 1].value.split() if i > 0 else []
        if token.type == "QUOTED" and before and conv.conjecture_cues.match(_word(before[-1])):
            return token.value[1:-1].strip()
    return None


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
    :mod:`lacuna.context` for the rules.
    """
    category = info.category
    if category == "footnote_ref":
        conv = conventions or Conventions.default()
        return read_number_context(info, text, start, end, conv, inside), None, None
    if category != "supplied" or info.because != _DEFAULT_BECAUSE:
        return info, None, None
    return read_context(info, text, start, end, conventions or Conventions.default(), inside)


_DOUBLE = "double brackets around: "


def double_bracket(inner: SpanInfo) -> SpanInfo:
    """The reading of ``[[...]]``: the outer brackets take the inner span's reading."""
    if inner.because.startswith(_DOUBLE):
        return inner
    return _doubled(inner)


@cache
def _doubled(inner: SpanInfo) -> SpanInfo:
    return dataclasses.replace(inner, because=_DOUBLE + inner.because)


#: The fields a data rule may set (from its spec or from a named group of its pattern).
_DATA_FIELDS = ("extent", "quantity", "unit", "reason", "conjecture", "cert", "label", "correction", "number")


class DataInsideRule:
    """An inside rule written as data (``[[rules.inside]]`` in the conventions file): the
    stripped inside matches ``match`` whole, or holds a match of ``search`` (case-insensitive);
    the reading is ``category``,
    with the fields the spec sets and those the pattern's named groups capture
    (``(?P<number>…)``, ``(?P<conjecture>…)``, …)."""

    __slots__ = ("category", "contains", "fields", "find", "name", "non_ascii", "pattern", "starts", "why")

    def __init__(self, spec: dict[str, object]) -> None:
        self.name = str(spec["name"])
        self.category = str(spec["category"])
        searched = "search" in spec
        self.pattern = regex.compile(str(spec["search" if searched else "match"]), regex.IGNORECASE)
        self.find = self.pattern.search if searched else self.pattern.fullmatch
        self.fields = {k: spec[k] for k in _DATA_FIELDS if k in spec}
        self.why = str(spec.get("because", "data rule"))
        # cheap guards before the pattern: prefixes and a substring of the folded inside
        self.starts = tuple(fold(str(s)) for s in spec.get("starts", ()))  # type: ignore[attr-defined]
        self.contains = fold(str(spec["contains"])) if spec.get("contains") else None
        self.non_ascii = bool(spec.get("non_ascii", False))

    def __call__(self, x: Inside, conv: Conventions) -> SpanInfo | None:
        folded = x.folded
        if self.starts and not folded.startswith(self.starts):
            return None
        if self.contains is not None and self.contains not in folded:
            return None
        if self.non_ascii and folded.isascii():
            return None
        m = self.find(x.stripped)
        if m is None:
            return None
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


#: Where the text after an unclosed ``[`` probably should have closed: a line break, or the
#: end of a sentence (a stop, then a capital).
_RUN_END = regex.compile(r"[\r\n]|[.!?](?=\s{1,3}\p{Lu})")
_SWALLOW_LOOK = 200
_SWALLOWING = frozenset({"gap", "translator_note", "editor_note"})


def unclosed_reading(text: str, at: int, conventions: Conventions | None = None) -> tuple[str, int] | None:
    """What an unclosed ``[`` at ``at`` opens, if it reads as a gap or a note up to the next
    line break or sentence end: (category, offset where its ``]`` was probably meant to be).
    None when it reads as anything else (then it swallowed nothing a reader would miss)."""
    conv = conventions or Conventions.default()
    hi = min(len(text), at + 1 + _SWALLOW_LOOK)
    stop = _RUN_END.search(text, at + 1, hi)
    if stop is None:
        return None
    inside = text[at + 1 : stop.start() + (1 if text[stop.start()] in ".!?" else 0)]
    if "[" in inside or "]" in inside or not inside.strip():
        return None
    info = read_inside(inside, conv)
    if info.category not in _SWALLOWING:
        return None
    return info.category, stop.start()
