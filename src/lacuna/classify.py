"""What a bracketed span is: its category and fields, read from its inside and context.

Two steps, so the costly one can be cached:

1. :func:`read_inside` parses the inside with the Lark grammar ``grammars/bracket.lark``
   (LALR, a ``Transformer`` building a :class:`Shape`), then reads the shape against the
   :class:`~lacuna.conventions.Conventions` table. The result depends only on the inside
   and is cached per conventions table.
2. :func:`in_context` settles what needs the neighbouring text: note reference vs supplied
   number, gloss vs supplied words.

Every decision records the rule that fired in ``SpanInfo.because``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex
from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

from lacuna.ast import SpanInfo
from lacuna.context import read_context, read_number_context
from lacuna.conventions import Conventions, fold

__all__ = ["NESTED_MARK", "Clause", "Shape", "double_bracket", "in_context", "read_inside", "shape_of"]

_DEFAULT_BECAUSE = "default: words without a cue"
# One shared reading for every cue-less inside (SpanInfo is immutable): one object, not one per inside.
_DEFAULT = SpanInfo("supplied", because=_DEFAULT_BECAUSE)

#: Stands for a nested span when an inside with nested spans is read.
NESTED_MARK = "\ufffc"

_CACHE_LIMIT = 200_000
_ROMAN = regex.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
_DIGITS = regex.compile(r"\d+")
_STRIP_WORD = "!.,;:()\"'“”«»"
_DASH_GUESS = regex.compile(r"[—–]|--?")


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


def _read(inside: str, conv: Conventions) -> SpanInfo:
    stripped = inside.strip()
    folded = fold(stripped)
    if not stripped:
        return SpanInfo("other", because="empty brackets")
    if folded in conv.exact:
        return SpanInfo(conv.exact[folded], because=f"listed description {stripped!r}")
    if stripped in conv.elisions:
        return SpanInfo("gap", because="elision mark", reason=conv.elision_reason)
    if folded in conv.exact_gaps:
        return SpanInfo(
            "gap",
            because=f"names a missing item ({stripped!r})",
            extent=stripped,
            quantity=1.0,
            unit=conv.exact_gaps[folded],
        )
    # An inside of words and spaces only has the plain shape, one TEXT token (``stripped``): it
    # is built only for the rules that read the shape.
    shape: Shape | None = None
    tokens: list[Token] = []
    if _STRUCTURE.search(inside) is None:
        lead = stripped.split()
        single = True
    else:
        shape = simple_shape(inside) or grammar_shape(inside)
        if shape is None:
            return _DEFAULT
        if shape.label is not None:
            info = _labelled(inside, shape, conv)
            if info is not None:
                return info
            label_words = fold(shape.label.value).split()
            body = inside[shape.body_start :]
            if (
                len(label_words) == 1
                and label_words[0].strip(_STRIP_WORD) in conv.sic_words
                and not _spells(shape.label.value.strip(), body)
            ):
                return _sic_reading(body, conv)  # [sic: the CPC]
            if _spells(shape.label.value.strip(), body):  # [SIC: Soviet Information Committee]
                label = shape.label.value.strip()
                start = shape.body_start + len(body) - len(body.lstrip())
                return SpanInfo(
                    "editor_note", because=f"expands the capitals {label!r}", label=label, body_start=start
                )
        tokens = shape.tokens
        if not tokens:
            return _DEFAULT
        lead = tokens[0].value.split() if tokens[0].type == "TEXT" else []
        single = len(tokens) == 1

    first = _word(lead[0]) if lead else ""
    if first in conv.sic_words:
        return _sic(inside, shape if shape is not None else plain_shape(inside), conv)

    if single and len(lead) == 2 and (first in conv.page_words or fold(lead[0]) in conv.page_words):
        number = _word(lead[1])
        if _DIGITS.fullmatch(number) or _ROMAN.fullmatch(number):
            return SpanInfo("page_break", because=f"page marker {lead[0]!r}", number=number)

    if single and len(lead) == 1:
        token = lead[0]
        digits = _DIGITS.fullmatch(token) and len(token) <= conv.footnote_max_digits
        if digits or _ROMAN.fullmatch(token) or (len(token) == 1 and token.islower()):
            return SpanInfo("footnote_ref", because="note-reference form", number=token)

    if len(tokens) >= 3 and tokens[0].type == "QMARK" and tokens[-1].type == "QMARK":
        reading = inside[tokens[0].end_pos : tokens[-1].start_pos].strip()
        return SpanInfo("uncertain", because="?…? reading", conjecture=reading, cert="low")

    if conv.reason_pattern.search(folded) is not None:
        gap = _gap(inside, shape if shape is not None else plain_shape(inside), conv)
        if gap is not None:
            return gap

    described = conv.description_pattern.match(folded)
    if described is not None:
        return SpanInfo("editor_note", because=f"describes the document ({described.group()!r})")

    if len(tokens) >= 2 and (tokens[-1].type == "QMARK" or tokens[0].type == "QMARK"):
        words = sum(len(t.value.split()) for t in tokens if t.type == "TEXT")
        if tokens[-1].type == "QMARK" and words <= 8:
            reading = inside[tokens[0].start_pos : tokens[-1].start_pos].strip()
            return SpanInfo("uncertain", because="reading ends with ?", conjecture=reading, cert="low")
        if tokens[0].type == "QMARK" and words <= 8:
            reading = inside[tokens[0].end_pos :].strip()
            return SpanInfo("uncertain", because="reading starts with ?", conjecture=reading, cert="low")
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


def _sic(inside: str, shape: Shape, conv: Conventions) -> SpanInfo:
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
_NUMBER_WORD = regex.compile(r"\d{1,6}(?:[-–—]\d{1,6})?")


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
        quantity = _gap_quantity(before, unit, conv)
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
