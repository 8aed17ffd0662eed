"""The mends of the 28th round's glossed words (lacuna.classify.glossed) after its review: a
lower-case noun's one adjective only, the one list of name particles, a title's colons not a
label's. The negative cases are the review's probes (the shapes its findings name); the positive
ones are quoted from real pages where a page is named."""

from __future__ import annotations

import pytest

import lacuna
from conftest import span_at

# -- finding 1: role_phrase reads one adjective, right after its determiner ---------------------


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        # a verb and its subject before the noun are no adjectives of it
        ("the general told brother [Ngo Dinh Nhu] to go", "Ngo Dinh Nhu", "brother"),
        ("the man saw comrade [Kim Il Sung] there", "Kim Il Sung", "comrade"),
        ("Yesterday the enemy bombed city [Haiphong] again", "Haiphong", "city"),
        ("the troops occupied town [Hue] at dawn", "Hue", "town"),
    ],
)
def test_a_verb_and_its_subject_are_no_adjectives(text: str, inside: str, glossed: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss), span.because
    assert span.glossed == glossed


def test_one_adjective_after_its_determiner_is_read():
    # http://paulgassfamily.com/adele-korff-gass/letter-from-rabbi-yaakov-goldman/ (a rabbi's
    # letter of 1938): the determiner, the one adjective and the noun
    text = "to my niece Adele and husband Matus, your dearest son [Paul] should live long"
    assert span_at(text, "Paul").glossed == "your dearest son"
    # https://rummelsincrediblestories.blogspot.com/2023/11/this-is-fourth-letter-in-correspondence.html
    text = (
        "Thanks, many thanks for your kind\nmessages and offers from you and the dear children [her"
        " grandchildren,\nWolfgang b. 1908, Elsbeth b. 1911, Hannah b. 1912, and Ernst b. 1918]… So"
    )
    inside = "her grandchildren,\nWolfgang b. 1908, Elsbeth b. 1911, Hannah b. 1912, and Ernst b. 1918"
    assert span_at(text, inside).glossed == "the dear children"


def test_an_article_before_the_adjective_opens_the_phrase_too():
    # the parse guard's synthetic corpus (bench/parse.py) shuffles brackets into the words of
    # corpus/document-petrov-zhang-1947.txt (the Wilson Center's record of Petrov's talk with
    # Zhang Zhizhong, 1947: "turn [Xinjiang] into a model province of Soviet-Chinese
    # friendship"): an article before the one adjective opens the phrase as a determiner does
    text = "suggested that Cde. Savel'yev turn it into a model province [Right] of Soviet-Chinese friendship"
    assert span_at(text, "Right").glossed == "a model province"


# -- finding 2: one list of name particles; an English function word joins no English words --


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        ("How do Americans [i.e. the US public] see it?", "i.e. the US public", "Americans"),
        ("What did the Chinese do Monday [12 May] at the talks?", "12 May", "Monday"),
    ],
)
def test_an_english_word_between_english_words_is_no_particle(text: str, inside: str, glossed: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss), span.because
    assert span.glossed == glossed


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        (
            "the hunt for Osama bin Laden [leader of al-Qaeda] continued",
            "leader of al-Qaeda",
            "Osama bin Laden",
        ),
        (
            "the meeting with Max van der Stoel [Dutch Foreign Minister] ended",
            "Dutch Foreign Minister",
            "Max van der Stoel",
        ),
        ("talks with Bashar al-Assad [President of Syria] began", "President of Syria", "Bashar al-Assad"),
        (
            "Valéry Giscard d'Estaing [President of France] arrived",
            "President of France",
            "Valéry Giscard d'Estaing",
        ),
        ("the men of the ibn Saud [King Abdulaziz] family", "King Abdulaziz", "ibn Saud"),
        (
            "the Universidad de la Habana [University of Havana] said",
            "University of Havana",
            "Universidad de la Habana",
        ),
    ],
)
def test_name_particles_inside_a_name(text: str, inside: str, glossed: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss), span.because
    assert span.glossed == glossed


def test_the_name_particles_are_one_list():
    # "[gloss] name_particles" is the one list (words.py reads it too); "[gloss.extent]" has none
    conv = lacuna.Conventions.default()
    assert "name_particles" not in conv.section("gloss", "extent")
    assert {"do", "bin", "van", "al", "de"} <= conv.name_particles


# -- finding 3: title_colon crosses a title's colons, not a label's ------------------------------


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        (
            "Present: Comrade Kim Il Sung [Chairman: Korean Workers Party] and others",
            "Chairman: Korean Workers Party",
            "Comrade Kim Il Sung",
        ),
        (
            "Note: He met Pak Song Chol [Pak Seong-cheol: Foreign Minister]",
            "Pak Seong-cheol: Foreign Minister",
            "Pak Song Chol",
        ),
    ],
)
def test_a_label_colon_is_no_title_colon(text: str, inside: str, glossed: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss), span.because
    assert span.glossed == glossed


# -- finding 4: titled_person keeps the title's adjective and its determiner ---------------------


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        (
            "He said it to the Soviet Ambassador Dobrynin [Soviet Ambassador to the United States] then",
            "Soviet Ambassador to the United States",
            "the Soviet Ambassador Dobrynin",
        ),
        (
            "He met the Chinese Ambassador Liu Xiao [Chinese Ambassador to the Soviet Union] there",
            "Chinese Ambassador to the Soviet Union",
            "the Chinese Ambassador Liu Xiao",
        ),
        (
            "US Ambassador Lincoln Gordon [Ambassador to Brazil] said",
            "Ambassador to Brazil",
            "US Ambassador Lincoln Gordon",
        ),
        # no determiner before the adjective: it may be the sentence's word, it stays out
        (
            "He told Soviet Ambassador Dobrynin [Soviet Ambassador to the United States] so",
            "Soviet Ambassador to the United States",
            "Ambassador Dobrynin",
        ),
    ],
)
def test_a_titles_adjective_is_the_titles(text: str, inside: str, glossed: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss), span.because
    assert span.glossed == glossed


# -- finding 6: an acronym's full form by its capitals stops where the count is reached ----------


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        ("Bulgarian Central State Archive [TsDA], Sofia", "TsDA", "Central State Archive"),
        ("in Sofia Central Party Archive [TsPA] then", "TsPA", "Central Party Archive"),
    ],
)
def test_the_full_form_has_as_many_words_as_capitals(text: str, inside: str, glossed: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss), span.because
    assert span.glossed == glossed
