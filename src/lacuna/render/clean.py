"""The clean reading text: supplied words in, notes out, gaps marked.

What happens to each category is a data table (:data:`CLEAN_RULES`), in the style of EVT's
editorial conventions: ``unwrap`` (drop the brackets, keep what is inside), ``reading``
(the uncertain reading without its question marks; for ``[sic; trials]``, the correction in
place of the word before it), ``mark`` (replace by the gap mark), ``conjecture`` (a gap's
conjecture as ``⟨close⟩``, else the gap mark),
``keep`` (the span as written) and ``drop``. Pass ``rules=`` to change any of them.

Where a dropped span leaves white space that would read wrong (two spaces, a space before
punctuation, an empty line), it is joined as a reader would (:func:`seam_cuts`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lacuna.ast import Document
from lacuna.editorial import (
    CLEAN_RULES,
    DEFAULT_GAP_MARK,
    NOTE_PLACES,
    Decisions,
    clean_action,
    clean_table,
    collector_paused,
    convention,
    descend,
    footnotes,
    reading_pieces,
    seam_cuts,
)
from lacuna.errors import expect

__all__ = [
    "CLEAN_RULES",
    "DEFAULT_GAP_MARK",
    "Decisions",
    "clean",
    "clean_action",
    "clean_table",
    "convention",
    "descend",
    "seam_cuts",
]


def clean(
    doc: Document,
    *,
    gap_mark: str = DEFAULT_GAP_MARK,
    rules: Mapping[str, str] | None = None,
    notes: str = "end",
    keep: Sequence[tuple[int, int]] | None = None,
) -> str:
    """Return the reading text of ``doc`` (see :data:`CLEAN_RULES`).

    ``notes`` says where the notes go (:data:`lacuna.editorial.NOTE_PLACES`): ``end`` keeps
    the note references and moves each note (its label ``[1]`` and its text, see
    :func:`lacuna.editorial.footnotes`) to the end of the text, one a line; ``inline`` keeps
    references and notes where they are; ``drop`` drops both. ``rules`` may still set the
    ``footnote_ref`` action. ``keep`` limits the text to these ``(start, end)`` ranges (in
    order; the body of a page, :func:`body_ranges`): what lies outside them goes.
    """
    expect(doc, Document, "clean", "doc")
    expect(gap_mark, str, "clean", "gap_mark")
    if notes not in NOTE_PLACES:
        raise ValueError(f"clean() argument 'notes' must be one of {', '.join(NOTE_PLACES)}, not {notes!r}")
    table = clean_table({"footnote_ref": "drop" if notes == "drop" else "keep", **_rules(rules, "clean")})
    with collector_paused():  # the reading walk's pieces, gone before it runs again
        return _clean(doc, table, gap_mark, notes, keep)


def _clean(
    doc: Document, table: dict[str, str], gap_mark: str, notes: str, keep: Sequence[tuple[int, int]] | None
) -> str:
    """:func:`clean`, its arguments checked."""
    text = doc.text
    # extents: (start, end, moved) in order, not overlapping: a note moved to the end, or
    # text that goes (a note dropped, text outside ``keep``)
    outside = _outside(keep, len(text)) if keep is not None else []
    extents: list[tuple[int, int, bool]] = [(s, e, False) for s, e in outside]
    if notes != "inline":
        found = [(n.start, n.end) for n in footnotes(doc).notes if not _overlaps(n.start, n.end, outside)]
        moving = notes == "end" and not _at_end(text, found)
        if notes == "drop" or moving:
            extents = sorted([*extents, *((s, e, moving) for s, e in found)])
    pieces, shown = reading_pieces(doc, table, gap_mark)
    if not extents:
        return _joined([pieces[k][2] if k >= 0 else None for k in shown])
    # route each shown piece by its offset: the text, a moved note, or gone (one seam each)
    main: list[str | None] = []
    moved: dict[int, list[str | None]] = {}
    x = 0  # the extent at or after the piece

    def put(out: str | None, where: int) -> None:
        if where < 0:
            main.append(out)
        elif extents[where][2]:
            if where not in moved:
                main.append(None)  # where the note was: a seam
            moved.setdefault(where, []).append(out)
        elif where not in gone:
            gone.add(where)
            main.append(None)  # the whole extent is one seam

    gone: set[int] = set()
    for k in shown:
        a0, a1, out, source = pieces[k if k >= 0 else ~k]
        if k < 0:
            out = None
        while True:
            while x < len(extents) and extents[x][1] <= a0:
                x += 1
            inside = x < len(extents) and extents[x][0] <= a0
            bound = (extents[x][1] if inside else extents[x][0]) if x < len(extents) else a1
            if not source or bound >= a1 or out is None:
                put(out, x if inside else -1)
                break
            put(out[: bound - a0], x if inside else -1)  # source text crossing an extent's edge
            out, a0 = out[bound - a0 :], bound
    if not moved:
        return _joined(main)
    body = _joined(main).rstrip()
    tail = "\n".join(_joined(m).strip() for m in moved.values())
    return f"{body}\n\n{tail}\n" if body else tail + "\n"


def body_ranges(page: object) -> list[tuple[int, int]]:
    """The ``(start, end)`` ranges of a page's body regions (a :class:`lacuna.page.Page`)."""
    return [(r.start, r.end) for r in getattr(page, "regions", ()) if r.name == "body"]


def _outside(keep: Sequence[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The ranges of ``[0, n)`` that no range of ``keep`` covers."""
    out = []
    pos = 0
    for start, end in sorted(keep):
        if start > pos:
            out.append((pos, min(start, n)))
        pos = max(pos, end)
    if pos < n:
        out.append((pos, n))
    return [(s, e) for s, e in out if s < e]


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)  # (a page has few ranges)


def _at_end(text: str, extents: list[tuple[int, int]]) -> bool:
    """Whether the notes end the text: only white space after and between them."""
    pos = extents[0][0] if extents else len(text)
    for start, end in extents:
        if text[pos:start].strip():
            return False
        pos = end
    return not text[pos:].strip()


def _joined(pieces: Sequence[str | None]) -> str:
    """The pieces joined, dropped spans' seams closed (:func:`seam_cuts`)."""
    cuts = seam_cuts(pieces)
    out = []
    for k, piece in enumerate(pieces):
        if piece is None:
            continue
        cut = cuts.get(k)
        out.append(piece if cut is None else piece[cut[0] : len(piece) - cut[1]])
    return "".join(out)


def _rules(rules: object, function: str) -> Mapping[str, str]:
    """``rules`` checked: a mapping of category names to action names."""
    if rules is None:
        return {}
    if not isinstance(rules, Mapping):
        kind = type(rules).__name__
        raise TypeError(f"{function}() argument 'rules' must be a mapping of category to action, not {kind}")
    for key, value in rules.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{function}() argument 'rules' must map str to str, not {key!r}: {value!r}")
    return rules
