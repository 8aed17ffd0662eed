"""Markup-aware diff and collation of witnesses.

A *witness* is one parsed text of a document. :func:`tokenize` turns its tree into word
tokens that keep their editorial status and their offsets into the original, so an
alignment can say "witness B reads *close* where witness A has a gap" and point at both
sources. :func:`diff` aligns two witnesses; :func:`collate` aligns several against the
first (the base) into an alignment table; :func:`restorations` lists, for each gap of one
witness, the words another witness has in its place.

Token statuses (:data:`STATUSES`):

``plain``
    ordinary text (also the inside of brackets that are not editorial, ``[email protected]``);
``supplied``
    words inside a supplied span, ``[no]``;
``uncertain``
    the words of a doubtful reading, ``[?are awaiting?]`` (offsets of the words themselves);
``gloss``
    the words of a gloss, ``Filippov [Stalin]``;
``gap``
    one placeholder token for a whole gap (``[word off the page]``) or for a note that
    describes a gap (``[Translator's note: one word off the page …]``); all gap
    placeholders compare equal to each other and to nothing else;
``note``
    words of spans the clean edition drops (notes, ``[sic]``, note references, page
    markers); left out unless ``tokenize(..., notes=True)``.

Tokens are runs of word characters (letters, digits, joined by an apostrophe or a hyphen);
punctuation is not a token, so a comma never aligns in preference to a word. A token never
crosses a node boundary: ``Soviet-[Chinese]`` gives ``Soviet`` (plain) and ``Chinese``
(supplied). Tokens are compared by a key (:func:`normalize_token`): the word through the
:mod:`lacuna.normalize` steps :data:`KEY_STEPS` (NFKC, quotes, dashes, variant spellings
such as ``Urumchi`` → ``urumqi``, case folding).

Alignment (:func:`align_keys`) strips the common prefix and suffix, anchors on tokens that
occur exactly once in each remaining sequence (their longest increasing run, O(k log k),
as in patience diff), and aligns each stretch between anchors with
``rapidfuzz.distance.Levenshtein.opcodes`` (bit-parallel, Hirschberg: memory linear in the
input, time O(n·m/64) in the worst case, far less when the anchors cut the text into short
stretches). No step is quadratic in memory and none recurses.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from lacuna.ast import Document, Note, Span
from lacuna.conventions import Conventions, fold
from lacuna.parse import parse
from lacuna.render.clean import CLEAN_RULES
from lacuna.render.json import dumps

__all__ = [
    "GAP_KEY",
    "KEY_STEPS",
    "STATUSES",
    "Alignment",
    "Column",
    "Diff",
    "Edit",
    "Reading",
    "Restoration",
    "Token",
    "align_keys",
    "apparatus",
    "apparatus_json",
    "collate",
    "described_gap",
    "diff",
    "normalize_token",
    "restorations",
    "side_by_side",
    "tokenize",
]

#: The editorial statuses a token can have (see the module docstring).
STATUSES: tuple[str, ...] = ("plain", "supplied", "uncertain", "gloss", "gap", "note")

#: The comparison key of every gap placeholder.
GAP_KEY = "\x00gap"

_WORD = regex.compile(r"[\w\p{M}]+(?:['’\-][\w\p{M}]+)*")

# category -> status of the words inside; None: a gap placeholder.
_STATUS_OF = {
    "supplied": "supplied",
    "uncertain": "uncertain",
    "gloss": "gloss",
    "gap": None,
    "other": "plain",
}


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a witness: as written, its comparison key, its offsets and status."""

    text: str
    key: str
    start: int
    end: int
    status: str


try:  # lacuna.normalize: the project's normalisation steps, with the transliteration table
    from lacuna.normalize import normalize as _normalize_text
except ImportError:  # pragma: no cover - older trees without lacuna.normalize
    _normalize_text = None

#: The :mod:`lacuna.normalize` steps applied to each word to get its comparison key.
KEY_STEPS = "nfkc,quotes,dashes,transliteration,casefold"


@functools.lru_cache(maxsize=1 << 16)
def normalize_token(word: str) -> str:
    """The comparison key of a word (:data:`KEY_STEPS`; without lacuna.normalize: NFKC + fold)."""
    if _normalize_text is not None:
        return _normalize_text(word, KEY_STEPS).text
    return unicodedata.normalize("NFKC", fold(word))


