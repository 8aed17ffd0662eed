"""Conventions of the twenty-ninth labelling round's pages (task new29): a tape summary's and a
tape transcript's notes on the recording (a person spoken of by reference, a name heard only,
how the speaker says the words), an editor's or transcriber's word on what the words before
allude to, a speaker's act in the present tense. Real text of dev's pages, the reading written
by hand from the document, and a near miss for each rule that must not fire."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of
from lacuna import Conventions
from lacuna.classify.context.data import DataContextRule

# jonestown.sdsu.edu/?page_id=28053: the Jonestown Institute's summary of tape Q158 (1978),
# "People named"
Q158 = (
    "Alexei Kosygin, Premier of the Soviet Union\n"
    "James Callaghan, Prime Minister of Great Britain [by reference]\n\n"
    "Pope John Paul I, formerly Cardinal Albino Luciani"
)
Q158_HOLTZ = (
    "Henry VIII, English king\nAdolf Hitler\nHoltz [phonetic, first name unknown], German spy in 1978\n"
    "Generalissimo Francisco Franco, former ruler of Spain"
)
# jonestown.sdsu.edu/?p=68820: the summary of tape Q294, a hedged note
Q294 = (
    "Former Rep. Otto Passman (D-LA), indicted in Koreagate scandal [likely, by reference]\n"
    "Milton Shapp, governor of Pennsylvania"
)
# jonestown.sdsu.edu/?page_id=118717: the transcript of tape Q435 (Jim Jones reading the news)
Q435 = (
    "Any appreciator of old photographs would have to admit they’re viewing [film director] Louis "
    "Malle’s Pretty Baby, the Seven Nykovist [Sven Nykvist, cinematographer] camera who– the Seven "
    "Nykovist– [pronounces phonetically] Se-ven Ni-krst camera work captures the quality"
)
Q435_RUSSIAN = (
    "By the way, do you know some of your Russian today, do you still remember? [Pronounces “Я хочу "
    "мира” (“I want peace”) phonetically] “Ya-ha-tu mire,” “ya-ha-tu mire.”"
)
Q435_RUSSIAN_NOTE = "[Pronounces “Я хочу мира” (“I want peace”) phonetically]"
# jonestown.sdsu.edu/?page_id=27351: a transcript of Jim Jones reading the news (1978)
NIVA = (
    "Two Soviet exhibits, the latest Nixon– the Niva, rather, car [reference to the Soviet Lada "
    "Niva SUV-like car] and a circular grinding machine made in the Ukraine won gold medals"
)
# digitalarchive.wilsoncenter.org/document/116508: a Soviet memoir on the Wilson Center
SONG = (
    "“Moscow-Beijing, Moscow-Beijing, the people are going, going forward…” [reference to a popular "
    "Soviet song of the 1950s]. My young and silly voice, shouting out this song, is within the "
    "engine noise."
)
# yupnet.org/annals/siegelbaum/English_docs/Siegelbaum_doc_70.htm: Stalinism as a Way of Life,
# a sentence opened by the cue
CANAL = (
    "all we need is a scrap of paper and you'll find yourself on the canal.\"[Reference to the "
    "White Sea-Baltic Canal project.] For my part, political prisoners need an amnesty."
)
# history.state.gov/historicaldocuments/frus1969-76v26/d7: Kissinger with the Israeli
# negotiators, January 1974
DAYAN = (
    "Let’s go through the agreement.\n\nDayan: [shows a new map Tab A]2 The Chief of Staff didn’t "
    "like it, but I overruled him, so we are redoing it."
)
CASES = [
    (Q158, "[by reference]", "editor_note", "by_reference"),
    (Q294, "[likely, by reference]", "editor_note", "by_reference"),
    (Q158_HOLTZ, "[phonetic, first name unknown]", "uncertain", "phonetic_spelling"),
    (Q435, "[pronounces phonetically]", "editor_note", "delivery_note"),
    (Q435_RUSSIAN, Q435_RUSSIAN_NOTE, "editor_note", "delivery_note"),
    (NIVA, "[reference to the Soviet Lada Niva SUV-like car]", "gloss", "gloss_cue"),
    (SONG, "[reference to a popular Soviet song of the 1950s]", "gloss", "gloss_cue"),
    (CANAL, "[Reference to the White Sea-Baltic Canal project.]", "gloss", "gloss_cue"),
    (DAYAN, "[shows a new map Tab A]", "editor_note", "stage_act"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_new29_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize("rule", ["by_reference", "delivery_note"])
def test_new29_rules_switch_off(rule: str, tmp_path: Any) -> None:
    assert_switched_off(rule, CASES, tmp_path)


# the law's "incorporated by reference" in the middle of a line, a reference after a function
# word, the verb of a sentence in brackets, a hedge with no note
NEAR_MISSES = [
    (
        "The standards are incorporated [by reference]\ninto this part.",
        "[by reference]",
        "by_reference",
    ),
    ("the agreement was made [by reference] to the treaty", "[by reference]", "by_reference"),
    ("Holtz [likely], German spy", "[likely]", "phonetic_spelling"),
    ("the word he [pronounces] badly", "[pronounces]", "delivery_note"),
    ("He [spells out] the terms. And then", "[spells out]", "delivery_note"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_new29_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


def test_qualifiers_join_the_vocabulary_either_side() -> None:
    """A data rule's qualifiers stand before or after its word, joined by a comma or a
    semicolon, never alone and never without the joining mark."""
    rule = DataContextRule(
        {
            "name": "heard",
            "category": "uncertain",
            "words": ["phonetic"],
            "qualifiers": ["first name unknown", "likely"],
        }
    )
    assert rule.inside is not None
    joined = ("phonetic", "phonetic, first name unknown", "likely, phonetic", "likely; phonetic, likely")
    for inside in joined:
        assert rule.inside.search(inside), inside
    for inside in ("likely", "first name unknown", "phonetic first name unknown", "phonetic, unknown"):
        assert rule.inside.search(inside) is None, inside


def test_qualifiers_must_be_words(tmp_path: Any) -> None:
    """A user's data rule whose qualifiers are not strings is refused on load."""
    user = tmp_path / "conv.toml"
    user.write_text(
        '[[rules.context]]\nname = "heard"\ncategory = "uncertain"\nwords = ["phonetic"]\nqualifiers = [1]\n',
        encoding="utf-8",
    )
    with pytest.raises(Exception, match="qualifiers"):
        Conventions.load(user)


