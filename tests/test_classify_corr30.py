"""The thirtieth round (corrections and glosses on core-archive pages): a capitalised English
title after the capitalised original title it translates (rule capitalised_title_translated),
read by the hand rules before the learned rule. Hand-written from real pages (dev excerpts,
shortened)."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_at

CASES = [
    # https://digitalarchive.wilsoncenter.org/document/175940 (the Wilson Center's citation of
    # a Vietnamese collection: the original title's words each capitalised, "Van" an English word)
    (
        "History and Public Policy Program Digital Archive, Dai Thang Mua Xuan, 1975: Van Kien Dang"
        " [Great Spring Victory, 1975: Party Documents] (Hanoi: Nha xuat ban Chinh tri quoc gia, 2005), 1.",
        "[Great Spring Victory, 1975: Party Documents]",
        "gloss",
        "capitalised_title_translated",
    ),
    # https://www.digitalhistory.uh.edu/active_learning/explorations/vietnam/neg_settlement09.cfm
    (
        "Document 9. Le Duan, Thu Vao Nam [Letters to the South] (Hanoi: Nha Xuat Ban Su That, 1986)",
        "[Letters to the South]",
        "gloss",
        "capitalised_title_translated",
    ),
    # https://digitalarchive.wilsoncenter.org/document/cable-pu-shouchang-qiao-quanhua-premiers-specific-instructions
    # (a person described after the name: rule describes_person keeps it, a gloss too)
    (
        "Minister Feng Xuan, and Ambassador Liu Xiao [Chinese Ambassador to the Soviet Union];",
        "[Chinese Ambassador to the Soviet Union]",
        "gloss",
        "describes_person",
    ),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_capitalised_title_translated(text: str, inside: str, category: str, rule: str) -> None:
    assert_read_by(text, inside, category, rule)


def test_glossed_runs_back_over_the_title() -> None:
    # https://digitalarchive.wilsoncenter.org/document/175940: the whole original title, over
    # its comma and colon (title_colon); the Digital History page: the three original words
    text, inside, _, _ = CASES[0]
    assert span_at(text, inside[1:-1]).glossed == "Dai Thang Mua Xuan, 1975: Van Kien Dang"
    text, inside, _, _ = CASES[1]
    assert span_at(text, inside[1:-1]).glossed == "Thu Vao Nam"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # https://koreajoongangdaily.joins.com/news/2025-11-05/national/northKorea/He-was-from-Daegu
        # (a photo's credit in capitals after names)
        (
            "across three generations of Kim Il Sung, Kim Jong-il and Kim Jong-un [KOREAN CENTRAL NEWS"
            " AGENCY]\nLiberal Democratic Party",
            "[KOREAN CENTRAL NEWS AGENCY]",
        ),
        # https://einsteinpapers.press.princeton.edu/vol16-trans/475 (a letter's place and date
        # after its addressee)
        (
            "What would I base it on? 513. To Michele Besso [Berlin, between 27 April and 12 May 1929][1]"
            " Dear Michele,",
            "[Berlin, between 27 April and 12 May 1929]",
        ),
    ],
)
def test_capitalised_title_translated_near_misses(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "capitalised_title_translated")


def test_capitalised_title_translated_switched_off(tmp_path: object) -> None:
    assert_switched_off("capitalised_title_translated", CASES, tmp_path)
