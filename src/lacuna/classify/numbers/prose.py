"""Rules of the number chain for a number in running text: a quoted example, an editor's
correction of a figure, a book's page count, an author's list, a note reference after a
sentence or a word, a page number between words, a number a word takes."""

from __future__ import annotations

import dataclasses

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.numbers.reading import Number
from lacuna.classify.view import _last_word
from lacuna.classify.words import _NUMBER, _OPEN_QUOTES, _SENTENCE_END, _TAIL_NUMBER, _variant
from lacuna.conventions import fold

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