# jonestown.sdsu.edu/?page_id=27356: the transcript of tape Q175 (Jim Jones reading the news),
# the transcriber's corrections of misread words
Q175 = (
    "But he said the government he named today was necessary to prevent the construction "
    "[destruction] of the country."
)
Q175_SHAH = (
    "The Shah of Iran [Reva Pahlavi] has named a new military government in attempt to halt "
    "continuing unrest in the country."
)
# jonestown.sdsu.edu/?page_id=27415: a transcript of Jim Jones reading the news (1978)
EQUALITY = (
    "In the Soviet Union, the nationalities problem has been fully solved. Equally [Equality] of "
    "citizens before the law, regardless of their nationality or race,"
)
# docslib.org/doc/10698719 (a Wilson Center record: Mao Zedong and Osvaldo Dorticós, 28
# September 1961): given names supplied before a surname
DORTICOS = (
    "Present: Cuban Side: Head of the Delegation of Representatives of Integrated Revolutionary "
    "Organization Maj. Sanchez, Ambassador to China Pino Santos, Ambassador to Mexico [Jose Antonio] "
    "Portuono, Ambassador to Czechoslovakia Raúl Roa Kouri."
)

# jonestown.sdsu.edu/?page_id=113274: the transcript of tape Q321 (Jim Jones reading the news)
Q321 = (
    "Mr. Andre Bossard, the Controller General of the secret police forces, has just been nominated "
    "by [as] the Secretary General of INTERPOL, international organization which coordinates the "
    "actions of most of the world’s police forces."
)

MORE_CASES = [
    (Q321, "[as]", "correction", "replaced_word"),
    (Q175, "[destruction]", "correction", "wrong_word"),
    (EQUALITY, "[Equality]", "correction", "wrong_word"),
    (DORTICOS, "[Jose Antonio]", "supplied", None),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), MORE_CASES)
