"""The page layouts: an ordered list of named checks, each with the reader of its layout.

:data:`LAYOUTS` is tried in order; the first check that accepts the page names its format and
reads it; ``plain`` reads what no other layout took (and gives ``unknown`` when it finds no
title). See :mod:`lacuna.pages`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from lacuna.dates import find_dates as _find_all_dates
from lacuna.dates import parse_date
from lacuna.pages.model import Page, PageDate, Region

__all__ = ["BOM", "COUNTER", "LAYOUTS", "Layout", "find_dates", "read"]

# -- dates ---------------------------------------------------------------------------

_YEAR_LINE = re.compile(r"(?:1[89]|20)\d\d")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[PageDate]:
    """The dates written with a month name in ``text[start:end]``, as written, with offsets
    (:func:`lacuna.dates.find_dates`, the one date finder, less numeric dates and bare years)."""
    out = []
    for s, e, date in _find_all_dates(text, start, end):
        written = text[s:e]
        if (date.month is not None and not written[:1].isdigit()) or _MONTH_AFTER_DAY.match(written):
            out.append(PageDate(written, s, e, date.iso))
    return out


# "12 January 1947" (a day, then a month name); a date that opens with a letter names its month
_MONTH_AFTER_DAY = re.compile(r"\d{1,2}[ \u00a0]{1,3}[^\W\d]")


def _date_line(text: str, line: _Line) -> PageDate | None:
    """The date if the line is nothing but a date (or a bare year)."""
    s = line.start + line.lead
    found = find_dates(text, s, line.content_end)
    if found and found[0].start == s and found[0].end == line.content_end:
        return found[0]
    if _YEAR_LINE.fullmatch(line.text):
        date = parse_date(line.text)
        return PageDate(line.text, s, s + 4, date.iso if date is not None else None)
    return None


# -- lines ---------------------------------------------------------------------------


class _Line(NamedTuple):
    start: int  # offset of the first character of the line
    end: int  # offset of the end of its content (line break excluded)
    text: str  # stripped content
    lead: int  # leading whitespace length
    blank_before: bool  # a blank line (or the start) precedes it

    @property
    def content_end(self) -> int:
        return self.start + self.lead + len(self.text)

    @property
    def content_start(self) -> int:
        return self.start + self.lead


_BREAK = re.compile(r"\r\n|\r|\n")
#: The byte-order mark: read as no text at the start of a page.
BOM = "\ufeff"


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with offsets; ``blank_before`` marks paragraph starts."""
    out: list[_Line] = []
    pos = 1 if text.startswith(BOM) else 0  # a byte-order mark is no text
    blank = True
    n = len(text)
    while pos <= n:
        m = _BREAK.search(text, pos)
        end = m.start() if m else n
        raw = text[pos:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(pos, end, stripped, lead, blank))
            blank = False
        else:
            blank = True
        if m is None:
            break
        pos = m.end()
    return out


def _key(line_text: str) -> str:
    return line_text.casefold().replace("’", "'").rstrip(":").strip()


# Lines that are site chrome wherever they stand.
_CHROME_LINES = frozenset(
    {
        "skip to content", "search in", "digital archive", "international history declassified",
        "digital archive international history declassified", "menu", "home", "search", "browse",
        "collections", "about", "contact", "log in", "login", "my account", "advanced search",
        "document information", "original archive", "original uploaded date", "subject keywords",
        "related documents", "related people", "related places", "associated collections",
        "associated search terms", "additional documents", "share", "print", "download",
        "cite", "citation", "top", "wilson center", "mla", "chicago", "funders", "type", "language",
        "original language", "contents", "credits", "english translation", "original scan",
        "transcript", "transcription", "back to top", "next", "previous",
    }
)  # fmt: skip
# Label lines that end the body of an archive page.
_END_OF_BODY = frozenset(
    {
        "document information", "original archive", "original uploaded date", "subject keywords",
        "related documents", "associated collections", "associated search terms", "source",
        "rights", "record id", "credits", "funders",
    }
)  # fmt: skip
_NOTES_HEADINGS = frozenset(
    {"translator's notes", "translators notes", "translator's note", "notes", "endnotes", "footnotes"}
)
_SUPPORT = "this document was made possible with support from"
# Fields the archive formats label, folded label -> field name.
_FIELDS = {
    "citation": "citation",
    "summary": "summary",
    "source": "source",
    "rights": "rights",
    "record id": "record_id",
    "original language": "language",
    "contents": "contents",
    "credits": "credits",
}
_LABELLED = re.compile(
    r"(?P<label>Citation|Summary|Source|Rights|Record ID|Original Language|Contents|Credits)"
    r"(?:\s{0,3}:\s{0,3}|\s{1,3}(?=\d))(?P<value>\S.*)?",
    re.IGNORECASE,
)
_RECORD_ID = re.compile(r"\d{1,9}")
_RIGHTS_CUE = re.compile(r"welcomes reuse|copyright|rights holders?", re.IGNORECASE)
_DOC_URL = re.compile(r"/document/(\d{1,9})")


