"""The listing linkage on Apache Spark: blocking and scoring as Spark SQL, Parquet in and out.

The same model (:class:`~lacuna.linkage.model.Model`) and the same documents as the in-memory
engine, for catalogues past one machine. What runs where:

- driver, Python, once per entry (linear): normalisation (:func:`~lacuna.linkage.prepare.prepare`)
  and each blocking rule's keys (:func:`~lacuna.linkage.blocking.blocking_keys`), sent to Spark as
  the ``entries`` and ``keys`` tables;
- Spark SQL: blocks (a window by key), candidate pairs (an equi-join within blocks of at most
  ``max_block`` entries; in larger ones, sorted neighbourhoods as an equi-join of each row with
  the rows ``1..window`` places after it in the rule's order), scoring (each method's SQL form from
  :mod:`lacuna.linkage.methods`; its UDFs registered as Spark pandas UDFs that call the very
  kernels the in-memory engine calls), levels, weights, vetoes and the decision;
- driver again: the scored pairs that survive the title's pruning (a few per entry) come back as
  columns, and the constrained clustering is the in-memory engine's own
  (:func:`~lacuna.linkage.cluster.documents`: union-find over the accepted pairs by descending
  weight, refusing a merge that puts one page twice in a document, joins a vetoed pair, or
  joins complete titles whose numbers differ). Connected components with cannot-links are not
  a join: the greedy order decides which edge is refused, so the step runs where the in-memory
  engine runs it, on the few accepted edges, and gives the same documents.

``parquet_out`` writes ``entries/``, ``pairs/`` (by the executors) and ``documents/`` there;
:func:`read_entries` reads an ``entries`` table back (local or cluster paths). Needs the ``spark``
extra (``pip install 'lacuna[spark]'``) and Java 17.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from lacuna.dates import PartialDate
from lacuna.errors import LacunaError
from lacuna.linkage.blocking import blocking_keys, order_ranks
from lacuna.linkage.cluster import Documents, documents
from lacuna.linkage.methods import METHODS, Udf, level_sql, numbers_column_text, value_sql
from lacuna.linkage.model import DEFAULT_MODEL, Comparison, Model
from lacuna.linkage.prepare import Prepared, prepare
from lacuna.linkage.score import Matches, weigh
from lacuna.listing import Entry

__all__ = ["ENTRY_SCHEMA", "java_missing", "link_spark", "read_entries", "session"]

#: The ``entries`` Parquet table: what :func:`read_entries` reads and ``parquet_out`` writes.
ENTRY_SCHEMA = (
    "id STRING, file STRING, line BIGINT, date STRING, date_text STRING, title STRING, "
    "summary STRING, truncated BOOLEAN"
)

_NAN = "CAST('NaN' AS DOUBLE)"


def java_missing() -> str | None:
    """Why Spark cannot start here (no Java), or None when a ``java`` is found."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return None
    if shutil.which("java"):
        return None
    return (
        "no Java runtime (Spark needs Java 17): install one (Debian: openjdk-17-jre-headless) "
        "or set JAVA_HOME"
    )


def _modules() -> Any:
    try:
        import pandas  # noqa: F401  (pandas UDFs)
        import pyarrow  # noqa: F401
        import pyspark.sql
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise LacunaError(
            "the Spark engine needs pyspark, pandas and pyarrow: pip install 'lacuna[spark]'"
        ) from exc
    missing = java_missing()
    if missing:
        raise LacunaError(f"the Spark engine cannot start: {missing}")
    return pyspark.sql


def session(master: str | None = None, config: dict[str, str] | None = None) -> Any:
    """The active SparkSession, or a new one on ``master`` (``local[2]``, ``spark://…``, ``yarn``;
    None: what ``spark-submit`` gave, else ``local[*]``) with ``config`` on top of lacuna's
    defaults (no UI nor progress bars, Arrow transfers, in local mode 2 shuffle partitions)."""
    sql = _modules()
    active = sql.SparkSession.getActiveSession()
    if active is not None and master is None and not config:
        return active
    local = master is None or master.startswith("local")
    if local:
        # executors of a local run are this interpreter (its lacuna, rapidfuzz, pandas)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = sql.SparkSession.builder.appName("lacuna listings")
    if master is not None:
        builder = builder.master(master)
    defaults = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",  # no progress bars over lacuna's stderr
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        "spark.sql.session.timeZone": "UTC",
    }
    if local:
        defaults["spark.sql.shuffle.partitions"] = "2"
    for k, v in {**defaults, **(config or {})}.items():
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# --------------------------------------------------------------------------- UDFs


