"""The JSON and HTML editions do a bounded amount of work per node (counted, never timed):
what depends only on a span's reading is worked out once per shared reading, the page's
regions are looked up once per region, and no node costs more than a few dozen lines."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings

import lacuna
from conftest import count_work
from lacuna import strategies as lst
from lacuna.ast import SourceText
from lacuna.render import html as html_module
from lacuna.render import json as json_module

#: Five spans with four distinct insides (supplied, gap, note, uncertain), and plain text.
_UNIT = 'The [Soviet] side [word missing] agreed [Translator\'s note: "sic"] to [?meet?] the [Soviet] team. '


def _calls(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[object]:
    """Record the calls of ``module.name`` (as the module itself calls it)."""
    seen: list[object] = []
    real = getattr(module, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(args[0] if args else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return seen


def test_json_encodes_each_reading_once_however_many_spans_share_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _calls(monkeypatch, json_module, "span_fields")
    encoded = _calls(monkeypatch, json_module, "_encode")  # the JSON encoder, not the string one
    counts = []
    for copies in (100, 200):
        seen.clear()
        encoded.clear()
        out = json_module.to_json(lacuna.parse(_UNIT * copies))
        assert out.count('"type": "span"') == 5 * copies
        counts.append((len(seen), len(encoded)))
    # four insides, "[Soviet]" read in three contexts: a handful of readings, not one per span;
    # the encoder runs for those and the header, never per node
    assert counts[0] == counts[1]
    assert counts[0][0] <= 8 and counts[0][1] <= 12


def test_html_styles_each_reading_once_and_asks_no_line_per_node(monkeypatch: pytest.MonkeyPatch) -> None:
    from lacuna.render.html import conventions

    styled = _calls(monkeypatch, conventions, "info_action")
    located = _calls(monkeypatch, SourceText, "line_column")
    counts = []
    for copies in (100, 200):
        styled.clear()
        out = html_module.to_html(lacuna.parse(_UNIT * copies))
        assert out.count('tabindex="0"') == 5 * copies
        counts.append(len(styled))
    assert 0 < counts[0] == counts[1] <= 8
    assert located == []  # lines and columns come from one binary search of the line starts


def test_html_asks_the_page_for_each_region_once() -> None:
    from lacuna.pages.model import Page

    page = "Skip to content\nDigital Archive\n\nMarch 5, 1953\nA record\n\n" + "\n".join([_UNIT] * 100)
    doc = lacuna.parse(page)
    calls = 0
    real = Page.region_at

    def spy(self: Page, offset: int) -> str:
        nonlocal calls
        calls += 1
        return real(self, offset)

    Page.region_at = spy  # type: ignore[method-assign]
    try:
        html_module.to_html(doc)
    finally:
        Page.region_at = real  # type: ignore[method-assign]
    regions = html_module.read_page(doc).regions
    assert 0 < calls <= len(regions) + 2  # not once per node (about 2000 nodes)


@pytest.mark.pure_python
@pytest.mark.parametrize("edition", ["json", "html"])
def test_the_work_per_node_is_bounded(edition: str) -> None:
    """Python lines run plus calls made, per node, on a text of 1000 spans and 1000 text runs."""
    render = {"json": json_module.to_json, "html": html_module.to_html}[edition]
    doc = lacuna.parse(_UNIT * 100 + _UNIT.replace("[", "(").replace("]", ")") * 10)
    render(doc)  # one-off set-up
    nodes = sum(1 for _ in doc.walk())
    _, work = count_work(render, doc)
    # measured: 51 (json; 62 when it built a dict per node) and 116 (html, with the page reader
    # and the clean reading walk; 226 before it styled each reading once); the parse: 60
    limit = {"json": 60, "html": 150}[edition]
    assert work / nodes <= limit, work / nodes


def test_json_is_written_from_the_compact_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    from lacuna.ast import Tree

    made = _calls(monkeypatch, Tree, "children_of")
    doc = lacuna.parse(_UNIT * 50)
    out = json_module.to_json(doc)
    assert made == []  # no node object was made
    # a document built from nodes gets its tree from them: the same output
    rebuilt = lacuna.Document(doc.src, doc.children, doc.diagnostics)
    assert json_module.to_json(rebuilt) == out


@settings(max_examples=200, deadline=None)
@given(lst.markup())
def test_a_tree_from_nodes_is_the_parsed_tree(text: str) -> None:
    doc = lacuna.parse(text)
    parsed = doc.tree
    rebuilt = lacuna.Document(doc.src, doc.children).tree
    for name in ("starts", "ends", "sizes", "gloss_spans", "gloss_offsets"):
        assert list(getattr(rebuilt, name)) == list(getattr(parsed, name)), name
    assert rebuilt.infos == parsed.infos


def _page(paragraphs: int) -> str:
    """An archive page: heading, paragraphs of spans (notes, glosses, a footnote reference),
    the notes, the metadata."""
    head = "Skip to content\n\nMarch 5, 1953\nA record\n\n"
    body = "\n\n".join([_UNIT + "Filippov [Stalin] wrote.[1]"] * paragraphs)
    tail = "\n\n[1] A note [here].\n\nDocument Information\n\nSource\n\nAn archive\n\nRecord ID\n\n113636\n"
    return head + body + tail


@pytest.mark.pure_python
@pytest.mark.parametrize("edition", ["clean", "json", "tei", "html"])
def test_each_edition_does_the_same_work_per_span_at_any_size(edition: str) -> None:
    """The work (Python lines run plus calls made, counted, not timed) of an edition of ten
    times the paragraphs is ten times the work, within 5 % (the page's fixed part), and a
    bounded amount per node."""
    from lacuna.render import EDITIONS

    render = EDITIONS[edition]
    small, big = lacuna.parse(_page(100)), lacuna.parse(_page(1000))
    render(lacuna.parse(_page(10)))  # one-off set-up
    _, small_work = count_work(render, small)
    _, big_work = count_work(render, big)
    assert big_work <= 10.5 * small_work, (small_work, big_work)
    nodes = sum(1 for _ in big.walk())
    # measured per node at 1000 paragraphs, on a fresh document: clean 95 (its notes found on
    # the nodes), json 36, tei 203 (the nodes made by its walk), html 60 (73 when it wrote the
    # text span by span)
    limit = {"clean": 120, "json": 50, "tei": 250, "html": 70}[edition]
    assert big_work / nodes <= limit, big_work / nodes


def test_html_text_is_a_piece_per_bracket_and_run_and_few_runs_are_written_piece_by_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The text's pieces, counted: a run before each bracket and one after the last, a piece
    for each bracket, one for each change of region; a run is written piece by piece (seam
    white space marked, question marks hidden) only next to a dropped span or directly inside
    an uncertain reading read through its children, never per span."""
    from lacuna.render.html import reading

    plain = _calls(monkeypatch, reading, "_plain")
    clipped = _calls(monkeypatch, reading, "_clipped")
    found = []
    for paragraphs in (100, 1000):
        plain.clear()
        clipped.clear()
        doc = lacuna.parse(_page(paragraphs).replace("[?meet?]", "[?meet [Note: x] them?]"))
        page = html_module.read_page(doc)
        pieces = reading.body(doc, reading.Regions(page), reading.Written(), False)
        brackets = 2 * len(doc.tree)
        assert brackets < len(pieces) <= 2 * brackets + 1 + 2 * len(page.regions) + 1
        found.append((len(plain), len(clipped)))
        # per paragraph: the note's seam; the uncertain reading's two runs around its note
        # (its seam is written inside the second)
        assert len(plain) <= 3 * paragraphs + 5
        assert len(clipped) == 2 * paragraphs
    assert found[1][0] <= 10 * found[0][0] + 5
