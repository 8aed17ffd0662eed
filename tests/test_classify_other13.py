"""Issue 13, `other` (the thirteenth round of its fixes): a page's, a printed book's or an
e-book host's own brackets, and gaps whose reason is misspelt or whose unit is a section, quoted
from ``bench/labels/dev.jsonl`` with the category a historian gives them and the rule that
decides, and near misses that must read otherwise (written by hand, not by running the
classifier)."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# the Old Bailey Proceedings, the title page of the sessions paper of December 1773
OLD_BAILEY_1773 = (
    "Taken in SHORT-HAND by JOSEPH GURNEY .\n\nNUMBER I. PART I.\n\nLONDON:\n\n"
    "Printed for J. WILLIAMS, No. 39, in Fleet Street.\n\n[PRICE SIX-PENCE.]"
)
# the same, May 1784 (the site's other view)
OLD_BAILEY_1784 = (
    "LONDON:\n\nPrinted for E. HODGSON (the Proprietor) And Sold by J. WALMSLAY, No. 35, Chancery "
    "Lane, and S. BLADON, No. 13, Pater-noster-Row.\n\nMDCCLXXXIV.\n\n[PRICE SIX-PENCE.]"
)
# a Wikipedia talk page: comments signed, each with its reply link
KATYN_TALK = (
    "The proposal is on the page 3. PQ —Preceding unsigned comment added by (talk) 12:26, 5 "
    "September 2009 (UTC)[reply]\n\n\n\nCan anybody translate this document to english? Nelievsky "
    '(talk) 19:22, 13 April 2008 (UTC)[reply]\n\n"Peo'
)
# a Wikipedia mirror: a section heading with its edit link glued to it
WIKI_MIRROR = (
    "the issue of relations with East Germany became politically complex.\n\n"
    "Opening of diplomatic relations[edit]\n\nOn 28 January 1964, the Politburo"
)
# another mirror: the edit link opening the heading's line
WIKI_MIRROR_OLD = (
    "record of Hitler's remarks from September to November 1941.\n\n\n[edit] External links\n\nhttp://"
)
# the Ted K Archive: the outline of an e-book, the parts it does not show in brackets
TEDK = (
    "Documentation Center of Cambodia\n\nA History of Democratic Kampuchea (1975-1979)\n\n2020\n\n"
    "    [Front Matter]\n\n      [Title Page]\n\n      [Epigraph]\n\n      [Publisher Details]\n\n"
    "      Foreword\n\n      Acknowledgements"
)
# a mirror of Wikipedia's "East Germany–Zanzibar relations": a link to the German article
WIKI_ZANZIBAR = (
    "Chargé d'Affaires Günther Fritsch and Second Secretary Gerhard Stein [de] for an audience, at "
    "which the East German recognition"
)
# the American Presidency Project: a news conference's items numbered by the Public Papers' editors
NEWS_CONFERENCE = (
    "THE PRESIDENT. Good afternoon. I have several announcements to make.\n\n[1.] first, two of our "
    "nuclear powered submarines have completed\n\n[2.] Secondly, this Congress in the next weeks"
)
# FRUS 1981-88 vol. V: a source note citing a folder without a box
FRUS_NSDD = (
    "298. National Security Decision Directive 245\nSource: Reagan Library, Executive Secretariat, "
    "NSC National Security Decision Directives, NSDD 245 [Reagan-Gorbachev Preparatory Meeting]. "
    "Secret. Printed from an unsigned copy."
)

# (text, span, category, rule that decides)
CASES = [
    (OLD_BAILEY_1773, "[PRICE SIX-PENCE.]", "other", "printed_price"),
    (OLD_BAILEY_1784, "[PRICE SIX-PENCE.]", "other", "printed_price"),
    (KATYN_TALK, "[reply]", "other", "wiki_edit_link"),
    (WIKI_MIRROR, "[edit]", "other", "wiki_edit_link"),
    (WIKI_MIRROR_OLD, "[edit]", "other", "wiki_edit_link"),
    (TEDK, "[Front Matter]", "other", "book_section"),
    (TEDK, "[Title Page]", "other", "book_section"),
    (TEDK, "[Epigraph]", "other", "book_section"),
    (TEDK, "[Publisher Details]", "other", "book_section"),
    (FRUS_NSDD, "[Reagan-Gorbachev Preparatory Meeting]", "other", "source_folder"),
    (WIKI_ZANZIBAR, "[de]", "other", "interlanguage_link"),
    (NEWS_CONFERENCE, "[1.]", "editor_note", "item_number"),
    (NEWS_CONFERENCE, "[2.]", "editor_note", "item_number"),
]
MY_RULES = (
    "printed_price",
    "wiki_edit_link",
    "book_section",
    "source_folder",
    "interlanguage_link",
    "item_number",
)


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_real_examples(text, inside, category, rule):
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # no sum named, or a price inside a sentence
        ("Printed for J. WILLIAMS.\n\n[price not given]\n", "[price not given]"),
        ("He asked the [price] of six pence", "[price]"),
        ("LONDON:\n[PRICE]\n", "[PRICE]"),
        # a verb supplied, a word completed, a reply named in a sentence
        ("he wanted to [edit] the text", "[edit]"),
        ("the text was [edit]\nNext", "[edit]"),
        ("un[edit]ed text", "[edit]"),
        ("his [reply] came late", "[reply]"),
        # a part of the book named in a sentence; a file's cover described by its editor
        ("see the [title page] of the book", "[title page]"),
        ("Folder 3\n[Cover]\nMemorandum", "[Cover]"),
        # a title after a file's number outside a source note, or with no classification after it
        (
            "He read NSDD 245 [Reagan-Gorbachev Preparatory Meeting]. Secret.",
            "[Reagan-Gorbachev Preparatory Meeting]",
        ),
        (
            "Source: Reagan Library, NSDD 245 [Reagan-Gorbachev Preparatory Meeting]. Printed from a copy.",
            "[Reagan-Gorbachev Preparatory Meeting]",
        ),
        # a particle completing a name
        ("Charles [de] Gaulle said", "[de]"),
        ("Jean [de] la Fontaine wrote", "[de]"),
        # a cataloguer's title after a name and a stop (a citation's, not a folder's)
        (
            "Source: ADAMS, Philip. [Letter from United Kingdom Diplomatic Mission]. 06-01-1956. Secret.",
            "[Letter from United Kingdom Diplomatic Mission]",
        ),
    ],
)
def test_near_misses(text, inside):
    span = span_of(text, inside)
    assert span.category != "other", span.because
    assert not span.because.startswith(MY_RULES), span.because


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # a note's label has no stop; a number with a stop within a line, or alone on its line
        ("make.\n[1] See the previous letter.", "[1]", "footnote_ref"),
        ("see page [1.] for it", "[1.]", "supplied"),
        ("the list\n[12.]\n", "[12.]", "supplied"),
    ],
)
def test_near_misses_of_item_number(text, inside, category):
    assert_read_by(text, inside, category, None)
    assert_not_read_by(text, inside, "item_number")


# a typed copy of a FRUS memorandum for Kissinger on aid to Barzani (fdocuments.net)
BARZANI = (
    "On the Financial side, [text not delcassified] the proposal would provide, in addition to "
    "contributions. The ordnance would be delivered [text not declassifed] to Iran for turnover to "
    "the Kurds."
)


@pytest.mark.parametrize("inside", ["[text not delcassified]", "[text not declassifed]"])
def test_a_misspelt_reason_is_read_as_spelt(inside):
    span = span_of(BARZANI, inside)
    assert span.category == "gap", span.because
    assert span.because.startswith("misspelt_reason:"), span.because
    assert span.reason == "not declassified"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # an English word near a reason's, a short word, or words before it other than the phrase's
        ("He was [not declared] there", "[not declared]"),
        ("the [undeclassified] text", "[undeclassified]"),
        ("we [have declassifed] it", "[have declassifed]"),
    ],
)
def test_near_misses_of_a_misspelt_reason(text, inside):
    span = span_of(text, inside)
    assert not span.because.startswith("misspelt_reason:"), span.because


def test_misspelt_reason_can_be_switched_off(tmp_path):
    case = (BARZANI, "[text not declassifed]", "gap", "misspelt_reason")
    assert_switched_off("misspelt_reason", [case], tmp_path)


def test_sections_left_out_are_a_gap_not_a_gloss():
    """The Wilson Center's transcript of Castro's 1977 talks with Honecker: the editor's
    ``--ed.`` after sections left out marks a gap, not a gloss."""
    text = (
        "[Honecker welcomes Castro, invites him to take the floor--ed.]\n\n"
        "Fidel Castro: [sections omitted--ed.]\n\n\nWe visited"
    )
    span = span_of(text, "[sections omitted--ed.]")
    assert span.category == "gap", span.because
    assert span.reason == "omitted"
    # a section named in a sentence is words supplied
    assert span_of("he read the [section] of it", "[section]").category == "supplied"


@pytest.mark.parametrize("rule", sorted({case[3] for case in CASES}))
def test_each_rule_can_be_switched_off(rule, tmp_path):
    assert_switched_off(rule, CASES, tmp_path)
