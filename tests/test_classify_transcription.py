"""Transcription projects, clip logs, parliamentary records and interviews (rules
``transcription_tag``, ``time_code``, ``broadcast_note``, ``language_marker``,
``interview_question``): real examples of dev's ninth-round pages, with the category written by
hand from the document, and a near miss for each rule that must not fire."""

from __future__ import annotations

import pytest

import lacuna
from conftest import assert_not_read_by, assert_read_by, span_of

# the Smithsonian Transcription Center, a freedman's letter of 9 November 1868
FREEDMAN = (
    "you Have considered all these things the guverment Has [[strikethrough]] po "
    "[[/strikethrough]] provideed for us a chool a free chool"
)
# the same letter: a closing tag typed with one bracket too few
ONE_BRACKET = (
    "could get a room to [[strikethrough]] thea [[/strikethrough] teach in to take up at "
    "[[strikethrough]] on [[/strikethrough]] wonce"
)
# the Smithsonian Transcription Center, a YMCA worker's diary of July 1918
DIARY = (
    "[[circled]] 52 [[/circled]]\nSat 13.\nInterviewed - coaches all morning at HQ.\n"
    "and home early to bed.\n[[strikethrough]] Sunday 14. [[/strikethrough]] Soldiers of "
    "[[all?]] the Allies"
)
# a Freedmen's Bureau letter: the National Archives' stamp
STAMP = "[[stamp]] THE NATIONAL ARCHIVES OF THE UNITED STATES [[/stamp]]\nG 64\n\nOFFICE"
# the WPA Film Library's clip logs of the Watergate hearings
WATERGATE = (
    "[00.12.27-GURNEY questions DEAN about his dealings with HALDEMAN, EHRLICHMAN, the "
    "Prosecution] Senator GURNEY. Well, then, you ... was likely to come out of it. [00.13.19] "
    "I think you should also remember"
)
INOUYE = "Mr. DEAN. Yes, I did and I have so testified.] [00.19.10] Senator INOUYE. [READING W.H."
DUKE = "[00.28.50--Paul DUKE in studio] DUKE says that although the vote"
# the Canadian House of Commons' committee evidence
COMMONS = (
    "InterventionMr. Charlie Angus (Timmins—James Bay, NDP): (1310)[Translation]Thank you, Mr. "
    "Chair. … the codes and ethics of the Parliament of Canada.[English]Mr. Chair, it is my "
    "understanding that"
)
COMMITTEE = "● (1530) [English] [Translation] The Chair: A routine motion has been moved"
# the Sahifeh-ye Imam: interviews with Khomeini, the interviewer's questions in brackets
SAHIFEH = (
    "Interviewer: A reporter of the American Time magazine\nQuestion: [Your Eminence, some people "
    "say that because of your personal animosity with the Shah, you are not ready to negotiate "
    "with him to reach an agreement. Is it correct?]\nAnswer: This is what the Shah says"
)
YOUNG_AFRICA = (
    "Interviewer: A reporter of the French-language magazine, Young Africa\nQuestion: [Why don't "
    "you go back to Iran? Do you think that the Shah's presence is a hurdle in the way of your "
    "return to Iran? Do you think that the abdication of the Shah will make your return "
    "definite?]\nAnswer: Unless I feel that my"
)

