"""Prepared entries as one Arrow table in a file, and back as :class:`Prepared` of some of its rows.

The DuckDB engine's worker processes are started fresh (not forked from the process that holds
the entries, whose pages they would copy as they touch them): they map this file, read only the
rows a task needs (a range of entries for the blocking keys, the entries of one batch of
candidate pairs for the scores) and build a :class:`Prepared` of those rows, on which the
blocking and scoring functions run unchanged. Each text column is an Arrow string column (one
buffer, not a Python object per entry), each number column a numpy view of the mapped file.

>>> from lacuna.listing import read
>>> from lacuna.linkage.prepare import prepare
>>> prep = prepare(read("June 5, 1950\\n\\nCable No. 5 from Mao Tse-tung\\n", source="a"))
>>> some = subset(table(prep), np.array([0]))
>>> some.titles, some.numbers
(['cable no 5 from mao zedong'], [('5',)])
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from lacuna.linkage.prepare import Prepared

__all__ = ["mapped", "subset", "table", "write"]

# text columns → Prepared's list fields (the summary apart: it may be None)
_LISTS = {"listed_title": "listed_titles", "title": "titles", "written_title": "written_titles"}
_NUMBERS = ("numbers", "written_numbers")
# numpy columns: name in the table → (Prepared field, dtype in the file; bool as uint8, mapped as is)
_ARRAYS = {
    "truncated": ("truncated", np.uint8),
    "page": ("page", np.int64),
    "date_day": ("date_day", np.float64),
    "date_month": ("date_month", np.float64),
    "date_year": ("date_year", np.float64),
    "date_precision": ("date_precision", np.int8),
    "cut_ambiguity": ("cut_ambiguity", np.float64),
    "title_tf": ("title_tf", np.float64),
    "number_sets": ("number_sets", np.int64),
    "written_number_sets": ("written_number_sets", np.int64),
    "written_differs": ("written_differs", np.uint8),
}
_BOOLS = frozenset({"truncated", "written_differs"})


def _pa():
    import pyarrow as pa

    return pa


def table(prep: Prepared):
    """Every column of ``prep`` the blocking keys and the comparisons read, one row an entry."""
    pa = _pa()
    columns = {
        "listed_title": pa.array(prep.listed_titles, type=pa.string()),
        "title": pa.array(prep.titles, type=pa.string()),
        "written_title": pa.array(prep.written_titles, type=pa.string()),
        "summary": pa.array(prep.summaries, type=pa.string()),
        "numbers": pa.array(prep.numbers, type=pa.list_(pa.string())),
        "written_numbers": pa.array(prep.written_numbers, type=pa.list_(pa.string())),
    }
    for name, (attr, dtype) in _ARRAYS.items():
        columns[name] = pa.array(np.ascontiguousarray(getattr(prep, attr), dtype=dtype))
    return pa.table(columns)


def write(columns, path: str | Path) -> None:
    """Write :func:`table`'s table to ``path`` (Arrow IPC, uncompressed: mapped, not read)."""
    pa = _pa()
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, columns.schema) as writer:
        writer.write_table(columns, max_chunksize=1 << 20)


@lru_cache(maxsize=1)
def mapped(path: str):
    """The table written at ``path``, memory-mapped (its pages shared by every process mapping it)."""
    pa = _pa()
    return pa.ipc.open_file(pa.memory_map(path, "r")).read_all().combine_chunks()


def subset(
    columns,
    rows: np.ndarray | None = None,
    lo: int = 0,
    hi: int | None = None,
    fields: frozenset[str] | None = None,
) -> Prepared:
    """A :class:`Prepared` of the entries ``rows`` (sorted indices) of ``columns``, or of the
    entries ``lo .. hi - 1``; its entry ``i`` is ``rows[i]`` (or ``lo + i``) of the table. Its
    ``entries`` list is empty: only the columns are there; with ``fields``, only those of the
    text and number lists (``titles``, ``summaries``, ``numbers`` ...) are read, the others empty."""
    pa = _pa()
    if rows is None:
        part = columns.slice(lo, (columns.num_rows if hi is None else hi) - lo)
    else:
        part = columns.take(pa.array(rows, type=pa.int64()))

    def wanted(field: str) -> bool:
        return fields is None or field in fields

    lists = {field: part.column(name).to_pylist() if wanted(field) else [] for name, field in _LISTS.items()}
    for name in _NUMBERS:
        lists[name] = list(map(tuple, part.column(name).to_pylist())) if wanted(name) else []
    arrays = {}
    for name, (attr, _) in _ARRAYS.items():
        values = part.column(name).to_numpy()
        arrays[attr] = values.view(bool) if name in _BOOLS else values
    return Prepared(
        entries=[],
        summaries=part.column("summary").to_pylist() if wanted("summaries") else [],
        **lists,
        **arrays,
    )
