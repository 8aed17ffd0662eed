"""The tenth labelling round's new kinds of page (FRUS lists of papers, Venona, court transcripts,
parliaments): real examples quoted from ``bench/labels/dev.jsonl``, each with the category a
historian gives it and the rule that decides, and near misses that must read otherwise (written
by hand, not by running the classifier)."""

from __future__ import annotations

import pytest

from conftest import assert_switched_off, span_of

FRUS_PAPERS = (
    "Appendix.\n\n\n[2] No. 1.\n\n\n[3] No. 2.\n\n\n[4] No. 3.\n\n\n[5] [Untitled]\n\n\n"
    "[6] [Untitled]\n\n\n[7] [Untitled]\n\n\n[8] [Untitled]\n\n\n[9] *No. 4.[8]\n\n\n[10] No. 5.\n\n\n"
    "[11] *No. 6.\n\n\n[12] Mr. Madison to Mr. Monroe and Mr. Pinckney.\n\nNo. 7.\n\n\n"
    "[13] Mr. Canning to Mr. King.\n\nNo. 8.\n\n\n[14] Mr. Clay to Mr. Gallatin.\n\n*No. 9.[11]\n"
)
VENONA = (
    "21 September 1944To VIKTOR [i]Lately the development of new people [D% has been in progress]. "
    "LIBERAL [ii]recommended the wife of his wife's brother, Ruth GREENGLASS, with a safe flat inview. "
    "She is 21 years old, a TOWNSWOMAN [GOROZhANKA] [iii], a GYMNAST[FIZKUL'TURNITsA] [iv] since 1942. "
    "[C% Ruth] learned that her husband [v] was called up by the army but he was notsent to the front. "
    "He is a mechanical engineer and is now working at the ENORMOUS[ENORMOZ] [vi] plant in SANTA FE"
)
ICTY_OPENING = (
    "                 [Open session]\n\n 3                           [The accused entered court]\n\n"
    " 4                           [The witness takes the stand]\n\n 5                           "
    "--- Upon commencing at 9.02 a.m."
)
MILLER_928 = (
    "The White House operator talked with the President at 10:26 am.\n[Conversation No. 928-6A]\n"
    "[Begin telephone conversation]\n[See Conversation No. 39-21]\n[End telephone conversation]\n"
    "Prisoners of war [POWs] dinner"
)

# (text, span, category, rule that decides)
CASES = [
    # FRUS 1872 part 2 vol. V, the appendix's list of papers: the site's numbers of the papers
    (FRUS_PAPERS, "[2]", "other", "numbered_paper"),
    (FRUS_PAPERS, "[9]", "other", "numbered_paper"),
    (FRUS_PAPERS, "[12]", "other", "numbered_paper"),
    (FRUS_PAPERS, "[14]", "other", "numbered_paper"),
    (FRUS_PAPERS, "[5]", "other", "numbered_paper"),
    (FRUS_PAPERS, "[Untitled]", "other", "untitled_paper"),
    # the NSA's Venona release: roman note references, after a space or glued to the next word
    (VENONA, "[i]", "footnote_ref", "roman_reference"),
    (VENONA, "[ii]", "footnote_ref", "roman_reference"),
    (VENONA, "[iii]", "footnote_ref", "roman_reference"),
    (VENONA, "[v]", "footnote_ref", "roman_reference"),
    (VENONA, "[vi]", "footnote_ref", "roman_reference"),
    # … and the Russian original glued to the English word in capitals it translates
    (VENONA, "[FIZKUL'TURNITsA]", "gloss", "original_glued"),
    (VENONA, "[ENORMOZ]", "gloss", "original_glued"),
    # the Vassiliev notebooks (algerhiss.com): the real name after a quoted cover name
    (
        "After the loss of contact with\n‘Carl,’ [18] ‘Ruble’ declined [19] [to come in contact], when "
        "‘Ales’ [Hiss] [20]\ncame in contact with ‘Pol’.’ [21]",
        "[Hiss]",
        "gloss",
        "real_name",
    ),
    # Hansard: the member who moved the motion, with a rank for a title
    (
        'HC Deb 11 April 1940 vol 359 cc733-64\n\nMotion made, and Question proposed, "That this '
        'House do now adjourn."—[Captain Margesson.]\n\n3.48 p.m.',
        "[Captain Margesson.]",
        "editor_note",
        "mover_named",
    ),
    # the Rajya Sabha's debates: a paper placed in the Parliament Library
    (
        "publishing certain amendments in Government Notification G.S.R. No. 1418, dated the 30th "
        "October, 1962. [Placed in Library. See No. LT-626/ 62].",
        "[Placed in Library. See No. LT-626/ 62]",
        "editor_note",
        "placed_in_library",
    ),
    # the ICTY's transcripts: the court reporter's notes
    (ICTY_OPENING, "[The witness takes the stand]", "editor_note", "court_record"),
    # a trial bundle's page marks (the Vassiliev notebooks on algerhiss.com)
    (
        "As we have already\nreported to you, ‘Ales’ [16]\n\n№ 309 С\n[end of jury bundle page 309C]\n"
        "[start of jury bundle page 309B]\n\n“which was con",
        "[end of jury bundle page 309C]",
        "page_break",
        "page_end",
    ),
    (
        "As we have already\nreported to you, ‘Ales’ [16]\n\n№ 309 С\n[end of jury bundle page 309C]\n"
        "[start of jury bundle page 309B]\n\n“which was con",
        "[start of jury bundle page 309B]",
        "page_break",
        "page_end",
    ),
    # the Nixon tapes: a conversation's number heading its transcript or cited in a log
    (
        MILLER_928,
        "[Conversation No. 928-6A]",
        "editor_note",
        "conversation_number",
    ),
    # a book host's record: the count of all pages may be the smaller figure
    (
        "176 53 48MB\n\nEnglish Pages 446 [445] Year 1970",
        "[445]",
        "other",
        "page_total",
    ),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_new_page_kinds(text, inside, category, rule):
    span = span_of(text, inside)
    assert (span.category, span.because.split(":")[0]) == (category, rule)


def test_the_page_mark_keeps_its_number():
    span = span_of("№ 309 С\n[end of jury bundle page 309C]\n", "[end of jury bundle page 309C]")
    assert span.info.number == "309C"


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # the ICTY: a speaker's words the microphone did not catch
        (
            "13             Mr. Karadzic, you appear again on your own I assume?\n\n14             THE "
            "ACCUSED:  [Microphone not activated]\n\n15             THE INTERPRETER:  Microphone, please.",
            "[Microphone not activated]",
            "gap",
        ),
        # a conversation cited in a Nixon tape log (rule cross_reference)
        (MILLER_928, "[See Conversation No. 39-21]", "editor_note"),
        # an author's note on a quotation's emphasis (scroll.in, P. N. Haksar's papers)
        (
            "I suggest that such a meeting should be held quietly and without any publicity... "
            "[italics mine]",
            "[italics mine]",
            "editor_note",
        ),
    ],
)
def test_vocabulary_of_the_new_pages(text, inside, category):
    assert span_of(text, inside).category == category


