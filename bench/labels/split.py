"""Split hand-labelled pages into ``dev.jsonl`` and ``holdout.jsonl`` (a fifth of the pages).

Input: a JSON-lines file of labelled pages (``source``, ``excerpt``, ``spans``, optional
``note``), in the format of bench/labels/README.md; several lines may share a ``source`` (one
page, several excerpts). A page is the unit of the split: all its excerpts go to one part.

The split never moves a page: pages already in ``dev.jsonl`` or ``holdout.jsonl`` stay where
they are (so nothing the tuner has read goes to the held-out part); the pages of the former
``public.jsonl`` (read while the rules were written) were put in dev. New pages are taken in
the order of ``sha256(SEED + source)`` (a fixed pseudo-random order) and each goes to holdout
when holdout holds fewer than a fifth of the pages, or fewer than a fifth of the pages of a
failure class or category the page shows while holdout holds fewer than a quarter of all pages
(the stratification: both parts cover the classes and categories); otherwise to dev.

    python bench/labels/split.py LABELLED.jsonl
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

LABELS = Path(__file__).resolve().parent
SEED = "lacuna-labels-holdout-2026:"


def _read(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _classes(entries: list[dict[str, Any]]) -> set[str]:
    """The failure classes and the categories the labels of a page show (the strata)."""
    tags = {"class " + s[2]["class"] for e in entries for s in e["spans"] if s[2].get("class")}
    return tags | {"category " + s[1] for e in entries for s in e["spans"]}


def _key(source: str) -> str:
    return hashlib.sha256((SEED + source).encode("utf-8")).hexdigest()


def split(pages: dict[str, list[dict[str, Any]]], dev: set[str], holdout: set[str]) -> None:
    """Assign each source of ``pages`` not yet in ``dev`` or ``holdout`` to one of them."""
    with_class: Counter[str] = Counter()
    for entries in pages.values():
        with_class.update(_classes(entries))
    held: Counter[str] = Counter()
    for source in holdout:
        held.update(_classes(pages.get(source, [])))
    for source in sorted((s for s in pages if s not in dev | holdout), key=_key):
        total = len(dev) + len(holdout) + 1
        classes = _classes(pages[source])
        short = any(held[c] < math.ceil(with_class[c] / 5) for c in classes)
        if len(holdout) < total / 5 or (short and len(holdout) < total / 4):
            holdout.add(source)
            held.update(classes)
        else:
            dev.add(source)


def main(argv: list[str]) -> int:
    labelled = _read(Path(argv[0]))
    old_dev = _read(LABELS / "dev.jsonl")
    old_holdout = _read(LABELS / "holdout.jsonl")
    pages: dict[str, list[dict[str, Any]]] = {}
    for entry in [*old_dev, *old_holdout]:
        pages.setdefault(entry["source"], []).append(entry)
    fresh: dict[str, list[dict[str, Any]]] = {}
    for entry in labelled:  # the input's excerpts of a page replace those kept before
        entry = {k: entry[k] for k in ("source", "note", "excerpt", "spans") if k in entry}
        fresh.setdefault(entry["source"], []).append(entry)
    pages.update(fresh)
    dev = {e["source"] for e in old_dev}
    holdout = {e["source"] for e in old_holdout} - dev
    split(pages, dev, holdout)
    for name, chosen in (("dev.jsonl", dev), ("holdout.jsonl", holdout)):
        with (LABELS / name).open("w", encoding="utf-8") as out:
            for source in sorted(chosen & pages.keys()):
                for entry in pages[source]:
                    out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    spans = Counter({n: 0 for n in ("dev", "holdout")})
    for source, entries in pages.items():
        spans["holdout" if source in holdout else "dev"] += sum(len(e["spans"]) for e in entries)
    print(f"dev: {len(dev & pages.keys())} pages, {spans['dev']} spans")
    print(f"holdout: {len(holdout & pages.keys())} pages, {spans['holdout']} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
