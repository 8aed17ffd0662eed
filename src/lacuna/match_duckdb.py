"""Former home of the DuckDB engine; it lives in :mod:`lacuna.linkage.duckdb_engine` now."""

from __future__ import annotations

from lacuna.linkage.duckdb_engine import link_duckdb

__all__ = ["link_duckdb"]
