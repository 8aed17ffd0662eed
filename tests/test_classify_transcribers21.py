"""Transcribers' conventions of the twenty-first round's second part (rules
``labelled_reading``, ``cut_name``, ``doubtful_spelling`` and the gap reasons of a transcript
in other languages): real text of dev's pages, the category written by hand from the document,
and near misses the rules must not read."""

from __future__ import annotations

import pytest

import lacuna.ast
from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# https://hub.catalogit.app/goulbourn-museum/folder/entry/85646a20-f392-11ef-b3cc-c15233d1e3e4
# (a soldier's letter of 24 March 1918, the Goulbourn Museum's crowd-sourced transcription)
GOULBOURN_APRIL = (
    "it sure is a great contrast in comparison with this time last year, just after the ninth "
    "of Apr. [abbreviated: April] we had quite a heavy snow storm"
)
GOULBOURN_JAKE = (
    "Deanie said he had seen P. Fox + C. Hall shortly before he saw me, so they are both "
    "[illegible: jake] wonder what Channon thinks of the trenches, D. says he's looking about "
    "same.\nHad a card from Mrs. MacLachlan (M. Hull) she seems to like the country very much, I "
    "am sure its [spelling error: it's] fine out there in summer"
)
GOULBOURN_STRUCK = "there being hardly any use of me keeping them [crossed out: me], are too warm to wear now"
# https://hub.catalogit.app/goulbourn-museum/folder/entry/9ea95640-f391-11ef-b3cc-c15233d1e3e4
GOULBOURN_XMAS = (
    "On Xmas [abbreviation: Christmas] [crossed out: it] day which we spent in the trenches, I "
    "rec'd [abbreviation: received] a letter from mother"
)
# https://www.catalogue.wyjs.org.uk/CalmView/Record.aspx?src=CalmView.Catalog&id=CC00001%2F7%2F9%2F6%2F26%2F2%2F2
# (the West Yorkshire Archive Service's transcription of Anne Lister's diary)
LISTER = (
    "Monday 19 - C- [Charles] afraid of being thought mad – Mr Stansfield Caldwell\n"
    "dined with us – Remarks on his manners and conversation –\n"
    "Tuesday 20 - wrote π [Mariana] a circular for her friens\n"
    "M – [Mariana] fainted- Left Lawton – Went to Field. house.\n"
    "Wednesday 21 - all but connected with Anne – Mrs. Steph’s opinion of\n"
    "C – [Charles] – Steph’s dinner party-\n"
    "Thursday 22 - conduct to Anne – Steph showed me C–‘s [Charles] incoherent\n"
    "note of Monday 29 July – Left Field-house-"
)
LISTER_AUNT = (
    "chester, Rochdale, Halifax – My aunt L's [Lister] scandal\nabout C – [Charles] – got to Shibden"
)
# https://corviz.h.uib.no/index_convert.php?convar_function=1&convar_identifier=568 (the Irish
# Emigration Database: a letter from Erie, 1852)
CORVIZ = (
    "I trust Father and Mother will not greave [grieve?] to [too?] much about him I am "
    "exceedingly sorry to hear that James is no better"
)
CORVIZ_HASTE = "he was always ready to furnish me in [haste?] with every item of News"
# https://franklinpapers.org/ (Deborah Franklin's letter, vol. 14, p. 156a)
FRANKLIN = (
    "I expeckte her down this day or to morrow. I was\nthe reder [readier?] to let her go as shee "
    "is not verey well"
)
# http://voices.iit.edu/interview?doc=brinI&display=brinI_yi_de (David Boder's interview with
# Itzhak Brin, 1946)
BODER = (
    "Itzhak Brin: [אומהערבאר]\n  • David Boder: [In German] Ja. Also, Herr Brin, reden Sie, was "
    "Sie wollen. Fangen Sie an. [unverständlich] Kommen Sie näher, bitte.\n  • Itzhak Brin: "
    "[unverständlich] Lodzscher Ghetto [unverständlich] Arbeit"
)