class _Builder:
    """Collects regions as (start, name) boundaries, then closes them into a partition."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks: list[tuple[int, str]] = []

    def mark(self, start: int, name: str) -> None:
        self.marks.append((start, name))

    def regions(self) -> tuple[Region, ...]:
        n = len(self.text)
        marks = sorted(self.marks, key=lambda m: m[0])
        out: list[Region] = []
        for i, (start, name) in enumerate(marks):
            end = marks[i + 1][0] if i + 1 < len(marks) else n
            if i == 0:
                start = 0
            if end <= start:
                continue
            if out and out[-1].name == name:
                out[-1] = Region(name, out[-1].start, end)
            else:
                out.append(Region(name, start, end))
        if not out and n:
            out.append(Region("body", 0, n))
        return tuple(out)


def _field_value(lines: list[_Line], i: int, single_newlines: bool) -> tuple[str | None, int, int]:
    """Value of the label at ``lines[i]``: on the same line, or the following line(s).

    Returns (value, index of the last line used, content end offset of the value).
    """
    line = lines[i]
    m = _LABELLED.fullmatch(line.text)
    if m is not None and m.group("value"):
        return m.group("value").strip(), i, line.content_end
    j = i + 1
    if j >= len(lines) or _is_label(lines[j].text):
        return None, i, line.content_end
    parts = [lines[j].text]
    k = j
    while k + 1 < len(lines) and not _is_label(lines[k + 1].text):
        if not single_newlines and lines[k + 1].blank_before:
            break
        if single_newlines:
            break
        k += 1
        parts.append(lines[k].text)
    return " ".join(parts), k, lines[k].content_end


def _is_label(line_text: str) -> bool:
    key = _key(line_text)
    if key in _FIELDS or key in _CHROME_LINES or key in _NOTES_HEADINGS:
        return True
    m = _LABELLED.fullmatch(line_text)
    return m is not None and _key(m.group("label")) == "record id" and bool(m.group("value"))


# -- the formats ---------------------------------------------------------------------


class Layout(NamedTuple):
    """A page layout: its name, the check that recognises it, the reader of its parts."""

    name: str
    check: Callable[[str, list[_Line]], bool]
    reader: Callable[[str, list[_Line]], Page]


def read(text: str) -> Page:
    """Recognise the page format and find the document's parts; never raises on text."""
    if not isinstance(text, str):
        raise TypeError(f"read() argument 'text' must be str, not {type(text).__name__}")
    lines = _lines(text)
    for layout in LAYOUTS:
        if layout.check(text, lines):
            return layout.reader(text, lines)
    return _unknown(text)


def _first(lines: list[_Line]) -> str:
    return _key(lines[0].text) if lines else ""


def _is_pdf(text: str, lines: list[_Line]) -> bool:
    """One line that opens with "Digital Archive" and has "Citation:" and "Contents:" labels."""
    body = text.strip().lstrip(BOM)
    return (
        "\n" not in body
        and "\r" not in body
        and re.match(r"Digital Archive\b", body[:400]) is not None
        and " Contents:" in text
        and " Citation:" in text
    )


def _is_archive_old(text: str, lines: list[_Line]) -> bool:
    first = _first(lines)
    return first == "search in" or first.startswith("digital archive international history declassified")


def _is_archive(text: str, lines: list[_Line]) -> bool:
    return _first(lines) == "skip to content" and any(line.blank_before for line in lines[1:])