def described_gap(span: Span, conventions: Conventions | None = None) -> Any:
    """For a note whose body describes a gap, what the body says (a gap ``SpanInfo``); else None.

    ``[Translator's note: one word off the page in the left margin]`` reads as the gap
    ``one word off the page`` with the same conventions as a bracket ``[one word off the page]``.
    The parser has read it with the document's conventions; ``conventions`` is not needed.
    """
    if not isinstance(span, Note) or span.info.reason is None:
        return None
    return span.info  # the classifier read the body as a gap (lacuna.classify._gap_note)


def tokenize(doc: Document, *, notes: bool = False, conventions: Conventions | None = None) -> list[Token]:
    """The word tokens of a witness in document order (see the module docstring)."""
    text = doc.text
    out: list[Token] = []
    # Stack of statuses for the spans we are inside; a span we skip is not entered.
    statuses: list[str] = []

    def opaque(span: Span) -> bool:
        """A gap (one placeholder token) or a dropped note outside notes: not entered."""
        if span.category == "gap" or described_gap(span, conventions) is not None:
            return True
        outer = statuses[-1] if statuses else "plain"
        return outer != "note" and CLEAN_RULES.get(span.category) == "drop" and not notes

    for node, entering in doc.events(prune=opaque):
        if not isinstance(node, Span):
            status = statuses[-1] if statuses else "plain"
            for m in _WORD.finditer(text, node.start, node.end):
                word = m.group()
                out.append(Token(word, normalize_token(word), m.start(), m.end(), status))
            continue
        if not entering:
            statuses.pop()
            continue
        category = node.category
        outer = statuses[-1] if statuses else "plain"
        if category == "gap" or described_gap(node, conventions) is not None:
            out.append(Token(node.text, GAP_KEY, node.start, node.end, "gap"))
            continue
        if outer == "note" or CLEAN_RULES.get(category) == "drop":
            if CLEAN_RULES.get(category) == "drop" and outer != "note" and not notes:
                continue  # pruned: a dropped note, not entered
            statuses.append("note")
        else:
            status = _STATUS_OF.get(category, "plain")
            # A plain-looking span inside a supplied one stays supplied.
            statuses.append(outer if status == "plain" else status)
    return out


# -- alignment --------------------------------------------------------------------------


def _lis(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by first item) increasing in the second item."""
    tails: list[int] = []  # b-values of the smallest tail of each length
    tail_idx: list[int] = []
    prev: list[int] = [-1] * len(pairs)
    for k, (_, b) in enumerate(pairs):
        pos = bisect.bisect_left(tails, b)
        if pos == len(tails):
            tails.append(b)
            tail_idx.append(k)
        else:
            tails[pos] = b
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos > 0 else -1
    out: list[tuple[int, int]] = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        out.append(pairs[k])
        k = prev[k]
    out.reverse()
    return out


def _unique_anchors(a: Sequence[int], b: Sequence[int], i1: int, i2: int, j1: int, j2: int) -> list:
    ca = Counter(a[i1:i2])
    cb = Counter(b[j1:j2])
    where_b = {b[j]: j for j in range(j1, j2) if cb[b[j]] == 1 and ca.get(b[j]) == 1}
    pairs = [(i, where_b[a[i]]) for i in range(i1, i2) if a[i] in where_b]
    return _lis(pairs)


def align_keys(a: Sequence[int], b: Sequence[int]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes ``(tag, i1, i2, j1, j2)`` turning ``a`` into ``b`` (tags as in difflib).

    Adjacent non-equal operations are merged into one ``replace`` (or ``insert``/``delete``
    when one side is empty), so every difference is one block between two equal runs.
    """
    n, m = len(a), len(b)
    raw: list[tuple[str, int, int, int, int]] = []
    p = 0
    while p < n and p < m and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and s < m - p and a[n - 1 - s] == b[m - 1 - s]:
        s += 1
    if p:
        raw.append(("equal", 0, p, 0, p))
    i1, i2, j1, j2 = p, n - s, p, m - s
    anchors = _unique_anchors(a, b, i1, i2, j1, j2) if i1 < i2 and j1 < j2 else []
    ci, cj = i1, j1
    for ai, bj in [*anchors, (i2, j2)]:
        if ci < ai or cj < bj:
            raw.extend(_window(a, b, ci, ai, cj, bj))
        if ai < i2:
            raw.append(("equal", ai, ai + 1, bj, bj + 1))
        ci, cj = ai + 1, bj + 1
    if s:
        raw.append(("equal", n - s, n, m - s, m))
    return _merge(raw)


