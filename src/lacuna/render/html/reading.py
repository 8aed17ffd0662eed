"""The text of the HTML edition: every character of the document, each span an element styled
by its category and by what the clean view does with it (:mod:`.conventions`), the white space
the clean view's reading joins marked, the page's regions wrapped.

Written from the document's compact tree (:class:`lacuna.ast.Tree`: the spans in order, the
text runs between them) as a list of string pieces joined once: each span's start and end
markup (made from a start cached per reading and region, its line and column from one
vectorised search of the line starts), and between them the text runs, sliced from the text
at the brackets, which the spans' and the regions' events put in order (one sort of their
offsets). What depends only on a span's reading (its action, classes, tooltip fields) is
worked out once per shared :class:`~lacuna.ast.SpanInfo`. Only a run that holds seam white
space (:func:`lacuna.editorial.seam_ranges`) or lies directly inside an uncertain reading
read through its children is written piece by piece.
"""

from __future__ import annotations

import bisect
from collections import Counter
from itertools import compress
from operator import attrgetter
from typing import Any, NamedTuple

import numpy as np

from lacuna.ast import Document
from lacuna.editorial import descend, footnotes, seam_ranges
from lacuna.render.html.conventions import GAP_MARK, SHAPES, VIEW_RULES, SpanStyle, span_style
from lacuna.render.html.escape import attr, escaper

__all__ = ["MAX_DEPTH", "Regions", "Written", "body", "seams"]

#: Deepest nesting of span elements written; deeper spans are shown as text.
MAX_DEPTH = 100


class Regions:
    """The page's regions (title, body, summary, notes, chrome): where each starts and its
    name, as :meth:`lacuna.pages.Page.region_at` gives it (asked once per region)."""

    def __init__(self, page: Any) -> None:
        regions = list(getattr(page, "regions", None) or ())
        if getattr(page, "format", "unknown") == "unknown":
            regions = []
        self.starts: list[int] = [r.start for r in regions]
        self.names: list[str] = [page.region_at(start) for start in self.starts]

    def index(self, offsets: np.ndarray) -> np.ndarray:
        """The number of the region at each of ``offsets`` (a page's regions start at 0)."""
        at = np.searchsorted(np.asarray(self.starts, dtype=np.int64), offsets, side="right") - 1
        return np.maximum(at, 0)

    def of(self, offsets: np.ndarray) -> list[str | None]:
        """The region at each of ``offsets`` (None off a page)."""
        if not self.starts:
            return [None] * len(offsets)
        names = np.empty(len(self.names), dtype=object)
        names[:] = self.names
        return names[self.index(offsets)].tolist()


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


_category = attrgetter("category")


def _plain(text: str, a: int, b: int, cut: list[tuple[int, int]], cut_ends: list[int], esc: Any) -> str:
    """Source text ``[a, b)``, escaped, the seam white space in it marked."""
    out = []
    i = bisect.bisect_right(cut_ends, a)  # the first seam that ends after a
    while a < b:
        if i >= len(cut) or cut[i][0] >= b:
            out.append(esc(text[a:b]))
            break
        s, e = max(cut[i][0], a), min(cut[i][1], b)
        if a < s:
            out.append(esc(text[a:s]))
        out.append(f'<span class="seam">{esc(text[s:e])}</span>')
        a = e
        i += 1
    return "".join(out)


def _clipped(text: str, a: int, b: int, clip: tuple[int, int], plain: Any, esc: Any) -> str:
    """The text run ``[a, b)`` directly inside an uncertain reading read through its children
    (``clip``: its reading range): its question marks hidden in the clean view like brackets."""
    lo, hi = max(a, clip[0]), max(min(b, clip[1]), max(a, clip[0]))
    out = []
    if a < lo:
        out.append(f'<span class="br">{esc(text[a:lo])}</span>')
    if lo < hi:
        out.append(plain(lo, hi))
    if hi < b:
        out.append(f'<span class="br">{esc(text[hi:b])}</span>')
    return "".join(out)


class _Markup(NamedTuple):
    """Each span's start (element start tag and what follows it) and end markup (None for a
    span not written as an element), and the reading range of each span read through its
    children (by span number)."""

    opens: list[str | None]
    closers: list[str | None]
    clips: dict[int, tuple[int, int]]


