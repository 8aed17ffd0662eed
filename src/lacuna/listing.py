"""Listing pages (search results, collections) read into entries: date, title, summary.

A listing page lists documents, one entry each: the listed date, the title and, usually, a
one-paragraph summary. Three layouts are read (see ``docs/listings.md``):

- the current one: date / title / summary, each a paragraph of its own, blank lines between,
  with page chrome around it (``Skip to content``, ``Results:``, ``1 - 10 of 18``,
  ``Documents``, ``Pagination``);
- collection pages: ``Search in`` chrome, the collection's heading and description, then
  bulleted (``•``) dates with indented titles and summaries;
- older lists: ``-``-bulleted dates with the title and summary on the lines below, with no
  blank lines between entries (the title may also follow the date on the bullet's line).

Page chrome never becomes an entry; text before the first entry is the page's heading and
description. What cannot be read (a date line with no title, a date that does not exist, a
page without entries) is reported as a :class:`~lacuna.errors.Diagnostic` with line and column
on :attr:`Listing.diagnostics`, never silently dropped.

>>> page = read("Results:\\n\\n1 - 1 of 1\\n\\nJune 05, 1944\\n\\nCable No. 5\\n\\nA cable.\\n", source="p")
>>> e = page[0]
>>> (e.id, e.line, e.date.iso, e.title, e.summary, e.counter)
('p:7', 7, '1944-06-05', 'Cable No. 5', 'A cable.', Counter(first=1, last=1, total=1))
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import regex

from lacuna.dates import PartialDate, parse_date
from lacuna.errors import Diagnostic, LacunaError
from lacuna.pages import COUNTER
from lacuna.pages import read as read_page

__all__ = ["DOCUMENT_FORMATS", "Counter", "Entry", "Listing", "ListingError", "read", "read_file"]


class ListingError(LacunaError, ValueError):
    """Raised by ``read(..., strict=True)`` on the first problem; ``str(e)`` is ``FILE:LINE:COL: what``."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.format())
        self.diagnostic = diagnostic


@dataclass(frozen=True, slots=True)
class Counter:
    """A page's result counter: ``1 - 10 of 18`` is ``Counter(first=1, last=10, total=18)``."""

    first: int
    last: int
    total: int


@dataclass(frozen=True, slots=True)
class Entry:
    """One listed document.

    ``id`` is ``SOURCE:LINE`` (unique within a run); ``source`` names the page (two entries of
    one page are never the same document); ``line`` is the 1-based line of the title;
    ``date_text`` is the listed date as written and ``date`` its parsed value (None when the
    entry has no date or it could not be read); ``truncated`` says the title is cut off
    (it ends in ``…`` or ``...``); ``counter`` is the page's result counter, if it shows one.
    """

    id: str
    source: str
    line: int
    date: PartialDate | None
    date_text: str | None
    title: str
    summary: str | None
    truncated: bool = False
    counter: Counter | None = None

    @property
    def sort_key(self) -> tuple[str, int]:
        """The order of entries in every output: page, then line."""
        return (self.source, self.line)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "file": self.source,
            "line": self.line,
            "date": self.date.iso if self.date is not None else None,
            "date_precision": self.date.precision if self.date is not None else None,
            "date_text": self.date_text,
            "title": self.title,
            "summary": self.summary,
            "truncated": self.truncated,
            "counter": (
                None
                if self.counter is None
                else f"{self.counter.first} - {self.counter.last} of {self.counter.total}"
            ),
        }


class Listing(list[Entry]):
    """The entries of one page, in page order, with what was read around them.

    ``heading`` and ``description`` are a collection page's title and blurb (or None),
    ``counter`` the page's result counter, ``diagnostics`` what could not be read.
    """

    source: str
    heading: str | None
    description: str | None
    counter: Counter | None
    diagnostics: list[Diagnostic]

    def __init__(self, entries: list[Entry], *, source: str) -> None:
        super().__init__(entries)
        self.source = source
        self.heading = None
        self.description = None
        self.counter = None
        self.diagnostics = []


