"""The bracket grammar and its fast path for plain-word insides."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lacuna import strategies as lst
from lacuna.classify import grammar_shape, plain_shape, shape_of


def _summary(shape):
    return (
        shape.label,
        shape.body_start,
        [
            (c.start, c.end, [(t.type, t.value, t.start_pos, t.end_pos) for t in c.tokens])
            for c in shape.clauses
        ],
    )


@settings(max_examples=300, deadline=None)
@given(st.one_of(lst.words(0, 6), st.text(st.characters(exclude_characters='?:,;"“”„«»\ufffc[]'))))
def test_plain_shape_equals_the_grammars_parse(inside):
    by_grammar = grammar_shape(inside)
    assert by_grammar is not None
    assert _summary(plain_shape(inside)) == _summary(by_grammar)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_grammar_accepts_every_inside(inside):
    assert shape_of(inside) is not None


def test_label_and_clauses():
    shape = shape_of('Translator\'s note: word off the page, possible "close"')
    assert shape.label == "Translator's note"
    assert [c.tokens[0].value for c in shape.clauses] == ["word off the page", "possible"]
    assert shape.clauses[1].tokens[1].type == "QUOTED"


def test_empty_clauses_are_allowed():
    shape = shape_of("Translator's note: ;")
    assert shape.label == "Translator's note" and shape.clauses == []