def test_microphone_gap_reads_inaudible():
    text = "MR. HARVEY:  [Microphone not activated] my colleague -- I'm"
    span = span_of(text, "[Microphone not activated]")
    assert (span.category, span.info.reason) == ("gap", "inaudible")


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # a note's label in a list of notes is a sentence, no paper's number after it
        ("Notes\n\n[1] See the previous letter.—Ed.\n\n[2] See Note 414.\n", "[1]", "footnote_ref"),
        # a real note reference after a sentence stays one
        ("The report is attached. [2] Please ask the Embassy", "[2]", "footnote_ref"),
        # "[Untitled]" in the sentence is no listed paper's placeholder
        ("the poem [Untitled] was printed in 1931", "[Untitled]", None),
        # a supplied letter completing a word (the Wilson Center: "[i]n")
        ("the delegation arrived [i]n Moscow on Monday", "[i]", "supplied"),
        ("the meeting was held [i]n the Kremlin", "[i]", "supplied"),
        # a capital "I" supplied is no roman numeral
        ("in accordance with instructions [I] presented Kim Il Sung", "[I]", "supplied"),
        # Hansard: a name supplied in the sentence has no stop of its own
        ("as Captain [Margesson] said", "[Margesson]", None),
        # a word completed in capitals, or a name's start, is no glued original
        ("the GOVERN[MENT] decided", "[MENT]", "supplied"),
        ("comrade KHRUSH[CHEV] said", "[CHEV]", "supplied"),
        # a conversation without its number is no tape's item
        ("he said [in conversation] that", "[in conversation]", None),
        # after a cover name, a lower-case word or words going on with the sentence
        ("when ‘Ales’ [case] officers met", "[case]", None),
        ("when ‘Ales’ [and Pol] came", "[and Pol]", "supplied"),
        # a page's end without the page's number is no page mark of this kind
        ("[end of jury bundle]", "[end of jury bundle]", None),
    ],
)
def test_near_misses(text, inside, category):
    span = span_of(text, inside)
    rules = ("numbered_paper", "untitled_paper", "roman_reference", "original_glued")
    rules += ("mover_named", "page_end", "conversation_number", "real_name")
    if category is not None:
        assert span.category == category
    assert not span.because.startswith(rules)


@pytest.mark.parametrize(
    "rule",
    [
        "numbered_paper",
        "untitled_paper",
        "roman_reference",
        "original_glued",
        "placed_in_library",
        "real_name",
    ],
)
def test_each_new_rule_can_be_switched_off(rule, tmp_path):
    assert_switched_off(rule, CASES, tmp_path)
