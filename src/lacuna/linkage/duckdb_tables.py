"""The DuckDB engine's input tables, computed once per entry (linear) over the worker pool:
``entries`` (the prepared columns), ``keys`` (every blocking rule's keys), ``ranks`` (each
order's ranks) and ``rules`` (each rule's block limits), all sent back as Arrow and numpy
columns and inserted, never as Python rows.

The worker functions read the prepared entries from the pool's state (``duckdb_prep`` when
forked, else the mapped columns file ``duckdb_columns``) and the model (``duckdb_model``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from lacuna.linkage.blocking import key_spans, keys_between, order_ranks
from lacuna.linkage.columns import mapped, subset
from lacuna.linkage.methods import numbers_column_text
from lacuna.linkage.model import Model
from lacuna.linkage.parallel import Pool, state
from lacuna.linkage.prepare import Prepared

__all__ = ["load_entries", "load_keys"]


def load_entries(con, pa, prep: Prepared, columns=None) -> None:
    """The ``entries`` table: the prepared columns (from ``columns``, :func:`~lacuna.linkage.columns.table`,
    when given, else from ``prep`` itself), the ids and the numbers as one text column (read
    back by the ``numbers`` UDF)."""

    def column(name: str, attr: str, text: bool = False):
        if columns is not None:
            return columns.column(name)
        value = getattr(prep, attr)
        return pa.array(value, type=pa.string()) if text else pa.array(value)

    table = pa.table(
        {
            "idx": pa.array(np.arange(len(prep), dtype=np.int64)),
            "id": pa.array([e.id for e in prep.entries]),
            "page": column("page", "page"),
            "title": column("title", "titles", text=True),
            "written_title": column("written_title", "written_titles", text=True),
            "summary": column("summary", "summaries", text=True),
            "numbers": pa.array(
                [numbers_column_text(k, w) for k, w in zip(prep.numbers, prep.written_numbers, strict=True)],
                type=pa.string(),
            ),
            "truncated": pa.array(prep.truncated),
            "date_day": column("date_day", "date_day"),
            "date_month": column("date_month", "date_month"),
            "date_year": column("date_year", "date_year"),
            "date_precision": column("date_precision", "date_precision"),
            "cut_ambiguity": column("cut_ambiguity", "cut_ambiguity"),
            "title_tf": column("title_tf", "title_tf"),
        }
    )
    con.register("entries_arrow", table)
    con.execute("CREATE OR REPLACE TABLE entries AS SELECT * FROM entries_arrow")
    con.unregister("entries_arrow")


def _entries(lo: int = 0, hi: int | None = None, fields: frozenset[str] | None = None) -> Prepared:
    """In a worker: the prepared entries ``lo .. hi - 1`` (all by default; entry 0 the ``lo`` th)
    read from the mapped columns file, their text ``fields`` only when given; with one worker
    (no file), this process's own entries, all of them."""
    prep: Prepared | None = state("duckdb_prep")
    if prep is not None:
        return prep
    return subset(mapped(state("duckdb_columns")), lo=lo, hi=hi, fields=fields)


def _keys_part(r: int, lo: int, hi: int) -> tuple[int, np.ndarray, object, np.ndarray | None]:
    """In a worker: blocking rule ``r``'s keys of entries ``lo .. hi - 1`` as ``(rule, entry,
    key, probe)`` rows (the keys an Arrow array: sent back as buffers, not Python strings)."""
    import pyarrow as pa  # (a worker needs no duckdb)

    rule = state("duckdb_model").blocking[r]
    if rule.key == "all" and not rule.with_numbers:  # one block of every entry
        return r, np.arange(lo, hi, dtype=np.int64), pa.repeat("", hi - lo), None
    prep: Prepared | None = state("duckdb_prep")
    if prep is None:  # the entries lo .. hi - 1 alone, from the mapped columns
        fields = _KEY_FIELDS.get(rule.key)
        if fields is not None and rule.with_numbers:
            fields |= {"numbers"}
        keys, probes = keys_between(rule, _entries(lo, hi, fields), 0, hi - lo)
    else:
        keys, probes = keys_between(rule, prep, lo, hi)
    counts = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    entry = np.repeat(np.arange(lo, hi, dtype=np.int64), counts)
    key = pa.array([k for ks in keys for k in ks], type=pa.string())
    return r, entry, key, None if probes is None else probes[entry - lo]


