"""Matching keys through lacuna.normalize: romanisations, forms of address, numbers and dates agree;
different documents that look alike stay apart. Every expectation written by hand."""

from __future__ import annotations

import pytest

from lacuna import listing
from lacuna.linkage import explain, key, link, numbers_of

SUMMARY = "Mao asks the Soviet leadership to support the advance of the People's Liberation Army into Tibet."


def entry(title: str, *, date: str = "June 5, 1950", summary: str | None = SUMMARY, source: str = "a"):
    text = f"{date}\n\n{title}\n" + (f"\n{summary}\n" if summary else "")
    return listing.read(text, source=source)[0]


def test_wade_giles_and_pinyin_titles_are_one_document():
    old = entry("Telegram from Mao Tse-tung to Chou En-lai on Tibet", source="old")
    new = entry("Telegram from Mao Zedong to Zhou Enlai on Tibet", source="new")
    e = explain(old, new)
    assert e.decision == "match", e.format()
    parts = {c.comparison: (c.value, c.level) for c in e.contributions}
    assert parts["title"] == (100.0, "exact")
    assert parts["words"] == (0.0, "none replaced")
    _, docs = link([old, new])
    assert docs.count == 1
    assert docs.entries[0].title in {
        "Telegram from Mao Tse-tung to Chou En-lai on Tibet",
        "Telegram from Mao Zedong to Zhou Enlai on Tibet",
    }  # the titles as listed, not the keys


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Cde. Filipov to Mao Zedong", "Comrade Filippov to Mao Zedong"),
        ("Cable No. 5 from Petrov to Molotov", "Cable Nº 5 from Petrov to Molotov"),
        ("Cable No. 05 from Petrov to Molotov", "Cable No. 5 from Petrov to Molotov"),
        ("Memorandum of Conversation, June 5, 1944", "Memorandum of Conversation, 5 June 1944"),
        (
            "Report on the \u201cGreat Leap\u201d \u2014 Liu Shao-chi",
            'Report on the "Great Leap" - Liu Shaoqi',
        ),
        ("TELEGRAM FROM KAO KANG TO STALIN", "Telegram from Gao Gang to Stalin"),
        # the romanisation keys: spellings the table does not list
        ("Telegram from Mao Tse tung to Stalin", "Telegram from Mao Zedong to Stalin"),
        ("Letter of Chou Enlai to Molotov", "Letter of Zhou Enlai to Molotov"),
    ],
)
def test_spellings_of_one_title_agree(left, right):
    assert key(left) == key(right)
    e = explain(entry(left, source="p"), entry(right, source="q"))
    assert e.decision == "match", e.format()


def test_keys_by_hand():
    assert key("Telegram from Mao Tse-tung to Chou En-lai on Tibet") == (
        "telegram from mao zedong to zhou enlai on tibet"
    )
    assert key("Cde. Filipov, June 5, 1944") == "comrade filippov 1944 6 5"
    assert numbers_of(key("Cable Nº 05 of 9 April 1965")) == ("5", "1965", "4", "9")


@pytest.mark.parametrize(
    ("left", "right", "decision"),
    [
        # a series: one number apart
        ("Telegram No. 5 from Mao Tse-tung to Stalin", "Telegram No. 6 from Mao Zedong to Stalin", "veto"),
        # the same conversation form on other days
        (
            "Memorandum of Conversation with Chairman Mao Zedong on 16 October 1949",
            "Memorandum of Conversation with Chairman Mao Tse-tung on 20 October 1949",
            "veto",
        ),
        # other correspondents
        (
            "Telegram from Mao Zedong to Stalin on Tibet",
            "Telegram from Mao Zedong to Molotov on Tibet",
            "no match",
        ),
        (
            "Telegram from Chou En-lai to Stalin on Tibet",
            "Telegram from Liu Shaoqi to Stalin on Tibet",
            "no match",
        ),
    ],
)
def test_near_identical_documents_stay_apart(left, right, decision):
    e = explain(entry(left, source="p"), entry(right, source="q"))
    assert e.decision.startswith(decision), e.format()


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a typo in the month: the key cannot read the date, the title as written still agrees
        (
            "Memorandum of Conversation with Chairman Malenkov on 9 Ocfober 1958",
            "Memorandum of Conversation with Chairman Malenkov on 9 October 1958",
        ),
        # a typo in a name the table would rewrite: Chiang Kai-shek becomes Jiang Jieshi, Chwang stays
        (
            "Cable No. 28326 from Chwang Kai-shek to Dimitrov",
            "Cable No. 28326 from Chiang Kai-shek to Dimitrov",
        ),
    ],
)
def test_a_typo_is_still_a_typo(left, right):
    e = explain(entry(left, source="p"), entry(right, source="q"))
    assert e.decision == "match", e.format()
    parts = {c.comparison: c.level for c in e.contributions}
    assert parts["words"] == "none replaced" and parts["numbers"] == "agree"


@pytest.mark.parametrize(
    ("left", "right", "level"),
    [
        (
            "Telegram, Tito to the CC of the CCP, 5 November 9143",
            "Telegram, Tito to the CC of the CCP, 5 November 1943",
            "one typo",
        ),
        ("Cable No. 860z5, Molotov to Filippov", "Cable No. 86025, Molotov to Filippov", "one typo"),
        ("Notes by Gottwald, 14 Januaryi1947", "Notes by Gottwald, 14 January 1947", "one typo"),
        ("Cable No. 20278, Molotov to Filippov", "Cable No. 20279, Molotov to Filippov", "numbers differ"),
        ("Cable No. 12, Molotov to Filippov", "Cable No. 1, Molotov to Filippov", "numbers differ"),
    ],
)
def test_a_typo_in_a_number_is_no_other_document(left, right, level):
    e = explain(entry(left, source="p"), entry(right, source="q"))
    parts = {c.comparison: c.level for c in e.contributions}
    assert parts["numbers"] == level, e.format()
    assert (e.decision == "match") == (level == "one typo"), e.format()
