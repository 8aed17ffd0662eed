"""The plain layout: other publishers' plain text (FRUS, the National Security Archive,
Venona releases, or any text that opens with a title and a date): heading, body, notes."""

from __future__ import annotations

import regex

from lacuna.pages.fields import (
    CHROME_LINES,
    END_OF_BODY,
    FIELDS,
    NOTES_HEADINGS,
    field_label,
    field_value,
    is_notes_heading,
    line_key,
)
from lacuna.pages.frus import FRUS_HEADING, FRUS_NOTE, FRUS_RECORD, PUBLISHERS, URL_LINE, publisher
from lacuna.pages.lines import Line, date_line, find_dates, fold
from lacuna.pages.model import Page, PageDate
from lacuna.pages.regions import Regions, unknown

__all__ = ["any_text", "plain"]


def any_text(text: str, lines: list[Line]) -> bool:
    return bool(lines)


# A title is a heading, not the start of a sentence that goes on below it.
_NOT_TITLE_END = (":", ",", ";", "-", "\u2013", "\u2014")


# The note reference a FRUS heading ends with (history.state.gov's source note, a superscript
# that a copied page glues to the title: "136. Memorandum of Conversation0", "… in Hungary 0",
# "290. Memorandum of Conversation1"): digits right after a letter, or a lone 0 after a space.
_HEADING_NOTE = regex.compile(r"(?<=\p{L})(?:\d{1,2}| 0)$")


def _heading_title(line: Line) -> tuple[str, int]:
    """A FRUS heading's title without the note reference it ends with, and where it ends."""
    m = _HEADING_NOTE.search(line.text)
    if m is None:
        return line.text, line.content_end
    return line.text[: m.start()], line.content_start + m.start()


# The Wilson Center's furniture under a document (a page copied without its "Skip to content",
# which the archive layout needs): its headings end the body, whatever stands below them.
# "Source" and "Rights" alone do not: a document's words may be such a line.
_TRAILER = (CHROME_LINES & END_OF_BODY) | {
    "associated people & organizations",
    "associated places",
    "associated topics",
}


def _preamble(line_text: str) -> bool:
    """A line that may stand above a plain text's title: a publisher's name, an address."""
    if URL_LINE.fullmatch(line_text) or fold(line_text) in CHROME_LINES:
        return True
    return len(line_text) <= 200 and any(pat.search(line_text) for _, pat in PUBLISHERS)


def _is_list(lines: list[Line], i: int, number: int) -> bool:
    """Whether ``lines[i]`` (numbered ``number``) is an item of a numbered list."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return number <= 1 or nxt.startswith(f"{number + 1}.")


def plain(text: str, lines: list[Line]) -> Page:
    """Other publishers' plain text: a heading (title, date) then the text, maybe notes."""
    top = text[:3000]
    named = publisher(top)
    b = Regions(text)
    # the title: the first line below the publisher's lines (nothing else may stand above
    # it), a FRUS-style numbered heading, or a line with a date on it or soon after it
    pre = 0
    while pre < min(len(lines), 6) and _preamble(lines[pre].text):
        pre += 1
    if pre >= len(lines):
        return unknown(text)
    dates: list[PageDate] = []
    title_i = date_i = None
    confidence = 0.5
    first = lines[pre]
    above = date_line(text, first)
    heading = FRUS_HEADING.fullmatch(first.text)
    if heading is not None and "[" not in first.text[:6] and not _is_list(lines, pre, int(heading.group(1))):
        title_i = pre
        confidence = 0.8 if named is not None else 0.6
    elif above is not None and pre + 1 < len(lines):
        date_i, title_i = pre, pre + 1  # a date above the title
    elif (
        len(first.text) <= 200
        and not first.text.endswith(_NOT_TITLE_END)
        and find_dates(text, first.content_start, lines[min(pre + 2, len(lines) - 1)].content_end)
    ):
        title_i = pre
    if title_i is None or len(lines[title_i].text) > 200 or lines[title_i].text.endswith(_NOT_TITLE_END):
        return unknown(text)
    b.mark(0, "chrome")
    title_line = lines[title_i]
    title, title_end = title_line.text, title_line.content_end
    if heading is not None and title_i == pre:
        title, title_end = _heading_title(title_line)
    heading_end = title_i
    if date_i is not None and above is not None:
        dates.append(above)  # a full date or a bare year, as date_line read it
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
            "plain", title, tuple(dates), None, None, len(text), len(text), b.regions(),
            publisher=named, title_start=title_line.content_start, title_end=title_end,
            text=text, confidence=confidence,
        )  # fmt: skip
    # notes at the end: from a notes heading, or from a "Source:" note (FRUS)
    notes_i = trailer_i = None
    for k in range(body_first, len(lines)):
        if k > body_first and line_key(lines[k].text) in _TRAILER:
            trailer_i = k
            break
        if is_notes_heading(lines[k]):
            notes_i = k
            break
        if FRUS_NOTE.match(lines[k].text) and k > body_first:
            notes_i = k
            break
    end_i = notes_i if notes_i is not None else trailer_i
    body_last = (end_i - 1) if end_i is not None else len(lines) - 1
    body_start = lines[body_first].content_start
    body_end = lines[body_last].content_end if body_last >= body_first else body_start
    b.mark(body_start, "body")
    fields: dict[str, str] = {}
    if trailer_i is not None:
        b.mark(lines[trailer_i].content_start, "chrome")
        k = trailer_i
        while k < len(lines):  # the furniture's labelled fields (Source, Rights): the header's
            field = field_label(lines[k].text)
            if field is None:
                k += 1
                continue
            value, k, _ = field_value(lines, k, single_newlines=True)
            if value is not None:
                fields.setdefault(FIELDS[field], value)
            k += 1
    notes_start = notes_end = None
    if notes_i is not None:
        heading = fold(lines[notes_i].text) in NOTES_HEADINGS
        first_note = notes_i + 1 if heading else notes_i
        if heading:
            b.mark(lines[notes_i].content_start, "chrome")
        if first_note < len(lines):
            notes_start, notes_end = lines[first_note].content_start, lines[-1].content_end
            b.mark(notes_start, "notes")
    record = None
    m = FRUS_RECORD.search(top)
    if m:
        record = m.group(1)
    return Page(
        "plain",
        title,
        tuple(dates),
        record,
        None,
        body_start,
        body_end,
        b.regions(),
        publisher=named,
        title_start=title_line.content_start,
        title_end=title_end,
        source=fields.get("source"),
        rights=fields.get("rights"),
        citation=fields.get("citation"),
        notes_start=notes_start,
        notes_end=notes_end,
        text=text,
        confidence=confidence,
    )