# The text columns each kind of key reads (the titles always: they give the entries' count);
# numbers too for a rule ``with_numbers``; a key not named here reads every column.
_KEY_FIELDS: dict[str, frozenset[str]] = {
    "title": frozenset({"titles"}),
    "prefix": frozenset({"titles"}),
    "title_but_one": frozenset({"titles"}),
    "rare_tokens": frozenset({"titles"}),
    "cut_prefix": frozenset({"titles", "written_titles"}),
    "names": frozenset({"titles", "listed_titles"}),
    "summary_halves": frozenset({"titles", "summaries"}),
}
_ORDER_FIELDS = frozenset({"titles", "summaries"})  # what order_ranks reads


def _ranks_part(r: int) -> tuple[int, np.ndarray]:
    """In a worker: each entry's rank in blocking rule ``r``'s order."""
    return r, order_ranks(state("duckdb_model").blocking[r], _entries(fields=_ORDER_FIELDS))


def _keys_stage(kind: str, *args: int) -> tuple:
    """In a worker: one task of the keys' stage, :func:`_keys_part` or :func:`_ranks_part`."""
    return (kind, *(_keys_part(*args) if kind == "keys" else _ranks_part(*args)))


def load_keys(
    con, pa, pool: Pool, prep: Prepared, model: Model, meanwhile: Callable[[], None] | None = None
) -> None:
    """Every rule's keys and each order's ranks, computed over the pool's workers, into the
    ``keys`` and ``ranks`` tables (and the ``rules`` table); ``meanwhile`` runs here once the
    first tasks are out (the workers busy)."""
    con.execute("CREATE OR REPLACE TABLE keys (rule INTEGER, entry BIGINT, key VARCHAR, probe BOOLEAN)")
    con.execute("CREATE OR REPLACE TABLE ranks (sort INTEGER, entry BIGINT, rank BIGINT)")
    sorts = {order: s for s, order in enumerate(dict.fromkeys(rule.order for rule in model.blocking))}
    first_of_order: dict[str, int] = {}
    for r, rule in enumerate(model.blocking):
        first_of_order.setdefault(rule.order, r)
    one_sided = [False] * len(model.blocking)
    tasks = [
        ("keys", r, lo, hi) for r, rule in enumerate(model.blocking) for lo, hi in key_spans(rule, len(prep))
    ]
    # rules over the whole input first (a worker's largest tasks): while they run, the table
    # of keys is still empty (the order of its rows changes no result: blocks are sets); the
    # orders' ranks next, one stream: no worker waits for another's sort
    tasks.sort(key=lambda task: task[3] - task[2] < len(prep))
    whole = sum(task[3] - task[2] == len(prep) for task in tasks)
    tasks[whole:whole] = [("ranks", r) for r in first_of_order.values()]
    for kind, r, *found in pool.imap(_keys_stage, tasks, meanwhile=meanwhile):
        if kind == "ranks":
            (rank,) = found
            table = pa.table(
                {
                    "sort": pa.array(np.full(len(rank), sorts[model.blocking[r].order], dtype=np.int32)),
                    "entry": pa.array(np.arange(len(rank), dtype=np.int64)),
                    "rank": pa.array(rank),
                }
            )
            into = "ranks"
        else:
            entry, key, probe = found
            one_sided[r] = one_sided[r] or probe is not None
            table = pa.table(
                {
                    "rule": pa.array(np.full(len(entry), r, dtype=np.int32)),
                    "entry": pa.array(entry),
                    "key": key,
                    "probe": pa.array(np.ones(len(entry), bool) if probe is None else probe),
                }
            )
            into = "keys"
        con.register("stage_arrow", table)
        con.execute(f"INSERT INTO {into} SELECT * FROM stage_arrow")
        con.unregister("stage_arrow")
        del table, found
    rules = [
        (r, rule.max_block, rule.window, one_sided[r], sorts[rule.order])
        for r, rule in enumerate(model.blocking)
    ]
    con.execute(
        "CREATE OR REPLACE TABLE rules "
        "(rule INTEGER, max_block BIGINT, window_size BIGINT, one_sided BOOLEAN, sort INTEGER)"
    )
    if rules:
        con.executemany("INSERT INTO rules VALUES (?, ?, ?, ?, ?)", rules)