# https://gilderlehrman.org/collection-search?f%5B0%5D=subjects%3A73926&page=231 (the Gilder
# Lehrman Collection's catalogue of Asa Smith's letters)
GILDER = (
    "GLC02744.090\nto mother\n14 October 1861\nSmith, Asa, fl. 1861-1862\nto mother [Ann Smith] His "
    'life at camp is "quiet," and the troops are making their own fun'
)
# http://paulgassfamily.com/adele-korff-gass/letter-from-rabbi-yaakov-goldman/ (a rabbi's letter
# of 1938, a family site's translation)
GASS = "to my niece Adele and husband Matus, your dearest son [Paul] should live long"
# http://jonestown.sdsu.edu/?page_id=28140
JONESTOWN = "“Sister [Rosa Lee] Peterson … knew that her redeemer lived"
# https://ncgenweb.us/franklin/court/minutes-1786-1787.html (Franklin County court minutes)
NCGENWEB = (
    "[Film/Roll 744/C.039.30001 NC State Archives]\n[transcribed by Mark A. Murphy, 14 May 2001]\n"
    "[p.] (21)\nMinutes of March Term 1786"
)
# http://religiondocbox.com/Atheism_and_Agnosticism/92214095-Dr-bernard-galler-oral-history-by-atsushi-akera-part-i-early-life-and-career-recorded-on-day-one-january-18-2006.html
GALLER = (
    "(Recorded on day one, January 18, 2006) [Tape 1, Side A] AKERA: I m speaking today with "
    "Dr. Bernard Galler"
)
# http://www.masshist.org/publications/apde2/view?id=PJA08d104 (the Adams Papers Digital Edition)
ADAMS = "[dateline] Braintree Septr. 10 1779\n[salute] My dear Friend\nI am indebted to you"
# http://religiondocbox.com/Atheism_and_Agnosticism/116006497-Gazette-project-interview-with-martin-holmes-fayetteville-arkansas-27-september-interviewer-scott-morris.html
PRYOR = (
    "2 My father was a traffic man for Southwestern Bell [Telephone Company]. In other words, he did "
    "stuff like line work"
)
# https://oralhistory.rutgers.edu/alphabetical-index/interviewees/30-interview-html-text/179-sloan-jr-alfred-v
RUTGERS = (
    'which was the "lying-in" [obstetrics and gynecology] division, I think, of '
    "Columbia-Presbyterian [Medical Center]."
)
FRUS_315 = (
    "I told him we put it forward to not get any additional confrontations. I also said they "
    "could [should?] support the British Resolution which is really at the very edge,"
)
PAST_VOICES = (
    "the former residing in Jackson in this state & the latter at Leoni in the same county, "
    'where also the Mother (now Mrs. Haywood) [Kaywood?] also resides."'
)

