"""The listing linkage on an embedded DuckDB: blocking, scoring and clustering as SQL over tables.

The same model (:class:`~lacuna.linkage.model.Model`) and the same results as the in-memory path, for
inputs that do not fit in memory as pairs: DuckDB spills joins and sorts to ``temp_directory``.
What runs where:

- Python, once per entry (linear), over the ``workers`` processes: normalisation
  (:func:`~lacuna.linkage.prepare.prepare`) and each blocking rule's keys
  (:func:`~lacuna.linkage.blocking.keys_between`) and orders, sent back as Arrow and numpy
  columns; the workers are forked before DuckDB starts, and see the prepared entries;
- SQL: blocks (``GROUP BY`` key, numbered), candidate pairs (an equi-join on the block number
  within blocks of at most ``max_block`` entries; in larger ones, sorted neighbourhoods as an
  equi-join of each row with the rows ``1..window`` places after it in the rule's order, so
  linear in the block);
- the workers again for the comparisons whose method is rapidfuzz (no DuckDB function gives
  ``fuzz.ratio``'s value): the candidate pairs stream out of DuckDB in ``batch`` es in
  ``(a, b)`` order, each batch one call of the methods' Python forms (the title first: pairs
  that cannot reach the threshold on it are dropped there), and their values stream back;
- SQL: the other comparisons (dates, pages, ambiguity: the methods' SQL forms), levels and
  weights (``CASE`` expressions generated from the comparisons' levels), and connected
  components by iterated min-label propagation;
- Python again only for components in which two entries of one page meet, the two ends of
  a vetoed pair, or complete titles with other numbers: the cannot-link clustering of
  :func:`~lacuna.linkage.cluster.greedy_components` on their edges alone.

``pairs_parquet`` / ``clusters_parquet`` write the scored pairs and the entry-to-document table
with ``COPY … (FORMAT parquet)``. Needs the ``duckdb`` extra (``pip install 'lacuna[duckdb]'``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from tempfile import TemporaryDirectory

import numpy as np

from lacuna.errors import LacunaError
from lacuna.linkage.cluster import Clustering, Documents, greedy_components, series_check
from lacuna.linkage.columns import mapped, subset, table, write
from lacuna.linkage.duckdb_tables import load_entries, load_keys
from lacuna.linkage.methods import METHODS, level_sql, value_sql
from lacuna.linkage.model import DEFAULT_MODEL, Comparison, Model
from lacuna.linkage.parallel import Pool, forked, no_gc, shared, spawned, state
from lacuna.linkage.prepare import Prepared, prepare
from lacuna.linkage.score import Matches, hopeless_mask, score_part, weigh
from lacuna.listing import Entry

__all__ = ["link_duckdb"]


def _modules():
    try:
        import duckdb
        import pyarrow as pa
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise LacunaError("the DuckDB engine needs duckdb and pyarrow: pip install 'lacuna[duckdb]'") from exc
    return duckdb, pa


def _value_sql(c: Comparison) -> str:
    """The SQL expression of a comparison's value over ``x`` (entry a) and ``y`` (entry b)."""
    return value_sql(c)


def _level_sql(c: Comparison, column: str) -> str:
    return level_sql(c, column)


def _weight_sql(c: Comparison, level: str) -> str:
    weights = ", ".join(repr(lev.weight) for lev in c.levels)
    sql = f"[{weights}][{level} + 1]"
    u = c.levels[0].u
    if c.tf_adjust and u is not None and u > 0:  # term-frequency adjustment, as score.tf_adjustment
        adjust = f"least(0.0, log2({u!r} / greatest(tf, 1e-300)))"
        sql = f"({sql} + CASE WHEN {level} = 0 THEN {adjust} ELSE 0.0 END)"
    return sql


def _veto_sql(c: Comparison, level: str) -> str:
    vetoes = [str(i) for i, lev in enumerate(c.levels) if lev.veto]
    return f"{level} IN ({', '.join(vetoes)})" if vetoes else "false"


# what the comparisons read (not the titles as listed: only the names key does)
_SCORE_FIELDS = frozenset({"titles", "written_titles", "summaries", "numbers", "written_numbers"})