def _text_column(series: Any) -> list[str | None]:
    # pandas 3 reads a string column as its "str" dtype, NaN for null: back to str / None
    return [x if isinstance(x, str) else None for x in series]


def _pandas_udf(udf: Udf) -> Any:
    """``udf`` as a Spark pandas UDF returning doubles: the registry's kernel on each Arrow batch."""
    import pandas as pd
    from pyspark.sql.functions import pandas_udf

    kernel, kinds, threaded = udf.kernel, udf.args, udf.threaded

    def call(*series: Any) -> Any:
        cols = [
            np.asarray(s.to_numpy(dtype=bool)) if kind == "flag" else _text_column(s)
            for kind, s in zip(kinds, series, strict=True)
        ]
        out = kernel(*cols, workers=1) if threaded else kernel(*cols)
        return pd.Series(np.asarray(out, dtype=np.float64))

    # pandas UDFs read their kind from the type hints of fixed parameters: no *args
    def two(a, b):
        return call(a, b)

    def four(a, b, c, d):
        return call(a, b, c, d)

    def six(a, b, c, d, e, f):
        return call(a, b, c, d, e, f)

    fn = {2: two, 4: four, 6: six}.get(len(kinds))
    if fn is None:
        raise LacunaError(f"UDF {udf.name}: {len(kinds)} arguments (2, 4 or 6 are supported)")
    fn.__annotations__ = {**dict.fromkeys("abcdef"[: len(kinds)], pd.Series), "return": pd.Series}
    fn.__name__ = udf.name
    return pandas_udf(fn, "double")


def register_udfs(spark: Any) -> None:
    """Every registered method's UDFs (:data:`lacuna.linkage.methods.METHODS`) as pandas UDFs of
    ``spark``'s SQL, under their registry names."""
    for method in METHODS.values():
        for udf in method.udfs:
            spark.udf.register(udf.name, _pandas_udf(udf))


# --------------------------------------------------------------------------- SQL


def _value(c: Comparison) -> str:
    # a pandas UDF's NaN arrives as NULL (Arrow's missing value): the levels test isnan
    return f"coalesce({value_sql(c)}, {_NAN})"


def _weight_sql(c: Comparison, level: str) -> str:
    whens = " ".join(f"WHEN {i} THEN CAST({lev.weight!r} AS DOUBLE)" for i, lev in enumerate(c.levels))
    sql = f"CASE {level} {whens} END"
    u = c.levels[0].u
    if c.tf_adjust and u is not None and u > 0:  # term-frequency adjustment, as score.tf_adjustment
        adjust = (
            f"least(CAST(0 AS DOUBLE), log2(CAST({u!r} AS DOUBLE) / greatest(tf, CAST(1e-300 AS DOUBLE))))"
        )
        sql = f"({sql} + CASE WHEN {level} = 0 THEN {adjust} ELSE CAST(0 AS DOUBLE) END)"
    return sql


def _veto_sql(c: Comparison, level: str) -> str:
    vetoes = [str(i) for i, lev in enumerate(c.levels) if lev.veto]
    return f"{level} IN ({', '.join(vetoes)})" if vetoes else "false"


