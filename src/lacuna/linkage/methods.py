"""Comparison methods, each defined once with its three forms (splink's comparison library, as a registry).

A :class:`Method` is named once and carries:

- ``python``: the values for pairs of prepared entries, as a numpy column (the in-memory engine);
- ``sql``: the value as an SQL expression over the entry columns of the pair's two sides,
  ``x.<column>`` and ``y.<column>`` (the DuckDB and Spark engines), in the engine's own
  functions where it has them, else calling
- ``udfs``: batch functions (:class:`Udf`) on whole columns of the pair's entries, registered by
  an engine under their names (Spark pandas UDFs); they are the same functions the Python form
  calls, so every engine computes the same value. A method with UDFs is rapidfuzz: the DuckDB
  engine computes it with the Python form, on batches of pairs in its worker processes.

The kernels take columns (lists of texts, numpy flags) and return float64 columns, NaN where
a side has no value; rapidfuzz is always called with ``processor=None`` on matching keys
(:func:`lacuna.linkage.prepare.key`), never with a scorer's default processing.

>>> sorted(METHODS)
['ambiguity', 'coverage', 'days', 'numbers', 'ratio', 'same_page', 'substitutions', 'token_set_ratio']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from lacuna.errors import LacunaError
from lacuna.linkage.comparisons import (
    ambiguity,
    coverage,
    days_apart,
    numbers_agree,
    numbers_of_pairs,
    similarity,
    substitutions,
    title_ratio,
)
from lacuna.linkage.model import Comparison, Level
from lacuna.linkage.prepare import Prepared

__all__ = [
    "COLUMNS",
    "METHODS",
    "Method",
    "Udf",
    "comparison_values",
    "coverage",
    "days_apart",
    "levels_of",
    "numbers_agree",
    "similarity",
    "substitutions",
    "title_ratio",
]


#: Entry columns an SQL engine loads (name → SQL type); ``numbers`` is the title's numbers
#: joined by spaces.
COLUMNS: dict[str, str] = {
    "idx": "BIGINT",
    "id": "VARCHAR",
    "page": "BIGINT",
    "title": "VARCHAR",
    "written_title": "VARCHAR",
    "summary": "VARCHAR",
    "numbers": "VARCHAR",
    "truncated": "BOOLEAN",
    "date_day": "DOUBLE",
    "date_month": "DOUBLE",
    "date_year": "DOUBLE",
    "date_precision": "TINYINT",
    "cut_ambiguity": "DOUBLE",
    "title_tf": "DOUBLE",
}


# --------------------------------------------------------------------------- the registry


@dataclass(frozen=True, slots=True)
class Udf:
    """A batch function an SQL engine registers as ``name``: ``kernel`` takes one column per
    argument (``text``: a list of str or None; ``flag``: a bool array; ``numbers``: a list of
    space-joined number strings) and returns a float64 array."""

    name: str
    kernel: Callable[..., np.ndarray]
    args: tuple[str, ...]
    threaded: bool = False  # the kernel takes ``workers=`` (rapidfuzz threads)


@dataclass(frozen=True, slots=True)
class Method:
    """A comparison method: its Python form (prepared entries), SQL form and UDFs."""

    name: str
    python: Callable[[Comparison, Prepared, np.ndarray, np.ndarray, int], np.ndarray]
    sql: Callable[[Comparison], str]
    udfs: tuple[Udf, ...] = ()
    description: str = ""


METHODS: dict[str, Method] = {}


def register(method: Method) -> Method:
    """Add a method to :data:`METHODS` (a name is defined once)."""
    if method.name in METHODS:
        raise LacunaError(f"comparison method {method.name!r} is defined twice")
    METHODS[method.name] = method
    return method


def _column(c: Comparison, prep: Prepared) -> list[str] | list[str | None]:
    column = {"title": prep.titles, "summary": prep.summaries}.get(c.field)
    if column is None:
        raise LacunaError(f"comparison {c.name}: unknown field {c.field!r}")
    return column


def _texts(c: Comparison, prep: Prepared, ia: np.ndarray, ib: np.ndarray) -> tuple[list, list]:
    _column(c, prep)  # a known field
    column = {"title": "titles", "summary": "summaries"}[c.field]
    return prep.gather(column, ia), prep.gather(column, ib)


def _titles(prep: Prepared, ia: np.ndarray, ib: np.ndarray) -> tuple[list[str], ...]:
    """The pairs' title keys and titles as written (a, b, written a, written b)."""
    return (
        prep.gather("titles", ia),
        prep.gather("titles", ib),
        prep.gather("written_titles", ia),
        prep.gather("written_titles", ib),
    )