# Keys are strings, hashed twice (grouped, then joined to number the blocks); everything after
# works on block numbers. Large blocks: each member with the next ``window`` in the rule's order
# (its rank in the ``ranks`` table of that order, looked up for the large blocks' members only).
_CANDIDATES_SQL = """
CREATE OR REPLACE TABLE blocks AS
    SELECT rule, key, count(*) AS size FROM keys GROUP BY rule, key HAVING count(*) >= 2;
CREATE OR REPLACE TABLE members AS
    SELECT b.block, k.entry, k.probe, b.size > r.max_block AS big, r.window_size, r.one_sided, r.sort
    FROM keys k
    JOIN (SELECT *, row_number() OVER () AS block FROM blocks) b USING (rule, key)
    JOIN rules r USING (rule);
CREATE OR REPLACE TABLE ordered AS
    SELECT m.block, m.entry, m.probe, m.window_size, m.one_sided,
           row_number() OVER (PARTITION BY m.block ORDER BY o.rank) AS rn
    FROM members m JOIN ranks o ON o.sort = m.sort AND o.entry = m.entry WHERE m.big;
CREATE OR REPLACE TABLE candidates AS
    SELECT DISTINCT least(p.entry, q.entry) AS a, greatest(p.entry, q.entry) AS b
    FROM members p JOIN members q ON p.block = q.block
    WHERE NOT p.big AND p.entry <> q.entry
      AND CASE WHEN p.one_sided THEN p.probe ELSE p.entry < q.entry END
    UNION
    SELECT least(p.entry, q.entry), greatest(p.entry, q.entry)
    FROM (SELECT *, unnest(range(1, window_size + 1)) AS step FROM ordered) p
    JOIN ordered q ON p.block = q.block AND q.rn = p.rn + p.step
    WHERE p.entry <> q.entry AND (NOT p.one_sided OR p.probe OR q.probe);
DROP TABLE members;
DROP TABLE ordered;
"""


def _in_python(model: Model) -> list[int]:
    """The comparisons computed by the workers: the first (pairs hopeless on it are dropped
    there) and those whose method is rapidfuzz (it has UDFs: no DuckDB function gives the same
    value); the others are DuckDB expressions (:func:`~lacuna.linkage.methods.value_sql`)."""
    return [i for i, c in enumerate(model.comparisons) if i == 0 or METHODS[c.method].udfs]


