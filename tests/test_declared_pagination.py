"""Rule declared_pagination: a text that says its bracketed numbers give the original's pages.

Cases written by hand from the Truman Library's oral histories (trumanlibrary.org/oralhist/
sandersw.htm: the notice, then ``[1]`` opening the transcript's first page) and from texts
that say their bracketed numbers are something else.
"""

from __future__ import annotations

import lacuna
from lacuna.classify.numbers.layout import declares_pagination
from lacuna.conventions import Conventions

TRUMAN = (
    "Numbers appearing in square brackets (ex. [45]) within the transcript indicate the "
    "pagination in the original, hardcopy version of the oral history interview.\n\n"
    "Reminiscence of\nWilliam Sanders\n\nAugust, 1975\n[1]\n"
    "Mr. Sanders chose to write rather than relate orally the most memorable events of his "
    "Government service during the Truman years. I went to the Department in [2] January 1946."
)


def _readings(text: str) -> list[tuple[str, str]]:
    doc = lacuna.parse(text)
    return [(text[s.start : s.end], s.category) for s in doc.spans()]


def test_truman_page_numbers_are_page_breaks_and_the_example_stays_an_example() -> None:
    assert _readings(TRUMAN) == [("[45]", "other"), ("[1]", "page_break"), ("[2]", "page_break")]


def test_page_break_is_explained() -> None:
    doc = lacuna.parse(TRUMAN)
    spans = list(doc.spans())
    assert spans[1].because.startswith("declared_pagination:")


def test_the_clean_edition_drops_the_page_numbers() -> None:
    clean = lacuna.render.clean(lacuna.parse(TRUMAN))
    assert "[1]" not in clean and "[2]" not in clean
    assert "the Department in January 1946." in clean


def test_numbers_said_to_be_notes_stay_note_references() -> None:
    text = (
        "Numbers in square brackets refer to the notes at the end. The page numbers of the "
        "report are given at the foot of each page.\n\nHe went to Washington.[1] Then he left."
    )
    assert _readings(text) == [("[1]", "footnote_ref")]


def test_no_declaration_no_page_breaks() -> None:
    text = "Words in square brackets were added by the translator.\n\nHe went to Washington.[1] Then he left."
    assert _readings(text) == [("[1]", "footnote_ref")]


def test_a_sentence_on_pages_without_brackets_declares_nothing() -> None:
    words = Conventions.default().pagination_words
    assert not declares_pagination("The pagination of the original is lost. He said [2] things.", words)
    assert declares_pagination("Page numbers of the printed edition are given in brackets.", words)
    # an abbreviation's stop ("ex.") ends no sentence
    assert declares_pagination("Numbers in brackets (ex. [45]) give the pagination.", words)


def test_read_once_a_text() -> None:
    """The declaration is looked for once a text, however many numbers it has."""
    text = TRUMAN + "".join(f"\nThe talk went on [{k}] for a while." for k in range(3, 200))
    declares_pagination.cache_clear()
    readings = _readings(text)
    assert sum(1 for _, c in readings if c == "page_break") == 199
    assert declares_pagination.cache_info().misses == 1
