"""The body of the TEI edition: one walk of the document that fills ``<text>``, each zone
of the page in its division, the text in paragraphs, each span as its elements, a note's
label opening its ``<note place="foot">`` and each reference pointing to it."""

from __future__ import annotations

import bisect

import regex
from lxml import etree

from lacuna.ast import Document, Span
from lacuna.conventions import Conventions, fold
from lacuna.editorial import footnotes, gloss_relation
from lacuna.render.tei.conventions import _NOTE_TYPES, _cert, _dimensions, _reason
from lacuna.render.tei.xml import _XML_ID, _attr, _Builder
from lacuna.render.tei.zones import _DIVISIONS, _Zone

__all__ = ["MAX_DEPTH"]

#: Deepest element nesting written for spans (below ``<body>``); deeper spans become text.
MAX_DEPTH = 200

# starts only where a run of spaces starts: tried at every space of a long run, the leading
# [ \t]* would rescan the rest of the run each time (quadratic on a line of spaces)
_BLANK_LINES = regex.compile(r"(?<![ \t])[ \t]*+(?:\r\n?|\n)(?:[ \t]*+(?:\r\n?|\n))++")
_WORD_BEFORE = regex.compile(r"(\S+)(\s*)\Z")


def _plan(doc: Document) -> tuple[dict[int, int], dict[int, tuple[int, int, int]]]:
    """Where glosses and ``[sic]`` take words from the text before them.

    Returns ``cuts`` (the start of a text run → the offset where it stops) and ``takes`` (the
    start of a span → ``(start, end, resume)``: the taken words and where the text after them
    resumes). Read from the compact tree (the spans in order; the text run before a span is
    the text between the previous span or bracket of its parent and the span).
    """
    cuts: dict[int, int] = {}
    takes: dict[int, tuple[int, int, int]] = {}
    text = doc.text
    tree = doc.tree
    starts, ends, sizes, infos = tree.starts, tree.ends, tree.sizes, tree.infos
    # per open span: the number after its last inner span, and the end of what came before
    # in its parent once it closes (its own end)
    open_spans: list[tuple[int, int]] = []
    cursor = 0  # where the text run before the next span starts
    for j in range(len(infos)):
        while open_spans and j >= open_spans[-1][0]:
            cursor = open_spans.pop()[1]
        start = starts[j]
        category = infos[j].category
        if cursor < start and category in _TAKERS:  # a text run right before the span
            if category == "gloss":
                gs, ge = tree.glossed(j)
                if gs is not None and ge is not None and cursor <= gs < ge <= start:
                    if gloss_relation(infos[j]) == "same":
                        gs, ge = _orig_extent(text, cursor, gs, ge, start)
                    cuts[cursor] = gs
                    takes[start] = (gs, ge, ge)
            else:
                m = _WORD_BEFORE.search(text, cursor, start)
                if m is not None:
                    cuts[cursor] = m.start(1)
                    takes[start] = (m.start(1), m.end(1), m.end(1))
        open_spans.append((j + 1 + sizes[j], ends[j]))
        cursor = start + 1
    return cuts, takes


#: The categories that take words from the text before them.
_TAKERS = frozenset({"gloss", "sic", "correction"})

#: A closing quote or parenthesis → the opening one it pairs with.
_OPENING = {
    "”": "“",
    "“": "„",
    "’": "‘",
    "‘": "‚",
    "»": "«",
    "›": "‹",
    ")": "(",
    '"': '"',
    "'": "'",
    "_": "_",
}


def _orig_extent(text: str, lo: int, gs: int, ge: int, start: int) -> tuple[int, int]:
    """What ``<orig>`` holds of a gloss's glossed words ``[gs, ge)`` (the bracket at ``start``,
    the text run before it from ``lo``): ``<choice>`` may hold only its alternatives and white
    space, so the characters between the words and the bracket other than white space
    (``“opaska” [armband]``: the closing quote) go into ``<orig>`` with them, in the text's
    order, and so does the opening quote or parenthesis right before the words that the first
    of them closes (``<orig>“opaska”</orig>``)."""
    end = start
    while end > ge and text[end - 1].isspace():
        end -= 1
    if end > ge and gs > lo and text[gs - 1] == _OPENING.get(text[ge]):
        gs -= 1
    return gs, end