# Lines that are the site's furniture, compared casefolded with surrounding space stripped.
CHROME: frozenset[str] = frozenset(
    {
        "skip to content",
        "results:",
        "results",
        "documents",
        "document",
        "pagination",
        "search in",
        "search",
        "add search filter cancel search filter",
        "add search filter",
        "cancel search filter",
        "digital archive international history declassified",
        "digital archive",
        "international history declassified",
        "no image found.",
        "no image found",
        "sort by",
        "sort by:",
        "relevance",
        "filter",
        "filters",
        "load more",
        "show more",
        "back to top",
    }
)
_PAGER_WORDS = frozenset({"first", "previous", "prev", "next", "last", "«", "‹", "›", "»", "…", "..."})
_BULLET = regex.compile(r"^[-•*–·▪◦]\s+")
_UNDATED = frozenset({"undated", "n.d.", "n. d.", "no date", "date unknown", "date missing"})
# A line shaped like a date that did not parse (a day the month lacks, an unknown month name).
_DATE_SHAPED = regex.compile(
    r"^(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{3,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{3,4})$"
)
_TRUNCATED = regex.compile(r"(?:…|\.\.\.)\s*$")
_DATE_SEPARATORS = " \t:|–—-"


def _is_chrome(text: str) -> bool:
    folded = text.casefold()
    if folded in CHROME:
        return True
    tokens = folded.split()
    # Pager rows: "1 2 3 Next ›", "‹ Previous", "Next"; a lone year is a date, not a page number.
    return (
        bool(tokens)
        and all(t in _PAGER_WORDS or (t.isdigit() and len(t) <= 3) for t in tokens)
        and not (len(tokens) == 1 and tokens[0].isdigit() and len(tokens[0]) == 4)
    )


#: The page reader's formats (:mod:`lacuna.pages`) of a single document's page.
# "plain": a document page copied without its "Skip to content" (FRUS, the Wilson Center) has a
# field only when the Wilson furniture under it labels one (Rights): no listing has that.
DOCUMENT_FORMATS: frozenset[str] = frozenset({"archive", "archive-old", "staging", "pdf", "plain"})


def _document_page(text: str) -> tuple[str, list[str], int] | None:
    """(format, the document's fields found, offset of its title) when the page reader
    (:func:`lacuna.pages.read`) reads ``text`` as one document's page: a format of
    :data:`DOCUMENT_FORMATS`, a title and at least one field only a document's page has (its
    summary, source, rights, citation or record id). A listing's chrome alone (``Search in``,
    the older lists' heading) makes no document page: it has no such field."""
    page = read_page(text)
    if page.format not in DOCUMENT_FORMATS or page.title is None:
        return None
    named = (
        ("summary", page.summary),
        ("source", page.source),
        ("rights", page.rights),
        ("citation", page.citation),
        ("record id", page.record_id),
    )
    fields = [name for name, value in named if value]
    if not fields:
        return None
    return page.format, fields, page.title_start or 0


@cache
def vocabulary() -> dict[str, tuple[str, ...]]:
    """The words of ``lacuna/data/listing.toml`` (document kinds, document furniture, registry
    marks), casefolded: what tells a listing page from a document page, as data."""
    text = (resources.files("lacuna") / "data" / "listing.toml").read_text(encoding="utf-8")
    return {k: tuple(w.casefold() for w in v) for k, v in tomllib.loads(text).items()}


#: A listing entry's title is a name, not prose: at most this many words (the longest title of
#: the nine hand-labelled pages has 25, a Wilson Center title 33).
MAX_TITLE_WORDS = 45
#: A listing entry's summary is one paragraph of at most this many words (the longest of the
#: labelled pages has 122).
MAX_SUMMARY_WORDS = 160

_SENTENCE_END = regex.compile(r"(?<![.…])[.!?][\"'”’»)\]]*$")
_INITIALS = regex.compile(r"(?:\p{L}\.)+")  # "U.S.", "I.S.", the last word of a title
_CLAUSE_END = regex.compile(r"[,:;][\"'”’»)]*$")
_WORD = regex.compile(r"\p{L}{2,}")
_SENTENCE_INSIDE = regex.compile(r"\p{Ll}{3}[.!?]\s+\p{Lu}")
_PARAGRAPH_END = regex.compile(r"[.!?:。！？][\"'”’»)\]]*$")


