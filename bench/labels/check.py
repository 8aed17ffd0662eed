"""Check the hand-label files of bench/labels/ for form (not for the truth of a label).

Each excerpt of ``dev.jsonl`` / ``holdout.jsonl`` must have a ``source``, an ``excerpt`` and
``spans``; each span is ``[text, category, {fields}]`` with a known category, known fields and a
known ``class`` tag, and the spans' texts are found in the excerpt in document order. Every
bracketed pair of the excerpt (found by a plain bracket scan, outer before inner) has its span,
unless the excerpt's brackets are unbalanced (the human reading decides which pairs there are)
or its ``note`` says why a bracket is left without one. A page is in one part
only. Problems are reported by file, line and source, never with the excerpt's text (so that a
problem in the held-out part can be fixed without reading it).

    python bench/labels/check.py          # prints the problems; exit status 1 if any
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

LABELS = Path(__file__).resolve().parent
PARTS = ("dev.jsonl", "holdout.jsonl")
CATEGORIES = frozenset(
    {
        "supplied",
        "gloss",
        "uncertain",
        "gap",
        "translator_note",
        "editor_note",
        "sic",
        "footnote_ref",
        "page_break",
        "other",
        "correction",
    }
)
FIELDS = frozenset(
    {
        "glossed",
        "extent",
        "quantity",
        "unit",
        "reason",
        "conjecture",
        "cert",
        "label",
        "correction",
        "region",
        "class",
    }
)
CLASSES = frozenset(
    {
        "romanisation",
        "real_name",
        "translation",
        "place_group",
        "first_name",
        "footnote",
        "physical",
        "venona",
        "frus_time",
        "question",
        "page_marker",
        "word_count",
        "typed",
        "two_word",
        "declassified_gap",
        "remainder",
    }
)


def bracket_pairs(text: str) -> list[str]:
    """The bracketed pairs of ``text`` (``[`` to its matching ``]``), outer before inner."""
    opened: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch == "[":
            opened.append(i)
        elif ch == "]" and opened:
            pairs.append((opened.pop(), i))
    return [text[a : b + 1] for a, b in sorted(pairs)]


def entry_problems(entry: dict[str, Any]) -> Iterator[str]:
    """What is wrong with the form of one excerpt's labels."""
    for key in ("source", "excerpt", "spans"):
        if key not in entry:
            yield f"no {key!r}"
            return
    excerpt, spans = entry["excerpt"], entry["spans"]
    at = 0
    for n, span in enumerate(spans):
        if not (isinstance(span, list) and len(span) == 3 and isinstance(span[2], dict)):
            yield f"span {n}: not [text, category, fields]"
            continue
        text, category, fields = span
        if category not in CATEGORIES:
            yield f"span {n}: unknown category {category!r}"
        if set(fields) - FIELDS:
            yield f"span {n}: unknown fields {sorted(set(fields) - FIELDS)}"
        if fields.get("class") is not None and fields["class"] not in CLASSES:
            yield f"span {n}: unknown class {fields['class']!r}"
        found = excerpt.find(text, at)
        if found < 0:
            yield f"span {n}: its text is not in the excerpt after the previous span"
        else:
            at = found + 1
    balanced = excerpt.count("[") == excerpt.count("]")
    if balanced and not entry.get("note"):
        labelled = [s[0] for s in spans if isinstance(s, list) and s]
        if labelled != bracket_pairs(excerpt):
            yield "the spans are not the excerpt's bracketed pairs, in order (and no note says why)"


def problems(labels: Path = LABELS) -> list[str]:
    """Every problem of form in the label files under ``labels``."""
    found: list[str] = []
    part_of: dict[str, str] = {}
    for part in PARTS:
        path = labels / part
        if not path.exists():
            continue
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as err:
                found.append(f"{part}:{line_no}: not JSON ({err.msg})")
                continue
            source = entry.get("source", "?")
            if part_of.setdefault(source, part) != part:
                found.append(f"{part}:{line_no}: {source}: the page is in both parts")
            found += [f"{part}:{line_no}: {source}: {p}" for p in entry_problems(entry)]
    return found


def main() -> int:
    """Print the problems; exit status 1 when there are any."""
    found = problems()
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
