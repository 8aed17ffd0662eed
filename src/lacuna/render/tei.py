"""The TEI P5 edition: a ``<TEI>`` document with a header and the body text as paragraphs.

Each bracket category maps to TEI elements as listed in ``docs/tei.md`` (with the section of
the TEI Guidelines each mapping follows). In short:

* ``supplied`` → ``<supplied reason="omitted">``;
* ``uncertain`` → ``<unclear cert="low">`` holding the reading;
* ``gap`` → ``<gap reason quantity unit extent><desc>…</desc></gap>``; with a conjecture
  → ``<supplied reason cert="low" quantity unit extent>conjecture</supplied>``; a blank
  → ``<space>``;
* ``gloss`` → ``<choice><orig>glossed</orig><reg>gloss</reg></choice>`` (inside
  ``<persName>`` for a known pseudonym), or ``<gloss>`` when the glossed words are unknown;
* notes → ``<note type="translator|editor" place="inline">`` with the label as ``<label>``;
* ``sic`` → ``<sic>`` around the word before it, in ``<choice>`` with ``<corr>`` when
  corrected;
* ``footnote_ref`` → ``<ref type="noteAnchor">``, or at the start of a line (a note's
  label) ``<label type="footnote" xml:id="fn-N">``, which the references point to;
* ``page_break`` → ``<pb n="…"/>``; ``other`` → its text, brackets included.

Text is split into ``<p>`` at blank lines outside spans; other line breaks become ``<lb/>``.
Characters XML 1.0 cannot carry (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF)
become ``<g type="invalid-xml-char" n="U+XXXX">�</g>`` in text, and U+FFFD in attributes.
Spans nested deeper than :data:`MAX_DEPTH` elements are written as plain text (brackets
included), so ordinary XML parsers (libxml2 stops at 256 levels) can read any output.
The build is iterative: any nesting depth is safe. The output is deterministic.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from pathlib import PurePath
from typing import TYPE_CHECKING, NamedTuple

import regex
from lxml import etree

from lacuna.ast import Document, Gloss, Node, Span, Text
from lacuna.conventions import Conventions, fold
from lacuna.editorial import footnotes
from lacuna.errors import expect

if TYPE_CHECKING:
    from lacuna.page import Page

__all__ = ["GAP_REASONS", "MAX_DEPTH", "TEI_NS", "to_tei"]

TEI_NS = "http://www.tei-c.org/ns/1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

#: Deepest element nesting written for spans (below ``<body>``); deeper spans become text.
MAX_DEPTH = 200

#: A page layout read with less confidence than this is not trusted: the whole text is the body.
MIN_CONFIDENCE = 0.5

#: lacuna reason → TEI ``gap/@reason`` (TEI 11.3.3.1 suggests ``lost``, ``illegible``,
#: ``editorial``, ``deleted``…); other reasons are written as one hyphenated word.
GAP_REASONS: dict[str, str] = {
    "missing": "lost",
    "missing between pages": "lost",
    "off the page": "lost",
    "damaged": "lost",
    "illegible": "illegible",
    "unclear": "illegible",
    "unrecovered": "unrecovered",
    "omitted": "omitted",
    "deleted": "deleted",
    "elided by editor": "editorial",
    "not transcribed": "not-transcribed",
    "not translated": "not-translated",
}

_NOTE_TYPES = {"translator_note": "translator", "editor_note": "editor"}
_CERTS = frozenset({"high", "medium", "low", "unknown"})

# Characters XML 1.0 cannot carry, whatever the escaping.
_XML_BAD = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NOT_WORD = regex.compile(r"[\p{C}\p{Z}]+")
_BREAK = regex.compile(r"\r\n?|\n")
# starts only where a run of spaces starts: tried at every space of a long run, the leading
# [ \t]* would rescan the rest of the run each time (quadratic on a line of spaces)
_BLANK_LINES = regex.compile(r"(?<![ \t])[ \t]*+(?:\r\n?|\n)(?:[ \t]*+(?:\r\n?|\n))++")
_WORD_BEFORE = regex.compile(r"(\S+)(\s*)\Z")
_NCNAME_BAD = regex.compile(r"[^\w.-]")


def _attr(value: str) -> str:
    """An attribute value XML can carry: impossible characters become U+FFFD."""
    return _XML_BAD.sub("\ufffd", value)


def _word(value: str) -> str | None:
    """A TEI ``teidata.word`` (one token, no spaces or controls), or None if nothing is left."""
    token = _NOT_WORD.sub("-", _attr(value).strip()).strip("-")
    return token or None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _cert(value: str | None) -> str:
    if value in _CERTS:
        return value
    try:
        prob = float(value) if value is not None else -1.0
    except ValueError:
        prob = -1.0
    return repr(prob) if 0.0 <= prob <= 1.0 else "low"


def _dimensions(span: Span) -> dict[str, str]:
    """``quantity``/``atLeast``/``atMost``, ``unit`` and ``extent`` of a gap (TEI att.dimensions)."""
    info = span.info
    out: dict[str, str] = {}
    quantity = info.quantity
    if isinstance(quantity, tuple):
        out["atLeast"], out["atMost"] = _number(quantity[0]), _number(quantity[1])
    elif quantity is not None:
        out["quantity"] = _number(quantity)
    unit = _word(info.unit) if info.unit else None
    if unit is not None:
        out["unit"] = unit
    if info.extent:
        out["extent"] = _attr(info.extent)
    elif quantity is None:
        out["extent"] = "unknown"
    return out


def _reason(reason: str | None) -> str | None:
    if not reason:
        return None
    return GAP_REASONS.get(reason) or _word(reason)


class _Builder:
    """Appends text and elements to an lxml tree, one open element per stack entry.

    Text is collected in a list and joined once, when the next element starts or the open
    one ends (:meth:`flush`): appending to ``.text``/``.tail`` string by string would copy
    the growing string each time (quadratic on a paragraph of many spans).
    """

    def __init__(self, root: etree._Element) -> None:
        self.stack: list[etree._Element] = [root]
        self.parts: list[str] = []

    @property
    def top(self) -> etree._Element:
        return self.stack[-1]

    def _append_text(self, s: str) -> None:
        if s:
            self.parts.append(s)

    def flush(self) -> None:
        """Write the collected text: after the open element's last child, or as its text."""
        if not self.parts:
            return
        s = "".join(self.parts)
        self.parts.clear()
        el = self.top
        # the last child from libxml2's last pointer: len(el) and el[-1] walk every child
        last = next(el.iterchildren(reversed=True), None)
        if last is not None:
            last.tail = (last.tail or "") + s
        else:
            el.text = (el.text or "") + s

    def text(self, s: str, *, breaks: bool = True) -> None:
        """Add text; line breaks become ``<lb/>`` (unless ``breaks`` is false), bad characters ``<g>``."""
        if not s:
            return
        if breaks:
            pos = 0
            for m in _BREAK.finditer(s):
                self._chars(s[pos : m.start()])
                self.empty("lb")
                self._append_text("\n")
                pos = m.end()
            s = s[pos:]
        self._chars(s)

    def _chars(self, s: str) -> None:
        if _XML_BAD.search(s) is None:
            self._append_text(s)
            return
        pos = 0
        for m in _XML_BAD.finditer(s):
            self._append_text(s[pos : m.start()])
            g = self.empty("g", {"type": "invalid-xml-char", "n": f"U+{ord(m.group()):04X}"})
            g.text = "\ufffd"
            pos = m.end()
        self._append_text(s[pos:])

    def start(self, tag: str, attrib: dict[str, str] | None = None) -> etree._Element:
        self.flush()
        el = etree.SubElement(self.top, tag, attrib or {})
        self.stack.append(el)
        return el

    def end(self) -> None:
        self.flush()
        self.stack.pop()

    def empty(self, tag: str, attrib: dict[str, str] | None = None) -> etree._Element:
        self.flush()
        return etree.SubElement(self.top, tag, attrib or {})

    def leaf(self, tag: str, text: str, attrib: dict[str, str] | None = None) -> etree._Element:
        el = self.start(tag, attrib)
        self.text(text)
        self.end()
        return el

    def trim(self) -> None:
        """Drop the white space (and line breaks) that end the open element."""
        self.flush()
        el = self.top
        while True:
            last = next(el.iterchildren(reversed=True), None)
            if last is not None:
                last.tail = (last.tail or "").rstrip() or None
                if last.tag == "lb" and last.tail is None:
                    el.remove(last)
                    continue
            else:
                el.text = (el.text or "").rstrip() or None
            break