def _is_sentence(title: str) -> bool:
    """The line ends as a sentence ends (``.``, ``!``, ``?``), not in an ellipsis or initials."""
    if not _SENTENCE_END.search(title):
        return False
    last = title.rsplit(None, 1)[-1].rstrip("\"'”’»)]")
    return not _INITIALS.fullmatch(last)


def _several_sentences(title: str) -> bool:
    """The line holds a sentence's end and another's start (``… the Romanian ambassador. During
    the reception …``); abbreviations (``No. 5``, ``Cde. Mao``, ``U.S. Embassy``) are no end."""
    return bool(_SENTENCE_INSIDE.search(title))


def _runs_on(title: str) -> bool:
    """The line ends in a comma, colon or semicolon: a salutation (``Dear Sister,``), an
    address (``To Members of the Politburo,``) or a heading whose text follows."""
    return bool(_CLAUSE_END.search(title))


def _ends_mid_phrase(title: str) -> bool:
    """The line ends in a word that cannot end a title (``to``, ``of``, ``the``, ``who``): a
    hard-wrapped sentence (``W.P. Marshal, who accompanied Governor Irwin from Iowa, coming to``)."""
    words = title.casefold().split()
    return bool(words) and words[-1] in vocabulary()["connectives"]


def _header_field(title: str) -> bool:
    """The line is a memorandum's or a cable's header field (``TO: ARA - Mr. Charles A Meyer``,
    ``FROM: Tokyo``, ``SUBJECT: …``), not a listed title."""
    folded = title.casefold()
    return any(folded.startswith(label) for label in vocabulary()["header_fields"])


def _ends_paragraph(line: str) -> bool:
    """A line that ends as a paragraph ends (``.``, ``!``, ``?``, ``:``, ``。``): in text without
    blank lines the next line starts a paragraph of its own (a listing's summary is one line,
    or one paragraph wrapped over several)."""
    return bool(_PARAGRAPH_END.search(line))


def _continues(title: str) -> bool:
    """The line starts in lower case: the middle of a sentence, not a title."""
    first = next((c for c in title if c.isalpha()), "")
    return first.islower()


def _bracketed_note(title: str) -> bool:
    """The whole line is one bracket (an editor's note, a stamp: ``[handwritten 487]``,
    ``[SOURCE: …]``) or a bracket that does not close on it (``[faded stamp:``)."""
    if not title.startswith("["):
        return False
    close = title.find("]")
    return close == -1 or not title[close + 1 :].strip(" .,;:")


def _registry_mark(title: str) -> bool:
    """The line is a registry or page mark (``Nº 386``, ``Outgoing Nº 458``, ``34 copies``,
    ``Volume 01, Pages 864-866``, ``Page``): every word a mark word or a number."""
    words = vocabulary()
    marks = set(words["registry_words"]) | set(words["mark_words"])
    tokens = [t.strip(",;:()") for t in title.casefold().split()]
    return bool(tokens) and all(t in marks or any(c.isdigit() for c in t) or not t for t in tokens)


def _too_few_words(title: str) -> bool:
    """Fewer than two words of letters and no document kind: a place, a name or a signature
    under a dateline (``Moscow``, ``Ognev``), not a document's title."""
    return len(_WORD.findall(title)) < 2 and not _kind_of(title)


def _kind_of(title: str) -> str | None:
    """The document kind the title begins with (``Telegram``, ``Record of Conversation``), or None."""
    folded = regex.sub(r"^[\[(\"'“‘]+", "", title.casefold())
    best = None
    for kind in vocabulary()["document_kinds"]:
        if folded.startswith(kind) and (len(folded) == len(kind) or not folded[len(kind)].isalnum()):
            if best is None or len(kind) > len(best):
                best = kind
    return best


