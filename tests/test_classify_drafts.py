"""Quoted words of a draft and what was done to them on the page (crossed out, inserted,
handwritten): the editor's description of the words' form, whatever sentence the bracket
stands in. Cases written by hand from transcriptions of drafts and letters."""

from __future__ import annotations

import lacuna
from conftest import span_of


def test_quoted_words_crossed_out_and_handwritten():
    # http://beautifulstyle.net/index-366.html (a copy of Factba.se's transcript of Kennedy's
    # prepared remarks for the White House Correspondents' dinner, 24 May 1963)
    text = (
        'But I would ["I would" crossed out, handwritten "you gentlemen of the press should"] '
        "not take much comfort from this because"
    )
    span = span_of(text, '["I would" crossed out, handwritten "you gentlemen of the press should"]')
    assert span.category == "editor_note", span.because
    assert span.because.startswith("quoted_words_marked")
    # the clean edition keeps the draft's words and drops the editor's description
    assert lacuna.render.clean(lacuna.parse(text)) == "But I would not take much comfort from this because"


def test_quoted_words_inserted_or_struck_through():
    # the shapes transcriptions of drafts print after a function word, which would otherwise
    # read the bracket as words the sentence needs
    for inside in (
        "[“Vietnam” struck through]",
        '["today" inserted above the line]',
        '[word "not" added by hand]',
        '[the words "not yet" are handwritten]',
    ):
        span = span_of(f"We will {inside} go there.", inside)
        assert span.category == "editor_note", (inside, span.because)


def test_quoted_words_without_an_edit_are_not_described():
    # a quoted original-language word and its translation, or quoted words alone: not a
    # description of the page
    assert span_of("the wording [“kuaisu” promptly] here.", "[“kuaisu” promptly]").category != "editor_note"
    assert span_of('he said ["not yet"] to them.', '["not yet"]').category != "editor_note"
