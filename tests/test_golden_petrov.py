"""Golden expectations for the Petrov document, written by hand from reading it."""

from __future__ import annotations

import pytest

import lacuna
from lacuna.render import clean
from lacuna.spans import span_records

# (span text, category, extent, quantity, unit, reason, conjecture), in document order.
EXPECTED = [
    ("[January]", "supplied", None, None, None, None, None),
    ("[date missing]", "gap", "date", 1, "date", "missing", None),
    # a note, and what it says is a gap: one word, off the page
    ("[Translator's note: one word off the page in the left margin]", "translator_note",
     "one word", 1, "word", "off the page", None),
    ("[no]", "supplied", None, None, None, None, None),
    ("[the USSR and]", "supplied", None, None, None, None, None),
    ("[or Chinese]", "supplied", None, None, None, None, None),
    ("[Chinese]", "supplied", None, None, None, None, None),
    ('[word off the page, possible "close"]', "gap", "word", 1, "word", "off the page", "close"),
    ("[word off the page]", "gap", "word", 1, "word", "off the page", None),
    ("[Zhizhong]", "supplied", None, None, None, None, None),
    ("[Xinjiang]", "supplied", None, None, None, None, None),
    ("[friendly]", "supplied", None, None, None, None, None),
    ("[international]", "supplied", None, None, None, None, None),
    ("[word off the page]", "gap", "word", 1, "word", "off the page", None),
    ("[Chinese]", "supplied", None, None, None, None, None),
    ("[the USSR]", "supplied", None, None, None, None, None),
    ("[Chinese]", "supplied", None, None, None, None, None),
    ("[?are awaiting?]", "uncertain", None, None, None, None, "are awaiting"),
    ('[one word missing, presumably "the CPC"]', "gap", "one word", 1, "word", "missing", "the CPC"),
    ("[with an agreement]", "supplied", None, None, None, None, None),
    ("[General]", "supplied", None, None, None, None, None),
    ("[half a line missing]", "gap", "half a line", 0.5, "line", "missing", None),
    ("[some text missing between pages]", "gap", "some text", None, "text",
     "missing between pages", None),
    ("[needs]", "supplied", None, None, None, None, None),
    ("[one word missing]", "gap", "one word", 1, "word", "missing", None),
    ("[in]", "supplied", None, None, None, None, None),
    ("[made]", "supplied", None, None, None, None, None),
    ("[to]", "supplied", None, None, None, None, None),
    ("[date]", "gap", "date", 1, "date", None, None),
    ("[email\u00a0protected]", "other", None, None, None, None, None),
]  # fmt: skip


@pytest.fixture(scope="module")
def doc(petrov):
    return petrov


def test_round_trip_is_byte_exact(doc, petrov_path):
    assert doc.source().encode("utf-8") == petrov_path.read_bytes()
    assert doc.diagnostics == ()


def test_every_span_read_as_a_reader_would(doc):
    got = [
        (r["text"], r["category"], r["extent"], r["quantity"], r["unit"], r["reason"], r["conjecture"])
        for r in span_records(doc)
    ]
    assert got == EXPECTED


def test_positions_of_known_spans(doc):
    spans = list(doc.spans())
    first = spans[0]
    assert (first.line, first.column) == (11, 4)  # "12 [January] 1947"
    uncertain = next(s for s in spans if s.category == "uncertain")
    assert (uncertain.line, uncertain.column) == (27, 274)
    last = spans[-1]
    assert last.line == 71


def test_translator_note_keeps_label_and_body_apart(doc):
    note = next(s for s in doc.spans() if s.category == "translator_note")
    assert isinstance(note, lacuna.Note)
    assert note.label == "Translator's note"
    assert note.body == "one word off the page in the left margin"


def test_uncertain_reading(doc):
    span = next(s for s in doc.spans() if s.category == "uncertain")
    assert isinstance(span, lacuna.Uncertain)
    assert span.reading == "are awaiting"
    assert span.cert == "low"


def test_clean_passage(doc):
    text = clean(doc)
    expected_first_sentences = (
        "On […] January I was visited by General Zhang Zhizhong, Chairman of the government of "
        "Xinjiang, who had recently arrived in Urumchi. In the conversation held between us Zhang "
        "Zhizhong stressed that he had applied all his efforts to organizing Soviet-Chinese […] in "
        "Xinjiang. Zhang Zhizhong thinks that there are no reasons in Xinjiang creating obstacles to "
        "a very serious friendship between the USSR and China."
    )
    assert expected_first_sentences in text
    assert "Now we are awaiting an answer, concluded Zhang Zhizhong." in text
    assert "the Chinese public […] by virtue of the fact that in talks […] needs peace" in text
    assert "Translator's note" not in text
    assert "left margin" not in text
    assert "12 January 1947" in text


def test_clean_gap_mark_is_configurable(doc):
    text = clean(doc, gap_mark="<gap/>")
    assert "relations between <gap/> and the KMT" in text
