"""Classifier quality against hand labels: per-category precision and recall, field accuracy.

Labels (written by hand, see bench/labels/README.md):

* ``bench/labels/corpus.jsonl``: one line per span of ``corpus/`` (``file``, ``start``, ``text``,
  ``category`` and the fields asserted);
* ``bench/labels/public.jsonl``: short excerpts of public archival pages (``source`` address,
  ``excerpt``, ``spans``: ``[text, category, {fields}]`` in document order).

Run from the repository root::

    .venv/bin/python bench/classify.py            # the table
    .venv/bin/python bench/classify.py --errors   # and every disagreement, with its "because"
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import lacuna
from lacuna.ast import CATEGORIES
from lacuna.spans import span_records

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "labels"


def _norm(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (list, tuple)):
        return [_norm(v) for v in value]
    return value


def corpus_pairs() -> list[tuple[dict[str, Any], dict[str, Any] | None, str]]:
    """(label, predicted record or None, where) for every labelled corpus span."""
    out = []
    records: dict[str, dict[int, dict[str, Any]]] = {}
    for line in (LABELS / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        file = label["file"]
        if file not in records:
            doc = lacuna.parse_file(ROOT / file)
            records[file] = {r["start"]: r for r in span_records(doc)}
        record = records[file].get(label["start"])
        if record is not None and record["text"] != label["text"]:
            record = None
        out.append((label, record, f"{file}@{label['start']}"))
    return out


def public_pairs() -> list[tuple[dict[str, Any], dict[str, Any] | None, str]]:
    """(label, predicted record or None, where) for every labelled span of the excerpts."""
    out = []
    for line in (LABELS / "public.jsonl").read_text(encoding="utf-8").splitlines():
        passage = json.loads(line)
        excerpt = passage["excerpt"]
        by_start = {r["start"]: r for r in span_records(lacuna.parse(excerpt))}
        pos = 0
        for text, category, fields in passage["spans"]:
            start = excerpt.index(text, pos)
            pos = start + 1
            label = {"text": text, "category": category, **fields}
            record = by_start.get(start)
            if record is not None and record["text"] != text:
                record = None
            out.append((label, record, f"{passage['source']}@{start}"))
    return out


def report(pairs: list[tuple[dict[str, Any], dict[str, Any] | None, str]], title: str) -> list[str]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    field_ok: Counter[str] = Counter()
    field_n: Counter[str] = Counter()
    errors = []
    for label, record, where in pairs:
        want = label["category"]
        got = record["category"] if record is not None else "(no span)"
        if got == want:
            tp[want] += 1
        else:
            fn[want] += 1
            fp[got] += 1
            because = record["because"] if record else ""
            errors.append(f"  {where}: {label['text']!r} want {want}, got {got} ({because})")
        for key, value in label.items():
            if key in ("file", "start", "text", "category"):
                continue
            field_n[key] += 1
            got_value = _norm(record.get(key)) if record is not None else None
            if got_value == _norm(value):
                field_ok[key] += 1
            else:
                errors.append(f"  {where}: {label['text']!r} {key} want {value!r}, got {got_value!r}")
    header = f"{'category':<16}{'n':>4}{'precision':>11}{'recall':>8}"
    lines = [f"== {title}: {len(pairs)} labelled spans", header]
    for category in CATEGORIES:
        n = tp[category] + fn[category]
        if n == 0 and fp[category] == 0:
            continue
        predicted = tp[category] + fp[category]
        precision = f"{tp[category] / predicted:.2f}" if predicted else "-"
        recall = f"{tp[category] / n:.2f}" if n else "-"
        lines.append(f"{category:<16}{n:>4}{precision:>11}{recall:>8}")
    total = sum(tp.values())
    lines.append(f"{'accuracy':<16}{len(pairs):>4}{total / len(pairs):>11.2f}")
    if field_n:
        lines.append("fields: " + ", ".join(f"{k} {field_ok[k]}/{field_n[k]}" for k in sorted(field_n)))
    return lines + (["errors:", *errors] if errors else [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    corpus = corpus_pairs()
    public = public_pairs()
    for title, pairs in (("corpus/", corpus), ("public excerpts", public), ("all", corpus + public)):
        lines = report(pairs, title)
        if not args.errors and "errors:" in lines:
            lines = lines[: lines.index("errors:")]
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