# (text, span, category, rule that decides)
CASES = [
    (GOULBOURN_APRIL, "[abbreviated: April]", "gloss", "labelled_reading"),
    (GOULBOURN_XMAS, "[abbreviation: Christmas]", "gloss", "labelled_reading"),
    (GOULBOURN_XMAS, "[abbreviation: received]", "gloss", "labelled_reading"),
    (GOULBOURN_JAKE, "[illegible: jake]", "gap", "labelled_reading"),
    (GOULBOURN_JAKE, "[spelling error: it's]", "sic", "labelled_reading"),
    (LISTER, "[Charles]", "gloss", "cut_name"),
    (LISTER, "[Mariana]", "gloss", None),  # (π: her symbol for a person, any rule)
    (LISTER_AUNT, "[Lister]", "gloss", "cut_name"),
    (LISTER_AUNT, "[Charles]", "gloss", "cut_name"),
    (CORVIZ, "[grieve?]", "gloss", "doubtful_spelling"),
    (CORVIZ, "[too?]", "gloss", "doubtful_spelling"),
    (FRANKLIN, "[readier?]", "gloss", "doubtful_spelling"),
    (BODER, "[unverständlich]", "gap", "gap_reason"),
    (GILDER, "[Ann Smith]", "gloss", "kin_named"),
    (NCGENWEB, "[transcribed by Mark A. Murphy, 14 May 2001]", "editor_note", "transcriber_credit"),
    (GALLER, "[Tape 1, Side A]", "editor_note", "tape_side"),
    (ADAMS, "[dateline]", "editor_note", "listed"),
    (ADAMS, "[salute]", "editor_note", "listed"),
    (PRYOR, "[Telephone Company]", "supplied", None),
    (RUTGERS, "[Medical Center]", "supplied", None),
    (GASS, "[Paul]", "gloss", None),
    (BODER, "[אומהערבאר]", "gap", "gap_reason"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_transcribers_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


def test_every_cut_name_of_the_diary_is_a_gloss_of_its_initial() -> None:
    glossed = [
        (s.text, s.glossed)
        for s in lacuna.parse(LISTER).spans()
        if isinstance(s, lacuna.ast.Gloss) and s.because.startswith("cut_name:")
    ]
    assert glossed == [("[Charles]", "C-"), ("[Mariana]", "M –"), ("[Charles]", "C –"), ("[Charles]", "C–‘s")]


GLOSSED = [
    (GOULBOURN_APRIL, "[abbreviated: April]", "Apr."),
    (GOULBOURN_XMAS, "[abbreviation: Christmas]", "Xmas"),
    (GOULBOURN_XMAS, "[abbreviation: received]", "rec'd"),
    (LISTER_AUNT, "[Lister]", "L's"),
    (CORVIZ, "[grieve?]", "greave"),
    (CORVIZ, "[too?]", "to"),
    (FRANKLIN, "[readier?]", "reder"),
    (GILDER, "[Ann Smith]", "mother"),
]


@pytest.mark.parametrize(("text", "inside", "glossed"), GLOSSED)
def test_transcribers_glossed_words(text: str, inside: str, glossed: str) -> None:
    span = span_of(text, inside)
    assert isinstance(span, lacuna.ast.Gloss), span.because
    assert span.glossed == glossed, span.because


def test_labelled_readings_fields() -> None:
    jake = span_of(GOULBOURN_JAKE, "[illegible: jake]")
    assert (jake.reason, jake.conjecture) == ("illegible", "jake")
    assert span_of(GOULBOURN_JAKE, "[spelling error: it's]").correction == "it's"
    assert span_of(BODER, "[unverständlich]").reason == "inaudible"
    assert span_of(CORVIZ, "[grieve?]").conjecture == "grieve"


# near misses: (text, span, rule that must not decide it)
NEAR_MISSES = [
    # a struck word given stays the editor's note of the page
    (GOULBOURN_STRUCK, "[crossed out: me]", "labelled_reading"),
    (GOULBOURN_XMAS, "[crossed out: it]", "labelled_reading"),
    # her symbol for a person, no initial (the diary above)
    (LISTER, "[Mariana]", "cut_name"),
    # a word doubted, not a spelling (FRUS 1969-76 vol. XI, doc. 315:
    # https://history.state.gov/historicaldocuments/frus1969-76v11/d315)
    (FRUS_315, "[should?]", "doubtful_spelling"),
    # a name doubted (http://pastvoices.blogspot.com/2004/06/, a transcribed obituary)
    (PAST_VOICES, "[Kaywood?]", "doubtful_spelling"),
    (CORVIZ_HASTE, "[haste?]", "doubtful_spelling"),
    # the rest of an institution's name is no person's other name
    (PRYOR, "[Telephone Company]", "other_name"),
    (RUTGERS, "[Medical Center]", "other_name"),
    # a name before a surname completes the title
    (JONESTOWN, "[Rosa Lee]", "kin_named"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_transcribers_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


RULES = ["labelled_reading", "cut_name", "doubtful_spelling", "kin_named", "transcriber_credit", "tape_side"]


@pytest.mark.parametrize("rule", RULES)
def test_transcribers_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)
