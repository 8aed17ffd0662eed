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


def test_words_hard_to_read_in_english():
    # the same phrase in English, as a transcriber writes it
    span = span_of("and then we went [hard to read] to the station", "[hard to read]")
    assert span.category == "gap" and span.reason == "illegible", span.because
    span = span_of("Dear Sir, [2 words difficult to read] your letter", "[2 words difficult to read]")
    assert span.category == "gap" and span.quantity == 2 and span.unit == "word", span.because


def test_hard_is_no_gap_without_reading():
    # "hard" with no reading of the text is no reason
    span = span_of("it was [a hard winter] for all", "[a hard winter]")
    assert span.category != "gap", span.because


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
    # "the [gap] between" in a sentence is read as usual only when the word is not alone
    span = span_of("they spoke of the [gap between them] at length", "[gap between them]")
    assert span.category != "gap", span.because
