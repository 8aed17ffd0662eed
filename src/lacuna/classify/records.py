"""What the context settles of the marks of English-language record transcriptions (letters,
logs, chronicles): a hyphen supplied between letters, not dashes for unclear letters; a
periodical's issue cited after the fact it reports. The inside rules of these records are in
:mod:`lacuna.classify.inside.records`."""

from __future__ import annotations

from datetime import date, timedelta

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _Decision
from lacuna.conventions import fold
from lacuna.dates import PartialDate, find_dates, parse_date

__all__: list[str] = []

#: A single hyphen between letters (``twenty[-]four``): the hyphen of a compound, supplied.
_HYPHEN_BETWEEN = regex.compile(r"\p{L}\[[-‐]\]\p{L}")


def supplied_hyphen(info: SpanInfo, text: str, start: int, end: int) -> SpanInfo | None:
    """``illegible_dashes``'s one hyphen glued to letters on both sides (a whaling log on
    FromThePage: ``This twenty[-]four hours``): the editor supplies the hyphen of a compound
    word, not an unclear letter."""
    if not info.because.startswith("illegible_dashes: ") or end - start != 3:
        return None
    if _HYPHEN_BETWEEN.match(text, max(0, start - 1), min(len(text), end + 1)) is None:
        return None
    return SpanInfo(
        "supplied", because="illegible_dashes: a hyphen between letters supplies a compound's hyphen"
    )


def empty_in_word(info: SpanInfo, text: str, start: int, end: int) -> SpanInfo | None:
    """``empty``'s brackets glued to a word's letters (Vassar College Digital Library's edited
    diary of Frances M. Bromley, 1877: ``The worst drop of bitterness ... []ver be moving on``):
    the letters the transcriber could not read, a gap (reason *illegible*). Empty brackets
    between words or at a line's edge stay ``empty``'s other (a form's blank, a stray pair),
    but for :func:`blank_between_words`'s spaces between two words of a sentence."""
    if not info.because.startswith("empty: "):
        return None
    if not (text[start - 1 : start].isalpha() or text[end : end + 1].isalpha()):
        return None
    return _EMPTY_IN_WORD


_EMPTY_IN_WORD = SpanInfo(
    "gap", reason="illegible", because="empty: empty brackets glued to a word's letters: letters not read"
)


#: The word before blank brackets, one to three spaces before them on their line.
_WORD_BEFORE_BLANK = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)[ \t]{1,3}\Z")
#: The word after blank brackets, one to three spaces after them on their line.
_WORD_AFTER_BLANK = regex.compile(r"[ \t]{1,3}(\p{L}[\p{L}\p{M}]*)")
#: Another pair of empty brackets (a form's boxes, ``married [ ] single [ ]``).
_OTHER_EMPTY = regex.compile(r"\[\s*\]")
#: How far each side another pair of empty brackets makes them a form's boxes.
_BOXES_NEAR = 40


def blank_between_words(
    info: SpanInfo,
    text: str,
    start: int,
    end: int,
    mention_words: frozenset[str],
    mention_verbs: frozenset[str],
) -> SpanInfo | None:
    """``empty``'s brackets holding only spaces between two words of a sentence on one line,
    neither word capitalised (``a [ ] cédula of his majesty``, ``my particular [   ] affection
    to La fayette``, an Arabic letter's ``وسر [    ] عولا``): the blank a transcriber left for
    what was not read, a gap. Not after a word of ``gap.blank_mention_words`` nor before a verb
    of ``gap.blank_mention_verbs`` (``surrounded by [ ] represent long vowels``, ``the box [ ]
    if``, ``each empty pair [ ] marks a word``: the page names the mark), after a
    capitalised word (a scan's running head, ``Oral Answers [ ] to Questions``), before a
    capitalised word or punctuation, at a line's edge, nor with another pair of empty brackets
    near (a form's boxes)."""
    if not info.because.startswith("empty: ") or end - start < 3:
        return None
    if text[start + 1 : end - 1].strip(" \t\u00a0"):
        return None  # (a line break inside: a stray pair across lines)
    before = _WORD_BEFORE_BLANK.search(text, max(0, start - 60), start)
    after = _WORD_AFTER_BLANK.match(text, end)
    if before is None or after is None:
        return None
    word = before.group(1)
    if word[0].isupper() or after.group(1)[0].isupper():
        return None
    if fold(word) in mention_words or fold(after.group(1)) in mention_verbs:
        return None
    lo, hi = max(0, start - _BOXES_NEAR), min(len(text), end + _BOXES_NEAR)
    if _OTHER_EMPTY.search(text, lo, start) is not None or _OTHER_EMPTY.search(text, end, hi) is not None:
        return None
    return _BLANK_BETWEEN


_BLANK_BETWEEN = SpanInfo(
    "gap", because="empty: blank brackets between the words of a sentence: words not read"
)


#: How far before the span the date an issue is cited after may end (a space, a comma).
_DATE_GAP = 3
#: The most months an issue may come after the fact it reports (a chronicle's source; a
#: calendar converted moves a date by centuries, ``2.10.1331 [April 1915]``).
_ISSUE_MONTHS = 60
#: The most days the Julian and Gregorian calendars differ by: a month within as many days
#: of the fact may be its Old Style or New Style date, not an issue.
_STYLE_DAYS = 13


#: The end of a sentence before the span (a stop, a space, a capital).
_SENTENCE_END = regex.compile(r"[.!?]\s{1,3}(?=\p{Lu})")
#: How far back the sentence of the fact is read.
_FACT_LOOK = 160