# (text, span, category, rule that decides; None: any rule)
CASES = [
    (FREEDMAN, "[[strikethrough]]", "editor_note", None),
    (FREEDMAN, "[strikethrough]", "editor_note", None),
    (FREEDMAN, "[[/strikethrough]]", "editor_note", None),
    (FREEDMAN, "[/strikethrough]", "editor_note", "transcription_tag"),
    (ONE_BRACKET, "[/strikethrough]", "editor_note", "transcription_tag"),
    (DIARY, "[[circled]]", "editor_note", None),
    (DIARY, "[circled]", "editor_note", "transcription_tag"),
    (DIARY, "[/circled]", "editor_note", "transcription_tag"),
    (DIARY, "[/strikethrough]", "editor_note", "transcription_tag"),
    (DIARY, "[[all?]]", "uncertain", None),
    (STAMP, "[/stamp]", "editor_note", "transcription_tag"),
    (WATERGATE, "[00.13.19]", "editor_note", "time_code"),
    (
        WATERGATE,
        "[00.12.27-GURNEY questions DEAN about his dealings with HALDEMAN, EHRLICHMAN, the Prosecution]",
        "editor_note",
        "time_code",
    ),
    (INOUYE, "[00.19.10]", "editor_note", "time_code"),
    (DUKE, "[00.28.50--Paul DUKE in studio]", "editor_note", "time_code"),
    # the American Archive of Public Broadcasting; a clip log of PBS's coverage
    ("[bars and tone]\n\nGood evening. I'm", "[bars and tone]", "editor_note", "broadcast_note"),
    (
        "hard] [PBS network ID] the anchors discuss the vote",
        "[PBS network ID]",
        "editor_note",
        "broadcast_note",
    ),
    (COMMONS, "[English]", "editor_note", "language_marker"),
    (COMMONS, "[Translation]", "editor_note", None),
    (COMMITTEE, "[English]", "editor_note", "language_marker"),
    (SAHIFEH, SAHIFEH[SAHIFEH.index("[") : SAHIFEH.index("]") + 1], "supplied", "interview_question"),
    (
        YOUNG_AFRICA,
        YOUNG_AFRICA[YOUNG_AFRICA.index("[") : YOUNG_AFRICA.index("]") + 1],
        "supplied",
        "interview_question",
    ),
    # Hansard: the member who moved the motion, after a dash (two debates of November 1956; rule
    # mover_named)
    (
        "§ Motion made, and Question proposed, That this House do now adjourn.—[Mr. Heath.]\n"
        "§ 12.6 p.m.\n§ The Prime Minister (Sir Anthony Eden)We move",
        "[Mr. Heath.]",
        "editor_note",
        None,
    ),
    (
        "which Your Majesty has addressed to both Houses of Parliament.—[Mr. Vane.] Question again proposed.",
        "[Mr. Vane.]",
        "editor_note",
        None,
    ),
    # Google Books' text view of the 1951 Senate appropriations hearings: a figure's placeholder
    (
        "Изображения страниц\nPDF\nEPUB\n[graphic]\n[blocks in formation]\n\nEX OFFICIO",
        "[graphic]",
        "other",
        None,
    ),
    # the O. O. Howard papers: a calling card among the letters
    ("[Calling Card]\nT. D. Eliot\nHouse of Representatives", "[Calling Card]", "editor_note", None),
]

# (text, span, rule that must not fire)
NEAR_MISSES = [
    # a word supplied that looks like a tag's name, but is no tag
    ("the inner [circle] of the party", "[circle]", "transcription_tag"),
    # a forum's closing tag (BBCode) is the page's markup, no transcription tag
    ("as he said [quote]we will go[/quote] and left", "[/quote]", "transcription_tag"),
    # a date dotted like a time code: not the first hour (dev: the Wilson Center's dates)
    ("the order dated [05.06.45] and signed", "[05.06.45]", "time_code"),
    # a time of day in two parts
    ("at [11:20] the meeting resumed", "[11:20]", "time_code"),
    # a language's name in the sentence (the Wilson Center, node 94525)
    (
        "Connecting this matter to [French] Ambassador Lalouette is a mistake",
        "[French]",
        "language_marker",
    ),
    # a language marker word that goes on with a lower-case sentence
    ("He read it out. [English] was the only language", "[English]", "language_marker"),
    # a doubtful reading that addresses the hearer (FRUS 1969-76 v13 d159)
    (
        "K: This is something I can tell Vorontsov [while you are away?]3 The access",
        "[while you are away?]",
        "interview_question",
    ),
    # an editor's query in a sentence of its own that addresses no one
    (
        "the minutes. [Is this the same meeting as the one described in document 12 above?] The",
        "[Is this the same meeting as the one described in document 12 above?]",
        "interview_question",
    ),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_a_transcription_bracket_reads_as_the_editor_meant(text, inside, category, rule):
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_the_rule_does_not_fire_on_a_near_miss(text, inside, rule):
    assert_not_read_by(text, inside, rule)


def test_both_pairs_of_a_double_bracket_tag_are_spans_with_one_reading():
    spans = [(s.text, s.category) for s in lacuna.parse(DIARY).spans()]
    assert spans[:4] == [
        ("[[circled]]", "editor_note"),
        ("[circled]", "editor_note"),
        ("[[/circled]]", "editor_note"),
        ("[/circled]", "editor_note"),
    ]


def test_a_closing_tag_with_one_bracket_too_few_keeps_its_inner_pair():
    # "[[/strikethrough]" is the inner pair "[/strikethrough]" and an opening bracket left alone
    texts = [s.text for s in lacuna.parse(ONE_BRACKET).spans()]
    assert texts.count("[/strikethrough]") == 2
    assert texts.count("[[/strikethrough]]") == 1


def test_crossed_out_without_the_word_is_no_tag():
    # a translator's "[crossed out]" where the crossed-out word is not given (dev: a Polish
    # letter on Reddit's r/translator): not read as a transcription tag
    span = span_of(
        "the younger ones are being cared for by\nthe elder sister [crossed out] daughter Emilcia",
        "[crossed out]",
    )
    assert not span.because.startswith("transcription_tag:"), span.because