def _pseudonym_targets() -> frozenset[str]:
    try:
        return frozenset(Conventions.default().pseudonyms_by_target)
    except Exception:  # the conventions table may change shape; persName is an extra
        return frozenset()


class _Writer:
    """Walks ``doc.events()`` once and fills ``<text>``: each zone of the page (see
    :func:`_zones`) in its division, the body's text in paragraphs."""

    def __init__(self, doc: Document, text_el: etree._Element, zones: list[_Zone]) -> None:
        self.doc = doc
        self.text = doc.text
        self.text_el = text_el
        self.b = _Builder(text_el)
        self.cuts, self.takes = _plan(doc)
        self.notes = footnotes(doc, references=False)  # each reference's note found on meeting it
        self.pseudonyms = _pseudonym_targets()
        self.zones = zones
        self.zone_starts = [z.start for z in zones]
        self.zone: _Zone | None = None  # the zone text goes to
        self.divisions: dict[int, etree._Element] = {}
        self.base = 0  # stack depth of the open block (0: none): deeper entries are spans
        self.wrapped = False  # a wrapper of the zone is open
        self.in_p = False
        self.fresh = False  # the open block holds nothing yet

    # -- zones, divisions and blocks ----------------------------------------------------

    def zone_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self.zone_starts, offset) - 1, 0)

    def switch(self, zone: _Zone) -> None:
        """Close the open block and wrapper: text from here on goes to ``zone``."""
        if zone is self.zone:
            return
        self.close_block()
        if self.wrapped:
            self.b.end()
            self.wrapped = False
        if len(self.b.stack) == 2 and (self.zone is None or self.zone.division != zone.division):
            self.b.end()  # the division ends
        self.zone = zone

    def open_block(self, leaf: tuple[str, dict[str, str]] | None = None) -> bool:
        """Open the zone's division, wrapper and block (``leaf`` instead of the zone's) as
        needed; False for left-out text."""
        zone = self.zone
        if zone is None or zone.division < 0:
            return False
        if self.base:
            return True
        b = self.b
        if len(b.stack) == 1:
            div = self.divisions.get(zone.division)
            if div is None:  # zones come in division order: a new one goes last
                div = self.divisions[zone.division] = etree.SubElement(
                    self.text_el, _DIVISIONS[zone.division]
                )
            b.flush()
            b.stack.append(div)
        if zone.wrapper is not None and not self.wrapped:
            b.start(*zone.wrapper)
            self.wrapped = True
        leaf = leaf or zone.leaf
        if leaf is not None:
            b.start(*leaf)
        else:
            b.start("p")
            self.in_p = True
        self.base = len(b.stack)
        self.fresh = True
        return True

    def close_block(self) -> None:
        if not self.base:
            return
        self.b.trim()  # trailing white space and line breaks belong to no block
        self.b.end()
        self.base = 0
        self.in_p = False

    def block_text(self, s: str) -> None:
        """Text at block level (no span open): blank lines end paragraphs."""
        zone = self.zone
        if zone is None or zone.division < 0:
            return
        pieces = _BLANK_LINES.split(s) if zone.leaf is None else [s]
        for i, piece in enumerate(pieces):
            if i:
                self.close_block()
            if not self.base or self.fresh:  # white space opens no block
                piece = piece.lstrip()
                if not piece:
                    continue
                self.open_block()
                self.fresh = False
            self.b.text(piece)

    def at(self, start: int, end: int) -> None:
        """The source text ``[start, end)`` where it stands: at block level, each zone's part in
        its zone; inside a span's element, all of it there."""
        if start >= end:
            return
        if len(self.b.stack) > self.base > 0:
            self.b.text(self.text[start:end])
            return
        i = self.zone_index(start)
        while start < end:
            zone = self.zones[i]
            stop = min(end, zone.end)
            if stop > start:
                self.switch(zone)
                self.block_text(self.text[start:stop])
            start = stop
            i += 1
            if i >= len(self.zones):
                break

    def emit(self, s: str) -> None:
        """Text written by the editor at the current place (a bracket kept as text)."""
        if len(self.b.stack) > self.base > 0:
            self.b.text(s)
        else:
            self.block_text(s)

    # -- the walk ---------------------------------------------------------------------

    def run(self) -> None:
        text = self.text
        # per open span: (span, elements pushed, outer window lo, hi, offset of a closing
        # bracket written as text on leaving, or -1)
        frames: list[tuple[Span, int, int, int, int]] = []
        skip_until: Span | None = None
        lo, hi = 0, len(text)
        for node, entering in self.doc.events():
            if skip_until is not None:
                if node is skip_until and not entering:
                    skip_until = None
                continue
            if not isinstance(node, Span):
                end = self.cuts.get(node.start, node.end)
                self.at(max(node.start, lo), min(end, hi))
                continue
            if not entering:
                _span, pushed, lo, hi, closer = frames.pop()
                for _ in range(pushed):
                    self.b.end()
                if closer >= 0:
                    self.at(closer, closer + 1)
                continue
            if node.end <= lo or node.start >= hi:
                skip_until = node
                continue
            if not (len(self.b.stack) > self.base > 0):  # at block level: which zone?
                zone = self.zones[self.zone_index(node.start)]
                if zone.end < node.end:
                    # it crosses into another zone: its brackets as text, its children in place
                    self.at(node.start, node.start + 1)
                    frames.append((node, 0, lo, hi, node.end - 1))
                    lo, hi = max(lo, node.inner_start), min(hi, node.inner_end)
                    continue
                self.switch(zone)
                note = self.notes.by_label.get(id(node))
                if note is not None and zone.leaf is None and zone.division >= 0:
                    # a note's label: the note runs to the paragraph's end or the next label
                    self.close_block()
                    attrib = {"place": "foot", "n": _attr(note.number)}
                    if note.ident is not None:
                        attrib[_XML_ID] = note.ident
                    self.open_block(("note", attrib))
                    skip_until = node
                    continue
                if not self.open_block():
                    skip_until = node  # left out with its zone
                    continue
            if len(self.b.stack) - self.base >= MAX_DEPTH:
                self.at(node.start, node.end)
                skip_until = node
                continue
            self.fresh = False
            opened = self._enter(node)
            if opened is None:
                skip_until = node
                continue
            pushed, wlo, whi, closer_at = opened
            frames.append((node, pushed, lo, hi, closer_at))
            lo, hi = max(lo, wlo), min(hi, whi)
        self.close_block()
        if self.wrapped:
            self.b.end()
            self.wrapped = False
        self.b.flush()
        if 1 not in self.divisions:  # <text> needs a <body>, between <front> and <back>
            body = etree.Element("body")
            etree.SubElement(body, "p")
            self.text_el.insert(1 if 0 in self.divisions else 0, body)

    def _enter(self, span: Span) -> tuple[int, int, int, int] | None:
        """Open the elements of a span.

        Returns ``(elements pushed, window start, window end, offset of a closing bracket
        to write as text on leaving or -1)``
        when its children are to be written inside, or None when the span was written whole.
        """
        b, info, text = self.b, span.info, self.text
        cat = info.category
        inner = (span.inner_start, span.inner_end)
        children = span.children
        only = children[0] if len(children) == 1 else None
        if isinstance(only, Span) and only.start == span.inner_start and only.end == span.inner_end:
            return 0, *inner, -1  # [[...]]: the inner span says it all
        if cat == "supplied":
            attrib = {"reason": "omitted"}
            if info.cert:
                attrib["cert"] = _cert(info.cert)
            b.start("supplied", attrib)
            return 1, *inner, -1
        if cat == "uncertain":
            b.start("unclear", {"cert": _cert(info.cert or "low")})
            if any(isinstance(c, Span) for c in children):
                return 1, *inner, -1
            b.text(span.shown_reading)
            b.end()
            return None
        if cat == "gap":
            self._gap(span)
            return None
        if cat in _NOTE_TYPES:
            b.start("note", {"type": _NOTE_TYPES[cat], "place": "inline"})
            if not info.label:
                return 1, *inner, -1
            body_start = min(span.inner_start + (info.body_start or 0), span.inner_end)
            label_at = text.find(info.label, span.inner_start, body_start)
            b.leaf("label", info.label)
            if label_at >= 0:  # the separator after the label (": ")
                b.text(text[label_at + len(info.label) : body_start])
            return 1, body_start, span.inner_end, -1
        if cat == "gloss":
            return self._gloss(span)
        if cat in ("sic", "correction"):
            self._sic(span)
            return None
        if cat == "footnote_ref":
            number = info.number or span.inside
            attrib = {"type": "noteAnchor", "n": _attr(number)}
            target = None if id(span) in self.notes.by_label else self.notes.target(info.number, span.inside)
            if target is not None:
                attrib["target"] = "#" + target
            # the reference as written (``[note 1]``: ``note 1``), its number in ``@n``
            b.leaf("ref", span.inside.strip() or number, attrib)
            return None
        if cat == "page_break":
            b.empty("pb", {"n": _attr(info.number or span.inside)})
            return None
        # "other" and anything unknown: not editorial, the brackets stay as text
        self.emit(text[span.start])
        return 0, *inner, span.end - 1

    def _gap(self, span: Span) -> None:
        b, info = self.b, span.info
        dims = _dimensions(span)
        reason = _reason(info.reason)
        if info.conjecture:
            attrib = {"reason": reason or "lost", "cert": _cert(info.cert or "low"), **dims}
            b.leaf("supplied", info.conjecture, attrib)
            return
        if info.reason == "blank":
            b.start("space", dims)
        else:
            b.start("gap", {"reason": reason, **dims} if reason else dims)
        b.start("desc")
        b.text(span.inside, breaks=False)
        b.end()
        b.end()

    def _gloss(self, span: Span) -> tuple[int, int, int, int]:
        b = self.b
        take = self.takes.get(span.start)
        relation = gloss_relation(span.info)
        if relation != "same":  # a translation, or the original's words: term and gloss
            if take is not None:
                gs, ge, _ = take
                b.leaf("term", self.text[gs:ge])
                b.text(self.text[ge : span.start])  # what stands between them stays between
            if relation == "original":
                b.start("gloss", {"type": "original"})
                b.start("foreign")
                return 2, span.inner_start, span.inner_end, -1
            b.start("gloss")
            return 1, span.inner_start, span.inner_end, -1
        if take is None:
            b.start("gloss")
            return 1, span.inner_start, span.inner_end, -1
        gs, ge, _ = take
        pushed = 2
        if fold(span.inside.strip()) in self.pseudonyms:
            b.start("persName")
            pushed = 3
        b.start("choice")
        b.leaf("orig", self.text[gs:ge])
        b._chars(self.text[ge : span.start])  # white space (see _orig_extent): between orig and reg
        b.start("reg")
        return pushed, span.inner_start, span.inner_end, -1

    def _sic(self, span: Span) -> None:
        b, info = self.b, span.info
        take = self.takes.get(span.start)
        word = self.text[take[0] : take[1]] if take is not None else ""
        if info.correction:
            b.start("choice")
            b.leaf("sic", word)
            attrib = {"cert": _cert(info.cert)} if info.cert else {}
            b.leaf("corr", info.correction, attrib)
            b.end()
        else:
            b.leaf("sic", word)
        # the white space between the word and "[sic]" goes: the text after the span has its own