def _dated_fact(line: str, after: str) -> PartialDate | None:
    """The date of the fact a cited issue follows: a date right before the span (``on April
    14, 1877 [May 1877] and``), or the last of the sentence the span closes (``On April 5,
    1889, Jack died in London [May 1889].``)."""
    lo = max(0, len(line) - _FACT_LOOK)
    dates = find_dates(line, lo)
    if not dates:
        return None
    _, date_end, fact = dates[-1]
    if len(line) - date_end <= _DATE_GAP and not line[date_end:].strip(" ,"):
        return fact
    if after[:1] not in (".", ";") or any(m.start() >= date_end for m in _SENTENCE_END.finditer(line, lo)):
        return None
    return fact


def _issue_cited(c: _NearestOnly) -> _Decision:
    """A month and year alone right after a date (a missionary society's chronicle: ``departed
    England for Zanzibar on April 14, 1877 [May 1877] and arrived``), later than it by more
    than a calendar's conversion moves it and by at most five years: the issue of the
    periodical the fact was read in, a source note. A date restated, converted between Old
    and New Style or between calendars (``2.10.1331 [April 1915]``) is not this rule's."""
    if not c.facts.date:
        return None  # (read with the plan: most insides hold no date)
    cited = parse_date(c.inside())
    if cited is None or cited.precision != "month" or cited.month is None:
        return None
    line = c.line_before()
    fact = _dated_fact(line, c.line_after())
    if fact is None:
        return None
    cited_at = cited.year * 12 + cited.month - 1
    if fact.month is None:
        earliest = (fact.year + 1) * 12  # a year alone: a month of a later year
    elif fact.day is None:
        earliest = fact.year * 12 + fact.month + 1  # a month: two months on
    else:
        # a day: the first month that begins more than a style's difference after it
        moved = date(fact.year, fact.month, fact.day) + timedelta(days=_STYLE_DAYS)
        earliest = moved.year * 12 + moved.month
    if not earliest <= cited_at <= fact.year * 12 + (fact.month or 1) - 1 + _ISSUE_MONTHS:
        return None
    return "editor_note", "a later month cited after a dated fact: the issue it was reported in", None


#: A page marker opening its line with a comma after it: a page cited, not a page beginning.
_PAGE_CITED_AFTER = regex.compile(r",[ \t]")


def page_cited(info: SpanInfo, text: str, start: int, end: int) -> SpanInfo | None:
    """A page marker opening its line with a comma after it (a Project Gutenberg transcriber's
    note on bitlit.ru: ``[page 65], “Charlotteville” changed to “Charlottesville”``): the
    page an entry of the editor's list refers to, an editor's note; a page break stands
    between the text's words and no comma follows it."""
    if info.category != "page_break" or (start > 0 and text[start - 1] not in "\r\n"):
        return None
    if _PAGE_CITED_AFTER.match(text, end) is None:
        return None
    return SpanInfo("editor_note", because=f"page_cited: a page cited in the editor's list ({info.because})")


#: The most letters of a clerk's contraction (``Dn``, ``pr.``, ``Wm``).
_CONTRACTION_LETTERS = 4
#: A contraction as written: letters, perhaps a full stop (``pr.``, ``Dn``).
_CONTRACTION = regex.compile(r"\p{L}{1,4}\.?")


def _contraction_expanded(c: _NearestOnly) -> _Decision:
    """One English word after a short contraction not itself a word, the contraction's letters
    in it in order from its first (a clerk's abbreviations in town, church and store records:
    Acton's town accounts ``Dn [Deacon] Joseph Fletcher``; the Mint's die record on a coin
    forum ``& pr. [pair] of eagles``, ``dimes 3 -- do. [ditto]``): the word the contraction
    stands for, gloss of it. A word spelt out whole (``town [Rates]``) is not contracted, and
    capitals before a capitalised word are an acronym, which rule expansion reads (``the PB
    [Politburo]``); a telegram's capitals before a lower-case word are contracted (``TEL RECD
    [received]``)."""
    near, wf = c.near, c.wf
    if near is None or wf is None or c.glued or wf.exact_title or c.facts.few_words != 1:
        return None
    if wf.upper and c.inside()[:1].isupper():
        return None  # an acronym and its name (rule expansion): ``the PB [Politburo]``
    if _CONTRACTION.fullmatch(near) is None or not 2 <= len(near.rstrip(".")) <= _CONTRACTION_LETTERS:
        return None
    short = fold(near.rstrip("."))
    dotted = near.endswith(".")
    if not dotted and (wf.function or c.conv.is_english(short)):
        return None  # a word of its own, not a contraction ("to [town]")
    inside = c.inside()
    word = fold(inside)
    if not inside.isalpha() or len(word) <= len(short) + 1 or word[0] != short[0]:
        return None
    if not c.conv.is_english(word):
        return None
    rest = iter(word[1:])
    if not all(ch in rest for ch in short[1:]):
        return None
    return "gloss", f"the word the contraction {near!r} stands for", 0


#: One character of a script other than the Latin, or a symbol, standing as a word (``π``, ``♀``).
_SYMBOL_WORD = regex.compile(r"[\p{S}\p{L}--\p{Latin}]", regex.V1)


def _symbol_named(c: _NearestOnly) -> _Decision:
    """A name after a symbol the writer used for a person, one character of another script or
    a sign standing as a word in Latin text (the West Yorkshire Archive Service's transcription
    of Anne Lister's diary: ``wrote π [Mariana] a circular``): whom the symbol stands for, a
    gloss of it."""
    near, f = c.near, c.facts
    if near is None or len(near) != 1 or c.glued or not f.name_inside or f.few_words > 3:
        return None
    if _SYMBOL_WORD.fullmatch(near) is None:
        return None
    return "gloss", f"the name the symbol {near!r} stands for", 0
