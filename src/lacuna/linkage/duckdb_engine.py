"""The listing linkage on an embedded DuckDB: blocking, scoring and clustering as SQL over tables.

The same model (:class:`~lacuna.linkage.model.Model`) and the same results as the in-memory path, for
inputs that do not fit in memory as pairs: DuckDB spills joins and sorts to ``temp_directory``.
What runs where:

- Python, once per entry (linear): normalisation (:func:`~lacuna.linkage.prepare.prepare`) and each
  blocking rule's keys (:func:`~lacuna.linkage.blocking.blocking_keys`), loaded as Arrow tables;
- SQL: blocks (``GROUP BY`` key), candidate pairs (an equi-join within blocks of at most
  ``max_block`` entries; in larger ones, sorted neighbourhoods as an equi-join of each row with
  the rows ``1..window`` places after it in the rule's order, so linear in the block), scoring
  (each method's SQL form from :mod:`lacuna.linkage.methods`: rapidfuzz in vectorised Arrow
  UDFs, ``processor=None`` as in memory; dates and pages as SQL), levels and weights (``CASE``
  expressions generated from the comparisons' levels), and connected components by iterated
  min-label propagation;
- Python again only for components in which two entries of one page meet, the two ends of
  a vetoed pair, or complete titles with other numbers: the cannot-link clustering of
  :func:`~lacuna.linkage.cluster.greedy_components` on their edges alone.

``pairs_parquet`` / ``clusters_parquet`` write the scored pairs and the entry-to-document table
with ``COPY … (FORMAT parquet)``. Needs the ``duckdb`` extra (``pip install 'lacuna[duckdb]'``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from lacuna.errors import LacunaError
from lacuna.linkage.blocking import key_chunks, order_ranks
from lacuna.linkage.cluster import Clustering, Documents, greedy_components, series_check
from lacuna.linkage.methods import METHODS, level_sql, numbers_column_text, value_sql
from lacuna.linkage.model import DEFAULT_MODEL, Comparison, Model
from lacuna.linkage.parallel import no_gc
from lacuna.linkage.prepare import Prepared, prepare
from lacuna.linkage.score import Matches, weigh
from lacuna.listing import Entry

__all__ = ["link_duckdb"]


def _modules():
    try:
        import duckdb
        import pyarrow as pa
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise LacunaError("the DuckDB engine needs duckdb and pyarrow: pip install 'lacuna[duckdb]'") from exc
    return duckdb, pa


_SQL_TYPES = {"text": "VARCHAR", "numbers": "VARCHAR", "flag": "BOOLEAN"}


def _udfs(con, pa, workers: int) -> None:
    """Every registered method's UDFs (:data:`lacuna.linkage.methods.METHODS`) as vectorised Arrow UDFs."""

    def column(kind: str, x):
        if kind == "flag":
            return np.asarray(x.to_numpy(zero_copy_only=False), dtype=bool)
        return x.to_pylist()

    def wrap(udf):
        def call(arrays):
            cols = [column(kind, x) for kind, x in zip(udf.args, arrays, strict=True)]
            out = udf.kernel(*cols, workers=workers) if udf.threaded else udf.kernel(*cols)
            return pa.array(out, type=pa.float64())

        # DuckDB reads the arity from the signature: no *args
        if len(udf.args) == 2:
            return lambda a, b: call((a, b))
        if len(udf.args) == 4:
            return lambda a, b, c, d: call((a, b, c, d))
        if len(udf.args) == 6:
            return lambda a, b, c, d, e, f: call((a, b, c, d, e, f))
        raise LacunaError(f"UDF {udf.name}: {len(udf.args)} arguments (2, 4 or 6 are supported)")

    for method in METHODS.values():
        for udf in method.udfs:
            con.create_function(
                udf.name,
                wrap(udf),
                [_SQL_TYPES[k] for k in udf.args],
                "DOUBLE",
                type="arrow",
                null_handling="special",
                side_effects=False,
            )


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


