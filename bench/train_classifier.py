"""Train the learned rule's weights (``src/lacuna/data/classifier_model.json``) on dev's labels.

The examples are dev's labelled spans whose inside carries no cue (the spans the context chain
of :mod:`lacuna.classify.context` decides: ``read_inside`` leaves them to the default), with the
gold category when it is one the rule may answer (``gloss``, ``supplied``). Each is the set of
binary features :func:`lacuna.classify.learned.span_features` reads. The model is a multinomial
logistic regression with an L2 penalty, fitted by full-batch gradient descent from zero weights
in numpy (a few hundred examples and a hundred features: scikit-learn would add a large
dependency for twenty lines); the result is deterministic and written with rounded weights.

Run from the repository root::

    .venv/bin/python bench/train_classifier.py            # write the model
    .venv/bin/python bench/train_classifier.py --check    # fail if the file differs from a fresh fit
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from lacuna.classify import read_inside
from lacuna.classify.inside import _DEFAULT_BECAUSE
from lacuna.classify.learned import VERSION, span_features
from lacuna.conventions import Conventions

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "labels"
MODEL = ROOT / "src" / "lacuna" / "data" / "classifier_model.json"
#: The categories the rule may answer; other gold categories are left out of training.
CATEGORIES = ("editor_note", "gloss", "supplied")
L2 = 1.0
STEPS = 4000
RATE = 0.05
#: A feature seen fewer times than this in training gets no weight.
MIN_SEEN = 3
#: Whether every editor's note of dev is an example (most are read by the inside rules: as
#: examples they teach what an unlisted description looks like), or only the cue-less ones.
ALL_NOTES = True


def examples(
    path: Path = LABELS / "dev.jsonl", pages: set[str] | None = None, conv: Conventions | None = None
) -> list[tuple[list[str], str]]:
    """(features, gold category) of the cue-less labelled spans of ``path`` (only ``pages``'s)."""
    conv = conv or Conventions.default()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        passage = json.loads(line)
        if pages is not None and passage["source"] not in pages:
            continue
        excerpt = passage["excerpt"]
        pos = 0
        for text, category, _fields in passage["spans"]:
            start = excerpt.find(text, pos)
            if start < 0:
                continue
            pos = start + 1
            inside = text[1:-1]
            if category not in CATEGORIES or "[" in inside or "]" in inside:
                continue
            info = read_inside(inside, conv)
            cueless = info.category == "supplied" and info.because == _DEFAULT_BECAUSE
            if not cueless and not (ALL_NOTES and category == "editor_note"):
                continue
            out.append((span_features(excerpt, start, start + len(text), conv), category))
    return out


def train(data: list[tuple[list[str], str]], l2: float = L2) -> dict[str, Any]:
    """The model (as written to the JSON file) fitted to ``data``."""
    seen: dict[str, int] = {}
    for present, _ in data:
        for f in present:
            seen[f] = seen.get(f, 0) + 1
    names = sorted(f for f, n in seen.items() if n >= MIN_SEEN)
    column = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(data), len(names)))
    y = np.zeros((len(data), len(CATEGORIES)))
    for row, (present, category) in enumerate(data):
        for f in present:
            if f in column:
                x[row, column[f]] = 1.0
        y[row, CATEGORIES.index(category)] = 1.0
    w = np.zeros((len(names), len(CATEGORIES)))
    b = np.zeros(len(CATEGORIES))
    n = max(len(data), 1)
    for _ in range(STEPS):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = p - y
        w -= RATE * ((x.T @ g) / n + l2 * w / n)
        b -= RATE * g.mean(axis=0)
    return {
        "version": VERSION,
        "about": "bench/train_classifier.py: logistic regression on dev's cue-less labelled spans",
        "trained_on": {"spans": len(data), "l2": l2, "steps": STEPS},
        "categories": list(CATEGORIES),
        "bias": {c: round(float(b[j]), 4) for j, c in enumerate(CATEGORIES)},
        "weights": {
            f: {c: round(float(w[i, j]), 4) for j, c in enumerate(CATEGORIES)} for i, f in enumerate(names)
        },
    }


def dumps(model: dict[str, Any]) -> str:
    """The model file's text (stable: sorted keys, one feature a line)."""
    return json.dumps(model, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the model file is not a fresh fit")
    args = parser.parse_args(argv)
    text = dumps(train(examples()))
    if args.check:
        same = MODEL.exists() and MODEL.read_text(encoding="utf-8") == text
        print("model file is up to date" if same else "model file differs from a fresh fit")
        return 0 if same else 1
    MODEL.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
