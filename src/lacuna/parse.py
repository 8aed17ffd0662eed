"""Text → typed, lossless tree.

The structure (which ``[`` closes with which ``]``) comes from one pass of a flat-span
pattern when no span holds another, else from one literal scan for bracket characters and an
explicit stack (:mod:`lacuna.pairing` finds the brackets that pair with none): linear, with no
recursion, whatever the nesting.
Each span's inside is read by :mod:`lacuna.classify` (the Lark grammar plus the
conventions table, cached per distinct inside).

Modes:

* **lenient** (default): a bracket that does not pair stays in the text as a literal
  character, and a :class:`~lacuna.errors.Diagnostic` is added to ``Document.diagnostics``.
* **strict**: the first such problem raises :class:`~lacuna.errors.MarkupError`
  (``FILE:LINE:COL: what is wrong``).

Either way ``parse(text).source() == text``.
"""

from __future__ import annotations

import dataclasses
import re
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path

from lacuna.ast import Document, SourceText, SpanInfo, Tree
from lacuna.classify import (
    DOUBLE_BRACKETS,
    NESTED_MARK,
    double_bracket,
    in_context,
    read_inside,
    unclosed_reading,
)
from lacuna.classify.learned.document import LEARNED, document_features, hand_counts, reading_with
from lacuna.classify.learned.same_reading import (
    SAME_READING,
    evidence,
    glossed_before,
    key,
    runs_before,
    weak,
)
from lacuna.conventions import Conventions
from lacuna.errors import Diagnostic, LacunaError, MarkupError, expect
from lacuna.pairing import (
    PARAGRAPH_END,
    bracket_positions,
    offset_type,
    position_array,
    positions_by_block,
    unpaired,
)

__all__ = ["MAX_DIAGNOSTICS", "bracket_positions", "parse", "parse_bytes", "parse_file", "read_text_file"]

#: The lone surrogates of undecodable bytes (built with ``chr``: mypyc takes no surrogate in a
#: string literal)
_UNDECODED = re.compile("[" + chr(0xDC80) + "-" + chr(0xDCFF) + "]")

#: Diagnostics kept per document; the rest are counted in one closing diagnostic.
MAX_DIAGNOSTICS = 1000


