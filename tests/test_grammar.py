"""The bracket grammar and its fast path for plain-word insides."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from conftest import assert_linear, assert_time_linear
from lacuna import strategies as lst
from lacuna.classify import grammar_shape, plain_shape, shape_of, simple_shape
from lacuna.classify.gaps import _strip_extent_tail


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


def _tokens(shape):
    return [(t.type, t.value, t.start_pos, t.end_pos) for t in shape.tokens]


def test_clauses_are_the_runs_between_separators():
    shape = shape_of('a, b; "c" ?d?')
    assert [(c.start, c.end) for c in shape.clauses] == [(0, 1), (3, 4), (6, 13)]
    assert [[t.type for t in c.tokens] for c in shape.clauses] == [
        ["TEXT"],
        ["TEXT"],
        ["QUOTED", "QMARK", "TEXT", "QMARK"],
    ]
    # empty runs (separators in a row, at the start or the end) make no clause
    shape = shape_of(",, a ,;")
    assert [(c.start, c.end) for c in shape.clauses] == [(3, 4)]
    assert _tokens(shape) == [("TEXT", "a", 3, 4)]


def test_label_then_clauses():
    shape = shape_of("Stamp: received; filed")
    assert shape.label == "Stamp" and shape.body_start == 6
    assert [inside[c.start : c.end] for inside in ["Stamp: received; filed"] for c in shape.clauses] == [
        "received",
        "filed",
    ]
    # a colon after the first clause is no label
    shape = shape_of("word missing, see: note")
    assert shape.label is None
    assert [t.type for t in shape.clauses[1].tokens] == ["TEXT", "COLON", "TEXT"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet=' ab,;:?"“”«»\ufffc\n'), st.text()))
def test_clauses_partition_the_tokens(inside):
    shape = shape_of(inside)
    assert [t for c in shape.clauses for t in c.tokens] == shape.tokens
    previous_end = shape.body_start
    for clause in shape.clauses:
        assert clause.tokens and all(t.type != "SEP" for t in clause.tokens)
        assert (clause.start, clause.end) == (clause.tokens[0].start_pos, clause.tokens[-1].end_pos)
        if previous_end != shape.body_start:
            # two clauses are apart by a separator, and by nothing else but white space
            between = "".join(inside[previous_end : clause.start].split())
            assert between and set(between) <= {",", ";"}
        previous_end = clause.end
    for token in shape.tokens:
        assert inside[token.start_pos : token.end_pos] == token.value


_EDGY = st.text(alphabet=" \t\n\u00a0?:,;\"“«»\ufffcaZé1_-'.", max_size=14)
_FORMS = st.one_of(
    _EDGY,
    st.builds(lambda a, w, b: f"{a}?{w}?{b}", _EDGY, _EDGY, _EDGY),
    st.builds(lambda a, label, w: f"{a}{label}:{w}", _EDGY, _EDGY, _EDGY),
    st.builds(lambda a, label, w: f"{a}{label}:{w}", _EDGY, lst.words(1, 8), lst.words(0, 6)),
    lst.span().map(lambda span: span[1:-1]),
)


@settings(max_examples=1000, deadline=None)
@given(_FORMS)
def test_simple_shape_equals_the_grammars_parse(inside):
    shape = simple_shape(inside)
    if shape is not None:
        assert _summary(shape) == _summary(grammar_shape(inside))


def test_simple_shape_builds_the_common_forms():
    shape = simple_shape(" ?are awaiting? ")
    assert [(t.type, t.value, t.start_pos) for t in shape.tokens] == [
        ("QMARK", "?", 1),
        ("TEXT", "are awaiting", 2),
        ("QMARK", "?", 14),
    ]
    shape = simple_shape("Translator's note: a stamp in the margin")
    assert shape.label == "Translator's note" and shape.body_start == 18
    assert [t.value for t in shape.tokens] == ["a stamp in the margin"]
    assert simple_shape("Stamp:") is not None and simple_shape("Stamp:").clauses == []
    # anything else is left to the grammar
    for inside in ['word missing, possible "close"', "?are? awaiting", "1st note: x", "Note: a, b", "??a"]:
        assert simple_shape(inside) is None


# Insides of one bracket that once took quadratic time, and runs of each kind of token: every
# unclosed opening quote rescanned the rest of the inside ('„ ' * 100_000: 74 s), and the
# extent and quantity of a gap phrase were re-read at each of its words.
_HOSTILE_INSIDES = {
    "low-9-quotes": lambda n: "w [" + "„ " * n + "] w",
    "left-quotes": lambda n: "[" + "“ " * n + "]",
    "left-quotes-unspaced": lambda n: "[" + "“" * n + "]",
    "guillemets": lambda n: "[" + "« " * n + "]",
    "straight-quotes": lambda n: "[" + '" ' * n + "]",
    "right-quotes": lambda n: "[" + "” " * n + "]",
    "guillemet-low-9": lambda n: "[" + "« „ " * (n // 2) + "]",
    "all-openers": lambda n: "[" + "„“«»" * (n // 4) + "]",
    "closed-quotes": lambda n: "[" + '„a“ “b” «c» "d" ' * (n // 16) + "]",
    "gap-conjecture-quotes": lambda n: "[word missing, possibly " + "“ " * n + "]",
    "sic-quotes": lambda n: "[sic " + "„ " * n + "]",
    "white-space": lambda n: "[a" + " " * n + ",b]",
    "white-space-runs": lambda n: "[" + ("a" + " " * 100 + ",") * (n // 100) + "]",
    "colons": lambda n: "[" + ":" * n + "]",
    "commas": lambda n: "[" + ", " * n + "]",
    "question-marks": lambda n: "[" + "?" * n + "]",
    "label-colons": lambda n: "[" + "a:" * n + "]",
    "gap-filler-unit": lambda n: "[" + "the " * n + "line missing]",
    "gap-filler-number": lambda n: "[" + "the " * n + "5 missing]",
    "gap-verbs-number": lambda n: "[" + "is " * n + "5 missing]",
    "gap-verbs": lambda n: "[" + " is" * n + " missing]",
    "gap-or-to": lambda n: "[" + "or to " * n + "missing]",
}


@pytest.mark.pure_python
@pytest.mark.parametrize("make", list(_HOSTILE_INSIDES.values()), ids=list(_HOSTILE_INSIDES))
def test_one_hostile_inside_parses_in_linear_time(make):
    # 10x the input, about 10x the work (quadratic work would be about 100x)
    big, _, _ = assert_linear(lacuna.parse, make, 1_000)
    assert big.source() == make(10_000)
    text = make(100_000)
    assert lacuna.parse(text).source() == text


@pytest.mark.perf  # work inside one C call (a regex) is not counted above: timed, best of five
@pytest.mark.parametrize("make", list(_HOSTILE_INSIDES.values()), ids=list(_HOSTILE_INSIDES))
def test_one_hostile_inside_time_is_linear(make):
    assert_time_linear(lacuna.parse, make, 10_000)


def test_an_opening_quote_stops_at_the_next_of_its_kind():
    # an unclosed opening mark is a stray quote; the next one of its kind may open a quote
    for inside, quoted in [("“a “b”", "“b”"), ("„a „b“", "„b“"), ("«a «b»", "«b»"), ('"a "b"', '"a "')]:
        shape = shape_of(inside)
        assert [t.value for t in shape.tokens if t.type == "QUOTED"] == [quoted]
    # other marks in between do not stop it
    assert [t.value for t in shape_of("„a «b“").tokens] == ["„a «b“"]
    assert [t.value for t in shape_of("“a „b” c”").tokens] == ["“a „b”", "c", "”"]
    assert [t.type for t in shape_of("“ “ “").tokens] == ["STRAY_QUOTE"] * 3


@pytest.mark.parametrize(
    ("text", "conjecture"),
    [
        ("[word missing, possibly “close”]", "close"),
        ("[word missing, presumably „the CPC“]", "the CPC"),
        ("[word missing, presumably „the CPC”]", "the CPC"),
        ('[word missing, possible "close"]', "close"),
        ("[word missing, probably «Pravda»]", "Pravda"),
        ("[illegible, possibly “a “close”]", "close"),
    ],
)
def test_a_closed_quote_gives_its_conjecture(text, conjecture):
    (span,) = lacuna.parse(text).spans()
    assert span.category == "gap"
    assert span.info.conjecture == conjecture


# the extent's trailing verbs were stripped by one backtracking pattern (quadratic on a long
# run of verbs before a number); the loop must strip the same (a bare has/have/had too, since
# "[The remainder of this telegram has not been found]" left "has" in the extent)
_EXTENT_TAIL = regex.compile(
    r"(?:\s{1,3}(?:is|are|was|were|has been|have been|had been|been|has|have|had))+$"
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "is",
                    "are",
                    "was",
                    "were",
                    "has",
                    "have",
                    "had",
                    "been",
                    "has been",
                    "had been",
                    "x",
                    "5",
                    "his",
                ]
            ),
            st.sampled_from(["", " ", "  ", "   ", "    ", "\n", " \n "]),
        ),
        max_size=8,
    )
)
def test_extent_tail_strips_what_the_pattern_stripped(parts):
    text = "".join(word + space for word, space in parts).strip()
    assert _strip_extent_tail(text) == _EXTENT_TAIL.sub("", text)


def test_extent_and_quantity_of_long_gap_phrases():
    (span,) = lacuna.parse("[one line is missing]").spans()
    assert (span.info.extent, span.info.quantity, span.info.unit) == ("one line", 1.0, "line")
    (span,) = lacuna.parse("[two or three pages has been  lost]").spans()
    assert (span.info.extent, span.info.quantity) == ("two or three pages", (2.0, 3.0))
    text = "[" + "the " * 1000 + "5 lines missing]"
    (span,) = lacuna.parse(text).spans()
    assert span.category == "gap" and span.info.quantity == 5.0
