"""Romanisation keys: one comparison key for a name in any of its romanisations.

>>> from lacuna.normalize.romanization import name_key, same_name
>>> name_key("Chou En-lai") == name_key("Zhou Enlai") == name_key("CHOU ENLAI")
True
>>> name_key("Pak Geum-cheol") == name_key("Pak Kum Chol")
True
>>> name_key("Khrushchev") == name_key("Khrushchov") == name_key("Chruschtschow")
True
>>> same_name("Zhou Enlai", "Zhu De")
False

The tables are data (``lacuna/data/romanization.toml``): the pinyin syllables and their
Wade–Giles and postal spellings, the Korean syllable parts in McCune–Reischauer, Revised
Romanization and informal spellings, the Russian letter spellings of the common schemes.
docs/normalize.md ("Romanisation keys") says how a key is made and where the tables come from.

A key is an opaque lower-case ASCII string: compare keys for equality, or score them with
rapidfuzz (:func:`name_score`); never show one as a spelling.
"""

from __future__ import annotations

from lacuna.normalize.romanization.keys import (
    DEFAULT_SCORE_CUTOFF,
    consonant_key,
    name_key,
    name_keys,
    name_score,
    plain_key,
    reads_as_chinese,
    same_name,
    without_marks,
)
from lacuna.normalize.romanization.running import (
    all_english,
    fold_words,
    image_runs,
    is_name,
    name_runs,
    name_spans,
    places_outside_ascii,
    run_arrays,
    run_columns,
    run_matches,
    run_spans,
)

__all__ = [
    "DEFAULT_SCORE_CUTOFF",
    "all_english",
    "consonant_key",
    "fold_words",
    "image_runs",
    "is_name",
    "name_key",
    "name_keys",
    "name_runs",
    "name_score",
    "name_spans",
    "places_outside_ascii",
    "plain_key",
    "reads_as_chinese",
    "run_arrays",
    "run_columns",
    "run_matches",
    "run_spans",
    "same_name",
    "without_marks",
]
