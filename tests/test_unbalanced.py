"""Unbalanced brackets get the reading a person would give them, with a diagnostic each.

Expectations written by hand: which bracket a reader takes as the surplus one.
"""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import lacuna
from conftest import assert_linear
from lacuna import strategies as lst

# (``lacuna.parse`` is also the name of the function the package exports)
parse_module = importlib.import_module("lacuna.parse")

#: A blank line (as parse reads one): a line break, spaces or tabs, a line break.
_BLANK = re.compile(r"(?>\r\n|\r|\n)[ \t]*+[\r\n]")


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
@given(st.one_of(lst.markup(), st.text("[]\n \rx", max_size=30)))
def test_as_many_literal_brackets_as_the_stack_reading(text):
    # the human reading chooses *which* brackets stay literal, never how many: as many as a
    # stack gives, one stack per paragraph (brackets do not pair across a blank line but for
    # labelled notes, tested by hand above, and a line wrap's, tests/test_pairing_breaks.py)
    assume(
        _LABELLED.search(text) is None
        and _WRAPPED_BREAK.search(text) is None
        and _RUN_ON_BREAK.search(text) is None
    )
    opens = closes = stray = 0
    for paragraph in _BLANK.split(text):
        depth = 0
        for ch in paragraph:
            if ch == "[":
                opens += 1
                depth += 1
            elif ch == "]":
                if depth:
                    closes += 1
                    depth -= 1
                else:
                    stray += 1
    unclosed = opens - closes
    doc = lacuna.parse(text)
    codes = [d.code for d in doc.diagnostics]
    if len(codes) <= parse_module.MAX_DIAGNOSTICS:
        assert codes.count("stray-bracket") == stray
        assert codes.count("unclosed-bracket") == unclosed
    assert doc.source() == text


@SETTINGS
@given(lst.document())
def test_balanced_markup_keeps_the_stack_reading(text):
    # (brackets pair within a paragraph: no span of the text may hold a blank line)
    stack, pairs = [], set()
    for i, ch in enumerate(text):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            pairs.add((stack.pop(), i + 1))
    assume(not any(_BLANK.search(text, s, e) for s, e in pairs))
    doc = lacuna.parse(text)
    assert doc.diagnostics == ()
    # every span's brackets pair as a stack pairs them
    assert {(s.start, s.end) for s in doc.spans()} == pairs


# -- pairing is decided within the paragraph ----------------------------------------------


def pairing(text: str, shift: int = 0) -> tuple[set[tuple[int, int]], set[int]]:
    """The spans (start, end) and the brackets kept as text, with ``shift`` added."""
    doc = lacuna.parse(text)
    kept = ("unclosed-bracket", "stray-bracket")
    return (
        {(s.start + shift, s.end + shift) for s in doc.spans()},
        {d.start + shift for d in doc.diagnostics if d.code in kept},
    )


def test_a_span_does_not_pair_across_a_blank_line():
    # by hand: across one line break a span pairs, across a blank line it does not
    assert spans_of("[Handwritten: to\nOrlov]") == [("editor_note", "[Handwritten: to\nOrlov]")]
    text = "[Written: to\n\nOrlov]"
    assert spans_of(text) == [("editor_note", text)]  # a labelled note: see below
    text = "[to\n\nOrlov]"
    assert spans_of(text) == []
    assert literal_brackets(text) == [0, len(text) - 1]
    assert literal_brackets("a [b\r\n \r\nc] d") == [2, 10]
    assert spans_of("a [b\r\nc] d") == [("supplied", "[b\r\nc]")]


def test_a_stamp_over_several_paragraphs_is_one_note():
    # by hand, from a real page of the labels (a CPSU CC stamp set out over three paragraphs)
    text = "[CPSU CC stamp:\n\n41713\n\n15 DECEMBER 1969 Korea]\n\nText [no] more."
    assert spans_of(text) == [("editor_note", text[: text.index("]") + 1]), ("supplied", "[no]")]
    assert literal_brackets(text) == []
    # not when a paragraph between leaves a bracket open, nor past eight paragraphs
    text = "[Stamp: 41713\n\nthe [x\n\n1969]"
    assert literal_brackets(text) == [0, text.index("[x"), len(text) - 1]
    text = "[Stamp: 41713" + "\n\npara" * 9 + "\n\n1969]"
    assert literal_brackets(text) == [0, len(text) - 1]
    # nor for a bracket that is no labelled note
    text = "[a: 41713\n\n1969]"
    assert literal_brackets(text) == [0, len(text) - 1]


def test_a_doubled_bracket_in_a_stamp_over_paragraphs_stays_text():
    # by hand, from Puzanov's journals (Wilson Center; bench/labels): the archive's stamp set out
    # over three paragraphs, with a typo "[[" before the translator's gap in the middle one
    text = "[Stamp: Foreign Policy Archive\n\nFond [[too faded to read]\n\nOpis' 16, Yed. Khr. 85?7]\n\nText."
    gap = "[too faded to read]"
    assert spans_of(text) == [("editor_note", text[: text.index("7]") + 2]), ("gap", gap)]
    assert literal_brackets(text) == [text.index("[[")]
    text = "[Handwritten notations:\n\nto [[illegible name] and\n\nG. Ye. Samsonov]\n\nText."
    assert [c for c, _ in spans_of(text)] == ["editor_note", "gap"]
    assert literal_brackets(text) == [text.index("[[")]
    # a "[" left open that is not the first of "[[" still ends the note's reach
    text = "[Stamp: 41713\n\nthe [[x\n\n1969]"
    assert literal_brackets(text) == [0, text.index("[["), text.index("[[") + 1, len(text) - 1]
    text = "[Stamp: 41713\n\nthe [x [[y]\n\n1969]"
    assert 0 in literal_brackets(text)
    # nor does a doubled bracket let a bracket that is no labelled note run on
    text = "[a 41713\n\nthe [[x]\n\n1969]"
    assert literal_brackets(text) == [0, text.index("[["), len(text) - 1]


