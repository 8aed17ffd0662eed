"""What the neighbouring text decides: supplied words or a gloss, a note reference or a correction.

A bracket whose inside carries no cue (``[Stalin]``, ``[Zedong]``, ``[soglasie]``, ``[PVO]``)
either *completes* the text (supplied) or *restates* what stands before it (a gloss). The
conventions translators follow are two ordered chains of small named rules
(:class:`lacuna.rules.Ruler`): :data:`CONTEXT_RULES` for words without a cue and
:data:`NUMBER_RULES` for note-reference forms (``[2]``, ``[iv]``, ``[a]``). The first rule that
answers decides; its name leads ``SpanInfo.because``. Both sides count: a rule may read the
words before the span and the words after it on its line. All word lists come from the
conventions table (``[gloss]``, ``[abbreviations]``); ``[rules]`` there switches rules off or adds
data rules (:class:`DataContextRule`). docs/markup.md lists every rule with a real example.

A decision is planned once per (inside facts, nearest word, glued or not) and cached: every rule
is tried on the nearest word alone (:class:`_NearestOnly`). A rule that declines there declines
for every span of that plan, so it is not called again; a rule that asks for more (it reads the
words further back, the words after the span, the inside's text) is kept in the plan and run for
each span on its line (:class:`_Before`), with the others kept, in chain order (the rules that
may fire for a span are data computed from the rules themselves, so they cannot drift from them).
"""

from __future__ import annotations

import calendar
import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from lacuna.ast import SpanInfo
from lacuna.classify.apparatus import _entry_heading, _navigation_bar, _padded_label, _source_folder
from lacuna.classify.chrome import in_web_address
from lacuna.classify.corrections import (
    _corrected_garble,
    _other_spelling_of,
    _replaced_word,
    _standard_spelling,
)
from lacuna.classify.glossed import _initials, glossed_extent
from lacuna.classify.language import (
    _calendar_converted,
    _explains_quoted,
    _language_change,
    _original_glued,
    _original_title,
    _other_script,
    _quoted_original,
    _quoted_title_translated,
    _real_name,
    _same_kind,
    _same_word,
    _title_translated,
    _translates_words,
    _translation_across_line,
    _translation_after_foreign,
    _transliterated,
    _work_dated,
)
from lacuna.classify.learned import _learned, _learned_note, _note_words
from lacuna.classify.names import (
    _addressee_named,
    _alias_named,
    _completes_name,
    _compound,
    _describes_person,
    _diacritics_restored,
    _first_name,
    _full_name_before,
    _group_named,
    _initials_expanded,
    _kind_named,
    _names_thing,
    _other_name,
    _place_identified,
    _possessive,
    _pseudonym_after,
    _pseudonym_before,
    _same_name,
    _shares_word,
    _state_identified,
    _surname_after_surname,
    _title_names,
    _verb_object,
)
from lacuna.classify.transcribers import _cut_name, _doubtful_spelling, _kin_named
from lacuna.classify.transcripts import _alternative_rendering, _pronoun_identified
from lacuna.classify.turns import _stage_direction
from lacuna.classify.view import _Before, _NearestOnly, _NeedsMore
from lacuna.classify.wikis import _wiki_missing_link
from lacuna.classify.words import (
    _ACRONYM,
    _BOUNDARY,
    _DOTTED,
    _INITIALS,
    _INSIDES_LIMIT,
    _NAME_WORD,
    _NEAR_WORD,
    _PLANS_LIMIT,
    _PREV_WORDS_BACK,
    _STRIP,
    _TRAILING,
    _WINDOW,
    _Decision,
    _facts_of,
    _Inside,
    _letters,
    _variant,
    _Word,
    _word_facts,
    near_word,
)
from lacuna.conventions import Conventions, expand_placeholders, fold, literal_tree, on_clear_caches
from lacuna.errors import LacunaError
from lacuna.rules import Rule, Ruler

__all__ = [
    "CONTEXT_RULES",
    "DOUBT_RULES",
    "ContextRule",
    "DataContextRule",
    "Doubt",
    "DoubtRule",
    "categories_only",
    "read_context",
    "read_doubtful",
]

ContextRule = Callable[[_NearestOnly], _Decision]


def _gloss_cue(c: _NearestOnly) -> _Decision:
    """A restating cue at the start (``[i.e., the embassy]``) or a translator's tail cue
    (``[district party committee--trans.]``): gloss."""
    cue = c.facts.cue
    if cue is None:
        return None
    return "gloss", cue, 0 if c.near is not None else None


def _lone_query(c: _NearestOnly) -> _Decision:
    """A lone ``[?]`` apart from the word before it (``Kim [?] said``): the reading before it is
    uncertain. Glued to a word at the end of a sentence or line (``What is to be done[?]``,
    ``from whom[?]``) it supplies the question mark; glued to a word the sentence goes on after
    (``my sons were[?] going``, ``Pepi[?] née Horowitz``, ``Keizig[?],``) it doubts that word."""
    if not c.facts.query:
        return None
    if c.glued:
        rest = c.line_after().lstrip(" \t")
        if not rest or rest[0] in _QUESTION_SUPPLIED_BEFORE:
            return None
        return "uncertain", "a question mark glued to a word the sentence goes on after doubts it", None
    return "uncertain", "a lone question mark doubts the reading before it", None


#: What may follow a glued ``[?]`` that supplies a question mark: the end of a sentence.
_QUESTION_SUPPLIED_BEFORE = frozenset(".!?\"'”’»")


def _glued(c: _NearestOnly) -> _Decision:
    """Glued to the letters before it (``A[ndrei]``, ``C[entral]``): supplied, it completes the word."""
    return ("supplied", "glued to the letters before it: completes the word", None) if c.glued else None