def _is_staging(text: str, lines: list[_Line]) -> bool:
    return _first(lines) == "skip to content"


def _any(text: str, lines: list[_Line]) -> bool:
    return bool(lines)


#: A results counter, ``1 - 10 of 18`` or ``1 – 10 of 1,234`` (the listing reader uses it too).
COUNTER = re.compile(
    r"(\d[\d,]{0,12})[ \t]{0,3}[-–—][ \t]{0,3}(\d[\d,]{0,12})[ \t]{1,3}of[ \t]{1,3}(\d[\d,]{0,12})",
    re.IGNORECASE,
)


def _is_listing(text: str, lines: list[_Line]) -> bool:
    """A results counter near the top, or many date lines and no "Document Information"."""
    head = lines[:12]
    if any(COUNTER.fullmatch(line.text) for line in head):
        return True
    if any(_key(line.text) == "document information" for line in lines):
        return False
    dated = sum(1 for line in lines[:200] if _date_line(text, line) is not None)
    bulleted = sum(
        1 for line in lines[:200] if line.text[:1] in "-•*" and find_dates(text, line.start, line.end)
    )
    return dated + bulleted >= 4


def _listing(text: str, lines: list[_Line]) -> Page:
    b = _Builder(text)
    b.mark(0, "chrome")
    i = 0
    while i < len(lines) and (_key(lines[i].text) in _CHROME_LINES or COUNTER.fullmatch(lines[i].text)):
        i += 1
    body_start = lines[i].content_start if i < len(lines) else len(text)
    body_end = lines[-1].content_end if i < len(lines) else len(text)
    if i < len(lines):
        b.mark(body_start, "body")
    counted = any(COUNTER.fullmatch(line.text) for line in lines[:12])
    return Page(
        "listing", None, (), None, None, body_start, body_end, b.regions(), text=text,
        confidence=0.8 if counted else 0.6,
    )  # fmt: skip


def _unknown(text: str, fmt: str = "unknown") -> Page:
    regions = (Region("body", 0, len(text)),) if text else ()
    return Page(fmt, None, (), None, None, 0, len(text), regions, text=text)


