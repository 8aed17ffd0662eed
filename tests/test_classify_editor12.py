"""Notes, the page's own brackets and corrections that the cross-check of dev read wrong (issue
13, twelfth round): a legend of the page's brackets, the Indian Parliament debates' dates, FRUS's
telegram headings, a tribunal transcript's heading, a month or a verb form set right. Real
examples quoted from ``bench/labels/dev.jsonl``, each with the category a historian gives it and
the rule that decides, and near misses that must read otherwise (written by hand, not by running
the classifier)."""

from __future__ import annotations

import pytest

from conftest import assert_read_by, assert_switched_off, span_of

BAHAI_NEWSPAPER = (
    "[Translator’s notes appear in square brackets.]\n\n[Personal information has been redacted.]\n\n"
    "[The excerpt below is from the section of the article that pertains to the Baha’i Faith]\n\n\n"
    "[Newspaper:] Islamic Republic\n\n[Date:] 26 Khordad 1359 [16 June 1980]\n\n[Issue No.:] 302\n\n"
    "[Page:] 12\n\n\nThe Unpublished Documents from the American Den of Espionage (2)"
)
STALIN_DRAFT = (
    "was sent to Stalin and the same addressees and is in the Molotov file as M-854s]\n\n \n\n"
    "[[Note: Text in double-brackets was crossed out in original]]\n\n \n\nDraft\n\n \n\nTOP SECRET"
)
LOK_SABHA_1962 = (
    "Third Series, No.25 Monday, December 10, 1962 Agrahayana 19, 1884 (Saka) I LOK SABHA DEBATES\n\n"
    "Third Series Volume XI, 1962/1884 (Sua) [December 5 to II, 1962/Agrahayana 14 to 20, 1884 "
    "(Saka)]\n\n, .\n\nTIDRD SESSION, 1962/1884 (Saka)"
)
LOK_SABHA_1959 = (
    "LOK SABHA DEBATES (Second Scries) VOLUME XXXIV 1959 [August 31 to September 12 , l^jBhadra 9 "
    "to 2 i> 1881 {Sakdj] EIGH TH SESSION, 1959/1881 (Saka)"
)
LOK_SABHA_OCR = (
    "I LOK SABHA DEBATES\n\n[TiIl:lD SBRIBS VOL. XI, December 5 to u r96z/AgrahayaI'l8'4 to 20, "
    "IS84(Saka)]\n\n"
)
FRUS_1900 = (
    "Mr. Conger to the Secretary of State.\n\n[Telegram—Paraphrase.—Received September 3, 1900. "
    "Date lost in transmission.]\n\n(Mr. Conger, acknowledging an undated telegram,1 just received"
)
FRUS_1900_CHEFOO = (
    "Mr. Conger to the Secretary of State.\n\n[Telegram.—Paraphrase.—Received, via Chefoo, August "
    "22, 1900; date lost in transmission.]\n\n(Mr. Conger reports that"
)
BUKOVSKY_LISTING = (
    "Secret SPECIAL FILE Dear Leonid Ilych, Here … Continue reading 7 February 1974* "
    "[Andropov-Brezhnev] Solzhenitsyn\n\nLetter from ANDROPOV to BREZHNEV about SOLZHENITSYN"
)
FRUS_SOURCE_NOTE = (
    "121. Memorandum From the President’s Assistant for National Security Affairs (Kissinger) to "
    "President Nixon\n\nSource: National Archives, Nixon Presidential Materials, NSC Files, "
    "Kissinger Office Files, Box 75, Country Files—Europe—USSR, [Discussions with Brezhnev]. "
    "Secret; Sensitive.\n"
)
WORLDJPN_RECORD = (
    "[Title] Japan-China Joint Press Statement\n\n[Place] Beijing\n[Date] October 8, 2006\n"
    "[Source] Ministry of Foreign Affairs of Japan\n"
)
STL_HEADER = (
    "5 Presiding Judge David Re, Judge Janet Nosworthy, 6 Judge Micheline Braidy, Judge Walid "
    "Akoum, and 7 Judge Nicola Lettieri - [Trial Chamber] 8 Thursday, 28 September 2017 - [Trial "
    "Hearing] 9 [Open Session] 10 --- Upon commencing at 10.03 a.m."
)