def _own_line(c: _NearestOnly) -> _Decision:
    """A bracket that is a line of its own, without figures and not in capitals
    (``[Paraphrase]``, ``[Celebrations.]``, ``[probably address in Cyrillic]``): an editor's
    note on the document. With figures it is a supplied date or time (``[Received 3:56 p.m.]``,
    ``[December 1965]``); in capitals, a supplied heading (``[BRAZIL]``). A bracket inside
    a bracket, or one that is the whole text, is not a line of its own."""
    if c.near is not None or not c.own_line():
        return None
    inside = c.inside()
    if inside.isupper() or not any(ch.isalpha() for ch in inside):
        return None
    if any(ch.isdigit() for ch in inside):
        # a figure in a description of the record (``[completes conversation begun on 9B8]``,
        # ``[From the forward of … Shtoib un Ash (Dust and Ashes), 1970]``) and not in a
        # supplied date or dateline (``[Received 3:56 p.m.]``, ``[ca May 1, 1866]``)
        if len(_DESCRIPTION_WORD.findall(inside)) < _DESCRIPTION_WORDS:
            return None
        return "editor_note", "a line of its own describing the record, figures and all", None
    return "editor_note", "a line of its own: the editor's words on the document", None


#: A lower-case word of three letters or more (a description's words, not a date's ``ca``
#: or ``p.m.``), and how many of them make a line of its own with figures a description.
_DESCRIPTION_WORD = regex.compile(r"(?<![\p{L}\p{N}.])\p{Ll}{3,}(?![\p{L}\p{N}.])")
_DESCRIPTION_WORDS = 3


#: What may open a line before a bracket that is otherwise a line of its own: a transcript's
#: line number ("4 [The accused entered court]", ICTY) or a bullet ("• [Open session]").
_LINE_MARKS = frozenset("•·*-–—")


def _numbered_line(c: _NearestOnly) -> _Decision:
    """A bracket alone on its line after the line's number or bullet, without figures and not
    in capitals (a transcript's ``4 [The accused entered court]``, ``• [The accused
    present]``): an editor's note, as a line of its own is (``own_line``). A name alone is
    no note: it is the item of a list (a Nixon tape subject log's ``-[Camp David]``, ``-[Robert
    F. Froehlke]``), words supplied."""
    near = c.near
    if near is None or c.glued or not ((near.isdigit() and len(near) <= 4) or near in _LINE_MARKS):
        return None
    if c.facts.name_inside:
        return None
    if c.word(1) is not None or c.after(0) is not None:
        return None
    inside = c.inside()
    if inside.isupper() or not any(ch.isalpha() for ch in inside) or any(ch.isdigit() for ch in inside):
        return None
    return "editor_note", f"a line of its own after its mark {near!r}: the editor's words", None


def _line_start(c: _NearestOnly) -> _Decision:
    """At the start of a text or line (or apart from the words before it): supplied, it
    starts a sentence (``[To] Ambassador``, ``[and] we wish``). Not where the inside reads
    as something other than a sentence's first words (the rules after this one read it):
    a sentence or an item's number of its own opening a paragraph, ending with a full stop
    (``[The date was added in pencil.]``, ``[1.] first, two of our …``; an abbreviation,
    ``[No.] 1426``, starts a sentence; lower-case words are no note by their position
    alone); capitals or a figure that closes its line apart from a sentence that ends
    before it (a note's page, ``… its leaders.    [p.671]``: it tags the sentence, as after
    punctuation)."""
    if c.near is not None:
        return None
    f, raw = c.facts, c.raw_inside()
    if _TAG.search(raw) is not None and _closes_line_apart(c):
        return None
    if (
        not (f.name_inside or f.lower_phrase or f.english_phrase)
        and _LOWER_START.match(raw) is None
        and _OWN_SENTENCE.search(raw) is not None
    ):
        # (a name opening the line is supplied: "[Castro]", "[Norodom]"; an item's number
        # opens a paragraph: alone on its line, "[12.]", it is read as usual)
        if not c.inside()[:1].isdigit() or c.line_after().strip(" \t"):
            return None
    return "supplied", "starts the line: supplies words", None


#: An inside that opens with a lower-case letter.
_LOWER_START = regex.compile(r"\s*\p{Ll}")
#: An inside that is a sentence or an item's number of its own: a word of four letters or
#: more, or a number, then a full stop at its end (``Teanslation.``, ``1.``).
_OWN_SENTENCE = regex.compile(r"(?:\p{L}{4}|(?<!\d)\d{1,3})\.\s*$")


def _closes_line_apart(c: _NearestOnly) -> bool:
    """Whether the span closes its line, apart from a sentence that ends before it."""
    before = c.line_before().rstrip()
    return bool(before) and _SENTENCE_END.search(before) is not None and not c.line_after().strip(" \t")


#: An inside in capitals: one to four words of capital letters (``WIND``, ``LATITUDE BY
#: OBSERVATION``).
_CAPITALS = regex.compile(r"\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3}")
#: How alike (rapidfuzz ratio) a misspelt word and its spelling in capitals are at least
#: (``boath [BOTH]`` 89, ``chace [CHASE]`` 80).
_CAPITALS_SIMILAR = 75.0