def _score_batch(pairs: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """In a worker: a batch of candidate pairs' kept rows and their Python-computed values; the
    entries the batch names are read from the mapped columns (:func:`batch_entries`)."""
    model: Model = state("duckdb_model")
    only = frozenset(model.comparisons[i].name for i in _in_python(model))
    prep: Prepared | None = state("duckdb_prep")
    local = pairs
    if prep is None:
        prep, local = batch_entries(mapped(state("duckdb_columns")), pairs)
    keep, values = score_part(prep, model, local, state("duckdb_hopeless"), only)
    return pairs[keep], values


def batch_entries(columns, pairs: np.ndarray) -> tuple[Prepared, np.ndarray]:
    """The entries a batch of pairs names, as a :class:`Prepared` of those rows of ``columns``
    alone, and the pairs renumbered into it."""
    rows, local = np.unique(pairs, return_inverse=True)
    return subset(columns, rows, fields=_SCORE_FIELDS), local.reshape(pairs.shape)


def _candidate_batches(con, batch: int, ordered: bool) -> Iterator[tuple[np.ndarray]]:
    """The candidate pairs as ``(k, 2)`` arrays of at most ``batch`` rows, read on a cursor of
    their own (the connection stays free for inserting the scores meanwhile); in ``(a, b)``
    order when ``ordered`` (a batch then names fewer entries: started workers read those)."""
    cursor = con.cursor()
    try:
        order = " ORDER BY a, b" if ordered else ""
        reader = cursor.sql(f"SELECT a, b FROM candidates{order}").to_arrow_reader(batch)
        for part in reader:
            if part.num_rows:
                pairs = np.empty((part.num_rows, 2), dtype=np.int64)
                pairs[:, 0] = part.column(0).to_numpy()
                pairs[:, 1] = part.column(1).to_numpy()
                yield (pairs,)
        reader.close()
    finally:
        cursor.close()


def _score(con, pa, pool: Pool, model: Model, batch: int, ordered: bool) -> None:
    """The ``pairs`` table: the candidates' values (rapidfuzz ones from the workers, streamed
    batch by batch; the others in SQL), levels, weights and decisions."""
    python = _in_python(model)
    names = [f"v{i}" for i in python]
    con.execute(
        "CREATE OR REPLACE TABLE head (a BIGINT, b BIGINT, " + ", ".join(f"{v} DOUBLE" for v in names) + ")"
    )
    for kept, values in pool.imap(_score_batch, _candidate_batches(con, batch, ordered)):
        columns = {"a": pa.array(kept[:, 0]), "b": pa.array(kept[:, 1])}
        for i, v in zip(python, names, strict=True):
            columns[v] = pa.array(values[model.comparisons[i].name])
        con.register("head_arrow", pa.table(columns))
        con.execute("INSERT INTO head SELECT * FROM head_arrow")
        con.unregister("head_arrow")
    n = len(model.comparisons)
    values_sql = ", ".join(
        f"h.v{i}" if i in python else f"{_value_sql(c)} AS v{i}" for i, c in enumerate(model.comparisons)
    )
    levels = ", ".join(f"{_level_sql(c, f'v{i}')} AS l{i}" for i, c in enumerate(model.comparisons))
    weight = " + ".join(_weight_sql(c, f"l{i}") for i, c in enumerate(model.comparisons))
    veto = " OR ".join(_veto_sql(c, f"l{i}") for i, c in enumerate(model.comparisons))
    con.execute(
        f"""
        CREATE OR REPLACE TABLE pairs AS
        SELECT a, b, tf, {", ".join(f"v{i}, l{i}" for i in range(n))},
               CASE WHEN {veto} THEN NULL ELSE {weight} END AS weight,
               (NOT ({veto}) AND {weight} >= {model.threshold!r}) AS accepted
        FROM (
            SELECT *, {levels} FROM (
                SELECT h.a, h.b, greatest(x.title_tf, y.title_tf) AS tf, {values_sql}
                FROM head h JOIN entries x ON x.idx = h.a JOIN entries y ON y.idx = h.b
            )
        )
        """
    )
    con.execute("DROP TABLE head")


def _components(con) -> None:
    """Connected components of the accepted pairs: each node labelled by its component's lowest node."""
    con.execute("CREATE OR REPLACE TABLE edges AS SELECT a, b, weight FROM pairs WHERE accepted")
    con.execute(
        "CREATE OR REPLACE TABLE label AS SELECT node, min(node) AS comp FROM "
        "(SELECT a AS node FROM edges UNION SELECT b FROM edges) GROUP BY node"
    )
    while True:
        con.execute(
            """
            CREATE OR REPLACE TABLE label_next AS
            SELECT node, min(comp) AS comp FROM (
                SELECT node, comp FROM label
                UNION ALL SELECT e.a, l.comp FROM edges e JOIN label l ON l.node = e.b
                UNION ALL SELECT e.b, l.comp FROM edges e JOIN label l ON l.node = e.a
            ) GROUP BY node
            """
        )
        changed = con.execute(
            "SELECT count(*) FROM label_next n JOIN label l USING (node) WHERE n.comp <> l.comp"
        ).fetchone()[0]
        con.execute("CREATE OR REPLACE TABLE label AS SELECT * FROM label_next")
        if not changed:
            break


def _cluster(con, pa, prep: Prepared) -> Clustering:
    _components(con)
    labels = np.arange(len(prep), dtype=np.int64)
    found = con.execute("SELECT node, comp FROM label").fetchnumpy()
    nodes = np.asarray(found["node"], dtype=np.int64)
    comps = np.asarray(found["comp"], dtype=np.int64)
    labels[nodes] = comps
    # Components where a page appears twice, or holding both ends of a vetoed pair: cannot-link
    # clustering of their edges, in Python.
    conflicted = con.execute(
        """
        SELECT l.comp FROM label l JOIN entries e ON e.idx = l.node
        GROUP BY l.comp HAVING count(*) > count(DISTINCT e.page)
        UNION
        SELECT la.comp FROM pairs p
        JOIN label la ON la.node = p.a JOIN label lb ON lb.node = p.b
        WHERE p.weight IS NULL AND la.comp = lb.comp
        UNION
        SELECT l.comp FROM label l JOIN entries e ON e.idx = l.node WHERE NOT e.truncated
        GROUP BY l.comp HAVING count(DISTINCT split_part(e.numbers, '|', 1)) > 1
        """
    ).fetchall()
    out = Clustering(labels=[])
    if conflicted:
        con.execute(
            "CREATE OR REPLACE TABLE conflicted AS SELECT unnest(?) AS comp", [[c for (c,) in conflicted]]
        )
        edges = con.execute(
            """
            SELECT e.weight, e.a, e.b FROM edges e JOIN label l ON l.node = e.a
            WHERE l.comp IN (SELECT comp FROM conflicted)
            ORDER BY e.weight DESC, e.a, e.b
            """
        ).fetchall()
        vetoed = con.execute(
            """
            SELECT p.a, p.b FROM pairs p JOIN label la ON la.node = p.a JOIN label lb ON lb.node = p.b
            WHERE p.weight IS NULL AND la.comp = lb.comp AND la.comp IN (SELECT comp FROM conflicted)
            """
        ).fetchall()
        members = sorted({int(x) for _, a, b in edges for x in (a, b)})
        local = {m: i for i, m in enumerate(members)}
        check = series_check(prep)
        sub = greedy_components(
            [int(prep.page[m]) for m in members],
            [(float(w), local[int(a)], local[int(b)]) for w, a, b in edges],
            [(local[int(a)], local[int(b)]) for a, b in vetoed],
            representatives=[check["representatives"][m] for m in members],
            compatible=lambda a, b: check["compatible"](members[a], members[b]),
        )
        for m, label in zip(members, sub.labels, strict=True):
            labels[m] = members[label]
        out.refused = [(w, members[a], members[b]) for w, a, b in sub.refused]
    out.labels = labels.tolist()
    con.register("labels_arrow", pa.table({"idx": np.arange(len(prep), dtype=np.int64), "label": labels}))
    con.execute(
        "CREATE OR REPLACE TABLE clusters AS SELECT e.idx, e.id, c.id AS cluster FROM entries e "
        "JOIN labels_arrow m ON m.idx = e.idx JOIN entries c ON c.idx = m.label ORDER BY e.idx"
    )
    con.unregister("labels_arrow")
    return out


def _fetch_pairs(con, model: Model, batch: int = 1 << 20) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The scored pairs back as columns, in (a, b) order as the in-memory path has them: streamed
    in record batches into arrays allocated once (no whole Arrow table beside its numpy copy)."""
    n = con.execute("SELECT count(*) FROM pairs").fetchone()[0]
    pairs = np.empty((n, 2), dtype=np.int64)
    values = {c.name: np.empty(n, dtype=np.float64) for c in model.comparisons}
    columns = ", ".join(f"v{i}" for i in range(len(model.comparisons)))
    cursor = con.cursor()  # its own result: the connection stays free for the Parquet copies
    reader = cursor.sql(f"SELECT a, b, {columns} FROM pairs ORDER BY a, b").to_arrow_reader(batch)
    at = 0
    for part in reader:
        k = part.num_rows
        pairs[at : at + k, 0] = part.column(0).to_numpy()
        pairs[at : at + k, 1] = part.column(1).to_numpy()
        for i, c in enumerate(model.comparisons):
            values[c.name][at : at + k] = part.column(2 + i).to_numpy(zero_copy_only=False)
        at += k
    reader.close()
    cursor.close()
    return pairs[:at], {name: v[:at] for name, v in values.items()}


#: Entries past which the workers are started afresh, not forked, and the scores get a pool of
#: their own (see :func:`_link_duckdb`).
FRESH_POOL_ABOVE = 200_000


def _candidates_and_scores(con, pa, pool: Pool, model: Model, batch: int, ordered: bool) -> int:
    """The candidates' SQL, then the ``pairs`` table scored by ``pool`` (the candidates read in
    ``(a, b)`` order when ``ordered``); the candidates' count."""
    con.execute(_CANDIDATES_SQL)
    n_candidates = con.execute("SELECT count(*) FROM candidates").fetchone()[0]
    _score(con, pa, pool, model, batch, ordered)
    return int(n_candidates)