# (text, span, category, rule that decides)
CASES = [
    # a legend of the page's brackets, set before the text: the translator's
    (
        BAHAI_NEWSPAPER,
        "[Translator’s notes appear in square brackets.]",
        "translator_note",
        "bracket_convention",
    ),
    (
        "[Translator’s notes are bracketed] SPECIAL FOLDER TOP SECRET",
        "[Translator’s notes are bracketed]",
        "translator_note",
        "bracket_convention",
    ),
    (
        STALIN_DRAFT,
        "[Note: Text in double-brackets was crossed out in original]",
        "translator_note",
        "bracket_convention",
    ),
    # the Lok Sabha debates' own heading: the dates in both calendars
    (
        LOK_SABHA_1962,
        "[December 5 to II, 1962/Agrahayana 14 to 20, 1884 (Saka)]",
        "other",
        "saka_dates",
    ),
    (LOK_SABHA_1959, "[August 31 to September 12 , l^jBhadra 9 to 2 i> 1881 {Sakdj]", "other", "saka_dates"),
    (
        LOK_SABHA_OCR,
        "[TiIl:lD SBRIBS VOL. XI, December 5 to u r96z/AgrahayaI'l8'4 to 20, IS84(Saka)]",
        "other",
        "saka_dates",
    ),
    # FRUS 1900: the telegram's heading says its date was lost, no gap in the text
    (
        FRUS_1900,
        "[Telegram—Paraphrase.—Received September 3, 1900. Date lost in transmission.]",
        "editor_note",
        "telegram_heading",
    ),
    (
        FRUS_1900_CHEFOO,
        "[Telegram.—Paraphrase.—Received, via Chefoo, August 22, 1900; date lost in transmission.]",
        "editor_note",
        "telegram_heading",
    ),
    # the Special Tribunal for Lebanon: the transcript's heading
    (STL_HEADER, "[Trial Chamber]", "editor_note", "tribunal_header"),
    (STL_HEADER, "[Trial Hearing]", "editor_note", "tribunal_header"),
    # FRUS: a month and an irregular verb's form set right
    (
        "in accordance with the Department’s instructions of May [March] 10, 1921.\n\nI am [etc.]",
        "[March]",
        "correction",
        "replaced_word",
    ),
    (
        "Am typing on floor. A big battle has just took [taken] place in front of Legation seems to "
        "have gone towards Parliament",
        "[taken]",
        "correction",
        "replaced_word",
    ),
    # the Bahá'í persecution archive: what the edition took out, the clipping's header fields
    (BAHAI_NEWSPAPER, "[Personal information has been redacted.]", "editor_note", "redaction_statement"),
    (BAHAI_NEWSPAPER, "[Newspaper:]", "editor_note", "clipping_field"),
    (BAHAI_NEWSPAPER, "[Date:]", "editor_note", "clipping_field"),
    (BAHAI_NEWSPAPER, "[Issue No.:]", "editor_note", "clipping_field"),
    (BAHAI_NEWSPAPER, "[Page:]", "editor_note", "clipping_field"),
    # the Bukovsky archive's listing: who wrote to whom, or the archive, after the dated entry
    (BUKOVSKY_LISTING, "[Andropov-Brezhnev]", "editor_note", "entry_heading"),
    (
        "July 1992* [RF Presidential Archive] Poland\n\nRF Presidential Archive. List of eight documents",
        "[RF Presidential Archive]",
        "editor_note",
        "entry_heading",
    ),
    # a FRUS source note: the cited folder's title in the archive's brackets
    (FRUS_SOURCE_NOTE, "[Discussions with Brezhnev]", "other", "source_folder"),
    # the World and Japan database's field labels
    (WORLDJPN_RECORD, "[Place]", "other", "record_field"),
    # the Sahifeh-ye Imam: the opening formula supplied, not a note
    (
        "[In the Name of God, the Compassionate, the Merciful]\nThe mission to explain the "
        "Islamic Revolution\nIn encountering",
        "[In the Name of God, the Compassionate, the Merciful]",
        "supplied",
        "opening_formula",
    ),
    (
        "[ In the Name of God, the Compassionate, the Merciful ]\n\n[ Minister: We are very "
        "pleased to be here.",
        "[ In the Name of God, the Compassionate, the Merciful ]",
        "supplied",
        "opening_formula",
    ),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_read_by_its_convention(text, inside, category, rule):
    assert_read_by(text, inside, category, rule)


def test_the_double_brackets_take_the_legend():
    span = span_of(STALIN_DRAFT, "[[Note: Text in double-brackets was crossed out in original]]")
    assert span.category == "translator_note"


def test_the_set_right_words_are_the_correction():
    span = span_of("the Department’s instructions of May [March] 10, 1921.", "[March]")
    assert span.info.correction == "March"
    span = span_of("A big battle has just took [taken] place", "[taken]")
    assert span.info.correction == "taken"


@pytest.mark.parametrize(
    ("text", "inside", "category", "rule"),
    [
        # a legend naming the editor is no translator's note
        (
            "[Words in brackets were added by the editor]\n\nText",
            "[Words in brackets were added by the editor]",
            None,
            "bracket_convention",
        ),
        # a Saka date alone (no Gregorian month), or a Gregorian date alone, is read as usual
        ("RAJYA SABHA\n\n[the 2nd Asvina, 1887]", "[the 2nd Asvina, 1887]", None, "saka_dates"),
        ("Oral Answers [24 SEP. 1965] to Questions", "[24 SEP. 1965]", None, "saka_dates"),
        # a telegram said lost is the gap
        ("[telegram lost]\n", "[telegram lost]", "gap", "telegram_heading"),
        # the chamber named in a sentence is supplied
        ("the judgment of the [Trial Chamber] was upheld", "[Trial Chamber]", "supplied", "tribunal_header"),
        # a month's abbreviation expanded, a word in another case, an "-ing" form: no correction
        ("a letter of Sept. [September] 3", "[September]", None, "replaced_word"),
        ("the instructions of May [june] 10", "[june]", None, "replaced_word"),
        ("the matter is [being] considered", "[being]", "supplied", "replaced_word"),
        # a count of what was taken out is the gap
        (
            "[Two lines have been redacted.]\n",
            "[Two lines have been redacted.]",
            "gap",
            "redaction_statement",
        ),
        ("[Text redacted]", "[Text redacted]", "gap", "redaction_statement"),
        # a speaker's label, or those present, are supplied
        ('[Stalin:] "A hardy nation." Molotov: agrees', "[Stalin:]", "supplied", "clipping_field"),
        ("[Present:] Stalin, Molotov, Lavrent'ev, Tito", "[Present:]", "supplied", "clipping_field"),
        # a date without the archive's asterisk, or a name going on in lower case
        ("7 February 1974 [Andropov] wrote to Brezhnev", "[Andropov]", None, "entry_heading"),
        (
            "July 1992* [RF Presidential Archive] list of eight",
            "[RF Presidential Archive]",
            None,
            "entry_heading",
        ),
        # a withheld folder's name is the gap; a bracket on a line without "Source:" is read as usual
        (
            "Source: Central Intelligence Agency, DDO Files, Job 59–00133R, Box 5, Folder 13, "
            "[cryptonym not declassified]. Secret; Security Information.",
            "[cryptonym not declassified]",
            "gap",
            "source_folder",
        ),
        (
            "He kept Box 75 of the [Discussions with Brezhnev] files.",
            "[Discussions with Brezhnev]",
            None,
            "source_folder",
        ),
        # "place" in a sentence, before lower-case words
        ("[Place] names were changed after the war", "[Place]", None, "record_field"),
        # the formula quoted in a sentence is read as usual; another line of its own is the editor's
        ("He began [in the name of God] to speak", "[in the name of God]", None, "opening_formula"),
        ("[Paraphrase]\nThe text", "[Paraphrase]", "editor_note", "opening_formula"),
    ],
)
def test_near_misses(text, inside, category, rule):
    span = span_of(text, inside)
    if category is not None:
        assert span.category == category, span.because
    if rule is not None:
        assert not span.because.startswith(rule + ":"), span.because


@pytest.mark.parametrize(
    "rule",
    [
        "bracket_convention",
        "saka_dates",
        "telegram_heading",
        "tribunal_header",
        "entry_heading",
        "source_folder",
        "opening_formula",
        "redaction_statement",
        "clipping_field",
    ],
)
def test_each_rule_can_be_switched_off(rule, tmp_path):
    assert_switched_off(rule, CASES, tmp_path)
