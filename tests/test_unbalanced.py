"""Unbalanced brackets get the reading a person would give them, with a diagnostic each.

Expectations written by hand: which bracket a reader takes as the surplus one.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

import lacuna
from lacuna import strategies as lst

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans_of(text: str) -> list[tuple[str, str]]:
    return [(s.category, s.text) for s in lacuna.parse(text).spans()]


def literal_brackets(text: str) -> list[int]:
    """The brackets kept as text (not the notes on what an unclosed one swallowed)."""
    kept = ("unclosed-bracket", "stray-bracket", "too-many-problems")
    return [d.start for d in lacuna.parse(text).diagnostics if d.code in kept]


def test_handwritten_note_with_a_doubled_bracket_missing_its_close():
    text = "[Handwritten notes:\nto [[illegible name] and\nOrlov]"
    assert spans_of(text) == [("editor_note", text), ("gap", "[illegible name]")]
    # one "[" of the "[[" stays literal (the first), with a diagnostic
    assert literal_brackets(text) == [text.index("[[")]
    doc = lacuna.parse(text)
    assert doc.source() == text
    note = next(doc.spans())
    assert note.label == "Handwritten notes"
    with pytest.raises(lacuna.MarkupError, match=r"^<string>:2:4: "):
        lacuna.parse(text, strict=True)


def test_labelled_note_keeps_its_span_when_an_inner_close_is_missing():
    text = 'before [Stamp: "to [Ivanov and Orlov"].\nafter'
    assert spans_of(text) == [("editor_note", '[Stamp: "to [Ivanov and Orlov"]')]
    assert literal_brackets(text) == [text.index("[Ivanov")]


def test_two_surplus_brackets_inside_a_note():
    text = '[handwritten: "to Cdes. [[N. Ivanov? and Orlov"]'
    assert spans_of(text) == [("editor_note", text)]
    assert literal_brackets(text) == [text.index("[["), text.index("[[") + 1]


def test_doubled_bracket_alone():
    text = "to [[illegible name] and Orlov."
    assert spans_of(text) == [("gap", "[illegible name]")]
    assert literal_brackets(text) == [3]


def test_note_left_open_before_a_complete_gap_is_the_unclosed_one():
    # the "]" of [illegible] does not end its line: the stamp lost its own "]"
    text = "[Stamp: [illegible] text\n\nmore [no] words"
    assert spans_of(text) == [("gap", "[illegible]"), ("supplied", "[no]")]
    assert literal_brackets(text) == [0]


def test_note_does_not_reach_across_a_paragraph():
    text = "[Stamp: Declassified\n\nthen [no words]"
    # "]" ends its line, but the note would run over a blank line: plain reading
    assert spans_of(text) == [("supplied", "[no words]")]
    assert literal_brackets(text) == [0]
    # and the note that ran on over the line break is named (issue 13)
    assert "unclosed-note" in [d.code for d in lacuna.parse(text).diagnostics]


def test_cut_off_at_end_of_excerpt():
    assert spans_of("the work of the [supervis") == []
    assert literal_brackets("the work of the [supervis") == [16]


def test_stray_close_stays_text():
    text = "the delegates] agreed [no] more"
    assert spans_of(text) == [("supplied", "[no]")]
    assert literal_brackets(text) == [text.index("]")]


@SETTINGS
@given(lst.markup())
def test_as_many_literal_brackets_as_the_stack_reading(text):
    # the human reading chooses *which* brackets stay literal, never how many
    opens = closes = stray = 0
    for ch in text:
        if ch == "[":
            opens += 1
        elif ch == "]":
            if opens > closes:
                closes += 1
            else:
                stray += 1
    unclosed = opens - closes
    doc = lacuna.parse(text)
    codes = [d.code for d in doc.diagnostics]
    if len(codes) <= lacuna.parse.__globals__["MAX_DIAGNOSTICS"]:
        assert codes.count("stray-bracket") == stray
        assert codes.count("unclosed-bracket") == unclosed
    assert doc.source() == text


@SETTINGS
@given(lst.document())
def test_balanced_markup_keeps_the_stack_reading(text):
    doc = lacuna.parse(text)
    assert doc.diagnostics == ()
    # every span's brackets pair as a stack pairs them
    stack, pairs = [], set()
    for i, ch in enumerate(text):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            pairs.add((stack.pop(), i + 1))
    assert {(s.start, s.end) for s in doc.spans()} == pairs