#: The shapes of a title that is no listed document's title, each a small named function with
#: what it says in a diagnostic.
TITLE_SHAPES: tuple[tuple[str, object], ...] = (
    ("an editor's note or a stamp in brackets", _bracketed_note),
    ("a registry or page mark", _registry_mark),
    ("a sentence", _is_sentence),
    ("several sentences", _several_sentences),
    ("a line that runs on (a comma or colon at its end)", _runs_on),
    ("a line that breaks off mid-phrase", _ends_mid_phrase),
    ("a header field of a memorandum or cable", _header_field),
    ("the middle of a sentence (lower case)", _continues),
    ("a single word", _too_few_words),
)


def _entry_oddity(title: str, summary: list[str], paragraphs: int) -> str | None:
    """Why a date, a title and a text under it are no listing entry (a document's dateline, its
    first line and its body), or None when they have a listing entry's shape: a title line
    (not prose) and at most one short paragraph of summary."""
    for what, shape in TITLE_SHAPES:
        if shape(title):  # type: ignore[operator]
            return f"its title is {what}: {title[:60]!r}"
    n = len(title.split())
    if n > MAX_TITLE_WORDS:
        return f"its title is a paragraph ({n} words)"
    if paragraphs > 1:
        return f"{paragraphs} paragraphs of text follow its title"
    if _short_line_block(summary):
        return f"{len(summary)} short lines follow its title (a letterhead, stamps, an address)"
    words = sum(len(line.split()) for line in summary)
    if words > MAX_SUMMARY_WORDS:
        return f"{words} words of text follow its title"
    return None


#: Lines this short (code points), three or more of them under a title, are a block
#: (letterhead, stamps, an address), not a summary wrapped over lines.
SHORT_LINE = 30


def _short_line_block(summary: list[str]) -> bool:
    """Three or more short lines under the title (``[handwritten] P179`` / ``Top Secret`` /
    ``Only copy``): a document's letterhead or stamps; a listing's summary is one line, or one
    paragraph wrapped at a width."""
    return len(summary) >= 3 and all(len(line) < SHORT_LINE for line in summary)


def _furniture_line(lines: list[_Line]) -> _Line | None:
    """The first line of a document page's own furniture (``This document was made possible
    with support from …``), which no listing shows."""
    phrases = vocabulary()["document_furniture"]
    return next((line for line in lines if line.text.casefold().startswith(phrases)), None)


def _page_shape(drafts: list[_Draft], lines: list[_Line]) -> tuple[str, _Line] | None:
    """Why a page whose date lines seemed to start entries is a document page, not a listing
    (with the line to point at), or None when it reads as a listing: a listing repeats one
    shape, a date, a short title, at most a paragraph; a document page has one dateline, prose
    under it, perhaps dates inside its text. Decided on the page as a whole:

    - a document page's furniture (:data:`vocabulary` ``document_furniture``) anywhere;
    - half or more of the entries odd (:func:`_entry_oddity`): a listing's entries are alike;
    - a single entry whose title begins with no document kind (:data:`vocabulary`
      ``document_kinds``) and that has no summary: a dateline and its first line.
    """
    line = _furniture_line(lines)
    if line is not None:
        return f"a document page's furniture: {line.text[:60]!r}", line
    titled = [d for d in drafts if d.title is not None]
    if not titled:
        return None
    odd = [(d, why) for d in titled if (why := _entry_oddity(d.title.text, d.summary, d.paragraphs))]  # type: ignore[union-attr]
    if odd and 2 * len(odd) >= len(titled):
        first, why = odd[0]
        alike = "the entry" if len(titled) == 1 else f"{len(odd)} of {len(titled)} entries"
        return (
            f"{alike} not shaped as listed documents; line {first.date_line.number}: {why}",
            first.date_line,
        )
    only = titled[0]
    if len(titled) == 1 and not only.summary and not _kind_of(only.title.text):  # type: ignore[union-attr]
        return (
            f"one date and one line under it, no summary and no document kind "
            f"({only.title.text[:60]!r}): a dateline",  # type: ignore[union-attr]
            only.date_line,
        )
    return None


@dataclass(slots=True)
class _Line:
    number: int  # 1-based
    indent: int  # code points before the text
    text: str  # stripped
    offset: int  # code-point offset of the text in the page


