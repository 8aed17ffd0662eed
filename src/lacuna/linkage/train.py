"""Learning a model's weights from the data, as splink does: u from random pairs, m by EM over blocked pairs.

- **u** (how often two unrelated entries land on a level) is counted over random pairs of
  entries from different pages, which are nearly all non-matches;
- **m** (how often two entries of one document land on it) and the prior **lambda** (the share of
  blocked pairs that match) are estimated by expectation–maximisation over the candidate pairs
  of the model's blocking rules, with the hand-set weights as priors: EM starts from the hand
  model's verdicts, and the m they imply is a Dirichlet prior on each comparison's m;
- the comparisons of the field the blocking rules key on (the title) keep the prior weights:
  blocked pairs agree on it by construction, so EM cannot tell their m (splink trains such
  comparisons in another session, blocked on another field); they get u;
- a level's weight becomes ``log2(m / u)``; vetoes stay vetoes, a ``missing`` level weighs 0
  (no evidence either way, as splink's null level); the title's first level gets splink's
  term-frequency adjustment (:func:`lacuna.linkage.score.tf_adjustment`);
- the threshold stays the prior model's, or becomes the weight at which the match probability
  reaches ``min_probability``.

:func:`estimate_m` is the EM on level indices alone, so it can be checked against data drawn
from known m and u (tests/test_match_train.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from lacuna.errors import LacunaError
from lacuna.linkage.blocking import candidates
from lacuna.linkage.methods import comparison_values, levels_of
from lacuna.linkage.model import DEFAULT_MODEL, Model
from lacuna.linkage.prepare import Prepared, prepare
from lacuna.listing import Entry

__all__ = ["Estimate", "estimate_m", "estimate_u", "random_pairs", "train"]

_FLOOR = 1e-6  # no probability is taken as 0: a level never seen still has a finite weight
_MAX_WEIGHT = 20.0


@dataclass(frozen=True, slots=True)
class Estimate:
    """What EM found: each comparison's m (one row per comparison, one column per level),
    lambda, the iterations run and whether the estimates settled."""

    m: list[np.ndarray]
    prior: float
    iterations: int
    converged: bool


def random_pairs(prep: Prepared, count: int, seed: int = 0) -> np.ndarray:
    """Up to ``count`` random pairs of entries on different pages (``a < b``), drawn with a seeded
    generator, so the same input gives the same pairs."""
    n = len(prep)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    rng = np.random.default_rng(seed)
    a = rng.integers(0, n, size=count * 2)
    b = rng.integers(0, n, size=count * 2)
    keep = prep.page[a] != prep.page[b]
    a, b = a[keep][:count], b[keep][:count]
    return np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1).astype(np.int64)


def _levels(model: Model, prep: Prepared, pairs: np.ndarray, workers: int) -> np.ndarray:
    """(pairs, comparisons) matrix of level indices."""
    out = np.zeros((len(pairs), len(model.comparisons)), dtype=np.int16)
    for ci, c in enumerate(model.comparisons):
        values = comparison_values(c, prep, pairs[:, 0], pairs[:, 1], workers=workers)
        out[:, ci] = levels_of(c, values)
    return out


def estimate_u(model: Model, levels: np.ndarray) -> list[np.ndarray]:
    """Each comparison's u: the share of (random) pairs on each level, floored above 0."""
    out = []
    for ci, c in enumerate(model.comparisons):
        counts = np.bincount(levels[:, ci], minlength=len(c.levels)).astype(np.float64)
        u = counts / max(counts.sum(), 1.0)
        out.append(np.maximum(u, _FLOOR))
    return out


def estimate_m(
    levels: np.ndarray,
    u: Sequence[np.ndarray],
    prior_m: Sequence[np.ndarray],
    *,
    vetoes: Sequence[np.ndarray] | None = None,
    neutral: Sequence[np.ndarray] | None = None,
    fixed: Sequence[np.ndarray | None] | None = None,
    start: np.ndarray | float = 0.1,
    prior_strength: float = 50.0,
    max_iterations: int = 100,
    tolerance: float = 1e-5,
) -> Estimate:
    """EM for m and lambda over pairs given as level indices (``levels[pair, comparison]``), with
    u fixed and a Dirichlet prior of ``prior_strength`` pairs centred on ``prior_m``.

    ``start`` is the first match probability of each pair (or lambda, one number, with m =
    ``prior_m``). Pairs on a veto level (``vetoes[c][level]``) are non-matches; a ``neutral``
    level (no value on a side: splink's null level) is no evidence either way. A comparison with
    ``fixed[c]`` (log2 Bayes factors per level) is not estimated: splink's rule for the
    comparisons a training blocking rule uses, whose m the blocked pairs cannot tell."""
    n, k = levels.shape
    vetoed = np.zeros(n, dtype=bool)
    if vetoes is not None:
        for ci in range(k):
            vetoed |= np.asarray(vetoes[ci], dtype=bool)[levels[:, ci]]
    prior = [np.asarray(x, dtype=np.float64) / np.asarray(x, dtype=np.float64).sum() for x in prior_m]
    log_u = [np.log2(np.asarray(x, dtype=np.float64)) for x in u]
    keep = [
        np.ones(len(x), dtype=bool) if neutral is None else ~np.asarray(neutral[ci], dtype=bool)
        for ci, x in enumerate(u)
    ]
    m = [np.maximum(x, _FLOOR) for x in prior]
    if np.ndim(start) == 0:
        lam = min(max(float(start), 1e-6), 1 - 1e-6)
        p = None
    else:
        p = np.asarray(start, dtype=np.float64).copy()
        lam = 0.5
    converged = False
    iteration = 0
    for iteration in range(1, max_iterations + 1):  # noqa: B007 - the count is reported
        if p is None:  # E step
            score = np.full(n, math.log2(lam / (1 - lam)))
            for ci in range(k):
                f = None if fixed is None else fixed[ci]
                ratio = np.asarray(f) if f is not None else np.log2(m[ci]) - log_u[ci]
                score += np.where(keep[ci], ratio, 0.0)[levels[:, ci]]
            p = 1.0 / (1.0 + np.exp2(-np.clip(score, -500, 500)))
        p[vetoed] = 0.0
        total = p.sum()
        new_m = []  # M step
        for ci in range(k):
            counts = np.bincount(levels[:, ci], weights=p, minlength=len(m[ci]))
            x = (counts + prior_strength * prior[ci]) / (total + prior_strength)
            x = np.maximum(x, _FLOOR)
            new_m.append(x / x.sum())
        new_lam = min(max(total / max(n, 1), 1e-6), 1 - 1e-6)
        change = max(abs(new_lam - lam), *(float(np.abs(a - b).max()) for a, b in zip(new_m, m, strict=True)))
        m, lam, p = new_m, new_lam, None
        if change < tolerance:
            converged = True
            break
    return Estimate(m, lam, iteration, converged)