def _window(
    a: Sequence[int], b: Sequence[int], i1: int, i2: int, j1: int, j2: int
) -> list[tuple[str, int, int, int, int]]:
    if i1 == i2:
        return [("insert", i1, i1, j1, j2)]
    if j1 == j2:
        return [("delete", i1, i2, j1, j1)]
    sa, sb = a[i1:i2], b[j1:j2]
    hint = max(abs(len(sa) - len(sb)), 8)
    return [
        (op.tag, op.src_start + i1, op.src_end + i1, op.dest_start + j1, op.dest_end + j1)
        for op in Levenshtein.opcodes(sa, sb, score_hint=hint)
    ]


def _merge(raw: Iterable[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    out: list[list[Any]] = []
    for tag, i1, i2, j1, j2 in raw:
        if i1 == i2 and j1 == j2:
            continue
        kind = "equal" if tag == "equal" else "change"
        if out and (out[-1][0] == "equal") == (kind == "equal"):
            out[-1][2] = i2
            out[-1][4] = j2
        else:
            out.append([tag if kind == "equal" else "change", i1, i2, j1, j2])
    result = []
    for tag, i1, i2, j1, j2 in out:
        if tag != "equal":
            tag = "insert" if i1 == i2 else "delete" if j1 == j2 else "replace"
        result.append((tag, i1, i2, j1, j2))
    return result


# -- diff -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Edit:
    """One operation of a diff: tokens ``a[a_start:a_end]`` become ``b[b_start:b_end]``.

    ``a_offsets``/``b_offsets`` are code-point offsets into the two originals: from the
    first token's start to the last token's end, or, for an empty side, the point where
    the other side's words would go (just after the preceding token, else before the
    following one, else 0).
    """

    op: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_offsets: tuple[int, int]
    b_offsets: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Diff:
    """The tokens of two witnesses and the edit operations between them."""

    a: Document
    b: Document
    tokens_a: list[Token]
    tokens_b: list[Token]
    edits: list[Edit]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: each edit with both sides' offsets and words as written."""
        ta, tb, sa, sb = self.tokens_a, self.tokens_b, self.a.text, self.b.text
        return {
            "format": "lacuna-diff",
            "version": 1,
            "a": self.a.name,
            "b": self.b.name,
            "edits": [
                {
                    "op": e.op,
                    "a": [e.a_start, e.a_end],
                    "b": [e.b_start, e.b_end],
                    "a_offsets": list(e.a_offsets),
                    "b_offsets": list(e.b_offsets),
                    "a_text": sa[e.a_offsets[0] : e.a_offsets[1]],
                    "b_text": sb[e.b_offsets[0] : e.b_offsets[1]],
                    "a_status": [t.status for t in ta[e.a_start : e.a_end]],
                    "b_status": [t.status for t in tb[e.b_start : e.b_end]],
                }
                for e in self.edits
            ],
        }


def span_offsets(tokens: Sequence[Token], i: int, j: int) -> tuple[int, int]:
    """Source offsets covered by ``tokens[i:j]`` (an insertion point when empty)."""
    if i < j:
        return tokens[i].start, tokens[j - 1].end
    if i > 0:
        return tokens[i - 1].end, tokens[i - 1].end
    if tokens:
        return tokens[0].start, tokens[0].start
    return 0, 0


def _as_document(witness: Document | str) -> Document:
    return witness if isinstance(witness, Document) else parse(witness)


class _Keys:
    """Interns comparison keys as ints shared by every witness of one run."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def __call__(self, tokens: Sequence[Token]) -> list[int]:
        ids = self.ids
        return [ids.setdefault(t.key, len(ids)) for t in tokens]


def _diff_tokens(a: Document, b: Document, ta: list[Token], tb: list[Token], keys: _Keys) -> Diff:
    edits = [
        Edit(tag, i1, i2, j1, j2, span_offsets(ta, i1, i2), span_offsets(tb, j1, j2))
        for tag, i1, i2, j1, j2 in align_keys(keys(ta), keys(tb))
    ]
    return Diff(a, b, ta, tb, edits)


def diff(a: Document | str, b: Document | str, *, conventions: Conventions | None = None) -> Diff:
    """Align two witnesses token by token (strings are parsed leniently first)."""
    da, db = _as_document(a), _as_document(b)
    ta = tokenize(da, conventions=conventions)
    tb = tokenize(db, conventions=conventions)
    return _diff_tokens(da, db, ta, tb, _Keys())


# -- restoration candidates -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Restoration:
    """Words another witness has where this one has a gap.

    ``gap_start``/``gap_end`` are the gap's offsets in this witness; ``text`` is the other
    witness's words joined by single spaces; ``start``/``end`` their offsets in the other
    witness; ``words`` how many there are; ``statuses`` their editorial statuses there.
    ``alone`` is True when the gap is the only differing token on this side of the
    aligned block, so the words fill exactly the gap (False: the block also holds other
    differing words of this witness, and the candidate covers them too).
    """

    witness: str | None
    gap_start: int
    gap_end: int
    text: str
    start: int
    end: int
    words: int
    statuses: tuple[str, ...]
    alone: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "witness": self.witness,
            "gap_start": self.gap_start,
            "gap_end": self.gap_end,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "words": self.words,
            "statuses": list(self.statuses),
            "alone": self.alone,
        }


def _restorations_of(d: Diff) -> list[Restoration]:
    out: list[Restoration] = []
    for e in d.edits:
        if e.op != "replace":
            continue
        side = d.tokens_a[e.a_start : e.a_end]
        theirs = [t for t in d.tokens_b[e.b_start : e.b_end] if t.status != "gap"]
        if not theirs:
            continue
        for t in side:
            if t.status == "gap":
                out.append(
                    Restoration(
                        d.b.name,
                        t.start,
                        t.end,
                        " ".join(x.text for x in theirs),
                        theirs[0].start,
                        theirs[-1].end,
                        len(theirs),
                        tuple(x.status for x in theirs),
                        len(side) == 1,
                    )
                )
    return out


def restorations(
    doc: Document | str, other: Document | str, *, conventions: Conventions | None = None
) -> list[Restoration]:
    """For each gap of ``doc`` aligned with words in ``other``: those words (document order)."""
    return _restorations_of(diff(doc, other, conventions=conventions))


# -- collation --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reading:
    """What one witness reads in one column: tokens ``[start, end)`` of that witness."""

    start: int
    end: int
    text: str
    key: str
    statuses: tuple[str, ...]
    offsets: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the alignment table.

    ``base`` is the token range of the base witness (empty for a column of words the base
    lacks, ``kind == "insertion"``); ``readings`` has one :class:`Reading` per witness, the
    base first. ``variant`` is True when the readings' keys differ.
    """

    kind: str
    base: tuple[int, int]
    readings: tuple[Reading, ...]
    variant: bool


@dataclass(frozen=True, slots=True)
class Alignment:
    """An alignment table of N witnesses against the first (the base)."""

    sigla: tuple[str, ...]
    witnesses: tuple[Document, ...]
    tokens: tuple[list[Token], ...]
    columns: list[Column]
    restorations: dict[tuple[int, int], list[Restoration]]

    def variants(self) -> list[Column]:
        """The columns where the witnesses differ."""
        return [c for c in self.columns if c.variant]


def _reading(doc: Document, tokens: Sequence[Token], i: int, j: int) -> Reading:
    offs = span_offsets(tokens, i, j)
    part = tokens[i:j]
    return Reading(
        i,
        j,
        " ".join(t.text for t in part),
        " ".join(t.key for t in part),
        tuple(t.status for t in part),
        offs,
    )


def _sigla(docs: Sequence[Document], sigla: Sequence[str] | None) -> tuple[str, ...]:
    if sigla is not None:
        if len(sigla) != len(docs):
            raise ValueError("one siglum per witness")
        names = list(sigla)
    else:
        names = [d.name or f"W{k + 1}" for k, d in enumerate(docs)]
    seen: Counter[str] = Counter()
    out = []
    for name in names:
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return tuple(out)


def collate(
    witnesses: Sequence[Document | str],
    *,
    sigla: Sequence[str] | None = None,
    conventions: Conventions | None = None,
) -> Alignment:
    """Align every witness against the first into columns of readings.

    Each witness is diffed against the base on its own; the table cuts the base only
    where every witness's diff allows a cut (never inside a block that differs). So the
    columns and each witness's readings depend only on the base and that witness:
    permuting the other witnesses permutes the readings in each column and nothing else.
    """
    if not witnesses:
        raise ValueError("collate needs at least one witness")
    docs = tuple(_as_document(w) for w in witnesses)
    names = _sigla(docs, sigla)
    toks = tuple(tokenize(d, conventions=conventions) for d in docs)
    keys = _Keys()
    n = len(toks[0])
    diffs = [_diff_tokens(docs[0], d, toks[0], t, keys) for d, t in zip(docs[1:], toks[1:], strict=True)]
    # Base positions inside a block that differs in some witness: no column boundary there.
    blocked = bytearray(n + 1)
    for d in diffs:
        for e in d.edits:
            if e.a_end - e.a_start > 1 and e.op != "equal":
                blocked[e.a_start + 1 : e.a_end] = b"\x01" * (e.a_end - e.a_start - 1)
    cuts = [p for p in range(n + 1) if not blocked[p]]
    images = [_images(d.edits, cuts, len(d.tokens_b)) for d in diffs]
    columns: list[Column] = []
    base_doc, base_toks = docs[0], toks[0]
    for k, p in enumerate(cuts):
        # Insertion column at p: words a witness has between left and right image of p.
        ins = [(img[k][0], img[k][1]) for img in images]
        if any(lo < hi for lo, hi in ins):
            readings = (
                _reading(base_doc, base_toks, p, p),
                *(_reading(docs[w + 1], toks[w + 1], lo, hi) for w, (lo, hi) in enumerate(ins)),
            )
            columns.append(Column("insertion", (p, p), readings, _differs(readings)))
        if k + 1 == len(cuts):
            break
        q = cuts[k + 1]
        readings = (
            _reading(base_doc, base_toks, p, q),
            *(
                _reading(docs[w + 1], toks[w + 1], images[w][k][1], images[w][k + 1][0])
                for w in range(len(diffs))
            ),
        )
        columns.append(Column("base", (p, q), readings, _differs(readings)))
    rest: dict[tuple[int, int], list[Restoration]] = {}
    for d in diffs:
        for r in _restorations_of(d):
            rest.setdefault((r.gap_start, r.gap_end), []).append(r)
    return Alignment(names, docs, toks, columns, rest)


def _differs(readings: Sequence[Reading]) -> bool:
    first = readings[0].key
    return any(r.key != first for r in readings[1:])


def _images(edits: Sequence[Edit], cuts: Sequence[int], m: int) -> list[tuple[int, int]]:
    """For each cut of the base, the witness positions before and after words inserted there."""
    left = [m] * len(cuts)
    right = [m] * len(cuts)
    for e in edits:
        if e.op == "equal":
            for k in range(bisect.bisect_left(cuts, e.a_start), bisect.bisect_left(cuts, e.a_end)):
                left[k] = right[k] = e.b_start + cuts[k] - e.a_start
    for e in edits:
        if e.op != "equal":
            # A differing block never holds a cut inside, so it starts at one.
            k = bisect.bisect_left(cuts, e.a_start)
            left[k] = e.b_start
            right[k] = e.b_end if e.op == "insert" else e.b_start
    return list(zip(left, right, strict=True))


# -- outputs ----------------------------------------------------------------------------


def _reading_dict(siglum: str, doc: Document, r: Reading) -> dict[str, Any]:
    return {
        "witness": siglum,
        "text": r.text,
        "source": doc.text[r.offsets[0] : r.offsets[1]],
        "tokens": [r.start, r.end],
        "offsets": list(r.offsets),
        "statuses": list(r.statuses),
    }


def apparatus(al: Alignment) -> dict[str, Any]:
    """The JSON apparatus: every variant column with the base's lemma and each reading.

    Shape (keys always present, in this order)::

        {"format": "lacuna-apparatus", "version": 1, "base": siglum,
         "witnesses": [{"siglum", "file", "tokens"}],
         "entries": [{"id", "kind", "base": [i, j], "lemma": reading,
                      "readings": [reading, ...]}],
         "restorations": [{"witness", "gap_start", "gap_end", "text", "start", "end",
                           "words", "statuses", "alone"}]}

    A reading is ``{"witness", "text", "source", "tokens", "offsets", "statuses"}``;
    ``readings`` lists the other witnesses in input order. ``id`` is ``c`` + the column's
    index in the full table (stable for the same base and witnesses, in any order).
    """
    entries = []
    for idx, col in enumerate(al.columns):
        if not col.variant:
            continue
        entries.append(
            {
                "id": f"c{idx}",
                "kind": col.kind,
                "base": list(col.base),
                "lemma": _reading_dict(al.sigla[0], al.witnesses[0], col.readings[0]),
                "readings": [
                    _reading_dict(al.sigla[w], al.witnesses[w], r)
                    for w, r in enumerate(col.readings)
                    if w > 0
                ],
            }
        )
    rest = [r.to_dict() for key in sorted(al.restorations) for r in al.restorations[key]]
    return {
        "format": "lacuna-apparatus",
        "version": 1,
        "base": al.sigla[0],
        "witnesses": [
            {"siglum": s, "file": d.name, "tokens": len(t)}
            for s, d, t in zip(al.sigla, al.witnesses, al.tokens, strict=True)
        ],
        "entries": entries,
        "restorations": rest,
    }


def apparatus_json(al: Alignment, *, indent: int | None = 2) -> str:
    """:func:`apparatus` serialised (lone surrogates escaped)."""
    return dumps(apparatus(al), indent=indent)


_SPACE = regex.compile(r"\s+")
_TRAILING = regex.compile(r"[^\s\w\[]+")


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line or not lines:
        lines.append(line)
    return lines


def side_by_side(al: Alignment, *, width: int = 32) -> str:
    """A plain-text table: one column per witness, one row per run of agreeing or differing text.

    Rows where the witnesses agree are merged; a row where they differ starts with ``≠``
    (``+`` for words the base lacks). Each cell shows the witness as written (markup
    included, white space collapsed, wrapped at ``width`` characters), from the end of
    the cell above to its last word, so reading a column down gives the whole witness.
    """
    n = len(al.sigla)
    header = "  " + " │ ".join(s[:width].ljust(width) for s in al.sigla)
    rows: list[str] = [header.rstrip(), "──" + "─┼─".join("─" * width for _ in range(n))]
    # Each row: its mark and, per witness, the offset its text runs to.
    marks: list[str] = []
    ends: list[list[int]] = []
    for col in al.columns:
        mark = " " if not col.variant else "+" if col.kind == "insertion" else "≠"
        col_ends = [r.offsets[1] if r.start < r.end else -1 for r in col.readings]
        if mark == " " and marks and marks[-1] == " ":
            ends[-1] = [max(e, c) for e, c in zip(ends[-1], col_ends, strict=True)]
        else:
            marks.append(mark)
            ends.append(col_ends)
    if marks:
        ends[-1] = [len(d.text) for d in al.witnesses]
    cursor = [0] * n
    for mark, row_ends in zip(marks, ends, strict=True):
        cells = []
        for w in range(n):
            end = max(cursor[w], row_ends[w])
            if end < len(al.witnesses[w].text):
                m = _TRAILING.match(al.witnesses[w].text, end)
                end = m.end() if m else end
            chunk = al.witnesses[w].text[cursor[w] : end]
            cursor[w] = end
            cells.append(_wrap(_SPACE.sub(" ", chunk).strip(), width))
        depth = max(len(c) for c in cells)
        for k in range(depth):
            prefix = mark if k == 0 else " "
            line = " │ ".join((c[k] if k < len(c) else "").ljust(width) for c in cells)
            rows.append(f"{prefix} {line}".rstrip())
    return "\n".join(rows) + "\n"