def _capitals_spelled_out(c: _NearestOnly) -> _Decision:
    """An inside in capitals that spells out the word or words before it, abbreviated or
    misspelt, in full and in standard spelling: their letters, in order, are the inside's from
    its first (a whaling log's transcription on FromThePage: ``Strong win [WIND] from WSW``,
    ``so goes Lat by Obs [LATITUDE BY OBSERVATION]``, ``to the SW ward [SOUTHWESTWARD]``,
    ``once more by Chro. [CHRONOMETER]``), or the one word before is a letter or two apart
    (``boath [BOTH]``): a gloss of those words, also after a full stop (an abbreviation's).
    Not after a word in capitals (Venona's cover name ``CARTHAGE [KARFAGEN]``, an acronym's
    expansion), a function word (``went to [TOKYO]`` supplies the name) or a single letter."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not f.capitals or wf.upper or wf.function:
        return None
    inside = c.inside()
    if _CAPITALS.fullmatch(inside) is None:
        return None
    target = "".join(ch for ch in fold(inside) if ch.isalpha())
    back = ""
    for k in range(len(inside.split()) + 1):
        word = c.word(k)
        if word is None or (k and _word_facts(word, c.conv).after_boundary):
            return None
        back = "".join(ch for ch in fold(word) if ch.isalpha()) + back
        if len(back) < 2 or back[0] != target[0] or fold(word).strip(".") in c.conv.function_words:
            continue
        # (``back``'s letters all in ``target``, in order: their longest common subsequence)
        if LCSseq.similarity(back, target) == len(back) or (
            not k and fuzz.ratio(back, target, score_cutoff=_CAPITALS_SIMILAR) >= _CAPITALS_SIMILAR
        ):
            spelled = " ".join(c.words(k + 1))
            return "gloss", f"spells out {spelled!r} in capitals", k
    return None


def _after_punctuation(c: _NearestOnly) -> _Decision:
    """After punctuation (``. [Kovalev] left``): supplied, it starts a phrase. Not after a
    sentence's end when nothing but a full stop follows on its line and the inside holds a
    figure or capitals only (``… in 1988. [MN/SS]``, ``… closing remark” [MTP].``, ``…
    Papers]. [M91s15f3i1]``, ``… the scourge of war' " [1013th meeting, para. 94].``): no
    phrase starts there, the bracket tags the sentence before it (an editor's initials, a
    siglum, a reference) and the rules after this one read it. Words there are no note by
    their position alone (a signature, ``… their approval. [Hull.]``, is supplied)."""
    wf = c.wf
    if wf is None or not wf.after_boundary:
        return None
    if _TAG.search(c.raw_inside()) is not None and _tags_sentence(c):
        return None
    return "supplied", "after punctuation: supplies words", None


#: What a tag on a sentence holds: a figure, or capitals and no lower-case letter (initials,
#: a siglum: ``MN/SS``, ``MTP``).
_TAG = regex.compile(r"\d|\A[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\Z")
#: A word that ends a sentence: a full stop, a question or exclamation mark, a closing quote.
_SENTENCE_END = regex.compile(r"[.!?][\"'”’»)]?$|[\"”’»]$")


def _tags_sentence(c: _NearestOnly) -> bool:
    """Whether the span follows a sentence's end and closes its line (nothing but a full stop
    after it): it tags the sentence before it (``… in 1988. [MN/SS]``, ``… remark” [MTP].``)."""
    near = c.near or ""
    if _SENTENCE_END.search(near) is None or _ABBREVIATED.search(near) is not None:
        return False
    return c.line_after().strip(" \t") in ("", ".")


#: A word whose full stop is an abbreviation's (``p.m.``, ``d.C.``, an initial ``A.``), not
#: a sentence's end.
_ABBREVIATED = regex.compile(r"(?:\A\p{Lu}|\.\p{L}{1,3})\.[\"'”’»)]?\Z")


def _acronym_without_name(c: _NearestOnly) -> _Decision:
    """An acronym with no name before it to abbreviate: after a bracket (``Re [cryptonym not
    declassified] [COS] telcon``) or after the first word of a sentence that does not share its
    first letter (``lock. However [COS] has seen``; ``-Television [TV] coverage`` is a gloss):
    supplied, it names someone."""
    f, wf = c.facts, c.wf
    if wf is None or not f.acronym or wf.upper or wf.function or wf.digit_initial:
        return None
    if c.line_before().rstrip().endswith("]"):
        return "supplied", "an acronym after a bracket: no name before it to abbreviate", None
    if not _starts_sentence(c):
        return None
    first = next((ch for ch in wf.folded if ch.isalpha()), "")
    if first == fold(c.inside())[:1]:
        return None
    return "supplied", f"an acronym after {c.near!r} opening the sentence: it names someone", None


def _abbreviation(c: _NearestOnly) -> _Decision:
    """An abbreviation after the words it abbreviates (``air defence [PVO]``, ``the Central
    Committee of the Bulgarian Communist Party [CC of the BCP]``), or a capitalised word written
    another way (``CORA [KORA]``): gloss. Not after a sentence's end when it closes its line
    (a siglum tagging the sentence, Mark Twain Project's ``… closing remark” [MTP].``)."""
    f, wf = c.facts, c.wf
    if wf is None:
        return None
    if not f.acronym:
        return _acronym_phrase(c)
    if wf.after_boundary and _tags_sentence(c):
        return None  # "… closing remark” [MTP].": a siglum tagging the sentence, no abbreviation
    if wf.upper and f.few_words == 1:
        return "gloss", "the same name written another way", 0
    if wf.function or wf.digit_initial:
        return None
    k, most = 0, len(_letters([c.inside()]))
    while k + 1 < most and (previous := c.word(k + 1)) is not None:
        w = fold(previous)
        if w in c.conv.function_words or w[-1:] in _BOUNDARY:
            break
        k += 1
    return "gloss", "abbreviation of the words before it", k


#: How well the initials of the words before must spell an abbreviation of several words
#: (rapidfuzz ratio): ``Central Committee of the Bulgarian Communist Party [CC of the BCP]``.
_PHRASE_SPELT = 80.0


def _acronym_phrase(c: _NearestOnly) -> _Decision:
    """Acronyms joined by function words (``CC of the BCP``) after the capitalised words whose
    initials spell them: gloss of those words (``abbreviation``)."""
    f, wf = c.facts, c.wf
    if wf is None or not f.capitalised or not f.name_start or f.name_inside or f.first_function:
        return None
    if not wf.name_word or wf.acronym or wf.after_boundary:
        return None
    conv = c.conv
    words = c.inside().split()
    kinds = [_word_facts(w, conv) for w in words]
    if not any(k.acronym for k in kinds) or not all(k.acronym or k.exact_function for k in kinds):
        return None
    letters = _initials(words, conv)
    back: list[str] = []
    for k in range(len(letters) * 2 + 2):
        word = c.word(k)
        if word is None or (k and _word_facts(word, conv).after_boundary):
            break
        back.insert(0, word)
        if word[:1].isupper() and fuzz.ratio(_initials(back, conv), letters) >= _PHRASE_SPELT:
            return "gloss", f"the words before spell the abbreviation {c.inside()!r}", k
    return None


def _starts_sentence(c: _NearestOnly) -> bool:
    """Whether the nearest word starts its line or follows punctuation (a sentence's first word)."""
    previous = c.word(1)
    if previous is None:
        return True
    # an initial ("W. Stoph") ends no sentence
    return _word_facts(previous, c.conv).after_boundary and _INITIALS.fullmatch(previous) is None


def _expansion(c: _NearestOnly) -> _Decision:
    """An expansion after an abbreviation (``MFA [Ministry of Foreign Affairs]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is not None and not wf.acronym and f.lower_phrase and _DOTTED.fullmatch(c.near or "") is not None:
        # initials of lower-case words ("the slogan of F.T.U. [free trade unions]"), not a name's
        initials = "".join(w[0] for w in fold(c.inside()).split())
        if initials == "".join(ch for ch in fold(c.near or "") if ch.isalpha()):
            return "gloss", f"expands the abbreviation {c.near!r}", 0
        return None
    if wf is None or not wf.acronym or (f.first_function and not f.determiner_phrase):
        return None
    if f.few_words < 2:
        # one word spelling the abbreviation's letters in order from its first ("the PB
        # [Politburo]"): the word it stands for
        letters = [ch for ch in fold(c.near or "") if ch.isalpha()]
        word = fold(c.inside())
        if len(letters) < 2 or not f.name_start or not word.startswith(letters[0]):
            return None
        rest = iter(word[1:])
        if not all(ch in rest for ch in letters[1:]):
            return None
        return "gloss", f"the word the abbreviation {c.near!r} stands for", 0
    if not f.capitalised and _note_words(c.conv).intersection(fold(c.inside()).split()):
        return None  # "UVPI [expansion unknown]": the editor's words on the abbreviation
    k = 0
    while (previous := c.word(k + 1)) is not None and _ACRONYM.fullmatch(previous.rstrip(".")):
        k += 1
    letters = {ch for ch in fold(c.near or "") if ch.isalpha()}
    initials = {w[0] for w in fold(c.inside()).split() if w[:1].isalpha()}
    if not letters & initials:
        return None  # "UN [General Assembly]": it completes the name, it expands nothing
    return "gloss", f"expands the abbreviation {c.near!r}", k


def _restates_phrase(c: _NearestOnly) -> _Decision:
    """A noun phrase restated (``the partners [the French and Italian delegations]``): gloss.
    Not a possessive (``one that expressed [the Soviet leader’s] concern``, a Polish ciphergram):
    it belongs to the noun after it, words supplied."""
    f, wf = c.facts, c.wf
    if (
        wf is None
        or not (f.determiner_phrase or f.name_inside or f.listing)
        or f.possessive_name
        or not wf.lower_word
        or wf.function
    ):
        return None
    if f.name_inside and not wf.english:
        return None
    determiners = c.conv.determiners
    previous = c.word(1)
    if previous is not None and fold(previous) in c.conv.quantities:  # "the two sides [...]"
        previous = c.word(2)
    if previous is None or fold(previous) not in determiners:
        return None
    if f.name_inside and f.few_words < 2 and fold(previous) not in c.conv.possessive_determiners:
        return None  # one name after "the", "this" reads on ("this message [Mobutu] remains", FRUS)
    # (one name after a possessive's noun names it, "our country [Mexico] for"; before a name it
    # completes that name, "his successor [Aleksandr] Alekseyev": the test below)
    following = c.after(0) if f.name_inside else None
    if following is not None and _NAME_WORD.fullmatch(following.strip(_STRIP)) is not None:
        return None  # "the last [General] Assembly": part of the name after it
    return "gloss", f"names what {c.near!r} refers to", 0


def _function_word(c: _NearestOnly) -> _Decision:
    """After a function word (``there are [no]``, ``the [USSR]``): supplied, it fills the sentence
    (a capitalised ``May`` after a day is a month, not a modal)."""
    wf, f = c.wf, c.facts
    if wf is not None and wf.function and (wf.lower_initial or c.word(1) is None):
        if f.foreign_after_english and f.few_words >= 2 and wf.english:
            return None  # "terribly taken in [shangle hendade dang]": no English fills it
        return "supplied", f"after the function word {c.near!r}: fills the sentence", None
    return None


_ORDINAL = regex.compile(r"\d{1,2}(?:st|nd|rd|th)")
#: English month names and their abbreviations (a day after one of them is a date's day).
_MONTHS = frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m)


def _date_restated(c: _NearestOnly) -> _Decision:
    """A date after the words of relative time it pins down (``early this year [1967]``, ``on
    the 23rd [23 December]``, ``[gloss] relative_times``): gloss."""
    wf = c.wf
    if not c.facts.date or wf is None:
        return None
    word = wf.folded.rstrip(".,;:")
    if word not in c.conv.relative_times and _ORDINAL.fullmatch(word) is None:
        return None
    previous = c.word(1)
    if previous is not None and fold(previous).rstrip(".,") in _MONTHS:
        return None  # "September 1st [1859]": the year completes the date
    if previous is not None and fold(previous) in c.conv.determiners | {"last", "next", "same"}:
        return "gloss", f"the date of {fold(previous)} {word}", 1
    return "gloss", f"the date of {word!r}", 0


#: A clock time's unit, or a time written as one word ("16:00", "19hs00", "1600hrs").
_TIME_WORD = regex.compile(r"(?i)a\.?m\.?|p\.?m\.?|hours?|hrs?\.?|\d{1,2}(?::|\.|hs?)\d{2}(?:hs?|hrs?)?")
#: A time opening an inside: "4 p.m.", "12 am GMT on Saturday", "16:00", "4.30 pm".
_TIME_INSIDE = regex.compile(
    r"(?i)\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?|hours|hrs?\b|h\b)|\d{1,2}:\d{2}\b"
)
_HOUR = regex.compile(r"\d{1,2}(?:[:.]\d{2})?")
#: A time zone named: "GMT", "UTC", "Moscow time".
_ZONE = regex.compile(r"(?i)\b(?:gmt|utc|\p{L}{2,20}\stime)\b")
#: The half of the day of a 12-hour clock.
_HALF_DAY = regex.compile(r"(?i)\b[ap]\.?\s?m\b")


def _time_restated(c: _NearestOnly) -> _Decision:
    """A clock time after the same time on the other clock, 24-hour and 12-hour (``before 16
    hours [4 p.m.]``, ``MONDAY – 19hs00 [7 p.m.]``), or in a time zone named (``at
    approximately 6 pm [12 am GMT on Saturday]``): the same moment restated, gloss. Two times
    of one clock and no zone (FRUS's ``10 p.m. [11 p.m.]``) are the editor's correction."""
    wf = c.wf
    if wf is None or c.glued or _TIME_WORD.fullmatch(wf.folded.rstrip(".,;:")) is None:
        return None
    k = 0
    if not wf.digit_initial:  # a unit: the figure before it
        previous = c.word(1)
        if previous is None or _HOUR.fullmatch(previous) is None:
            return None
        k = 1
    inside = c.inside()
    if _TIME_INSIDE.match(inside) is None:
        return None
    before = " ".join(c.words(k + 1))
    if _ZONE.search(inside) is not None:
        return "gloss", f"the time {before!r} in another time zone", k
    if (_HALF_DAY.search(before) is None) == (_HALF_DAY.search(inside) is None):
        return None  # "10 p.m. [11 p.m.]": the same clock, the editor corrects the hour
    return "gloss", f"the time {before!r} on the other clock", k


#: The context chain, in order (first answer wins; no answer: supplied). The last rule,
#: ``learned`` (:mod:`lacuna.classify.learned`), weighs the features of the span with trained
#: weights: the hand rules before it decide what they have a convention for. ``[rules] disable``
#: in the conventions file switches rules off; ``[[rules.context]]`` adds rules written as data.
CONTEXT_RULES: Ruler[ContextRule] = Ruler(
    [
        ("gloss_cue", _gloss_cue),
        ("wiki_missing_link", _wiki_missing_link),
        ("lone_query", _lone_query),
        ("alternative_rendering", _alternative_rendering),
        ("surname_after_surname", _surname_after_surname),
        ("pseudonym_before", _pseudonym_before),
        ("original_glued", _original_glued),
        ("in_web_address", in_web_address),
        ("glued", _glued),
        ("turn_direction", _stage_direction),
        ("navigation_bar", _navigation_bar),
        ("time_restated", _time_restated),
        ("padded_label", _padded_label),
        ("entry_heading", _entry_heading),
        ("source_folder", _source_folder),
        ("title_translated", _title_translated),
        ("work_dated", _work_dated),
        ("learned_note", _learned_note),
        ("replaced_word", _replaced_word),
        ("own_line", _own_line),
        ("numbered_line", _numbered_line),
        ("translation_across_line", _translation_across_line),
        ("line_start", _line_start),
        ("addressee_named", _addressee_named),
        ("quoted_original", _quoted_original),
        ("explains_quoted", _explains_quoted),
        ("real_name", _real_name),
        ("other_script", _other_script),
        ("cut_name", _cut_name),
        ("initials_expanded", _initials_expanded),
        ("capitals_spelled_out", _capitals_spelled_out),
        ("translation_after_foreign", _translation_after_foreign),
        ("quoted_title_translated", _quoted_title_translated),
        ("after_punctuation", _after_punctuation),
        ("first_name", _first_name),
        ("verb_object", _verb_object),
        ("title_names", _title_names),
        ("kin_named", _kin_named),
        ("pseudonym_after", _pseudonym_after),
        ("describes_person", _describes_person),
        ("possessive", _possessive),
        ("acronym_without_name", _acronym_without_name),
        ("abbreviation", _abbreviation),
        ("expansion", _expansion),
        ("transliterated", _transliterated),
        ("group_named", _group_named),
        ("original_title", _original_title),
        ("pronoun_identified", _pronoun_identified),
        ("restates_phrase", _restates_phrase),
        ("diacritics_restored", _diacritics_restored),
        ("function_word", _function_word),
        ("other_spelling", _other_spelling_of),
        ("standard_spelling", _standard_spelling),
        ("corrected_garble", _corrected_garble),
        ("same_name", _same_name),
        ("state_identified", _state_identified),
        ("compound", _compound),
        ("place_identified", _place_identified),
        ("alias_named", _alias_named),
        ("other_name", _other_name),
        ("names_thing", _names_thing),
        ("kind_named", _kind_named),
        ("full_name_before", _full_name_before),
        ("same_kind", _same_kind),
        ("completes_name", _completes_name),
        ("shares_word", _shares_word),
        ("same_word", _same_word),
        ("language_change", _language_change),
        ("date_restated", _date_restated),
        ("calendar_converted", _calendar_converted),
        ("translates_words", _translates_words),
        ("learned", _learned),
    ]
)


class _Further:
    """The plan of an inside, a nearest word and gluedness whose decision reads more than the
    nearest word: the ``rules`` that asked for more (the only ones that may answer for a span
    with this plan: every other rule declined on the nearest word, or comes after the rule
    that answered), run per span in chain order, and the ``fallback`` decision when none of
    them answers (the first rule that answered on the nearest word, if any)."""

    __slots__ = ("fallback", "rules")

    def __init__(self, rules: tuple[Rule[ContextRule], ...], fallback: _Decision) -> None:
        self.rules = rules
        self.fallback = fallback


_T = TypeVar("_T")

#: The plans' values made so far, one object per value: the plans of many keys, and the
#: readings made from them, share a decision (and its ``because``) or a :class:`_Further`
#: rather than each holding a copy, also once the plans' cache has been emptied. A
#: :class:`_Further` is kept by the identities of its rules and its fallback (it holds the
#: rules, so their ids are not reused while it is kept).
_SHARED: dict[object, Any] = {}
_SHARED_LIMIT = 20_000
on_clear_caches(_SHARED.clear)


def _shared(key: object, value: _T) -> _T:
    """The value kept for ``key`` in :data:`_SHARED` (``value``, kept, if none is)."""
    kept = _SHARED.get(key)
    if kept is None:
        if len(_SHARED) >= _SHARED_LIMIT:
            _SHARED.clear()
        _SHARED[key] = kept = value
    return kept  # type: ignore[no-any-return]


def _named(rule: Rule[ContextRule], decision: tuple[str, str, int | None]) -> _Decision:
    category, because, k = decision
    return category, f"{rule.name}: {because}", k


def _decide(c: _NearestOnly, further: _Further | None = None) -> _Decision | _Further:
    """The first answer of the context chain, the rule's name leading ``because``.

    Planning (``further`` None, ``c`` the nearest word alone): every active rule is tried in
    order until one answers; the rules that ask for more than the nearest word are collected
    into a :class:`_Further` plan, unless none did (then the answer, or None, is the plan).
    Deciding a span (``c`` its line): only the rules of ``further`` run, then its fallback.
    """
    if further is not None:
        for rule in further.rules:
            decision = rule.fn(c)
            if decision is not None:
                return _named(rule, decision)
        return further.fallback
    pending: list[Rule[ContextRule]] = []
    answer: _Decision = None
    for rule in c.conv.ruler("context", CONTEXT_RULES, _context_data_rule).active():
        try:
            decision = rule.fn(c)
        except _NeedsMore:
            pending.append(rule)
            continue
        if decision is not None:
            answer = _named(rule, decision)
            answer = _shared(answer, answer)
            break
    if not pending:
        return answer
    rules = tuple(pending)
    return _shared((tuple(map(id, rules)), answer), _Further(rules, answer))


#: The mark of a triple not planned yet.
_UNPLANNED: _Decision = ("unplanned", "", None)


#: The key of a plan: the identity of the inside's facts (equal facts are one object, kept in
#: ``conv._inside_facts_pool`` as long as the plans are: hashing the facts' 25 fields at every
#: span cost more than the look-up), the nearest word's facts, gluedness and whether a closing
#: bracket stands between the nearest word and the span.
_PlanKey = tuple[int, _Word | None, bool, bool]


def _plan(
    key: _PlanKey, facts: _Inside, word: str | None, conv: Conventions, *, store: bool = True
) -> _Decision | _Further:
    """The decision for an inside, a nearest word and gluedness, or the rules to run for each
    span (:class:`_Further`; cached in ``conv``)."""
    _, wf, glued, bracketed = key
    plan = _decide(_NearestOnly(facts, wf, word, glued, conv, bracketed))
    if not store:
        return plan
    plans = conv._context_plans
    if len(plans) >= _PLANS_LIMIT:
        plans.clear()
    plans[key] = plan
    return plan


#: The word after the last elision mark glued into a word (``years…They``: ``They``).
_AFTER_ELISION = regex.compile(r"(?:…|\.{3})(\p{L}[^…]*)\Z")


def _after_elision(word: str, at: int) -> tuple[str, int]:
    """The nearest word ``word`` (at offset ``at``) less an elision glued before it: what
    follows the mark is the word (``past years…They [the United States]``: ``They``)."""
    if "…" in word or "..." in word:
        elided = _AFTER_ELISION.search(word)
        if elided is not None:
            return elided.group(1), at + elided.start(1)
    return word, at


def read_context(
    info: SpanInfo,
    text: str,
    start: int,
    end: int,
    conv: Conventions,
    inside: str | None = None,
    *,
    cached: bool = True,
) -> tuple[SpanInfo, int | None, int | None]:
    """Decide gloss or supplied for a cue-less span; returns (info, glossed_start, glossed_end).

    ``inside`` is ``text[start + 1 : end - 1]`` if the caller has it at hand. The chain is
    planned once per inside, nearest word and gluedness (:func:`_plan`); the rules of the plan
    that read further run for the span; ``cached=False`` plans for this span alone (the tests
    compare both).
    """
    if inside is None:
        inside = text[start + 1 : end - 1]
    facts = conv._inside_facts.get(inside) or _inside_facts(inside, conv)
    # the nearest word, if it touches the span (None: the span starts its line), read
    # (:func:`near_word`) on the window before the span reversed, which the span's view
    # reads the words further back on (read once)
    lo = start - _WINDOW
    back = text[lo if lo > 0 else 0 : start][::-1]
    near = near_word(text, start, back)
    bracketed = False
    if near is None:
        word = wf = None
        glued = False
        word_start = start
    else:
        word, word_start = near
        if "…" in word or "..." in word:
            word, word_start = _after_elision(word, word_start)
        wf = conv._word_facts.get(word) or _word_facts(word, conv)
        glued = text[start - 1].isalpha()
        # "[Home] [Order Form]": a closing bracket between the word and the span
        bracketed = not glued and "]" in text[word_start + len(word) : start]
    key = (id(facts), wf, glued, bracketed)
    plan = conv._context_plans.get(key, _UNPLANNED) if cached else _UNPLANNED
    if plan is _UNPLANNED:
        plan = _plan(key, facts, word, conv, store=cached)
    before = None
    if type(plan) is _Further:
        # (the learned rule reads the inside as written: not the one with nested spans marked)
        raw = inside if len(inside) == end - start - 2 else None
        before = _Before(facts, wf, word, glued, conv, text, start, end, word_start, raw, back, bracketed)
        decision = _decide(before, plan)
    else:
        decision = plan
    if decision is None:
        return info, None, None
    category, because, k = decision
    variant = _variant(info, category, because)
    if category == "correction":  # the bracket's reading is the corrected one
        variant = dataclasses.replace(variant, correction=inside.strip())
    if k is None or near is None or not _EXTENTS.get():
        return variant, None, None
    first = word_start if k == 0 else before.start_of(k)  # type: ignore[union-attr]
    variant, first, last = _glossed(variant, text, first, word_start + len(word), conv)  # type: ignore[arg-type]
    return variant, *glossed_extent(text, first, last, start, end, because.partition(":")[0], conv)


#: A word of a name: capitalised, or an initial, once the quotes and brackets around it are off.
_CAPITALISED = regex.compile(r"\p{Lu}")
#: The reading of an inside ending with a question mark (``inside.question_edge``).
_DOUBTED = "question_edge: reading ends"


class Doubt:
    """What a rule of :data:`DOUBT_RULES` reads: an uncertain reading (``info``) of the span
    at ``start``..``end`` in ``text``, under the conventions ``conv``."""

    __slots__ = ("conv", "end", "info", "start", "text")

    def __init__(self, info: SpanInfo, text: str, start: int, end: int, conv: Conventions) -> None:
        self.info = info
        self.text = text
        self.start = start
        self.end = end
        self.conv = conv


#: A rule of the doubt chain: the new reading and its glossed offsets, or None to pass.
DoubtRule = Callable[[Doubt], tuple[SpanInfo, int | None, int | None] | None]


def _doubtful_identification(d: Doubt) -> tuple[SpanInfo, int | None, int | None] | None:
    """A name of two words or more with a question mark after the words it identifies
    (``an unknown person [H.R. (“Bob”) Haldeman?]``, ``the High Military School [National War
    College?]``): a doubtful identification, gloss (its ``conjecture`` and ``cert`` kept). After
    a function word, or of lower-case words, the reading stays uncertain (``the [October?]
    [R]evolution``, ``Unknown issue [abortion?]``)."""
    info, text, start, conv = d.info, d.text, d.start, d.conv
    if not info.because.startswith(_DOUBTED):
        return None
    words = [w.strip(_STRIP + "“”") for w in (info.conjecture or "").split()]
    words = [w for w in words if w]
    if len(words) < 2 or not all(_CAPITALISED.match(w) for w in words):
        return None
    near = _NEAR_WORD.match(text, max(0, start - _WINDOW), start)
    between = text[near.end(1) : start] if near is not None else ""
    if near is None or text[start - 1].isalpha() or "]" in between or "[" in between:
        return None  # (glued, or another bracket between: "Cdes. [[N. Ivanov?]]")
    word = near.group(1)
    wf = conv._word_facts.get(word) or _word_facts(word, conv)
    if wf.function or wf.after_boundary or wf.digit_initial:
        return None
    variant = _variant(info, "gloss", f"doubtful_identification: a name doubtfully identifying {word!r}")
    # the noun phrase back to its article or determiner, if one opens it within a few words
    first = near.start(1)
    at = first
    for _ in range(_PHRASE_BACK):
        m = _PREV_WORDS_BACK.search(text, max(0, at - _WINDOW), at)
        if m is None or "\n" in text[m.end() : at] or "\r" in text[m.end() : at]:
            break
        w = fold(m.group())
        if w in _ARTICLES or w in conv.determiners:
            first = m.start()
            break
        if w in conv.function_words or w[-1:] in _BOUNDARY:
            break
        at = m.start()
    _, first, last = _glossed(variant, text, first, near.end(1), conv)
    return variant, first, last


#: How many words back the phrase a doubtful identification glosses may open with its article.
_PHRASE_BACK = 4
_ARTICLES = frozenset({"a", "an"})


#: The doubt chain, in order (first answer wins; no answer: the reading stays uncertain): what
#: the neighbouring text makes of an uncertain reading. ``[rules] disable`` switches a rule off;
#: the chain takes no data rules.
DOUBT_RULES: Ruler[DoubtRule] = Ruler(
    [
        ("doubtful_identification", _doubtful_identification),
        ("doubtful_spelling", _doubtful_spelling),
    ]
)


def _no_doubt_data_rule(spec: dict[str, Any]) -> DoubtRule:
    raise LacunaError(f"rules.doubt[{spec.get('name')!r}]: the doubt chain takes no data rules")


def read_doubtful(
    info: SpanInfo, text: str, start: int, end: int, conv: Conventions
) -> tuple[SpanInfo, int | None, int | None]:
    """An uncertain reading settled by its neighbouring text (the doubt chain,
    :data:`DOUBT_RULES`): a doubtful identification is a gloss; returns (info, glossed_start,
    glossed_end), the reading unchanged when no rule answers."""
    chain = conv.ruler("doubt", DOUBT_RULES, _no_doubt_data_rule).active()
    if not chain:
        return info, None, None
    d = Doubt(info, text, start, end, conv)
    for rule in chain:
        out = rule.fn(d)
        if out is not None:
            return out
    return info, None, None


#: Whether :func:`read_context` reads the glossed words of a gloss (:func:`categories_only`).
_EXTENTS: ContextVar[bool] = ContextVar("lacuna_glossed_extents", default=True)


@contextmanager
def categories_only() -> Iterator[None]:
    """Within the block, :func:`read_context` decides each span's reading as ever but leaves
    the glossed words of a gloss unread (no glossed offsets): for a reader that needs the
    readings only (the ``brackets`` step of :func:`lacuna.normalize`). The switch is the
    current thread's (or task's) own."""
    token = _EXTENTS.set(False)
    try:
        yield
    finally:
        _EXTENTS.reset(token)


def _glossed(
    info: SpanInfo, text: str, first: int, last: int, conv: Conventions | None = None
) -> tuple[SpanInfo, int, int]:
    """``info`` with the glossed words from ``first`` to ``last``, less the quotes and brackets
    around them and the punctuation after them (and, given the table, the contraction of a
    pronoun: "he’s [Khrushchev]" glosses "he"); a bracket of supplied words among them is kept
    whole ("Chai [Junwu] [Chai Chengwen]" glosses "Chai [Junwu]")."""
    while first < last and not text[first].isalnum():
        first += 1
    while last > first and text[last - 1] in _TRAILING:
        last -= 1
    if text[last : last + 1] == "]" and text.count("[", first, last) > text.count("]", first, last):
        last += 1  # "Chai [Junwu] [Chai Chengwen]": the supplied words' bracket closes the name
    if (
        conv is not None
        and text[last - 2 : last] in ("’s", "'s")
        and fold(text[first : last - 2]) in conv.pronouns
    ):
        last -= 2
    return info, first, last


_NO_HITS: frozenset[str] = frozenset()


def _data_hits(inside: str, conv: Conventions) -> frozenset[str]:
    """The names of the data rules whose inside pattern matches ``inside`` (stripped)."""
    conv.ruler("context", CONTEXT_RULES, _context_data_rule)
    rules = conv.data_rules("context")
    if not rules:
        return _NO_HITS
    hits = _HITS.get(id(rules))
    if hits is None or hits.rules is not rules:
        if len(_HITS) >= 64:
            _HITS.clear()
        hits = _HITS[id(rules)] = _DataHits(rules)
    return hits(inside)


class _DataHits:
    """The inside patterns of a chain's data rules, tried with two pattern calls per inside:
    their top-level alternatives anchored at the start of the inside, as one alternation
    matched at the start, and the others as one alternation searched; only when one of them
    matches (few insides) is each rule's pattern tried alone. (A pattern's search costs some
    thousand instructions whatever it finds, and a pattern searched at every position is
    slowed by an anchored alternative tried at each.) A pattern that cannot share an
    alternation (:data:`_SHARES_BADLY`) is tried alone."""

    __slots__ = ("alone", "anchors", "loose", "rules", "shared")

    def __init__(self, rules: tuple[DataContextRule, ...]) -> None:
        self.rules = rules  # (held: the key is its id)
        alone: list[DataContextRule] = []
        shared: list[DataContextRule] = []
        anchored: list[str] = []
        loose: list[str] = []
        for rule in rules:
            if rule.inside is None:
                continue
            parts = _alternatives(rule.source or "")
            if parts is None:
                alone.append(rule)
                continue
            shared.append(rule)
            for part in parts:
                (anchored if _anchored(part) else loose).append(f"(?:{part})")
        self.alone = tuple(alone)
        self.shared = tuple(shared)
        self.anchors = regex.compile("|".join(anchored), regex.IGNORECASE) if anchored else None
        self.loose = regex.compile("|".join(loose), regex.IGNORECASE) if loose else None

    def __call__(self, inside: str) -> frozenset[str]:
        names = [r.name for r in self.alone if r.inside.search(inside)]  # type: ignore[union-attr]
        if (self.anchors is not None and self.anchors.match(inside) is not None) or (
            self.loose is not None and self.loose.search(inside) is not None
        ):
            names += [r.name for r in self.shared if r.inside.search(inside)]  # type: ignore[union-attr]
        return frozenset(names) if names else _NO_HITS


_HITS: dict[int, _DataHits] = {}
#: A flag for the whole pattern, or a reference to a group (by number, name or recursion).
_SHARES_BADLY = regex.compile(r"\(\?[a-zA-Z]*-?[a-zA-Z]*\)|\\[1-9]|\\g<|\(\?(?:P[=>]|&|R\)|[+-]?\d)")
#: A group with flags of its own around a whole alternative: ``(?-i:…)``.
_SCOPED = regex.compile(r"\(\?[a-zA-Z]*-?[a-zA-Z]*:")


def _alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` (``|`` outside groups and classes), or None
    if it cannot share an alternation with others (:data:`_SHARES_BADLY`) or is not read
    whole (unbalanced groups)."""
    if not pattern or _SHARES_BADLY.search(pattern) is not None:
        return None
    parts: list[str] = []
    depth = start = i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: up to its closing bracket (a "]" first is literal)
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth != 0:
        return None
    parts.append(pattern[start:])
    return parts