def test_new29_words_set_right(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize(
    ("text", "inside", "fixed"),
    [(Q175, "[destruction]", "destruction"), (EQUALITY, "[Equality]", "Equality")],
)
def test_new29_correction_field(text: str, inside: str, fixed: str) -> None:
    """The transcriber's word is the correction."""
    span = span_of(text, inside)
    assert span.category == "correction" and span.correction == fixed, span.because


# jonestown.sdsu.edu/?page_id=27462: the transcript of tape Q441, an adjective before the title
Q441 = (
    "Tehran. Tehran, Iran. The– the government of the fascist Shah of Iran [Reza Pahlavi] that was put "
    "in power by a bloody coup backed by the CIA"
)
# questia.com/read/3971436 (Beijing Spring, 1989: Confrontation and Conflict)
LI_PENG = (
    "With regard to this point, before I came here I also asked the leading comrade of the State "
    "Council [ Li Peng] for instruction."
)


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        (Q175_SHAH, "[Reva Pahlavi]", "The Shah of Iran"),
        (Q441, "[Reza Pahlavi]", "the fascist Shah of Iran"),
        (LI_PENG, "[ Li Peng]", "the leading comrade of the State Council"),
    ],
)
def test_new29_title_of_a_place(text: str, inside: str, glossed: str) -> None:
    """A name glosses the title of its office and place, with one adjective before the title and
    the determiner before it (``shah`` a title)."""
    span = span_of(text, inside)
    assert (span.category, span.glossed) == ("gloss", glossed), span.because


# a verb's particle and the preposition it takes; a capitalised pair not at a sentence’s start
# (a name and another); letters the writer left out
WORD_NEAR_MISSES = [
    ("he took over [as] chairman of the board", "[as]", "replaced_word"),
    ("the town of Reading [Redding] was near", "[Redding]", "wrong_word"),
    ("I wand [wanted] to look clean", "[wanted]", "wrong_word"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), WORD_NEAR_MISSES)
def test_new29_word_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


def test_left_out_letters() -> None:
    """Letters added in order to the writer's word are letters left out; a changed one is not."""
    from lacuna.classify.corrections import _left_out

    assert _left_out("wand", "wanted")
    assert not _left_out("equally", "equality")
    assert not _left_out("construction", "destruction")


def test_new29_glossed_words_end_before_the_quotations_stop() -> None:
    """The glossed words end before the stop of the quotation closed right before the bracket."""
    span = span_of(CANAL, "[Reference to the White Sea-Baltic Canal project.]")
    assert (span.category, span.glossed) == ("gloss", "the canal"), span.because


def test_new29_quoted_stop_helpers() -> None:
    """An abbreviation's stop stays; a word's stop before a closing quote goes."""
    from lacuna.classify.glossed import _before_quoted_stop

    text = 'on the canal."[x]'
    assert _before_quoted_stop(text, 3, text.index('"')) == text.index('"') - 1
    text = 'from the U.S."[x]'
    assert _before_quoted_stop(text, 5, text.index('"')) == text.index('"')


@pytest.mark.parametrize(
    ("word", "ends"),
    [
        ("solved.", True),
        ("solved.»", True),  # a French or Russian quotation closed by a guillemet
        ('solved."', True),
        ("solved.)", True),
        ("solved.]", True),  # a sentence closed inside a bracket: "[illegible.]"
        ("solved!”", True),
        ("solved", False),
        ("solved,»", False),
        ("solved.x", False),
    ],
)
def test_one_sentence_stop_for_corrections_and_glosses(word: str, ends: bool) -> None:
    """A word ends a sentence when its stop is followed only by closing quotes, a guillemet, a
    parenthesis or a bracket: the corrections' sentence start and the glossed words' run read
    the same pattern."""
    from lacuna.classify.words import SENTENCE_STOP

    assert (SENTENCE_STOP.search(word) is not None) is ends


def test_a_sentence_closed_by_a_guillemet_starts_a_corrected_word() -> None:
    """The Jonestown tape Q175's correction of a sentence's first word, after a quotation closed
    by a guillemet (the same sentence quoted in a translation that keeps « »)."""
    text = (
        "«In the Soviet Union, the nationalities problem has been fully solved.» Equally "
        "[Equality] of citizens before the law, regardless of their nationality or race,"
    )
    assert_read_by(text, "[Equality]", "correction", "wrong_word")


def test_a_firms_suffix_keeps_its_stop() -> None:
    """A firm's name quoted and glossed keeps its suffix's stop (``Co.``, ``Inc.``, ``Ltd.``); a
    word's stop before the closing quote still goes."""
    from lacuna.classify.glossed import _before_quoted_stop
    from lacuna.conventions import Conventions

    stopped = Conventions.default().stopped_words
    for text in (
        'the firm "Jardine, Matheson & Co."[x]',
        'the "Standard Oil Co. Inc."[x]',
        'of "Vickers Ltd."[x]',
    ):
        close = text.index('"', text.index('"') + 1)
        assert _before_quoted_stop(text, 4, close, stopped) == close, text
    text = 'the firm "a large company."[x]'
    close = text.rindex('"')
    assert _before_quoted_stop(text, 4, close, stopped) == close - 1
