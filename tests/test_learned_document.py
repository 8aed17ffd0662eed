"""The document's own convention as evidence for the learned rule (docprior45, issue 13;
:mod:`lacuna.classify.learned.document`): the parser's second look reads each span the rule
``learned`` decided again, with the counts of the document's other spans that hand rules read
as glosses, supplied words and editor's notes as features.

The sentences are shaped on the Wilson Center's translated conversations (the deputy minister
and the chairman named in brackets, words a translator supplies); the tiny model's scores are
worked out by hand. A span's own reading and the learned rules' readings never count, and the
reading of a span does not depend on the order the document's spans come in."""

from __future__ import annotations

import copy
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from lacuna.classify.learned.document import bucket, document_features, feature, hand_counts
from lacuna.conventions import Conventions
from lacuna.render import diplomatic

#: A tiny model: supplied unless the document says otherwise.
TINY = {
    "version": 1,
    "categories": ["gloss", "supplied"],
    "bias": {"gloss": 0.0, "supplied": 0.3},
    "weights": {
        "2–3 other glosses in the document": {"gloss": 1.0},
        "2–3 other supplied spans in the document": {"supplied": 1.0},
    },
}

AMBIGUOUS = "[Chiang Kai-shek's party]"
QUESTION = f"He then raised the question of the Kuomintang {AMBIGUOUS} at length."
#: Two brackets hand rules read as glosses (``title_names``): the translator identifies.
GLOSSING = [
    "The deputy minister [Le Duc Tho] spoke first.",
    "The chairman [Mao Zedong] answered him.",
]
#: Two brackets hand rules read as supplied words (``function_word``): the translator supplies.
SUPPLYING = [
    "There are [no] reasons to doubt it.",
    "We have [the] documents here.",
]


def _tiny() -> Conventions:
    data = copy.deepcopy(Conventions.default().data)
    data["learned"] = {"weights": TINY}
    return Conventions(data)


def _reading(text: str, inside: str, conv: Conventions | None = None) -> lacuna.Span:
    for span in lacuna.parse(text, conventions=conv).spans():
        if span.text == inside:
            return span
    raise AssertionError(f"no span {inside!r}")


def test_buckets_and_names():
    assert [bucket(n) for n in (0, 1, 2, 3, 4, 9)] == [None, "1", "2–3", "2–3", "4+", "4+"]
    assert feature("gloss", 1) == "1 other gloss in the document"
    assert feature("gloss", 3) == "2–3 other glosses in the document"
    assert feature("supplied", 5) == "4+ other supplied spans in the document"
    assert feature("editor_note", 2) == "2–3 other editor's notes in the document"
    assert feature("gloss", 0) is None
    assert document_features({"supplied": 1, "gloss": 4}) == (
        "4+ other glosses in the document",
        "1 other supplied span in the document",
    )


def test_the_learned_rules_readings_are_not_counted():
    readings = [
        ("gloss", "title_names: names who 'minister' refers to"),
        ("gloss", "learned: gloss 0.9"),
        ("editor_note", "learned_note: editor_note 0.95"),
        ("supplied", "double brackets around: function_word: fills the sentence"),
        ("gap", "illegible: a word"),
    ]
    assert hand_counts(readings) == {"gloss": 1}


def test_the_same_bracket_reads_by_the_documents_convention():
    conv = _tiny()
    alone = _reading(QUESTION, AMBIGUOUS, conv)
    # gloss 0, supplied 0.3: supplied (no other span, no document feature)
    assert (alone.category, alone.because) == ("supplied", "learned: supplied 0.57")
    # two other glosses: gloss 1.0 against supplied 0.3, probability 1 / (1 + e^-0.7) = 0.67
    glossing = _reading(" ".join([*GLOSSING, QUESTION]), AMBIGUOUS, conv)
    assert glossing.category == "gloss"
    assert glossing.because == "learned: gloss 0.67 (2–3 other glosses in the document +1.0)"
    assert 1 / (1 + math.exp(-0.7)) == pytest.approx(0.668, abs=1e-3)
    assert glossing.glossed == "Kuomintang"
    # two other supplied spans: supplied 1.3 against gloss 0
    supplying = _reading(" ".join([*SUPPLYING, QUESTION]), AMBIGUOUS, conv)
    assert supplying.category == "supplied"
    assert supplying.because == "learned: supplied 0.79 (2–3 other supplied spans in the document +1.0)"
    assert not hasattr(supplying, "glossed")
    # the hand rules' readings stand
    assert _reading(" ".join([*GLOSSING, QUESTION]), "[Le Duc Tho]", conv).because.startswith("title_names:")