def _plan(doc: Document) -> tuple[dict[int, int], dict[int, tuple[int, int, int]]]:
    """Where glosses and ``[sic]`` take words from the text before them.

    Returns ``cuts`` (id of a Text node → offset where it stops) and ``takes`` (id of a span
    → ``(start, end, resume)``: the taken words and where the text after them resumes).
    """
    cuts: dict[int, int] = {}
    takes: dict[int, tuple[int, int, int]] = {}
    text = doc.text
    prev: list[Node | None] = [None]
    for node, entering in doc.events():
        if not entering:
            prev.pop()
            continue
        before = prev[-1]
        prev[-1] = node
        if not isinstance(node, Span):
            continue
        prev.append(None)
        if not isinstance(before, Text) or before.end != node.start:
            continue
        if node.category == "gloss" and isinstance(node, Gloss):
            gs, ge = node.glossed_start, node.glossed_end
            if gs is not None and ge is not None and before.start <= gs < ge <= before.end:
                cuts[id(before)] = gs
                takes[id(node)] = (gs, ge, ge)
        elif node.category in ("sic", "correction"):
            m = _WORD_BEFORE.search(text, before.start, before.end)
            if m is not None:
                cuts[id(before)] = m.start(1)
                takes[id(node)] = (m.start(1), m.end(1), m.end(1))
    return cuts, takes