def _archive(text: str, lines: list[_Line], fmt: str) -> Page:
    single = fmt == "staging"
    b = _Builder(text)
    b.mark(0, "chrome")
    fields: dict[str, str] = {}
    # heading: the first line that is a date, within the first lines; the title follows
    date_i = None
    for i, line in enumerate(lines[:80]):
        if _date_line(text, line) is not None:
            date_i = i
            break
        key = _key(line.text)
        if i and key not in _CHROME_LINES and not key.startswith("digital archive"):
            break  # document text: no heading above it
    dates: list[PageDate] = []
    title = None
    title_start = title_end = None
    i = 1
    if date_i is not None:
        date = _date_line(text, lines[date_i])
        assert date is not None
        dates.append(date)
        b.mark(lines[date_i].content_start, "dateline")
        t = date_i + 1
        if t < len(lines) and not _is_label(lines[t].text):
            title = lines[t].text
            title_start, title_end = lines[t].content_start, lines[t].content_end
            b.mark(title_start, "title")
            i = t + 1
        else:
            i = t
            b.mark(lines[date_i].content_end, "chrome")
    # chrome and labelled fields between the heading and the body
    while i < len(lines):
        key = _key(lines[i].text)
        if key.startswith(_SUPPORT):
            b.mark(lines[i].content_start, "chrome")
            i += 1
            continue
        m = _LABELLED.fullmatch(lines[i].text)
        label = _key(m.group("label")) if m is not None else key
        if label in _END_OF_BODY:
            break  # the body loop below tells the page's labels from the document's words
        if label in _FIELDS and (m is not None or key in _FIELDS):
            name = _FIELDS[label]
            value, last, _ = _field_value(lines, i, single)
            if value is not None:
                fields.setdefault(name, value)
            if name == "summary" and value is not None:
                b.mark(lines[i].content_start, "chrome")
                b.mark(lines[last].content_start if last > i else lines[i].content_start, "summary")
            else:
                b.mark(lines[i].content_start, "chrome")
            i = last + 1
            if name == "contents":
                while i < len(lines) and _key(lines[i].text) in _CHROME_LINES:
                    i += 1
            continue
        if key in _CHROME_LINES and key not in _END_OF_BODY:
            b.mark(lines[i].content_start, "chrome")
            i += 1
            continue
        break
    # the body runs to the notes heading or the first end-of-body label
    body_first = i
    j = i
    notes_i = None
    while j < len(lines):
        key = _key(lines[j].text)
        if key in _NOTES_HEADINGS and len(lines[j].text) <= 30:
            notes_i = j
            break
        if key == "document information":
            break
        if key in _END_OF_BODY or (key.startswith("record id") and _is_label(lines[j].text)):
            # a label ends the body only when the page's furniture follows it; a line
            # "Source" with more text after it is the document's own
            u = _unexplained(lines, j, single)
            if u is None:
                break
            j = u + 1
            continue
        j += 1
    body_last = j - 1  # last body line (inclusive), before notes or chrome
    ended = j < len(lines)  # the body ended at the page's furniture, not at the end of the text
    # a summary is the last paragraph (staging: the last line) before "Document Information"
    summary = fields.get("summary")
    summary_first = None
    if (
        summary is None
        and ended
        and fmt in ("archive", "staging")
        and notes_i is None
        and body_last > body_first
    ):
        k = body_last
        if not single:
            while k > body_first and not lines[k].blank_before:
                k -= 1
        if k > body_first:
            summary_first = k
            summary = " ".join(line.text for line in lines[k : body_last + 1])
    if body_first <= body_last:
        last_text = summary_first - 1 if summary_first is not None else body_last
        body_start = lines[body_first].content_start
        body_end = lines[last_text].content_end
        b.mark(body_start, "body")
    else:
        body_start = body_end = (lines[body_last].content_end if body_last >= 0 else 0) if lines else 0
    if summary_first is not None:
        b.mark(lines[summary_first].content_start, "summary")
    notes_start = notes_end = None
    k = body_last + 1
    if notes_i is not None:
        b.mark(lines[notes_i].content_start, "chrome")
        k = notes_i + 1
        n_first = k
        while k < len(lines) and _key(lines[k].text) not in _END_OF_BODY:
            k += 1
        if k > n_first:
            notes_start, notes_end = lines[n_first].content_start, lines[k - 1].content_end
            b.mark(notes_start, "notes")
    # the rest is chrome, with the labelled fields read
    if k < len(lines):
        b.mark(lines[k].content_start, "chrome")
    after_info = False
    while k < len(lines):
        key = _key(lines[k].text)
        m = _LABELLED.fullmatch(lines[k].text)
        label = _key(m.group("label")) if m is not None else key
        if key == "document information":
            after_info = True
            k += 1
            continue
        if label in _FIELDS and (m is not None or key in _FIELDS):
            value, last, _ = _field_value(lines, k, single)
            name = _FIELDS[label]
            if value is not None and not (name == "record_id" and not _RECORD_ID.fullmatch(value)):
                fields.setdefault(name, value)
            k = last + 1
            after_info = False
            continue
        if after_info and key not in _CHROME_LINES:
            fields.setdefault("source", lines[k].text)
        elif _RIGHTS_CUE.search(lines[k].text):
            fields.setdefault("rights", lines[k].text)
        after_info = False
        k += 1
    record_id = fields.get("record_id")
    if record_id is not None and not _RECORD_ID.fullmatch(record_id):
        record_id = None
    if record_id is None:
        for value in (fields.get("citation"), fields.get("source")):
            m2 = _DOC_URL.search(value or "")
            if m2:
                record_id = m2.group(1)
                break
    return Page(
        fmt,
        title,
        tuple(dates),
        record_id,
        summary,
        body_start,
        body_end,
        b.regions(),
        source=fields.get("source") or fields.get("citation"),
        rights=fields.get("rights"),
        citation=fields.get("citation"),
        publisher="Wilson Center Digital Archive",
        title_start=title_start,
        title_end=title_end,
        notes_start=notes_start,
        notes_end=notes_end,
        text=text,
        confidence=0.9 if date_i is not None and (ended or notes_i is not None) else 0.6,
    )


