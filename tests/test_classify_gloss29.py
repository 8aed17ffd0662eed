"""The 29th round's glosses that recur across sites: the widened ``pronoun_identified`` (an
indefinite description after a pronoun no object follows; ``this`` standing alone) and the
widened ``same_kind`` (adverbs by their ending, plurals by their singular in the lexicon). Each
positive case is quoted from the real page named above it; the negative ones are probes of the
shapes the rules leave alone."""

from __future__ import annotations

import pytest

import lacuna
from conftest import span_at

# -- pronoun_identified: what the pronoun stands for ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        # https://ageofbook.com/en/read-book/online-a-writer-at-war-125200 (Grossman's notebooks)
        (
            "‘I began making them when he [a German aircraft] was diving down at us.",
            "a German aircraft",
            "he",
        ),
        # http://academic.brooklyn.cuny.edu/history/johnson/743-transcripts.htm (the LBJ tapes)
        (
            "President Johnson: Why in the living hell they want to put it [a plank supporting the"
            " reapportionment decisions] in the platform, notify every",
            "a plank supporting the reapportionment decisions",
            "it",
        ),
        # http://manhattanprojectvoices.org/tags/lewis-strauss (an interview)
        (
            "Robert Bacher: I presented this [the discovery of the neutron] in the seminar and there were",
            "the discovery of the neutron",
            "this",
        ),
    ],
)
def test_what_the_pronoun_stands_for(text: str, inside: str, glossed: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss), span.because
    assert span.because.startswith("pronoun_identified: ")
    assert span.glossed == glossed


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # https://digitalarchive.wilsoncenter.org/document/115771: "this" before its noun
        ("[Handwritten text:] Relay this [information], if possible, today", "information"),
        # an object pronoun's second object (probe)
        ("He showed us [a map] of the zone", "a map"),
        # an article and a word that runs on (probe)
        ("and then it [a few of] the others left", "a few of"),
    ],
)
def test_words_the_sentence_goes_on_with_are_not_this_rules(text: str, inside: str) -> None:
    span = span_at(text, inside)
    assert not span.because.startswith("pronoun_identified: "), span.because


# -- same_kind: a word restated by one of its kind -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "inside", "glossed", "kind"),
    [
        # https://digitalarchive.wilsoncenter.org/document/telegram-polish-embassy-washington-drozniak-27-october-1962
        (
            "the [missile] bases in Cuba, because he started this process publicly [openly] and he is"
            " prepared",
            "openly",
            "publicly",
            "adverb",
        ),
        # http://www.elibraryplus.com/elpreader.cfm?bookid=9781604977387&fsize=large&page=16
        (
            "will be punished with death, and the ships along with their captains [owners] must be detained",
            "owners",
            "captains",
            "nouns",
        ),
        # https://bengurionarchive.bgu.ac.il/en/node/5842 (Ben-Gurion's diary)
        ("There are 15 Fargo vehicles [trucks] available for purchase", "trucks", "vehicles", "nouns"),
    ],
)
def test_a_word_restated_by_one_of_its_kind(text: str, inside: str, glossed: str, kind: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss), span.because
    assert span.because.startswith("same_kind: ")
    assert f"({kind})" in span.because
    assert span.glossed == glossed


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a verb ending in s after its subject, and its object (probes)
        ("The Embassy reports that he requests [instructions] on this", "instructions"),
        ("the Minister who sends [greetings] to you", "greetings"),
        # adjectives stack (the rule's own negative, unchanged)
        ("the international [political] situation", "political"),
    ],
)
def test_a_verbs_object_and_stacked_adjectives_are_not_restatements(text: str, inside: str) -> None:
    span = span_at(text, inside)
    assert not span.because.startswith("same_kind: "), span.because


# -- reference_explained: what the words before allude to ----------------------------------------


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # https://digitalarchive.wilsoncenter.org/document/116508 (a memoir)
        (
            "Moscow-Beijing, Moscow-Beijing, the people are going, going forward…” [reference to a"
            " popular Soviet song of the 1950s]. My young and silly voice",
            "reference to a popular Soviet song of the 1950s",
        ),
        # https://iranbahaipersecution.bic.org/index.php/archive/telegram-aqa-mirza-ali-akbar-mojtahed-about-killing-aminol-olama-ardabili
        (
            "the inhabitants, contrary to all that has been commented on [referring to the slaying of"
            " Aminol-Olama Ardabili], did not have any input",
            "referring to the slaying of Aminol-Olama Ardabili",
        ),
        # https://rummelsincrediblestories.blogspot.com/2023/11/this-is-fourth-letter-in-correspondence.html
        (
            "Yesterday I moved back into my living\nand bedroom [a reference to the extensive damage and"
            " destruction caused by\nNazi hordes during Kristallnacht – see preceding blog postings].\n"
            "Fortunately, nothing is lack",
            "a reference to the extensive damage and destruction caused by\nNazi hordes during"
            " Kristallnacht – see preceding blog postings",
        ),
    ],
)
def test_what_the_words_before_allude_to(text: str, inside: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss), span.because
    # "referring to" is this rule's; "reference to", "a reference to" are gloss_cue's lead cues
    rule = "reference_explained: " if inside.startswith("referring") else "gloss_cue: "
    assert span.because.startswith(rule), span.because


def test_a_speakers_act_stays_a_stage_direction() -> None:
    # FRUS 1969-76 v14 (a memorandum of conversation): the act after a speaker's label
    text = "Dr. Kissinger: [Referring to the disparity of attendees on the two sides] You trust"
    span = span_at(text, "Referring to the disparity of attendees on the two sides")
    assert span.category == "editor_note", span.because


def test_a_reference_opening_its_line_is_not_this_rules() -> None:
    # (probe) nothing before it on its line
    text = "The meeting ended.\n[Reference to the minutes of 12 May]\nPresent: the Minister"
    span = span_at(text, "Reference to the minutes of 12 May")
    assert not span.because.startswith("reference_explained: "), span.because