def _pseudonym_targets() -> frozenset[str]:
    try:
        return frozenset(Conventions.default().pseudonyms_by_target)
    except Exception:  # the conventions table may change shape; persName is an extra
        return frozenset()


class _Zone(NamedTuple):
    """A stretch of the text and where it goes in ``<text>``.

    ``division`` is 0 (``<front>``), 1 (``<body>``) or 2 (``<back>``), or -1 for text left
    out (the site's chrome); ``wrapper`` holds paragraphs (``<argument>``, ``<div>``) or is
    None; ``leaf`` is a one-block element (``<head>``, ``<docDate>``, ``<dateline>``).
    """

    start: int
    end: int
    division: int
    wrapper: tuple[str, dict[str, str]] | None = None
    leaf: tuple[str, dict[str, str]] | None = None


_DIVISIONS = ("front", "body", "back")


def _zones(doc: Document, page: Page | None) -> list[_Zone]:
    """Where each part of the page goes: the page reader's regions, in order, each in the
    first division it may stand in and no earlier than the one before it."""
    n = len(doc.text)
    regions = list(getattr(page, "regions", None) or ())
    unsure = page is None or getattr(page, "format", "unknown") == "unknown"
    if unsure or getattr(page, "confidence", 1.0) < MIN_CONFIDENCE or not regions:
        return [_Zone(0, n, 1)]
    dates = {(d.start, d.end): d for d in getattr(page, "dates", ())}
    out: list[_Zone] = []
    division = 0
    for region in regions:
        name, start, end = region.name, region.start, region.end
        if name == "chrome":
            out.append(_Zone(start, end, -1))
            continue
        chunk = doc.text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        pref: int
        wrapper: tuple[str, dict[str, str]] | None = None
        leaf: tuple[str, dict[str, str]] | None = None
        if name == "title":
            pref, leaf = 0, ("head", {})
        elif name == "dateline":
            stripped = chunk.strip()
            date = dates.get((start + lead, start + lead + len(stripped)))
            if date is not None and division == 0:
                when = _iso_ok(getattr(date, "iso", None))
                pref, leaf = 0, ("docDate", {"when": when} if when else {})
            else:
                pref, leaf = 1, ("dateline", {})
        elif name == "summary":
            pref = 0 if division == 0 else 2
            wrapper = ("argument", {}) if pref == 0 else ("div", {"type": "summary"})
        elif name == "notes":
            pref, wrapper = 2, ("div", {"type": "notes"})
        else:
            pref = 1
        if pref < division:  # it stands after text of a later division: paragraphs there
            pref, leaf = division, None
            wrapper = ("div", {"type": name}) if division == 2 else None
        division = pref
        out.append(_Zone(start, end, pref, wrapper, leaf))
    return out


class _Writer:
    """Walks ``doc.events()`` once and fills ``<text>``: each zone of the page (see
    :func:`_zones`) in its division, the body's text in paragraphs."""

    def __init__(self, doc: Document, text_el: etree._Element, zones: list[_Zone]) -> None:
        self.doc = doc
        self.text = doc.text
        self.text_el = text_el
        self.b = _Builder(text_el)
        self.cuts, self.takes = _plan(doc)
        self.notes = footnotes(doc)
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
                end = self.cuts.get(id(node), node.end)
                self.at(max(node.start, lo), min(end, hi))
                continue
            if not entering:
                span, pushed, lo, hi, closer = frames.pop()
                for _ in range(pushed):
                    self.b.end()
                if closer >= 0:
                    self.at(closer, closer + 1)
                self._after(span)
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
                self._after(node)
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

    def _after(self, span: Span) -> None:
        """Text that follows a span's element (the words between glossed text and gloss)."""
        take = self.takes.get(id(span))
        if take is not None and span.category == "gloss":
            _gs, ge, _ = take
            if ge < span.start and not self.text[ge : span.start].isspace():
                self.at(ge, span.start)

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
            target = self.notes.targets.get(id(span))
            if target is not None:
                attrib["target"] = "#" + target
            b.leaf("ref", number, attrib)
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
        take = self.takes.get(id(span))
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
        between = self.text[ge : span.start]
        if between.isspace():  # white space may stand between orig and reg, text may not
            b._chars(between)
        b.start("reg")
        return pushed, span.inner_start, span.inner_end, -1

    def _sic(self, span: Span) -> None:
        b, info = self.b, span.info
        take = self.takes.get(id(span))
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


