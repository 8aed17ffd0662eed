"""The vocabulary of archive pages: the lines that are site chrome, the labels that end the
body, the notes headings, and the labelled fields (``Source``, ``Record ID 113636``) with
the way their values are read."""

from __future__ import annotations

import re

from lacuna.pages.lines import Line, fold

__all__ = [
    "ARCHIVE",
    "CHROME_LINES",
    "DOC_URL",
    "END_OF_BODY",
    "FIELDS",
    "LABELLED",
    "NOTES_HEADINGS",
    "RECORD_ID",
    "SUPPORT",
    "field_label",
    "field_value",
    "is_label",
    "is_notes_heading",
    "line_key",
]

#: The publisher of the archive layouts.
ARCHIVE = "Wilson Center Digital Archive"

# Lines that are site chrome wherever they stand.
CHROME_LINES = frozenset(
    {
        "skip to content", "search in", "digital archive", "international history declassified",
        "digital archive international history declassified", "menu", "home", "search", "browse",
        "collections", "about", "contact", "log in", "login", "my account", "advanced search",
        "document information", "original archive", "original uploaded date", "subject keywords",
        "related documents", "related people", "related places", "associated collections",
        "associated search terms", "additional documents", "share", "print", "download",
        "cite", "citation", "top", "wilson center", "mla", "chicago", "funders", "type", "language",
        "original language", "contents", "credits", "english translation", "original scan",
        "transcript", "transcription", "back to top", "next", "previous", "english html",
    }
)  # fmt: skip
# Label lines that end the body of an archive page.
END_OF_BODY = frozenset(
    {
        "document information", "original archive", "original uploaded date", "subject keywords",
        "related documents", "associated collections", "associated search terms", "source",
        "rights", "record id", "credits", "funders",
    }
)  # fmt: skip
NOTES_HEADINGS = frozenset(
    {"translator's notes", "translators notes", "translator's note", "notes", "endnotes", "footnotes"}
)
SUPPORT = "this document was made possible with support from"
# Fields the archive formats label, folded label -> field name.
FIELDS = {
    "citation": "citation",
    "summary": "summary",
    "source": "source",
    "rights": "rights",
    "record id": "record_id",
    "original language": "language",
    "contents": "contents",
    "credits": "credits",
}
LABELLED = re.compile(
    r"(?P<label>Citation|Summary|Source|Rights|Record ID|Original Language|Contents|Credits)"
    r"(?:\s{0,3}:\s{0,3}|\s{1,3}(?=\d))(?P<value>\S.*)?",
    re.IGNORECASE,
)
RECORD_ID = re.compile(r"\d{1,9}")
#: Longer than any line of the vocabulary above (folded), and than the prefixes looked for.
_KEY_CHARS = 1 + max(len(w) for w in (*CHROME_LINES, *END_OF_BODY, *NOTES_HEADINGS, *FIELDS, SUPPORT))
DOC_URL = re.compile(r"/document/(\d{1,9})")


def line_key(line_text: str) -> str:
    """What a (stripped) line is looked up by in the page's vocabulary: :func:`fold` of a line
    that may be one of its words; for a longer line, only its first characters case-folded.

    Case folding never shortens a text, so a line longer than every word (and not ending in
    a colon, which folding drops) folds to none of them: its key equals no word either (it is
    longer than all), and a prefix test (``key.startswith("record id")``) reads the same
    characters as on the folded line. Most lines of a page are sentences: they are not
    folded whole.
    """
    if len(line_text) <= _KEY_CHARS or line_text[-1:] == ":":
        return fold(line_text)
    return line_text[:_KEY_CHARS].casefold().replace("’", "'")


def field_label(line_text: str, key: str | None = None) -> str | None:
    """The folded label of a labelled field on this line (``Source: …``, ``Record ID 113636``,
    or the label alone, its value below), or None (``key``: its :func:`line_key`, if known)."""
    if key is None:
        key = line_key(line_text)
    m = LABELLED.fullmatch(line_text)
    label = fold(m.group("label")) if m is not None else key
    return label if label in FIELDS and (m is not None or key in FIELDS) else None


def is_notes_heading(line: Line) -> bool:
    """A short line that heads the notes (``Translator's Notes``)."""
    return len(line.text) <= 30 and fold(line.text) in NOTES_HEADINGS


def field_value(lines: list[Line], i: int, single_newlines: bool) -> tuple[str | None, int, int]:
    """Value of the label at ``lines[i]``: on the same line, or the following line(s).

    Returns (value, index of the last line used, content end offset of the value).
    """
    line = lines[i]
    m = LABELLED.fullmatch(line.text)
    if m is not None and m.group("value"):
        return m.group("value").strip(), i, line.content_end
    j = i + 1
    if j >= len(lines) or is_label(lines[j].text):
        return None, i, line.content_end
    parts = [lines[j].text]
    k = j
    while k + 1 < len(lines) and not is_label(lines[k + 1].text):
        if not single_newlines and lines[k + 1].blank_before:
            break
        if single_newlines:
            break
        k += 1
        parts.append(lines[k].text)
    return " ".join(parts), k, lines[k].content_end


def is_label(line_text: str) -> bool:
    key = line_key(line_text)
    if key in FIELDS or key in CHROME_LINES or key in NOTES_HEADINGS:
        return True
    m = LABELLED.fullmatch(line_text)
    return m is not None and fold(m.group("label")) == "record id" and bool(m.group("value"))