# one shuffle by (rule, key): the block's size and each row's place in the rule's order
_KEYED_SQL = """
SELECT * FROM (
    SELECT k.*, r.max_block, r.window_size, r.one_sided,
           count(*) OVER (PARTITION BY k.rule, k.key) AS size,
           row_number() OVER (PARTITION BY k.rule, k.key ORDER BY k.rank) AS rn
    FROM keys k JOIN rules r ON k.rule = r.rule
) WHERE size >= 2
"""
_CANDIDATES_SQL = """
SELECT least(p.entry, q.entry) AS a, greatest(p.entry, q.entry) AS b
FROM keyed p JOIN keyed q ON p.rule = q.rule AND p.key = q.key
WHERE p.size <= p.max_block AND q.size <= q.max_block AND p.entry <> q.entry
  AND CASE WHEN p.one_sided THEN p.probe ELSE p.entry < q.entry END
UNION
SELECT least(p.entry, q.entry), greatest(p.entry, q.entry)
FROM (SELECT *, explode(sequence(1, CAST(window_size AS INT))) AS step FROM keyed WHERE size > max_block) p
JOIN keyed q ON p.rule = q.rule AND p.key = q.key AND q.rn = p.rn + p.step
WHERE p.entry <> q.entry AND (NOT p.one_sided OR p.probe OR q.probe)
"""


def _entries_frame(spark: Any, prep: Prepared) -> Any:
    import pandas as pd

    frame = pd.DataFrame(
        {
            "idx": np.arange(len(prep), dtype=np.int64),
            "id": [e.id for e in prep.entries],
            "page": prep.page.astype(np.int64),
            "title": prep.titles,
            "written_title": prep.written_titles,
            "summary": pd.Series(prep.summaries, dtype=object),
            "numbers": [
                numbers_column_text(k, w) for k, w in zip(prep.numbers, prep.written_numbers, strict=True)
            ],
            "truncated": prep.truncated.astype(bool),
            "date_day": prep.date_day,
            "date_month": prep.date_month,
            "date_year": prep.date_year,
            "date_precision": prep.date_precision.astype(np.int8),
            "cut_ambiguity": prep.cut_ambiguity,
            "title_tf": prep.title_tf,
        }
    )
    schema = (
        "idx BIGINT, id STRING, page BIGINT, title STRING, written_title STRING, summary STRING, "
        "numbers STRING, truncated BOOLEAN, date_day DOUBLE, date_month DOUBLE, date_year DOUBLE, "
        "date_precision TINYINT, cut_ambiguity DOUBLE, title_tf DOUBLE"
    )
    df = spark.createDataFrame(frame, schema)
    # NaN travels as NULL through Arrow: the SQL forms test isnan, so NULL becomes NaN again
    nan = ("date_day", "date_month", "date_year", "cut_ambiguity", "title_tf")
    return df.selectExpr(*(f"coalesce({c}, {_NAN}) AS {c}" if c in nan else c for c in df.columns))


def _keys_frame(spark: Any, prep: Prepared, model: Model) -> tuple[Any, Any]:
    import pandas as pd

    parts, rules = [], []
    ranks: dict[str, np.ndarray] = {}
    for r, rule in enumerate(model.blocking):
        keys, probes = blocking_keys(rule, prep)
        if rule.order not in ranks:
            ranks[rule.order] = order_ranks(rule, prep)
        counts = np.fromiter((len(k) for k in keys), dtype=np.int64, count=len(keys))
        entry = np.repeat(np.arange(len(keys), dtype=np.int64), counts)
        parts.append(
            pd.DataFrame(
                {
                    "rule": np.full(len(entry), r, dtype=np.int32),
                    "entry": entry,
                    "key": pd.Series([k for ks in keys for k in ks], dtype=object),
                    "probe": np.ones(len(entry), bool) if probes is None else probes[entry],
                    "rank": ranks[rule.order][entry].astype(np.int64),
                }
            )
        )
        rules.append((r, rule.max_block, rule.window, probes is not None))
    schema = "rule INT, entry BIGINT, key STRING, probe BOOLEAN, rank BIGINT"
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=schema_names(schema))
    keys_df = spark.createDataFrame(frame, schema)
    rules_df = spark.createDataFrame(
        rules, "rule INT, max_block BIGINT, window_size BIGINT, one_sided BOOLEAN"
    )
    return keys_df, rules_df


def schema_names(schema: str) -> list[str]:
    return [part.split()[0] for part in schema.split(",")]


