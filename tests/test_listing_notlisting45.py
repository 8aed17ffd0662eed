"""Document pages are no listings (notlisting45): a dateline, a title and prose under it gave
`lacuna listings` one to three made-up entries. Written by hand from dev excerpts (document
pages) and from the hand-labelled listing pages of bench/labels/listings/."""

from __future__ import annotations

import pytest

from lacuna import listing
from lacuna.listing import ListingError, read


def _codes(page: listing.Listing) -> list[str]:
    return [d.code for d in page.diagnostics]


# Document pages, shortened from dev excerpts: each must give not-a-listing and no entries.
DOCUMENTS = {
    # a Wilson Center record of conversation (Zhou Enlai, Deng Xiaoping, Ho Chi Minh), copied
    # without the page's footer: no blank lines, one speaker's paragraph a line
    "conversation": (
        "May 17, 1965\n"
        "Discussion between Zhou Enlai, Deng Xiaoping and Ho Chi Minh\n"
        "Beijing, 17 May 1965\n"
        "Zhou Enlai: [On Soviet-Vietnam relations] The Soviet revisionists want North Vietnam to "
        "talk with the US, to put the NLF aside and sell out its brothers.\n"
        "Deng Xiaoping: They [the Soviets] provide you some aid for their own purposes.\n",
        "paragraphs of text follow its title",
    ),
    # an ambassador's journal: the dateline, then the first paragraph as the "title"
    "journal": (
        "29 December 1962\n"
        "[…] Tonight [I] visited a reception hosted by the Romanian ambassador. During the "
        "reception [I] had brief exchanges with the Minister of Foreign Affairs. […]\n"
        "Pak Seong-cheol evaded the question of why the Korean leadership did not inform the "
        "ambassadors about the recent plenum.\n",
        "several sentences",
    ),
    # a Wilson Center document page with its funding line (a cable of 1975)
    "funding line": (
        "March 20, 1975\n\n"
        "Cable No. 62 from Le Duc Tho to Brother Tuan [Van Tien Dung]\n\n"
        "This document was made possible with support from MacArthur Foundation\n",
        "furniture",
    ),
    # a Soviet embassy's register marks under the dates (a letter of 1956)
    "registry marks": (
        "22 February 1956\n"
        "Nº 0286/dv\n"
        "to the CPSU CC [International] DEPARTMENT to Cde. I. S. SHCHERBAKOV\n"
        "29 March 1956\n"
        "[signature]\n"
        "31 March [illegible signature]\n",
        "registry or page mark",
    ),
    # a memorandum's header under its date (INR, 1969)
    "memorandum header": (
        "June 23, 1969\n"
        "TO: ARA - Mr. Charles A Meyer\n"
        "FROM: INR/DDC - William C. Trueheart [WCT initialed]\n",
        "header field",
    ),
    # a letter: the dateline, the salutation, the text (Ruffin's correspondent, 1861)
    "letter": (
        "October 4th 1861\n\nDear Sister,\n\nI received your letter on the 3rd of October with the "
        "most of pleasure.\n",
        "runs on",
    ),
    # a Politburo transcript's stamps under its title (short lines, no summary)
    "stamps": (
        "January 17, 1980\n\nCC CPSU Politburo transcript (excerpt)\n\n"
        "[handwritten] P179\nTop Secret\nOnly copy\nWorking Transcript\n",
        "short lines",
    ),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_document_page_gives_not_a_listing_and_no_entries(name: str) -> None:
    text, why = DOCUMENTS[name]
    page = read(text, source=f"{name}.txt")
    assert list(page) == []
    assert _codes(page) == ["not-a-listing"]
    assert why in page.diagnostics[0].message  # the reason is said


def test_strict_raises_on_a_document_page() -> None:
    text, _ = DOCUMENTS["conversation"]
    with pytest.raises(ListingError, match=r"^c\.txt:1:1: this looks like a document page"):
        read(text, source="c.txt", strict=True)


# Listing shapes from bench/labels/listings/pages: each must still give its entries.
COLLECTION = """Search in

Digital Archive International History Declassified

  • July 17, 1948

    Cable, Terebin to Stalin [via Kuznetsov]

    Terebin (Andrei Orlov) gives Kuznetsov (Stalin) his, Terebin's, interpretation of Mao's \
reaction to Stalin's cable asking that Mao's visit be delayed several months.

  • July 28, 1948

    Cable, Terebin to Stalin [via Kuznetsov]

    Terebin (Andrei Orlov) discusses Mao's plans for conversation when the trip to Moscow is \
made. Terebin lists seven questions of Mao's that Mao will bring up upon arriving in the USSR.
"""
SEARCH_NO_COUNTER = """January 6, 1950

Conversation between A. Vyshinsky and Mao Zedong, Moscow

In this conversation Mao and Vyshinskii talk about Sino-Soviet economic cooperation, \
including Soviet aid in rebuilding the Jilin power plant and provision of fuel supplies.

January 7, 1950

Telegram, Mao Zedong to Liu Shaoqi and Zhou Enlai

Mao Zedong issues a letter on Chinese representation at the United Nations.

October 22, 1954

Key Points of the Conversation between Song Qingling and Nehru
"""
ONE_ENTRY = """January 10, 1949

Cable, Mao to Filippov [Stalin]

Mao responds to Stalin's telegram from 6 January 1949.
"""
TWO_TITLES = """October 30, 1973

Memorandum on the Conversation between Kim Il Sung and Todor Zhivkov

December 21, 1974

Record of a Meeting between Kim Il Sung and L. Rinchin
"""


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (COLLECTION, ["Cable, Terebin to Stalin [via Kuznetsov]"] * 2),
        (
            SEARCH_NO_COUNTER,
            [
                "Conversation between A. Vyshinsky and Mao Zedong, Moscow",
                "Telegram, Mao Zedong to Liu Shaoqi and Zhou Enlai",
                "Key Points of the Conversation between Song Qingling and Nehru",
            ],
        ),
        (ONE_ENTRY, ["Cable, Mao to Filippov [Stalin]"]),
        (
            TWO_TITLES,
            [
                "Memorandum on the Conversation between Kim Il Sung and Todor Zhivkov",
                "Record of a Meeting between Kim Il Sung and L. Rinchin",
            ],
        ),
    ],
)
def test_a_short_listing_keeps_its_entries(text: str, titles: list[str]) -> None:
    page = read(text, source="p.txt")
    assert [e.title for e in page] == titles
    assert "not-a-listing" not in _codes(page)