def _unexplained(lines: list[_Line], j: int, single: bool) -> int | None:
    """The first line from ``lines[j]`` on that is not the page's furniture (labels, their
    values, chrome lines, a rights statement), or None when all are and they hold at least
    two labelled fields (or "Document Information"): then the body ends at ``lines[j]``."""
    k = j
    labels = 0
    while k < len(lines):
        line_text = lines[k].text
        key = _key(line_text)
        if key == "document information":  # the page's metadata starts here, not before
            return None if k == j else j
        m = _LABELLED.fullmatch(line_text)
        label = _key(m.group("label")) if m is not None else key
        if label in _FIELDS and (m is not None or key in _FIELDS):
            _, last, _ = _field_value(lines, k, single)
            labels += 1
            k = last + 1
            continue
        if key in _CHROME_LINES or key in _END_OF_BODY or key.startswith(_SUPPORT):
            k += 1
            continue
        if _RIGHTS_CUE.search(line_text):
            k += 1
            continue
        return k
    return None if labels >= 2 else j


_PDF_LABEL = re.compile(r" (Citation|Summary|Original Language|Credits|Contents):(?= )")
_PDF_CONTENT_ITEM = re.compile(
    r" {1,3}(?:(?:English|Russian|Chinese|German|French|Korean|Vietnamese|Polish|Hungarian|Czech|"
    r"Romanian|Bulgarian|Mongolian|Japanese|Spanish|Italian|Portuguese|Arabic|Persian) )?"
    r"(?:Translation|Transcription|Transcript|Original Scan|Scan)(?: - [A-Z][a-z]{1,15})?(?= |$)"
)


def _pdf(text: str, lines: list[_Line] | None = None) -> Page:
    """The flattened PDF export: labels in running text, one line."""
    b = _Builder(text)
    b.mark(0, "chrome")
    labels = list(_PDF_LABEL.finditer(text))
    if not labels:
        return _unknown(text)
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
    m2 = _DOC_URL.search(citation or "")
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
        publisher="Wilson Center Digital Archive",
        title_start=title_start,
        title_end=title_end,
        text=text,
        confidence=0.9 if "contents" in fields else 0.6,
    )


# Markers of other publishers, looked for at the top of the text.
_PUBLISHERS = (
    ("Foreign Relations of the United States", re.compile(r"Foreign Relations of the United States")),
    ("Foreign Relations of the United States", re.compile(r"history\.state\.gov|Office of the Historian")),
    ("National Security Archive", re.compile(r"National Security Archive")),
    ("Venona", re.compile(r"\bVENONA\b")),
    ("CWIHP Bulletin", re.compile(r"Cold War International History Project Bulletin")),
)
_FRUS_HEADING = re.compile(r"(\d{1,4})\. {1,3}[A-Z][^\n]{3,300}")
_URL_LINE = re.compile(r"(?:https?://)?[\w.-]{1,100}\.(?:gov|org|edu|com)(?:/\S{0,300})?")
# A title is a heading, not the start of a sentence that goes on below it.
_NOT_TITLE_END = (":", ",", ";", "-", "\u2013", "\u2014")


def _preamble(line_text: str) -> bool:
    """A line that may stand above a plain text's title: a publisher's name, an address."""
    if _URL_LINE.fullmatch(line_text) or _key(line_text) in _CHROME_LINES:
        return True
    return len(line_text) <= 200 and any(pat.search(line_text) for _, pat in _PUBLISHERS)


