"""The TEI header: title, source, date, record and file ids, notes on the source, rights and
citation, the editorial declaration and the summary (from the page reader's fields)."""

from __future__ import annotations

import datetime as _dt
from pathlib import PurePath
from typing import TYPE_CHECKING

import regex
from lxml import etree

from lacuna.ast import Document
from lacuna.render.tei.xml import _Builder

if TYPE_CHECKING:
    from lacuna.page import Page

__all__: list[str] = []


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