def _markup(
    doc: Document,
    regions: Regions,
    lines: list[int],
    columns: list[int],
    span_regions: list[str | None],
    shown: list[bool] | None,
    pages: list[tuple[str, str]],
    esc: Any,
) -> _Markup:
    """The markup of each span (``shown``: which spans are elements, None for all; ``esc``:
    how text is escaped); each page break's anchor goes to ``pages``."""
    text = doc.text
    tree = doc.tree
    infos = tree.infos
    count = len(infos)
    styles: dict[int, SpanStyle] = {}  # id(SpanInfo) -> its style
    # most spans: the element up to its source line, made once per reading and region: each
    # span's key numbers its reading (by the identity of its SpanInfo) and its region
    ids = np.fromiter(map(id, infos), dtype=np.int64, count=count)
    _, key = np.unique(ids, return_inverse=True)
    if regions.starts:
        key = key * len(regions.starts) + regions.index(np.asarray(tree.starts, dtype=np.int64))
    keys, inverse = np.unique(key, return_inverse=True)
    first = np.empty(len(keys), dtype=np.int64)  # a span of each key
    first[inverse[::-1]] = np.arange(count - 1, -1, -1, dtype=np.int64)
    tips: dict[str | None, str] = {}
    # (its start up to the line, what follows the line, its end markup or None when it shows
    # its own text in the clean view, whether it is read as a reading)
    heads: list[tuple[str, str, str | None, bool] | None] = []
    for j in first.tolist():
        info = infos[j]
        style = styles.get(id(info))
        if style is None:
            style = styles[id(info)] = span_style(info)
        if info.category not in _OWN_MARKUP:
            region = span_regions[j]
            tip = tips.get(region)
            if tip is None:
                tip = tips[region] = _region_tip(region)
            prefix = (
                f'<span class="{style.classes}" tabindex="0" title="{style.label}{style.fields}{tip}'
                "\nsource line "
            )
            if style.action != "reading":
                heads.append((prefix, style.shape.head, style.closer, False))
            else:  # its end shows the reading: the conjecture, or the span's text (per span)
                tail, conjecture = style.shape.tail, info.conjecture
                closer = (
                    None if conjecture is None else f'{tail}<span class="alt">{esc(conjecture)}</span></span>'
                )
                heads.append((prefix, style.shape.head, closer, True))
        else:
            heads.append(None)
    head_of = np.empty(len(heads), dtype=object)
    head_of[:] = heads
    found = head_of[inverse].tolist()
    opens: list[str | None] = [
        None
        if h is None
        else f'{h[0]}{line}, column {column}" data-line="{line}" data-column="{column}">{h[1]}'
        for h, line, column in zip(found, lines, columns, strict=True)
    ]
    closers: list[str | None] = [None if h is None else h[2] for h in found]
    clips: dict[int, tuple[int, int]] = {}
    rest = [j for j, h in enumerate(found) if (h is None or h[3]) and (shown is None or shown[j])]
    if not rest:
        return _Markup(opens, closers, clips)
    starts, ends, sizes = tree.starts, tree.ends, tree.sizes
    read = SHAPES["reading"].tail
    if any(found[j] is not None for j in rest):  # the readings without spans inside
        whole = []
        for j in rest:
            if found[j] is None or sizes[j]:
                whole.append(j)
            elif closers[j] is None:
                closers[j] = f'{read}<span class="alt">{esc(text[starts[j] + 1 : ends[j] - 1])}</span></span>'
        rest = whole
    links = _Links(doc) if any(infos[j].category == "footnote_ref" for j in rest) else None
    for j in rest:  # in text order: page breaks are numbered, a note's first reference found
        info = infos[j]
        start, end = starts[j], ends[j]
        style = styles[id(info)]
        action, classes, shape = style.action, style.classes, style.shape
        category = info.category
        clip = None
        if action == "reading" and sizes[j]:
            clip = descend(tree.span(j), VIEW_RULES, action)
            if clip is not None:  # shown through its children, as lacuna.render.clean reads it
                shape = SHAPES["unwrap"]
                classes = classes.rpartition(" ")[0] + " a-unwrap"
                clips[j] = clip
        glossed = ""
        if category == "gloss":
            gs, ge = tree.glossed(j)
            if gs is not None and ge is not None and ge > gs:
                glossed = attr(f"\nglosses: {text[gs:ge]}")
        tag, link, anchor = "span", "", ""
        if category == "footnote_ref" and links is not None:
            tag, link = links.of(start, end, info.number)
        elif category == "page_break":  # an anchor for the page navigation, shown in both views
            name = f"page-{len(pages) + 1}"
            pages.append((name, text[start + 1 : end - 1].strip()[:60] or f"page {len(pages) + 1}"))
            anchor = f'<span class="pb" id="{name}"></span>'
        line, column = lines[j], columns[j]
        opens[j] = (
            f'{anchor}<{tag} class="{classes}"{link} tabindex="0" title="{style.label}{glossed}{style.fields}'
            f'{_region_tip(span_regions[j])}\nsource line {line}, column {column}" data-line="{line}"'
            f' data-column="{column}">{shape.head}'
        )
        if shape.alt is None:
            closers[j] = style.closer if tag == "span" and clip is None else f"{shape.tail}</{tag}>"
        elif shape.alt == "gap":
            closers[j] = f'{shape.tail}<span class="alt">{esc(GAP_MARK)}</span></{tag}>'
        else:  # the reading
            reading = info.conjecture if info.conjecture is not None else text[start + 1 : end - 1]
            closers[j] = f'{shape.tail}<span class="alt">{esc(reading)}</span></{tag}>'
    return _Markup(opens, closers, clips)


