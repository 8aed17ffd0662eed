"""Conventions of the twenty-fourth labelling round's first part (labels24a, translated
twentieth-century political, military and police documents): a book's page join
(``page_join``), a speaker's tone inside a sentence (``manner_aside``), an acronym opening its
line after the words it abbreviates (``acronym_across_line``), whose the thing is after a
possessive (``possessor_named``), a translator's queried rendering (``queried_rendering``), a
web book's link to its contents (``web_control``): real text of dev's pages, the category
written by hand from the document, and a near miss for each rule that must not fire."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off

# https://hungarianhistory.com/lib/revolt/rev08.htm (Lettis's The Hungarian Revolt, a book of
# radio broadcasts of 1956 on the web: the printed pages' join, a link bar above)
LETTIS_75 = (
    "[Table of Contents] [Previous] [Next] [HMK Home] Richard Lettis: The Hungarian Revolt\n\n"
    'Saturday, November 3, 1956\n\nRADIO FREE KOSSUTH\n\n0910 "According to information received '
    "from Ferihegy Airport [Budapest], a message has been received from Prague announcing the "
    "arrival here this morning of an aircraft carrying 16 UN\ndelegates. [74/75]\n\n\n\n0930 Press "
    "review. Nepszava asks that work and production be resumed:"
)
# http://www.hungarianhistory.com/lib/revolt/rev04.htm (the same book: a join inside a slogan,
# a possessor named after "their")
LETTIS_5 = (
    "The streets resounded with these slogans: 'People of Kossuth, March Forward Hand in Hand,' "
    "'We Want a New Leadership--We Trust Imre [4/5]\n\n\nNagy,' 'Long Live the People's Army,'"
)
LETTIS_THEIR = (
    "students of all the universities and high schools in Budapest staged a demonstration under "
    "the leadership of the Petofi Club of the DISZ, which decided . . . to take responsibility for "
    "their [the students'] action."
)
# http://rwandafile.com/rtlm/rtlm0012.html (an RTLM broadcast's transcript in English: the
# speaker's tone noted inside the sentence)
RTLM = (
    "But you can bring to us other items, you can bring sorghum beer, oh, we gave up sorghum beer "
    "[sad tone], bring some banana wine, some maize, bring us banana, we gave up, bring us beer"
)
# http://rwandafile.com/rtlm/rtlm0215.html (another RTLM transcript: the translator's queried
# renderings of a Kinyarwanda word)
RTLM_SPECIES = (
    "They are a species [a race, an ethnic group?] of bad people; I do not know how God will help "
    "us exterminate them. No, I am talking about a species [a race?] called Inkotanyi ; they are "
    "bad people."
)
# https://phdn.org/archives/www.mazal.org/archive/nmt/08/NMT08-T0358.htm (a Nuremberg Military
# Tribunals exhibit: a reader's check marks on the letter's list of copies)
NMT = (
    "Heil Hitler\nYours Faithfully [Signed]\nTHOMAS |\n| |\n[Handwritten] Taken care of 16 February "
    "1941 Copies to:\nter Meer\nEisfeld [check marks after names]\n|"
)
# https://geocities.datacellar.net/Athens/Atlantis/9188/deng/deng.html (FBIS's text of Deng
# Xiaoping's speech of 9 June 1989, wrapped at a fixed width)
DENG = (
    "Comrades, you have been working very hard. First, I express my profound\ncondolences to the "
    "commanders and fighters of the People's Liberation Army\n[PLA], commanders and fighters of "
    "the armed police force, and public security\nofficers and men who died a heroic death;"
)

# (text, span, category, rule that decides)
CASES = [
    (LETTIS_75, "[74/75]", "page_break", "page_join"),
    (LETTIS_5, "[4/5]", "page_break", "page_join"),
    (LETTIS_75, "[Table of Contents]", "other", "web_control"),
    (LETTIS_THEIR, "[the students']", "gloss", "possessor_named"),
    (RTLM, "[sad tone]", "editor_note", "manner_aside"),
    (DENG, "[PLA]", "gloss", "acronym_across_line"),
    (RTLM_SPECIES, "[a race, an ethnic group?]", "gloss", "queried_rendering"),
    (RTLM_SPECIES, "[a race?]", "gloss", "queried_rendering"),
    (NMT, "[check marks after names]", "editor_note", "physical"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_round24a_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


# near misses: (text, span, rule that must not decide it)
NEAR = [
    ("the order of [4/7] was kept.\nNext line", "[4/7]", "page_join"),  # no next page: a date
    ("carrying 16 UN delegates [74/75] on the plane", "[74/75]", "page_join"),  # words after it
    ("she spoke in a [low voice], and left", "[low voice]", "manner_aside"),  # after a function word
    ("we gave up sorghum beer [sad tone] and wine", "[sad tone]", "manner_aside"),  # no punctuation
    ("the People's Liberation Army.\n[PLA] commanders came", "[PLA]", "acronym_across_line"),
    ("fighters of the People's Liberation Army\n[USSR], commanders", "[USSR]", "acronym_across_line"),
    ("on behalf of her [Majesty's] government", "[Majesty's]", "possessor_named"),  # a title
    ("they kept their [own] counsel", "[own]", "possessor_named"),  # no possessive
    # (FBIS, dev: a conjectured word without an article stays uncertain)
    ("the capital at and above the army [corps?] level", "[corps?]", "queried_rendering"),
    ("and there was [a ship?] in the port", "[a ship?]", "queried_rendering"),  # after a function word
    ("he wrote a [check] for the rent", "[check]", "physical"),  # no mark: a word supplied
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR)
def test_round24a_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


def test_possessor_named_by_name() -> None:
    # FRUS (dev): "In his [Bohlen’s] opinion, [although] no fundamental …"
    assert_read_by(
        "to [Fidel] Castro’s fall. In his [Bohlen’s] opinion, [although] no fundamental",
        "[Bohlen’s]",
        "gloss",
        None,
    )


@pytest.mark.parametrize(
    "rule", ["page_join", "manner_aside", "acronym_across_line", "possessor_named", "queried_rendering"]
)
def test_round24a_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)
