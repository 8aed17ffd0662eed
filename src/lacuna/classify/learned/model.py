"""The learned rules' model: weights per category and feature and a bias per category (data,
``lacuna/data/classifier_model.json``), the prediction (a dot product, its softmax, the
contributions that explain it, ``because``) and the model of a conventions table
(``[learned]``)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from lacuna.classify.words import _INSIDES_LIMIT
from lacuna.conventions import Conventions
from lacuna.errors import LacunaError

#: The format version of a model file; a file of another version is refused.
VERSION = 1
#: How many contributions ``because`` names.
SHOWN = 3
#: How sure the model must be of an editor's note for a positional hand rule to defer to it,
#: unless the model file says (``note_confidence``: calibrated by the trainer's inner
#: page-grouped cross-check).
NOTE_CONFIDENCE = 0.92
#: Below this probability a gloss or note of the learned rule is read as supplied words, unless
#: the model file says (``confidence``, calibrated the same way).
CONFIDENCE = 0.6
#: What joins a feature of the inside and a feature of its position into a crossed feature
#: (``capitalised inside & alone on its line``): the pair weighs on its own, so the model can
#: tell what an inside means in one place from what it means in another.
CROSS = " & "


class Model:
    """Weights per category and feature (a missing weight is 0), and a bias per category."""

    __slots__ = (
        "_bias",
        "_dense",
        "_partners",
        "_rows",
        "bias",
        "categories",
        "confidence",
        "note_confidence",
        "weights",
    )

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("version") != VERSION:
            raise LacunaError(f"classifier model: version {data.get('version')!r}, expected {VERSION}")
        self.categories: tuple[str, ...] = tuple(data["categories"])
        # the thresholds of the rules, calibrated with the weights (the defaults below if not)
        self.confidence = float(data.get("confidence", CONFIDENCE))
        self.note_confidence = float(data.get("note_confidence", NOTE_CONFIDENCE))
        self.bias: dict[str, float] = {c: float(data["bias"][c]) for c in self.categories}
        self.weights: dict[str, dict[str, float]] = {
            feature: {c: float(w) for c, w in per.items()} for feature, per in data["weights"].items()
        }
        # per feature, its non-zero weights as (category's index, weight)
        index = {c: i for i, c in enumerate(self.categories)}
        self._rows: dict[str, tuple[tuple[int, float], ...]] = {
            feature: tuple((index[c], w) for c, w in per.items() if w and c in index)
            for feature, per in self.weights.items()
        }
        # per feature, its weight for each category in the order of ``categories`` (0.0: none)
        self._dense: dict[str, tuple[float, ...]] = {
            feature: tuple(per.get(c, 0.0) for c in self.categories) for feature, per in self.weights.items()
        }
        self._bias = tuple(self.bias[c] for c in self.categories)
        # per feature of the inside, the features around it it is crossed with (weighted pairs)
        partners: dict[str, set[str]] = {}
        for feature in self._rows:
            inside, sep, around = feature.partition(CROSS)
            if sep:
                partners.setdefault(inside, set()).add(around)
        self._partners: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in partners.items()}

    def vector(self, present: Iterable[str]) -> list[float]:
        """The categories' scores for the features ``present``, in the order of ``categories``."""
        out = list(self._bias)
        rows = self._rows
        for feature in present:
            for i, w in rows.get(feature, ()):
                out[i] += w
        return out

    def scores(self, present: Iterable[str]) -> dict[str, float]:
        """Each category's score for the features ``present``."""
        return dict(zip(self.categories, self.vector(present), strict=True))


def predict(model: Model, present: Sequence[str]) -> tuple[str, float, list[tuple[str, float]]]:
    """The winning category, its probability and the contributions of the features present
    (weight for the winner minus weight for the runner-up), largest first."""
    vector = model.vector(present)
    categories = model.categories
    # the highest score first, ties by name (the two first of that order)
    b = s = -1
    for i, score in enumerate(vector):
        if b < 0 or score > vector[b] or (score == vector[b] and categories[i] < categories[b]):
            b, s = i, b
        elif s < 0 or score > vector[s] or (score == vector[s] and categories[i] < categories[s]):
            s = i
    top = vector[b]
    best = categories[b]
    probability = 1.0 / sum(math.exp(score - top) for score in vector)
    if s < 0:
        return best, probability, []
    contributions = []
    dense = model._dense
    for feature in present:
        row = dense.get(feature)
        if row is None:
            continue
        delta = row[b] - row[s]
        if delta:
            contributions.append((feature, delta))
    if len(contributions) > 1:
        contributions.sort(key=_by_weight)
    return best, probability, contributions


def _by_weight(fc: tuple[str, float]) -> tuple[float, str]:
    """The order of contributions: largest first, ties by name."""
    return -abs(fc[1]), fc[0]


#: What the model answers for one set of features: category, probability, ``because``.
_Answer = tuple[str, float, str]


def _answer(model: Model, present: tuple[str, ...], conv: Conventions) -> _Answer:
    """The model's answer for the features ``present`` (cached in ``conv``: many windows have
    the same features)."""
    cache = conv._learned
    hit = cache.get(present)
    if hit is None:
        category, probability, contributions = predict(model, present)
        hit = (category, probability, _because(category, probability, contributions))
        if len(cache) >= _INSIDES_LIMIT:
            cache.clear()
        cache[present] = hit
    return hit


@cache
def _packaged(name: str) -> Model:
    text = resources.files("lacuna.data").joinpath(name).read_text("utf-8")
    return Model(json.loads(text))


@cache
def _from_file(path: str) -> Model:
    try:
        return Model(json.loads(Path(path).read_text("utf-8")))
    except (OSError, ValueError) as exc:
        raise LacunaError(f"{path}: cannot read the classifier model: {exc}") from exc


_MODELS: dict[int, tuple[Conventions, Model | None]] = {}


def model_of(conv: Conventions) -> Model | None:
    """The model of a conventions table (``[learned]``): inline ``weights``, else the file
    ``model`` (a name in ``lacuna/data`` or a path), else None (the rule does not answer)."""
    hit = _MODELS.get(id(conv))
    if hit is not None and hit[0] is conv:
        return hit[1]
    section = conv.data.get("learned") or {}
    model: Model | None = None
    if isinstance(section.get("weights"), dict):
        model = Model(section["weights"])
    elif section.get("model"):
        name = str(section["model"])
        model = _packaged(name) if "/" not in name and "\\" not in name else _from_file(name)
    if len(_MODELS) > 64:
        _MODELS.clear()
    _MODELS[id(conv)] = (conv, model)
    return model


def _because(category: str, probability: float, contributions: list[tuple[str, float]]) -> str:
    shown = ", ".join([f"{name} {w:+.1f}" for name, w in contributions[:SHOWN]])
    return f"{category} {probability:.2f}" + (f" ({shown})" if shown else "")
