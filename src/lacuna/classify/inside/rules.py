"""The small rules of the inside chain, one function each (an inside, a conventions table: a
reading, or None to pass on): empty brackets, listed insides, elisions, labels, sic, page
markers, note references, question marks, descriptions of the document, gaps and their
reasons, the editor's sentences and long notes, the default."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import regex
from rapidfuzz import fuzz

from lacuna.ast import SpanInfo
from lacuna.classify.gaps import _DIGITS, _STRIP_WORD, _gap, _gap_quantity, _word, gap_reason_pattern
from lacuna.classify.inside.text import _DEFAULT, Inside
from lacuna.classify.notes import _labelled, _sic_after_word, _sic_reading, _spells
from lacuna.classify.words import _reread
from lacuna.conventions import Conventions, fold
from lacuna.dates import parse_date

_ROMAN = regex.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
# a page numbered in roman numerals, any size (``[Page XLIV]``, ``[Page L]``; folded)
_PAGE_ROMAN = regex.compile(r"(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


#: How many words at the start of an inside are searched for a thing on the paper (a stamp).
_PHYSICAL_WORDS = 8


_DOTS = regex.compile(r"\.{0,3}…[.…]{0,3}|\.{3,6}")
# three to twelve of one mark parted by spaces ("[. . . . .]", "[— — —]": an edition's lost or
# elided letters, one mark each; "[- - -]" is listed)
_MARKS = ".-–—"
_SPACED_MARKS = regex.compile(r"([.\-–—])(?:\s{1,2}\1){2,11}")
# a label that is a time ("Received 11:20 p.m."): the colon is not a label's
_TIME_COLON = regex.compile(r"\d\Z")
# a bracket holding a sentence of the editor's: "[He died on September 3, 1969.]"
_CLOCK = regex.compile(r"[ap]\.\s?m\.\Z")
_SENTENCE = regex.compile(r"\*?\p{Lu}\S*(?:\s+\S+){2,}[.!]")
# a name's initial ending the inside, after a capitalised word ("… Nikita S.", "… Carlos A."):
# no sentence ends there; a lettered item does end one ("… in Tab A.", "… see Annex B.")
_INITIAL_END = regex.compile(
    r"(?<=\p{Lu}\p{Ll}{0,30}\s)(?<!(?i:\b(?:tab|annex|appendix|part|section|table|enclosure|"
    r"attachment|exhibit|plan|option|item|paragraph|figure|map|chart|schedule|annexure)\s))\p{Lu}\.\Z"
)


def _empty(x: Inside, conv: Conventions) -> SpanInfo | None:
    """Nothing between the brackets: other."""
    return SpanInfo("other", because="empty: empty brackets") if not x.stripped else None


def _listed(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A whole inside listed in ``[exact]``: its category."""
    category = conv.exact.get(x.folded)
    if category is None:
        return None
    return SpanInfo(category, because=f"listed: listed description {x.stripped!r}")


