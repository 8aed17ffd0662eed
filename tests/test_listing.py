"""Listing pages read into entries: the four sample pages and every layout of the conventions note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lacuna import listing
from lacuna.listing import Counter, ListingError, read

TRUTH = json.loads((Path(__file__).parent / "truth" / "listings.json").read_text(encoding="utf-8"))


def _page(corpus: Path, name: str) -> listing.Listing:
    return listing.read_file(corpus / name, source=name)


@pytest.mark.parametrize("name", sorted(TRUTH["pages"]))
def test_sample_pages_entry_counts_and_no_diagnostics(corpus, name):
    page = _page(corpus, name)
    assert len(page) == TRUTH["pages"][name]
    assert page.diagnostics == []


def test_search_page_fields(corpus):
    page = _page(corpus, "listing-search-a.txt")
    assert page.counter == Counter(1, 10, 18)
    first = page[0]
    assert first.id == "listing-search-a.txt:9"
    assert first.line == 9
    assert first.date_text == "July 12, 1945"
    assert first.date.iso == "1945-07-12" and first.date.precision == "day"
    assert first.title == "Record of a Meeting Between T.V. Soong and Stalin"
    assert (
        first.summary
        == "Stalin and T.V. Soong review outstanding issues affecting Sino-Soviet relations in 1945."
    )
    assert first.counter == Counter(1, 10, 18)
    # An entry with no summary: the next date follows the title.
    cipher = page[1]
    assert cipher.title.startswith("Cipher Message No. 145101") and cipher.summary is None
    assert [e.line for e in page] == [9, 15, 19, 25, 31, 37, 43, 49, 55, 61]


def test_collection_page_bullets_heading_and_zero_padded_dates(corpus):
    page = _page(corpus, "listing-collection-sino-soviet-alliance.txt")
    assert page.heading == "Making of the Sino-Soviet Alliance, 1945-1950"
    assert page.description.startswith("This is a collection of primary source documents")
    assert page.counter is None
    e = page[3]
    assert (e.date_text, e.date.iso, e.line) == ("November 05, 1949", "1949-11-05", 32)
    assert e.title == "Cable Telegram no. 20475 from Gromyko to Kovalev"
    telegram = next(x for x in page if x.line == 74)
    assert telegram.title == "Telegram, Mao Zedong to Liu Shaoqi, 18 December 1949"
    assert telegram.summary is None
    chrome = {"Search in", "Digital Archive International History Declassified", "No image found."}
    assert not any(x.title in chrome or x.title.startswith("This is a collection") for x in page)


def test_chrome_never_becomes_an_entry(corpus):
    for name in TRUTH["pages"]:
        for e in _page(corpus, name):
            for text in (e.title, e.summary or ""):
                assert text not in {"Skip to content", "Results:", "Documents", "Pagination", "Search in"}


OLD_BULLETED = """Search in
Digital Archive International History Declassified
Soviet Foreign Policy, 1944-1945
- June 05, 1944
  Cable No. 61.537 from Molotov to Harriman
  Molotov answers the ambassador on the second front.
- June 5, 1944
  Cable No. 61.530 from Molotov to Harriman
- 1945
  Memorandum on the Yalta Conference, Not Dated, and the Long Title That Was Cut Off in the Li…
  A summary that runs
  over two lines.