@dataclass(slots=True)
class _Draft:
    date_line: _Line
    date_text: str | None
    date: PartialDate | None
    title: _Line | None = None
    summary: list[str] = field(default_factory=list)
    paragraphs: int = 0  # the summary's paragraphs (blank lines between them)
    after_blank: bool = False


def read(text: str, source: str = "<string>", *, strict: bool = False) -> Listing:
    """Read a listing page into its entries (a :class:`Listing`, a list of :class:`Entry`).

    ``source`` names the page: it becomes each entry's ``source`` and the prefix of its ``id``.
    In strict mode the first problem raises :class:`ListingError`; otherwise problems are on
    ``Listing.diagnostics``.
    """
    if not isinstance(text, str):
        raise TypeError(f"read() argument 'text' must be str, not {type(text).__name__}")
    lines: list[_Line] = []
    offset = 0
    for number, raw in enumerate(text.splitlines(keepends=True), start=1):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        indent = len(body) - len(body.lstrip())
        lines.append(_Line(number, indent, stripped, offset + indent))
        offset += len(raw)

    listing = Listing([], source=source)
    diagnostics: list[Diagnostic] = []

    def problem(code: str, message: str, line: _Line, column_offset: int = 0, length: int = 0) -> None:
        d = Diagnostic(
            code=code,
            message=message,
            line=line.number,
            column=line.indent + column_offset + 1,
            start=line.offset + column_offset,
            end=line.offset + column_offset + (length or len(line.text) - column_offset),
            file=source,
        )
        if strict:
            raise ListingError(d)
        diagnostics.append(d)

    def date_of(body: str, bulleted: bool) -> tuple[str, PartialDate | None, str] | None:
        """(date text, date, rest of the line) when ``body`` is a date or, bulleted, starts with one."""
        if body.casefold() in _UNDATED:
            return body, None, ""
        date = parse_date(body)
        if date is not None:
            return body, date, ""
        if not bulleted:
            return None
        tokens = body.split(maxsplit=4)
        for k in (4, 3, 2):  # a date followed by the title on the same (bulleted) line
            if len(tokens) <= k:
                continue
            head = " ".join(tokens[:k]).rstrip(_DATE_SEPARATORS + ",")
            date = parse_date(head)
            if date is not None and date.precision == "day":
                rest = body.split(maxsplit=k)[k].lstrip(_DATE_SEPARATORS)
                return head, date, rest
        return None

    drafts: list[_Draft] = []
    preamble: list[list[str]] = [[]]
    counter_line: _Line | None = None
    for line in lines:
        body = line.text
        if not body:
            if not drafts and preamble[-1]:
                preamble.append([])
            if drafts:
                drafts[-1].after_blank = True
            continue
        if _is_chrome(body):
            continue
        m = COUNTER.fullmatch(body)
        if m:
            first, last, total = (int(g.replace(",", "")) for g in m.groups())
            if listing.counter is None:
                listing.counter = Counter(first, last, total)
                counter_line = line
            continue
        bullet = _BULLET.match(body)
        rest = body[bullet.end() :] if bullet else body
        found = date_of(rest, bullet is not None)
        if found is None and _DATE_SHAPED.match(rest):
            problem("bad-date", f"not a date: {rest!r}", line, bullet.end() if bullet else 0)
            found = (rest, None, "")
        if found is not None:
            date_text, date, title_rest = found
            draft = _Draft(line, date_text, date)
            if title_rest:
                column = len(body) - len(title_rest)
                draft.title = _Line(line.number, line.indent + column, title_rest, line.offset + column)
            drafts.append(draft)
            continue
        if not drafts:
            preamble[-1].append(body)
            continue
        draft = drafts[-1]
        if draft.title is None:
            draft.title = line
        else:
            if draft.after_blank or not draft.summary or _ends_paragraph(draft.summary[-1]):
                draft.paragraphs += 1
            draft.summary.append(body)
        draft.after_blank = False

    paragraphs = [" ".join(p) for p in preamble if p]
    if paragraphs:
        listing.heading = paragraphs[0]
        listing.description = "\n\n".join(paragraphs[1:]) or None

    titled = any(d.title is not None for d in drafts)
    document = _document_page(text) if titled else None
    # a result counter (``1 - 10 of 18``) is a listing's own: its page is read whatever its shape
    shape = _page_shape(drafts, lines) if titled and document is None and listing.counter is None else None
    for draft in drafts if document is None and shape is None else ():
        if draft.title is None:
            problem(
                "entry-without-title",
                f"a listed date with no title after it: {draft.date_line.text!r}",
                draft.date_line,
            )
            continue
        title = draft.title.text
        summary = " ".join(" ".join(draft.summary).split())
        listing.append(
            Entry(
                id=f"{source}:{draft.title.number}",
                source=source,
                line=draft.title.number,
                date=draft.date,
                date_text=draft.date_text,
                title=title,
                summary=summary or None,
                truncated=bool(_TRUNCATED.search(title)),
                counter=listing.counter,
            )
        )

    if document is not None:  # a document's own date and title are no listing's entries
        kind, fields, offset = document
        at = next((line for line in reversed(lines) if line.offset <= offset), lines[0])
        problem(
            "not-a-listing",
            f"this looks like a document page, not a listing (page format {kind!r}: a title, "
            f"{', '.join(fields)}); no entries read (lacuna parse and render read documents)",
            at,
        )
    elif shape is not None:  # a dateline and prose: a document page the page reader did not name
        why, at = shape
        problem(
            "not-a-listing",
            f"this looks like a document page, not a listing ({why}); no entries read "
            "(lacuna parse and render read documents)",
            at,
        )
    first_text = next((line for line in lines if line.text and not _is_chrome(line.text)), None)
    if document is not None or shape is not None:
        pass  # said above: no entries, and why
    elif not listing and first_text is not None:
        problem("no-entries", "no listing entries (a date, then a title) found on this page", first_text)
    elif not listing:  # nothing but white space and page chrome: say so, do not pass it silently
        empty = "an empty page" if not text.strip() else "only page chrome and blank lines"
        problem("no-entries", f"no listing entries: {empty}", lines[0] if lines else _Line(1, 0, "", 0))
    c = listing.counter
    if c is not None and counter_line is not None and listing and c.last - c.first + 1 != len(listing):
        problem(
            "counter-mismatch",
            f"the page counts {c.last - c.first + 1} entries ({c.first} - {c.last}) "
            f"but {len(listing)} were read",
            counter_line,
        )
    listing.diagnostics = diagnostics
    return listing


