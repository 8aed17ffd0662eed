"""Issue 13, the 25th round's ``other`` and ``translator_note``: brackets that are the author's own
list numbering, and the translator's word on what the translation cannot render. Real text of
dev's pages, the reading written by hand from the document, and near misses that must not be
read so."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, span_of

# -- translator_remark: the translator speaks of translating ---------------------------------------

# https://poetryinhell.org/appendix-c-how-the-archives-were-collected-buried-unearthed-conserved-and-viewed/a-look-into-the-papers-of-the-ringelblum-archive/
# (Rachel Auerbach's 1947 report, translated on the site with the translator's bracketed notes)
RINGELBLUM = (
    "Rachel Auerbach\nJuly 18, 1947\n\n[The damage in the first paragraph prevents exact "
    "translation but it appears that while working with the papers that have been damaged in the "
    "Ringelblum Archives, the workers tell each other “Don’t read now”, but one really wants to "
    "look into the papers that one is working with- it is hard to resist.]\n\nOne meets a mass"
)
# https://483days.net/new-page-3 (Pithiviers letters, translated from the Polish)
PITHIVIERS = (
    "Try to hide it in a few places so I can have your letter, which will be long.\n[It’s not "
    "clear from the text what she was supposed to hide – is it possible that they somehow hid "
    "letters inside the care packages? Inside different items that were included?]\n\n(PAGE 2)"
)


@pytest.mark.parametrize("text", [RINGELBLUM, PITHIVIERS])
def test_the_translator_speaks_of_translating(text):
    inside = text[text.index("[") : text.index("]") + 1]
    assert_read_by(text, inside, "translator_note", "translator_remark")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # https://history.state.gov/historicaldocuments/frus1928v01/d478: FRUS's heading of a
        # translated text, the editor's
        (
            "Chairman of the International Conference of American States on Conciliation and "
            "Arbitration (Kellogg)\n\n[Translation]\n\nI reply to the despatch",
            "[Translation]",
        ),
        # books.google.com.tw, the CWIHP Bulletin: a source note naming the translator
        (
            "ANDROPOV\n\n[Source: TsKhSD f. 89, op. 5, d. 3, ll. 1-14. Translated by Vladislav Zubok "
            "who thanks Ray Garthoff for his kind assistance.]\n\nAndropov's Report",
            "[Source: TsKhSD f. 89, op. 5, d. 3, ll. 1-14. Translated by Vladislav Zubok who thanks "
            "Ray Garthoff for his kind assistance.]",
        ),
    ],
)
def test_a_note_naming_a_translation_is_no_translator_remark(text, inside):
    assert_not_read_by(text, inside, "translator_remark")


# -- list_item: the author's numbering after a comma or a semicolon --------------------------------

# https://asabe.jp/en-GB/asiareport/「我々は攻撃する」ポル・ポト政治論文/ (a translated Pol Pot paper,
# the translator's commentary numbering its points)
POL_POT = (
    "he recorded here his thoughts and tactics that can interpret the issues which his party is "
    "causing at the moment as; [1] the Vietnamese genocide in every prefecture, [2] the combat in "
    "Battambang and Kompong Thom prefectures, and [3] the capture of UNTAC personnel"
)


@pytest.mark.parametrize("inside", ["[1]", "[2]", "[3]"])
def test_a_list_numbered_after_commas_is_the_authors(inside):
    assert_read_by(POL_POT, inside, "other", "list_item")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # https://wikimili.com/en/Special_Tribunal_for_Lebanon: a note's number before "and"
        (
            "Its official languages are Arabic, French and English. [11] The Tribunal is unique among "
            "international criminal tribunals in that it may hold trials in absentia , [12] and it is "
            "the first to deal with terrorism as a distinct crime. [13] The Tribunal",
            "[12]",
        ),
        # algerhiss.com's Vassiliev notebook: a note's number before a capitalised name
        (
            "Special attention – to “Ales.” [8] Was at the Yalta conference, [9] “Ales” then left "
            "for Mexico City [10] and has not yet come back.",
            "[9]",
        ),
    ],
)
def test_a_note_number_after_a_comma_is_no_list_item(text, inside):
    assert_not_read_by(text, inside, "list_item")
    assert_read_by(text, inside, "footnote_ref", None)


def test_note_numbers_after_commas_are_no_list():
    # the form of a Wikipedia article's notes (constructed on it: numbers after commas before a
    # pronoun or an article, no [1] opening a list after a colon or semicolon): note references
    text = "Born in Lyon in 1802, [3] he studied law in Paris, [4] the city where he met her."
    for number in ("[3]", "[4]"):
        span = span_of(text, number)
        assert span.category == "footnote_ref", (number, span.because)
