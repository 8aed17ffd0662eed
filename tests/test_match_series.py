"""Series titles across listing pages: one title, several documents (user test 44).

The pages are real Wilson Center listings (bench/labels/listings/pages/, hand-labelled in
bench/labels/listings/entries.jsonl): `Cable, Stalin to Mao Zedong [via Terebin]` is listed on
14 July 1948 (topic page) and 17 October 1948 (subject page) with other summaries, two cables.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lacuna import listing
from lacuna.match import explain

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "bench" / "labels" / "listings" / "pages"

TITLE = "Cable, Stalin to Mao Zedong [via Terebin]"
JULY = (
    "Stalin asks Mao, through Terebin (Andrei Orlov), to visit Moscow in November so Mao will be "
    "able to see all of the important Soviet leaders."
)
OCTOBER = (
    "Stalin tells Mao, through Terebin (Andrei Orlov), that he, Stalin, received Mao's letter and "
    "that the Soviet leaders would answer Mao's questions upon his arrival in Moscow."
)


def entry(date: str, title: str, summary: str | None, source: str):
    text = f"{date}\n\n{title}\n" + (f"\n{summary}\n" if summary else "")
    return listing.read(text, source=source)[0]


def parts(e):
    return {c.comparison: (c.level, c.weight) for c in e.contributions}


def test_two_cables_of_a_series_stay_apart():
    july = entry("July 14, 1948", TITLE, JULY, "topic")
    october = entry("October 17, 1948", TITLE, OCTOBER, "subject")
    e = explain(july, october)
    assert e.decision == "no match", e.format()
    assert parts(e)["title"] == ("exact", 8.0)
    assert parts(e)["summary"] == ("loosely similar", -4.0)  # 70.59: one phrase shared, nothing more
    assert e.weight < 6


def test_the_same_cable_under_a_date_weeks_apart_still_links():
    # the Roshchin diaries: listed on the conversation's day and on the diary's, 1 December 1949
    title = "From the Diary of N.V. Roshchin, Memorandum of Conversation with Chairman Mao Zedong"
    title += " on 20 October 1949"
    summary = "Record of a dinner between Soviet Ambassador Roshchin and Mao Zedong."
    e = explain(
        entry("October 20, 1949", title, summary, "a"), entry("December 01, 1949", title, summary, "b")
    )
    assert e.decision == "match", e.format()
    # a series title, no number, the same summary, listed three months apart: still one cable
    e = explain(entry("July 14, 1948", TITLE, JULY, "a"), entry("October 17, 1948", TITLE, JULY, "b"))
    assert e.decision == "match", e.format()
    assert parts(e)["date"] == ("within a year", 0.0)
    # a summary re-typed with a slip or two is still the same
    typed = JULY.replace("important", "importnat").replace("November", "Novmeber")
    e = explain(entry("July 14, 1948", TITLE, JULY, "a"), entry("July 14, 1948", TITLE, typed, "b"))
    assert e.decision == "match", e.format()
    assert parts(e)["summary"][0] == "same"


def test_a_summary_with_a_sentence_more_is_the_same():
    # near miss for the new level: one page gives a longer summary (token_set_ratio: a subset)
    more = JULY + " He also asks about the grain harvest."
    e = explain(entry("July 14, 1948", TITLE, JULY, "a"), entry("July 14, 1948", TITLE, more, "b"))
    assert e.decision == "match", e.format()


def test_real_labelled_pages_precision_and_recall_are_one():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from listings_real import load, measure
    finally:
        sys.path.remove(str(ROOT / "bench"))
    entries, truth = load()
    p, r, found, gold, _ = measure(entries, truth)
    assert len(entries) >= 60 and len(gold) == 14
    assert (p, r) == (1.0, 1.0), (sorted(found - gold), sorted(gold - found))
    assert {e.source for e in entries} == {p.name for p in PAGES.glob("*.txt")}
