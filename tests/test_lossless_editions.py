"""TEI and HTML lose no text: the failing examples of issue 17, by hand, and the invariant as
a property over generated pages (archive, FRUS, plain, listing-like; with and without a BOM).

The invariant: every character of the text outside the brackets that is not the site's
chrome is in TEI's ``<text>``, in order (the title, date and dateline lines too: in
``<head>``, ``<docDate>``, ``<dateline>``), and the HTML page shows every character.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import lacuna
from lacuna import strategies as lst
from lacuna.ast import Span
from lacuna.normalize import normalize
from lacuna.page import read
from lacuna.render import to_html, to_tei
from lacuna.render.tei import TEI_NS
from lacuna.spans import span_records

NS = {"t": TEI_NS}
BOM = "\ufeff"


def tei_root(text: str, name: str | None = None) -> etree._Element:
    return etree.fromstring(to_tei(lacuna.parse(text, source=name)).encode("utf-8"))


def xml_of(el: etree._Element | None) -> str:
    assert el is not None
    out = etree.tostring(el, encoding="unicode")
    return out.replace(f' xmlns="{TEI_NS}"', "")


def squeeze(s: str) -> str:
    return "".join(s.split())


# -- the examples of the issue --------------------------------------------------------

NUMBERED = "Points agreed on 12 January 1947:\n1. The parties [do not] object.\n2. Further talks.\n"


def test_numbered_list_is_not_a_title() -> None:
    root = tei_root(NUMBERED, "num.txt")
    assert root.findtext("t:teiHeader/t:fileDesc/t:titleStmt/t:title", namespaces=NS) == "num.txt"
    assert xml_of(root.find("t:text", NS)) == (
        "<text><body><p>Points agreed on 12 January 1947:<lb/>\n"
        '1. The parties <supplied reason="omitted">do not</supplied> object.<lb/>\n'
        "2. Further talks.</p></body></text>"
    )


SOURCE_IN_TEXT = """Skip to content

March 2, 1950

Letter on the Fishing Convention

Top Secret

Dear Comrade Stalin,

Source

The draft was read out in full, and both sides agreed to it.

Then the delegations left for Moscow.

Document Information

Archive of the President of the Russian Federation.

Record ID

116000
"""


def test_a_line_source_does_not_end_the_body() -> None:
    page = read(SOURCE_IN_TEXT)
    assert page.format == "archive"
    assert page.source == "Archive of the President of the Russian Federation."
    assert page.record_id == "116000"
    body = tei_root(SOURCE_IN_TEXT).find("t:text/t:body", NS)
    assert [p.text for p in body] == [
        "Top Secret",
        "Dear Comrade Stalin,",
        "Source",
        "The draft was read out in full, and both sides agreed to it.",
    ]
    # the last paragraph before "Document Information" is the page's summary: kept after the body
    back = tei_root(SOURCE_IN_TEXT).find("t:text/t:back", NS)
    assert xml_of(back) == (
        '<back><div type="summary"><p>Then the delegations left for Moscow.</p></div></back>'
    )


def test_source_line_with_one_paragraph_after_it() -> None:
    text = SOURCE_IN_TEXT.replace("Then the delegations left for Moscow.\n\n", "")
    page = read(text)
    assert page.source == "Archive of the President of the Russian Federation."
    texts = [p.text for p in tei_root(text).iter(f"{{{TEI_NS}}}p")]
    assert "Source" in texts


FRUS = """Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

412. Telegram From the Ambassador in Korea (Briggs) to the Department of State

Seoul, March 5, 1953—10 [12] a.m.

889. The President called me in this morning.

