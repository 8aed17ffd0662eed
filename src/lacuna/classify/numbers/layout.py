"""Rules of the number chain that read the lines around a number: a database's field labels,
a calendar's and a listing's item numbers, the original's page numbers opening lines."""

from __future__ import annotations

import functools

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.numbers.reading import _SEQUENCE_LOOK, Number
from lacuna.classify.words import _LINE_BREAK, _WINDOW, _variant, clause_bounds
from lacuna.conventions import Conventions, fold

#: How many lines (blank ones skipped) each side of a field label are read for another label.
_FIELD_LINES = 2


#: The longest line read for a field label (characters).
_FIELD_LINE = 400


def _opens_with_label(line: str, labels: frozenset[str]) -> bool:
    """Whether ``line`` opens with a bracketed field label (``[Source] Ministry of …``)."""
    if not line.startswith("["):
        return False
    close = line.find("]", 1, 40)
    return close > 1 and line[1:2].isupper() and fold(line[1:close]) in labels


def _neighbour_lines(text: str, start: int, end: int, *, after: bool = True) -> list[str]:
    """The non-blank lines (at most ``_FIELD_LINES`` each side, each cut at ``_FIELD_LINE``
    characters) before the line starting at ``start`` (nearest first) and, if ``after``, after
    the one holding ``end``."""
    out: list[str] = []
    at = start - 1  # the line break before the span's line
    for _ in range(_FIELD_LINES * 2):
        if at <= 0 or len(out) >= _FIELD_LINES:
            break
        lo = max(0, at - _FIELD_LINE)
        brk = max(text.rfind("\n", lo, at), text.rfind("\r", lo, at))
        line = text[brk + 1 : at].strip()
        if line:
            out.append(line)
        at = brk
        if brk < 0:
            break
    if not after:
        return out
    below: list[str] = []
    brk_m = _LINE_BREAK.search(text, end, min(len(text), end + _FIELD_LINE))
    at = brk_m.start() if brk_m is not None else -1
    for _ in range(_FIELD_LINES * 2):
        if at < 0 or len(below) >= _FIELD_LINES:
            break
        hi = min(len(text), at + 1 + _FIELD_LINE)
        nxt = _LINE_BREAK.search(text, at + 1, hi)
        stop = nxt.start() if nxt is not None else hi
        line = text[at + 1 : stop].strip()
        if line:
            below.append(line)
        at = nxt.start() if nxt is not None else -1
    return out + below


def _field_run(n: Number) -> SpanInfo | None:
    """A capitalised field label opening its line, with another bracketed field label opening
    a line next to it (the World and Japan database: "[Date] October 19, 1962" under the
    record's title and above "[Source] Nihon Gaiko …"; "[Notes]" between "[Source] …" and
    "[Full text]"): the database's template (``[records] field_labels``), not a missing date
    or a note reference. A label alone ("[Date]" opening a letter whose date is lost) is read
    as usual."""
    raw = n.raw
    if n.prev not in "\r\n" or not raw[:1].isupper() or len(raw) > 30:
        return None
    labels = n.conv.field_labels
    if fold(raw) not in labels:
        return None
    if not any(_opens_with_label(line, labels) for line in _neighbour_lines(n.text, n.start, n.end)):
        return None
    because = f"field_run: a database's field label {raw!r} in a run of labelled lines"
    return SpanInfo("other", because=because)


#: A calendar entry's heading line ending with the archive holding the item (``… OOH-1727
#: Camp in the Field Source: Bowdoin``).
_SOURCE_LINE_END = regex.compile(r"(?:^|\s)Source:\s{0,3}\p{Lu}[\p{L}.'’-]{1,40}\Z")


def _source_item(n: Number) -> SpanInfo | None:
    """A number alone on its line under a calendar entry's heading line that ends naming the
    archive (the Oliver Otis Howard papers' calendar, Bowdoin College, on docslib.org: "3530
    5/1/1866 From:T.D. Eliot To: Dear Sir [OO Howard]" / "OOH-3478 H. of R. Washington Source:
    Bowdoin" / "[9]"): the calendar's number of the item, the editor's, not a note reference."""
    if not n.raw.isdigit() or n.prev not in "\r\n":
        return None
    line_end = _LINE_BREAK.search(n.text, n.end, min(len(n.text), n.end + 3))
    if n.text[n.end : line_end.start() if line_end is not None else n.end + 3].strip():
        return None  # not alone on its line
    above = next(iter(_neighbour_lines(n.text, n.start, n.start, after=False)), "")
    if _SOURCE_LINE_END.search(above) is None:
        return None
    return _variant(
        n.info, "editor_note", "source_item: a calendar's item number under its line naming the archive"
    )