def _elision(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An elision mark (``…``, ``...``, ``.…``): a gap elided by the editor."""
    stripped = x.stripped
    if (
        stripped in conv.elisions
        or (stripped[:1] in (".", "…") and _DOTS.fullmatch(stripped) is not None)
        or (stripped[:1] in _MARKS and _SPACED_MARKS.fullmatch(stripped) is not None)
    ):
        return SpanInfo("gap", because="elision: elision mark", reason=conv.elision_reason)
    return None


def _missing_item(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A whole inside naming a missing item (``[date]``): a gap of that unit."""
    unit = conv.exact_gaps.get(x.folded)
    if unit is None:
        return None
    return SpanInfo(
        "gap",
        because=f"missing_item: names a missing item ({x.stripped!r})",
        extent=x.stripped,
        quantity=1.0,
        unit=unit,
    )


def _unparsed(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An inside the bracket grammar rejects, or without words: words without a cue."""
    return _DEFAULT if x.structured and x.read_shape() is None else None


def _labelled_note(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``Label: body`` with a note label (listed, a listed head word, the translator's, short)."""
    shape = x.read_shape()
    if shape is None or shape.label is None:
        return None
    if _TIME_COLON.search(shape.label.value) and _clock_body(x.inside[shape.body_start :]):
        return None  # "[Received 11:20 p.m.]", "[Received May 27-9: 55 a.m.]": a time, not a label
    return _labelled(x.inside, shape, conv)


def _clock_body(body: str) -> bool:
    """Whether the words after a colon that follows a figure go on with a time: a figure right
    after the colon (``11:20 p.m.``), or a figure after a space and a half of the day at the end
    (a copy typed with a space after the colon: ``[Received May 27-9: 55 a.m.]``, a course
    site's copy of a FRUS telegram)."""
    if body[:1].isdigit():
        return True
    body = body.lstrip()
    return body[:1].isdigit() and _CLOCK.search(body) is not None


def _spelled_capitals(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[SIC: Soviet Information Committee]``: capitals spelled out, an editor's note."""
    shape = x.read_shape()
    if shape is None or shape.label is None:
        return None
    body = x.inside[shape.body_start :]
    label = shape.label.value.strip()
    if not _spells(label, body):
        return None
    start = shape.body_start + len(body) - len(body.lstrip())
    return SpanInfo(
        "editor_note",
        because=f"spelled_capitals: expands the capitals {label!r}",
        label=label,
        body_start=start,
    )


def _sic_label(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[sic: the CPC]``: sic with the correction after the colon."""
    shape = x.read_shape()
    if shape is None or shape.label is None:
        return None
    label_words = fold(shape.label.value).split()
    if len(label_words) == 1 and label_words[0].strip(_STRIP_WORD) in conv.sic_words:
        return _sic_reading(x.inside[shape.body_start :], conv)
    return None


def _no_words(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A label with nothing readable after it: words without a cue."""
    x.read_shape()
    return _DEFAULT if x.structured and not x.tokens else None


#: ``sic`` run on into its correction by dashes (``[sic--15]``, Yale's Annals of Communism).
_SIC_DASHED = regex.compile(r"(\w+)\s?[-–—]{1,3}")


def _sic(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[sic]``, ``[sic! probably …]``, ``[sic--15]``: the source as is, with a correction if
    given; a translator's tail ``[zam. predsedatelya -SIC]`` marks the words before it as
    written; a phrase saying the same (``[as heard]``, FBIS; ``[sic] phrases``)."""
    if x.first not in conv.sic_words:
        words = x.folded.split()
        if len(words) >= 2 and words[-1].strip("-—–!.") in conv.sic_words and words[-1][:1] in "-—–":
            return SpanInfo("sic", because="sic: the translator's tail sic")
        dashed = _SIC_DASHED.match(x.folded)
        if dashed is not None and dashed.group(1) in conv.sic_words:
            return _sic_reading(x.stripped[dashed.end() :], conv)
        phrase = " ".join(words).rstrip(".")
        if phrase in conv.sic_phrases:
            return SpanInfo("sic", because=f"sic: says the source reads so ({phrase!r})")
        return None
    return _sic_after_word(x.inside, x.shape, conv)


#: The words between the first and last page of a marker of several (``[pages one to four]``).
_PAGE_RANGE = frozenset({"to", "through", "-", "–"})
#: Dashes after a page marker, before what the page holds (``[page two – Letter from …]``).
_PAGE_DASHES = frozenset({"-", "–", "—", "--"})


#: A year (the date of the document a range of pages holds).
_YEAR = regex.compile(r"\b(?:1[6-9]|20)\d\d\b")
#: The pages or columns a marker spans, in figures joined by a hyphen or dash (``[Pages
#: 29-42]``, ``[Columns 565-566]``: the Yizkor Book Project's translations); the first is the
#: marker's number.
_PAGE_SPAN = regex.compile(r"(\d{1,5})[-–]\d{1,5}")


def _page_marker(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[Page 412]``, ``[p. 3]``, ``[Page XLIV]``: a page break with its number (digits, roman
    numerals of any size, or a number word); also after a word saying which page it is
    (``[Facsimile Page 1]``, ``[end page 1]``: ``page_break.qualifiers``) and before a dash and
    what the page holds (``[page two – Letter from Chernyayev, …]``, Bukovsky archive); a range
    of pages with the date of the document they hold (``[pages two to nine, 27 January 1980,
    210-A]``); the pages or columns a marker spans in figures (``[Columns 565-566]``)."""
    x.read_shape()
    lead = x.lead
    if x.single and len(lead) == 3 and fold(lead[0]) in conv.page_qualifiers:
        lead = lead[1:]
    elif len(lead) >= 4 and lead[2] in _PAGE_DASHES:
        lead = lead[:2]
    elif x.single and len(lead) == 4 and fold(lead[2]) in _PAGE_RANGE:
        lead = lead[:2]  # "[pages one to four]": the pages a marker spans, from the first
    elif len(lead) == 4 and fold(lead[2]) in _PAGE_RANGE and _YEAR.search(x.stripped) is not None:
        lead = lead[:2]  # "[pages two to nine, 27 January 1980, 210-A]": and the document's date
    elif not (x.single and len(lead) == 2):
        return None
    first = _word(lead[0])
    if first in conv.page_words or fold(lead[0]) in conv.page_words:
        number = _word(lead[1])
        span = _PAGE_SPAN.fullmatch(number)
        if span is not None:
            # "[Columns 565-566]": the first page or column of those the marker spans
            because = f"page_marker: page marker {lead[0]!r}"
            return SpanInfo("page_break", because=because, number=span.group(1))
        if (
            _DIGITS.fullmatch(number)
            or _PAGE_ROMAN.fullmatch(number)
            or isinstance(conv.quantities.get(number), int)
        ):
            # the number as written ("XLIV", not "xliv")
            written = lead[1].strip(_STRIP_WORD)
            return SpanInfo("page_break", because=f"page_marker: page marker {lead[0]!r}", number=written)
    return None


#: A page's number after a page word as a label, set off by dashes or not (``- I -``, ``12``).
_LABELLED_PAGE = regex.compile(r"\s*[-–—]?\s*(\d{1,5}|[IVXLCivxlc]{1,8})\s*[-–—]?\s*")


def _page_labelled(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A page word as a label before the page's number (the SPD's exile reports on
    library.fes.de: ``[Seite: - I - ]``; ``[Page: 12]``): a page marker, as ``[Seite 12]`` is."""
    shape = x.read_shape()
    if shape is None or shape.label is None:
        return None
    label = fold(shape.label.value.strip())
    if label not in conv.page_words and _word(label) not in conv.page_words:
        return None
    m = _LABELLED_PAGE.fullmatch(x.inside, shape.body_start)
    if m is None or (not m.group(1).isdigit() and _PAGE_ROMAN.fullmatch(m.group(1).lower()) is None):
        return None
    because = f"page_labelled: page marker {shape.label.value.strip()!r}"
    return SpanInfo("page_break", because=because, number=m.group(1))


def _note_reference_form(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A short number, a lower-case roman numeral or one letter: a note reference (the
    context may make it supplied words or a correction)."""
    x.read_shape()
    if not (x.single and len(x.lead) == 1):
        return None
    token = x.lead[0]
    digits = _DIGITS.fullmatch(token) and len(token) <= conv.footnote_max_digits
    if digits or _ROMAN.fullmatch(token) or (len(token) == 1 and token.islower()):
        return SpanInfo("footnote_ref", because="note_reference_form: note-reference form", number=token)
    return None


def _question_marks(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[?are awaiting?]``: an uncertain reading."""
    x.read_shape()
    tokens = x.tokens
    if len(tokens) >= 3 and tokens[0].type == "QMARK" and tokens[-1].type == "QMARK":
        reading = x.inside[tokens[0].end_pos : tokens[-1].start_pos].strip()
        return SpanInfo("uncertain", because="question_marks: ?…? reading", conjecture=reading, cert="low")
    return None


def _physical(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[faded stamp …]``, ``[round seal]``: a description of the physical document, an
    editor's note (``notes.physical``), even when it says the stamp is illegible."""
    if _things_inside(conv).search(x.folded) is None:
        return None
    match = conv.physical_pattern.match(x.folded)
    if match is not None:
        return SpanInfo(
            "editor_note", because=f"physical: describes the document ({match.group().strip()!r})"
        )
    things = conv.physical_things
    for word in _unquoted(x).split(None, _PHYSICAL_WORDS)[:_PHYSICAL_WORDS]:
        word = word.strip(_STRIP_WORD + ";")
        if word in things:
            return SpanInfo("editor_note", because=f"physical: names a {word!r} on the document")
    return None


def _unquoted(x: Inside) -> str:
    """The folded inside without its quotations: a quoted word is a reading or a conjecture
    (``[word missing, possible "stamp"]``), not a thing the editor sees on the paper."""
    if not any(q in x.inside for q in '"“„«'):
        return x.folded
    return " ".join(fold(t.value) for t in x.shape.tokens if t.type != "QUOTED")


@lru_cache(maxsize=16)
def _things_inside(conv: Conventions) -> regex.Pattern[str]:
    """Finds a thing on the paper (``notes.physical.things``) anywhere in a folded inside, even
    inside a word (one search rather than a substring test per thing)."""
    things = sorted(conv.physical_things, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(t) for t in things) or "(?!)")


#: The end of a sentence inside a bracket, before the next one (a capital after a stop, a space
#: or a dash between): ``Paraphrase.—Received``, ``1900. Date``.
_NEXT_SENTENCE = regex.compile(r"[.!?][”\"’)]?(?:\s{1,3}|\s?[—–]\s?|--)(?=\p{Lu})")


def _gap_reason(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A reason phrase (``missing``, ``illegible``) after a quantity and unit: a gap. Not when
    the reason stands only in a sentence after the first (FRUS: ``[Telegram—Paraphrase.—
    Received September 3, 1900. Date lost in transmission.]``): the editor's account of how
    the document came, no words missing where the bracket stands."""
    pattern = gap_reason_pattern(conv)  # [gap.reasons] and gap.noun_reasons' phrases
    if pattern.search(x.folded) is None:
        return None
    stop = _NEXT_SENTENCE.search(x.stripped)
    if stop is not None and pattern.search(fold(x.stripped[: stop.start()])) is None:
        return None
    return _gap(x.inside, x.shape, conv)


#: How close a misspelt reason's word must be to the reason's (``fuzz.ratio``): one letter
#: dropped or two swapped in a long word (``declassifed``, ``delcassified``: 96, 92).
_MISSPELT_SCORE = 90.0
#: The shortest reason word read for a misspelling (shorter words are too near each other).
_MISSPELT_LETTERS = 8


def _misspelt_reason(x: Inside, conv: Conventions) -> SpanInfo | None:
    """The inside's last word a misspelling of a reason phrase's long last word, the words
    before it as the phrase has them (a typed copy of a FRUS memorandum: ``[text not
    declassifed]``, ``[text not delcassified]``): read as if spelt right, a gap. Not an English
    word (``[not declared]``), nor a word of another beginning."""
    from lacuna.classify.inside.chain import read_inside  # (the chain imports this module)

    found = _misspelt_word(x.folded.split(), conv)
    if found is None:
        return None
    last, tail = found
    stripped = x.stripped
    folded = fold(stripped)
    at = folded.rfind(last)
    if at < 0 or len(folded) != len(stripped) or conv.is_english(last):
        return None
    info = read_inside(stripped[:at] + tail + stripped[at + len(last) :], conv)
    if info.category != "gap":
        return None
    return _reread(info, "gap", f"misspelt_reason: {last!r} read as {tail!r}; {info.because}")


def _misspelt_word(words: list[str], conv: Conventions) -> tuple[str, str] | None:
    """(the last word, the reason's word it misspells) if the last of ``words`` (folded, at
    most eight) is a misspelling of a reason phrase's long last word, the words before it as
    the phrase has them; else None (also the inside chain's trigger of ``misspelt_reason``)."""
    if not words or len(words) > 8:
        return None
    last = words[-1].strip(_STRIP_WORD)
    if len(last) < _MISSPELT_LETTERS or last in conv.reasons:
        return None
    for head, tail in _misspelt_targets(conv):
        if tail[:2] != last[:2] or abs(len(tail) - len(last)) > 2 or tail == last:
            continue
        if head and words[-1 - len(head) : -1] != list(head):
            continue
        if last.isalpha() and fuzz.ratio(last, tail, score_cutoff=_MISSPELT_SCORE):
            return last, tail
    return None


@lru_cache(maxsize=16)
def _misspelt_targets(conv: Conventions) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The reason phrases whose last word is long enough to be read misspelt: (the words
    before it, the last word)."""
    out = set()
    for phrase in conv.reasons:
        words = phrase.split()
        if words and len(words[-1]) >= _MISSPELT_LETTERS and words[-1].isalpha():
            out.add((tuple(words[:-1]), words[-1]))
    return tuple(sorted(out))


@lru_cache(maxsize=16)
def _description_heads(conv: Conventions) -> frozenset[str]:
    """The first two characters of the descriptions (``notes.descriptions.starts``)."""
    return frozenset(s[:2] for s in conv.description_starts)


def _described(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An inside starting with a description of the document (``[Underlined by hand]``)."""
    if x.folded[:2] not in _description_heads(conv):
        return None  # no description starts with these two letters (one set test, not the pattern)
    described = conv.description_pattern.match(x.folded)
    if described is None:
        return None
    return SpanInfo("editor_note", because=f"described: describes the document ({described.group()!r})")


#: The most words of a date (``25 January 1783``, ``January 25, 1783``).
_DATE_WORDS = 3


def _queried_date(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A date of two or three words with a question mark after one part that is not the last
    (the Franklin Papers on Founders Online: ``To Benjamin Franklin from Jean-Baptiste Le Roy,
    [25 January? 1783]``, a doubted month; ``[15? April 1779]``, a doubted day): the editor's
    doubtful reading of the date, uncertain, like a date whose last part is queried
    (``[January 25, 1783?]``, rule question_edge), with the date as its conjecture. The
    reading without the mark must be a date :func:`lacuna.dates.parse_date` reads
    (``[31? February 1783]``, ``[1783 25? January]`` are none)."""
    text = x.stripped
    if text.count("?") != 1 or text.endswith("?") or not 2 <= len(text.split()) <= _DATE_WORDS:
        return None
    reading = " ".join(text.replace("?", "").split())
    if parse_date(reading) is None:
        return None
    return SpanInfo(
        "uncertain", because="queried_date: a date with a part queried", conjecture=reading, cert="low"
    )


def _question_edge(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A short reading ending (``[our?]``) or starting with ``?``: uncertain."""
    x.read_shape()
    tokens = x.tokens
    if len(tokens) < 2 or not (tokens[-1].type == "QMARK" or tokens[0].type == "QMARK"):
        return None
    words = sum(len(t.value.split()) for t in tokens if t.type == "TEXT")
    if words > 8:
        return None
    if tokens[-1].type == "QMARK":
        # "[contramark???]": every question mark at the end is the doubt, none is the reading
        reading = x.inside[tokens[0].start_pos : tokens[-1].start_pos].rstrip("? \t\n")
        return SpanInfo(
            "uncertain", because="question_edge: reading ends with ?", conjecture=reading, cert="low"
        )
    reading = x.inside[tokens[0].end_pos :].strip()
    return SpanInfo(
        "uncertain", because="question_edge: reading starts with ?", conjecture=reading, cert="low"
    )


def _bare_extent(x: Inside, conv: Conventions) -> SpanInfo | None:
    """``[3 words]``, ``[two lines]``: an amount and a unit alone, a gap without a stated reason."""
    words = x.folded.split()
    if not 2 <= len(words) <= 4 or x.structured:
        return None
    unit = conv.units.get(words[-1])
    if unit is None or unit in conv.uncounted_units or unit == "page":  # [2 Pages] describes
        return None
    quantity = _gap_quantity(words[:-1], unit, conv)
    if quantity is None:
        return None
    return SpanInfo(
        "gap", because="bare_extent: an amount of a unit", extent=x.stripped, quantity=quantity, unit=unit
    )


def _doubtful_extent(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An amount of a unit with a question mark (a tape transcript's ``[2 words?]``, JFK's
    telephone recordings): a gap of about that much, the transcriber unsure of the count. The
    question mark doubts the count, not a reading (``[our?]`` is uncertain, question_edge)."""
    stripped = x.stripped
    if not stripped.endswith("?"):
        return None
    amount = stripped.rstrip("?").rstrip()
    if not amount or "?" in amount:
        return None
    reading = _bare_extent(Inside(amount), conv)
    if reading is None:
        return None
    return dataclasses.replace(
        reading, because="doubtful_extent: an amount of a unit, doubted", extent=stripped
    )


def _sentence_note(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A sentence of its own, capital to full stop (``[He died on September 3, 1969.]``,
    ``[See U.S. draft in Tab A.]``): the editor's note. Not one opened by a gloss's lead cue
    (``[gloss] allusion_cues``: Siegelbaum's Stalinism documents, ``[Reference to the White
    Sea-Baltic Canal project.]``), a gloss the context chain reads (rule gloss_cue), unless it
    ends with a gap's reason (``[Reference to Document 12 omitted.]``); the other lead cues
    (``meaning``, ``that is,``) open the editor's sentences too (``[Meaning of this word is
    unclear.]``)."""
    if x.stripped[-1:] not in (".", "!") or _SENTENCE.fullmatch(x.stripped) is None:
        return None
    if x.folded.startswith(conv.allusion_cues) and not conv.reason_ends(x.folded):
        return None
    last = fold(x.stripped.rsplit(None, 1)[-1])
    if last in conv.abbreviations or _CLOCK.search(x.stripped) is not None:
        return None  # "[Received 11:20 p.m.]" ends with an abbreviation
    if _INITIAL_END.search(x.stripped) is not None:
        return None  # "[Soviet Premier Nikita S.]": a name's initial, supplied before the surname
    if _suffixed_name(x.stripped, last, conv):
        return None  # "[John Brown, Jr.]": a name with its suffix, supplied
    return SpanInfo("editor_note", because="sentence_note: a sentence of the editor's")


def _suffixed_name(stripped: str, last: str, conv: Conventions) -> bool:
    """Whether the inside is a name and its suffix (``abbreviations.name_suffixes``): every word
    before the suffix capitalised (Territorial Kansas Online: ``Letter, [John Brown, Jr.] to Dear
    Father``); ``[He was the son of John Brown, Jr.]`` is a sentence."""
    if last not in conv.name_suffixes:
        return False
    words = stripped.split()[:-1]
    return bool(words) and all(w[:1].isupper() for w in words)


def _translator_remark(x: Inside, conv: Conventions) -> SpanInfo | None:
    """The translator's remark without a label: on their own translation
    (``notes.own_translation``: ``[Letter to the IS, my own translation of the German text …]``,
    ``[… eigene Übersetzung des englischen Textes …]``) or on the original's wording
    (``notes.translator_remarks``: ``[It literally says “open postcard” – …]``, ``[Abyś could be
    an endearing form of Abraham. Pronunciation: AH-beesh]``, ``My Beloved! [in plural]``): a
    translator's note, whatever else it says."""
    found = _remark_pattern(conv).search(x.folded)
    if found is None:
        return None
    return SpanInfo(
        "translator_note", because=f"translator_remark: the translator's remark ({found.group()!r})"
    )


@lru_cache(maxsize=16)
def _remark_pattern(conv: Conventions) -> regex.Pattern[str]:
    phrases = sorted({fold(p) for p in _own_translation_phrases(conv)}, key=len, reverse=True)
    shapes = [str(p) for p in conv.section("notes", "translator_remarks").get("search", ())]
    own = r"(?<![\w'])(?:" + ("|".join(map(regex.escape, phrases)) or "(?!)") + r")(?![\w'])"
    return regex.compile("|".join([own, *(f"(?:{s})" for s in shapes)]), regex.IGNORECASE)


def _own_translation_phrases(conv: Conventions) -> tuple[str, ...]:
    return tuple(fold(p) for p in conv.section("notes", "own_translation").get("phrases", ()))


def _remark_guards(conv: Conventions) -> tuple[str, ...]:
    """What the folded inside of a translator's remark holds: an own-translation phrase or a
    word a wording remark's shape needs (``notes.translator_remarks.contains``)."""
    words = conv.section("notes", "translator_remarks").get("contains", ())
    return (*_own_translation_phrases(conv), *(fold(str(w)) for w in words))


#: The words of a long note: at least this many, with a sentence break among them.
_LONG_NOTE_WORDS = 12
# a full stop or a semicolon after a word of three lower-case letters, a digit or a closing
# parenthesis or quote, then a capital: one sentence ends, another begins ("… Ho Chi Minh City.
# Printed at …"); not the initials of a name ("N. S. Khrushchev")
_SENTENCE_BREAK = regex.compile(r"(?:(?<=\p{Ll}{3})|(?<=[\d)”\"]))[.;]\s{1,3}[\p{Lu}\d]")


def _long_note(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An inside of :data:`_LONG_NOTE_WORDS` words or more that holds more than one sentence
    (``[Book by … Printed at the Joint Printing Plant …]``, ``[On July 27, 2001, the National
    Security Archive posted …. The documents …]``): the editor's note, never words supplied."""
    if len(x.stripped.split(None, _LONG_NOTE_WORDS - 1)) < _LONG_NOTE_WORDS:
        return None
    if _SENTENCE_BREAK.search(x.stripped) is None:
        return None
    return SpanInfo("editor_note", because="long_note: several sentences of the editor's")


def _default(x: Inside, conv: Conventions) -> SpanInfo | None:
    """Words without a cue: supplied, unless the context says otherwise (lacuna.classify.context)."""
    return _DEFAULT
