"""The tree is compact: a parse stores a few numbers per span, no object per node, and makes
the typed nodes on demand, once (memory counted with tracemalloc, never timed)."""

from __future__ import annotations

import gc
import tracemalloc

from hypothesis import given, settings

import lacuna
from lacuna import strategies as lst
from lacuna.ast import Document, Gloss, Span, Text

_UNIT = "Filippov [Stalin] said [word missing] that [?the?] talks [are] [Translator's note: sic] over. "


def _retained(text: str) -> tuple[Document, int, int]:
    """Parse ``text``; the document and the bytes and blocks the parse left allocated."""
    # bounded caches filled by earlier tests could empty themselves during the measured parse
    lacuna.Conventions.default().clear_caches()
    lacuna.parse(text)  # the insides read once: the caches are not the tree
    tracemalloc.start()
    try:
        doc = lacuna.parse(text)
        gc.collect()  # empties the free lists: freed small tuples there are not retained
        snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    stats = snapshot.statistics("filename")
    return doc, sum(s.size for s in stats), sum(s.count for s in stats)


def test_a_parse_makes_no_object_per_node() -> None:
    small_doc, _, small_blocks = _retained(_UNIT * 100)  # 500 spans, 1100 nodes
    big_doc, big_bytes, big_blocks = _retained(_UNIT * 1000)  # 5000 spans
    assert small_doc.tree is not None and len(big_doc.tree) == 5000
    # the arrays grow in place: the blocks do not grow with the spans
    assert big_blocks <= small_blocks + 10
    # four numbers and a shared reading per span (4 + 4 + 4 + 8 bytes), arrays over-allocated
    assert big_bytes / 5000 <= 40


def test_nodes_are_made_on_demand_once() -> None:
    doc = lacuna.parse("a [b [c] d] Filippov [Stalin] [f]")
    tracemalloc.start()
    try:
        first = doc.children
        before = tracemalloc.take_snapshot()
        again = doc.children
        span = first[1]
        inner_first, inner_again = span.children, span.children
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    assert first is again and inner_first is inner_again
    assert [type(n).__name__ for n in first] == ["Text", "Supplied", "Text", "Gloss", "Text", "Supplied"]
    assert isinstance(first[3], Gloss) and first[3].glossed == "Filippov"
    assert [type(n) for n in span.children] == [Text, type(span.children[1]), Text]
    grown = sum(s.size_diff for s in after.compare_to(before, "filename"))
    assert grown < 1000  # one tuple of three nodes made, nothing made twice


@settings(max_examples=200, deadline=None)
@given(lst.markup())
def test_lazy_nodes_are_the_tree(text: str) -> None:
    doc = lacuna.parse(text)
    spans = list(doc.spans())
    tree = doc.tree
    assert tree is not None
    assert [(s.start, s.end, s.info) for s in spans] == [
        (tree.starts[i], tree.ends[i], tree.infos[i]) for i in range(len(tree))
    ]
    for span in spans:
        assert span.children is span.children
        inner = [c for c in span.children if isinstance(c, Span)]
        assert sum(1 for _ in inner) <= len(span.children)
        # the children cover the inside exactly: text runs between the child spans
        assert "".join(c.text for c in span.children) == span.inside
    assert "".join(c.text for c in doc.children) == text
    assert doc.source() == text
