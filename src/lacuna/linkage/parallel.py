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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, TypeVar

from lacuna.errors import LacunaError

__all__ = ["Pool", "fork_map", "forked", "no_gc", "shared", "spawned", "state"]

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


class Pool:
    """Worker processes forked once (by :func:`forked`) for a stage whose items arrive one
    after another, as batches read from a database: :meth:`imap` keeps a bounded number of
    items in flight. Without workers, the calls run here, in order, as they are asked for."""

    def __init__(self, executor: ProcessPoolExecutor | None, workers: int) -> None:
        self._executor = executor
        self.workers = workers
        self.calls = 0  # items handed out (counted, whichever process runs them)

    def imap(
        self,
        fn: Callable[..., T],
        items: Iterable[tuple[Any, ...]],
        ahead: int | None = None,
        meanwhile: Callable[[], None] | None = None,
    ) -> Iterator[T]:
        """``fn(*args)`` for each item, in the order of ``items``, at most ``ahead`` (twice the
        workers by default) submitted and not yet taken; ``items`` is read no further ahead.
        ``meanwhile`` is called once, here, after the first items are submitted and before
        any result is waited for (without workers: before the first call).
        ``fn`` must be a module-level function reading what it shares with :func:`state`."""
        if self._executor is None:
            if meanwhile is not None:
                meanwhile()
            for args in items:
                self.calls += 1
                yield fn(*args)
            return
        limit = max(1, ahead if ahead is not None else 2 * self.workers)
        waiting: deque[Future[T]] = deque()
        try:
            for args in items:
                self.calls += 1
                waiting.append(self._executor.submit(fn, *args))
                if len(waiting) >= limit:
                    if meanwhile is not None:
                        meanwhile()
                        meanwhile = None
                    yield waiting.popleft().result()
            if meanwhile is not None:
                meanwhile()
            while waiting:
                yield waiting.popleft().result()
        except BrokenProcessPool as exc:
            raise LacunaError(_BROKEN) from exc


_BROKEN = (
    "a worker process ended abruptly (out of memory?); the DuckDB engine starts its workers "
    "afresh, and each imports the main script again: a script that links with workers > 1 must "
    'keep its main code under `if __name__ == "__main__":`'
)


def _ready() -> int:
    return 0


@contextmanager
def forked(workers: int) -> Iterator[Pool]:
    """A :class:`Pool` of ``workers`` processes forked on entry, before anything the caller
    opens next (a database's threads are never forked), seeing the values :func:`shared` holds
    at that moment; with one worker, or without ``fork``, a pool that runs the calls here."""
    if workers <= 1 or not _can_fork():
        yield Pool(None, 1)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as executor:
        executor.submit(_ready).result()  # with fork, every worker starts at the first submit
        yield Pool(executor, workers)


def _init(values: dict[str, Any]) -> None:
    _STATE.update(values)
    # as in the parent's linkage (no_gc): no cyclic collections walking every object made
    gc.disable()


@contextmanager
def spawned(workers: int, **values: Any) -> Iterator[Pool]:
    """A :class:`Pool` of ``workers`` fresh processes (started, not forked: they hold none of
    this process's memory, and copy none of it as they run), each seeing ``values`` (pickled
    once to each) through :func:`state`, without cyclic garbage collection (as :func:`no_gc`);
    they start at once and end when the block does.
    With one worker, a pool that runs the calls here, ``values`` shared meanwhile."""
    if workers <= 1:
        with shared(**values):
            yield Pool(None, 1)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init, initargs=(values,)
    ) as executor:
        for _ in range(workers):  # a process is started for each call while none is idle
            executor.submit(_ready)
        yield Pool(executor, workers)