# Near misses: titles that look like one of the shapes and are listed documents' titles.
@pytest.mark.parametrize(
    "title",
    [
        "Cable No. 5",  # a registry word, with a kind: a title
        "Memorandum from the Secretary to the U.S.",  # initials at the end, not a sentence
        "[Mao Zedong's] Conversation with [Bernard] Montgomery",  # a bracket, then the title
        "Telegram from Cde. Kim to Cde. Mao",  # abbreviations are no sentence's end
        "Record of Conversation between Stalin and Mao Zedong on the…",  # cut off, not mid-phrase
        "Telegram",  # a single word that is a document kind
    ],
)
def test_listed_titles_that_look_like_document_lines_stay_read(title: str) -> None:
    page = read(f"June 5, 1944\n\n{title}\n\nA short summary of the cable.\n", source="p.txt")
    assert [e.title for e in page] == [title]
    assert page.diagnostics == []


def test_a_counter_makes_a_listing_whatever_its_shape() -> None:
    text = "1 - 1 of 1\n\nJune 5, 1944\n\nDear Sister,\n\nA letter.\n"
    assert [e.title for e in read(text, source="p")] == ["Dear Sister,"]


def test_one_odd_entry_of_three_keeps_the_listing() -> None:
    text = SEARCH_NO_COUNTER + "\nOctober 23, 1954\n\nNº 386\n"
    page = read(text, source="p.txt")
    assert len(page) == 4 and "not-a-listing" not in _codes(page)


def test_a_dateline_alone_is_no_listing_but_a_dated_title_with_a_summary_is() -> None:
    assert _codes(read("30.05.1933\nGorod Gorki\n", source="p")) == ["not-a-listing"]
    page = read("30.05.1933\n\nNotes on Gorki\n\nA short note.\n", source="p")
    assert len(page) == 1