_TITLES_SQL = "x.title, y.title, x.written_title, y.written_title"


def _cut(c: Comparison, prep: Prepared, ia: np.ndarray, ib: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if c.field == "title" and c.prefix_if_truncated:
        return prep.truncated[ia], prep.truncated[ib]
    none = np.zeros(len(ia), dtype=bool)
    return none, none


def _cut_sql(c: Comparison) -> str:
    return "x.truncated, y.truncated" if c.field == "title" and c.prefix_if_truncated else "false, false"


def _field_sql(c: Comparison, side: str) -> str:
    if c.field not in ("title", "summary"):
        raise LacunaError(f"comparison {c.name}: unknown field {c.field!r}")
    return f"{side}.{c.field}"


def _ratio_kernel(a, b, ta, tb, *, workers: int = 1) -> np.ndarray:
    """``fuzz.ratio``; NaN where a side is missing; a cut-off side against the other's start."""
    missing = np.fromiter((x is None or y is None for x, y in zip(a, b, strict=True)), bool, len(a))
    out = title_ratio([x or "" for x in a], [y or "" for y in b], ta, tb, workers=workers)
    out[missing] = np.nan
    return out


def _title_ratio_kernel(a, b, wa, wb, ta, tb, *, workers: int = 1) -> np.ndarray:
    """The better ``fuzz.ratio`` of the keys and of the titles as written: the key for other
    romanisations and date formats, the written form for a typo in a name or a month (which the
    key turns into another word)."""
    return np.fmax(
        _ratio_kernel(a, b, ta, tb, workers=workers), _ratio_kernel(wa, wb, ta, tb, workers=workers)
    )


def _token_set_kernel(a, b, *, workers: int = 1) -> np.ndarray:
    return similarity("token_set_ratio", a, b, workers=workers)


def _numbers_column(texts: Sequence[str | None]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The ``numbers`` column's strings (``"1945 7 1|1 7 1945"``: keyed, then as written) split."""
    keyed, written = [], []
    for text in texts:
        k, _, w = (text or "").partition("|")
        keyed.append(tuple(k.split()))
        written.append(tuple(w.split()))
    return keyed, written


def numbers_column_text(keyed: tuple[str, ...], written: tuple[str, ...]) -> str:
    """One entry's ``numbers`` column for the SQL engines (read back by the numbers UDF)."""
    return " ".join(keyed) + "|" + " ".join(written)


def _numbers_kernel(a, b, ta, tb) -> np.ndarray:
    (ka, wa), (kb, wb) = _numbers_column(a), _numbers_column(b)
    return numbers_agree(ka, kb, ta, tb, wa, wb)


def _substitutions_kernel(a, b, wa, wb, ta, tb, *, workers: int = 1) -> np.ndarray:
    """Replaced words in the keys or in the titles as written, whichever has fewer."""
    keyed = substitutions([x or "" for x in a], [y or "" for y in b], ta, tb, workers=workers)
    need = np.flatnonzero(keyed > 0)  # none replaced in the keys: the fewer is 0 already
    written = substitutions(
        [wa[i] or "" for i in need], [wb[i] or "" for i in need], ta[need], tb[need], workers=workers
    )
    keyed[need] = np.fmin(keyed[need], written)
    return keyed


def _coverage_kernel(a, b, wa, wb, ta, tb) -> np.ndarray:
    """Coverage of the titles as written (a cut-off title's length against the other's)."""
    return coverage([x or "" for x in wa], [y or "" for y in wb], ta, tb)


def _ratio_python(c: Comparison, prep: Prepared, ia: np.ndarray, ib: np.ndarray, workers: int) -> np.ndarray:
    if c.field == "title":
        # _title_ratio_kernel on prepared titles (never None); the titles as written compared
        # only where a side's differs from its key (elsewhere the two ratios are one)
        ta, tb = _cut(c, prep, ia, ib)
        out = title_ratio(prep.gather("titles", ia), prep.gather("titles", ib), ta, tb, workers=workers)
        differs = prep.written_differs
        both = np.flatnonzero(differs[ia] | differs[ib])
        written_a, written_b = (
            prep.gather("written_titles", ia[both]),
            prep.gather("written_titles", ib[both]),
        )
        out[both] = np.fmax(out[both], title_ratio(written_a, written_b, ta[both], tb[both], workers=workers))
        return out
    return _ratio_kernel(*_texts(c, prep, ia, ib), *_cut(c, prep, ia, ib), workers=workers)


def _ratio_sql(c: Comparison) -> str:
    if c.field == "title":
        return f"lacuna_title_ratio({_TITLES_SQL}, {_cut_sql(c)})"
    return f"lacuna_ratio({_field_sql(c, 'x')}, {_field_sql(c, 'y')}, {_cut_sql(c)})"


_TITLE_ARGS = ("text", "text", "text", "text", "flag", "flag")

register(
    Method(
        "ratio",
        _ratio_python,
        _ratio_sql,
        (
            Udf("lacuna_ratio", _ratio_kernel, ("text", "text", "flag", "flag"), threaded=True),
            Udf("lacuna_title_ratio", _title_ratio_kernel, _TITLE_ARGS, threaded=True),
        ),
        "rapidfuzz fuzz.ratio, 0-100 (a cut-off title against the other's start); of titles, the "
        "better of the keys and the titles as written",
    )
)
register(
    Method(
        "token_set_ratio",
        lambda c, prep, ia, ib, workers: _token_set_kernel(*_texts(c, prep, ia, ib), workers=workers),
        lambda c: f"lacuna_token_set_ratio({_field_sql(c, 'x')}, {_field_sql(c, 'y')})",
        (Udf("lacuna_token_set_ratio", _token_set_kernel, ("text", "text"), threaded=True),),
        "rapidfuzz fuzz.token_set_ratio of the keys, 0-100",
    )
)
register(
    Method(
        "numbers",
        lambda c, prep, ia, ib, workers: numbers_of_pairs(prep, ia, ib),
        lambda c: "lacuna_numbers(x.numbers, y.numbers, x.truncated, y.truncated)",
        (Udf("lacuna_numbers", _numbers_kernel, ("numbers", "numbers", "flag", "flag")),),
        "1 when the titles' numbers agree as multisets (a cut-off title's as a prefix), else 0",
    )
)
register(
    Method(
        "substitutions",
        lambda c, prep, ia, ib, workers: _substitutions_kernel(
            *_titles(prep, ia, ib), prep.truncated[ia], prep.truncated[ib], workers=workers
        ),
        lambda c: f"lacuna_substitutions({_TITLES_SQL}, x.truncated, y.truncated)",
        (Udf("lacuna_substitutions", _substitutions_kernel, _TITLE_ARGS, threaded=True),),
        "words of one title replaced by other words in the other, typos aside (the fewer of the "
        "keys' and the titles' as written)",
    )
)
register(
    Method(
        "coverage",
        lambda c, prep, ia, ib, workers: _coverage_kernel(
            *_titles(prep, ia, ib), prep.truncated[ia], prep.truncated[ib]
        ),
        lambda c: f"lacuna_coverage({_TITLES_SQL}, x.truncated, y.truncated)",
        (Udf("lacuna_coverage", _coverage_kernel, _TITLE_ARGS),),
        "the share of the longer title a cut-off title shows, 1 when neither is cut",
    )
)
register(
    Method(
        "days",
        lambda c, prep, ia, ib, workers: days_apart(prep, ia, ib),
        lambda c: (
            "CASE least(x.date_precision, y.date_precision) "
            "WHEN 3 THEN abs(x.date_day - y.date_day) "
            "WHEN 2 THEN abs(x.date_month - y.date_month) * 30.0 "
            "WHEN 1 THEN abs(x.date_year - y.date_year) * 365.0 "
            "ELSE CAST('NaN' AS DOUBLE) END"
        ),
        (),
        "days between the listed dates at the coarser precision of the two",
    )
)
register(
    Method(
        "ambiguity",
        lambda c, prep, ia, ib, workers: ambiguity(prep, ia, ib),
        lambda c: (
            "CASE WHEN isnan(x.cut_ambiguity) THEN y.cut_ambiguity "
            "WHEN isnan(y.cut_ambiguity) THEN x.cut_ambiguity "
            "ELSE greatest(x.cut_ambiguity, y.cut_ambiguity) END"
        ),
        (),
        "how many complete titles of the input a cut-off title could be, NaN when neither is cut",
    )
)
register(
    Method(
        "same_page",
        lambda c, prep, ia, ib, workers: (prep.page[ia] == prep.page[ib]).astype(np.float64),
        lambda c: "CASE WHEN x.page = y.page THEN 1.0 ELSE 0.0 END",
        (),
        "1 when both entries are on one page",
    )
)


def method_of(c: Comparison) -> Method:
    found = METHODS.get(c.method)
    if found is None:
        raise LacunaError(f"comparison {c.name}: unknown method {c.method!r}")
    return found


def comparison_values(
    comparison: Comparison, prep: Prepared, ia: np.ndarray, ib: np.ndarray, *, workers: int = 1
) -> np.ndarray:
    """The comparison's value for each pair ``(ia[k], ib[k])`` (its method's Python form)."""
    return method_of(comparison).python(comparison, prep, ia, ib, workers)


def value_sql(comparison: Comparison) -> str:
    """The comparison's value as SQL over ``x`` (entry a) and ``y`` (entry b)."""
    return method_of(comparison).sql(comparison)


def levels_of(comparison: Comparison, values: np.ndarray) -> np.ndarray:
    """Index of the first level admitting each value."""
    out = np.full(len(values), -1, dtype=np.int16)
    nan = np.isnan(values)
    for i, level in enumerate(comparison.levels):
        hit = _admits(level, values, nan)
        out[(out < 0) & hit] = i
    if (out < 0).any():
        bad = values[out < 0][0]
        raise LacunaError(f"comparison {comparison.name}: no level admits {bad}")
    return out


def _admits(level: Level, values: np.ndarray, nan: np.ndarray) -> np.ndarray:
    if level.missing:
        return nan
    hit = ~nan
    if level.lo is not None:
        hit = hit & (values >= level.lo)
    if level.hi is not None:
        hit = hit & (values <= level.hi)
    return hit


def level_sql(c: Comparison, column: str) -> str:
    """``CASE`` giving the index of the first level that admits ``column``."""
    whens = []
    for i, level in enumerate(c.levels):
        if level.missing:
            cond = f"isnan({column})"
        else:
            parts = [f"NOT isnan({column})"]
            if level.lo is not None:
                parts.append(f"{column} >= {level.lo!r}")
            if level.hi is not None:
                parts.append(f"{column} <= {level.hi!r}")
            cond = " AND ".join(parts)
        whens.append(f"WHEN {cond} THEN {i}")
    return f"CASE {' '.join(whens)} END"
