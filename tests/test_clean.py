"""The clean edition: hand-written expectations for what a dropped span leaves behind."""

from __future__ import annotations

import pytest

import lacuna
from lacuna.normalize import normalize
from lacuna.render import clean

CASES = [
    # (markup, reading text): the space a dropped note leaves
    ("a [Note: x] b", "a b"),
    ("a [Note: x], b", "a, b"),  # no space before punctuation
    ("(see [Translator's note: x])", "(see)"),
    ("[Note: x] b", "b"),  # nothing before it: no space to keep
    ("a [Note: x]", "a"),  # nothing after it
    ("a [Note: x]\n", "a\n"),  # no trailing space before the line break
    ("a\n[Note: x] b", "a\nb"),  # no leading space after it
    ("a\n[Note: x]\nb", "a\nb"),  # a note on a line of its own takes the line with it
    ("a\r\n[Note: x]\r\nb", "a\r\nb"),
    ("a\n\n[Note: x]\n\nb", "a\n\nb"),  # a note paragraph: one paragraph break stays
    ("a [Note: 1] [Note: 2] b", "a b"),  # two in a row
    ("a\n[Note: 1]\n[Note: 2]\nb", "a\nb"),
    ("a\n    [Note: x] b", "a\n    b"),  # the indentation of the line stays
    ("a\n  [Note: x]  \nb", "a\nb"),  # a note's own line goes, indentation and all
    ("a\n\t[Note: x]\n\tb", "a\n\tb"),  # the next line keeps its own
    ("a [Note: x]\r\n [Note: x] \r\nb", "a\r\nb"),
    ("a [Note: x]  ", "a"),
    ("a\n\n  [Note: x]\n\n  b", "a\n\n  b"),
    ("[Note: x]\n  b\n  c", "  b\n  c"),  # a first-line note: the next line keeps its indentation
    ("[Note: x]\n\tb", "\tb"),
    ("a\n[Note: 1]\n[Note: 2]\n\n\nb", "a\n\n\nb"),  # the blank lines after the notes stay
    ("assume[Note: x]d", "assumed"),  # no space, none added
    ("[Note: x]", ""),
    ("\x1f [Page 1]", "\x1f"),  # only spaces, tabs and line breaks are joined, not every isspace()
    # an uncertain reading with a span inside: its words, without the question marks
    ("a [?the [Note: x] thing?] b", "a the thing b"),
    ("a [?[no] thing?] b", "a no thing b"),
    ("a [? the [no] thing ?] b", "a the no thing b"),  # as without the nested span
    ("a [? the no thing ?] b", "a the no thing b"),
    ("a [?are awaiting?] b", "a are awaiting b"),
]


@pytest.mark.parametrize(("markup", "expected"), CASES)
def test_clean_joins_what_a_dropped_span_leaves(markup, expected):
    doc = lacuna.parse(markup)
    assert clean(doc) == expected
    # the normalise brackets step is the same reading text, with a map back (and the brackets
    # kept as text written as the quill brackets no parse reads)
    n = normalize(markup, ["brackets"], bracket_rules={"gloss": "keep"})
    assert _as_written(n.text) == expected


GAP_NOTE = "organizing Soviet-Chinese [Translator's note: one word off the page in the left margin] in"


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (None, "organizing Soviet-Chinese […] in"),  # a note that describes a gap marks it
        ({"translator_note": "keep"}, GAP_NOTE),  # a rule for the category covers its gap notes
        ({"translator_note": "keep", "gap_note": "drop"}, "organizing Soviet-Chinese in"),
        ({"gap_note": "drop"}, "organizing Soviet-Chinese in"),
    ],
)
def test_gap_notes_follow_the_rules(rules, expected):
    doc = lacuna.parse(GAP_NOTE)
    assert clean(doc, rules=rules) == expected
    bracket_rules = {"gloss": "keep", **(rules or {})}
    assert _as_written(normalize(GAP_NOTE, ["brackets"], bracket_rules=bracket_rules).text) == expected


def _as_written(normalised: str) -> str:
    """The ``brackets`` step's neutral brackets ⁅ ⁆ back as square brackets."""
    return normalised.replace("\u2045", "[").replace("\u2046", "]")