def link_duckdb(
    entries: Sequence[Entry],
    model: Model = DEFAULT_MODEL,
    *,
    workers: int = 1,
    database: str | Path = ":memory:",
    temp_directory: str | Path | None = None,
    memory_limit: str | None = None,
    pairs_parquet: str | Path | None = None,
    clusters_parquet: str | Path | None = None,
    batch: int = 200_000,
) -> tuple[Matches, Documents]:
    """Match and cluster ``entries`` in DuckDB; the same :class:`Matches` and :class:`Documents`
    as the in-memory engine (:func:`lacuna.linkage.link`) gives.

    ``database`` may be a file (tables stay there), ``temp_directory`` and ``memory_limit``
    (``"2GB"``) bound what DuckDB keeps in memory; the candidate pairs go to the ``workers``
    processes ``batch`` at a time (at most two batches each in flight).
    """
    with no_gc():  # (as the in-memory engine: collections would walk every entry's objects again)
        return _link_duckdb(
            entries,
            model,
            workers,
            database,
            temp_directory,
            memory_limit,
            pairs_parquet,
            clusters_parquet,
            batch,
        )


def _link_duckdb(
    entries: Sequence[Entry],
    model: Model,
    workers: int,
    database: str | Path,
    temp_directory: str | Path | None,
    memory_limit: str | None,
    pairs_parquet: str | Path | None,
    clusters_parquet: str | Path | None,
    batch: int,
) -> tuple[Matches, Documents]:
    duckdb, pa = _modules()
    prep = prepare(entries, workers=workers)
    values = {"duckdb_model": model, "duckdb_hopeless": hopeless_mask(model)}
    # Up to FRESH_POOL_ABOVE entries, one pool forked before DuckDB starts (its threads are never
    # forked) computes the keys and the scores: the workers see the prepared entries as they are
    # here, start at no cost and convert nothing. Past it, workers started afresh (they copy
    # none of this process's pages as they touch them) read the entries from a mapped columns
    # file, and two pools, each ended when its stage is: the keys' workers grow with whole-input
    # rules (rare words, cut-off starts: 1-2.4 GiB at 1M) and would keep that memory through
    # the scoring; the scoring pool starts before the candidates' SQL, and imports meanwhile.
    started = workers > 1 and len(prep) > FRESH_POOL_ABOVE
    stages = ExitStack()
    con = None
    try:
        with TemporaryDirectory(prefix="lacuna-duckdb-") as scratch:
            columns = None
            if started:  # the workers read the entries from this file, mapped
                values["duckdb_columns"] = str(Path(scratch) / "entries.arrow")
                columns = table(prep)
                write(columns, values["duckdb_columns"])
            else:
                stages.enter_context(shared(duckdb_prep=prep, **values))
                pool = stages.enter_context(forked(workers))
            con = _connect(duckdb, database, temp_directory, memory_limit)

            def entries_table() -> None:  # while the workers compute the first keys
                nonlocal columns
                load_entries(con, pa, prep, columns)
                columns = None

            if started:
                with spawned(workers, duckdb_prep=None, **values) as pool:
                    load_keys(con, pa, pool, prep, model, entries_table)
                with spawned(workers, duckdb_prep=None, **values) as pool:
                    n_candidates = _candidates_and_scores(con, pa, pool, model, batch, ordered=True)
            else:
                load_keys(con, pa, pool, prep, model, entries_table)
                n_candidates = _candidates_and_scores(con, pa, pool, model, batch, ordered=False)
                stages.close()  # the workers end: clustering is this process's
            clustering = _cluster(con, pa, prep)
            pairs, scores = _fetch_pairs(con, model)
            _write_parquet(con, model, pairs_parquet, clusters_parquet)
    finally:
        stages.close()
        if con is not None:
            con.close()
    matches = weigh(prep, model, pairs, scores)
    matches.candidates = int(n_candidates)
    ids = [e.id for e in prep.entries]
    docs = Documents(matches, clustering, [ids[label] for label in clustering.labels])
    return matches, docs