#: The archive file of a document below its title in a FRUS chapter listing, past blank lines
#: and a bracketed receipt line (``[Received September 18—10:17 a.m.]``): a decimal file number
#: then a slash (``795.00/6–2550: Telegram``, ``793.94119/767½``, ``740.0011 P. W./10–1344``) or
#: a name, a colon and the document's kind ending the line (a personnel file: ``123 Service,
#: John S.: Telegram``; a time, ``10:30 a.m.``, or a numbered transcript line, ``4 JUDGE ORIE:
#: Thank you.``, is no file).
_FILE_LINE = regex.compile(
    r"(?:\r?\n[ \t]*+){1,4}(?:\[[^\[\]\r\n]{1,80}\][ \t]*+(?:\r?\n[ \t]*+){1,4})?"
    r"\d{1,4}(?:\.\d{1,6})?\w{0,4}"
    r"(?:/|[ \t][^\r\n/:\[\]]{1,30}(?:/|:[ \t]\p{Lu}\p{Ll}{2,20}[ \t]*+(?:\r?\n|\Z)))"
)


#: A telegram's receipt line below its title (``[Received September 20—12:40 p.m.]``): a listing's
#: entry too, where the file line is cut off.
_RECEIPT_LINE = regex.compile(r"(?:\r?\n[ \t]*+){1,4}\[Received\s")


_TITLE_END = ".!?:;,"


def _listing_entry(n: Number) -> SpanInfo | None:
    """A number opening a line before a document's title, with the document's archive file on
    a line below it (a FRUS chapter listing: ``[59] The Ambassador in Korea (Muccio) to the
    Secretary of State`` / ``795.00/6–2550: Telegram``; ``[338] The Ambassador in China (Gauss)
    to the Secretary of State`` / ``[Received October 13.]`` / ``711.94/2353``; a title over a
    telegram's receipt line, ``[Received September 20—12:40 p.m.]``): the volume's
    number of the document, not a note's label (a note's line is a sentence: ``[1] See the
    previous letter.``)."""
    if not n.raw.isdigit() or (n.start > 0 and n.prev not in "\r\n"):
        return None
    line_end = _LINE_BREAK.search(n.text, n.end, min(len(n.text), n.end + _WINDOW))
    if line_end is None:
        return None
    title = n.text[n.end : line_end.start()].strip()
    if not title or title[-1] in _TITLE_END:
        return None
    if (
        _FILE_LINE.match(n.text, line_end.start()) is None
        and _RECEIPT_LINE.match(n.text, line_end.start()) is None
    ):
        return None
    return _variant(
        n.info, "other", "listing_entry: a document's number in a listing, its title and file after it"
    )


#: The fewest non-blank lines between two page numbers opening lines (a manuscript page's worth;
#: a note's label and the next one stand a line or three apart, a FRUS listing's four).
_PAGE_LINES = 8


def _page_sequence(n: Number) -> SpanInfo | None:
    """Digits opening a line in a run of three or more page numbers in sequence (``[k-1]``,
    ``[k]``, ``[k+1]`` …), each opening a line at least :data:`_PAGE_LINES` non-blank lines
    from the one before (within :data:`_SEQUENCE_LOOK` characters), where no ``[k]`` nor its
    neighbours ``[k±1]`` stand anywhere in the text but at a line's start and no heading of a
    list of notes (``[page_break] notes_headings``) stands before it (AITER's edition of the
    letters to Queen Elena, 1917: ``[1] Quanti ingiustisie che bisogna`` … ten lines … ``[2]
    quanta Canaglia ce aquesto mondo`` … ``[3] Non vi vergognate``): the original's page
    numbers, a page break. A note's labels stand a line or three apart, under the references
    in the text (``Molotov[1]`` … ``[1] The editors …``: glued_reference)."""
    raw = n.raw
    if n.start > 0 and n.prev not in "\r\n":
        return None
    if not raw.isdigit() or len(raw) > 4:
        return None
    k = int(raw)
    text = n.text
    if _page_run(text, k, n.start, n.end) < _PAGE_RUN:
        return None
    for m in regex.finditer(rf"\[(?:{k - 1}|{k}|{k + 1})\]", text):
        if m.start() > 0 and text[m.start() - 1] not in "\r\n":
            return None  # a reference in the text: this is a note's label
    if _after_notes_heading(text, n.start, n.conv):
        return None
    return _variant(n.info, "page_break", f"page_sequence: page {k} of the original, a page from another")