class _Links:
    """A note's label and its references link to each other."""

    def __init__(self, doc: Document) -> None:
        self.text = text = doc.text
        self.notes = notes = footnotes(doc, references=False)
        self.labels = {n.label.start: n for n in notes.notes}
        self.referenced: set[str] = set()  # notes whose first reference has its id
        self.first_refs: dict[str, int] = {}  # note id -> the start of its first reference
        if notes.ids:
            tree = doc.tree
            starts, ends = tree.starts, tree.ends
            for j, info in enumerate(tree.infos):
                if info.category == "footnote_ref" and starts[j] not in self.labels:
                    target = notes.target(info.number, text[starts[j] + 1 : ends[j] - 1])
                    if target is not None:
                        self.first_refs.setdefault(target, starts[j])

    def of(self, start: int, end: int, number: str | None) -> tuple[str, str]:
        """The element and link attributes of a note reference or label at ``start``."""
        note = self.labels.get(start)
        if note is not None:
            if note.ident is None:
                return "span", ""
            back = f' href="#ref-{note.ident}"' if note.ident in self.first_refs else ""
            return "a", f' id="{note.ident}"{back}'
        notes = self.notes
        target = notes.target(number, self.text[start + 1 : end - 1]) if notes.ids else None
        if target is None:
            return "span", ""
        anchor = ""
        if self.first_refs.get(target) == start and target not in self.referenced:
            self.referenced.add(target)
            anchor = f' id="ref-{target}"'
        return "a", f' href="#{target}"{anchor}'


def _region_events(
    text: str, regions: Regions, top_starts: np.ndarray, top_ends: np.ndarray
) -> tuple[list[int], list[str], bool]:
    """Where the region wrappers change: offsets and markup, and whether one is left open.

    A region starting inside a top-level span is entered where that span ends."""
    if not regions.starts:
        return [], [], False
    places = set()
    for s in regions.starts:
        k = int(np.searchsorted(top_starts, s, side="right")) - 1
        p = int(top_ends[k]) if k >= 0 and top_starts[k] < s < top_ends[k] else s
        if p < len(text):
            places.add(p)
    at = sorted(places)
    offsets, markup = [], []
    current: str | None = None
    for p, name in zip(at, regions.of(np.asarray(at, dtype=np.int64)), strict=True):
        if name != current:
            offsets.append(p)
            close = "</span>" if current is not None else ""
            markup.append(f'{close}<span class="rg rg-{attr(name)}" data-region="{attr(name)}">')
            current = name
    return offsets, markup, current is not None


