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


def test_illegible_signature_in_a_sworn_translation():
    # https://sarah-schneider-sprachdienste.de/es/firma-ilegible-traduccion-jurada (a sworn
    # translator on the BDÜ guideline: a signature that cannot be read is given as "firma
    # ilegible"); the German and Russian translators' forms of the same note
    for inside in ("[firma ilegible]", "[Unterschrift unleserlich]", "[подпись неразборчива]"):
        span = span_of(f"El Director {inside} Madrid, 3 de mayo de 1950", inside)
        assert span.category == "gap", (inside, span.because)
        assert span.unit == "signature" and span.reason == "illegible", (inside, span.because)


def test_seal_place_in_russian():
    # https://belmarket.eu/news/cb0f5525-d4a5-4bd5-86d6-a25e93574848 (a lawyer on the "м.п."
    # printed by the signature of a contract: место печати, the place of the seal, as "L. S.")
    span = span_of("Директор ____________ Иванов И. И.\n[М.П.]\n", "[М.П.]")
    assert span.category == "editor_note" and span.because.startswith("seal_place"), span.because


def test_struck_word_not_given_in_other_languages():
    # the Spanish transcription markers "[ILEGIBLE]", "[TACHADO]" for a word not read and a word
    # struck out (a transcription guide's markers, as "[strike-out]" in the Papers of George
    # Washington on PBS): gaps, reason deleted
    for inside in ("[tachado]", "[rayé]", "[gestrichen]", "[зачеркнуто]"):
        span = span_of(f"y luego {inside} el dia siguiente", inside)
        assert span.category == "gap" and span.reason == "deleted", (inside, span.because)


def test_a_signature_named_alone_in_other_languages():
    # "[Unterschrift] [Stempel]" at the foot of a German form, as "[signature]" and "[stamp]"
    for inside in ("[Unterschrift]", "[Stempel]", "[sello]", "[печать]", "[pieczęć]"):
        span = span_of(f"Berlin, den 3. Mai 1950\n{inside}\n", inside)
        assert span.category == "editor_note", (inside, span.because)