def _load_entries(con, pa, prep: Prepared) -> None:
    table = pa.table(
        {
            "idx": pa.array(np.arange(len(prep), dtype=np.int64)),
            "id": pa.array([e.id for e in prep.entries]),
            "page": pa.array(prep.page),
            "title": pa.array(prep.titles, type=pa.string()),
            "written_title": pa.array(prep.written_titles, type=pa.string()),
            "summary": pa.array(prep.summaries, type=pa.string()),
            "numbers": pa.array(
                [numbers_column_text(k, w) for k, w in zip(prep.numbers, prep.written_numbers, strict=True)],
                type=pa.string(),
            ),
            "truncated": pa.array(prep.truncated),
            "date_day": pa.array(prep.date_day),
            "date_month": pa.array(prep.date_month),
            "date_year": pa.array(prep.date_year),
            "date_precision": pa.array(prep.date_precision.astype(np.int8)),
            "cut_ambiguity": pa.array(prep.cut_ambiguity),
            "title_tf": pa.array(prep.title_tf),
        }
    )
    con.register("entries_arrow", table)
    con.execute("CREATE OR REPLACE TABLE entries AS SELECT * FROM entries_arrow")
    con.unregister("entries_arrow")


def _load_keys(con, pa, prep: Prepared, model: Model) -> None:
    con.execute(
        "CREATE OR REPLACE TABLE keys (rule INTEGER, entry BIGINT, key VARCHAR, probe BOOLEAN, rank BIGINT)"
    )
    rules = []
    ranks: dict[str, np.ndarray] = {}
    for r, rule in enumerate(model.blocking):
        if rule.order not in ranks:
            ranks[rule.order] = order_ranks(rule, prep)
        one_sided = False
        for first, keys, probes in key_chunks(rule, prep):  # a chunk of entries' keys at a time
            one_sided = one_sided or probes is not None
            counts = np.fromiter((len(k) for k in keys), dtype=np.int64, count=len(keys))
            entry = np.repeat(np.arange(first, first + len(keys), dtype=np.int64), counts)
            table = pa.table(
                {
                    "rule": pa.array(np.full(len(entry), r, dtype=np.int32)),
                    "entry": pa.array(entry),
                    "key": pa.array([k for ks in keys for k in ks], type=pa.string()),
                    "probe": pa.array(np.ones(len(entry), bool) if probes is None else probes[entry]),
                    "rank": pa.array(ranks[rule.order][entry]),
                }
            )
            del keys
            con.register("keys_arrow", table)
            con.execute("INSERT INTO keys SELECT * FROM keys_arrow")
            con.unregister("keys_arrow")
            del table
        rules.append((r, rule.max_block, rule.window, one_sided))
    con.execute(
        "CREATE OR REPLACE TABLE rules "
        "(rule INTEGER, max_block BIGINT, window_size BIGINT, one_sided BOOLEAN)"
    )
    if rules:
        con.executemany("INSERT INTO rules VALUES (?, ?, ?, ?)", rules)


_CANDIDATES_SQL = """
CREATE OR REPLACE TABLE blocks AS
    SELECT rule, key, count(*) AS size FROM keys GROUP BY rule, key HAVING count(*) >= 2;
CREATE OR REPLACE TABLE keyed AS
    SELECT k.*, b.size, r.max_block, r.window_size, r.one_sided,
           row_number() OVER (PARTITION BY k.rule, k.key ORDER BY k.rank) AS rn
    FROM keys k JOIN blocks b USING (rule, key) JOIN rules r USING (rule);
CREATE OR REPLACE TABLE candidates AS
    SELECT DISTINCT least(p.entry, q.entry) AS a, greatest(p.entry, q.entry) AS b
    FROM keyed p JOIN keyed q ON p.rule = q.rule AND p.key = q.key
    WHERE p.size <= p.max_block AND p.entry <> q.entry
      AND CASE WHEN p.one_sided THEN p.probe ELSE p.entry < q.entry END
    UNION
    SELECT least(p.entry, q.entry), greatest(p.entry, q.entry)
    FROM (SELECT *, unnest(range(1, window_size + 1)) AS step FROM keyed WHERE size > max_block) p
    JOIN keyed q ON p.rule = q.rule AND p.key = q.key AND q.rn = p.rn + p.step
    WHERE p.entry <> q.entry AND (NOT p.one_sided OR p.probe OR q.probe);
"""


