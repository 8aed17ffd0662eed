"""Shapes that recur on several unseen hosts (task shapes41): empty brackets holding only spaces
between two words of a sentence, the blank a transcriber left for what was not read
(``empty``'s ``blank_between_words``). Real text of dev's pages with the category written by
hand from the document, and near misses written by hand (archival prose, a page's transcription
note, a form's boxes) that must stay ``empty``'s other."""

from __future__ import annotations

import pytest

from conftest import assert_read_by, span_of

# http://firstblacks.org/en/manuscripts/fb-primary-024-manuscript/translation/ (a Spanish
# royal cédula of the 1520s in translation: blanks where the transcriber read nothing)
FIRSTBLACKS = (
    "I, Juan de Samano, certify that a petition /\nwas presented and a [ ] cédula of his majesty, "
    "signed of his royal name /\n[ ] by Francisco de los Covos, his secretary /\naccording to [ ] "
    "which, one after the other /\nis as follows"
)
# http://founders.archives.gov/documents/Washington/99-01-02-00774 (Founders Online: a letter to
# Washington, blanks in the copy)
FOUNDERS = (
    "I could not [accuse] my self of it. and if my particular [   ] affection to La fayette, makes "
    "me looking upon his Lady's fate as my own"
)
FOUNDERS_YET = (
    "this is the rigor of the treatement she records, yet [   ] she received in robespierres prisons"
)
# https://geniza.princeton.edu/ar/documents/16247/scholarship (the Princeton Geniza Project's
# edition of an Arabic letter: a blank in line 9)
GENIZA = "  9. بن قسطنطين وسر [    ] عولا بن هحلم وغرس بن لبن الملفطانى\n  10"

BLANKS = [
    (FIRSTBLACKS, "[ ]"),
    (FOUNDERS, "[   ]"),
    (FOUNDERS_YET, "[   ]"),
    (GENIZA, "[    ]"),
]


@pytest.mark.parametrize(("text", "inside"), BLANKS)
def test_blank_between_words_is_a_gap(text: str, inside: str) -> None:
    assert_read_by(text, inside, "gap", "empty")
    span = span_of(text, inside)
    assert "between the words of a sentence" in span.because
    assert span.reason is None


def test_firstblacks_each_blank() -> None:
    import lacuna

    spans = [s for s in lacuna.parse(FIRSTBLACKS).spans() if s.text == "[ ]"]
    # the pair opening a line after "/" has no word before it on its line: left as it was
    assert [s.category for s in spans] == ["gap", "other", "gap"]


# near misses written by hand: each must stay empty's other
NEAR_MISSES = [
    # the lead's review probes: the brackets named as a mark (written, put, labelled, "where")
    "Insert the name here [ ] and sign below.",
    "I have written [ ] where the text is torn.",
    "a button labelled [ ] on the form",
    "the editor put [ ] for each lost word",
    "Letters surrounded by [ ] represent long vowels.",
    "Words enclosed in [ ] are the editor's throughout.",
    "Tick the box [ ] if you agree to the terms.",
    "married [ ] single [ ] widowed [ ]",
    "748RS—1 5343 Oral Answers [ ] to Questions, 5344",
    "This is quite ground-breaking work.” [ ]",
    "In such cases, cross-references are provided in [ ].",
    "Translator's insertions are marked thus [ ]; omissions by dots.",
    "Hard to decipher, most probably meaning\n\n[ ] Transcription note",
    "Blank spaces in the original are shown as [ ] in this edition.",
    "The editor's additions appear within [ ] throughout the letters.",
    "Notes in square brackets [ ] are the translator's.",
    "Capt. Smith [ ] and his men came ashore at noon.",
    "the symbol [ ] stands for a word the clerk left out",
    "- [ ] send the copies to the embassy",
    "He wrote to [ ] Smith about the matter.",
    "Name [ ] Age [ ] Place of birth [ ]",
    "We left Cincinatti. [ ] I left a few weeks ago",
    "Subject: [ ] This week's excerpt",
    "the word [ ]\nwas not read",
    "The envoy's report [] was received on Monday.",
    "Each empty pair [ ] marks a word the copyist could not read.",
    "the translator has used [ ] for words he added",
    "gaps in the text [ ] indicate passages torn from the page",
    "the original has a space here and [ ] is left blank in our copy",
    "moving on to [] from without",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_blank_near_misses_stay_other(text: str) -> None:
    import lacuna

    spans = [s for s in lacuna.parse(text).spans() if not s.text.strip("[] ")]
    assert spans
    for span in spans:
        assert span.category == "other", (span.text, span.because)
        assert span.because == "empty: empty brackets", span.because
