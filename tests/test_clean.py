"""The clean edition: hand-written expectations for what a dropped span leaves behind."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


#: (markup, clean text): closing punctuation that a dropped span leaves alone on its line is
#: the span's (its sentence's stop) and goes with it; after words on the line it stays.
LONE_STOPS = [
    # the Kim Il Sung record of April 1969 and Sudarikov's record (Wilson Center)
    (
        'Text before.\n\n[There is a stamp: "Pozdnyak"].\n\nThe ambassador said.',
        "Text before.\n\nThe ambassador said.",
    ),
    ("a line\n[Stamp: Secret].\nnext line", "a line\nnext line"),
    ("a line\r\n[Stamp: Secret].\r\nnext line", "a line\r\nnext line"),  # CRLF
    ("a\n[Note: x]”.\nb", "a\nb"),  # a closing quote and stop
    ("a\n[Note: x]).\nb", "a\nb"),
    ("a\n  [Note: x] ,  \n  b", "a\n  b"),  # spaces around it, the next line's indentation
    ("a\n[Note: 1]. [Note: 2].\nb", "a\nb"),  # two notes on the line
    ("[Stamp: Secret].\nText", "Text"),  # the first line
    ("a\n[Note: x].", "a\n"),  # the last line
    ("a\n\n[Note: x].\nb", "a\n\nb"),  # the side with more line breaks stays, as for white space
    # it stays
    ("He wrote [Translator's note: the archive]”. Then", "He wrote”. Then"),  # words before it
    ("He wrote\n[Translator's note: the archive]”. Then", "He wrote\n”. Then"),  # words after it
    ("a\n[Note: x] b.\nc", "a\nb.\nc"),
    ("a [Note: x].\nb", "a.\nb"),  # a note dropped mid-line: the stop ends the sentence
    ("a\n[Note: 1]. x [Note: 2].\nb", "a\n. x.\nb"),
    ("a\n[Note: x]\n.\nb", "a\n.\nb"),  # a stop on a line of its own in the text as written
    ("a\n[Note: x]].\nb", "a\n].\nb"),  # an unpaired bracket stays to be seen
    ('a\n[Note: x]".\nb', 'a\n".\nb'),  # a straight quote may open: not closing punctuation
    # leftovers43, a user test on real pages: the mirror, a stop before the note starting its
    # line; it goes with the line too (left, it would be a line of its own; the pieces are only
    # cut at their edges, so it cannot join the line above)
    ("a\n.[Note: x]\nb", "a\nb"),
    ("He wrote it\n.[Note: the rest is missing.]\nThe next day", "He wrote it\nThe next day"),
    ("a\n. [Note: x]\nb", "a\nb"),  # a space between
    ("a\n.[Note: x].\nb", "a\nb"),  # stops on both sides
    ("a\n  ,[Note: x]\n  b", "a\n  b"),  # indentation
    ("a\r\n.[Note: x]\r\nb", "a\r\nb"),  # CRLF
    (".[Note: x]\nText", "Text"),  # the first line
    ("a\n.[Note: x]", "a\n"),  # the last line
    ("a\n.[Note: 1] [Note: 2]\nb", "a\nb"),  # two notes on the line
    # it stays: words on the line before or after the stop, or the stop ends a line above
    ("a\nx.[Note: x]\nb", "a\nx.\nb"),
    ("a\n.[Note: x] b", "a\n. b"),
    ("a.\n[Note: x]\nb", "a.\nb"),
    ("a\n.\n[Note: x]\nb", "a\n.\nb"),  # a stop on a line of its own, the note on the next
    ("a\n][Note: x]\nb", "a\n]\nb"),  # an unpaired bracket stays to be seen
]


@pytest.mark.parametrize(("markup", "expected"), LONE_STOPS)
def test_a_lone_stop_goes_with_its_dropped_span(markup, expected):
    assert clean(lacuna.parse(markup)) == expected
    # the brackets step of normalise: the same text, each character mapped to where it stood
    n = normalize(markup, ["brackets"], bracket_rules={"gloss": "keep"})
    assert _as_written(n.text) == expected
    for i, c in enumerate(n.text):
        at = n.to_original(i)
        assert markup[at] == c or n.text[i] in "\u2045\u2046"
        assert n.to_original_span(i, i + 1) == (at, at + 1)


def test_a_lone_stop_is_cut_with_its_line_in_the_map():
    text = "Text before.\n\n[There is a stamp: 1].\n\nThe ambassador said."
    n = normalize(text, ["brackets"])
    assert n.text == "Text before.\n\nThe ambassador said."
    at = text.index("The ambassador")
    assert n.to_original(n.text.index("The ambassador")) == at
    # the note, its stop and the line breaks after it are one deletion, mapped to nothing
    assert n.from_original(text.index("].") + 1) == n.text.index("The ambassador")


_STOPS = ".,;:!?)}»”’"
_TOKENS = st.sampled_from(
    [
        "word",
        "word.",
        "word”.",
        " ",
        "\t",
        "\n",
        "\r\n",
        "\n\n",
        "[Note: x]",
        "[Stamp: Secret].",
        "[Note: x]”.",
        "[Note: x]).",
        "[Note: x] ,",
        "[no]",
        "[?a?].",
    ]
)


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _stop_line(line: str) -> bool:
    core = line.strip(" \t")
    return bool(core) and all(c in _STOPS for c in core)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_TOKENS, max_size=16).map("".join))
def test_the_clean_text_leaves_no_stop_alone_on_a_line(markup):
    # closing punctuation follows words or dropped spans here: a line of the clean text made
    # only of it is one the text had as written
    out = clean(lacuna.parse(markup))
    had = {line.strip(" \t") for line in _lines(markup) if _stop_line(line)}
    for line in _lines(out):
        if _stop_line(line):
            assert line.strip(" \t") in had, (markup, out)
    n = normalize(markup, ["brackets"], bracket_rules={"gloss": "keep"})
    assert _as_written(n.text) == out
    for i in range(len(n.text)):
        at = n.to_original(i)
        assert markup[at] == n.text[i] or n.text[i] in "\u2045\u2046"
