"""Scoring candidate pairs: each comparison's value, level and weight, the decision, and why.

Every pair keeps each comparison's value, level and weight, so :func:`explain` and
:meth:`Matches.explain` show why two entries were, or were not, matched, with the match
probability the model's prior gives (:meth:`lacuna.linkage.model.Model.probability`).

>>> from lacuna.listing import read
>>> a = read("June 5, 1944\\n\\nCable No. 5 from Petrov\\n", source="a")[0]
>>> b = read("June 05, 1944\\n\\nCable No 5 from Petrov\\n", source="b")[0]
>>> c = read("June 05, 1944\\n\\nCable No 6 from Petrov\\n", source="c")[0]
>>> explain(a, b).decision, explain(a, c).decision
('match', 'veto: numbers differ')
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from lacuna.linkage.blocking import candidates
from lacuna.linkage.methods import comparison_values, levels_of
from lacuna.linkage.model import DEFAULT_MODEL, Model
from lacuna.linkage.parallel import fork_map, no_gc, shared, state
from lacuna.linkage.prepare import Prepared, prepare
from lacuna.listing import Entry

__all__ = [
    "Contribution",
    "Explanation",
    "Matches",
    "explain",
    "hopeless_mask",
    "match",
    "score",
    "score_part",
    "tf_adjustment",
    "weigh",
]


@dataclass(frozen=True, slots=True)
class Contribution:
    """One comparison's part in a pair's score."""

    comparison: str
    value: float | None
    level: str
    weight: float
    veto: bool
    adjustment: float = 0.0  # term-frequency adjustment, included in ``weight``

    def format(self) -> str:
        value = "missing" if self.value is None else f"{self.value:g}"
        effect = "VETO" if self.veto else f"{self.weight:+.4g}"
        if self.adjustment:
            effect += f", common value {self.adjustment:+.3g}"
        return f"{self.comparison}={value} ({self.level}, {effect})"


@dataclass(frozen=True, slots=True)
class Explanation:
    """A scored pair: its total weight, its decision and each comparison's contribution."""

    a: str
    b: str
    weight: float
    decision: str
    contributions: tuple[Contribution, ...]
    probability: float = 0.0

    def to_dict(self) -> dict[str, object]:
        d: dict[str, object] = {
            "a": self.a,
            "b": self.b,
            "weight": self.weight,
            "match_probability": self.probability,
            "decision": self.decision,
        }
        for c in self.contributions:
            d[c.comparison] = c.value
            d[f"{c.comparison}_level"] = c.level
            d[f"{c.comparison}_weight"] = None if c.veto else c.weight
        return d

    def format(self) -> str:
        parts = " ".join(c.format() for c in self.contributions)
        return f"{self.a} ~ {self.b}: {self.weight:+.4g} (p={self.probability:.4g}) {self.decision} [{parts}]"


@dataclass(slots=True)
class Matches:
    """Scored candidate pairs of prepared entries, columnar.

    ``pairs`` holds prepared indices; ``values``/``levels`` one column per comparison;
    ``weight`` the summed weight (``-inf`` when vetoed); ``accepted`` the matches.
    """

    prep: Prepared
    model: Model
    pairs: np.ndarray
    values: dict[str, np.ndarray]
    levels: dict[str, np.ndarray]
    weight: np.ndarray
    vetoed_by: np.ndarray  # int: index of the first vetoing comparison, -1 if none
    candidates: int = 0  # candidate pairs blocking produced (``pairs`` keeps the scored ones)
    adjustments: dict[str, np.ndarray] | None = None  # term-frequency adjustments, by comparison

    @property
    def accepted(self) -> np.ndarray:
        return (self.vetoed_by < 0) & (self.weight >= self.model.threshold)

    @property
    def probability(self) -> np.ndarray:
        """Each pair's match probability under the model's prior (0 when vetoed)."""
        total = np.clip(self.weight + self.model.prior_weight, -1000.0, 1000.0)
        out = 1.0 / (1.0 + np.exp2(-total))
        out[self.vetoed_by >= 0] = 0.0
        return out

    def decision(self, k: int) -> str:
        v = int(self.vetoed_by[k])
        if v >= 0:
            c = self.model.comparisons[v]
            return f"veto: {c.levels[int(self.levels[c.name][k])].label}"
        return "match" if self.weight[k] >= self.model.threshold else "no match"

    def explain(self, k: int) -> Explanation:
        """Pair ``k``'s contributions, comparison by comparison."""
        contributions = []
        for c in self.model.comparisons:
            value = float(self.values[c.name][k])
            level = c.levels[int(self.levels[c.name][k])]
            adjust = self.adjustments.get(c.name) if self.adjustments else None
            extra = float(adjust[k]) if adjust is not None else 0.0
            contributions.append(
                Contribution(
                    c.name,
                    None if math.isnan(value) else value,
                    level.label,
                    level.weight + extra,
                    level.veto,
                    extra,
                )
            )
        a, b = (int(x) for x in self.pairs[k])
        weight = float(self.weight[k])
        return Explanation(
            a=self.prep.entries[a].id,
            b=self.prep.entries[b].id,
            weight=weight,
            decision=self.decision(k),
            contributions=tuple(contributions),
            probability=self.model.probability(weight),
        )

    def __len__(self) -> int:
        return len(self.pairs)

    def __iter__(self) -> Iterator[Explanation]:
        for k in range(len(self.pairs)):
            yield self.explain(k)