def parse(
    text: str,
    *,
    source: str | None = None,
    strict: bool = False,
    conventions: Conventions | None = None,
) -> Document:
    """Parse bracket markup into a :class:`~lacuna.ast.Document`.

    ``source`` names the text in diagnostics (a file name). Lenient unless ``strict``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    if conventions is not None:
        expect(conventions, Conventions, "parse", "conventions")
    conv = conventions or Conventions.default()
    src = SourceText(text, source)
    # Most texts pair every bracket, most often with no span inside another: one pass of a
    # pattern finds such spans; else one pass over the brackets pairs and builds, checking
    # that they do.
    tree = _build_flat(src, conv)
    if tree is None:
        tree = _build(src, positions_by_block(text), None, conv, check=True)
    if tree is not None:
        _second_look(tree, conv)
        return Document.from_tree(tree, ())
    # Some bracket does not pair, or a pair crosses a paragraph break: pair them first.
    positions = position_array(text)
    stray, unclosed = unpaired(text, positions, conv)
    diagnostics: tuple[Diagnostic, ...] = ()
    literal: set[int] | None = None
    if stray or unclosed:
        if strict:
            raise MarkupError(_diagnose(src, stray, unclosed, limit=1, suffix="")[0])
        diagnostics = _diagnose(src, stray, unclosed) + _swallowing(src, unclosed, conv)
        literal = set(stray)
        literal.update(unclosed)
    # The build reads the brackets again, block by block (memchr speed), rather than keeping
    # their array alongside the tree it grows: a lower peak (bench/render.py) for a few % of time.
    del positions
    # (The cyclic GC runs: the tree makes no object per node, and the reading of the insides
    # leaves cyclic garbage that a pause would keep until the end, 0.6 MB per MB of input at
    # five times the real density; bench/render.py.)
    tree = _build(src, positions_by_block(text), literal, conv)
    assert tree is not None  # (no check)
    _second_look(tree, conv)
    return Document.from_tree(tree, diagnostics)


def _swallowing(src: SourceText, unclosed: list[int], conv: Conventions) -> tuple[Diagnostic, ...]:
    """A diagnostic for each unclosed ``[`` that opens a gap or a note running on across a line
    break or a sentence end: its ``]`` is probably missing there (issue 13)."""
    out = []
    for p in unclosed[:MAX_DIAGNOSTICS]:
        found = unclosed_reading(src.text, p, conv)
        if found is None:
            continue
        category, stop = found
        line, column = src.line_column(stop)
        what = "gap" if category == "gap" else "note"
        message = (
            f"the {what} opened at line {src.line_column(p)[0]} runs on here: its ']' is probably missing"
        )
        out.append(Diagnostic("unclosed-" + what, message, line, column, p, stop, src.name))
    return tuple(out)


def _diagnose(
    src: SourceText,
    stray: list[int],
    unclosed: list[int],
    limit: int = MAX_DIAGNOSTICS,
    suffix: str = " (kept as text)",
) -> tuple[Diagnostic, ...]:
    """The diagnostics of the unpaired brackets, in text order: at most ``limit``, then one
    that counts the rest. ``suffix`` ends each message (lenient mode keeps the bracket as
    text; strict mode raises on the first, and says nothing of keeping it)."""
    problems = sorted([(p, "stray-bracket") for p in stray] + [(p, "unclosed-bracket") for p in unclosed])
    out = []
    for p, code in problems[:limit]:
        line, column = src.line_column(p)
        message = "']' has no matching '['" if code == "stray-bracket" else "'[' is never closed"
        out.append(Diagnostic(code, message + suffix, line, column, p, p + 1, src.name))
    if limit == MAX_DIAGNOSTICS and len(problems) > MAX_DIAGNOSTICS:
        p = problems[MAX_DIAGNOSTICS][0]
        line, column = src.line_column(p)
        rest = len(problems) - MAX_DIAGNOSTICS
        out.append(
            Diagnostic(
                "too-many-problems",
                f"{rest} more unpaired brackets from here on (kept as text)",
                line,
                column,
                p,
                p + 1,
                src.name,
            )
        )
    return tuple(out)


def _build(
    src: SourceText,
    positions: Iterable[int],
    literal: set[int] | None,
    conv: Conventions,
    *,
    check: bool = False,
) -> Tree | None:
    """The compact tree of the spans, from the bracket positions, skipping the ``literal``
    (unpaired) ones: each span's offsets and reading, numbered in document order.

    With ``check``, None as soon as a ``]`` has no ``[``, a top-level pair crosses a paragraph
    break or a ``[`` is left open (then :func:`unpaired` must choose what stays literal first):
    the tree otherwise is the one :func:`unpaired` and a build would make."""
    text = src.text
    skip = literal or ()
    cached = conv._cache.get
    kind = offset_type(len(text))
    starts = array(kind)
    ends = array(kind)
    sizes = array(kind)
    infos: list[SpanInfo] = []
    gloss_spans, gloss_starts, gloss_ends = array(kind), array(kind), array(kind)  # -1: None
    tree = Tree(src, starts, ends, sizes, infos, gloss_spans, array(kind))
    open_spans: list[int] = []  # the numbers of the spans whose "]" is still to come
    find = text.find
    for p in positions:
        if p in skip:
            continue
        if text[p] == "[":
            open_spans.append(len(infos))
            starts.append(p)
            ends.append(0)
            sizes.append(0)
            infos.append(_PENDING)
            continue
        if check and not open_spans:
            return None  # a stray "]"
        i = open_spans.pop()
        end = p + 1
        ends[i] = end
        size = len(infos) - i - 1
        start = starts[i]
        if (
            check
            and not open_spans
            and (find("\n", start, p) >= 0 or find("\r", start, p) >= 0)
            and PARAGRAPH_END.search(text, start, p) is not None
        ):
            return None  # a top-level pair across a paragraph break
        if size:
            sizes[i] = size
            info, glossed_start, glossed_end = _nested_info(tree, i, conv)
        else:
            # the common case: a span with no span inside it
            inside = text[start + 1 : p]
            info, glossed_start, glossed_end = _flat_reading(
                cached(inside) or read_inside(inside, conv), text, start, end, conv, inside
            )
        infos[i] = info
        if glossed_start is not None or glossed_end is not None:
            gloss_spans.append(i)
            gloss_starts.append(-1 if glossed_start is None else glossed_start)
            gloss_ends.append(-1 if glossed_end is None else glossed_end)
    if check and open_spans:
        return None  # a "[" left open
    # spans close inner first: put the glosses in span order (for a binary search)
    order: Sequence[int] = range(len(gloss_spans))
    if any(gloss_spans[k] > gloss_spans[k + 1] for k in range(len(gloss_spans) - 1)):
        order = sorted(order, key=gloss_spans.__getitem__)
        gloss_spans[:] = array(kind, [gloss_spans[k] for k in order])
    for k in order:
        tree.gloss_offsets.append(gloss_starts[k])
        tree.gloss_offsets.append(gloss_ends[k])
    return tree


#: A span with no bracket inside it (the bench's scan: its literal first character is searched
#: at memchr speed, where a branch for a lone bracket made the pass five times slower).
_FLAT = re.compile(r"\[([^\[\]]*)\]")


def _build_flat(src: SourceText, conv: Conventions) -> Tree | None:
    """The tree of a text whose brackets all pair with no span inside another and no span
    across a paragraph break (the spans of one pass of :data:`_FLAT`), or None for any other
    text, as soon as that shows: :func:`_build` makes the same tree of such a text."""
    text = src.text
    cached = conv._cache.get
    kind = offset_type(len(text))
    starts = array(kind)
    ends = array(kind)
    infos: list[SpanInfo] = []
    gloss_spans, gloss_offsets = array(kind), array(kind)  # -1: None
    find = text.find
    first = find("[")  # (memchr speed: a text without brackets is not scanned by the pattern)
    if first < 0:
        first = len(text)
    last = 0  # the end of the last span
    for m in _FLAT.finditer(text, first):
        start, end = m.span()
        if find("[", last, start) >= 0 or find("]", last, start) >= 0:
            return None  # a bracket in no flat span: a nested span, or an unpaired bracket
        last = end
        inside = m.group(1)
        if ("\n" in inside or "\r" in inside) and PARAGRAPH_END.search(inside) is not None:
            return None
        info = cached(inside) or read_inside(inside, conv)
        if info.category in _IN_CONTEXT:
            info, glossed_start, glossed_end = in_context(info, text, start, end, conv, inside=inside)
            if glossed_start is not None or glossed_end is not None:
                gloss_spans.append(len(infos))
                gloss_offsets.append(-1 if glossed_start is None else glossed_start)
                gloss_offsets.append(-1 if glossed_end is None else glossed_end)
        starts.append(start)
        ends.append(end)
        infos.append(info)
    if find("[", last) >= 0 or find("]", last) >= 0:
        return None
    sizes = array(kind, bytes(starts.itemsize * len(starts)))  # no span inside another
    return Tree(src, starts, ends, sizes, infos, gloss_spans, gloss_offsets)


def _second_look(tree: Tree, conv: Conventions) -> None:
    """The document's own convention as evidence (issue 13): the learned rule's spans read
    again with the counts of the hand-read spans (:func:`_document_prior`), then the weak
    readings of an inside the hand rules read one way elsewhere in the document take that
    reading (:func:`_same_readings`)."""
    _document_prior(tree, conv)
    _same_readings(tree, conv)


def _same_readings(tree: Tree, conv: Conventions) -> None:
    """Each span a weak rule read (the learned rule, the fallback, completes_name) whose
    inside the hand rules read as one carried category elsewhere in the document takes it
    (:mod:`lacuna.classify.learned.same_reading`). Two passes: the hand readings per key,
    then the weak spans; linear, and the same whatever order the spans come in."""
    infos = tree.infos
    text = tree.src.text
    starts, ends, sizes = tree.starts, tree.ends, tree.sizes
    targets = [i for i, info in enumerate(infos) if not sizes[i] and weak(info.because)]
    if not targets or len(targets) == len(infos):
        return
    # key -> (category, the spans read so; none when the hand rules read it two ways)
    seen: dict[str, tuple[str, list[int]]] = {}
    for i, info in enumerate(infos):
        if not evidence(info.category, info.because):
            continue
        k = key(text[starts[i] + 1 : ends[i] - 1], conv)
        if k is None:
            continue
        got = seen.get(k)
        if got is None:
            seen[k] = (info.category, [i])
        elif got[0] != info.category:
            seen[k] = (got[0], [])
        elif got[1]:
            got[1].append(i)
    if not seen:
        return
    glossed = dict(
        zip(
            tree.gloss_spans, zip(tree.gloss_offsets[::2], tree.gloss_offsets[1::2], strict=True), strict=True
        )
    )
    changed = False
    for i in targets:
        start, end = starts[i], ends[i]
        inside = text[start + 1 : end - 1]
        k = key(inside, conv)
        got = seen.get(k) if k is not None else None
        if got is None or not got[1] or got[0] == infos[i].category:
            continue
        category, js = got
        j = js[0]
        first = last = None
        if category == "gloss":
            # the words before are those before another gloss of the key (or another form)
            runs = [[text[a:b] for a, b in runs_before(text, starts[g])] for g in js]
            found = glossed_before(text, start, runs)
            if found is None:
                continue
            first, last, which = found
            j = js[which]
        model = infos[j]
        because = (
            f"{SAME_READING}the same '[{inside.strip()}]' is read as {category} by rule "
            f"{model.because.partition(':')[0]} at line {tree.src.line_column(starts[j])[0]}"
        )
        same_text = text[starts[j] + 1 : ends[j] - 1] == inside
        infos[i] = (
            dataclasses.replace(model, because=because) if same_text else SpanInfo(category, because=because)
        )
        if first is None or last is None:
            glossed.pop(i, None)
        else:
            glossed[i] = _offsets(first, last)
        changed = True
    if not changed:
        return
    kind = tree.gloss_spans.typecode
    tree.gloss_spans = array(kind, sorted(glossed))
    tree.gloss_offsets = array(kind, [o for i in tree.gloss_spans for o in glossed[i]])


def _document_prior(tree: Tree, conv: Conventions) -> None:
    """Read again, with the document's own convention as evidence, each span the rule
    ``learned`` decided (:mod:`lacuna.classify.learned.document`): the counts of the other
    spans the hand rules read as gloss, supplied or editor's note, bucketed, weigh in its
    window's score. Linear: the counts are made once, each such span is read once more (inner
    spans first, so double brackets take their inner span's new reading)."""
    infos = tree.infos
    targets = [i for i, info in enumerate(infos) if _learned_reading(info.because)]
    if not targets:
        return
    features = document_features(hand_counts((info.category, info.because) for info in infos))
    if not features:
        return  # (no other span read by a hand rule: the first reading stands)
    text = tree.src.text
    starts, ends, sizes = tree.starts, tree.ends, tree.sizes
    glossed = dict(
        zip(
            tree.gloss_spans, zip(tree.gloss_offsets[::2], tree.gloss_offsets[1::2], strict=True), strict=True
        )
    )
    changed = False
    with reading_with(features):
        for i in reversed(targets):
            start, end = starts[i], ends[i]
            if sizes[i]:
                info, glossed_start, glossed_end = _nested_info(tree, i, conv)
            else:
                inside = text[start + 1 : end - 1]
                info, glossed_start, glossed_end = _flat_reading(
                    read_inside(inside, conv), text, start, end, conv, inside
                )
            if info == infos[i] and glossed.get(i, (-1, -1)) == _offsets(glossed_start, glossed_end):
                continue
            changed = True
            infos[i] = info
            if glossed_start is None and glossed_end is None:
                glossed.pop(i, None)
            else:
                glossed[i] = _offsets(glossed_start, glossed_end)
    if not changed:
        return
    kind = tree.gloss_spans.typecode
    tree.gloss_spans = array(kind, sorted(glossed))
    tree.gloss_offsets = array(kind, [o for i in tree.gloss_spans for o in glossed[i]])


def _flat_reading(
    info: SpanInfo, text: str, start: int, end: int, conv: Conventions, inside: str
) -> tuple[SpanInfo, int | None, int | None]:
    """A span's reading from its inside's ``info``, read in its context where the category
    asks for it (:data:`_IN_CONTEXT`), with the glossed words' offsets (None when none)."""
    if info.category in _IN_CONTEXT:
        return in_context(info, text, start, end, conv, inside=inside)
    return info, None, None


def _offsets(first: int | None, last: int | None) -> tuple[int, int]:
    return (-1 if first is None else first), (-1 if last is None else last)


def _learned_reading(because: str) -> bool:
    """Whether a reading is the rule ``learned``'s (or double brackets around one)."""
    return because.startswith(LEARNED) or (
        because.startswith(DOUBLE_BRACKETS) and because[len(DOUBLE_BRACKETS) :].startswith(LEARNED)
    )


#: A reading not yet made (a span whose "]" the build has not reached).
_PENDING = SpanInfo("other", because="pending")


#: The categories whose reading the neighbouring text may change (see :func:`in_context`; a gap
#: only when missing_item read it, a field label perhaps, or illegible_dashes, a hyphen
#: supplied; a note only when labelled_note or citation read it, a translated title perhaps; a
#: gloss only when labelled_reading read it, its glossed word; a page marker when it opens a
#: line before a comma, a page cited; other only for empty brackets, a gap glued to a word).
_IN_CONTEXT = frozenset(
    {"supplied", "footnote_ref", "uncertain", "gap", "editor_note", "gloss", "page_break", "other"}
)


#: A character that is not white space (the span's own words on a side of a nested marker).
_WORDS_AROUND = re.compile(r"\S")


def _nested_info(tree: Tree, i: int, conv: Conventions) -> tuple[SpanInfo, int | None, int | None]:
    """The reading of span ``i``, which has spans inside it, and its glossed offsets."""
    text = tree.src.text
    starts, ends, sizes, infos = tree.starts, tree.ends, tree.sizes, tree.infos
    start, end = starts[i], ends[i]
    parts: list[str] = []
    marks: dict[int, tuple[int, int]] = {}  # offset of each span's mark in the inside -> the span
    first_inner: SpanInfo | None = None
    size = 0
    cursor = start + 1
    j, last = i + 1, i + 1 + sizes[i]
    while j < last:
        a, b = starts[j], ends[j]
        if cursor < a:
            parts.append(text[cursor:a])
            size += a - cursor
        cursor = b
        if (
            infos[j].category == "page_break"
            and _WORDS_AROUND.search(text, start + 1, a) is not None
            and _WORDS_AROUND.search(text, b, end - 1) is not None
        ):
            # a page marker inside a span is the page's, not the span's: it is read as if
            # absent ("[less than 1 [Page 937] line of source text not declassified]", a gap)
            j += 1 + sizes[j]
            continue
        marks[size] = (a, b)
        if first_inner is None:
            first_inner = infos[j]
        parts.append(NESTED_MARK)
        size += 1
        j += 1 + sizes[j]
    if cursor < end - 1:
        parts.append(text[cursor : end - 1])
    inside = "".join(parts)
    if inside.strip() == NESTED_MARK and len(marks) == 1 and first_inner is not None:
        info = double_bracket(first_inner)
    else:
        info = read_inside(inside, conv)
    # the marked inside, not text[start + 1 : end - 1]: a copy of every nested level's whole
    # inside would make deep nesting quadratic
    info, glossed_start, glossed_end = _flat_reading(info, text, start, end, conv, inside)
    info = _unmarked(info, inside, marks, text)
    return info, glossed_start, glossed_end


#: The fields of a reading that quote its inside (and may quote a nested span in it).
_QUOTING_FIELDS = ("extent", "unit", "reason", "conjecture", "label", "correction", "number", "because")
#: Characters of a nested span quoted in a field; a longer one is cut, with "…".
_QUOTE_LIMIT = 80


def _unmarked(info: SpanInfo, inside: str, marks: dict[int, tuple[int, int]], text: str) -> SpanInfo:
    """``info`` with each nested-span mark in its fields replaced by that span as written:
    ``[one word missing, presumably "the [CPC]"]`` has the conjecture ``the [CPC]``.

    ``marks`` maps the offset of each mark in ``inside`` to its span's ``(start, end)``. A field
    is found in the inside where it was read from (the last occurrence for a conjecture or correction, which
    end an inside; the first for the others), so each mark gets its own span; a U+FFFC that
    the input itself holds stays as it is.
    """
    changes: dict[str, str] = {}
    for name in _QUOTING_FIELDS:
        value = getattr(info, name)
        if not isinstance(value, str) or NESTED_MARK not in value:
            continue
        at = inside.rfind(value) if name in ("conjecture", "correction") else inside.find(value)
        out: list[str] = []
        for j, ch in enumerate(value):
            span = marks.get(at + j) if ch == NESTED_MARK and at >= 0 else None
            if span is None:
                out.append(ch)
                continue
            a, b = span
            quoted = text[a : min(b, a + _QUOTE_LIMIT)]
            out.append(quoted if b - a <= _QUOTE_LIMIT else quoted + "…")
        changes[name] = "".join(out)
    return dataclasses.replace(info, **changes) if changes else info  # type: ignore[arg-type]


def _read_bytes(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise LacunaError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def read_text_file(path: str | Path) -> str:
    """Read a file as UTF-8 without newline translation; undecodable bytes are kept
    (as lone surrogates, ``surrogateescape``) so a diplomatic render restores them.
    """
    return _read_bytes(path).decode("utf-8", errors="surrogateescape")


def parse_bytes(
    data: bytes,
    *,
    source: str | None = None,
    strict: bool = False,
    conventions: Conventions | None = None,
) -> Document:
    """Decode UTF-8 bytes (a file's, standard input's) and parse them, checking the encoding.

    Line breaks are not translated; bytes that are not UTF-8 are kept (as lone surrogates,
    ``surrogateescape``) so a diplomatic render restores them, and the first of them gets an
    ``invalid-utf8`` diagnostic. In strict mode it is an error, like a bracket problem: the
    one that comes first in the text is raised. ``source`` names the input in diagnostics.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"parse_bytes() takes bytes, not {type(data).__name__}")
    text = str(data, "utf-8", "surrogateescape")
    bad = _undecoded(text, source, strict)
    if bad is not None and strict:
        try:
            parse(text, source=source, strict=True, conventions=conventions)
        except MarkupError as exc:
            if exc.diagnostic.start < bad.start:
                raise  # a bracket problem comes first in the text
        raise MarkupError(bad)
    doc = parse(text, source=source, strict=strict, conventions=conventions)
    if bad is not None:
        diagnostics = tuple(sorted((bad, *doc.diagnostics), key=lambda d: d.start))
        doc = doc.with_diagnostics(diagnostics)
    return doc


def parse_file(path: str | Path, strict: bool = False, *, conventions: Conventions | None = None) -> Document:
    """Read and parse a UTF-8 file (see :func:`parse_bytes`); the file name appears in
    diagnostics and errors.

    In strict mode, bytes that are not UTF-8 are an error too.
    """
    return parse_bytes(_read_bytes(path), source=str(path), strict=strict, conventions=conventions)


def _undecoded(text: str, name: str | None, strict: bool = False) -> Diagnostic | None:
    """A diagnostic for the first byte that was not UTF-8, if any (strict: an error, not kept)."""
    bad = _UNDECODED.search(text)
    if bad is None:
        return None
    i = bad.start()
    line, column = SourceText(text, name).line_column(i)
    kept = "" if strict else " (kept as is)"
    message = f"byte 0x{ord(bad.group()) - 0xDC00:02x} is not valid UTF-8{kept}"
    return Diagnostic("invalid-utf8", message, line, column, i, i + 1, name)