def _connect(duckdb, database: str | Path, temp_directory: str | Path | None, memory_limit: str | None):
    con = duckdb.connect(str(database))
    if temp_directory is not None:
        con.execute("SET temp_directory = ?", [str(temp_directory)])
    if memory_limit is not None:
        con.execute("SET memory_limit = ?", [memory_limit])
    con.execute("SET preserve_insertion_order = false")
    return con


def _write_parquet(
    con, model: Model, pairs_parquet: str | Path | None, clusters_parquet: str | Path | None
) -> None:
    if pairs_parquet is not None:
        cols = ", ".join(
            f"p.v{i} AS {c.name}, p.l{i} AS {c.name}_level" for i, c in enumerate(model.comparisons)
        )
        con.execute(
            f"COPY (SELECT x.id AS a, y.id AS b, {cols}, p.weight, p.accepted FROM pairs p "
            "JOIN entries x ON x.idx = p.a JOIN entries y ON y.idx = p.b ORDER BY p.a, p.b) "
            f"TO '{_quote(pairs_parquet)}' (FORMAT parquet)"
        )
    if clusters_parquet is not None:
        con.execute(
            "COPY (SELECT id, cluster FROM clusters ORDER BY idx) "
            f"TO '{_quote(clusters_parquet)}' (FORMAT parquet)"
        )


def _quote(path: str | Path) -> str:
    text = str(path)
    if "\x00" in text:
        raise LacunaError(f"{path!r}: not a file name")
    return text.replace("'", "''")