def read_bytes(data: bytes, source: str = "<bytes>", *, strict: bool = False) -> Listing:
    """Read a listing page from UTF-8 bytes. Bytes that are not UTF-8 are read as U+FFFD, and
    the first of them is an ``invalid-utf8`` problem (strict: :class:`ListingError`)."""
    try:
        return read(data.decode("utf-8"), source=source, strict=strict)
    except UnicodeDecodeError as exc:
        bad = exc.start
    text = data.decode("utf-8", errors="replace")
    i = len(data[:bad].decode("utf-8"))  # the valid prefix, in code points
    before = text[:i].splitlines(keepends=True)
    if not before:
        line, column = 1, 1
    elif before[-1].splitlines()[0] != before[-1]:  # the prefix ends with a line break
        line, column = len(before) + 1, 1
    else:
        line, column = len(before), len(before[-1]) + 1
    message = f"byte 0x{data[bad]:02x} is not valid UTF-8 (read as U+FFFD)"
    d = Diagnostic("invalid-utf8", message, line, column, i, i + 1, source)
    if strict:
        raise ListingError(d)
    listing = read(text, source=source, strict=strict)
    listing.diagnostics = [d, *listing.diagnostics]
    return listing


def read_file(path: str | Path, *, source: str | None = None, strict: bool = False) -> Listing:
    """Read a listing page from a UTF-8 file (:func:`read_bytes`); ``source`` defaults to the path."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise LacunaError(f"{path}: {exc.strerror or exc}") from exc
    return read_bytes(data, source=str(path) if source is None else source, strict=strict)