- July 9, 1945 Record of a Meeting Between T.V. Soong and Stalin
"""


def test_older_dash_bulleted_list_without_blank_lines():
    page = read(OLD_BULLETED, source="old")
    assert page.diagnostics == []
    assert page.heading == "Soviet Foreign Policy, 1944-1945"
    assert [(e.line, e.date.iso, e.date.precision) for e in page] == [
        (5, "1944-06-05", "day"),
        (8, "1944-06-05", "day"),
        (10, "1945", "year"),
        (13, "1945-07-09", "day"),
    ]
    assert page[0].summary == "Molotov answers the ambassador on the second front."
    assert page[1].title == "Cable No. 61.530 from Molotov to Harriman" and page[1].summary is None
    assert page[2].truncated and not page[0].truncated
    assert page[2].summary == "A summary that runs over two lines."
    assert page[3].title == "Record of a Meeting Between T.V. Soong and Stalin"


def test_year_only_and_plain_day_dates():
    page = read("1 - 2 of 2\n\n1947\n\nA Year Only\n\nMay 7, 1950\n\nA Plain Day\n", source="p")
    assert [(e.date.iso, e.date.precision) for e in page] == [("1947", "year"), ("1950-05-07", "day")]
    assert page.diagnostics == []


def test_a_date_without_title_is_a_diagnostic_with_position():
    page = read("Results:\n\nJune 5, 1944\n\nCable No. 5\n\nJuly 1, 1944\n", source="p")
    assert [e.title for e in page] == ["Cable No. 5"]
    (d,) = page.diagnostics
    assert (d.code, d.line, d.column, d.file) == ("entry-without-title", 7, 1, "p")


def test_a_date_that_does_not_exist_is_a_diagnostic_not_an_entry_date():
    page = read("  • February 30, 1949\n\n    Cable, Mao Zedong to Stalin\n", source="p")
    (d,) = page.diagnostics
    assert (d.code, d.line, d.column) == ("bad-date", 1, 5)
    assert page[0].title == "Cable, Mao Zedong to Stalin" and page[0].date is None
    with pytest.raises(ListingError, match="p:1:5"):
        read("  • February 30, 1949\n\n    Cable, Mao Zedong to Stalin\n", source="p", strict=True)


def test_counter_mismatch_and_unreadable_page_are_reported():
    page = read("1 - 3 of 9\n\nJune 5, 1944\n\nCable No. 5\n", source="p")
    assert [d.code for d in page.diagnostics] == ["counter-mismatch"]
    assert page.diagnostics[0].line == 1
    junk = read("Skip to content\n\nsomething that is no listing at all\n", source="j")
    assert list(junk) == []
    (d,) = junk.diagnostics
    assert (d.code, d.line, d.column) == ("no-entries", 3, 1)


def test_pagination_rows_are_chrome():
    page = read("June 5, 1944\n\nCable No. 5\n\n1 2 3 Next ›\n\nLast »\n", source="p")
    assert len(page) == 1 and page[0].summary is None and page.diagnostics == []


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(codec="utf-8"), max_size=300))
def test_any_text_reads_without_crashing(text):
    page = read(text, source="x")
    n_lines = len(text.splitlines())
    for e in page:
        assert 1 <= e.line <= n_lines
        assert e.title.strip() == e.title and e.title
    for d in page.diagnostics:
        assert 1 <= d.line <= max(n_lines, 1) and d.column >= 1


# leftovers43: a document page given to the listing reader. The Wilson Center page of the
# Petrov-Zhang conversation opens with its date and title like an entry, and "12 [January] 1947"
# further down is a date line too: two made-up entries, the second with the whole document as
# its summary. The page reader (lacuna.pages) knows a document's page by its fields.
FIXTURES = Path(__file__).parent / "fixtures" / "pages"


def test_a_document_page_is_no_listing(corpus):
    page = _page(corpus, "document-petrov-zhang-1947.txt")
    assert list(page) == []
    (d,) = page.diagnostics
    assert (d.code, d.line, d.column) == ("not-a-listing", 5, 1)  # the document's title
    assert "document page, not a listing" in d.message and "'archive'" in d.message
    text = (corpus / "document-petrov-zhang-1947.txt").read_text(encoding="utf-8")
    with pytest.raises(ListingError, match=r"^doc\.txt:5:1: this looks like a document page"):
        read(text, source="doc.txt", strict=True)


@pytest.mark.parametrize(("name", "line"), [("staging.txt", 3), ("archive-old.txt", 8)])
def test_other_document_layouts_are_no_listing(name, line):
    page = listing.read_file(FIXTURES / name, source=name)
    assert list(page) == []
    assert [(d.code, d.line) for d in page.diagnostics] == [("not-a-listing", line)]


def test_near_misses_listings_with_a_document_pages_look_stay_listings():
    # the older list's "Search in" chrome is the older document page's too (the page reader
    # calls it archive-old), but it has no document's field: its entries are read
    assert len(read(OLD_BULLETED, source="old")) == 4
    # a counter makes a listing, whatever an entry's summary says
    page = read(
        "1 - 1 of 1\n\nJune 5, 1944\n\nCable No. 5\n\nThis document was made possible with support "
        "from the Foundation. Document Information\n",
        source="p",
    )
    assert [e.title for e in page] == ["Cable No. 5"] and page.diagnostics == []
    # a dated title and a text after it: a plain page, but read as the entry it looks like
    page = read("June 5, 1944\n\nCable No. 5\n\nA cable on the second front.\n", source="p")
    assert len(page) == 1 and page.diagnostics == []