def _score(spark: Any, model: Model) -> Any:
    """The ``pairs`` table: scored candidate pairs, values ``v<i>``, levels ``l<i>``, weight, accepted."""
    first, rest = model.comparisons[0], model.comparisons[1:]
    hopeless = sorted(model.hopeless_levels())
    head = spark.sql(
        f"SELECT c.a, c.b, {_value(first)} AS v0 FROM candidates c "
        "JOIN entries x ON x.idx = c.a JOIN entries y ON y.idx = c.b"
    ).persist()  # the title's UDF runs once, whatever filters on it
    head.createOrReplaceTempView("head_all")
    keep = f"{level_sql(first, 'v0')} NOT IN ({', '.join(map(str, hopeless))})" if hopeless else "true"
    values = "".join(f", {_value(c)} AS v{i + 1}" for i, c in enumerate(rest))
    scored = spark.sql(
        f"SELECT h.a, h.b, greatest(x.title_tf, y.title_tf) AS tf, h.v0{values} "
        f"FROM (SELECT * FROM head_all WHERE {keep}) h "
        "JOIN entries x ON x.idx = h.a JOIN entries y ON y.idx = h.b"
    ).persist()
    scored.createOrReplaceTempView("scored")
    n = len(model.comparisons)
    levels = ", ".join(f"{level_sql(c, f'v{i}')} AS l{i}" for i, c in enumerate(model.comparisons))
    spark.sql(f"SELECT *, {levels} FROM scored").createOrReplaceTempView("leveled")
    weight = " + ".join(_weight_sql(c, f"l{i}") for i, c in enumerate(model.comparisons))
    veto = " OR ".join(_veto_sql(c, f"l{i}") for i, c in enumerate(model.comparisons))
    pairs = spark.sql(
        f"SELECT a, b, {', '.join(f'v{i}, l{i}' for i in range(n))}, "
        f"CASE WHEN {veto} THEN NULL ELSE {weight} END AS weight, "
        f"(NOT ({veto}) AND {weight} >= CAST({model.threshold!r} AS DOUBLE)) AS accepted FROM leveled"
    )
    pairs.createOrReplaceTempView("pairs")
    return head, scored, pairs


def _write_entries(spark: Any, entries: Sequence[Entry], path: str) -> None:
    """``entries`` as a Parquet table of :data:`ENTRY_SCHEMA` at ``path`` (replaced)."""
    import pandas as pd

    frame = pd.DataFrame(
        {
            "id": pd.Series([e.id for e in entries], dtype=object),
            "file": pd.Series([e.source for e in entries], dtype=object),
            "line": np.asarray([e.line for e in entries], dtype=np.int64),
            "date": pd.Series([e.date.iso if e.date is not None else None for e in entries], dtype=object),
            "date_text": pd.Series([e.date_text for e in entries], dtype=object),
            "title": pd.Series([e.title for e in entries], dtype=object),
            "summary": pd.Series([e.summary for e in entries], dtype=object),
            "truncated": np.asarray([e.truncated for e in entries], dtype=bool),
        }
    )
    spark.createDataFrame(frame, ENTRY_SCHEMA).write.mode("overwrite").parquet(path)


def _write_parquet(spark: Any, out: str, model: Model, prep: Prepared, docs: Documents) -> None:
    """``entries/``, ``pairs/`` (scored pairs: values, levels, weight, accepted) and ``documents/``
    (entry id, document id) under ``out``."""
    import pandas as pd

    base = out.rstrip("/")
    _write_entries(spark, prep.entries, f"{base}/entries")
    cols = ", ".join(
        f"p.v{i} AS `{c.name}`, p.l{i} AS `{c.name}_level`" for i, c in enumerate(model.comparisons)
    )
    spark.sql(
        f"SELECT x.id AS a, y.id AS b, {cols}, p.weight, p.accepted FROM pairs p "
        "JOIN entries x ON x.idx = p.a JOIN entries y ON y.idx = p.b"
    ).write.mode("overwrite").parquet(f"{base}/pairs")
    clusters = pd.DataFrame(
        {
            "id": pd.Series([e.id for e in prep.entries], dtype=object),
            "cluster": pd.Series(docs.cluster, dtype=object),
        }
    )
    spark.createDataFrame(clusters, "id STRING, cluster STRING").write.mode("overwrite").parquet(
        f"{base}/documents"
    )