def test_other_learned_readings_are_no_evidence():
    conv = _tiny()
    # two more brackets the learned rule decides: they count for nothing (no feedback loop)
    text = " ".join([QUESTION, "He spoke of the Kuomintang [the old regime] too.", QUESTION])
    for span in lacuna.parse(text, conventions=conv).spans():
        assert span.because.startswith("learned: supplied 0.57"), span.because


def test_nested_and_double_brackets_take_the_second_look():
    conv = _tiny()
    text = " ".join([*GLOSSING, f"He then raised the question of the Kuomintang [{AMBIGUOUS}] at length."])
    spans = {s.text: s for s in lacuna.parse(text, conventions=conv).spans()}
    assert spans[AMBIGUOUS].category == "gloss"
    assert spans[f"[{AMBIGUOUS}]"].category == "gloss"
    assert spans[f"[{AMBIGUOUS}]"].because.startswith("double brackets around: learned: gloss 0.67")


SENTENCES = [*GLOSSING, *SUPPLYING, QUESTION, "He spoke of the Kuomintang [the old regime] too."]


@settings(max_examples=40, deadline=None)
@given(st.permutations(SENTENCES))
def test_a_spans_reading_does_not_depend_on_the_order_of_the_spans(order):
    conv = _tiny()
    want = {
        s.text: (s.category, s.because) for s in lacuna.parse(" ".join(SENTENCES), conventions=conv).spans()
    }
    got = {s.text: (s.category, s.because) for s in lacuna.parse(" ".join(order), conventions=conv).spans()}
    assert got == want


_PIECES = st.sampled_from(
    [
        *GLOSSING,
        *SUPPLYING,
        QUESTION,
        "The ambassador [Dobrynin] [illegible] replied.",
        "[Page 12]",
        "[Chiang Kai-shek's party",
        "]",
        "\n\n",
        "[[the old regime]]",
        "He said [that] the Soviet comrades [CPSU] agreed.",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=8), st.booleans())
def test_reading_is_deterministic_and_the_render_exact(pieces, shipped):
    text = " ".join(pieces)
    conv = None if shipped else _tiny()
    first = lacuna.parse(text, conventions=conv)
    second = lacuna.parse(text, conventions=conv)
    assert diplomatic(first) == text
    assert first.source() == text
    readings = [(s.start, s.end, s.category, s.because, getattr(s, "glossed", None)) for s in first.spans()]
    assert readings == [
        (s.start, s.end, s.category, s.because, getattr(s, "glossed", None)) for s in second.spans()
    ]


# The shipped model. Stalin's ciphered telegram to Kim Il Sung of 14 October 1950 (Document 21
# of a Cold War collection on books.google.com.tw, id j1SFAAAAIAAJ, p. 121; a dev page): the
# translator glosses the Russian ("vacillations [kolebaniy]", "glad [rad]") and a synonym
# ("temporary [provisional]"), which alone the model leaves supplied at 0.52.
TELEGRAM = (
    '"After vacillations [kolebaniy] and a series of temporary [provisional] decisions. the Chinese '
    "comrades at last made a final decision to render assistance to Korea with troops.\n\n"
    "I am glad [rad] that the final and favorable decision for Korea has been made at last."
)
#: The same sentence in a document whose other brackets supply missing words (``function_word``).
SUPPLYING_TELEGRAM = (
    '"After vacillations and a series of temporary [provisional] decisions. the Chinese comrades at '
    "last made a final decision to render assistance to Korea with troops.\n\n"
    "There are [no] grounds for delay. We have [the] armaments ready."
)


def test_the_shipped_model_reads_a_synonym_by_the_documents_convention():
    alone = _reading(TELEGRAM.split("\n\n")[0].replace(" [kolebaniy]", ""), "[provisional]")
    assert alone.category == "supplied" and alone.because.startswith("learned: supplied")
    glossing = _reading(TELEGRAM, "[provisional]")
    assert glossing.category == "gloss", glossing.because
    assert glossing.because.startswith("learned: gloss")
    assert "2–3 other glosses in the document" in glossing.because
    assert glossing.glossed == "temporary"
    supplying = _reading(SUPPLYING_TELEGRAM, "[provisional]")
    assert supplying.category == "supplied"
    assert "2–3 other supplied spans in the document" in supplying.because
    # the other brackets keep their hand rules' readings
    assert _reading(TELEGRAM, "[kolebaniy]").because.startswith("language_change:")
    assert _reading(SUPPLYING_TELEGRAM, "[no]").because.startswith("function_word:")
