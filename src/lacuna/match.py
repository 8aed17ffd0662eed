"""Former home of the listing linkage; it lives in :mod:`lacuna.linkage` now (kept for old imports)."""

from __future__ import annotations

from lacuna.linkage.blocking import blocking_keys, candidates, key_table, order_ranks
from lacuna.linkage.comparisons import (
    coverage,
    days_apart,
    numbers_agree,
    similarity,
    substitutions,
    title_ratio,
)
from lacuna.linkage.methods import comparison_values, levels_of
from lacuna.linkage.model import (
    DEFAULT_BLOCKING,
    DEFAULT_COMPARISONS,
    DEFAULT_MODEL,
    BlockingRule,
    Comparison,
    Level,
    Model,
)
from lacuna.linkage.prepare import Prepared, cut_ambiguity, cut_words, key, normalise, numbers_of, prepare
from lacuna.linkage.score import Contribution, Explanation, Matches, explain, match, score

__all__ = [
    "DEFAULT_BLOCKING",
    "DEFAULT_COMPARISONS",
    "DEFAULT_MODEL",
    "BlockingRule",
    "Comparison",
    "Contribution",
    "Explanation",
    "Level",
    "Matches",
    "Model",
    "Prepared",
    "blocking_keys",
    "candidates",
    "comparison_values",
    "coverage",
    "cut_ambiguity",
    "cut_words",
    "days_apart",
    "explain",
    "key",
    "key_table",
    "levels_of",
    "match",
    "normalise",
    "numbers_agree",
    "numbers_of",
    "order_ranks",
    "prepare",
    "score",
    "similarity",
    "substitutions",
    "title_ratio",
]