def _is_list(lines: list[_Line], i: int, number: int) -> bool:
    """Whether ``lines[i]`` (numbered ``number``) is an item of a numbered list."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return number <= 1 or nxt.startswith(f"{number + 1}.")


_FRUS_NOTE = re.compile(r"(?:\d{1,3}\.?|-|\u2022)? {0,3}Source: ")
_NOTE_LINE = re.compile(r"(?:\d{1,3}\.|\(\d{1,3}\)|\[\d{1,3}\]|-) {0,3}\S")


def _plain(text: str, lines: list[_Line]) -> Page:
    """Other publishers' plain text: a heading (title, date) then the text, maybe notes."""
    top = text[:3000]
    publisher = next((name for name, pat in _PUBLISHERS if pat.search(top)), None)
    b = _Builder(text)
    # the title: the first line below the publisher's lines (nothing else may stand above
    # it), a FRUS-style numbered heading, or a line with a date on it or soon after it
    pre = 0
    while pre < min(len(lines), 6) and _preamble(lines[pre].text):
        pre += 1
    if pre >= len(lines):
        return _unknown(text)
    dates: list[PageDate] = []
    title_i = date_i = None
    confidence = 0.5
    first = lines[pre]
    heading = _FRUS_HEADING.fullmatch(first.text)
    if heading is not None and "[" not in first.text[:6] and not _is_list(lines, pre, int(heading.group(1))):
        title_i = pre
        confidence = 0.8 if publisher is not None else 0.6
    elif _date_line(text, first) is not None and pre + 1 < len(lines):
        date_i, title_i = pre, pre + 1  # a date above the title
    elif (
        len(first.text) <= 200
        and not first.text.endswith(_NOT_TITLE_END)
        and find_dates(text, first.content_start, lines[min(pre + 2, len(lines) - 1)].content_end)
    ):
        title_i = pre
    if title_i is None or len(lines[title_i].text) > 200 or lines[title_i].text.endswith(_NOT_TITLE_END):
        return _unknown(text)
    b.mark(0, "chrome")
    title_line = lines[title_i]
    heading_end = title_i
    if date_i is not None:
        found = find_dates(text, lines[date_i].content_start, lines[date_i].content_end)
        dates.append(found[0])
        b.mark(lines[date_i].content_start, "dateline")
    b.mark(title_line.content_start, "title")
    # a date on the title line or on the next two lines (place and date lines)
    for k in range(title_i, min(title_i + 3, len(lines))):
        if dates:
            break
        found = find_dates(text, lines[k].content_start, lines[k].content_end)
        if found:
            dates.append(found[0])
            if k > title_i and len(lines[k].text) <= 80:
                heading_end = k
                b.mark(lines[k].content_start, "dateline")
            break
    body_first = heading_end + 1
    if body_first >= len(lines):
        return Page(
            "plain", title_line.text, tuple(dates), None, None, len(text), len(text), b.regions(),
            publisher=publisher, title_start=title_line.content_start, title_end=title_line.content_end,
            text=text, confidence=confidence,
        )  # fmt: skip
    # notes at the end: from a notes heading, or from a "Source:" note (FRUS)
    notes_i = None
    for k in range(body_first, len(lines)):
        key = _key(lines[k].text)
        if key in _NOTES_HEADINGS and len(lines[k].text) <= 30:
            notes_i = k
            break
        if _FRUS_NOTE.match(lines[k].text) and k > body_first:
            notes_i = k
            break
    body_last = (notes_i - 1) if notes_i is not None else len(lines) - 1
    body_start = lines[body_first].content_start
    body_end = lines[body_last].content_end if body_last >= body_first else body_start
    b.mark(body_start, "body")
    notes_start = notes_end = None
    if notes_i is not None:
        heading = _key(lines[notes_i].text) in _NOTES_HEADINGS
        first_note = notes_i + 1 if heading else notes_i
        if heading:
            b.mark(lines[notes_i].content_start, "chrome")
        if first_note < len(lines):
            notes_start, notes_end = lines[first_note].content_start, lines[-1].content_end
            b.mark(notes_start, "notes")
    record = None
    m = re.search(r"historicaldocuments/(frus[\w-]{1,40}/d\d{1,5})", top)
    if m:
        record = m.group(1)
    return Page(
        "plain",
        title_line.text,
        tuple(dates),
        record,
        None,
        body_start,
        body_end,
        b.regions(),
        publisher=publisher,
        title_start=title_line.content_start,
        title_end=title_line.content_end,
        notes_start=notes_start,
        notes_end=notes_end,
        text=text,
        confidence=confidence,
    )


#: The layouts, in the order they are tried (a listing's counter outranks an archive's chrome).
LAYOUTS: tuple[Layout, ...] = (
    Layout("pdf", _is_pdf, _pdf),
    Layout("listing", _is_listing, _listing),
    Layout("archive-old", _is_archive_old, lambda text, lines: _archive(text, lines, "archive-old")),
    Layout("archive", _is_archive, lambda text, lines: _archive(text, lines, "archive")),
    Layout("staging", _is_staging, lambda text, lines: _archive(text, lines, "staging")),
    Layout("plain", _any, _plain),
)
