"""Editors' notes that are no supplied words (issue 13, task edit26): real excerpts of dev's
pages, the categories written by hand."""

from __future__ import annotations

import pytest

from conftest import span_of

# (text, span, category): the participle opening an editor's description (rule participle_note)
# and the supplied words and translations that open with a word of the same ending
PARTICIPLES = [
    # the Reagan Library, remarks at the White House News Photographers Association dinner
    # (https://www.reaganlibrary.gov/archives/speech/remarks-white-house-news-photographers-association-annual-dinner)
    (
        "\"I will not cheat. I will not cheat.'' [Laughter]\n\n[Showing a slide of Mrs. Reagan and Don"
        " Regan] -- -- Oops! Oops! [Laughter]",
        "[Showing a slide of Mrs. Reagan and Don Regan]",
        "editor_note",
    ),
    # a Nixon tape transcript (https://ro.scribd.com/document/201307660/Nixon-LEA-1972-06-15)
    (
        "2246-2248 Oval Office [The President met with Luis Echeverra Alvarez, Alexander M. Haig,"
        " Jr. and translator Donald F. Barnes] [Seating arrangements, press photos, introductions,"
        " small talk] Nixon: Well I want to say that",
        "[Seating arrangements, press photos, introductions, small talk]",
        "editor_note",
    ),
    # FRUS 1969-76 v14 d159 (https://history.state.gov/historicaldocuments/frus1969-76v14/d159)
    (
        "Dr. Kissinger: [Referring to the disparity of attendees on the two sides]2 You trust more"
        " people than I do.",
        "[Referring to the disparity of attendees on the two sides]",
        "editor_note",
    ),
    # a word supplied at the start of the line, a preposition of a participle's ending
    # (https://digitalarchive.wilsoncenter.org/document/report-zhou-enlai-and-nie-rongzhen-mao-zedong)
    (
        "Chairman [Mao Zedong]:\n\n[Regarding] armies moving to the northeast: (1) Three"
        " antiaircraft regiments from the East China region have all arrived",
        "[Regarding]",
        "supplied",
    ),
    # a name ending the same way (https://digitalarchive.wilsoncenter.org, Deng's conversation)
    ("Deng [Xiaoping]: Not bad, just some small problems.", "[Xiaoping]", "supplied"),
]


@pytest.mark.parametrize(("text", "inside", "category"), PARTICIPLES)
def test_a_participle_opens_the_editors_description(text, inside, category):
    assert span_of(text, inside).category == category


def test_the_participle_note_names_its_rule():
    span = span_of(PARTICIPLES[0][0], PARTICIPLES[0][1])
    assert span.because.startswith("participle_note")