Briggs
"""


def test_frus_dateline_is_kept() -> None:
    page = read(FRUS)
    assert page.title == "412. Telegram From the Ambassador in Korea (Briggs) to the Department of State"
    assert [(d.text, d.iso) for d in page.dates] == [("March 5, 1953", "1953-03-05")]
    text_el = tei_root(FRUS).find("t:text", NS)
    assert xml_of(text_el.find("t:front", NS)) == (
        "<front><head>412. Telegram From the Ambassador in Korea (Briggs) to the Department of State"
        "</head></front>"
    )
    dateline = text_el.find("t:body/t:dateline", NS)
    assert squeeze("".join(dateline.itertext())) == squeeze("Seoul, March 5, 1953—10 12 a.m.")
    assert [p.text for p in text_el.findall("t:body/t:p", NS)] == [
        "889. The President called me in this morning.",
        "Briggs",
    ]


def test_archive_title_and_date_are_in_front_and_header(petrov_path: Path) -> None:
    root = tei_root(petrov_path.read_text(encoding="utf-8"))
    front = root.find("t:text/t:front", NS)
    assert xml_of(front) == (
        '<front><docDate when="1947-01-12">January 12, 1947</docDate>'
        "<head>Record of a Conversation between Soviet Ambassador in China A. A. Petrov and General "
        "Zhang Zhizhong on 7 January 1947</head></front>"
    )
    summary = "Petrov and Zhang discuss Xinjiang-Soviet trade and the overall state of Sino-Soviet relations."
    assert root.findtext("t:text/t:back/t:div[@type='summary']/t:p", namespaces=NS) == summary


def test_bom_is_no_text(petrov_path: Path) -> None:
    plain = petrov_path.read_text(encoding="utf-8")
    text = BOM + plain
    page, bare = read(text), read(plain)
    assert page.format == "archive"
    assert (page.title, page.summary, page.source) == (bare.title, bare.summary, bare.source)
    assert [d.text for d in page.dates] == ["January 12, 1947"]
    assert [(r.name, r.start, r.end) for r in page.regions][1:] == [
        (r.name, r.start + 1, r.end + 1) for r in bare.regions
    ][1:]
    with_bom = to_tei(lacuna.parse(text, source="x.txt"))
    without = to_tei(lacuna.parse(plain, source="x.txt"))
    assert with_bom == without
    doc = lacuna.parse(text)
    records = list(span_records(doc))
    assert {r["region"] for r in records} == {"body", "chrome"}
    assert records[0]["text"] == "[January]" and records[0]["region"] == "body"
    # normalize drops the mark; columns on line 1 count from after it
    assert not normalize(text).text.startswith(BOM)
    first = lacuna.parse(BOM + "ab [x] c")
    span = next(first.spans())
    assert (span.line, span.column) == (1, 4)


def test_bom_on_a_frus_page() -> None:
    page = read(BOM + FRUS)
    assert page.format == "plain" and page.title is not None and page.title.startswith("412.")


# -- the invariant --------------------------------------------------------------------

_WORDS = lst.words(1, 6, vocabulary_only=True)
_SPANS = st.sampled_from(["[no]", "[the USSR and]", "[Translator's note: one word off]", "[illegible]"])


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(_WORDS, _SPANS), min_size=1, max_size=5))
    return " ".join(parts).strip() + "."


# Lines that look like a page's landmarks but are the document's own text.
_TRICKY = st.sampled_from(
    [
        "Source",
        "Rights",
        "Top Secret",
        "Copy No. [2]",
        "Dear Comrade Stalin,",
        "March 5, 1953",
        "1. The parties [do not] object.",
        "2. Further talks.",
        "Moscow, 12 January 1947",
        "Record",
    ]
)
_PARAGRAPH = st.one_of(_sentence(), _TRICKY)
_BODY = st.lists(_PARAGRAPH, min_size=1, max_size=6)


@st.composite
def _page(draw: st.DrawFn) -> tuple[str, list[tuple[str, bool]]]:
    """``(separator, [(line, is_content)])``: a page and which of its lines are the document's."""
    layout = draw(st.sampled_from(["archive", "staging", "frus", "plain", "listing"]))
    body = [(p, True) for p in draw(_BODY)]
    title = (draw(_WORDS).capitalize(), True)
    if layout in ("archive", "staging"):
        lines = [("Skip to content", False), ("January 12, 1947", True), title]
        lines += [("This document was made possible with support from MacArthur Foundation", False)]
        lines += [*body, ("Document Information", False), ("Source", False), (draw(_WORDS), False)]
        lines += [("Record ID", False), ("113636", False)]
        return ("\n\n" if layout == "archive" else "\n"), lines
    if layout == "frus":
        lines = [("Foreign Relations of the United States, 1955–1957, Volume I, Vietnam", False)]
        lines += [(f"99. {title[0]}", True), ("Saigon, May 5, 1955—6 [7] p.m.", True)]
        return "\n\n", lines + body + [("1. Source: Department of State, Central Files.", True)]
    if layout == "listing":
        lines = [("Search", False), ("1 - 10 of 18", False)]
        for p, _ in body:
            lines += [("January 12, 1947", True), (p, True)]
        return "\n", lines
    return draw(st.sampled_from(["\n", "\n\n"])), body


def _required(text: str, content: list[tuple[int, int]]) -> str:
    """The non-space characters outside brackets that lie in content lines, in order."""
    doc = lacuna.parse(text)
    out = []
    for node in doc.children:
        if isinstance(node, Span):
            continue
        for start, end in content:
            s, e = max(start, node.start), min(end, node.end)
            if s < e:
                out.append(text[s:e])
    return squeeze("".join(out))


def _is_subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_page(), st.booleans())
def test_tei_and_html_keep_every_character_of_the_document(page, bom):
    sep, lines = page
    text = BOM if bom else ""
    content: list[tuple[int, int]] = []
    for i, (line, is_content) in enumerate(lines):
        if i:
            text += sep
        if is_content:
            content.append((len(text), len(text) + len(line)))
        text += line
    text += "\n"
    doc = lacuna.parse(text)
    root = etree.fromstring(to_tei(doc).encode("utf-8"))
    tei_text = squeeze("".join(root.find("t:text", NS).itertext()))
    required = _required(text, content)
    assert _is_subsequence(required, tei_text), (required, tei_text)
    assert diplomatic_view(to_html(doc)) == text


def diplomatic_view(page: str) -> str:
    """What the HTML page's diplomatic view shows: the text, less the clean view's alternatives."""
    html = lxml.html.document_fromstring(page)
    shown = html.get_element_by_id("text")
    for alt in shown.xpath('.//span[@class="alt"]'):
        alt.drop_tree()
    return shown.text_content()


def test_examples_are_valid_tei(tmp_path: Path) -> None:
    from test_tei import validate

    texts = [NUMBERED, SOURCE_IN_TEXT, FRUS, BOM + FRUS, "See[1].\n\n[1] A note.\n\nText.\n[1] Again.\n"]
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.xml"
        path.write_text(to_tei(lacuna.parse(text)), encoding="utf-8")
        paths.append(path)
    validate(paths)
