"""Conventions of the thirtieth labelling round's pages (task new30): a page's navigation links
parted by dashes, a telegram's receipt line with a stray mark in its month, an old FRUS note
labelled ``NOTE.``, an editor's gloss signed ``—ed.``, a clause's start supplied after a noun.
Real text of dev's pages, the reading written by hand from the document, and a near miss for
each rule that must not fire."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of
from lacuna.ast import Gloss

# libweb.hawaii.edu/digicoll/annexation/blount/br0219.php: the University of Hawaii's Blount
# report, p. 219, the page's navigation links
BLOUNT = (
    "[Previous Page] -- [View PDF] -- [ View in MS Word] -- [Next Page]\n"
    "HAWAIIAN ISLANDS. 219 No. 3. Mr. Dole to Mr. Foster. DEPARTMENT OF FOREIGN AFFAIRS, Honolulu, "
    "Hawaiian Islands, January 18, 1893. (Received February 3.)"
)
# history.state.gov/historicaldocuments/frus1866p2/papers: FRUS 1866 part 2, the list of papers,
# the volume's page numbers on one line
FRUS1866 = (
    "Papers relating to foreign affairs.\n\n\n[Page II] [Page III] [Page IV]\n"
    "No. From whom and to whom. Date. Subject. Page."
)
# avalon.law.yale.edu/20th_century/ch518.asp: the Avalon Project's FRUS 1918, Russia, Francis to
# Lansing, 16 November 1917
AVALON = (
    "The Ambassador in Russia (Francis) to the Secretary of State (1)\n\n[Telegram]\n\n"
    "PETROGRAD, November 16, 1917, 6 p.m.\n\n[Received Novemb'er 18, 8.15 a.m.]\n\n"
    "1986. Endeavoring to reach you through every available channel."
)
AVALON_RECEIPT = "[Received Novemb'er 18, 8.15 a.m.]"
# books.google.es/books?id=BioWAAAAYAAJ&pg=PA424 (text view): FRUS 1889, the ninth protocol of
# the Samoa conference
SAMOA_NOTE = (
    "[NOTE. The appendix to this protocol of the ninth session being the general act, as signed, "
    "will be found in its proper place, supra, p. 353, and is not here reprinted.]"
)
SAMOA = f"Certified to be a true copy of the original protocol.\n\nW. N. BEAUCLERK.\n\n{SAMOA_NOTE}\n\n"
# wilson-center-digital-archive.dvincitest.com/document/telegram-chilean-embassy-rio-de-janeiro-
# ruiz-solar: the Chilean embassy in Rio de Janeiro (Ruiz Solar), 1 November 1962
RIO = (
    "Fulfilling instructions of your telegram No. 183, I met with heads of Itamaraty [Brazilian "
    "foreign ministry—ed.] who agreed [that it was] necessary to keep close information and "
    "exchange points of view on the Cuban case as they have done so far in all the international "
    "problems, also adding: Brazil will maintain [its] proposal before the United Nations for the "
    "denuclearization of Africa and Latin America, [with] the assurance [that it] will obtain "
    "approval by a large majority."
)
# digitalarchive.wilsoncenter.org/document/telegram-polish-embassy-washington-drozniak-18-
# october-1962: the editors' note, a sentence signed "—ed."
BEN_BELLA_NOTE = (
    "[Ben Bella had just visited Washington, where he met with President Kennedy, and had gone on "
    "to Havana—ed.]"
)
BEN_BELLA = (
    "[2] Edward Drożniak (1902 – 1966), Poland’s ambassador to the United States (1961-1966).\n\n\n"
    f"[3] {BEN_BELLA_NOTE}\n"
)

CASES = [
    (BLOUNT, "[Previous Page]", "other", "navigation_bar"),
    (BLOUNT, "[ View in MS Word]", "other", "navigation_bar"),
    (BLOUNT, "[Next Page]", "other", "navigation_bar"),
    (AVALON, AVALON_RECEIPT, "supplied", "receipt_line"),
    (SAMOA, SAMOA_NOTE, "editor_note", "note_stop_label"),
    (RIO, "[Brazilian foreign ministry—ed.]", "gloss", "gloss_cue"),
    (BEN_BELLA, BEN_BELLA_NOTE, "editor_note", "sentence_note"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_new30_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize("rule", ["navigation_bar", "receipt_line", "note_stop_label"])
def test_new30_rules_switch_off(rule: str, tmp_path: Any) -> None:
    assert_switched_off(rule, CASES, tmp_path)


def test_blount_view_pdf_stays_a_control() -> None:
    """The bar's PDF link is read first as a web page's control, as before."""
    assert_read_by(BLOUNT, "[View PDF]", "other", "web_control")


@pytest.mark.parametrize("inside", ["[Page II]", "[Page III]", "[Page IV]"])
def test_page_numbers_on_one_line_stay_page_breaks(inside: str) -> None:
    """FRUS's page numbers set on one line are no navigation bar: a page's number is no link."""
    span = span_of(FRUS1866, inside)
    assert span.category == "page_break", span.because
    assert not span.because.startswith("navigation_bar:"), span.because


def test_a_page_word_alone_stays_a_page_break() -> None:
    """``[Next Page]`` among words (a transcriber's mark of the page turning) is a page break."""
    text = "the letter goes on\n[Next Page]\nas I said before"
    assert_read_by(text, "[Next Page]", "page_break", "page_break_words")


def test_samoa_note_label_as_written() -> None:
    """The note's label is the word as the volume prints it, in capitals."""
    assert span_of(SAMOA, SAMOA_NOTE).info.label == "NOTE"


def test_itamaraty_glossed() -> None:
    """The editor's gloss signed ``—ed.`` glosses the name before it."""
    span = span_of(RIO, "[Brazilian foreign ministry—ed.]")
    assert isinstance(span, Gloss)
    assert span.glossed == "Itamaraty"


def test_that_it_opens_a_clause() -> None:
    """``the assurance [that it] will obtain``: ``that`` opens a clause, no noun phrase is
    restated: words supplied, not a gloss of ``the assurance``."""
    assert_read_by(RIO, "[that it]", "supplied", None)
    assert_not_read_by(RIO, "[that it]", "restates_phrase")


# digitalarchive.wilsoncenter.org/document/115264: the Chilean embassy in Rio de Janeiro (Ruiz
# Solar), 8 November 1962
THANT = (
    "The personal representative that President [João] Goulart sent to Havana to “act at the same "
    "time with the United Nations Secretary General [U Thant] and with Fidel Castro himself” has "
    "returned very discreetly"
)
# wilson-center-digital-archive.dvincitest.com/document/transcript-vice-premier-chen-yis-meeting-
# soviet-ambassador-sv-chervonenko: the list of people present, then the first speaker
CHERVONENKO = (
    "Us: Deputy Minister ZHANG [Wentian]; Deputy Director YU Zhan; Comrade MA Lie\n"
    "Translator: YAN Mingfu\n"
    "Soviet Ambassador [S.V. CHERVONENKO]: [I have an] important notification [for] you"
)


def test_modifier_of_several_words_opened_by_a_determiner() -> None:
    """A title's modifier of several capitalised words is glossed with it when a determiner
    opens it; a name on the line above is no modifier."""
    thant = span_of(THANT, "[U Thant]")
    assert isinstance(thant, Gloss)
    assert thant.glossed == "the United Nations Secretary General"
    ambassador = span_of(CHERVONENKO, "[S.V. CHERVONENKO]")
    assert isinstance(ambassador, Gloss)
    assert "Mingfu" not in (ambassador.glossed or "")


# digitalarchive.wilsoncenter.org/document/115118 and /115122: cables from the Chinese embassy in
# Cuba, 31 October and 1 November 1962 (translated by Zhang Qian)
THANT_PROPOSAL = (
    "Fidel decided not to let them in; Cuba rejected [U Thant’s proposal] by expressing the "
    "inability of Cuba to host so many people."
)
ALBINO = (
    "3) Ordoqui said: The Brazilian president [Joâo Goulart] sent [his aide, Gen. Albino] da Silva "
    "to Cuba, indicating that the Brazilian government is willing to mediate"
)


@pytest.mark.parametrize(
    ("text", "inside"), [(THANT_PROPOSAL, "[U Thant’s proposal]"), (ALBINO, "[his aide, Gen. Albino]")]
)
def test_owned_phrase_after_a_verb_is_its_object(text: str, inside: str) -> None:
    """A noun phrase saying whose the thing is, after a verb: the verb's object, supplied."""
    assert_read_by(text, inside, "supplied", "verb_object")


# a separator with no bracket after it, a note's word without a stop, an inside ending "—ed."
# that is a sentence (above), a receipt line's month that is no month
NEAR_MISSES = [
    ("See the list -- [Previous Page] of the report", "[Previous Page]", "navigation_bar"),
    ("He said [Note the date] and left.", "[Note the date]", "note_stop_label"),
    ("Kim met the aforementioned [his aide, Gen. Albino] da Silva", "[his aide, Gen. Albino]", "verb_object"),
    ("the plan rejected [U Thant] by", "[U Thant]", "gloss_cue"),
    ("We [received mayor 12 letters] and", "[received mayor 12 letters]", "receipt_line"),
    ("the partners [the French delegations] agreed", "[the French delegations]", "gloss_cue"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_new30_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)
