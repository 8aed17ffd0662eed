"""The learned rules of the context chain (:mod:`lacuna.classify.context`): ``learned``, the last
word on a cue-less bracket, and ``learned_note``, an editor's note where the hand rules go by
position only; both take the model's answer for the span's window."""

from __future__ import annotations

import regex

from lacuna.classify.learned.document import current
from lacuna.classify.learned.inside_features import _LOWER_FIRST_BIT, _NOTE_WORD_BIT, _part_of
from lacuna.classify.learned.model import Model, model_of
from lacuna.classify.learned.window import _window_answer
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _Decision, _word_facts


def _glossed_words(c: _NearestOnly, name_after_capital: bool) -> int:
    """How many words back a learned gloss glosses, less one: the capitalised words of a name
    (up to the inside's own length) when a name inside follows a capitalised word, else the
    nearest word."""
    if not name_after_capital:
        return 0
    k = 0
    most = min(max(c.facts.few_words, 1), 3)
    while k + 1 < most:
        previous = c.word(k + 1)
        if previous is None:
            break
        pf = _word_facts(previous, c.conv)
        if not pf.name_word or pf.function or pf.title or pf.after_boundary:
            break
        k += 1
    return k


def _learned_note(c: _NearestOnly) -> _Decision:
    """Where the hand rules go by position only (at the start of a line, after punctuation),
    an editor's note when the learned rule is sure of it (``[Letter fragment 2]``,
    ``. [He laughs.]``): the same model, answering only ``editor_note`` with probability
    at least ``NOTE_CONFIDENCE``."""
    if c.glued or not (c.wf is None or c.wf.after_boundary):
        return None
    model = model_of(c.conv)
    if model is None or "editor_note" not in model.categories:
        return None
    raw = c.raw_inside()
    if c.wf is None and _DATELINE.fullmatch(raw.strip()) is not None:
        return None  # a letter's dateline opening its line ("[London, 22 March 1859]"): supplied
    part = c.conv._learned.get(raw) or _part_of(raw, c.facts, c.conv)
    if part[3] & (_LOWER_FIRST_BIT | _NOTE_WORD_BIT) == _LOWER_FIRST_BIT:
        return None  # the position alone: lower-case words without a note's word read on
    if (
        c.facts.few_words == 1
        and not part[3] & _NOTE_WORD_BIT
        and (c.facts.name_inside or _capitals_word(raw))
    ):
        # one name alone ("Moscow 12. [Stalin]"), or one word in capitals that no note's
        # vocabulary holds (a heading: "[BRAZIL]" on its own line): the position says nothing more
        return None
    category, probability, because, _ = _window_answer(c, model)
    if category != "editor_note" or probability < model.note_confidence:
        return None
    if not _inside_leans_to_note(model, part[0]):
        return None  # the position alone ("Moscow 12. [Stalin friendship]"): read on
    if c.wf is not None and not part[3] & _NOTE_WORD_BIT and not raw.rstrip().endswith((".", "?", "!", ":")):
        return None  # after a sentence, words without a note's word or a sentence of their own
    return category, because, None


_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
#: A letter's dateline the editors supplied at its head: a place (capitalised words, a comma)
#: and a date, or a date alone ("[London, 22 March 1859]", the MECW; "[1 September 1929]",
#: Stalin's letters to Molotov; "[July 17th 1945]").
_DATELINE = regex.compile(
    r"(?:(?-i:\p{Lu})[\p{L}.\x27’-]{1,30}(?:\s(?-i:\p{Lu})[\p{L}.\x27’-]{1,30}){0,2},\s{1,3})?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s{1,3}" + _MONTH + r"|" + _MONTH + r"\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?)"
    r"\s{1,3}\d{4}|" + _MONTH + r"\s{1,3}\d{4})\.?",
    regex.IGNORECASE,
)


def _capitals_word(raw: str) -> bool:
    """One word of five letters or more, all in capitals (longer than most acronyms)."""
    word = raw.strip()
    return word.isupper() and word.isalpha() and len(word) >= 5


def _inside_leans_to_note(model: Model, inside_features: tuple[str, ...]) -> bool:
    """Whether the features of the inside alone weigh for an editor's note over supplied
    words (the window's position may not make a note on its own)."""
    weights = model.weights
    lean = 0.0
    for feature in inside_features:
        per = weights.get(feature)
        if per is not None:
            lean += per.get("editor_note", 0.0) - per.get("supplied", 0.0)
    return lean > 0.0


def _learned(c: _NearestOnly) -> _Decision:
    """The learned last word (``[learned]`` weights, trained on the hand-labelled dev pages):
    a linear score of the features around the span; ``because`` names the strongest. On the
    parser's second look, the document's hand-read spans weigh too
    (:mod:`lacuna.classify.learned.document`)."""
    model = model_of(c.conv)
    if model is None:
        return None
    category, probability, because, name_after_capital = _window_answer(c, model, current())
    if category != "supplied" and probability < model.confidence and "supplied" in model.categories:
        # not sure: the words stay in the text (supplied), the reading says why
        return "supplied", f"unsure of {because}: supplied", None
    k = None
    if category == "gloss" and c.near is not None:
        k = _glossed_words(c, name_after_capital)
    return category, because, k