#: The fewest page numbers in sequence that page_sequence reads as the original's pages.
_PAGE_RUN = 3


def _page_run(text: str, k: int, start: int, end: int) -> int:
    """How many numbers in sequence, ``[k]`` (at ``start``–``end``) among them, open lines at
    least :data:`_PAGE_LINES` non-blank lines apart (counted up to :data:`_PAGE_RUN`)."""
    run, at, j = 1, end, k + 1
    while run < _PAGE_RUN:
        nxt = _line_number(text, j, at, min(len(text), at + _SEQUENCE_LOOK), last=False)
        if nxt is None or _lines_between(text, at, nxt) < _PAGE_LINES:
            break
        run, at, j = run + 1, nxt + len(str(j)) + 2, j + 1
    at, j = start, k - 1
    while run < _PAGE_RUN and j >= 0:
        prev = _line_number(text, j, max(0, at - _SEQUENCE_LOOK), at, last=True)
        if prev is None or _lines_between(text, prev, at) < _PAGE_LINES:
            break
        run, at, j = run + 1, prev, j - 1
    return run


def _after_notes_heading(text: str, start: int, conv: Conventions) -> bool:
    """Whether a line before ``start`` is a heading of a list of notes alone (``Notes``,
    ``Footnotes:``)."""
    for line in text[:start].splitlines():
        if fold(line.strip().rstrip(":").strip()) in conv.notes_headings:
            return True
    return False


def _line_number(text: str, k: int, lo: int, hi: int, *, last: bool) -> int | None:
    """Where ``[k]`` opening a line stands in ``text[lo:hi]`` (the first, or the last if
    ``last``), or None."""
    found = None
    for m in regex.finditer(rf"(?:^|(?<=[\r\n]))\[{k}\]", text, pos=lo, endpos=hi):
        found = m.start()
        if not last:
            break
    return found


def _lines_between(text: str, a: int, b: int) -> int:
    """How many non-blank lines stand wholly between offsets ``a`` and ``b``."""
    return sum(1 for line in text[a:b].splitlines()[1:] if line.strip())


def _declared_pagination(n: Number) -> SpanInfo | None:
    """Digits alone in a bracket, in a text that says its numbers in brackets give the
    original's pagination (a sentence holding ``bracket`` and one of ``[page_break]
    pagination_words``: the Truman Library's oral histories, ``Numbers appearing in square
    brackets (ex. [45]) within the transcript indicate the pagination in the original, hardcopy
    version``, then ``August, 1975`` ↵ ``[1]`` ↵ ``Mr. Sanders chose to write …``): a page
    break, as the text declares. The example in that sentence is read before this rule
    (``cited_example``)."""
    raw = n.raw
    if not raw.isdigit() or len(raw) > 4:
        return None
    if not declares_pagination(n.text, n.conv.pagination_words):
        return None
    because = f"declared_pagination: page {int(raw)}, as the text says its bracketed numbers are pages"
    return _variant(n.info, "page_break", because)


@functools.lru_cache(maxsize=8)
def declares_pagination(text: str, words: tuple[str, ...]) -> bool:
    """Whether a sentence of ``text`` that holds ``bracket`` holds one of ``words`` (folded):
    the text declares that its numbers in brackets give the original's pages. Read once a
    text (each ``bracket`` and at most :data:`_DECLARATION_LOOK` characters each side)."""
    for m in _BRACKET_WORD.finditer(text):
        lo, hi = clause_bounds(text, m.start(), m.end(), _DECLARATION_LOOK, _SENTENCE_END)
        sentence = fold(text[lo:hi])
        if any(w in sentence for w in words):
            return True
    return False


#: The word ``bracket`` (``brackets``, ``bracketed``) in any case.
_BRACKET_WORD = regex.compile(r"(?i)\bbracket")
#: A sentence's end: a stop after three lower-case letters, digits or a parenthesis (not
#: ``ex.``, ``e.g.``) and a capital after it, or a blank line.
_SENTENCE_END = regex.compile(r"(?<=[\p{Ll}\d)]{3})[.!?][\"”’)]*+\s++(?=[\p{Lu}\[(“\"])|\n[ \t]*+\n")
#: How far each side of ``bracket`` its sentence is read (characters).
_DECLARATION_LOOK = 240
