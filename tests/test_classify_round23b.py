"""Conventions of the twenty-third labelling round's second part (labels23b, editions and
transcriptions of English-language papers): a writer's wrong word set right by the transcriber
(``wrong_word``), an e-text's superscript markup (``superscript_markup``), a transcription wiki's
label for words written sideways (``[notes.heads]``, ``sheet_place``): real text of dev's pages,
the category written by hand from the document, and a near miss for each rule that must not
fire."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# https://sethkaller.com/view-item.php?id=1702%3Ffavorite%3D1%3Ffavorite%3D1 (a dealer's
# description of a Continental Army orderly book of 1776 quoting Washington's General Orders)
KALLER = (
    "when the Deleration of Congress Shewing the grounds & Reasons of the Measures to be Read "
    "with Laudable [audible] Voice the genl [George Washington] Hopes that this important Point"
)
# https://transcription.si.edu/view/25437/AAA-borgsolo00038-000031 (Borglum's letters,
# Smithsonian Transcription Center: letters the writer left out)
BORGLUM = (
    "I told him this morning I wanted a clean shave & hair cut, because if I am killed today or "
    "wounded I wand [wanted] to look clean wherever I am stretched out."
)
# the same letters: a spelling by sound, only a vowel changed
BORGLUM_TOO = "of course the wounded are coming in but we are to [too] far away now to be a first aid"
# https://actonmemoriallibrary.org/earlytownrecords/page033.html (Acton's town records: the
# writer's spelling, a word outside the lexicon)
ACTON = "John Davis Juner [junior] Samuel Wheeler Juner was\nChoosen Deer Reefes [reeves] / Fense Viewers"
# https://partyfass.cc/read-18802-3077859.html (John Mercer's ledger, a printed edition as an
# e-text: the writer's raised letters after a caret)
MERCER = "1731\n\nSep 9 By Ball^[a.] bro^[t.] from fol 36 . 2.4 By 500 2^d Nails @ 2/5 p m . 2.5"
# https://digital.newberry.org/transcribe/wiki/index.php?diff=117726&oldid=117724&title=.MTUy.MzU1NzE
# (the Newberry's Transcribing Modern Manuscripts wiki: a Kansas settler's letter of 1856)
NEWBERRY = (
    "I think a second hand one-horse wagon will cost about $40. If I met with a good chance, I "
    "think I shall buy. | ||\n[[sideways in margin:]]"
)
# https://digitallibrary.vassar.edu/media/extracted-text/bromley-frances-m-diary-1877 (Vassar
# College Digital Library's edited diary: an empty pair for letters not read)
BROMLEY = (
    "The worst drop of bitterness ... []ver be moving on to ... ... from without. the lowest depth "
    "of resignation is not to be"
)
# http://www.territorialkansasonline.org/~imlskto/cgi-bin/index.php?SCREEN=keyword&selected_keyword=Free%20state%20settlers&sort_by=true&submit=Go&allresults=1
# (Territorial Kansas Online's catalogue: an unsigned letter's writer supplied)
BROWN = "Letter, [John Brown, Jr.] to Dear Father [John Brown]\nAuthors: Brown, Jr., John"
# https://cather.unl.edu/letters.html?_name=Kansas (the Willa Cather Archive's calendar of
# letters: Janis Stout's calendar number closing a summary, after the signature)
CATHER = (
    "Hopes to go to Red Cloud for a long visit some time, and hopes she will come.   Willie   "
    "[Stout #1044]\n\nTo Edward WagenknechtDec. 31, 1938PM"
)
# https://darwin-online.org.uk/converted/Ancillary/2021_van_Wyhe_&_Chua_Charles_Darwin._Justice_of_the_Peace_A2115.html
# (Darwin Online's converted book: a page's number outside its marker)
DARWIN = "John van Wyhe & Christine Chua\n\n[page 2]\n\n[page] 3\n\nCONTENTS"
# https://www.christies.com/lot/lot-1794821 (an auction description quoting Andrew Jackson's
# letter of 30 April 1832: the cataloguer's standard spelling of a word spelt by sound)
JACKSON = (
    'the President writes: "My Dear Andrew, I wrote you this morning a short & hasty scroll [scrawl]. I am'
)
# https://historical.ha.com/common/auction/catalogprint.php?SaleNo=6031 (Heritage Auctions'
# catalogue of historical manuscripts, 2009: the cataloguer's state after the place)
HERITAGE = (
    'The Amherst letter is four integral pages, written on page one and docketed on page four, 8.25" '
    'x 12.75", September 17, 1761, Staten Island [New York]. In the letter, to Colonel [William] Byrd'
)
# https://history.churchofjesuschrist.org/chd/transcript?lang=eng&name=transcript-for-jesse-b-martin-journals-1853-1857
# (a journal's transcript: a function word supplied after a word a letter from it)
MARTIN = (
    "this day we travelled 13 miles & passed through Broohly, we camped out on the prairies "
    "where [there] was no wood."
)

# (text, span, category, rule that decides)
CASES = [
    (KALLER, "[audible]", "correction", "wrong_word"),
    (MERCER, "[a.]", "other", "superscript_markup"),
    (MERCER, "[t.]", "other", "superscript_markup"),
    (NEWBERRY, "[sideways in margin:]", "editor_note", "labelled_note"),
    (NEWBERRY, "[[sideways in margin:]]", "editor_note", None),
    (BROMLEY, "[]", "gap", "empty"),
    (BROWN, "[John Brown, Jr.]", "supplied", None),
    (CATHER, "[Stout #1044]", "editor_note", "calendar_number"),
    (DARWIN, "[page]", "page_break", "page_word_before_number"),
    (JACKSON, "[scrawl]", "gloss", "spelt_by_sound"),
    (HERITAGE, "[New York]", "supplied", "place_state"),
    (ACTON, "[reeves]", "gloss", "standard_spelling"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_round23b_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


def test_wrong_word_correction_field() -> None:
    assert span_of(KALLER, "[audible]").correction == "audible"


def test_empty_in_word_reason() -> None:
    assert span_of(BROMLEY, "[]").reason == "illegible"


def test_empty_between_words_stays_other() -> None:
    # the Bromley text with the pair set apart from the word (a near miss): read as before
    assert_read_by("moving on to [] from without", "[]", "other", "empty")


def test_sentence_ending_with_a_suffix_is_a_note() -> None:
    assert_read_by(
        "x [He was the son of John Brown, Jr.] y",
        "[He was the son of John Brown, Jr.]",
        "editor_note",
        "sentence_note",
    )


# near misses: (text, span, rule that must not decide it)
NEAR = [
    (BORGLUM, "[wanted]", "wrong_word"),  # letters left out: a spelling set right
    (BORGLUM_TOO, "[too]", "wrong_word"),  # after a function word, a vowel apart
    (ACTON, "[reeves]", "wrong_word"),  # the writer's word not in the lexicon
    (KALLER, "[audible]", "spelt_by_sound"),  # a consonant changed: another word
    (MARTIN, "[there]", "wrong_word"),  # a function word: supplied
    ("1731 By Ball [a.] bro from fol 36", "[a.]", "superscript_markup"),  # no caret
    ("CONTENTS and the [page] 3 lines", "[page]", "page_word_before_number"),  # inside a sentence
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR)
def test_round23b_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


def test_sideways_place_without_label() -> None:
    assert_read_by(
        "the words [sideways in margin] follow", "[sideways in margin]", "editor_note", "sheet_place"
    )


@pytest.mark.parametrize(
    "rule",
    [
        "wrong_word",
        "superscript_markup",
        "calendar_number",
        "page_word_before_number",
        "spelt_by_sound",
        "place_state",
    ],
)
def test_round23b_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)