# -- header ---------------------------------------------------------------------------


def _read_page(doc: Document) -> Page | None:
    try:
        from lacuna import page as page_module
    except ImportError:
        return None
    read = getattr(page_module, "read", None)
    return read(doc.text) if read is not None else None


def _iso_ok(iso: str | None) -> str | None:
    """``iso`` if it is a real W3C date (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if not iso:
        return None
    try:
        if regex.fullmatch(r"\d{4}", iso):
            return iso
        if regex.fullmatch(r"\d{4}-\d{2}", iso):
            _dt.date.fromisoformat(iso + "-01")
            return iso
        _dt.date.fromisoformat(iso)
        return iso
    except ValueError:
        return None


def _header(tei: etree._Element, doc: Document, page: Page | None) -> None:
    from lacuna import __version__

    file_name = PurePath(doc.name).name if doc.name else None
    title = getattr(page, "title", None) or file_name or "Untitled document"
    header = etree.SubElement(tei, "teiHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    b = _Builder(etree.SubElement(file_desc, "titleStmt"))
    b.leaf("title", title)
    b = _Builder(etree.SubElement(file_desc, "publicationStmt"))
    b.leaf("p", f"Converted by lacuna {__version__} from {file_name or 'a text'}; not published.")
    b = _Builder(etree.SubElement(file_desc, "sourceDesc"))
    b.start("bibl")
    b.leaf("title", title)
    date = getattr(page, "date", None)
    if date is not None and getattr(date, "text", None):
        when = _iso_ok(getattr(date, "iso", None))
        b.leaf("date", date.text, {"when": when} if when else {})
    record_id = getattr(page, "record_id", None)
    if record_id:
        b.leaf("idno", record_id, {"type": "record"})
    if file_name:
        b.leaf("idno", file_name, {"type": "file"})
    for field, note_type in (("source", "source"), ("citation", "citation"), ("rights", "rights")):
        value = getattr(page, field, None)
        if value:
            b.leaf("note", value, {"type": note_type})
    b.end()
    encoding = etree.SubElement(header, "encodingDesc")
    b = _Builder(etree.SubElement(encoding, "editorialDecl"))
    b.leaf(
        "p",
        "The translator's and editors' square-bracket markup is encoded as TEI elements "
        "by lacuna (see its docs/tei.md); the diplomatic text is kept by lacuna's diplomatic edition.",
    )
    summary = getattr(page, "summary", None)
    if summary:
        b = _Builder(etree.SubElement(etree.SubElement(header, "profileDesc"), "abstract"))
        b.leaf("p", summary)


def to_tei(doc: Document, *, page: Page | None = None) -> str:
    """The document as a TEI P5 XML document (a ``str`` starting with the XML declaration).

    ``page`` is a :class:`lacuna.page.Page` for the header and the parts of ``<text>``; by
    default it is read with :func:`lacuna.page.read`. The title and date lines go to
    ``<front>`` (and the header), the body to ``<body>``, a summary and notes after the body
    to ``<back>``; only the site's chrome is left out. A page read with little confidence
    is not trusted: the whole text is the body.
    """
    expect(doc, Document, "to_tei", "doc")
    if page is None:
        page = _read_page(doc)
    tei = etree.Element("TEI", nsmap={None: TEI_NS})
    tei.set(_XML_LANG, "en")
    _header(tei, doc, page)
    text_el = etree.SubElement(tei, "text")
    _Writer(doc, text_el, _zones(doc, page)).run()
    # Elements were created without a namespace; the default namespace declared on <TEI>
    # applies to all of them once serialised, so move them into it for a correct tree.
    for el in tei.iter():
        if isinstance(el.tag, str) and not el.tag.startswith("{"):
            el.tag = f"{{{TEI_NS}}}{el.tag}"
    out = etree.tostring(tei, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + out + "\n"
