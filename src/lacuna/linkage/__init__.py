"""Record linkage of listing entries: which entries of which pages list the same document.

One pipeline, in the manner of splink, each step a module:

- :mod:`~lacuna.linkage.model`: blocking rules, comparisons and levels as data, JSON in and out;
- :mod:`~lacuna.linkage.prepare`: matching keys through :mod:`lacuna.normalize`, columns;
- :mod:`~lacuna.linkage.blocking`: candidate pairs, near-linear in the input;
- :mod:`~lacuna.linkage.comparisons`: the comparison functions on columns of pairs (rapidfuzz inside);
- :mod:`~lacuna.linkage.methods`: each comparison method once, with its Python, SQL and UDF forms;
- :mod:`~lacuna.linkage.score`: values, levels, weights, match probabilities, explanations;
- :mod:`~lacuna.linkage.train`: m probabilities by EM over blocked pairs, u from random pairs;
- :mod:`~lacuna.linkage.cluster`: documents by constrained clustering (cannot-links kept);
- one module per engine: ``memory_engine``, ``duckdb_engine`` (its input tables in
  ``duckdb_tables``), ``spark_engine``.

>>> from lacuna.listing import read
>>> a = read("June 5, 1950\\n\\nTelegram from Mao Tse-tung to Chou En-lai on Tibet\\n", source="a")
>>> b = read("June 5, 1950\\n\\nTelegram from Mao Zedong to Zhou Enlai on Tibet\\n", source="b")
>>> matches, docs = link([*a, *b])
>>> docs.count
1
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from lacuna.errors import LacunaError
from lacuna.linkage.blocking import blocking_keys, candidates, key_table, order_ranks
from lacuna.linkage.cluster import Clustering, Documents, cluster, documents, greedy_components
from lacuna.linkage.methods import METHODS, Method, Udf, comparison_values, levels_of
from lacuna.linkage.model import (
    DEFAULT_BLOCKING,
    DEFAULT_COMPARISONS,
    DEFAULT_MODEL,
    BlockingRule,
    Comparison,
    Level,
    Model,
)
from lacuna.linkage.prepare import KEY_STEPS, Prepared, key, normalise, numbers_of, prepare
from lacuna.linkage.score import Contribution, Explanation, Matches, explain, match, score
from lacuna.linkage.workers import check_workers, usable_cores
from lacuna.listing import Entry

__all__ = [
    "DEFAULT_BLOCKING",
    "DEFAULT_COMPARISONS",
    "DEFAULT_MODEL",
    "ENGINES",
    "KEY_STEPS",
    "METHODS",
    "BlockingRule",
    "Clustering",
    "Comparison",
    "Contribution",
    "Documents",
    "Explanation",
    "Level",
    "Matches",
    "Method",
    "Model",
    "Prepared",
    "Udf",
    "blocking_keys",
    "candidates",
    "check_workers",
    "cluster",
    "comparison_values",
    "documents",
    "explain",
    "greedy_components",
    "key",
    "key_table",
    "levels_of",
    "link",
    "match",
    "normalise",
    "numbers_of",
    "order_ranks",
    "prepare",
    "score",
    "usable_cores",
]

#: Engine name → the module and function that link entries with it.
ENGINES: dict[str, tuple[str, str]] = {
    "memory": ("lacuna.linkage.memory_engine", "link_memory"),
    "duckdb": ("lacuna.linkage.duckdb_engine", "link_duckdb"),
    "spark": ("lacuna.linkage.spark_engine", "link_spark"),
}


def link(
    entries: Sequence[Entry],
    model: Model = DEFAULT_MODEL,
    *,
    engine: str = "memory",
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    **options: Any,
) -> tuple[Matches, Documents]:
    """Block, score and cluster ``entries`` with ``engine`` (``memory``, ``duckdb``, ``spark``):
    the scored pairs and the documents, the same whichever engine runs them.

    ``workers`` (at least 1) is capped at the usable cores. ``options`` go to the engine
    (DuckDB: ``database``, ``temp_directory``, ``memory_limit``, ``pairs_parquet``,
    ``clusters_parquet``; Spark: ``master``, ``spark``).
    """
    import importlib

    if engine not in ENGINES:
        raise LacunaError(f"unknown linkage engine {engine!r} (known: {', '.join(ENGINES)})")
    workers = check_workers(workers)
    module, name = ENGINES[engine]
    run = getattr(importlib.import_module(module), name)
    if engine == "memory":
        return run(entries, model, workers=workers, progress=progress, **options)
    return run(entries, model, workers=workers, **options)
