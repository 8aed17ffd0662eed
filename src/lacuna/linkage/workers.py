"""How many threads a batch computation may use: never more than the cores this process may run on."""

from __future__ import annotations

import os

from lacuna.errors import LacunaError

__all__ = ["check_workers", "usable_cores"]


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells, else the count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - systems without affinity
        return max(1, os.cpu_count() or 1)


def check_workers(workers: int) -> int:
    """``workers`` capped at :func:`usable_cores`; 0 or fewer is an error (no thread would run)."""
    if not isinstance(workers, int) or isinstance(workers, bool):
        raise LacunaError(f"workers must be a whole number, not {workers!r}")
    if workers < 1:
        raise LacunaError(f"{workers} workers: give 1 or more")
    return min(workers, usable_cores())
