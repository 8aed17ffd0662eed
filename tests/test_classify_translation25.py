"""Translations after an original-language term the other rules leave alone (issue 13, class
``translation``; rules ``term_translated`` and ``quoted_rendering``): a capitalised term that is
no English word and no name completed, a quoted term; judged by the English lexicon and the
shape of English words, never by a list of any language's words. Real text of public pages,
the category written by hand from the document, and near misses that must stay as they are (a
name before the words a sentence lacks, a name completed, an editor's note, a clause ended)."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# https://www.pogromnovember1938.co.uk/viewer/fulltext/93929/1/eng/ (a Viennese testimony of
# November 1938, translated from the German: a court's German name, its English after it)
LANDESGERICHT = (
    "First along the Elisabethpromenade, then by the Landesgericht [regional court], then up the "
    "Mariahilferstraβe. Well, as soon as I saw that I felt much better: then suddenly we were off "
    "to Dachau."
)
# http://www.jewishgen.org/yizkor/david-gorodek/dav161.html (a yizkor book's translation: a
# Hasidic title kept, its English after it)
TZADIK = (
    "He arrived in David-Horodok in the year 5686 [1926], through the influence of his rabbi, the "
    "Admor of Stolin, the rabbi and Tzadik [righteous person] Rabbi Moshe Perlov, may the memory "
    "of the righteous be blessed"
)
# https://hungarianhistory.com/lib/revolt/rev08.htm (Hungarian radio of 1956 in English: a
# newspaper's Hungarian name, its English after it)
IGAZSAG = (
    '1105 "The newspaper Igazsag [Truth] yesterday asked the Revolutionary Committee of the '
    "Ministry of Foreign Affairs three questions."
)
# https://www.digitalcollections.manchester.ac.uk/view/MS-CHCR-00241 (a catalogue describing a
# Chinese manuscript: a French phrase quoted, its English after it)
CETTE_COPIE = (
    "followed by a French-language text: ‘Cette Copie’ [this copy] was written by ‘le Seul "
    "Européen qui [peut] écrire la langue chinoise” [the only European who is able to write in "
    "Chinese]."
)

# near misses, each real
# http://digitalarchive.wilsoncenter.org/document/113045.pdf?v=0efbb8e954e1b8f43843264545342200
# (a name, then the verb the sentence lacks)
KHRUSHCHEV = "25.5.62 11:00 AM\n\n1. N.S. Khrushchev [met with] Malinovsky, Gromyko, Andropov"
# https://digitalarchive.wilsoncenter.org/document/aleksander-zawadzkis-notes-19-20-october-polish-soviet-talks
MIKOYAN = (
    "Comrade Mikoyan [says] that the [PUWP] Politburo has shown itself to be inhospitable in "
    "[its] dealings with the Soviet side."
)
# https://www.reaganlibrary.gov/archives/speech/remarks-during-presidents-77th-birthday-celebration
# (a surname that is an English word completes the given name)
BAKER = "and to think that I kept trying to get Howard [Baker] to drop the packages"
# https://darwinproject.ac.uk/search?keyword=Hooker%2C+J.+D.+Hooker%2C+J.+D.+1859 (one word: the
# adjective the title's noun phrase lacks)
TASMANIAE = "Has read first sheets of JDH’s Flora Tasmaniae [introductory] essay"
# http://digitalarchive.wilsoncenter.org/document/116734 (a people's name before the words it
# qualifies)
AMERICAN = (
    "made a forced landing there…The American [air traffic control] service has no other "
    "information about it at the present moment."
)
# https://xn--skuggorfrndetfrflutna-02b01b.se/?p=3266 (an editor's note on the document)
POZNAN = (
    "whereas another was living in Poznań [note written above text] and the third was working as "
    "a policeman in the Cracow area [/note]."
)
# https://digitalarchive.wilsoncenter.org/document/cable-foreign-ministry-notice-holding-vice-foreign-minister-level-talks-between-china-and
# (the quotation's clause ended with the comma: the words the sentence lacks)
VIETNAM = (
    "then, on the pretext that “the Chinese military has not yet completely pulled out of "
    "Vietnam”, [they said this] created obstacles and prevented the talks from being held."
)

# (text, span, category, rule that decides)
CASES = [
    (LANDESGERICHT, "[regional court]", "gloss", "term_translated"),
    (TZADIK, "[righteous person]", "gloss", "term_translated"),
    (IGAZSAG, "[Truth]", "gloss", "term_translated"),
    (CETTE_COPIE, "[this copy]", "gloss", "quoted_rendering"),
    (KHRUSHCHEV, "[met with]", "supplied", None),
    (MIKOYAN, "[says]", "supplied", None),
    (BAKER, "[Baker]", "supplied", "completes_name"),
    (TASMANIAE, "[introductory]", "supplied", None),
    (AMERICAN, "[air traffic control]", "supplied", None),
    (POZNAN, "[note written above text]", "editor_note", None),
    (VIETNAM, "[they said this]", "supplied", None),
]
RULES = ("term_translated", "quoted_rendering")
NEAR_MISSES = [(text, inside) for text, inside, _, rule in CASES if rule not in RULES]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_translated_terms(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize(("text", "inside"), NEAR_MISSES)
def test_translated_terms_near_misses(text: str, inside: str) -> None:
    for rule in RULES:
        assert_not_read_by(text, inside, rule)


@pytest.mark.parametrize("rule", RULES)
def test_translated_terms_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)


def test_translated_terms_gloss_the_term() -> None:
    """The glossed words are the term's: the one word before, or the quotation back to its
    opening quote (the labels' ``glossed``)."""
    import lacuna

    def glossed(text: str, inside: str) -> str | None:
        span = next(s for s in lacuna.parse(text).spans() if s.text == inside)
        return span.glossed

    assert glossed(LANDESGERICHT, "[regional court]") == "Landesgericht"
    assert glossed(IGAZSAG, "[Truth]") == "Igazsag"
    assert glossed(CETTE_COPIE, "[this copy]") == "Cette Copie"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # words a sentence lacks after a quoted term (constructed on the forms of the Polish and
        # German records of the dev pages): no rendering of the term
        ("he wrote 'die Partei' [has decided] that", "[has decided]"),
        ("the ‘Sejm’ [also voted] against", "[also voted]"),
        ("they shouted 'Sieg Heil' [and saluted] then", "[and saluted]"),
        # a noun phrase that goes on after the bracket: the words are the sentence's
        ("the Bydgoszcz [provincial party] committee met", "[provincial party]"),
        ("the Szczecin [party committee] met", "[party committee]"),
        ("near Khabarovsk [border guards] fired", "[border guards]"),
    ],
)
def test_sentence_words_after_a_term_are_supplied(text: str, inside: str) -> None:
    span = span_of(text, inside)
    assert span.category == "supplied", span.because
