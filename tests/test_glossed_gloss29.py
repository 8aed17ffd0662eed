"""The 29th round's glossed words: a gloss glosses no words of another span
(:func:`lacuna.classify.outside_closed_spans`)."""

from __future__ import annotations

import lacuna
from conftest import span_at
from lacuna.classify import outside_closed_spans

# The field report of the 29th round (a decrypt's line, quoted in the round's task): the
# words back from the gloss reached "a line illegible", the gap's own words.
FIELD = "as yet [half a line illegible] [Manchuria Malik Skip]"


def test_a_gloss_after_a_gap_glosses_none_of_the_gaps_words() -> None:
    gap = span_at(FIELD, "half a line illegible")
    assert gap.category == "gap"
    span = span_at(FIELD, "Manchuria Malik Skip")
    glossed_start = getattr(span, "glossed_start", None)
    assert glossed_start is None or glossed_start >= gap.end, span.glossed


def test_words_inside_a_span_closed_before_the_gloss_are_none() -> None:
    start = FIELD.index("[Manchuria")
    first = FIELD.index("a line")
    last = FIELD.index("]")
    assert outside_closed_spans(FIELD, first, last, start) is None


def test_a_span_opening_among_the_words_is_taken_whole() -> None:
    # https://wilson-center-digital-archive.dvincitest.com/document/cable-zhou-enlai-chai-junwu
    # ("Chai [Junwu] [Chai Chengwen]"): the name with its supplied given name is glossed
    text = "Chai [Junwu] [Chai Chengwen] said"
    start = text.index("[Chai Chengwen]")
    first = text.index("Chai")
    last = text.index("]")  # the words as a scan back leaves them: "Chai [Junwu"
    assert outside_closed_spans(text, first, last, start) == last + 1


def test_words_before_the_gloss_with_nothing_between_stay() -> None:
    text = "the Communist Party of the Soviet Union [CPSU] met"
    start = text.index("[CPSU]")
    first = text.index("Communist")
    last = start - 1
    assert outside_closed_spans(text, first, last, start) == last
    span = span_at(text, "CPSU")
    assert isinstance(span, lacuna.Gloss)
    assert span.glossed == "Communist Party of the Soviet Union"