def body(doc: Document, regions: Regions, written: Written, bad: bool = True) -> list[str]:
    """The text as HTML, in pieces to be joined (see the module docstring); what the page
    takes from it goes to ``written`` (``bad``: whether the text may hold characters HTML
    cannot carry)."""
    text = doc.text
    tree = doc.tree
    infos = tree.infos
    count = len(infos)
    esc = escaper(text, bad)
    # every span is counted, those nested too deep to be elements too
    written.counts.update(Counter(map(_category, infos)))
    starts = np.asarray(tree.starts, dtype=np.int64)
    ends = np.asarray(tree.ends, dtype=np.int64)
    # how deep each span is: the spans before it less those that end before it starts
    depth = np.arange(count, dtype=np.int64) - np.searchsorted(np.sort(ends), starts, side="right")
    lines, columns = _lines_and_columns(doc)
    span_regions = regions.of(starts)
    deep = bool(count) and int(depth.max()) >= MAX_DEPTH
    shown = (depth < MAX_DEPTH).tolist() if deep else None
    marks = _markup(doc, regions, lines, columns, span_regions, shown, written.pages, esc)
    opens, closers = marks.opens, marks.closers
    if shown is None:
        written.used.update(lines)
        elements = np.arange(count, dtype=np.int64)
    else:  # a span at MAX_DEPTH is shown as its text, and the spans inside it are in it
        written.used.update(compress(lines, shown))
        elements = np.flatnonzero(depth < MAX_DEPTH)
        opens, closers = list(compress(opens, shown)), list(compress(closers, shown))
    as_text = np.flatnonzero(depth == MAX_DEPTH)
    top = depth == 0
    region_at, region_markup, region_open = _region_events(text, regions, starts[top], ends[top])
    # the events, in text order: each span's opening bracket (its start markup) and closing
    # bracket (its end markup), each span shown as text (its whole extent), each change of
    # region (no character: before a span starting there); the text runs lie between them
    n_open = len(elements)
    open_at = starts[elements]
    close_at = ends[elements] - 1
    text_at, text_end = starts[as_text], ends[as_text]
    region_np = np.asarray(region_at, dtype=np.int64)
    at = np.concatenate([open_at, close_at, text_at, region_np])
    after = np.concatenate([open_at + 1, close_at + 1, text_end, region_np])
    rank = 2 * at + 1
    rank[len(at) - len(region_np) :] -= 1
    order = np.argsort(rank, kind="stable")
    markup_all = (
        opens + closers + [esc(text[s:e]) for s, e in zip(text_at.tolist(), text_end.tolist(), strict=True)]
    )
    markup_all += region_markup
    markup = [markup_all[k] for k in order.tolist()]
    run_a = np.concatenate([[0], after[order]]).tolist()
    run_b = np.concatenate([at[order], [len(text)]]).tolist()
    runs = [text[a:b] for a, b in zip(run_a, run_b, strict=True)]
    if esc is not str:
        runs = list(map(esc, runs))
    # the runs that are more than escaped text: those holding seam white space, those
    # directly inside an uncertain reading read through its children
    special: dict[int, tuple[int, int] | None] = {}
    cut = seams(doc)
    if cut:
        cut_starts = np.asarray([c[0] for c in cut], dtype=np.int64)
        cut_ends_np = np.asarray([c[1] for c in cut], dtype=np.int64)
        a_np, b_np = np.asarray(run_a, dtype=np.int64), np.asarray(run_b, dtype=np.int64)
        holding = np.searchsorted(cut_starts, b_np, side="left")
        holding -= np.searchsorted(cut_ends_np, a_np, side="right")
        special = dict.fromkeys(np.flatnonzero((holding > 0) & (a_np < b_np)).tolist())
    if marks.clips:
        rank_of = np.empty(len(order), dtype=np.int64)
        rank_of[order] = np.arange(len(order), dtype=np.int64)
        step = np.zeros(len(at), dtype=np.int64)
        step[:n_open] = 1
        step[n_open : 2 * n_open] = -1
        run_depth = np.concatenate([[0], np.cumsum(step[order])])
        for j, clip in marks.clips.items():
            k = j if shown is None else int(np.searchsorted(elements, j))
            first, last = int(rank_of[k]) + 1, int(rank_of[n_open + k])
            inside = np.flatnonzero(run_depth[first : last + 1] == run_depth[first]) + first
            for i in inside.tolist():
                if run_a[i] < run_b[i]:
                    special[i] = clip
    if special:
        cut_ends = [c[1] for c in cut]

        def plain(a: int, b: int) -> str:
            return _plain(text, a, b, cut, cut_ends, esc)

        for i, clip in special.items():
            a, b = run_a[i], run_b[i]
            runs[i] = plain(a, b) if clip is None else _clipped(text, a, b, clip, plain, esc)
    out: list[str] = [""] * (len(runs) + len(markup))
    out[0::2] = runs
    out[1::2] = markup
    if region_open:
        out.append("</span>")
    return out
