"""The in-memory engine: blocking and scoring as numpy columns, clustering with union-find."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lacuna.linkage.cluster import Documents, documents
from lacuna.linkage.model import DEFAULT_MODEL, Model
from lacuna.linkage.parallel import no_gc
from lacuna.linkage.score import Matches, match
from lacuna.listing import Entry

__all__ = ["link_memory"]


def link_memory(
    entries: Sequence[Entry],
    model: Model = DEFAULT_MODEL,
    *,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> tuple[Matches, Documents]:
    """Block, score and cluster ``entries`` in memory, each stage but clustering over
    ``workers`` processes."""
    with no_gc():
        matches = match(entries, model, workers=workers, progress=progress)
        return matches, documents(matches)
