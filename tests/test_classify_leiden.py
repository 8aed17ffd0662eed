"""Lost and unread letters as editions of ancient and medieval texts mark them (the Leiden
conventions of epigraphy and papyrology): gaps, whatever site prints them. Cases written by hand
from the conventions as the editions print them; the shapes, not one page's words."""

from __future__ import annotations

import lacuna


def span_of(text: str, inside: str) -> lacuna.Span:
    return next(s for s in lacuna.parse(text).spans() if s.text == inside)


def test_letters_lost_in_a_break_counted():
    # the Packard Humanities Institute's Greek inscriptions: "[ -ca.?- ]", "[-ca. 7-]"
    span = span_of("ἔδοξε τῆι βουλῆι [ -ca.?- ] καὶ τῶι δήμωι", "[ -ca.?- ]")
    assert (span.category, span.unit, span.quantity) == ("gap", "character", None), span.because
    span = span_of("the council [-ca. 7-] and the people", "[-ca. 7-]")
    assert (span.category, span.unit, span.quantity) == ("gap", "character", 7), span.because
    # papyri and tablets: "[± 5]", "[± 12 letters]"
    span = span_of("and he wrote to [± 12 letters] concerning the wheat", "[± 12 letters]")
    assert (span.category, span.unit, span.quantity) == ("gap", "character", 12), span.because


def test_signs_seen_but_not_read():
    # Assyriology's x for each sign not read ("[x x x]", "[x-x]")
    assert span_of("Thus says [x x x] to Hammurabi", "[x x x]").category == "gap"
    assert span_of("the silver of [x-x] the merchant", "[x-x]").reason == "illegible"
    # near misses: one x is no run of signs; capitals are initials; a redaction's x's stay one
    assert not span_of("a [x] b", "[x]").because.startswith("unread_signs")
    assert not span_of("the [X X] men", "[X X]").because.startswith("unread_signs")


def test_an_editions_word_for_lost_text():
    assert span_of("the king went up to [lacuna] and took the city", "[lacuna]").category == "gap"
    assert span_of("the gods [traces] of the temple", "[traces]").category == "gap"


def test_marks_parted_by_spaces_one_for_each_lost_letter():
    # "[. . . . .]" (five letters, or an elision), "[— — —]"; two marks are not enough
    assert span_of("he sent [. . . . .] to me", "[. . . . .]").category == "gap"
    assert span_of("to the [— — —] god", "[— — —]").category == "gap"
    assert not span_of("he [. .] it", "[. .]").because.startswith("elision")
