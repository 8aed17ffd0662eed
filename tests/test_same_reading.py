"""One document, one reading of the same bracket (consist46, issue 13;
:mod:`lacuna.classify.learned.same_reading`): the parser's second look gives a span a weak rule
read (the learned rule, the fallback, ``completes_name``) the category the hand rules gave the
same inside elsewhere in the document; a gloss only after the same glossed words or another form
of them.

The must-read shapes are dev's: the Royal Collection's record of Qianlong's edicts (a field label
glued to the name: ``WriterCh'ien Long``), a course reader on the Japanese kokutai (the title in
capitals, then the body). The near misses: function words and figures supplied in one place and
something else in another, a surname supplied after a first name and glossed after another name,
a key only the learned rule read, an inside the hand rules read two ways."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from lacuna.classify.learned.same_reading import evidence, glossed_before, key, runs_before, weak
from lacuna.conventions import Conventions

#: A tiny model that reads every cue-less bracket as a gloss (the hand rules' readings stand).
GLOSSING_MODEL = {
    "version": 1,
    "categories": ["gloss", "supplied"],
    "bias": {"gloss": 1.0, "supplied": 0.0},
    "weights": {},
}

QIANLONG = (
    "TitleTwo edicts from Emperor Ch'ien-Lung [Qianlong] of China to George III, and two lists of gifts.\n"
    "Date[?October 1793]\nWriterCh'ien Long [Qianlong], Emperor of China\n"
)
KOKUTAI = (
    "FOUR STAGES OF THE JAPANESE KOKUTAI [NATIONAL ESSENCE] John S. Brownlee\n"
    "The Kokutai [National Essence] was taught in every school."
)
QUESTION = "He then raised the question of the Kuomintang [Chiang Kai-shek's party] at length."


def _glossing() -> Conventions:
    data = copy.deepcopy(Conventions.default().data)
    data["learned"] = {"weights": GLOSSING_MODEL}
    return Conventions(data)


def _spans(text: str, conv: Conventions | None = None) -> list[lacuna.Span]:
    return list(lacuna.parse(text, conventions=conv).spans())


def test_another_form_of_the_name_takes_the_gloss():
    first, _, second = _spans(QIANLONG)
    assert (first.category, first.glossed) == ("gloss", "Ch'ien-Lung")
    assert second.category == "gloss"
    assert (
        second.because == "same_reading: the same '[Qianlong]' is read as gloss by rule same_name at line 1"
    )
    assert second.glossed == "Long"


def test_the_same_words_in_capitals_take_the_gloss():
    title, body = _spans(KOKUTAI)
    assert (title.category, title.glossed) == ("gloss", "KOKUTAI")
    assert title.because == (
        "same_reading: the same '[NATIONAL ESSENCE]' is read as gloss by rule other_name at line 2"
    )
    assert body.because.startswith("other_name:")


def test_a_learned_reading_takes_the_hand_rules_reading():
    conv = _glossing()
    (alone,) = _spans(QUESTION, conv)
    assert (alone.category, alone.because) == ("gloss", "learned: gloss 0.73")
    learned, hand = _spans(f"{QUESTION} He spoke of [Chiang Kai-shek's party] too.", conv)
    assert learned.category == "supplied"
    assert learned.because == (
        "same_reading: the same '[Chiang Kai-shek's party]' is read as supplied"
        " by rule function_word at line 1"
    )
    assert not hasattr(learned, "glossed")
    assert hand.because.startswith("function_word:")


def test_function_words_figures_and_pronouns_are_never_carried():
    conv = Conventions.default()
    for inside in ("the", "and", " of the ", "1", "12", "?", "him", "he", "...", ""):
        assert key(inside, conv) is None, inside
    assert key(" Chiang  Kai-shek's party ", conv) == "chiang kai-shek's party"
    assert key("NATIONAL ESSENCE", conv) == key("National Essence", conv)
    glossing = _glossing()
    learned, hand = _spans(
        "He raised the question of the Kuomintang [the] at length. He spoke of [the] too.", glossing
    )
    assert learned.because == "learned: gloss 0.73"
    assert hand.because.startswith("function_word:")


def test_a_surname_supplied_after_a_first_name_is_no_gloss():
    # the gloss after "Baker" glosses "Baker": "Howard [Baker]" completes a name
    glossed, supplied = _spans("Then Senator Baker [Baker] left. Howard [Baker] stayed.")
    assert glossed.because.startswith("same_name:")
    assert (supplied.category, supplied.because) == (
        "supplied",
        "completes_name: completes the name before it",
    )
    # nor after a word that is not the glossed one
    _, later = _spans(
        "Filippov [Stalin] wrote. He then raised the question of the Kuomintang [Stalin] at length."
    )
    assert later.because.startswith("completes_name:")


def test_a_key_only_the_learned_rule_read_carries_nothing():
    conv = _glossing()
    text = f"{QUESTION} Later the Kuomintang [Chiang Kai-shek's party] came up again."
    for span in _spans(text, conv):
        assert span.because == "learned: gloss 0.73"


def test_an_inside_the_hand_rules_read_two_ways_carries_nothing():
    conv = _glossing()
    target = "He spoke of the Kuomintang [the old regime] too."
    (alone,) = _spans(f"{target} We spoke of [the old regime].", conv)[:1]
    assert alone.because.startswith("same_reading: the same '[the old regime]' is read as supplied")
    # a gloss of a pronoun and supplied words: no convention, the learned reading stands
    text = f"{target} We spoke of [the old regime]. He met them [the old regime] at length."
    readings = [s.because.partition(":")[0] for s in _spans(text, conv)]
    assert readings == ["learned", "function_word", "pronoun_identified"]


def test_what_is_weak_and_what_is_evidence():
    assert weak("learned: gloss 0.73")
    assert weak("learned: unsure of gloss 0.55: supplied")
    assert weak("default: words without a cue")
    assert weak("no_words: default: words without a cue")
    assert weak("completes_name: completes the name before it")
    assert not weak("function_word: after the function word 'of': fills the sentence")
    assert evidence("gloss", "same_name: the same name spelt another way")
    for because in (
        "learned: gloss 0.73",
        "learned_note: editor_note 0.95",
        "double brackets around: same_name: the same name spelt another way",
        "same_reading: the same '[Stalin]' is read as gloss by rule same_name at line 1",
        "completes_name: completes the name before it",
        "default: words without a cue",
    ):
        assert not evidence("gloss", because), because
    assert not evidence("gap", "gap_reason: reason 'illegible'")  # (not a category carried)


def test_glossed_words_before():
    text = "WriterCh'ien Long [Qianlong]"
    at = text.index("[")
    runs = [["Ch'ien-Lung", "Emperor Ch'ien-Lung"]]
    assert glossed_before(text, at, runs) == (text.index("Long"), at - 1, 0)
    assert glossed_before(text, at, [["Qianlong"], ["Kokutai"]]) is None
    text = "the Kokutai, [National Essence]"
    assert glossed_before(text, text.index("["), [["KOKUTAI"]]) == (4, 11, 0)
    text = "the Kokutai.\n[National Essence]"
    assert glossed_before(text, text.index("["), [["KOKUTAI"]]) is None  # (a sentence ends between)
    assert glossed_before("[National Essence]", 0, [["KOKUTAI"]]) is None


def test_runs_before_stop_at_punctuation():
    text = "said the Emperor Ch'ien-Lung [Qianlong]"
    runs = [text[a:b] for a, b in runs_before(text, text.index("["))]
    assert runs == ["Ch'ien-Lung", "Emperor Ch'ien-Lung", "the Emperor Ch'ien-Lung"]
    text = "as he said. Kokutai [National Essence]"
    assert [text[a:b] for a, b in runs_before(text, text.index("["))] == ["Kokutai"]


SENTENCES = [
    QUESTION,
    "He spoke of [Chiang Kai-shek's party] too.",
    "Then Senator Baker [Baker] left.",
    "Howard [Baker] stayed.",
    "The deputy minister [Le Duc Tho] spoke first.",
    "We have [the] documents here.",
]


@settings(max_examples=40, deadline=None)
@given(st.permutations(SENTENCES))
def test_the_readings_do_not_depend_on_the_order_of_the_sentences(order):
    conv = _glossing()
    want = sorted((s.text, s.category) for s in _spans(" ".join(SENTENCES), conv))
    got = sorted((s.text, s.category) for s in _spans(" ".join(order), conv))
    assert got == want
    assert ("[Chiang Kai-shek's party]", "gloss") not in want
