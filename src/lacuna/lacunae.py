"""Lacuna analysis: what is missing or doubtful in a document, where, how much and why.

:func:`analyse` gives one :class:`Lacuna` per gap (``[word off the page]``), per uncertain
reading (``[?are awaiting?]``) and per note whose body describes a gap
(``[Translator's note: one word off the page in the left margin]``, read with the same
conventions as a gap bracket), plus per-document totals (:class:`LacunaReport`).

How much is missing is estimated in words from the stated quantity and unit with the
table :data:`WORDS_PER_UNIT` (a unit missing from it, or an unknown quantity such as
"some text", gives no estimate); an extent that is a bound, FRUS's ``[less than 1 line of
source text not declassified]``, is estimated from 1 word to the unit's words
(:func:`gap_estimate`). A conjecture (``presumably "the CPC"``) or a restoration
candidate from another witness is checked against that estimate (:func:`fit`).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lacuna import page as page_mod
from lacuna.ast import Document, SourceText, SpanInfo
from lacuna.classify import DOUBLE_BRACKETS, unclosed_inside
from lacuna.classify.gaps import less_than
from lacuna.collate.restore import Restoration, restorations
from lacuna.collate.tokens import Token, tokenize
from lacuna.conventions import Conventions, fold
from lacuna.editorial import CLEAN_RULES, DEFAULT_GAP_MARK, Scope, convention, piece_scopes, reading_pieces
from lacuna.render.clean import clean
from lacuna.render.json import quantity_json

__all__ = [
    "CONTEXT_WORDS",
    "ESTIMATE_PLACES",
    "LACUNA_KEYS",
    "LACUNA_KINDS",
    "WORDS_PER_UNIT",
    "Lacuna",
    "LacunaReport",
    "analyse",
    "estimate_words",
    "fit",
    "gap_estimate",
    "word_count",
]

#: How many words one unit of a gap stands for (English prose; see docs/lacunae.md).
#: A unit that is not here (``text``, ``column``, ``stamp``, …) gives no estimate.
WORDS_PER_UNIT: dict[str, float] = {
    "word": 1,  # by definition
    "group": 1,  # a cipher group (Venona) decodes to about one word
    "character": 0.2,  # an English word averages about five letters
    # an x typed over a letter or a space ("[xxxxxx](S)"): five letters and a space a word
    "redacted character": 1 / 6,
    "number": 1,
    "place": 1,  # a place name
    "name": 2,  # given name and surname
    "signature": 2,  # a signed name
    "date": 2,  # "7 January"; the year is usually printed
    "line": 10,  # a typed line of a translated report
    "sentence": 20,
    "paragraph": 100,
    "page": 300,  # a typed page, about 30 lines
}

#: The kind of lacuna of each row of the editorial rules (:func:`lacuna.editorial.convention`):
#: a gap, an uncertain reading, a note whose body describes a gap.
LACUNA_KINDS: dict[str, str] = {"gap": "gap", "uncertain": "uncertain", "gap_note": "note"}

#: Decimal places of the word estimates and their sums (binary floating point left as is
#: would print 12 characters as 2.4000000000000004 words).
ESTIMATE_PLACES = 4

#: Words of context given on each side of a lacuna.
CONTEXT_WORDS = 5

#: Keys of a lacuna record (:meth:`Lacuna.to_dict`), in output order.
LACUNA_KEYS = (
    "file",
    "kind",
    "line",
    "column",
    "start",
    "end",
    "text",
    "unclosed",
    "region",
    "before",
    "after",
    "extent",
    "quantity",
    "unit",
    "words",
    "words_low",
    "words_high",
    "reason",
    "marking",
    "conjecture",
    "cert",
    "conjecture_words",
    "fit",
    "candidates",
)


def word_count(text: str) -> int:
    """Words in ``text``, split on white space (``Soviet-Chinese`` is one word)."""
    return len(text.split())


def estimate_words(
    quantity: float | tuple[float, float] | None, unit: str | None
) -> tuple[float, float] | None:
    """The (low, high) estimate in words of ``quantity`` ``unit`` s, or None when unknown."""
    if quantity is None or unit is None or unit not in WORDS_PER_UNIT:
        return None
    per = WORDS_PER_UNIT[unit]
    low, high = quantity if isinstance(quantity, tuple) else (quantity, quantity)
    # rounded: 12 characters are 2.4 words, not 12 * 0.2 = 2.4000000000000004
    return round(low * per, ESTIMATE_PLACES), round(high * per, ESTIMATE_PLACES)


def gap_estimate(info: SpanInfo, conventions: Conventions | None = None) -> tuple[float, float] | None:
    """The (low, high) estimate in words of the gap ``info`` says, or None when unknown.

    The stated quantity and unit (:func:`estimate_words`), unless the extent says the gap is
    less than a count of its unit (``less than 1 line``, ``1 paragraph (less than 1 line)``):
    then from 1 word (something was left out, or there would be no bracket) to the count's
    words, a gap in ``word`` s or ``group`` s of fewer than the count (``less than 3 words``:
    1 to 2). ``more than 2 pages`` has no upper end and stays unestimated.
    """
    conv = conventions or Conventions.default()
    bound = less_than(info.extent, info.unit, conv)
    if bound is None or info.unit not in WORDS_PER_UNIT:
        return estimate_words(info.quantity, info.unit)
    if info.unit in ("word", "group"):
        high = float(max(1, math.ceil(bound) - 1))
    else:
        high = bound * WORDS_PER_UNIT[info.unit]
    return min(1.0, high), high


def fit(words: int, unit: str | None, estimate: tuple[float, float] | None) -> str:
    """Whether ``words`` words fill a gap of that estimate: ``agrees``, ``conflicts``, ``unchecked``.

    A gap counted in words or cipher groups must be filled by a count within its stated
    range (``one word`` vs ``the CPC`` conflicts); other units are estimates, so a count
    from half the low estimate (at least 1) to twice the high one agrees.
    """
    if estimate is None or words <= 0:
        return "unchecked"
    low, high = estimate
    if unit in ("word", "group"):
        return "agrees" if low <= words <= high else "conflicts"
    return "agrees" if max(1.0, low / 2) <= words <= max(1.0, high * 2) else "conflicts"


@dataclass(frozen=True, slots=True)
class Lacuna:
    """One gap, uncertain reading or gap-describing note, with where, how much, why and how.

    ``kind`` is ``gap``, ``uncertain`` or ``note``. ``start``/``end``/``line``/``column``
    locate the span in the source; ``before``/``after`` are up to :data:`CONTEXT_WORDS`
    reading words on each side; ``region`` is the page region (``body``, ``title``, …,
    see :mod:`lacuna.page`). ``words`` is the estimate in words (the middle of
    ``words_low``–``words_high``); for an uncertain reading it is the reading's length
    (nothing is missing, the words are doubtful). ``fit`` compares the conjecture's
    ``conjecture_words`` with the estimate. ``candidates`` are restorations from other
    witnesses. ``unclosed``: the ``[`` is never closed and the gap's words run on to
    where the reading stops (a line break, a sentence's end; the ``unclosed-gap``
    diagnostic is kept), its ``end``. ``marking``: the classification or FOIA exemption
    written after a withheld gap (the ``(S)`` of ``[xxxxxx](S)``, ``(b)(6)``), or None.
    """

    file: str | None
    kind: str
    line: int
    column: int
    start: int
    end: int
    src: SourceText = field(repr=False, compare=False)
    region: str | None
    before: str
    after: str
    extent: str | None
    quantity: float | tuple[float, float] | None
    unit: str | None
    words: float | None
    words_low: float | None
    words_high: float | None
    reason: str | None
    marking: str | None
    conjecture: str | None
    cert: str | None
    conjecture_words: int | None
    fit: str
    candidates: tuple[tuple[Restoration, str], ...] = ()
    unclosed: bool = False

    @property
    def text(self) -> str:
        """The span as written, ``text[start:end]`` of the source (taken when asked for, so
        a report on deep nesting holds no copy of each level's text)."""
        return self.src.text[self.start : self.end]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready record with the keys of :data:`LACUNA_KEYS`, in that order."""
        out: dict[str, Any] = {}
        for key in LACUNA_KEYS:
            value = getattr(self, key)
            if key in ("quantity", "words", "words_low", "words_high"):
                value = quantity_json(value)
            elif key == "candidates":
                value = [{**r.to_dict(), "fit": f} for r, f in value]
            out[key] = value
        return out


@dataclass(frozen=True, slots=True)
class LacunaReport:
    """The lacunae of one document and its totals.

    ``totals`` (keys in this order): ``gaps``, ``uncertain``, ``notes`` (counts by kind);
    ``by_reason`` and ``by_unit`` (counts of gaps and gap notes, ``null`` key written as
    ``"none"``); ``missing_words`` (sum of the estimates of gaps and gap notes);
    ``missing_words_low``/``missing_words_high``; ``unestimated`` (gaps with no estimate);
    ``conflicts`` (lacunae whose conjecture does not fit); ``clean_chars`` (length of the
    clean edition) and ``supplied_chars``, ``uncertain_chars``, ``glossed_chars`` with
    their ``*_share`` of ``clean_chars``.
    """

    file: str | None
    lacunae: tuple[Lacuna, ...]
    totals: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "lacuna-lacunae",
            "version": 1,
            "file": self.file,
            "lacunae": [lac.to_dict() for lac in self.lacunae],
            "totals": self.totals,
        }


def _show(token: Token) -> str:
    return DEFAULT_GAP_MARK if token.status == "gap" else token.text


def _context(tokens: Sequence[Token], starts: Sequence[int], start: int, end: int) -> tuple[str, str]:
    i = bisect.bisect_left(starts, start)
    before = [t for t in tokens[max(0, i - CONTEXT_WORDS) : i] if t.end <= start]
    j = bisect.bisect_left(starts, end)
    after = tokens[j : j + CONTEXT_WORDS]
    return " ".join(_show(t) for t in before), " ".join(_show(t) for t in after)


#: The share of the clean edition each span's characters count towards, by the action
#: the clean edition takes (:data:`CLEAN_RULES`): an uncertain reading, a gloss kept as
#: written, supplied words read through. The innermost such span counts.
_SHARE_OF = {("uncertain", "reading"): "uncertain", ("gloss", "keep"): "gloss"}


def _shares(doc: Document) -> dict[str, int]:
    """Characters of the clean edition that come from supplied, uncertain and gloss spans
    (the reading walk of :func:`lacuna.editorial.reading_pieces` under :data:`CLEAN_RULES`)."""
    counts = {"supplied": 0, "uncertain": 0, "gloss": 0}
    changes: list[tuple[int, Scope | None]] = []
    pieces, shown = reading_pieces(doc, CLEAN_RULES, scopes=changes)
    scopes = piece_scopes(len(pieces), changes)
    for k in shown:
        if k < 0 or pieces[k][2] == "":
            continue
        scope = scopes[k]
        if scope is not None and scope.action in ("mark", "conjecture"):
            continue  # the gap mark is no text of the document
        while scope is not None:
            share = _SHARE_OF.get((scope.span.category, scope.action))
            if share is None and scope.action == "unwrap":
                share = "supplied"
            if share is not None:
                counts[share] += len(pieces[k][2])
                break
            scope = scope.parent
    return counts


def _mid(est: tuple[float, float] | None) -> float | None:
    return None if est is None else round((est[0] + est[1]) / 2, ESTIMATE_PLACES)


def analyse(
    doc: Document,
    *,
    witnesses: Sequence[Document] = (),
    conventions: Conventions | None = None,
) -> LacunaReport:
    """One record per gap, uncertain reading and gap note of ``doc``, with totals.

    With ``witnesses``, each gap gets the words every witness has in its place
    (:func:`lacuna.collate.restorations`), with their fit to the gap's estimate.
    """
    conv = conventions or Conventions.default()
    # the markings after withheld gaps ("[xxxxxx](S)"): fields of their gaps, not reading words
    marked: dict[int, tuple[str, int]] = {}
    for span in doc.spans():
        marking, marked_end = _marking(doc.text, span.end, span.info, conv)
        if marking is not None:
            marked[span.end] = (marking, marked_end)
    tokens = tokenize(doc)
    if marked:
        ends = sorted(marked)
        tokens = [t for t in tokens if not _in_marking(t.start, ends, marked)]
    unclosed = _unclosed(doc, conventions)
    if unclosed:
        tokens = _gap_tokens(doc, tokens, unclosed)
    starts = [t.start for t in tokens]
    page = page_mod.read(doc.text)  # never raises: unknown layouts are all body
    found: dict[tuple[int, int], list[Restoration]] = {}
    for w in witnesses:
        for r in restorations(doc, w, conventions=conventions):
            found.setdefault((r.gap_start, r.gap_end), []).append(r)

    records: list[Lacuna] = []
    doubled = False  # the span before is ``[[…]]``, read as its one inner span (the next one)
    for span in doc.spans():
        inner, doubled = doubled, span.because.startswith(DOUBLE_BRACKETS)
        kind = LACUNA_KINDS.get(convention(span))
        if kind is None or inner:
            continue  # ``[two names illegible]`` inside ``[[two names illegible]]``: one lacuna
        while unclosed and unclosed[0][0] < span.start:
            records.append(_record(doc, *unclosed.pop(0), tokens, starts, page, conventions))
        info = span.info
        marking, marked_end = marked.get(span.end, (None, span.end))
        estimate = None  # (a gap's own: _record makes it)
        if kind == "uncertain":  # nothing is missing, the words are doubtful: their own length
            n = word_count(span.shown_reading)
            estimate = ((float(n), float(n)), n, "unchecked")
        cands = tuple((r, r.fit) for r in found.get((span.start, span.end), ()))
        record = _record(
            doc,
            span.start,
            span.end,
            info,
            kind,
            tokens,
            starts,
            page,
            conventions,
            estimate=estimate,
            marking=marking,
            context_end=marked_end,
            candidates=cands,
            unclosed=False,
        )
        records.append(record)
    records.extend(_record(doc, *u, tokens, starts, page, conventions) for u in unclosed)
    return LacunaReport(doc.name, tuple(records), _totals(doc, records))


def _marking(text: str, end: int, info: SpanInfo, conv: Conventions) -> tuple[str | None, int]:
    """The marking after a withheld gap ending at ``end`` (``[gap] markings`` of the conventions,
    after a gap whose reason is one of ``marked_reasons``), at most one space after its ``]``:
    (the marking, where it ends), or (None, ``end``)."""
    pattern = conv.gap_marking
    if pattern is None or info.category != "gap" or info.reason is None:
        return None, end
    if fold(info.reason) not in conv.marked_reasons:
        return None, end
    at = end + 1 if text.startswith(" ", end) else end
    m = pattern.match(text, at)
    return (None, end) if m is None else (m.group(), m.end())


def _in_marking(at: int, ends: Sequence[int], marked: dict[int, tuple[str, int]]) -> bool:
    """Whether offset ``at`` is in the marking after a gap (``ends``: the sorted ends of the
    marked gaps)."""
    i = bisect.bisect_right(ends, at) - 1
    return i >= 0 and at < marked[ends[i]][1]


def _gap_tokens(
    doc: Document, tokens: Sequence[Token], unclosed: Sequence[tuple[int, int, SpanInfo, str]]
) -> list[Token]:
    """``tokens`` with the words of each unclosed gap (read as text by the parse) made one gap
    token: a neighbour's context shows ``[…]`` there, not the gap's own words."""
    out: list[Token] = []
    k = 0
    for t in tokens:
        while k < len(unclosed) and unclosed[k][1] <= t.start:
            k += 1
        if k < len(unclosed) and unclosed[k][0] <= t.start:
            start, end, info, _kind = unclosed[k]
            if not out or out[-1].start != start:
                out.append(Token(doc.text[start:end], "", start, end, "gap", info=info))
            continue
        out.append(t)
    return out


def _unclosed(doc: Document, conventions: Conventions | None) -> list[tuple[int, int, SpanInfo, str]]:
    """The gaps (and gap notes) an unclosed ``[`` opens, from the parse's ``unclosed-gap`` and
    ``unclosed-note`` diagnostics: (start, end where the reading stops, reading, kind), in
    document order. Its words run on to that end, read as the bracket's inside."""
    out = []
    for d in doc.diagnostics:
        if d.code not in ("unclosed-gap", "unclosed-note"):
            continue
        found = unclosed_inside(doc.text, d.start, conventions)
        if found is None:
            continue
        info, _stop, end = found
        if info.category == "gap":
            out.append((d.start, end, info, "gap"))
        elif info.reason is not None:  # a note whose body describes a gap
            out.append((d.start, end, info, "note"))
    return out


def _record(
    doc: Document,
    start: int,
    end: int,
    info: SpanInfo,
    kind: str,
    tokens: Sequence[Token],
    starts: Sequence[int],
    page: page_mod.Page,
    conventions: Conventions | None,
    *,
    estimate: tuple[tuple[float, float] | None, int | None, str] | None = None,
    marking: str | None = None,
    context_end: int | None = None,
    candidates: tuple[tuple[Restoration, str], ...] = (),
    unclosed: bool = True,
) -> Lacuna:
    """The record of the lacuna ``text[start:end]`` read as ``info``: by default an unclosed
    gap or gap note (see :func:`_unclosed`; no marking: its reading stops at a line break or a
    sentence's end), its estimate the gap's. ``estimate`` is (words low–high, the conjecture's
    words, the fit) when the caller made it (an uncertain reading's is its own length);
    ``context_end`` where the words after it begin (after a marking)."""
    if estimate is None:
        est = gap_estimate(info, conventions)
        conj_words = word_count(info.conjecture) if info.conjecture else None
        estimate = (est, conj_words, fit(conj_words or 0, info.unit, est))
    est, conj_words, verdict = estimate
    before, after = _context(tokens, starts, start, end if context_end is None else context_end)
    line, column = doc.src.line_column(start)
    return Lacuna(
        file=doc.name,
        kind=kind,
        line=line,
        column=column,
        start=start,
        end=end,
        src=doc.src,
        region=page.region_at(start),
        before=before,
        after=after,
        extent=info.extent,
        quantity=info.quantity,
        unit=info.unit,
        words=_mid(est),
        words_low=None if est is None else est[0],
        words_high=None if est is None else est[1],
        reason=info.reason,
        marking=marking,
        conjecture=info.conjecture,
        cert=info.cert,
        conjecture_words=conj_words,
        fit=verdict,
        candidates=candidates,
        unclosed=unclosed,
    )


def _totals(doc: Document, records: Sequence[Lacuna]) -> dict[str, Any]:
    kinds = Counter(r.kind for r in records)
    missing = [r for r in records if r.kind != "uncertain"]
    by_reason = Counter(r.reason or "none" for r in missing)
    by_unit = Counter(r.unit or "none" for r in missing)
    # rounded as the estimates are: three gaps of 2.4 words are 7.2, not 7.199999999999999
    low = round(sum(r.words_low for r in missing if r.words_low is not None), ESTIMATE_PLACES)
    high = round(sum(r.words_high for r in missing if r.words_high is not None), ESTIMATE_PLACES)
    mid = round(sum(r.words for r in missing if r.words is not None), ESTIMATE_PLACES)
    clean_chars = len(clean(doc))
    chars = _shares(doc)

    def share(n: int) -> float:
        return round(min(n, clean_chars) / clean_chars, 4) if clean_chars else 0.0

    return {
        "gaps": kinds["gap"],
        "uncertain": kinds["uncertain"],
        "notes": kinds["note"],
        "by_reason": dict(sorted(by_reason.items())),
        "by_unit": dict(sorted(by_unit.items())),
        "missing_words": quantity_json(float(mid)),
        "missing_words_low": quantity_json(float(low)),
        "missing_words_high": quantity_json(float(high)),
        "unestimated": sum(1 for r in missing if r.words is None),
        "unclosed": sum(1 for r in missing if r.unclosed),
        "conflicts": sum(1 for r in records if r.fit == "conflicts"),
        "clean_chars": clean_chars,
        "supplied_chars": chars["supplied"],
        "uncertain_chars": chars["uncertain"],
        "glossed_chars": chars["gloss"],
        "supplied_share": share(chars["supplied"]),
        "uncertain_share": share(chars["uncertain"]),
        "glossed_share": share(chars["gloss"]),
    }
