"""The review of new29 mended: the near misses it probed, each written by hand with the reading
the rule must leave alone, beside the real pages the rules were written from (their addresses
in tests/test_classify_new29.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_not_read_by, assert_read_by, span_of
from lacuna import Conventions

# "as" is in the class of prepositions only as the bracketed word: after the writer's "as" a
# preposition is supplied (the review's probes of new29)
AS_NEAR_MISSES = [
    ("The same applies as [for] the treaty", "[for]"),
    ("The rates stand as [at] 31 December", "[at]"),
    ("It was done as [in] the past", "[in]"),
    ("valid as [from] 1 January", "[from]"),
]


@pytest.mark.parametrize(("text", "inside"), AS_NEAR_MISSES)
def test_a_preposition_after_as_is_supplied(text: str, inside: str) -> None:
    assert_read_by(text, inside, "supplied", None)
    assert_not_read_by(text, inside, "replaced_word")


def test_as_is_read_only_in_the_bracket() -> None:
    # jonestown.sdsu.edu/?page_id=113274: the transcript of tape Q321, "as" the bracketed word
    text = "has just been nominated by [as] the Secretary General of INTERPOL, international"
    assert_read_by(text, "[as]", "correction", "replaced_word")
    assert Conventions.default().bracket_only == frozenset({"as"})


# sentences of the editor's opened by a gloss's lead cue other than an allusion's: "meaning" as
# the first letters of another word, "meaning" and "that is," opening the editor's sentence
SENTENCE_NEAR_MISSES = [
    ("He spoke. [Meaningful dialogue was impossible.]", "[Meaningful dialogue was impossible.]"),
    ("The report was long. [Meaning of this word is unclear.]", "[Meaning of this word is unclear.]"),
    ("He spoke. [In Chinese the word is ambiguous.]", "[In Chinese the word is ambiguous.]"),
    (
        "They agreed. [That is, the Soviet side agreed to the text.]",
        "[That is, the Soviet side agreed to the text.]",
    ),
]


@pytest.mark.parametrize(("text", "inside"), SENTENCE_NEAR_MISSES)
def test_only_an_allusion_cue_opens_a_sentence_of_a_gloss(text: str, inside: str) -> None:
    assert_read_by(text, inside, "editor_note", "sentence_note")


def test_the_allusion_cue_still_opens_a_gloss() -> None:
    # yupnet.org/annals/siegelbaum/English_docs/Siegelbaum_doc_70.htm: Stalinism as a Way of Life
    text = (
        "all we need is a scrap of paper and you'll find yourself on the canal.\"[Reference to the "
        "White Sea-Baltic Canal project.] For my part, political prisoners need an amnesty."
    )
    assert_read_by(text, "[Reference to the White Sea-Baltic Canal project.]", "gloss", "gloss_cue")


# an editor's note of what was left out, opened by "reference to": no gloss
REMOVED_NEAR_MISSES = [
    ("He sent the letter. [Reference to Document 12 omitted.]", "[Reference to Document 12 omitted.]"),
    ("He sent the letter [reference to document 45 not found] and", "[reference to document 45 not found]"),
    ("He sent the letter [reference to Stalin deleted] and", "[reference to Stalin deleted]"),
]


@pytest.mark.parametrize(("text", "inside"), REMOVED_NEAR_MISSES)
def test_a_reference_removed_is_no_gloss(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "gloss_cue")


def test_reason_ends() -> None:
    conv = Conventions.default()
    assert conv.reason_ends("reference to document 12 omitted.")
    assert conv.reason_ends("reference to document 45 not found")
    assert not conv.reason_ends("reference to the omitted passage of the song")
    assert not conv.reason_ends("reference to the soviet lada niva suv-like car")


# "points" a noun's plural, "refers" the allusion's verb: no speaker's act
STAGE_NEAR_MISSES = [
    ("Agenda: [Points of agreement] follow", "[Points of agreement]"),
    ("The agenda: [Points 1 through 4 of the draft]", "[Points 1 through 4 of the draft]"),
    (
        "you'll find yourself on the canal.\" [refers to the White Sea-Baltic Canal project] For",
        "[refers to the White Sea-Baltic Canal project]",
    ),
]


@pytest.mark.parametrize(("text", "inside"), STAGE_NEAR_MISSES)
def test_points_and_refers_are_no_stage_act(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "stage_act")


def test_refers_to_is_a_gloss_after_a_quotation() -> None:
    text = "you'll find yourself on the canal.\" [refers to the White Sea-Baltic Canal project] For"
    assert_read_by(text, "[refers to the White Sea-Baltic Canal project]", "gloss", "reference_explained")


# a list of aliases, and a full name after a single name not after a function word: the other
# name of the person named before it
@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Cover names: Antenna [Julius Rosenberg] Liberal [Ethel Rosenberg]", "[Julius Rosenberg]"),
        ("Comrade Tadeusz [Jan Kowalski] Said", "[Jan Kowalski]"),
    ],
)
def test_a_full_name_before_an_alias_glosses(text: str, inside: str) -> None:
    assert_read_by(text, inside, "gloss", "other_name")


def test_given_names_after_a_place_complete_the_surname() -> None:
    # docslib.org/doc/10698719 (a Wilson Center record: Mao Zedong and Osvaldo Dorticós, 1961)
    text = "Ambassador to China Pino Santos, Ambassador to Mexico [Jose Antonio] Portuono, Ambassador"
    assert_read_by(text, "[Jose Antonio]", "supplied", None)
    assert_not_read_by(text, "[Jose Antonio]", "other_name")


# "by reference" in a law's sentence at a line's end, no comma after a name opening the line
@pytest.mark.parametrize(
    "text",
    [
        "The rules are incorporated herein [by reference]\ninto this part",
        "Section 5 adopts the code [by reference]\nas amended",
    ],
)
def test_by_reference_outside_a_list_of_people(text: str) -> None:
    assert_not_read_by(text, "[by reference]", "by_reference")


def test_by_reference_in_a_list_of_people() -> None:
    # jonestown.sdsu.edu/?p=90445: the summary of tape Q160, "People named"
    text = "Jimmy Carter, U.S. president\nRichard Nixon, former U.S. President [by reference]\nCyrus Vance"
    assert_read_by(text, "[by reference]", "editor_note", "by_reference")


def test_fyi_is_read_as_usual() -> None:
    text = "the memo. [FYI: this paragraph was added by the editors.]"
    inside = "[FYI: this paragraph was added by the editors.]"
    assert_read_by(text, inside, "editor_note", None)


@pytest.mark.parametrize(
    "rule",
    [
        '[[rules.inside]]\nname = "heard"\ncategory = "uncertain"\nwords = ["phonetic"]\n'
        'qualifiers = ["likely"]\n',
        '[[rules.context]]\nname = "heard"\ncategory = "uncertain"\ninside = "x"\nqualifiers = ["likely"]\n',
    ],
)
def test_qualifiers_only_on_a_context_rules_words(rule: str, tmp_path: Path) -> None:
    """Qualifiers an inside rule would ignore, or with no words to qualify, are refused on load."""
    user = tmp_path / "conv.toml"
    user.write_text(rule, encoding="utf-8")
    with pytest.raises(Exception, match="qualifiers"):
        Conventions.load(user)


def test_an_abbreviations_stop_before_a_closing_quote_stays() -> None:
    """A name's suffix or an honorific keeps its stop in the glossed words; a word's stop goes."""
    from lacuna.classify.glossed import _before_quoted_stop

    stopped = Conventions.default().stopped_words
    text = 'signed "John Brown, Jr."[x]'
    assert _before_quoted_stop(text, 8, text.index('"', 8), stopped) == text.index('"', 8)
    text = 'to "Mr."[x]'
    assert _before_quoted_stop(text, 4, text.index('"', 4), stopped) == text.index('"', 4)
    text = 'on the canal."[x]'
    assert _before_quoted_stop(text, 3, text.index('"'), stopped) == text.index('"') - 1


@pytest.mark.parametrize("text", ["I spoke to Mr. Miller [Killer] today", "I saw Dr. Baker [Maker] there"])
def test_an_honorifics_stop_ends_no_sentence(text: str) -> None:
    """Capitalised words after ``Mr.``: a name, not a sentence's first word set right."""
    inside = text[text.index("[") : text.index("]") + 1]
    assert_not_read_by(text, inside, "wrong_word")


