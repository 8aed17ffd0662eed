"""The learned last word on a cue-less bracket: an explainable linear model (splink's way).

When no hand rule of the context chain (:mod:`lacuna.classify.context`) answers, the rule
``learned`` weighs what the rules already read of the span — the inside's shape (words,
capitals, digits, language, a name, a date), the words before it (a function word, a title or
role word, a possessive, a capitalised name, punctuation), the word after it, and how close
the inside is to the words before it (romanisation keys of :mod:`lacuna.normalize`, rapidfuzz)
— as binary features, and scores each category with a dot product of weights::

    score(category) = bias(category) + sum of weight(category, feature) over the features present

The highest score wins; its probability is the softmax of the scores, and ``because`` names the
features that pushed hardest, each with its weight for the winner minus that for the runner-up
(``learned: gloss 0.83 (a name inside after a role word +1.2, …)``).

The weights are data (``lacuna/data/classifier_model.json``, written by
``bench/train_classifier.py`` from the hand-labelled dev pages, deterministic); a conventions
table may carry its own (``[learned] weights``) or name another file (``[learned] model``), and
``[rules] disable = ["learned"]`` switches the rule off (the span stays supplied). Prediction is
pure Python: the features are read once per span window and the decision is cached with it.

The package's modules, one per job: :mod:`~lacuna.classify.learned.model` (the weights, the
prediction and ``because``, the model of a conventions table),
:mod:`~lacuna.classify.learned.inside_features` (what the inside alone gives),
:mod:`~lacuna.classify.learned.word_features` (what a word around the span gives),
:mod:`~lacuna.classify.learned.window` (a span's window: its features put together and crossed,
the model's answer for it, :func:`span_features`) and :mod:`~lacuna.classify.learned.rules`
(the rules ``learned`` and ``learned_note``).
"""

from __future__ import annotations

# (the names other modules, bench/ and the tests import from the package, private ones too)
from lacuna.classify.learned.inside_features import _facts_names, _inside_part, _note_words, _part_of  # noqa: F401
from lacuna.classify.learned.model import (  # noqa: F401
    CONFIDENCE,
    CROSS,
    NOTE_CONFIDENCE,
    SHOWN,
    VERSION,
    Model,
    model_of,
    predict,
)
from lacuna.classify.learned.rules import _learned, _learned_note  # noqa: F401
from lacuna.classify.learned.window import (  # noqa: F401
    _NO_FEATURES,
    _ORIGINAL_RUN,
    _SAME_ENDING,
    _SIMILAR,
    POSITIONS,
    _assemble,
    _bracket_part,
    _may_be_similar,
    _original_before,
    _pieces,
    _window_key,
    crossed,
    features,
    span_features,
)
from lacuna.classify.learned.word_features import (  # noqa: F401
    _after_part,
    _before_part,
    _english_kind,
    _second_part,
    _word_letters,
)

__all__ = ["Model", "features", "model_of", "predict"]