def score(
    prep: Prepared,
    pairs: np.ndarray,
    model: Model = DEFAULT_MODEL,
    *,
    workers: int = 1,
    chunk: int = 200_000,
    progress: Callable[[int], None] | None = None,
    prune: bool = True,
) -> Matches:
    """Score candidate pairs with every comparison of the model, ``chunk`` pairs at a time, the
    chunks over ``workers`` processes (:func:`~lacuna.linkage.parallel.fork_map`; the same
    values whatever the count).

    With ``prune``, a pair whose first comparison (the title) lands on a level from which the
    threshold cannot be reached, whatever the other comparisons say
    (:meth:`Model.hopeless_levels`), is dropped before the other comparisons are computed;
    ``Matches.candidates`` counts all pairs.
    """
    hopeless = hopeless_mask(model, prune)
    spans = [(start, min(start + chunk, len(pairs))) for start in range(0, len(pairs), chunk)]
    report = None if progress is None else (lambda part: progress(part[2]))
    with shared(score_prep=prep, score_pairs=pairs, score_model=model, score_hopeless=hopeless):
        parts = fork_map(_score_chunk, spans, workers, report)
    kept = [pairs[start:stop][keep] for (start, stop), (keep, _, _) in zip(spans, parts, strict=True)]
    cols = {
        c.name: (np.concatenate([values[c.name] for _, values, _ in parts]) if parts else np.zeros(0))
        for c in model.comparisons
    }
    scored = np.concatenate(kept) if kept else np.zeros((0, 2), dtype=np.int64)
    matches = weigh(prep, model, scored, cols)
    matches.candidates = len(pairs)
    return matches


def _score_chunk(start: int, stop: int) -> tuple[np.ndarray, dict[str, np.ndarray], int]:
    """Pairs ``start .. stop - 1`` of the shared pairs: which are kept (not hopeless on the first
    comparison), each comparison's values for those, and how many pairs were looked at."""
    keep, values = score_part(
        state("score_prep"), state("score_model"), state("score_pairs")[start:stop], state("score_hopeless")
    )
    return keep, values, stop - start


def score_part(
    prep: Prepared,
    model: Model,
    part: np.ndarray,
    hopeless: np.ndarray,
    only: frozenset[str] | None = None,
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Which of the pairs ``part`` are kept (their first comparison, always computed, not on a
    ``hopeless`` level) and the values of the kept pairs: of every comparison, or of the first
    and those named in ``only``."""
    first = model.comparisons[0]
    head = comparison_values(first, prep, part[:, 0], part[:, 1])
    keep = ~hopeless[levels_of(first, head)]
    part = part[keep]
    values = {first.name: head[keep]}
    for c in model.comparisons[1:]:
        if only is None or c.name in only:
            values[c.name] = comparison_values(c, prep, part[:, 0], part[:, 1])
    return keep, values


def hopeless_mask(model: Model, prune: bool = True) -> np.ndarray:
    """For each level of the first comparison, whether a pair on it cannot reach the threshold
    (:meth:`Model.hopeless_levels`); none when not ``prune``."""
    hopeless_levels = model.hopeless_levels() if prune else frozenset()
    return np.array([i in hopeless_levels for i in range(len(model.comparisons[0].levels))])


def tf_adjustment(
    prep: Prepared, model: Model, pairs: np.ndarray, level: np.ndarray, ci: int
) -> np.ndarray | None:
    """Splink's term-frequency adjustment of comparison ``ci`` for each pair: on its first level,
    ``log2(u / tf)`` when the pair's title is shared by a larger share ``tf`` of the entries than
    the level's ``u``, else 0 (a common title is weaker evidence; a rare one gets the level's
    weight). None when the comparison is not adjusted or its ``u`` is unknown."""
    c = model.comparisons[ci]
    u = c.levels[0].u
    if not c.tf_adjust or u is None or u <= 0 or not len(pairs) or not len(prep.title_tf):
        return None
    tf = np.maximum(prep.title_tf[pairs[:, 0]], prep.title_tf[pairs[:, 1]])
    out = np.minimum(0.0, np.log2(u / np.maximum(tf, 1e-300)))
    out[level != 0] = 0.0
    return out


def weigh(prep: Prepared, model: Model, pairs: np.ndarray, values: dict[str, np.ndarray]) -> Matches:
    """Levels, weights and vetoes of scored pairs from their comparison values."""
    levels: dict[str, np.ndarray] = {}
    adjustments: dict[str, np.ndarray] = {}
    weight = np.zeros(len(pairs))
    vetoed_by = np.full(len(pairs), -1, dtype=np.int16)
    for ci, c in enumerate(model.comparisons):
        lv = levels_of(c, values[c.name])
        levels[c.name] = lv
        weights = np.array([lev.weight for lev in c.levels])
        vetoes = np.array([lev.veto for lev in c.levels])
        weight += weights[lv] if len(lv) else 0.0
        adjust = tf_adjustment(prep, model, pairs, lv, ci)
        if adjust is not None:
            adjustments[c.name] = adjust
            weight += adjust
        vetoed_by[(vetoed_by < 0) & vetoes[lv]] = ci
    weight[vetoed_by >= 0] = -np.inf
    return Matches(prep, model, pairs, values, levels, weight, vetoed_by, len(pairs), adjustments or None)


def match(
    entries: Sequence[Entry],
    model: Model = DEFAULT_MODEL,
    *,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> Matches:
    """Block, then score: every candidate pair of ``entries`` with its comparisons and decision;
    each stage over ``workers`` processes."""
    with no_gc():
        prep = prepare(entries, workers=workers)
        pairs = candidates(prep, model, workers=workers)
        return score(prep, pairs, model, workers=workers, progress=progress)


def explain(a: Entry, b: Entry, model: Model = DEFAULT_MODEL) -> Explanation:
    """Score one pair of entries (no blocking) and say what each comparison contributed."""
    prep = prepare([a, b])
    matches = score(prep, np.array([[0, 1]], dtype=np.int64), model, prune=False)
    return matches.explain(0)
