"""What a document says its brackets hold (issue 13): its declared convention for notes.

Many translations say once, in a preface, a header or a first note, whose notes their brackets
hold: ``[Translator’s notes appear in square brackets.]`` (the Bahá’í International Community's
Iranian archive), ``Brackets indicate translator's comments/expansion of abbreviations`` (a CIA
translation), ``Notes added by transcribers are in square brackets`` (BYU's transcriptions),
``Anmerkungen des Übersetzers in eckigen Klammern``. :func:`declared_notes` reads such a
declaration once a text (cached, like :func:`lacuna.classify.numbers.layout.declares_pagination`):
a clause holding a word for brackets (``[notes.declared] brackets``), a word for notes
(``notes``) and whose they are (``translator`` or ``editor``), not inside a quotation. The rule
``declared_notes`` then reads a note the other rules gave to the editor by default (no label of
its own, not describing the document) as the translator's, as the document declares.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.words import clause_bounds
from lacuna.conventions import Conventions
from lacuna.errors import LacunaError
from lacuna.rules import Ruler

#: A clause's end: a sentence's stop before a capital, a semicolon, a closing bracket, a line
#: break (a declaration is one clause on one line).
_CLAUSE_END = regex.compile(r"(?<=[\p{Ll}\d)\]]{2})[.!?][\"”’)]*+\s++(?=[\p{Lu}\[(“\"])|[;\]\r\n]")
#: How far each side of a bracket word its clause is read (characters).
_LOOK = 200


def declared_notes(text: str, conv: Conventions) -> tuple[str, str] | None:
    """The category the document declares its bracketed notes to be (``translator_note`` or
    ``editor_note``) and the clause that declares it, or None (no declaration, or both)."""
    words = conv.section("notes", "declared")
    if not words:
        return None
    return _declared(
        text,
        tuple(words.get("brackets", ())),
        tuple(words.get("notes", ())),
        tuple(words.get("translator", ())),
        tuple(words.get("editor", ())),
        tuple(words.get("not_notes", ())),
    )


@functools.lru_cache(maxsize=8)
def _declared(
    text: str,
    brackets: tuple[str, ...],
    notes: tuple[str, ...],
    translator: tuple[str, ...],
    editor: tuple[str, ...],
    others: tuple[str, ...],
) -> tuple[str, str] | None:
    if not brackets:
        return None
    bracket_word = _alternation(brackets, word=False)
    found: dict[str, str] = {}
    for m in bracket_word.finditer(text):
        lo, hi = clause_bounds(text, m.start(), m.end(), _LOOK, _CLAUSE_END)
        clause = text[lo:hi]
        if _quoted(text, lo, m.start()) or not _declares(clause, notes, others):
            continue
        for category, owners in (("translator_note", translator), ("editor_note", editor)):
            if owners and _alternation(owners).search(clause) is not None:
                found.setdefault(category, " ".join(clause.strip("[] ").split()))
    if len(found) != 1:
        return None  # none, or both: the document's notes are not all one's
    return next(iter(found.items()))


def _declares(clause: str, notes: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """Whether ``clause`` speaks of notes as what the brackets hold: a word for notes, none of
    them a label (``[Translator's note: the brackets used in the text are from the Russian
    translation …]`` is a note, not a declaration), and no word for something else the brackets
    could hold (``Numbers in square brackets refer to the translator's notes``: ``not_notes``),
    nor telling them by a quoted mark of their own (:data:`_MARKED`)."""
    found = [m.end() for m in _alternation(notes).finditer(clause)]
    if not found or any(clause[at : at + 2].lstrip().startswith(":") for at in found):
        return False
    if _MARKED.search(clause) is not None:
        return False  # the translator's notes told by a mark of their own, not by the brackets
    return not others or _alternation(others).search(clause) is None


#: A clause that tells the notes by a quoted mark (the Wilson Center's Yugoslav record of
#: Stalin's talk with Tito, 1946: ``Any brackets and notes by the English translator will
#: hereafter be denoted by "trans."``: the notes without that mark are not the translator's).
_MARKED = regex.compile(r"(?i)\b(?:by|with|as)\s{1,3}[\"“‘']")


def _quoted(text: str, lo: int, at: int) -> bool:
    """Whether an opening quotation mark before ``at`` in ``text[lo:at]`` is left open (the
    declaration is part of a quoted passage)."""
    part = text[lo:at]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


@functools.lru_cache(maxsize=32)
def _alternation(words: tuple[str, ...], *, word: bool = True) -> regex.Pattern[str]:
    """One pattern for ``words`` (case-insensitive, the longest first; whole words unless
    ``word`` is false, then at a word's start)."""
    alts = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    tail = r"(?![\p{L}\p{N}])" if word else ""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alts}){tail}", regex.IGNORECASE | regex.VERSION1)


#: The readings of the rules that give a note to the editor by default, for want of any other
#: cue (a sentence, several, a line of its own): the readings a declaration settles. A note the
#: other rules read by what it says (a label, a redaction, a stamp, a field of a clipping, a
#: stage direction, the learned rules' readings) keeps its reading.
DEFAULT_NOTES = ("sentence_note: ", "long_note: ", "numbered_line: ", "own_line: a line of its own: ")

NoteRule = Callable[[SpanInfo, str, Conventions], "SpanInfo | None"]


def _declared_notes(info: SpanInfo, text: str, conv: Conventions) -> SpanInfo | None:
    """A note the other rules gave the editor by default, in a document that declares its
    bracketed notes the translator's (``[Translator’s notes appear in square brackets]`` ↵ …
    ↵ ``[1] [An idol, symbol of tyranny, symbolically referring to the Pahlavi king …]``): the
    translator's note, as the document declares. A note with a label of its own keeps it
    (``[Ed. note: …]`` is read by ``labelled_note`` before)."""
    if info.category != "editor_note" or not info.because.startswith(DEFAULT_NOTES):
        return None
    found = declared_notes(text, conv)
    if found is None or found[0] != "translator_note":
        return None
    because = (
        f"the document says its bracketed notes are the translator's ({found[1][:60]!r}; {info.because})"
    )
    return dataclasses.replace(info, category="translator_note", because=f"declared_notes: {because}")


#: The note chain, in order (first answer wins; no answer: the reading stays): what the
#: document's declared convention makes of a note read by default. ``[rules] disable`` switches
#: a rule off; the chain takes no data rules.
NOTE_RULES: Ruler[NoteRule] = Ruler([("declared_notes", _declared_notes)])


def _no_note_data_rule(spec: dict[str, Any]) -> NoteRule:
    raise LacunaError(f"rules.note[{spec.get('name')!r}]: the note chain takes no data rules")


def read_note(info: SpanInfo, text: str, conv: Conventions) -> SpanInfo:
    """A note read by default (:data:`DEFAULT_NOTES`) settled by the document's declared
    convention (the note chain, :data:`NOTE_RULES`); the reading unchanged when no rule
    answers."""
    for rule in conv.ruler("note", NOTE_RULES, _no_note_data_rule).active():
        out = rule.fn(info, text, conv)
        if out is not None:
            return out
    return info