def test_a_sentences_stop_before_capitals_set_right() -> None:
    text = "it was done. Baker [Maker] said"
    assert_read_by(text, "[Maker]", "correction", "wrong_word")


@pytest.mark.parametrize(
    ("text", "inside", "extent", "reason"),
    [
        # what the editors cut, named (FRUS's cross-references; a Soviet edition's cuts)
        REMOVED_NEAR_MISSES[0] + ("Reference to Document 12", "omitted"),
        REMOVED_NEAR_MISSES[2] + ("reference to Stalin", "deleted"),
    ],
)
def test_what_was_cut_named_is_a_gap(text: str, inside: str, extent: str, reason: str) -> None:
    """A short phrase naming what was cut, then ``omitted`` or ``deleted`` (``gap.open_phrases``):
    a gap whose extent is the phrase."""
    span = span_of(text, inside)
    assert (span.category, span.extent, span.reason) == ("gap", extent, reason), span.because


def test_words_crossed_out_on_the_page_are_no_gap() -> None:
    """Words crossed out but legible stay on the page: no gap (fromthepage.com, the whaling log
    of the Iris, 1844–46: ``[Friday July CROSSED OUT]``)."""
    text = "Lat 35.10 Long 40.20 [Friday July CROSSED OUT] Thursday July 3rd"
    assert span_of(text, "[Friday July CROSSED OUT]").category != "gap"