def _anchored(pattern: str) -> bool:
    r"""Whether ``pattern`` (without ``|`` at its top level) can match only at the start of
    a text: it starts with ``\A``, or is one group with flags of its own (``(?-i:\A…)``)
    whose pattern does and has no ``|`` at its top level. Unsure: False."""
    if pattern.startswith("\\A"):
        return True
    scoped = _SCOPED.match(pattern)
    if scoped is None or not pattern.endswith(")"):
        return False
    inner = pattern[scoped.end() : -1]
    parts = _alternatives(inner)
    # (the group's closing parenthesis must be the last character: its pattern balanced)
    return parts is not None and len(parts) == 1 and inner.startswith("\\A")


def _inside_facts(inside: str, conv: Conventions) -> _Inside:
    """The facts of an inside (cached in ``conv``; equal facts are one object)."""
    cache = conv._inside_facts
    facts = cache.get(inside)
    if facts is None:
        stripped = inside.strip()
        facts = _facts_of(stripped, conv, _data_hits(stripped, conv))
        facts = conv._inside_facts_pool.setdefault(facts, facts)
        if len(cache) >= _INSIDES_LIMIT:
            cache.clear()
        cache[inside] = facts
    return facts


class DataContextRule:
    """A context rule written as data (``[[rules.context]]`` in the conventions file): the
    inside, the text before it on its line and the text after it each match a pattern (a
    missing pattern matches anything); the answer is ``category`` with ``glossed`` words back.
    ``words`` (a vocabulary) is the inside pattern "the whole inside is one of these words or
    phrases" (case-insensitive, spaces as any white space). ``near``, if given, is a pattern the
    nearest word before the span matches whole: it is read with the plan (no text further back),
    so a rule whose ``before`` ends on a word of a few forms declines at once on other words."""

    __slots__ = ("after", "before", "category", "glossed", "inside", "name", "near", "source", "why")

    def __init__(self, spec: dict[str, Any]) -> None:
        self.name = str(spec["name"])
        self.category = str(spec["category"])
        inside = spec.get("inside")
        inside = expand_placeholders(inside) if isinstance(inside, str) else inside
        if spec.get("words"):
            vocabulary = _vocabulary(spec["words"])
            inside = vocabulary if inside is None else f"(?={vocabulary})(?:{inside})"
        #: the inside pattern as written (None: none)
        self.source: str | None = str(inside) if inside else None
        self.inside = _compile(inside)
        self.before = _compile(spec.get("before"), r"\s*\Z")
        self.near = _compile(spec.get("near"), r"\Z", r"\A")
        self.after = _compile(spec.get("after"), "", r"\A\s*")
        glossed = spec.get("glossed", 1 if self.category == "gloss" else 0)
        self.glossed = int(glossed) - 1 if glossed else None
        self.why = str(spec.get("because", "data rule"))

    def __call__(self, c: _NearestOnly) -> _Decision:
        if self.inside is not None and self.name not in c.facts.data_hits:
            return None
        if self.near is not None and (c.near is None or self.near.match(c.near) is None):
            return None
        if self.before is not None and self.before.search(c.line_before()) is None:
            return None
        if self.after is not None and self.after.search(c.line_after()) is None:
            return None
        glossed = self.glossed if c.near is not None else None
        if glossed:
            c.word(glossed)  # the words must be there (and read)
        return self.category, self.why, glossed


def _vocabulary(words: object) -> str:
    """The pattern of a whole inside that is one of ``words`` (a word or phrase, or a list)."""
    listed = [words] if isinstance(words, str) else list(words)  # type: ignore[call-overload]
    # (a tree of the phrases' common beginnings, a space any white space: one branch tried
    # per character, not every phrase; the same whole insides match)
    phrases = {" ".join(str(w).split()) for w in listed}
    return r"\A(?:" + literal_tree(phrases, _phrase_escape) + r")\Z"


def _phrase_escape(ch: str) -> str:
    return r"\s+" if ch == " " else regex.escape(ch)


def _compile(pattern: object, tail: str = "", head: str = "") -> regex.Pattern[str] | None:
    if not pattern:
        return None
    return regex.compile(f"{head}(?:{expand_placeholders(str(pattern))}){tail}", regex.IGNORECASE)


def _context_data_rule(spec: dict[str, Any]) -> DataContextRule:
    return DataContextRule(spec)
