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


def test_the_parsers_constructors_make_the_same_frozen_nodes():
    import dataclasses

    import pytest

    from lacuna.ast import SPAN_CLASSES, Gloss, SourceText, SpanInfo, Text, new_span, new_text

    src = SourceText("Filippov [Stalin]")
    made, built = new_text(src, 0, 9), Text(src, 0, 9)
    assert type(made) is Text
    assert [getattr(made, f.name) for f in dataclasses.fields(Text)] == [
        getattr(built, f.name) for f in dataclasses.fields(Text)
    ]
    info = SpanInfo("gloss", because="test")
    for cls in set(SPAN_CLASSES.values()):
        extra = (0, 8) if cls is Gloss else ()
        made = new_span(cls, src, 9, 17, (made,), info, *extra)
        built = cls(src, 9, 17, made.children, info, *extra)
        assert type(made) is cls
        fields = [f.name for f in dataclasses.fields(cls)]
        assert [getattr(made, f) for f in fields] == [getattr(built, f) for f in fields]
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.start = 0  # type: ignore[misc]
