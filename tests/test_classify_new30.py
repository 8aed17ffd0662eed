"""Conventions of the thirtieth labelling round's pages (task new30): a telegram's receipt line
with a stray mark in its month, an old FRUS note labelled ``NOTE.``, a clause's start supplied
after a noun.
Real text of dev's pages, the reading written by hand from the document, and a near miss for
each rule that must not fire."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

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
CASES = [
    (AVALON, AVALON_RECEIPT, "supplied", "receipt_line"),
    (SAMOA, SAMOA_NOTE, "editor_note", "note_stop_label"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_new30_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize("rule", ["receipt_line", "note_stop_label"])
def test_new30_rules_switch_off(rule: str, tmp_path: Any) -> None:
    assert_switched_off(rule, CASES, tmp_path)


def test_samoa_note_label_as_written() -> None:
    """The note's label is the word as the volume prints it, in capitals."""
    assert span_of(SAMOA, SAMOA_NOTE).info.label == "NOTE"


def test_that_it_opens_a_clause() -> None:
    """``the assurance [that it] will obtain``: ``that`` opens a clause, no noun phrase is
    restated: words supplied, not a gloss of ``the assurance``."""
    assert_read_by(RIO, "[that it]", "supplied", None)
    assert_not_read_by(RIO, "[that it]", "restates_phrase")


# near misses: a note's word without a stop, or a stop and a lower-case word after it; a receipt
# line's "month" that is an ordinary word (a verb's past, a noun)
NEAR_MISSES = [
    ("He said [Note the date] and left.", "[Note the date]", "note_stop_label"),
    ("He said [note. the date] and left.", "[note. the date]", "note_stop_label"),
    ("We [received mayor 12 letters] and", "[received mayor 12 letters]", "receipt_line"),
    ("The cable. [Received marked 3 copies] Sent", "[Received marked 3 copies]", "receipt_line"),
    (
        "The cable. [Received Decoded 12 hours later] Sent",
        "[Received Decoded 12 hours later]",
        "receipt_line",
    ),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_new30_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


@pytest.mark.parametrize(
    "inside", ["[Received Novr. 18, 2 p.m.]", "[Received Decr 3.]", "[Received Sept. 23—9 a.m.]"]
)
def test_receipt_line_contractions(inside: str) -> None:
    """A clerk's contraction or abbreviation of the month (FRUS's older volumes: ``Novr.``,
    ``Decr``) is a month still: the receipt line's words supplied."""
    text = f"PETROGRAD, November 16, 1917, 6 p.m.\n\n{inside}\n\n1986. Endeavoring to reach you"
    assert_read_by(text, inside, "supplied", "receipt_line")
