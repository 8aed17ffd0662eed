"""The number chain: a note-reference form (``[2]``, ``[iv]``, ``[a]``) read in its context is a
note reference, supplied letters or numbers, or an editor's correction (``10 [12] a.m.``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.chrome import in_web_address_number
from lacuna.classify.listings import _numbered_paper, _roman_reference
from lacuna.classify.view import _last_word
from lacuna.classify.words import (
    _LINE_BREAK,
    _NUMBER,
    _ON_LINE,
    _OPEN_QUOTES,
    _SENTENCE_END,
    _TAIL_NUMBER,
    _WINDOW,
    _variant,
)
from lacuna.conventions import Conventions, fold
from lacuna.errors import LacunaError
from lacuna.rules import Ruler

__all__ = ["NUMBER_RULES", "Number", "NumberRule", "read_field_label", "read_number_context"]


class Number:
    """A note-reference form being read in its context (what the number rules ask)."""

    __slots__ = ("conv", "end", "info", "prev", "raw", "start", "text")

    def __init__(self, info: SpanInfo, text: str, start: int, end: int, raw: str, conv: Conventions) -> None:
        self.info = info
        self.text = text
        self.start = start
        self.end = end
        self.raw = raw
        self.conv = conv
        self.prev = text[start - 1] if start > 0 else "\n"

    @property
    def spaced(self) -> bool:
        """Whether a space or tab (not a line break) stands right before the span."""
        return self.prev.isspace() and self.prev not in "\r\n"

    def last_word(self) -> str | None:
        """The word before the span on its line, or None."""
        m = _last_word(self.text, self.start)
        return m[0] if m is not None else None

    def next_word(self) -> str | None:
        """The word after the span on its line, or None."""
        # (the separators up to it, the word: as a search up to the line's end)
        m = _ON_LINE.match(self.text, self.end, min(len(self.text), self.end + _WINDOW))
        return m.group(1) if m is not None else None


#: A number rule: the reading (a variant of ``n.info``) or None to pass.
NumberRule = Callable[[Number], SpanInfo | None]


def _completes_word(n: Number) -> SpanInfo | None:
    """Letters glued to a word that together make an English word (``assume[d]``): supplied."""
    if not (n.prev.isalpha() and n.raw.isalpha()):
        return None
    last = n.last_word()
    if last is not None and n.conv.is_english(fold(last + n.raw).strip("\"'“”(«")):
        return _variant(
            n.info, "supplied", "completes_word: glued letters that complete the word before them"
        )
    return None


def _starts_word(n: Number) -> SpanInfo | None:
    """Letters glued to the letters after them (``"[p]rior to``, ``the deputy chairm[e]n``):
    supplied, they complete the word they open or sit in (a reference letter stands apart)."""
    if not n.raw.isalpha() or n.end >= len(n.text) or not n.text[n.end].isalpha():
        return None
    return _variant(n.info, "supplied", "starts_word: glued letters that complete the word after them")


def _in_syllables(n: Number) -> SpanInfo | None:
    """Letters glued to the letters before them and to a hyphen and a letter after them, a
    syllable in a transliteration written syllable by syllable (the Munich Old Babylonian letters:
    ``um-ma ḫ[a]-am-mu-ra-pi2-ma``; Hittite, Akkadian, Mayan editions): supplied, restored in the
    word (a reference letter stands apart from what follows)."""
    if not (n.raw.isalpha() and n.prev.isalpha()):
        return None
    after = n.text[n.end : n.end + 2]
    if len(after) < 2 or after[0] != "-" or not after[1].isalpha():
        return None
    return _variant(n.info, "supplied", "in_syllables: glued letters that restore a syllable of the word")


def _completes_number(n: Number) -> SpanInfo | None:
    """Digits glued to digits (``telegram 4[48]``, ``2[[0]] February``): supplied, they
    complete the number."""
    if not n.raw.isdigit():
        return None
    at = n.start - 1
    while at >= 0 and n.text[at] == "[":  # the inner span of "2[[0]]"
        at -= 1
    if at < 0 or not n.text[at].isdigit() or at < n.start - 2:
        return None
    if at == n.start - 1 and _YEAR_BEFORE.fullmatch(n.text, max(0, at - 4), at + 1):
        return None  # "29 June 1968[1]", "August 24, 1916[7]": a year is whole, the digits refer to a note
    return _variant(n.info, "supplied", "completes_number: digits glued to digits complete the number")


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


def read_field_label(info: SpanInfo, text: str, start: int, end: int, conv: Conventions) -> SpanInfo | None:
    """The number chain's ``field_run`` for a missing item's name opening its line (``[Date]``,
    read by ``missing_item``): the database's field label, or None."""
    for rule in conv.ruler("number", NUMBER_RULES, _no_data_rule).active():
        if rule.name == "field_run":
            return rule.fn(Number(info, text, start, end, text[start + 1 : end - 1].strip(), conv))
    return None


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


#: How far back (characters) the note reference before a glued one is looked for.
_SEQUENCE_LOOK = 3000


def _note_sequence(n: Number) -> SpanInfo | None:
    """Digits glued to digits that go on the page's run of note references: the reference
    numbered one less stands before it (Lenin's letters on the Marxists Internet Archive's
    mirrors: "…his letter.[2] … publication in No. 4[3] of the Bulletin", "No. 2[4] has not
    yet reached Russia" after "[3]"): a note reference glued to an issue's number, not digits
    completing it (FRUS's "telegram 4[48]" has no "[47]" before it: completes_number)."""
    raw = n.raw
    if not raw.isdigit() or len(raw) > 3 or n.start < 1 or not n.text[n.start - 1].isdigit():
        return None
    k = int(raw)
    if k < 2:
        return None
    if n.text.rfind(f"[{k - 1}]", max(0, n.start - _SEQUENCE_LOOK), n.start) < 0:
        return None
    because = f"note_sequence: glued after [{k - 1}], the page's note before it"
    return _variant(n.info, "footnote_ref", because)


def _starts_number(n: Number) -> SpanInfo | None:
    """Digits glued to the digits after them (``9/V-[19]44``, a diary's date; ``6 October
    [[5]]7``, a stamp's year): supplied, they complete the number they open (a note reference
    stands after its word, never glued to a figure after it)."""
    if not n.raw.isdigit():
        return None
    at = n.end
    if n.text[at : at + 1] == "]":  # the inner span of "[[5]]7"
        at += 1
    if at >= len(n.text) or not n.text[at].isdigit():
        return None
    return _variant(n.info, "supplied", "starts_number: digits glued to the digits after them open it")


#: A year of four digits after a character that is no digit (the whole number before a span).
_YEAR_BEFORE = regex.compile(r"(?:^|\D)(?:1[5-9]|20)\d\d")


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


#: Words that introduce an example in parentheses (``(ex. [45])``, ``(e.g. [3])``).
_EXAMPLE_WORDS = frozenset({"(ex.", "(e.g.", "(e.g.,", "(eg.", "(eg", "(cf.", "ex.", "e.g.", "e.g.,"})


#: The word before a number that shows what a bracket of the page looks like (``marked by
#: italic numbers in square brackets, [1].``).
_BRACKET_WORDS = frozenset({"brackets", "bracket", "bracketed"})


def _cited_example(n: Number) -> SpanInfo | None:
    """A number quoted as an example of the page's own bracket convention (the Truman Library's
    oral histories: ``Numbers appearing in square brackets (ex. [45]) … indicate the pagination``;
    a translator's preface: ``normal notes which are marked by italic numbers in square brackets,
    [1].``): the bracket is mentioned, not used, so it is no note reference and no page."""
    last = n.last_word()
    if last is None or not n.spaced:
        return None
    word = fold(last)
    if word not in _EXAMPLE_WORDS and word.rstrip(",:") not in _BRACKET_WORDS:
        return None
    if n.text[n.end : n.end + 1] not in (")", ",", ";") and (
        word in _EXAMPLE_WORDS or n.text[n.end : n.end + 1] not in (".", "")
    ):
        return None  # "e.g. [3] the war": a reference after an abbreviation
    return _variant(n.info, "other", "cited_example: a bracket quoted as an example, not used")


#: A year's last two digits after an apostrophe (``‘98``, ``'44``), right after the bracket.
_YEAR_TAIL = regex.compile(r"[ \t]?['‘’]\d\d(?!\d)")


def _year_century(n: Number) -> SpanInfo | None:
    """The century supplied before a year written short with an apostrophe (a transcribed letter
    of 1898, history.avonctlibrary.info: ``Jan. 31, [18] ‘98``; ``[19]'44``): supplied, the
    year's first digits, not a note reference."""
    if len(n.raw) != 2 or not n.raw.isdigit() or not "10" <= n.raw <= "20":
        return None
    if _YEAR_TAIL.match(n.text, n.end) is None:
        return None
    return _variant(n.info, "supplied", "year_century: the century of a year written short ('[18] ‘98')")


def _article_opens_line(n: Number) -> SpanInfo | None:
    """The article ``a`` opening a line before a lower-case word, where a quotation set off on
    its own line begins mid-sentence (Holocaust Controversies quoting Rosenberg: ``the war would
    be:↵[a] fight for the food supply``): supplied, the word the editor fits to his sentence. A
    note's letter opening its line stands before the note's capital (``[a] The editors …``)."""
    if n.raw != "a" or (n.start > 0 and n.prev not in "\r\n"):
        return None
    if n.text[n.end : n.end + 1] != " ":
        return None
    following = n.next_word()
    if following is None or not following[:1].isalpha() or not following.islower():
        return None
    return _variant(n.info, "supplied", "article_opens_line: the article 'a' before a lower-case word")


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


def _glued_reference(n: Number) -> SpanInfo | None:
    """Glued to the word before it (``Molotov[1]``) or opening a line (``[1] The editors …``):
    a note reference or a note's label."""
    if n.spaced:
        return None
    where = "glued to the word before it" if n.start > 0 and n.prev not in "\r\n" else "opens a line"
    return _variant(n.info, "footnote_ref", f"glued_reference: {where}")


#: Words of the hour that may follow a corrected figure with a capital (``8 [11] P.M.``).
_HOUR_WORDS = frozenset({"a.m.", "p.m.", "a.m", "p.m", "am", "pm", "noon", "midnight", "gmt"})


#: A note reference right after a span (``[8] [9]``): the span is the first of a run.
_REFERENCE_NEXT = regex.compile(r"[ \t]{0,2}\[\d{1,3}\]")


def _corrected_figure(n: Number) -> SpanInfo | None:
    """A number after a number (``10 [12] a.m.``, ``March 5, 1953—10 [12] a.m.``, ``April 16
    [17]. (See``): the editor's correction of the figure before it, with as many digits as it
    but before an hour's ``a.m.``, ``p.m.`` (``11 [4] p.m.``; ``our cable No. 28 [2] as result``
    is a note reference, the Venona cables' on algerhiss.com). Not after a bracketed
    figure (``criminals.[3] [4] Gypsies``, ``7 January [1950] [1]The full text``: references in a
    run, or after a supplied year), nor before one (a Wikipedia mirror's ``opened on 1 March 2009
    [8] [9] and has``: the run's first), nor before a capitalised word or glued to a word (``Zhou
    Enlai July 26 [1] The editors of …``: a note reference after a date line)."""
    m = _last_word(n.text, n.start)
    if m is None or _NUMBER.fullmatch(n.raw) is None:
        return None
    last = m[0]
    after_last = m[1] + len(last)
    if n.text[after_last : after_last + 1] == "]" or _REFERENCE_NEXT.match(n.text, n.end) is not None:
        return None
    figure = _TAIL_NUMBER.search(last)
    following = n.next_word()
    if figure is None or (following is not None and following[0] in "-–—"):
        return None  # "- 1 [2] -" numbers a page
    after = n.text[n.end : n.end + 1]
    hour = following is not None and fold(following).rstrip(",;:") in _HOUR_WORDS
    if after.isalpha() or (following is not None and after.isspace() and following[0].isupper() and not hour):
        return None
    if not hour and _digits(n.raw) != _digits(figure.group(1)):
        return None  # "our cable No. 28 [2] as result": a note reference (a correction keeps the digits)
    corrected = dataclasses.replace(n.info, correction=n.raw, number=None)
    return _variant(
        corrected,
        "correction",
        f"corrected_figure: number after the number {figure.group(1)!r}: the editor's correction",
    )


def _digits(figure: str) -> int:
    """How many digits a figure has."""
    return sum(ch.isdigit() for ch in figure)


#: A book's count of all its pages falls short of its numbered pages by less than a tenth.
_PAGES_SHORT = 10


def _page_total(n: Number) -> SpanInfo | None:
    """After the field name ``Pages`` and a figure, a figure as large or nearly (a book host's
    record: ``English Pages 560 [583] Year 2008``, ``English Pages 446 [445] Year 1970``): the
    book's count of all its pages beside its numbered ones, the page's own brackets, not a
    correction or a note reference; alone between the field names (``English Pages [439] Year
    2021``), the count of a book without numbered pages."""
    if not n.raw.isdigit() or not n.spaced:
        return None
    m = _last_word(n.text, n.start)
    if m is not None and m[0] == "Pages" and n.next_word() == "Year":
        why = "page_total: a book's count of all its pages between its record's fields"
        return _variant(n.info, "other", why)
    if m is None or not m[0].isdigit() or int(n.raw) * _PAGES_SHORT < int(m[0]) * (_PAGES_SHORT - 1):
        return None  # "English Pages 560 [12]": a figure far smaller refers to a note
    before = _last_word(n.text, m[1])
    if before is None or before[0].rstrip(":") != "Pages":
        return None  # "see pages 560 [561]" may correct a citation
    return _variant(n.info, "other", "page_total: a book's count of all its pages after its numbered pages")


#: How far on its line a list item's neighbour in the count is looked for, each side.
_LIST_REACH = 300


def _list_item(n: Number) -> SpanInfo | None:
    """A number after a colon, ``and`` or ``or``, with the next or previous number of the count
    in brackets on its line (``… make up this website: [1] classified documents …, and [2] his
    last major work``): the author's numbering of a list, not a note reference. After a comma or
    a semicolon too, when a lower-case word follows (asabe.jp's translated Pol Pot speech: ``the
    issues … as; [1] the Vietnamese genocide in every prefecture, [2] the combat in Battambang
    …, and [3] the capture``): a note's number after a clause's comma stands before the next
    clause's first word, a word joining a clause or another number (``conference, [9] “Ales”
    then left``, ``in absentia , [12] and it is``, ``others, [4] [5]``)."""
    last = n.last_word()
    if not n.raw.isdigit() or last is None:
        return None
    if not (last.endswith(":") or fold(last) in ("and", "or")) and not _item_after_comma(n, last):
        return None
    lo = _list_line_start(n)
    hi = n.text.find("\n", n.end, n.end + _LIST_REACH)
    line = n.text[lo : hi if hi >= 0 else n.end + _LIST_REACH]
    k = int(n.raw)
    if f"[{k + 1}]" not in line and (k < 2 or f"[{k - 1}]" not in line):
        return None
    return _variant(n.info, "other", "list_item: numbers an item of the author's list")


def _list_line_start(n: Number) -> int:
    """Where a list's numbers are looked for before the span: its line's start, at most
    :data:`_LIST_REACH` characters back."""
    return max(n.text.rfind("\n", max(0, n.start - _LIST_REACH), n.start) + 1, n.start - _LIST_REACH, 0)


def _item_after_comma(n: Number, last: str) -> bool:
    """After a word ending with a comma or a semicolon, a space between, and before a lower-case
    word that joins no clause and is no pronoun, in a list the line opens with ``[1]`` after a
    colon or a semicolon: where a list's item starts, not a note's number (Wikipedia's ``Born in
    Lyon in 1802, [3] he studied law``)."""
    if last[-1:] not in (",", ";") or not n.spaced:
        return False
    following = n.next_word()
    if following is None or not following[:1].islower():
        return False
    word = fold(following).rstrip(",;")
    if word in n.conv.clause_joiners or word in n.conv.pronouns:
        return False
    if n.raw == "1":
        return last.endswith(";")
    lo = _list_line_start(n)
    first = n.text.rfind("[1]", lo, n.start)
    return first >= 0 and n.text[lo:first].rstrip()[-1:] in (":", ";")


def _after_sentence(n: Number) -> SpanInfo | None:
    """After the end of a sentence and before a capital or the end of the line (``attached. [2]
    Please ask``): a note reference."""
    last = n.last_word()
    if last is None or last[-1] not in _SENTENCE_END or fold(last) in n.conv.abbreviations:
        return None
    following = n.next_word()
    if following is not None and not following.lstrip(_OPEN_QUOTES + "(")[:1].isupper():
        return None
    return _variant(n.info, "footnote_ref", "after_sentence: a note reference after a sentence")


def _before_stop(n: Number) -> SpanInfo | None:
    """Between a word and a full stop that ends the line (``Neuer Kurs [4].``): a note reference."""
    after = n.text[n.end : n.end + 2]
    if not after or after[0] not in ".;" or after[1:2] not in ("", "\n", "\r"):
        return None
    return _variant(n.info, "footnote_ref", "before_stop: a note reference before the full stop")


#: The digits of a page number set in running text: a note count rarely reaches a hundred.
_PAGE_IN_SENTENCE = regex.compile(r"[1-9]\d{2}")


#: Words before and after a numbered citation (``as shown in [112] and``, ``see [4] for``).
_CITING_WORDS = frozenset({"in", "see", "by", "from", "cf", "of", "also", "and", "or"})
_LIST_WORDS = frozenset({"and", "or", "for", "to"})


def _page_in_sentence(n: Number) -> SpanInfo | None:
    """A number of three digits between two lower-case words of one sentence, a space each
    side (bjoerna.dk's Hoxha: ``as long as [580] they remained in power``): the printed
    edition's page number set where its page turns, not a note reference (a note's number stands
    after the word it annotates, at the sentence's end or glued to it) nor a number the word
    before takes (``telegram [512] was``: ``number_after_space``), nor a numbered citation
    (``as shown in [112] and``)."""
    if _PAGE_IN_SENTENCE.fullmatch(n.raw) is None or n.prev != " " or n.text[n.end : n.end + 1] != " ":
        return None
    last, following = n.last_word(), n.next_word()
    if last is None or following is None or not (last.isalpha() and last.islower()):
        return None
    if not (following[:1].isalpha() and following[:1].islower()) or fold(last) in n.conv.number_words:
        return None
    if fold(last) in _CITING_WORDS or fold(following).rstrip(",;") in _LIST_WORDS:
        return None  # "as shown in [112] and [113]": a numbered citation
    return _variant(n.info, "page_break", "page_in_sentence: a page number between words of a sentence")


def _number_after_space(n: Number) -> SpanInfo | None:
    """A number after a word that takes one (``Nº [311]``, ``telegram [5]``, ``April [9]``,
    ``[footnote.number_words]``): supplied; after any other word and a space (``Comrade Kim Il
    Sung [3], the leader``): a note reference. A letter or numeral after a space (``there is
    [a] problem``): supplied. After a file's shelfmark and a comma (Schenker Documents Online's
    diaries: ``— PostcardOJ 8/3, [46] to Vally``, ``(K.OJ 8/3, [49])``: two capitals or more
    before the slash number) it is the editors' number of the item in that file: an editor's
    note; after a date or a ratio (``the telegram of 12/25, [7] said``) a note reference."""
    if any(ch.isspace() for ch in n.raw):
        return None  # "[note 1]" names its note: the inside chain's reading stands
    if not n.raw.isdigit():  # "there is [a] problem": a letter after a space is a word supplied
        return _variant(n.info, "supplied", "number_after_space: a letter after a space: supplied")
    last = n.last_word()
    if last is not None and fold(last).strip("\"'“”(«,") in n.conv.number_words:
        return _variant(n.info, "supplied", f"number_after_space: the number {fold(last)!r} takes: supplied")
    shelfmark = _SHELFMARK.search(n.text, max(0, n.start - _SHELFMARK_WINDOW), n.start)
    if last is not None and shelfmark is not None:
        because = "number_after_space: the item's number after the shelfmark of its file"
        return _variant(n.info, "editor_note", because)
    return _variant(n.info, "footnote_ref", "number_after_space: a note reference after a word")


#: A file's shelfmark right before a span: two capitals or more (``OJ``, glued to the word before
#: on Schenker's pages, ``PostcardOJ``), the file's number with its part after a slash, a comma,
#: spaces (``OJ 8/3, ``): the number after it is the item's in that file. A slash number
#: without the capitals (a date, ``12/25, [7]``; a ratio, ``3/4, [2]``) is none.
_SHELFMARK = regex.compile(r"\p{Lu}{2,}\.?[ \t]\d{1,4}/\d{1,4},[ \t]*+\Z")
#: How far before a span the shelfmark is looked for.
_SHELFMARK_WINDOW = 24


#: The chain for note-reference forms (``[2]``, ``[iv]``, ``[a]``), in order.
NUMBER_RULES: Ruler[NumberRule] = Ruler(
    [
        ("number_in_address", in_web_address_number),
        ("completes_word", _completes_word),
        ("roman_reference", _roman_reference),
        ("starts_word", _starts_word),
        ("in_syllables", _in_syllables),
        ("field_run", _field_run),
        ("source_item", _source_item),
        ("note_sequence", _note_sequence),
        ("completes_number", _completes_number),
        ("starts_number", _starts_number),
        ("listing_entry", _listing_entry),
        ("numbered_paper", _numbered_paper),
        ("cited_example", _cited_example),
        ("year_century", _year_century),
        ("article_opens_line", _article_opens_line),
        ("page_sequence", _page_sequence),
        ("glued_reference", _glued_reference),
        ("page_total", _page_total),
        ("corrected_figure", _corrected_figure),
        ("list_item", _list_item),
        ("after_sentence", _after_sentence),
        ("before_stop", _before_stop),
        ("page_in_sentence", _page_in_sentence),
        ("number_after_space", _number_after_space),
    ]
)


def _no_data_rule(spec: dict[str, Any]) -> NumberRule:
    raise LacunaError("the number chain takes no data rules")


def read_number_context(
    info: SpanInfo,
    text: str,
    start: int,
    end: int,
    conv: Conventions | None = None,
    inside: str | None = None,
) -> SpanInfo:
    """A note-reference form read in context by the number chain (:data:`NUMBER_RULES`): a
    note reference, supplied letters or numbers, or a correction.

    ``inside`` is the span's inside as the parser read it (nested spans marked), if at hand.
    """
    conv = conv or Conventions.default()
    raw = (text[start + 1 : end - 1] if inside is None else inside).strip()
    n = Number(info, text, start, end, raw, conv)
    for rule in conv.ruler("number", NUMBER_RULES, _no_data_rule).active():
        out = rule.fn(n)
        if out is not None:
            return out
    return info
