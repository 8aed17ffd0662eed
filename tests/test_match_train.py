"""Learned weights: EM recovers the m and lambda its data were drawn with, u comes from random
pairs, the model goes to JSON and back, and a trained model still scores symmetrically."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lacuna.errors import LacunaError
from lacuna.linkage import DEFAULT_MODEL, Model, link, prepare, score
from lacuna.linkage.train import estimate_m, estimate_u, train
from lacuna.listing import read_file
from test_match import _entries, _entry

# The generator's truth: three comparisons, lambda 0.1 (written by hand, not estimated).
M = [np.array([0.7, 0.2, 0.1]), np.array([0.6, 0.4]), np.array([0.5, 0.3, 0.15, 0.05])]
U = [np.array([0.01, 0.09, 0.9]), np.array([0.05, 0.95]), np.array([0.02, 0.08, 0.3, 0.6])]
LAMBDA = 0.1


def _draw(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    match = rng.random(n) < LAMBDA
    levels = np.zeros((n, len(M)), dtype=np.int16)
    for c, (m, u) in enumerate(zip(M, U, strict=True)):
        levels[match, c] = rng.choice(len(m), size=int(match.sum()), p=m)
        levels[~match, c] = rng.choice(len(u), size=int((~match).sum()), p=u)
    return levels, match


def test_em_recovers_m_and_lambda_of_the_generator():
    levels, _ = _draw(60_000, seed=1)
    flat = [np.full(len(m), 1.0 / len(m)) for m in M]  # a prior that knows nothing
    est = estimate_m(levels, U, flat, start=0.3, prior_strength=10.0)
    assert est.converged
    assert abs(est.prior - LAMBDA) < 0.01
    for got, want in zip(est.m, M, strict=True):
        np.testing.assert_allclose(got, want, atol=0.02)


def test_u_from_random_pairs_is_the_level_shares():
    rng = np.random.default_rng(2)
    levels = np.stack([rng.choice(len(u), size=50_000, p=u) for u in U], axis=1)
    by_name = {c.name: c for c in DEFAULT_MODEL.comparisons}
    model = Model((), tuple(by_name[n] for n in ("cut", "words", "summary", "date")))  # 3, 2, 5, 5 levels
    got = estimate_u(model, levels[:, [0, 1, 2, 0]])
    for c in range(3):  # the summary's last level ("different") is never drawn here
        np.testing.assert_allclose(got[c][: len(U[c])], U[c], atol=0.01)
        assert got[c][len(U[c]) :].max(initial=1e-6) == pytest.approx(1e-6)
    assert got[3][3:].max() == pytest.approx(1e-6)  # a level never seen: floored, not 0


def test_em_ignores_vetoed_pairs_and_fixed_comparisons():
    levels, _ = _draw(20_000, seed=3)
    flat = [np.full(len(m), 1.0 / len(m)) for m in M]
    fixed = [np.log2(M[0] / U[0]), None, None]  # the first comparison's weights given
    vetoes = [np.array([False, False, True]), np.zeros(2, bool), np.zeros(4, bool)]
    est = estimate_m(levels, U, flat, fixed=fixed, vetoes=vetoes, start=0.3, prior_strength=10.0)
    # every pair on level 2 of the first comparison counted as a non-match: the matches left
    # are the 90 % of them that were not there
    assert abs(est.prior - LAMBDA * 0.9) < 0.01


def test_train_on_the_samples_writes_a_model_that_reads_back(corpus, tmp_path):
    entries = [e for p in sorted(corpus.glob("listing-*.txt")) for e in read_file(p)]
    model = train(entries, random_count=5_000)
    assert 0.0 < model.prior < 1.0
    summary = model.comparison("summary")
    assert all(level.m is not None and level.u is not None for level in summary.levels)
    same = next(level for level in summary.levels if level.label == "same")
    assert same.weight == pytest.approx(math.log2(same.m / same.u), abs=1e-3)
    assert model.comparison("title").levels[0].weight == 8.0  # blocked on: the hand weights stay
    path = tmp_path / "model.json"
    model.save(path)
    assert Model.load(path) == model
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "lacuna-linkage-model"
    _, docs = link(entries, Model.load(path))
    assert docs.count <= len(entries)


def test_bad_models_are_refused_with_the_reason(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(LacunaError, match=r"m\.json:1:2: not JSON"):
        Model.load(path)
    data = DEFAULT_MODEL.to_dict()
    data["comparisons"][0]["method"] = "soundex"
    with pytest.raises(LacunaError, match="unknown method 'soundex'"):
        Model.from_dict(data)
    data = DEFAULT_MODEL.to_dict()
    data["prior"] = 1.5
    with pytest.raises(LacunaError, match="prior must lie between 0 and 1"):
        Model.from_dict(data)
    with pytest.raises(LacunaError, match="cannot read the model"):
        Model.load(tmp_path / "missing.json")
    assert Model.from_json(DEFAULT_MODEL.to_json()) == DEFAULT_MODEL


def _trained() -> Model:
    """A model with learned-looking levels: m, u and the title's term-frequency adjustment."""
    from dataclasses import replace

    comparisons = list(DEFAULT_MODEL.comparisons)
    title = comparisons[0]
    levels = [replace(lev, m=0.5, u=0.0001 * (i + 1)) for i, lev in enumerate(title.levels)]
    comparisons[0] = replace(title, levels=tuple(levels), tf_adjust=True)
    return Model(DEFAULT_MODEL.blocking, tuple(comparisons), 6.0, 0.01)


@settings(max_examples=40, deadline=None)
@given(st.lists(_entry, min_size=2, max_size=10))
def test_trained_scores_are_symmetric(specs):
    model = _trained()
    prep = prepare(_entries(specs))
    ia, ib = np.triu_indices(len(prep), 1)
    forward = score(prep, np.stack([ia, ib], axis=1), model, prune=False)
    backward = score(prep, np.stack([ib, ia], axis=1), model, prune=False)
    np.testing.assert_array_equal(forward.weight, backward.weight)
    np.testing.assert_array_equal(forward.probability, backward.probability)
    assert ((forward.probability >= 0) & (forward.probability <= 1)).all()


def test_a_common_exact_title_weighs_less():
    from lacuna.listing import read

    model = _trained()
    common = "Memorandum of Conversation"
    pages = [read(f"June 5, 1950\n\n{common}\n", source=f"p{i}")[0] for i in range(40)]
    rare = [read(f"June 5, 1950\n\n{common} with Kovalev\n", source=f"q{i}")[0] for i in range(2)]
    prep = prepare([*pages, *rare])
    a = prep.index["p0:3"], prep.index["p1:3"]
    b = prep.index["q0:3"], prep.index["q1:3"]
    m = score(prep, np.array([a, b]), model, prune=False)
    e_common, e_rare = m.explain(0), m.explain(1)
    # 40 of 42 entries share the common title: tf 40/42, u 0.0001, log2(0.0001 / (40/42))
    assert e_common.contributions[0].adjustment == pytest.approx(math.log2(0.0001 * 42 / 40))
    assert e_rare.contributions[0].adjustment == pytest.approx(math.log2(0.0001 * 42 / 2))
    assert e_common.weight < e_rare.weight