def train(
    entries: Sequence[Entry],
    model: Model = DEFAULT_MODEL,
    *,
    random_count: int = 200_000,
    max_pairs: int = 1_000_000,
    prior_strength: float = 1.0,
    min_probability: float | None = None,
    fields_blocked_on: Sequence[str] = ("title",),
    seed: int = 0,
    workers: int = 1,
) -> Model:
    """A model with m, u, weights and prior learned from ``entries``; its blocking rules,
    comparisons, levels and vetoes are those of ``model``, whose weights are the priors.

    Up to ``max_pairs`` blocked pairs (a seeded sample beyond) feed EM; ``random_count`` random
    pairs give u. EM starts from ``model``'s verdicts (the match probability of each pair); the
    m they imply is a prior worth ``prior_strength`` times the pairs ``model`` accepts. The
    comparisons of ``fields_blocked_on`` keep their weights (splink's rule: blocked pairs agree
    on them by construction, so they cannot tell their m) and get u only. The threshold stays
    ``model``'s, or is the weight at which the match probability is ``min_probability``.
    """
    if min_probability is not None and not 0.0 < min_probability < 1.0:
        raise LacunaError(f"min_probability must lie between 0 and 1, not {min_probability}")
    prep = prepare(entries)
    if len({int(p) for p in prep.page}) < 2:
        raise LacunaError("training needs entries from two pages or more")
    rng = np.random.default_rng(seed)
    blocked = candidates(prep, model)
    block_fields = set(fields_blocked_on)
    if len(blocked) > max_pairs:
        blocked = blocked[np.sort(rng.choice(len(blocked), size=max_pairs, replace=False))]
    if not len(blocked):
        raise LacunaError("training needs candidate pairs: no two entries share a blocking key")
    u = estimate_u(model, _levels(model, prep, random_pairs(prep, random_count, seed), workers))
    levels = _levels(model, prep, blocked, workers)
    # EM starts from the prior model's verdicts (its probability of each pair), and the m they
    # imply is the prior, as strong as the pairs it accepts: data and hand weights count alike
    weights = np.zeros(len(blocked))
    for ci, c in enumerate(model.comparisons):
        weights += np.array([-np.inf if lev.veto else lev.weight for lev in c.levels])[levels[:, ci]]
    start = 1.0 / (1.0 + np.exp2(-np.clip(weights - model.threshold, -500, 500)))
    priors = []
    for ci, c in enumerate(model.comparisons):
        counts = np.bincount(levels[:, ci], weights=start, minlength=len(c.levels)) + 1.0
        counts[[k for k, lev in enumerate(c.levels) if lev.veto]] = _FLOOR
        priors.append(counts / counts.sum())
    fixed = [
        np.array([0.0 if lev.veto else lev.weight for lev in c.levels]) if c.field in block_fields else None
        for c in model.comparisons
    ]
    est = estimate_m(
        levels,
        u,
        priors,
        vetoes=[np.array([lev.veto for lev in c.levels]) for c in model.comparisons],
        neutral=[np.array([lev.missing for lev in c.levels]) for c in model.comparisons],
        fixed=fixed,
        start=start,
        prior_strength=prior_strength * float(start.sum()),
    )
    comparisons = []
    for ci, c in enumerate(model.comparisons):
        new_levels = []
        for k, lev in enumerate(c.levels):
            m_k, u_k = float(est.m[ci][k]), float(u[ci][k])
            if fixed[ci] is not None:  # the blocking field's comparisons keep their weights
                new_levels.append(replace(lev, u=round(u_k, 8)))
                continue
            if lev.veto or lev.missing:
                weight = lev.weight if lev.veto else 0.0
            else:
                weight = max(-_MAX_WEIGHT, min(_MAX_WEIGHT, math.log2(m_k / u_k)))
            new_levels.append(replace(lev, weight=round(weight, 4), m=round(m_k, 6), u=round(u_k, 8)))
        comparisons.append(replace(c, levels=tuple(new_levels), tf_adjust=ci == 0 and c.field == "title"))
    prior = float(est.prior)
    threshold = model.threshold
    if min_probability is not None:
        threshold = math.log2(min_probability / (1 - min_probability)) - math.log2(prior / (1 - prior))
    return Model(model.blocking, tuple(comparisons), round(threshold, 4), prior)
