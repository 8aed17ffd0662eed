"""Editor's and translator's notes that recur across archives (issue 13, ninth round): cross
references, FRUS's receipt lines, a speaker's acts in a transcript, names in a tape log's
bulleted list, translator's and editor's notes opened in the page's language, an archive's
identifier or declassification, where on the sheet the words stand, the course of a recording,
what the editor does not know; a sentence of the editor's that ends with a name's initial is
none. Real text of dev's pages, the category written by hand from the document, and a near miss
for each rule that must not fire."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by
from lacuna.classify import read_inside

# (text, span, category, rule that decides; None: any rule)
CASES = [
    # the Nixon tapes' subject logs (easynixon.org, tape 140-005; the Nixon Library's log of
    # Oval Office tape 820): a pointer to another conversation, after a name's "Jr." or alone
    (
        "The President talked with Alexander M. Haig, Jr. [See Conversation No. 202-15] Paul C. Warnke",
        "[See Conversation No. 202-15]",
        "editor_note",
        "cross_reference",
    ),
    (
        "The President talked with the White House operator.\n\n[See Conversation No. 34-51]",
        "[See Conversation No. 34-51]",
        "editor_note",
        "cross_reference",
    ),
    # FRUS 1969-76 v18: the editors' pointer to a tab
    (
        "the Soviet side. [See U.S. draft in Tab A.] Kissinger",
        "[See U.S. draft in Tab A.]",
        "editor_note",
        None,
    ),
    # FRUS 1941 v4: the receipt line under a telegram's heading, ending with a full stop
    (
        "The Ambassador in China (Gauss) to the Secretary of State\n[Received October 13.]\n711.94/2353",
        "[Received October 13.]",
        "supplied",
        "receipt_line",
    ),
    (
        "to the Secretary of State\n[Received September 23—9 a.m.]\n793.94/16861: Telegram",
        "[Received September 23—9 a.m.]",
        "supplied",
        None,
    ),
    # FRUS 1969-76 v14 d159: what the speaker does, after his label
    (
        "Dr. Kissinger: [Referring to the disparity of attendees on the two sides]2 You trust more people",
        "[Referring to the disparity of attendees on the two sides]",
        "editor_note",
        "stage_act",
    ),
    # the WPA Film Library's Watergate transcript, in capitals after a speaker's full stop
    (
        'Senator INOUYE. [QUOTING FROM THE WHITE HOUSE MEMORANDUM] "It was Dean who suggested',
        "[QUOTING FROM THE WHITE HOUSE MEMORANDUM]",
        "editor_note",
        "stage_act",
    ),
    # FRUS 1969-76 v16 d195: a stage word at Gromyko's turn
    (
        "Kissinger: Every single one?\n\nGromyko: [thinks] I think so.",
        "[thinks]",
        "editor_note",
        "turn_direction",
    ),
    # the Nixon Library's tape logs: a name among the bulleted subjects of a conversation
    (
        "-Office of Economic Opportunity\n-[Robert F. Froehlke]\n-Appointment",
        "[Robert F. Froehlke]",
        "supplied",
        "bulleted_name",
    ),
    ("Location: Oval Office\n- [Camp David]\n- Schedule", "[Camp David]", "supplied", "bulleted_name"),
    # the Wilson Center (document 115223): a title and a first name with its initial, supplied
    # before the surname; not a sentence of the editor's
    (
        "the historic steps by [Soviet Premier Nikita S.] Khrushchev and instead",
        "[Soviet Premier Nikita S.]",
        "supplied",
        None,
    ),
    (
        "Talks with [Brazilian Foreign Ministry official Carlos A.] Bernardes on the 26th",
        "[Brazilian Foreign Ministry official Carlos A.]",
        "supplied",
        None,
    ),
    # a Vietnamese translation of a Soviet telegram (cccplenin.blogspot.com): the translator's
    # note opened in Vietnamese, with a dash
    (
        "Chu Đức [ghi chú của người dịch—Rõ ràng là một bác sĩ và đặc vụ Liên Xô khác ở Diên An; "
        "tên thật không rõ] đã",
        "[ghi chú của người dịch—Rõ ràng là một bác sĩ và đặc vụ Liên Xô khác ở Diên An; tên thật không rõ]",
        "translator_note",
        "translator_note_opener",
    ),
    # the LBJ Library's oral histories: the National Archives' identifier
    (
        "Transcripts of LBJ Library Oral Histories [NAID 24617781] More on LBJ Library",
        "[NAID 24617781]",
        "editor_note",
        "archive_identifier",
    ),
    # the Nixon Library's tape logs: a segment reviewed, a withdrawn item's category
    (
        "*** [Begin segment reviewed under deed of gift]\n\nInstruction -Object",
        "[Begin segment reviewed under deed of gift]",
        "editor_note",
        "recording_state",
    ),
    (
        "BEGIN WITHDRAWN ITEM NO. 1 [Personal returnable] [Duration: 2m 51s ] END",
        "[Personal returnable]",
        "editor_note",
        "recording_state",
    ),
    # the Saddam Hussein tapes (1985): whom the pronoun means is not known
    (
        "Tariq Aziz: He [unspecified] said, “I went and talked to the Iranians.",
        "[unspecified]",
        "editor_note",
        "not_known",
    ),
    (
        "4th - to the USSR MFA UVPI [expansion unknown]\n5th - ",
        "[expansion unknown]",
        "editor_note",
        "not_known",
    ),
    # the Thatcher Foundation's archive: when the record was declassified
    (
        "No.10 note of conversation (Reagan-Thatcher meeting) [plenary session] [declassified 2011]\n",
        "[declassified 2011]",
        "editor_note",
        "archive_identifier",
    ),
    # the Canadian House of Commons' committee evidence
    (
        "Standing Committee on Access to Information, Privacy and Ethics\n"
        "[Recorded by Electronic Apparatus]\n",
        "[Recorded by Electronic Apparatus]",
        "editor_note",
        "recording_state",
    ),
    # FBIS (the Castro speech database, 1987): a description split over two lines
    (
        "the comrade [not further\nidentified] said that",
        "[not further\nidentified]",
        "editor_note",
        "described",
    ),
]

# (text, span, rule that must not fire)
NEAR_MISSES = [
    # a supplied verb, no pointer: nothing capitalised follows "see"
    ("we shall [see] what they do", "[see]", "cross_reference"),
    ("I will [see you] tomorrow", "[see you]", "cross_reference"),
    # "received" supplied in a sentence, no date or hour after it
    ("the letter was [received by the Minister] and", "[received by the Minister]", "receipt_line"),
    # a supplied word at a line's start: no act of a speaker
    ("Report\n[Regarding] the matter of the loan", "[Regarding]", "stage_act"),
    # an act's word in the middle of a sentence: words supplied, not where a turn begins
    ("he went on [reading the letter] to them", "[reading the letter]", "stage_act"),
    # a court transcript's note after a line's bullet: words in lower case, no name
    ("• [The accused present]\nJUDGE", "[The accused present]", "bulleted_name"),
    # a name supplied in a sentence, not an item of a list
    ("and - as agreed - [Camp David] was chosen", "[Camp David]", "bulleted_name"),
    # "translator" in a note that is not opened by a translator's note label
    (
        "the [translator's notes are bracketed] text",
        "[translator's notes are bracketed]",
        "translator_note_opener",
    ),
    # a figure after a word that is no archive's
    ("in [RGB 59] and", "[RGB 59]", "archive_identifier"),
    # an adjective supplied before its noun, no note of what is not known
    ("the [unknown] soldier", "[unknown]", "not_known"),
    # a year after a word that declassifies nothing
    ("the treaty [signed 1972] was", "[signed 1972]", "archive_identifier"),
    # "in" a place, not "in another hand"
    ("he arrived [in another town] later", "[in another town]", "sheet_place"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_a_note_reads_as_the_editor_meant(text, inside, category, rule):
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_the_rule_does_not_fire_on_a_near_miss(text, inside, rule):
    assert_not_read_by(text, inside, rule)


@pytest.mark.parametrize(
    ("inside", "category"),
    [
        ("Translator's note – the original says “comrade”", "translator_note"),
        ("Translator’s Note. The original says “comrade”", "translator_note"),
        ("T/N: the original says “comrade”", "translator_note"),
        ("Editor's note — see the next document", "editor_note"),
        ("Nota del traductor: el original dice «camarada»", "translator_note"),
        ("N.d.T.: en français dans le texte", "translator_note"),
        ("Прим. пер.: так в оригинале", "translator_note"),
        ("Przyp. tłum. – w oryginale po rosyjsku", "translator_note"),
        ("Anm. d. Red.: gemeint ist die SED", "editor_note"),
        ("Nota del editor: se refiere a Fidel Castro", "editor_note"),
        ("in another hand: approved", "editor_note"),
        ("upper right corner: Secret", "editor_note"),
        ("End of telephone conversation", "editor_note"),
        ("off the record", "editor_note"),
    ],
)
def test_the_conventions_of_other_archives_read_alike(inside, category):
    # the published conventions of other languages' editions and of tape logs (written from the
    # forms those editions print, not from a dev page)
    assert read_inside(inside).category == category


def test_a_sentence_ending_with_a_lettered_item_is_still_the_editors():
    # "… in Annex B." ends a sentence; "… Nikita S." is a name's initial
    assert read_inside("The text of the agreement is in Annex B.").category == "editor_note"
    assert read_inside("Soviet Premier Nikita S.").category == "supplied"


def test_a_translators_label_before_a_colon_keeps_its_fields():
    # labelled_note reads the label and the gap the body describes before the openers' rule
    info = read_inside("Translator's note: one word off the page in the left margin")
    assert (info.category, info.label, info.unit) == ("translator_note", "Translator's note", "word")
    assert read_inside("N.d.T.: en français dans le texte").label == "N.d.T."