def _score(con, model: Model) -> None:
    first, rest = model.comparisons[0], model.comparisons[1:]
    hopeless = sorted(model.hopeless_levels())
    keep = f"{_level_sql(first, 'v0')} NOT IN ({', '.join(map(str, hopeless))})" if hopeless else "true"
    # the title's values are stored before they are filtered on: a filter over a subquery's
    # UDF column may have the UDF evaluated once per reference
    con.execute(
        f"""
        CREATE OR REPLACE TABLE head_all AS
        SELECT c.a, c.b, {_value_sql(first)} AS v0
        FROM candidates c JOIN entries x ON x.idx = c.a JOIN entries y ON y.idx = c.b
        """
    )
    con.execute(f"CREATE OR REPLACE TABLE head AS SELECT a, b, v0 FROM head_all WHERE {keep}")
    con.execute("DROP TABLE head_all")
    values = ", ".join(f"{_value_sql(c)} AS v{i + 1}" for i, c in enumerate(rest))
    con.execute(
        f"""
        CREATE OR REPLACE TABLE scored AS
        SELECT h.a, h.b, greatest(x.title_tf, y.title_tf) AS tf, h.v0{", " + values if values else ""}
        FROM head h JOIN entries x ON x.idx = h.a JOIN entries y ON y.idx = h.b
        """
    )
    levels = ", ".join(f"{_level_sql(c, f'v{i}')} AS l{i}" for i, c in enumerate(model.comparisons))
    con.execute(f"CREATE OR REPLACE TABLE leveled AS SELECT *, {levels} FROM scored")
    n = len(model.comparisons)
    weight = " + ".join(_weight_sql(c, f"l{i}") for i, c in enumerate(model.comparisons))
    veto = " OR ".join(_veto_sql(c, f"l{i}") for i, c in enumerate(model.comparisons))
    con.execute(
        f"""
        CREATE OR REPLACE TABLE pairs AS
        SELECT a, b, tf, {", ".join(f"v{i}, l{i}" for i in range(n))},
               CASE WHEN {veto} THEN NULL ELSE {weight} END AS weight,
               (NOT ({veto}) AND {weight} >= {model.threshold!r}) AS accepted
        FROM leveled
        """
    )


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
) -> tuple[Matches, Documents]:
    """Match and cluster ``entries`` in DuckDB; the same :class:`Matches` and :class:`Documents`
    as the in-memory engine (:func:`lacuna.linkage.link`) gives.

    ``database`` may be a file (tables stay there), ``temp_directory`` and ``memory_limit``
    (``"2GB"``) bound what DuckDB keeps in memory.
    """
    with no_gc():  # (as the in-memory engine: collections would walk every entry's objects again)
        return _link_duckdb(
            entries, model, workers, database, temp_directory, memory_limit, pairs_parquet, clusters_parquet
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
) -> tuple[Matches, Documents]:
    duckdb, pa = _modules()
    prep = prepare(entries, workers=workers)
    con = duckdb.connect(str(database))
    try:
        if temp_directory is not None:
            con.execute("SET temp_directory = ?", [str(temp_directory)])
        if memory_limit is not None:
            con.execute("SET memory_limit = ?", [memory_limit])
        con.execute("SET preserve_insertion_order = false")
        _udfs(con, pa, workers)
        _load_entries(con, pa, prep)
        _load_keys(con, pa, prep, model)
        con.execute(_CANDIDATES_SQL)
        n_candidates = con.execute("SELECT count(*) FROM candidates").fetchone()[0]
        _score(con, model)
        clustering = _cluster(con, pa, prep)
        pairs, values = _fetch_pairs(con, model)
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
    finally:
        con.close()
    matches = weigh(prep, model, pairs, values)
    matches.candidates = int(n_candidates)
    ids = [e.id for e in prep.entries]
    docs = Documents(matches, clustering, [ids[label] for label in clustering.labels])
    return matches, docs


def _quote(path: str | Path) -> str:
    text = str(path)
    if "\x00" in text:
        raise LacunaError(f"{path!r}: not a file name")
    return text.replace("'", "''")
