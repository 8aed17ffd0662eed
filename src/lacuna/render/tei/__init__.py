"""The TEI P5 edition: a ``<TEI>`` document with a header and the body text as paragraphs.

Each bracket category maps to TEI elements as listed in ``docs/tei.md`` (with the section of
the TEI Guidelines each mapping follows). In short:

* ``supplied`` → ``<supplied reason="omitted">``;
* ``uncertain`` → ``<unclear cert="low">`` holding the reading;
* ``gap`` → ``<gap reason quantity unit extent><desc>…</desc></gap>``; with a conjecture
  → ``<supplied reason cert="low" quantity unit extent>conjecture</supplied>``; a blank
  → ``<space>``;
* ``gloss`` → ``<choice><orig>glossed</orig><reg>gloss</reg></choice>`` for the same name or
  word written another way (inside ``<persName>`` for a known pseudonym; what stands between
  the glossed words and the bracket is in ``<orig>`` too, in the text's order:
  ``<orig>“opaska”</orig>``);
  ``<term>glossed</term> <gloss>gloss</gloss>`` for a translation, and ``<term>glossed</term>
  <gloss type="original"><foreign>gloss</foreign></gloss>`` for the original's words after
  their translation (:data:`lacuna.editorial.GLOSS_RELATIONS`); ``<gloss>`` alone when the
  glossed words are unknown;
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

The modules: :mod:`~lacuna.render.tei.conventions` (each category's attributes: gap reasons,
certainty, dimensions), :mod:`~lacuna.render.tei.xml` (the element builder and what XML can
carry), :mod:`~lacuna.render.tei.zones` (where each part of the page goes), and
:mod:`~lacuna.render.tei.body` (the one walk that writes ``<text>``, notes included) and
:mod:`~lacuna.render.tei.header` (``<teiHeader>``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from lacuna.ast import Document
from lacuna.errors import expect
from lacuna.render.tei.body import MAX_DEPTH, _Writer
from lacuna.render.tei.conventions import GAP_REASONS
from lacuna.render.tei.header import _header, _read_page
from lacuna.render.tei.xml import _XML_LANG, TEI_NS
from lacuna.render.tei.xml import _attr as _attr  # (lacuna.collate.apparatus writes TEI too)
from lacuna.render.tei.xml import _Builder as _Builder
from lacuna.render.tei.zones import MIN_CONFIDENCE, _zones

if TYPE_CHECKING:
    from lacuna.page import Page

__all__ = ["GAP_REASONS", "MAX_DEPTH", "MIN_CONFIDENCE", "TEI_NS", "to_tei"]


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
