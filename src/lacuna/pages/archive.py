"""The archive layouts of the Wilson Center Digital Archive: the current page (``archive``),
the older one (``archive-old``) and the staging mirror (``staging``): heading, labelled
fields, body, summary, notes and the metadata block."""

from __future__ import annotations

import re

from lacuna.pages.fields import (
    ARCHIVE,
    CHROME_LINES,
    DOC_URL,
    END_OF_BODY,
    FIELDS,
    RECORD_ID,
    SUPPORT,
    field_label,
    field_value,
    is_label,
    is_notes_heading,
    line_key,
)
from lacuna.pages.lines import Line, date_line
from lacuna.pages.model import Page, PageDate
from lacuna.pages.regions import Regions

__all__ = ["archive", "is_archive", "is_archive_old", "is_staging"]

_RIGHTS_CUE = re.compile(r"welcomes reuse|copyright|rights holders?", re.IGNORECASE)


def _first(lines: list[Line]) -> str:
    return line_key(lines[0].text) if lines else ""


def is_archive_old(text: str, lines: list[Line]) -> bool:
    first = _first(lines)
    return first == "search in" or first.startswith("digital archive international history declassified")


def is_archive(text: str, lines: list[Line]) -> bool:
    return _first(lines) == "skip to content" and any(line.blank_before for line in lines[1:])


def is_staging(text: str, lines: list[Line]) -> bool:
    return _first(lines) == "skip to content"


def archive(text: str, lines: list[Line], fmt: str) -> Page:
    single = fmt == "staging"
    b = Regions(text)
    b.mark(0, "chrome")
    fields: dict[str, str] = {}
    # heading: the first line that is a date, within the first lines; the title follows
    date_i = None
    for i, line in enumerate(lines[:80]):
        if date_line(text, line) is not None:
            date_i = i
            break
        key = line_key(line.text)
        if i and key not in CHROME_LINES and not key.startswith("digital archive"):
            break  # document text: no heading above it
    dates: list[PageDate] = []
    title = None
    title_start = title_end = None
    i = 1
    if date_i is not None:
        date = date_line(text, lines[date_i])
        assert date is not None
        dates.append(date)
        b.mark(lines[date_i].content_start, "dateline")
        t = date_i + 1
        if (
            t < len(lines)
            and not is_label(lines[t].text)
            and not line_key(lines[t].text).startswith(SUPPORT)  # the older page's funder line
            and _citation_box(lines, t) is None
        ):
            title = lines[t].text
            title_start, title_end = lines[t].content_start, lines[t].content_end
            b.mark(title_start, "title")
            i = t + 1
        else:
            i = t
            b.mark(lines[date_i].content_end, "chrome")
    # chrome and labelled fields between the heading and the body
    while i < len(lines):
        key = line_key(lines[i].text)
        if key.startswith(SUPPORT):
            b.mark(lines[i].content_start, "chrome")
            i += 1
            continue
        box = _citation_box(lines, i)
        if box is not None:  # "• Citation", "get citation", summary, citation, "• share document"
            cited, shared = box
            b.mark(lines[i].content_start, "chrome")
            if cited > i + 2:
                fields.setdefault("summary", " ".join(line.text for line in lines[i + 2 : cited]))
                b.mark(lines[i + 2].content_start, "summary")
                b.mark(lines[cited].content_start, "chrome")
            fields.setdefault("citation", " ".join(line.text for line in lines[cited:shared]))
            i = shared + 1
            continue
        field = field_label(lines[i].text, key)
        if (field or key) in END_OF_BODY:
            break  # the body loop below tells the page's labels from the document's words
        if field is not None:
            name = FIELDS[field]
            value, last, _ = field_value(lines, i, single)
            if value is not None:
                fields.setdefault(name, value)
            if name == "summary" and value is not None:
                b.mark(lines[i].content_start, "chrome")
                b.mark(lines[last].content_start if last > i else lines[i].content_start, "summary")
            else:
                b.mark(lines[i].content_start, "chrome")
            i = last + 1
            if name == "contents":
                while i < len(lines) and line_key(lines[i].text) in CHROME_LINES:
                    i += 1
            continue
        if key in CHROME_LINES and key not in END_OF_BODY:
            b.mark(lines[i].content_start, "chrome")
            i += 1
            continue
        break
    # the body runs to the notes heading or the first end-of-body label
    body_first = i
    j = i
    notes_i = None
    while j < len(lines):
        key = line_key(lines[j].text)
        if is_notes_heading(lines[j]):
            notes_i = j
            break
        if key == "document information":
            break
        if key in END_OF_BODY or (key.startswith("record id") and is_label(lines[j].text)):
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
        while k < len(lines) and line_key(lines[k].text) not in END_OF_BODY:
            k += 1
        if k > n_first:
            notes_start, notes_end = lines[n_first].content_start, lines[k - 1].content_end
            b.mark(notes_start, "notes")
    # the rest is chrome, with the labelled fields read
    if k < len(lines):
        b.mark(lines[k].content_start, "chrome")
    after_info = False
    while k < len(lines):
        key = line_key(lines[k].text)
        if key == "document information":
            after_info = True
            k += 1
            continue
        field = field_label(lines[k].text, key)
        if field is not None:
            value, last, _ = field_value(lines, k, single)
            name = FIELDS[field]
            if value is not None and not (name == "record_id" and not RECORD_ID.fullmatch(value)):
                fields.setdefault(name, value)
            k = last + 1
            after_info = False
            continue
        if after_info and key not in CHROME_LINES:
            fields.setdefault("source", lines[k].text)
        elif "rights" not in fields and _RIGHTS_CUE.search(lines[k].text):  # (the first one is kept)
            fields.setdefault("rights", lines[k].text)
        after_info = False
        k += 1
    if title is None and fmt == "archive-old":
        m = _CITED_TITLE.match(fields.get("citation") or "")
        title = m.group(1) if m else None  # the older page names its document in the citation only
    record_id = fields.get("record_id")
    if record_id is not None and not RECORD_ID.fullmatch(record_id):
        record_id = None
    if record_id is None:
        for value in (fields.get("citation"), fields.get("source")):
            m2 = DOC_URL.search(value or "")
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
        publisher=ARCHIVE,
        title_start=title_start,
        title_end=title_end,
        notes_start=notes_start,
        notes_end=notes_end,
        text=text,
        confidence=0.9 if date_i is not None and (ended or notes_i is not None) else 0.6,
    )


