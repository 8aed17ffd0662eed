"""The text of the HTML edition: every character of the document, each span an element styled
by its category and by what the clean view does with it (:mod:`.conventions`), the white space
the clean view's reading joins marked, the page's regions wrapped.

Written in one pass over the document's compact tree (:class:`lacuna.ast.Tree`: the spans in
order, the text runs between them), as a list of string pieces joined once; what depends
only on a span's reading (its action, classes, tooltip fields) is worked out once per shared
:class:`~lacuna.ast.SpanInfo`; lines and columns come from a binary search of the line starts.
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import Any

import numpy as np

from lacuna.ast import Document
from lacuna.editorial import descend, footnotes, seam_ranges
from lacuna.render.html.conventions import GAP_MARK, SHAPES, VIEW_RULES, SpanStyle, span_style
from lacuna.render.html.escape import attr, escaper

__all__ = ["MAX_DEPTH", "Regions", "Written", "body", "seams"]

#: Deepest nesting of span elements written; deeper spans are shown as text.
MAX_DEPTH = 100


class Regions:
    """The page's regions (title, body, summary, notes, chrome), looked up by offset."""

    def __init__(self, page: Any) -> None:
        regions = list(getattr(page, "regions", None) or ())
        if getattr(page, "format", "unknown") == "unknown":
            regions = []
        self.starts = [r.start for r in regions]
        self.page = page
        # the last answer and the region starts around it: the offsets asked come in order,
        # so Page.region_at is asked once per region, not once per node; the writer reads
        # them to skip asking about an offset inside [lo, hi)
        self.name: str | None = None
        self.lo = self.hi = 0

    def at(self, offset: int) -> str | None:
        """The region at ``offset`` (:meth:`lacuna.pages.Page.region_at`), None off a page."""
        if not self.starts:
            return None
        if not self.lo <= offset < self.hi:
            i = bisect.bisect_right(self.starts, offset)
            self.lo = self.starts[i - 1] if i else -1
            self.hi = self.starts[i] if i < len(self.starts) else len(self.page.text)
            self.name = self.page.region_at(offset)
        return self.name

    def cuts(self, start: int, end: int) -> list[int]:
        """Region starts strictly inside ``(start, end)``."""
        if self.lo <= start and end <= self.hi:
            return []  # inside the region last asked about
        lo = bisect.bisect_right(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.starts[lo:hi]


def seams(doc: Document) -> list[tuple[int, int]]:
    """The runs of white space the clean view's reading cuts, as ``(start, end)`` offsets, in order.

    :func:`lacuna.editorial.seam_ranges` under the view's rules: the white space
    :func:`lacuna.editorial.seam_cuts` cuts from the source pieces of the reading of
    :func:`lacuna.editorial.reading_pieces` (the offsets the ``brackets`` step of
    :mod:`lacuna.normalize` deletes), read around the dropped spans only. (The white space the
    reading skips inside an uncertain reading read through its children is shown as its
    question marks are.)
    """
    return seam_ranges(doc, VIEW_RULES)


class Written:
    """What the page around the text takes from it: the lines that hold a span (``used``),
    each page break's anchor and label (``pages``), the spans counted by category
    (``counts``)."""

    def __init__(self) -> None:
        self.used: set[int] = set()
        self.pages: list[tuple[str, str]] = []
        self.counts: dict[str, int] = {}


def _region_tip(region: str | None) -> str:
    """The tooltip's line naming the region (none off a page)."""
    return attr(f"\nregion: {region}") if region else ""


#: The categories whose element is more than a span with a tooltip: a gloss names what it
#: glosses, a note reference links to its note, a page break has an anchor.
_OWN_MARKUP = frozenset({"gloss", "footnote_ref", "page_break"})


def _lines_and_columns(doc: Document) -> tuple[list[int], list[int]]:
    """The line and column of each span's start, as :meth:`lacuna.ast.SourceText.line_column`
    gives them (one vectorised binary search of the line starts)."""
    line_starts = np.asarray(doc.src.line_starts(), dtype=np.int64)
    starts = np.asarray(doc.tree.starts, dtype=np.int64)
    lines = np.searchsorted(line_starts, starts, side="right")
    columns = starts - line_starts[lines - 1] + 1
    if doc.text.startswith("\ufeff"):  # a byte-order mark is no text: line 1 counts after it
        columns[(lines == 1) & (starts > 0)] -= 1
    return lines.tolist(), columns.tolist()


def body(doc: Document, regions: Regions, written: Written, bad: bool = True) -> list[str]:
    """The text as HTML, in pieces to be joined (see the module docstring); what the page
    takes from it goes to ``written`` (``bad``: whether the text may hold characters HTML
    cannot carry)."""
    text = doc.text
    tree = doc.tree
    starts, ends, sizes, infos = tree.starts.tolist(), tree.ends.tolist(), tree.sizes.tolist(), tree.infos
    esc = escaper(text, bad)
    out: list[str] = []
    append = out.append
    used, pages, counts = written.used, written.pages, written.counts
    current: str | None = None  # the open region wrapper (top level only)
    has_regions = bool(regions.starts)
    styles: dict[int, SpanStyle] = {}  # id(SpanInfo) -> its style
    prefixes: dict[tuple[int, str | None], str] = {}  # (id(SpanInfo), region) -> its element's start
    # every span is counted, those nested too deep to be elements too
    counts.update(Counter(info.category for info in infos))
    lines, columns = _lines_and_columns(doc)

    def enter_region(offset: int) -> None:
        nonlocal current
        name = regions.at(offset)
        if name != current:
            if current is not None:
                append("</span>")
            if name is not None:
                append(f'<span class="rg rg-{attr(name)}" data-region="{attr(name)}">')
            current = name

    # a note's label and its references link to each other
    notes = footnotes(doc, references=False)
    labels = {n.label.start: n for n in notes.notes}
    referenced: set[str] = set()  # notes whose first reference has its id
    first_refs: dict[str, int] = {}  # note id -> the start of its first reference
    if notes.ids:
        for j, info in enumerate(infos):
            if info.category == "footnote_ref" and starts[j] not in labels:
                target = notes.target(info.number, text[starts[j] + 1 : ends[j] - 1])
                if target is not None:
                    first_refs.setdefault(target, starts[j])

    def links(start: int, end: int, number: str | None) -> tuple[str, str]:
        """The element and link attributes of a note reference or label at ``start``."""
        note = labels.get(start)
        if note is not None:
            if note.ident is None:
                return "span", ""
            back = f' href="#ref-{note.ident}"' if note.ident in first_refs else ""
            return "a", f' id="{note.ident}"{back}'
        target = notes.target(number, text[start + 1 : end - 1]) if notes.ids else None
        if target is None:
            return "span", ""
        anchor = ""
        if first_refs.get(target) == start and target not in referenced:
            referenced.add(target)
            anchor = f' id="ref-{target}"'
        return "a", f' href="#{target}"{anchor}'

    # the white space the clean reading joins where a span was dropped (a note on a line of
    # its own leaves no blank lines): hidden in the clean view
    cut = seams(doc)
    seam_at = 0  # the first seam that may reach past the text written so far
    no_seam = len(text) + 1  # text before this offset holds no seam
    seam_before = cut[0][0] if cut else no_seam

    def plain(a: int, b: int) -> None:
        """Source text ``[a, b)``, its seam white space marked (called in text order)."""
        nonlocal seam_at, seam_before
        while seam_at < len(cut) and cut[seam_at][1] <= a:
            seam_at += 1
        seam_before = cut[seam_at][0] if seam_at < len(cut) else no_seam
        i = seam_at
        while a < b:
            while i < len(cut) and cut[i][1] <= a:
                i += 1
            if i >= len(cut) or cut[i][0] >= b:
                append(esc(text[a:b]))
                return
            s, e = max(cut[i][0], a), min(cut[i][1], b)
            if a < s:
                append(esc(text[a:s]))
            append(f'<span class="seam">{esc(text[s:e])}</span>')
            a = e

    def run(a: int, b: int, clip: tuple[int, int] | None, top: bool) -> None:
        """The text run ``[a, b)``: directly inside an uncertain reading read through its
        children (``clip``: its reading range), at the top level (``top``) or in a span."""
        if clip is not None:
            # its question marks are hidden in the clean view like brackets
            lo, hi = max(a, clip[0]), max(min(b, clip[1]), max(a, clip[0]))
            if a < lo:
                append(f'<span class="br">{esc(text[a:lo])}</span>')
            if lo < hi:
                plain(lo, hi)
            if hi < b:
                append(f'<span class="br">{esc(text[hi:b])}</span>')
        elif not top or not has_regions:
            if b <= seam_before:
                append(esc(text[a:b]))
            else:
                plain(a, b)
        else:
            for c in (*regions.cuts(a, b), b):
                enter_region(a)
                if c <= seam_before:
                    append(esc(text[a:c]))
                else:
                    plain(a, c)
                a = c

    # the open spans, innermost last: (the number after its last inner span, its closing
    # bracket, its closing markup, its clip)
    open_spans: list[tuple[int, int, str, tuple[int, int] | None]] = []
    cursor = 0  # the end of what is written
    count = len(infos)
    j = 0
    while True:
        while open_spans and j >= open_spans[-1][0]:
            _, close, closer, clip = open_spans.pop()
            if cursor < close:
                if clip is None and close <= seam_before:
                    append(esc(text[cursor:close]))  # (most text: no seam, no question marks)
                else:
                    run(cursor, close, clip, False)
            append(closer)
            cursor = close + 1
        if j >= count:
            break
        start, end, info = starts[j], ends[j], infos[j]
        if cursor < start:
            if open_spans:
                clip = open_spans[-1][3]
                if clip is None and start <= seam_before:
                    append(esc(text[cursor:start]))
                else:
                    run(cursor, start, clip, False)
            elif start <= seam_before and (
                not has_regions or (regions.lo <= cursor and start <= regions.hi and current == regions.name)
            ):
                append(esc(text[cursor:start]))  # inside the region written last
            else:
                run(cursor, start, None, True)
        depth = len(open_spans)
        if not depth and has_regions and not (regions.lo <= start < regions.hi and current == regions.name):
            enter_region(start)
        if depth >= MAX_DEPTH:  # shown as its text (it and the spans inside it are counted)
            append(esc(text[start:end]))
            cursor = end
            j += 1 + sizes[j]
            continue
        style = styles.get(id(info))
        if style is None:
            style = styles[id(info)] = span_style(info)
        line, column = lines[j], columns[j]
        used.add(line)
        region = regions.name if regions.lo <= start < regions.hi else regions.at(start)
        category = info.category
        if style.action != "reading" and category not in _OWN_MARKUP:
            # most spans: the element up to its source line, made once per reading and region
            key = (id(info), region)
            prefix = prefixes.get(key)
            if prefix is None:
                prefix = prefixes[key] = (
                    f'<span class="{style.classes}" tabindex="0" title="{style.label}{style.fields}'
                    f"{_region_tip(region)}\nsource line "
                )
            append(
                f'{prefix}{line}, column {column}" data-line="{line}" data-column="{column}">'
                f"{style.shape.head}"
            )
            open_spans.append((j + 1 + sizes[j], end - 1, style.closer, None))
            cursor = start + 1
            j += 1
            continue
        action, classes, shape = style.action, style.classes, style.shape
        clip = None
        if action == "reading" and sizes[j]:
            clip = descend(tree.span(j), VIEW_RULES, action)
            if clip is not None:  # shown through its children, as lacuna.render.clean reads it
                shape = SHAPES["unwrap"]
                classes = classes.rpartition(" ")[0] + " a-unwrap"
        glossed = ""
        if category == "gloss":
            gs, ge = tree.glossed(j)
            if gs is not None and ge is not None and ge > gs:
                glossed = attr(f"\nglosses: {text[gs:ge]}")
        tag, link = "span", ""
        if category == "footnote_ref":
            tag, link = links(start, end, info.number)
        elif category == "page_break":  # an anchor for the page navigation, shown in both views
            anchor = f"page-{len(pages) + 1}"
            pages.append((anchor, text[start + 1 : end - 1].strip()[:60] or f"page {len(pages) + 1}"))
            append(f'<span class="pb" id="{anchor}"></span>')
        tip = _region_tip(region)
        append(
            f'<{tag} class="{classes}"{link} tabindex="0" title="{style.label}{glossed}{style.fields}'
            f'{tip}\nsource line {line}, column {column}" data-line="{line}" data-column="{column}">'
        )
        append(shape.head)
        if shape.alt is None:
            closer = style.closer if tag == "span" and clip is None else f"{shape.tail}</{tag}>"
        elif shape.alt == "gap":
            closer = f'{shape.tail}<span class="alt">{esc(GAP_MARK)}</span></{tag}>'
        else:  # the reading
            reading = info.conjecture if info.conjecture is not None else text[start + 1 : end - 1]
            closer = f'{shape.tail}<span class="alt">{esc(reading)}</span></{tag}>'
        open_spans.append((j + 1 + sizes[j], end - 1, closer, clip))
        cursor = start + 1
        j += 1
    if cursor < len(text):
        run(cursor, len(text), None, True)
    if current is not None:
        append("</span>")
    return out