def link_spark(
    entries: Sequence[Entry],
    model: Model = DEFAULT_MODEL,
    *,
    workers: int = 1,
    master: str | None = None,
    spark: Any = None,
    config: dict[str, str] | None = None,
    parquet_out: str | Path | None = None,
) -> tuple[Matches, Documents]:
    """Match ``entries`` on Spark and cluster them; the same :class:`Matches` and
    :class:`Documents` as the in-memory engine (:func:`lacuna.linkage.link`) gives.

    ``spark`` is a SparkSession to use, else one on ``master`` (None: ``local[workers]``, or
    what ``spark-submit`` set) with ``config``. ``parquet_out`` (a directory, local or on the
    cluster's file system) receives ``entries/``, ``pairs/`` and ``documents/``.
    """
    if spark is None:
        spark = session(_master(master, workers), config)
    else:
        _modules()
    register_udfs(spark)
    prep = prepare(entries)
    entries_df = _entries_frame(spark, prep).persist()  # joined to the pairs three times
    entries_df.createOrReplaceTempView("entries")
    keys_df, rules_df = _keys_frame(spark, prep, model)
    keys_df.createOrReplaceTempView("keys")
    rules_df.createOrReplaceTempView("rules")
    keyed = spark.sql(_KEYED_SQL).persist()  # both sides of both joins
    keyed.createOrReplaceTempView("keyed")
    candidates = spark.sql(_CANDIDATES_SQL).persist()
    candidates.createOrReplaceTempView("candidates")
    head = scored = None
    try:
        n_candidates = candidates.count()
        head, scored, _ = _score(spark, model)
        n = len(model.comparisons)
        frame = spark.sql(f"SELECT a, b, {', '.join(f'v{i}' for i in range(n))} FROM scored").toPandas()
        frame = frame.sort_values(["a", "b"], kind="stable")
        pairs = (
            np.stack([frame["a"].to_numpy(), frame["b"].to_numpy()], axis=1).astype(np.int64).reshape(-1, 2)
        )
        values = {
            c.name: frame[f"v{i}"].to_numpy(dtype=np.float64, na_value=np.nan)
            for i, c in enumerate(model.comparisons)
        }
        matches = weigh(prep, model, pairs, values)
        matches.candidates = int(n_candidates)
        docs = documents(matches)
        if parquet_out is not None:
            _write_parquet(spark, str(parquet_out), model, prep, docs)
    finally:
        for df in (entries_df, keyed, candidates, head, scored):
            if df is not None:
                df.unpersist()
    return matches, docs


def _master(master: str | None, workers: int) -> str | None:
    """``master``; else, under ``spark-submit``, None (its ``--master``); else ``local[workers]``."""
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:
        return f"local[{workers}]"
    return master


def read_entries(
    path: str | Path, spark: Any = None, *, master: str | None = None, workers: int = 1
) -> list[Entry]:
    """Entries from a Parquet table with :data:`ENTRY_SCHEMA`'s columns (what ``parquet_out``
    writes as ``entries/``), read by Spark: a file or directory, local or on the cluster."""
    if spark is None:
        spark = session(_master(master, workers))
    try:
        df = spark.read.parquet(str(path))
    except Exception as exc:  # Spark raises its own AnalysisException for a missing path
        raise LacunaError(f"{path}: cannot read entries: {str(exc).splitlines()[0]}") from None
    missing = [c for c in schema_names(ENTRY_SCHEMA) if c not in df.columns]
    if missing:
        raise LacunaError(f"{path}: not an entries table (no column {', '.join(missing)})")
    out = []
    for row in df.select(*schema_names(ENTRY_SCHEMA)).toLocalIterator():
        out.append(
            Entry(
                id=row["id"],
                source=row["file"],
                line=int(row["line"]),
                date=_date(row["date"], path),
                date_text=row["date_text"],
                title=row["title"],
                summary=row["summary"],
                truncated=bool(row["truncated"]),
            )
        )
    return out


def _date(iso: str | None, path: str | Path) -> PartialDate | None:
    if iso is None:
        return None
    try:
        return PartialDate.from_iso(iso)
    except ValueError:
        raise LacunaError(f"{path}: date {iso!r} is not YYYY, YYYY-MM or YYYY-MM-DD") from None
