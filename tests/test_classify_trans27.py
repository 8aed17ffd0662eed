"""Glosses read as supplied words on unseen sites (issue 13): a state's everyday name after the
place or body it locates (rule ``state_after_name``), and a quoted rendering after a word's
variant in parentheses (``quoted_whole``). Real text of public pages, the category written by
hand from the document, and near misses that must stay as they are."""

from __future__ import annotations

from conftest import assert_not_read_by, assert_read_by, assert_switched_off

# https://archiveshub.jisc.ac.uk/search/archives/938794da-7729-319a-86bd-a827477c176b?component=780d89c1-c479-364b-8034-4f7f4d97c00f
# (a missionary society's papers: the state where the town named before it stands)
ADELAIDE = "John Parker, on board steamship Parramatta\n\nEdith Goode, Adelaide [Australia] and Peking"
# https://digitalarchive.wilsoncenter.org/document/telegram-polish-embassy-havana-jelen-14-september-1962
# (the state's official name before it: state_identified reads it first)
UAR = (
    "They were informed that the United Arab Republic [Egypt] would broach the issue of adopting "
    "this solution during the general debate [at the U.N.]."
)
# https://collections.dartmouth.edu/teitexts/Press_Translations_Japanese/diplomatic/political-0057-diplomatic.html
# (the catalogue's supplied country after a lower-case word: not this rule's)
PRESS = "Press translations [Japan]. Political Series 0013, 1945-11-16."
# https://wilson-center-digital-archive.dvincitest.com/node/92478 (after a numbered point's
# punctuation: a subject supplied)
INDIA = "3.  [India] has already sent out an abstract of the conversation"
# https://muse.jhu.edu/books/9781584658085/9781584658085-37.pdf (a glossary: a Hebrew word, its
# plural in parentheses, then what it means, quoted)
ALIYAH = (
    "Ahdut ha-Avodah, Zionist Socialist Labor Party in Eretz Israel, founded in 1919 aliyah (pl. "
    "aliyot) [“ascent”], immigration to Eretz Israel"
)

CASES = [
    (ADELAIDE, "[Australia]", "gloss", "state_after_name"),
    (UAR, "[Egypt]", "gloss", "state_identified"),
    (ALIYAH, "[“ascent”]", "gloss", "quoted_whole"),
]


def test_a_state_after_the_place_it_locates_is_a_gloss() -> None:
    assert_read_by(ADELAIDE, "[Australia]", "gloss", "state_after_name")


def test_a_state_after_its_official_name_stays_state_identified() -> None:
    assert_read_by(UAR, "[Egypt]", "gloss", "state_identified")


def test_a_state_after_a_lower_case_word_or_punctuation_is_not_this_rules() -> None:
    assert_not_read_by(PRESS, "[Japan]", "state_after_name")
    assert_read_by(INDIA, "[India]", "supplied", None)


def test_a_state_completing_a_states_name_is_supplied() -> None:
    # (constructed: no dev page has one) the word before and the inside are one state's name
    # ("north korea" is in [gloss] states): the name completed
    text = "On 25 June the army of North [Korea] crossed the parallel."
    assert_not_read_by(text, "[Korea]", "state_after_name")


def test_a_quoted_rendering_after_a_closing_parenthesis_is_a_gloss() -> None:
    assert_read_by(ALIYAH, "[“ascent”]", "gloss", "quoted_whole")


def test_state_after_name_switches_off(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert_switched_off("state_after_name", CASES, tmp_path)
