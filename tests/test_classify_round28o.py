"""The twenty-eighth round, pages of sites other than the core archives: gaps said in other words
or languages. Cases written by hand from the real pages (address in a comment)."""

from __future__ import annotations

from conftest import span_of


def test_words_hard_to_read_in_french_are_a_gap():
    # https://museumvimytojuno.ca/fr/articles/archie-macnaughton-fr/artefacts/archie%20letter-040644-fr
    # (the Juno Beach Centre's French transcription of a soldier's letter of 1944)
    text = (
        "Fancy (Francis, fils) et Margie (Margaret, fille), prenez bien soin de « Mumzzer » "
        "[mots difficiles à lire]. Si tu aimes la terre Fancy, restes-y"
    )
    span = span_of(text, "[mots difficiles à lire]")
    assert span.category == "gap", span.because
    assert span.reason == "illegible" and span.unit == "word", span.because


def test_hard_to_read_at_a_sentence_head_is_no_gap():
    # negative cases of the review of other28 (finding 5): a hard-to-read phrase opening a longer
    # inside is a sentence's words, not the transcriber's gap (both were gaps before the fix)
    span = span_of("The book was [hard to read for children] indeed", "[hard to read for children]")
    assert span.category != "gap", span.because
    span = span_of("He wrote [difficult to read, he said] here", "[difficult to read, he said]")
    assert span.category != "gap", span.because


def test_riga_is_no_unit():
    # negative cases of the review of other28 (finding 4): Riga, Latvia's capital, is no Italian
    # line ("riga") of an extent (both were gaps of unit line before the fix)
    span = span_of("the train to [Riga illegible] left", "[Riga illegible]")
    assert span.unit != "line", span.because
    span = span_of("the train to [Riga text missing] left", "[Riga text missing]")
    assert span.unit != "line", span.because


def test_japanese_elision_mark():
    # https://obladioblako.hatenablog.com/entry/2021/08/27/001642 (a Japanese blog's copy of the
    # Tokyo tribunal's record: "[中略]", the middle left out, on a line of its own)
    text = (
        "(英語から日本語、日本語から英語、英語から中国語、中国語から英語の通訳は極東国際軍事法廷言語部"
        "によってなされた。)\n\n[中略]\n\n                     2,518"
    )
    span = span_of(text, "[中略]")
    assert span.category == "gap" and span.reason == "elided by editor", span.because
    assert span.because.startswith("elision"), span.because


def test_bare_gap_word_is_a_gap():
    # http://whitehousetapes.net/transcript/nixon/603-001 (the Nixon tapes' transcript: a gap in
    # the recording, then the time it runs to)
    text = "just as you planned it. [a46:06]\n\n[Gap] --“ 114:50 on to 116:20. Ziegler enters"
    span = span_of(text, "[Gap]")
    assert span.category == "gap" and span.unit == "text", span.because
    # the same page's line, with the words before it on the line: the word is no longer the
    # transcriber's gap but read as usual
    text = "just as you planned it. [a46:06] [Gap] --“ 114:50 on to 116:20. Ziegler enters"
    span = span_of(text, "[Gap]")
    assert span.category != "gap", span.because


def test_bare_gap_word_in_a_sentence_is_no_gap():
    # negative cases of the review of other28 (finding 3): the word in a sentence is a word
    # supplied (the shop's name, a gap in a fence), not the transcriber's gap
    span = span_of("He bought jeans at [Gap] yesterday", "[Gap]")
    assert span.category == "supplied", span.because
    span = span_of("there was a [gap] in the fence", "[gap]")
    assert span.category == "supplied", span.because
