"""Classifier quality against hand labels, for each part of the labels in one run.

Labels (written by hand, see bench/labels/README.md):

* ``bench/labels/corpus.jsonl``: one line per span of ``corpus/`` (``file``, ``start``, ``text``,
  ``category`` and the fields asserted);
* ``bench/labels/dev.jsonl``: excerpts of public archival pages (``source`` address, ``excerpt``,
  ``spans``: ``[text, category, {fields}]`` in document order), free to read while tuning;
* ``bench/labels/holdout.jsonl``: the same, for a fifth of the pages, kept back: never read
  them (nor their misses) while tuning the classifier.

For each part: overall category accuracy, per category the gold count, precision and recall,
a confusion table (gold rows × predicted columns), accuracy per failure class of issue 13
(the ``class`` tag of a label) and field accuracy. A gold span is matched to lacuna's span that
starts at the same offset with the same text; the offsets of an excerpt's spans are found by
locating each span's text in order.

Run from the repository root::

    .venv/bin/python bench/classify.py                  # the tables of every part
    .venv/bin/python bench/classify.py --misses         # and each wrong span of dev
    .venv/bin/python bench/classify.py --misses --show-corpus    # and of corpus/
    .venv/bin/python bench/classify.py --misses --show-holdout   # also holdout's (not while tuning)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lacuna
from lacuna.ast import CATEGORIES
from lacuna.spans import span_records

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "labels"
NO_SPAN = "(no span)"
#: Keys of a label that are not span fields to check.
NOT_FIELDS = frozenset({"file", "start", "text", "category", "class"})


@dataclass
class Pair:
    """One gold span and lacuna's span at the same place (None when there is none)."""

    label: dict[str, Any]
    record: dict[str, Any] | None
    where: str


@dataclass
class Part:
    """The pairs of one part of the labels, and the problems met reading its labels."""

    name: str
    pairs: list[Pair] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _norm(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (list, tuple)):
        return [_norm(v) for v in value]
    return value


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def corpus_part() -> Part:
    """The labelled spans of ``corpus/``, each matched by file and start offset."""
    part = Part("corpus")
    records: dict[str, dict[int, dict[str, Any]]] = {}
    for label in _jsonl(LABELS / "corpus.jsonl"):
        file = label["file"]
        if file not in records:
            doc = lacuna.parse_file(ROOT / file)
            records[file] = {r["start"]: r for r in span_records(doc)}
        record = records[file].get(label["start"])
        if record is not None and record["text"] != label["text"]:
            record = None
        part.pairs.append(Pair(label, record, f"{file}@{label['start']}"))
    return part


def excerpt_part(name: str, path: Path) -> Part:
    """The labelled spans of the excerpts in ``path``, located in order in each excerpt."""
    part = Part(name)
    for passage in _jsonl(path):
        excerpt = passage["excerpt"]
        by_place = {(r["start"], r["text"]): r for r in span_records(lacuna.parse(excerpt))}
        pos = 0
        for text, category, fields in passage["spans"]:
            start = excerpt.find(text, pos)
            if start < 0:
                start = excerpt.find(text)
                part.problems.append(
                    f"  {passage['source']}: {text!r} not found after offset {pos}"
                    + ("" if start >= 0 else " nor anywhere")
                )
                if start < 0:
                    continue
            pos = start + 1
            label = {"text": text, "category": category, **fields}
            record = by_place.get((start, text))
            part.pairs.append(Pair(label, record, f"{passage['source']}@{start}"))
    return part


def _category_order(parts: list[Part]) -> list[str]:
    """lacuna's categories in their order, then any other gold or predicted name, sorted."""
    seen = {p.label["category"] for part in parts for p in part.pairs}
    seen |= {p.record["category"] for part in parts for p in part.pairs if p.record}
    return [*CATEGORIES, *sorted(seen - set(CATEGORIES))]


def _got(pair: Pair) -> str:
    return pair.record["category"] if pair.record is not None else NO_SPAN


