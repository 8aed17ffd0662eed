"""The PDF export of an archive page, flattened to one line ("Digital Archive … <date>
<title> Citation: … Summary: … Contents: … <text>")."""

from __future__ import annotations

import re

from lacuna.pages.fields import ARCHIVE, DOC_URL
from lacuna.pages.lines import BOM, Line, find_dates
from lacuna.pages.model import Page
from lacuna.pages.regions import Regions, unknown

__all__ = ["is_pdf", "pdf"]


def is_pdf(text: str, lines: list[Line]) -> bool:
    """One line that opens with "Digital Archive" and has "Citation:" and "Contents:" labels."""
    body = text.strip().lstrip(BOM)
    return (
        "\n" not in body
        and "\r" not in body
        and re.match(r"Digital Archive\b", body[:400]) is not None
        and " Contents:" in text
        and " Citation:" in text
    )


_PDF_LABEL = re.compile(r" (Citation|Summary|Original Language|Credits|Contents):(?= )")
_PDF_CONTENT_ITEM = re.compile(
    r" {1,3}(?:(?:English|Russian|Chinese|German|French|Korean|Vietnamese|Polish|Hungarian|Czech|"
    r"Romanian|Bulgarian|Mongolian|Japanese|Spanish|Italian|Portuguese|Arabic|Persian) )?"
    r"(?:Translation|Transcription|Transcript|Original Scan|Scan)(?: - [A-Z][a-z]{1,15})?(?= |$)"
)


def pdf(text: str, lines: list[Line] | None = None) -> Page:
    """The flattened PDF export: labels in running text, one line."""
    b = Regions(text)
    b.mark(0, "chrome")
    labels = list(_PDF_LABEL.finditer(text))
    if not labels:
        return unknown(text)
    first_label = labels[0].start()
    dates = find_dates(text, 0, first_label)
    title = None
    title_start = title_end = None
    if dates:
        d = dates[0]
        b.mark(d.start, "title")
        ts = d.end
        while ts < first_label and text[ts].isspace():
            ts += 1
        if ts < first_label:
            title_start, title_end = ts, first_label
            title = text[ts:first_label].strip() or None
        dates = dates[:1]
    fields: dict[str, tuple[str, int, int]] = {}
    for n, m in enumerate(labels):
        value_start = m.end() + 1
        value_end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        name = m.group(1).casefold()
        if name in fields:
            continue
        fields[name] = (text[value_start:value_end].strip(), value_start, value_end)
        b.mark(m.start() + 1, "chrome")
        if name == "summary":
            b.mark(value_start, "summary")
    body_start = body_end = len(text)
    if "contents" in fields:
        _, cs, _ = fields["contents"]
        pos = cs - 1
        while True:
            m = _PDF_CONTENT_ITEM.match(text, pos)
            if m is None:
                break
            pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
        body_start = pos
        body_end = len(text.rstrip())
        if body_start < body_end:
            b.mark(body_start, "body")
        else:
            body_start = body_end = len(text)
    citation = fields.get("citation", (None, 0, 0))[0]
    m2 = DOC_URL.search(citation or "")
    return Page(
        "pdf",
        title,
        tuple(dates),
        m2.group(1) if m2 else None,
        fields.get("summary", (None, 0, 0))[0],
        body_start,
        body_end,
        b.regions(),
        citation=citation,
        source=citation,
        publisher=ARCHIVE,
        title_start=title_start,
        title_end=title_end,
        text=text,
        confidence=0.9 if "contents" in fields else 0.6,
    )
