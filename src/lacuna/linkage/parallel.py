"""A stage's chunks over forked worker processes that share the parent's data.

The in-memory engine's stages (keys, blocking rules, scoring chunks) are Python-level work that
threads cannot run at once (the GIL). :func:`fork_map` runs ``fn(*args)`` for each item over
``workers`` processes forked from this one: they see the data the parent holds (the prepared
entries, through :func:`shared`) without copying it, take small arguments (ranges, rule
indices) and send back arrays. With one worker, or where ``fork`` is unavailable, the same
calls run here in order: the result is the same list either way.

>>> fork_map(pow, [(2, 3), (3, 2)], workers=2)
[8, 9]
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

__all__ = ["fork_map", "no_gc", "shared", "state"]

T = TypeVar("T")

_STATE: dict[str, Any] = {}


@contextmanager
def shared(**values: Any) -> Iterator[None]:
    """Make ``values`` readable by :func:`state` here and in the workers forked meanwhile."""
    saved = dict(_STATE)
    _STATE.update(values)
    try:
        yield
    finally:
        _STATE.clear()
        _STATE.update(saved)


def state(name: str) -> Any:
    """A value given to :func:`shared` (in a worker: as it was when the worker was forked)."""
    return _STATE[name]


@contextmanager
def no_gc() -> Iterator[None]:
    """No cyclic garbage collection meanwhile (restored after): linkage makes millions of small
    acyclic objects, and each collection would walk the whole heap of entries again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def fork_map(
    fn: Callable[..., T],
    items: Sequence[tuple[Any, ...]],
    workers: int = 1,
    done: Callable[[T], None] | None = None,
) -> list[T]:
    """``[fn(*args) for args in items]``, over ``workers`` forked processes when more than one
    (items handed out as workers become free; results in the order of ``items``, each given to
    ``done`` in that order as it is ready). ``fn`` must be a module-level function; what it
    needs beyond ``args`` it reads with :func:`state`."""
    out: list[T] = []
    if workers <= 1 or len(items) <= 1 or not _can_fork():
        for args in items:
            out.append(fn(*args))
            if done is not None:
                done(out[-1])
        return out
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=context) as pool:
        for future in [pool.submit(fn, *args) for args in items]:
            out.append(future.result())
            if done is not None:
                done(out[-1])
    return out
