"""Document pages: each format's title, dates, record id, summary, body and regions.

Expectations written by hand from reading the files (the fixtures under tests/fixtures/pages/
were written by hand from the format descriptions; see their README).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lacuna import strategies as lst
from lacuna.page import FORMATS, REGION_NAMES, Page, read

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
TITLE = "Record of a Conversation between Soviet Ambassador in China A. A. Petrov and General Zhang Zhizhong"
SUMMARY = "Petrov and Zhang discuss Xinjiang-Soviet trade and the overall state of Sino-Soviet relations."


def load(name: str) -> tuple[str, Page]:
    text = (PAGES / name).read_text(encoding="utf-8")
    return text, read(text)


def region_texts(text: str, page: Page, name: str) -> list[str]:
    return [text[r.start : r.end].strip() for r in page.regions if r.name == name]


def test_current_archive_page(petrov_path):
    text = petrov_path.read_text(encoding="utf-8")
    page = read(text)
    assert page.format == "archive"
    assert page.title == TITLE + " on 7 January 1947"
    assert [(d.text, d.iso) for d in page.dates] == [("January 12, 1947", "1947-01-12")]
    assert text[page.dates[0].start : page.dates[0].end] == "January 12, 1947"
    assert page.summary == SUMMARY
    assert page.record_id is None  # the page's "Record ID" field is empty
    assert page.source.startswith("Library of Congress, Manuscript Division")
    assert page.rights.startswith("The History and Public Policy Program welcomes reuse")
    assert page.body.startswith("Incoming Nº 477")
    assert page.body.endswith("[date] 1947 lr")
    names = [r.name for r in page.regions]
    assert names == ["chrome", "dateline", "title", "chrome", "body", "summary", "chrome"]
    assert region_texts(text, page, "chrome")[0] == "Skip to content"
    assert region_texts(text, page, "chrome")[1].startswith("This document was made possible")
    assert region_texts(text, page, "summary") == [SUMMARY]
    assert region_texts(text, page, "chrome")[2].startswith("Document Information")
    # the e-mail obfuscation in the rights boilerplate is chrome, the [no] of the text is body
    assert page.region_at(text.index("[email")) == "chrome"
    assert page.region_at(text.index("[no]")) == "body"
    assert page.region_at(text.index("12 [January]") + 3) == "body"


def test_older_page_with_translators_notes():
    text, page = load("archive-old.txt")
    assert page.format == "archive-old"
    assert page.title == TITLE
    assert [d.text for d in page.dates] == ["January 12, 1947"]
    assert page.record_id == "113636"  # from the citation's address
    assert page.summary == SUMMARY
    assert page.citation.startswith('"Record of a Conversation')
    assert page.body.startswith("On [date missing] January")
    assert page.body.endswith("Now we [?are awaiting?] an answer.")
    assert region_texts(text, page, "notes") == [
        "(1) Zhang Zhizhong [Chang Chih-chung] (1890-1969), a KMT general."
    ]
    assert page.region_at(text.index("[Chang")) == "notes"
    assert page.region_at(text.index("Related Documents")) == "chrome"
    assert page.region_at(text.index("Home")) == "chrome"


def test_staging_mirror_with_single_newlines():
    text, page = load("staging.txt")
    assert page.format == "staging"
    assert page.title == TITLE + " on 7 January 1947"
    assert page.record_id == "113636"
    assert (
        page.source
        == "Library of Congress, Manuscript Division, Volkogonov papers. Translated by Gary Goldberg."
    )
    assert page.rights.startswith("The History and Public Policy Program welcomes reuse")
    assert page.summary == SUMMARY
    assert page.body.startswith("Incoming No 477\n12 [January] 1947")
    assert page.body.endswith("[half a line missing] needs peace.")
    assert page.region_at(text.index("Record ID")) == "chrome"


def test_flattened_pdf_export():
    text, page = load("pdf-flat.txt")
    assert page.format == "pdf"
    assert page.title == TITLE
    assert [d.text for d in page.dates] == ["January 12, 1947"]
    assert page.record_id == "113636"
    assert page.summary == SUMMARY
    assert page.body.startswith("On [date missing] January")  # "English Translation" is chrome
    assert page.body.endswith("concluded Zhang Zhizhong.")
    assert page.region_at(text.index("Citation:")) == "chrome"


def test_other_publisher_plain_text():
    text, page = load("frus.txt")
    assert page.format == "plain"
    assert page.publisher == "Foreign Relations of the United States"
    assert page.title == "99. Telegram From the Embassy in Vietnam to the Department of State"
    assert [(d.text, d.iso) for d in page.dates] == [("May 5, 1955", "1955-05-05")]
    assert page.record_id == "frus1955-57v01/d99"
    assert page.body.startswith("4911. Repeated information Paris.")
    assert page.body.endswith("Collins")
    assert region_texts(text, page, "notes") == [
        "1. Source: Department of State, Central Files, 751G.00/5–555. Secret; Priority."
    ]
    assert page.region_at(text.index("[Page 412]")) == "body"


def test_bare_year_above_the_title_is_its_date():
    # a Wilson Center listing entry (bench/labels, seventh round): the year stands alone above
    # the title; it read as a date line, then the date search found no full date and raised
    text = (
        "1955\n\nReport from the Romanian Embassy in Pyongyang, undated [1955]\n\n"
        "The Romanian Embassy reported [on] the talks.\n"
    )
    page = read(text)
    assert page.title == "Report from the Romanian Embassy in Pyongyang, undated [1955]"
    assert [(d.text, d.iso) for d in page.dates] == [("1955", "1955")]
    assert page.region_at(text.index("The Romanian")) == "body"


@pytest.mark.parametrize(
    "name",
    [
        "listing-search-a.txt",
        "listing-search-b.txt",
        "listing-search-c.txt",
        "listing-collection-sino-soviet-alliance.txt",
    ],
)
def test_listing_pages(corpus, name):
    text = (corpus / name).read_text(encoding="utf-8")
    page = read(text)
    assert page.format == "listing"
    assert page.title is None
    assert page.region_at(text.index("[Stalin]")) == "body"
    assert page.region_at(0) == "chrome"


def test_unknown_format_is_all_body():
    text, page = load("unknown.txt")
    assert page.format == "unknown"
    assert (page.title, page.dates, page.record_id, page.summary) == (None, (), None, None)
    assert (page.body_start, page.body_end) == (0, len(text))
    assert [tuple(r) for r in page.regions] == [("body", 0, len(text))]


@pytest.mark.parametrize(
    "text", ["", "\n\n", "Skip to content", "Search in", "Digital Archive x Citation: y"]
)
def test_degenerate_pages(text):
    page = read(text)
    assert 0 <= page.body_start <= page.body_end <= len(text)


def _check_page(text: str, page: Page) -> None:
    assert page.format in FORMATS
    assert 0 <= page.body_start <= page.body_end <= len(text)
    cursor = 0
    for region in page.regions:
        assert region.name in REGION_NAMES
        assert region.start == cursor and region.end > region.start
        cursor = region.end
    assert cursor == len(text)
    for d in page.dates:
        assert text[d.start : d.end] == d.text


_HEADS = st.sampled_from(
    [
        "",
        "Skip to content\n\n",
        "Skip to content\n",
        "Search in\nDigital Archive International History Declassified\n",
        "Digital Archive International History Declassified ",
        "99. Telegram From the Embassy\n",
        "1955\n\n",
        "May 1955\n",
    ]
)
_LINES = st.sampled_from(
    [
        "January 12, 1947",
        "Record of a Conversation",
        "This document was made possible with support from X",
        "Document Information",
        "Summary:",
        "Citation: x",
        "Contents: English Translation",
        "Translator's Notes",
        "Record ID 113636",
        "Record ID",
        "Source",
        "Rights",
        "1. Source: y",
        "",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HEADS, st.lists(st.one_of(_LINES, lst.plain_text(30), lst.span()), max_size=12))
def test_any_text_reads_and_regions_partition_it(head, parts):
    text = head + "\n".join(parts)
    _check_page(text, read(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    _check_page(text, read(text))


@pytest.mark.parametrize("counter", ["1 - 10 of 18", "1 – 10 of 1,234", "11—20 of 1,234"])
def test_one_counter_pattern_for_pages_and_listings(counter):
    from lacuna import listing

    text = f"Search\n{counter}\nJanuary 12, 1947\n- A record [of] talks\n"
    assert read(text).format == "listing"
    assert listing.read(text).counter is not None


def test_layouts_are_named_checks_in_order():
    from lacuna.pages import LAYOUTS

    assert [layout.name for layout in LAYOUTS] == [
        "pdf",
        "listing",
        "archive-old",
        "archive",
        "staging",
        "plain",
    ]


def test_the_page_reader_keeps_its_public_names_under_both_module_names():
    import lacuna.page
    import lacuna.pages

    names = ["BOM", "COUNTER", "FORMATS", "LAYOUTS", "REGION_NAMES", "Layout", "Page", "PageDate"]
    names += ["Region", "find_dates", "read"]
    assert sorted(lacuna.pages.__all__) == sorted(lacuna.page.__all__) == sorted(names)
    assert all(getattr(lacuna.page, name) is getattr(lacuna.pages, name) for name in names)
    # each layout's check and reader live in the module of its family
    modules = {
        layout.name: (layout.check.__module__, layout.reader.__module__) for layout in lacuna.pages.LAYOUTS
    }
    assert modules["pdf"] == ("lacuna.pages.pdf", "lacuna.pages.pdf")
    assert modules["listing"] == ("lacuna.pages.listing", "lacuna.pages.listing")
    assert modules["archive"][0] == "lacuna.pages.archive"
    assert modules["plain"] == ("lacuna.pages.plain", "lacuna.pages.plain")


def test_page_dates_come_from_the_one_date_finder():
    from lacuna.dates import find_dates as all_dates
    from lacuna.pages import find_dates

    text = "Sent 12 January 1947, then March 5, 1953 and 12.01.1947 and in 1950."
    assert [d.text for d in find_dates(text)] == ["12 January 1947", "March 5, 1953"]
    assert {(d.start, d.end) for d in find_dates(text)} <= {(s, e) for s, e, _ in all_dates(text)}