def test_a_stamp_label_naming_the_thing_anywhere_spans_paragraphs():
    # by hand, from Puzanov's journals (Wilson Center; bench/labels): the label names a stamp
    # after other words, lower case or longer than three words
    text = "[partial image of a stamp:\n\n\nIncoming Nº 5925-gs\n\n11 June 1957]\n\nText."
    assert spans_of(text) == [("editor_note", text[: text.index("]") + 1])]
    text = "[faded USSR MFA Stamp: 01263s\n\n17 May 1957]"
    assert spans_of(text) == [("editor_note", text)]
    # a long label without a thing or a note's head stays literal
    text = "[the words of a long label: 41713\n\n1969]"
    assert literal_brackets(text) == [0, len(text) - 1]


#: A labelled note's "[" (it may stay open over a few paragraphs: the test above).
_LABELLED = re.compile(r"\[[^\W\d_][^:\[\]\"“”?,;\n]{0,40}:")
# a paragraph a page's line wrap broke off (a hyphen or an HTML line break before the blank
# line): a bracket open there may pair across it (tests/test_pairing_breaks.py)
_WRAPPED_BREAK = re.compile(r"(?:-|<br\s*/?>)[ \t]*(?:\r\n|\r|\n)[ \t]*[\r\n]", re.IGNORECASE)
#: A blank line between a word and a word that may go on with its sentence (a bracket's words may
#: run on across it: tests/test_pairing_breaks.py); more than the parser's condition, to be safe.
_RUN_ON_BREAK = re.compile(r"[^\W\d_]{2}[ \t]*(?:\r\n|\r|\n)[ \t]*[\r\n][ \t\r\n]*(?:\d{1,3}[ \t]+)?[^\W\d_]")


_EXAMPLE = "[a:[word missing]"


@pytest.mark.parametrize(
    "before, after",
    [("", ""), ("", " the rest."), ("Text.\n\n", ""), ("Text.\n", "\nMore."), ("x ", " y"), ("x ", "")],
)
def test_the_example_of_the_issue_reads_the_same_wherever_it_stands(before, after):
    # by hand: "[a:" is no note label, so its "[" is the one that pairs with none, and
    # "[word missing]" is a gap, at the start of a text, after a paragraph, within a line
    text = before + _EXAMPLE + after
    at = len(before)
    assert spans_of(text) == [("gap", "[word missing]")]
    assert literal_brackets(text) == [at]
    assert lacuna.normalize(text, "brackets").text == before + "\u2045a:[…]" + after


def test_a_labelled_note_still_takes_the_close_at_the_end_of_its_line():
    # by hand: a label of the conventions' list (or a capitalised one) keeps its span
    for label in ("Stamp", "Resolution", "handwritten"):
        text = f"Text.\n\n[{label}: to [Ivanov and Orlov]\nMore."
        assert spans_of(text) == [("editor_note", f"[{label}: to [Ivanov and Orlov]")]
        assert literal_brackets(text) == [text.index("[Ivanov")]


_PARAGRAPH_BREAKS = st.sampled_from(["\n\n", "\r\n\r\n", "\n \n", "\r\r", "\n\t\n", "\n\n\n"])


@SETTINGS
@given(lst.markup(), lst.markup(), lst.markup(), _PARAGRAPH_BREAKS, _PARAGRAPH_BREAKS)
def test_pairing_does_not_depend_on_other_paragraphs(before, text, after, brk1, brk2):
    # for any text T, any P ending with a paragraph break and any S starting with one, T's
    # brackets pair in P + T + S as in T, shifted by len(P)
    prefix, suffix = before + brk1, brk2 + after
    # a labelled note left open in P may run on into T (tested by hand above)
    assume(_LABELLED.search(before + text) is None)
    # a bracket's words left open in P may run on into T, T's into S (tests/test_pairing_breaks.py)
    assume(_RUN_ON_BREAK.search(prefix + text + suffix) is None)
    spans, literal = pairing(prefix + text + suffix)
    lo, hi = len(prefix), len(prefix) + len(text)
    mine = {(s, e) for s, e in spans if lo <= s and e <= hi}
    assert mine == pairing(text, lo)[0]
    assert {p for p in literal if lo <= p < hi} == pairing(text, lo)[1]
    # and no span reaches over the borders
    assert all(e <= lo or s >= hi or (lo <= s and e <= hi) for s, e in spans)


@SETTINGS
@given(lst.markup(), st.integers(0, 40))
def test_pairing_does_not_depend_on_a_far_paragraph_with_many_brackets(text, n):
    # what made the reader fall back to the plain stack (many unclosed brackets, or many
    # brackets after the first unclosed one) elsewhere in the text changes nothing here
    far = "[[" * (70 + n) + "]" * n + "[x] " * 300 + "\n\n"
    spans, literal = pairing(far + text)
    assert {(s, e) for s, e in spans if s >= len(far)} == pairing(text, len(far))[0]
    assert {p for p in literal if p >= len(far)} == pairing(text, len(far))[1]


@pytest.mark.pure_python
def test_pairing_is_linear_in_a_paragraph_of_unclosed_brackets():
    # one paragraph with ever more unclosed labelled notes and doubled brackets: work counted
    def make(n: int) -> str:
        return "[Stamp: to [[Ivanov] and [Orlov]\n" * n

    assert_linear(lacuna.parse, make, 100)
