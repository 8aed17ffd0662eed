"""Tree traversal: events with and without pruning."""

from __future__ import annotations

from hypothesis import given, settings

import lacuna
from lacuna import strategies as lst
from lacuna.ast import Span


def test_a_pruned_span_yields_only_its_entering_event():
    doc = lacuna.parse("a [b [c] d] e [f]")
    pruned = [(n.text, entering) for n, entering in doc.events(prune=lambda s: s.text.startswith("[b"))]
    expected = [("a ", True), ("[b [c] d]", True), (" e ", True), ("[f]", True), ("f", True), ("[f]", False)]
    assert pruned == expected


@settings(max_examples=200, deadline=None)
@given(lst.markup())
def test_pruning_nothing_changes_nothing_and_pruning_all_keeps_the_top_level(text):
    doc = lacuna.parse(text)
    assert list(doc.events(prune=lambda s: False)) == list(doc.events())
    top = [(n, e) for n, e in doc.events(prune=lambda s: True)]
    assert [n for n, _ in top] == list(doc.children)
    assert all(e for _, e in top)
    assert all(not isinstance(n, Span) or n in doc.children for n, _ in top)
