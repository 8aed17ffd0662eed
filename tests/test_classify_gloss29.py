"""The 29th round's glosses that recur across sites: ``reference_explained`` (what the words
before a bracket allude to, opened by "referring to"). Each positive case is quoted from the
real page named above it; the negative one is a probe of the shape the rule leaves alone."""

from __future__ import annotations

import pytest

import lacuna
from conftest import span_at

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