def _pct(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "-"


def report(part: Part, order: list[str]) -> list[str]:
    """The tables of one part: accuracy, per category, confusion, per class, fields."""
    pairs = part.pairs
    right = sum(_got(p) == p.label["category"] for p in pairs)
    lines = [
        f"== {part.name}: {len(pairs)} labelled spans, "
        f"category accuracy {_pct(right, len(pairs))} ({right}/{len(pairs)})"
    ]
    gold = Counter(p.label["category"] for p in pairs)
    predicted = Counter(_got(p) for p in pairs)
    hits = Counter(p.label["category"] for p in pairs if _got(p) == p.label["category"])
    lines.append(f"  {'category':<16}{'n':>5}{'precision':>11}{'recall':>8}")
    for category in order:
        if gold[category] == 0 and predicted[category] == 0:
            continue
        prec = _pct(hits[category], predicted[category])
        lines.append(
            f"  {category:<16}{gold[category]:>5}{prec:>11}{_pct(hits[category], gold[category]):>8}"
        )
    columns = [c for c in [*order, NO_SPAN] if predicted[c]]
    rows = [c for c in order if gold[c]]
    short = {c: c[:8] for c in columns}
    lines.append("  confusion (rows gold, columns predicted):")
    lines.append("  " + " " * 16 + "".join(f"{short[c]:>9}" for c in columns))
    confusion = Counter((p.label["category"], _got(p)) for p in pairs)
    for row in rows:
        cells = "".join(f"{confusion[(row, c)] or '.':>9}" for c in columns)
        lines.append(f"  {row:<16}{cells}")
    classes = Counter(p.label.get("class") for p in pairs if p.label.get("class"))
    if classes:
        class_hits = Counter(
            p.label["class"] for p in pairs if p.label.get("class") and _got(p) == p.label["category"]
        )
        lines.append("  by class: " + ", ".join(f"{c} {class_hits[c]}/{classes[c]}" for c in sorted(classes)))
    field_ok: Counter[str] = Counter()
    field_n: Counter[str] = Counter()
    for pair in pairs:
        for key, value in pair.label.items():
            if key in NOT_FIELDS:
                continue
            field_n[key] += 1
            got = _norm(pair.record.get(key)) if pair.record is not None else None
            field_ok[key] += got == _norm(value)
    if field_n:
        total_ok, total_n = sum(field_ok.values()), sum(field_n.values())
        lines.append(
            f"  fields {_pct(total_ok, total_n)} ({total_ok}/{total_n}): "
            + ", ".join(f"{k} {field_ok[k]}/{field_n[k]}" for k in sorted(field_n))
        )
    if part.problems:
        lines.append(f"  label problems: {len(part.problems)}")
        lines.extend(part.problems)
    return lines


def misses(part: Part) -> list[str]:
    """Each wrong category or field of a part, with lacuna's ``because``."""
    out = [f"== misses of {part.name}:"]
    for pair in part.pairs:
        label, record = pair.label, pair.record
        want, got = label["category"], _got(pair)
        because = f" ({record['because']})" if record is not None else ""
        if got != want:
            out.append(f"  {pair.where}: {label['text']!r} want {want}, got {got}{because}")
        for key, value in label.items():
            if key in NOT_FIELDS:
                continue
            got_value = _norm(record.get(key)) if record is not None else None
            if got_value != _norm(value):
                out.append(f"  {pair.where}: {label['text']!r} {key} want {value!r}, got {got_value!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", "--errors", action="store_true", help="list the wrong spans of dev")
    parser.add_argument("--show-corpus", action="store_true", help="with --misses, list corpus/'s too")
    parser.add_argument(
        "--show-holdout", action="store_true", help="with --misses, list holdout's too (not while tuning)"
    )
    args = parser.parse_args(argv)
    parts = [
        corpus_part(),
        excerpt_part("dev", LABELS / "dev.jsonl"),
        excerpt_part("holdout", LABELS / "holdout.jsonl"),
    ]
    order = _category_order(parts)
    for part in parts:
        print("\n".join(report(part, order)))
    if args.misses:
        wanted = {"dev", "corpus" if args.show_corpus else "", "holdout" if args.show_holdout else ""}
        shown = [p for p in parts if p.name in wanted]
        for part in shown:
            print("\n".join(misses(part)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
