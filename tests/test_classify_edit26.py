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


# (text, span, category): a phrase opening its line that the words after it do not go on with
# (rule note_phrase_line) and the supplied words that open a line
PHRASES = [
    # a Nixon tape's conversation log
    # (https://millercenter.org/the-presidency/secret-white-house-tapes/928-6)
    (
        "The White House operator talked with the President at 10:26 am.\n[Conversation No."
        " 928-6A]\n[Begin telephone conversation]\n[See Conversation No. 39-21]\n[End telephone"
        " conversation]\nPrisoners of war [POWs] dinner",
        "[Begin telephone conversation]",
        "editor_note",
    ),
    # an East German record of a talk in Addis Ababa (https://digitalarchive.wilsoncenter.org/document/110973)
    (
        "(Based on notes of Comrade General Major Jaenicke.)\n[Introductory remarks]\n\nComrade"
        " Pepe's estimate of the situation.",
        "[Introductory remarks]",
        "editor_note",
    ),
    # an Iraqi Revolutionary Command Council recording (https://cupdf.com/document/saddam-hussein-and-the-revolutionary-command-council-saddam-hussein-and.html)
    (
        "We told him that his British folks did not finish the\n\ntask.\n\n[Background talk and"
        " loud laughter]\n\nSaddam: Kamil Yasin jokes and [inaudible].",
        "[Background talk and loud laughter]",
        "editor_note",
    ),
    # supplied words the line goes on with (CWIHP Bulletin 8-9 on opx.pl)
    (
        "victory of the national-democratic revolu-\ntion in Ethiopia.\n\n[The Soviet side]"
        " explained our position\non major international issues",
        "[The Soviet side]",
        "supplied",
    ),
    # ending with a function word (https://digitalarchive.wilsoncenter.org/document/secret-telegram-rapacki-warsaw-jaszczuk-moscow-0)
    (
        "which we considered “symptomatic, but not conclusive.”\n\n[Deciphered on] 15.II.63 at"
        " 13:00 hours\n\n/-/ Rapacki",
        "[Deciphered on]",
        "supplied",
    ),
    # a speaker's label before the colon (the Salem examinations,
    # http://www.public.iastate.edu/~f2002.hist.386/salem.html)
    (
        'Examination of Rebecca Nurse:\n\n[Official speaking to one afflicted]: "What do you say,'
        ' have you seen this woman hurt you?"',
        "[Official speaking to one afflicted]",
        "supplied",
    ),
]


@pytest.mark.parametrize(("text", "inside", "category"), PHRASES)
def test_a_phrase_opening_its_line(text, inside, category):
    assert span_of(text, inside).category == category


def test_the_phrase_rule_reads_the_tape_log():
    span = span_of(PHRASES[0][0], PHRASES[0][1])
    assert span.because.startswith("note_phrase_line")