_BULLETS = "•·▪◦ \t"
#: The quoted title a citation opens with (``"Secret Telegram … [Ciphergram No. 3175]," March …``).
_CITED_TITLE = re.compile(r"[\"“]([^\"“”\n]{1,400}?),?[\"”]")


def _citation_box(lines: list[Line], i: int) -> tuple[int, int] | None:
    """The older page's citation box opening at ``lines[i]`` (``• Citation``, ``get citation``,
    the summary, the quoted citation, ``• share document``): (index of the citation's first
    line, index of the "share document" line), or None."""
    if line_key(lines[i].text.lstrip(_BULLETS)) != "citation":
        return None
    if i + 1 >= len(lines) or line_key(lines[i + 1].text) != "get citation":
        return None
    cited = None
    for k in range(i + 2, min(len(lines), i + 12)):
        key = line_key(lines[k].text.lstrip(_BULLETS))
        if key == "share document":
            return (cited, k) if cited is not None else None
        if cited is None and lines[k].text[:1] in '"“':
            cited = k
    return None


def _unexplained(lines: list[Line], j: int, single: bool) -> int | None:
    """The first line from ``lines[j]`` on that is not the page's furniture (labels, their
    values, chrome lines, a rights statement), or None when all are and they hold at least
    two labelled fields (or "Document Information"): then the body ends at ``lines[j]``."""
    k = j
    labels = 0
    while k < len(lines):
        line_text = lines[k].text
        key = line_key(line_text)
        if key == "document information":  # the page's metadata starts here, not before
            return None if k == j else j
        if field_label(line_text, key) is not None:
            _, last, _ = field_value(lines, k, single)
            labels += 1
            k = last + 1
            continue
        if key in CHROME_LINES or key in END_OF_BODY or key.startswith(SUPPORT):
            k += 1
            continue
        if _RIGHTS_CUE.search(line_text):
            k += 1
            continue
        return k
    return None if labels >= 2 else j
