"""Listing linkage on real listing pages, hand-labelled: pairwise precision and recall.

The pages are bench/labels/listings/pages/ (Wilson Center search, topic and collection pages);
bench/labels/listings/entries.jsonl gives each entry's document, decided by hand (README there).
Prints the pairwise precision / recall of the documents `lacuna.linkage.link` makes, every
wrong or missed pair with its explanation, and, as evidence for the weights, the listed dates'
distance of the true pairs and the summary similarity of the pairs whose titles are alike.

    PYTHONPATH=src python bench/listings_real.py [--model model.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

from lacuna import listing
from lacuna.linkage import DEFAULT_MODEL, Model, link

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "labels" / "listings"


def pairs_of(ids: list[str], labels: list[str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for i, label in zip(ids, labels, strict=True):
        groups.setdefault(label, []).append(i)
    return {(a, b) for g in groups.values() for a, b in combinations(sorted(g), 2)}


def load(labels: Path = LABELS) -> tuple[list, dict[str, str]]:
    """The entries of the labelled pages and each entry's document."""
    truth = {}
    for line in (labels / "entries.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        truth[row["id"]] = row["document"]
    entries = []
    for page in sorted((labels / "pages").glob("*.txt")):
        entries.extend(listing.read(page.read_text(encoding="utf-8"), source=page.name))
    missing = {e.id for e in entries} ^ set(truth)
    if missing:
        raise SystemExit(f"labels and pages disagree on {sorted(missing)}")
    return entries, truth


def measure(entries, truth: dict[str, str], model: Model = DEFAULT_MODEL):
    """(precision, recall, found pairs, true pairs, matches) of ``model`` on the labelled entries."""
    matches, docs = link(entries, model)
    found = pairs_of([e.id for e in docs.entries], docs.cluster)
    gold = pairs_of(list(truth), list(truth.values()))
    tp = len(found & gold)
    return (tp / len(found) if found else 1.0, tp / len(gold) if gold else 1.0, found, gold, matches)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help="a model JSON (default: the shipped model)")
    args = parser.parse_args(argv)
    model = Model.load(args.model) if args.model else DEFAULT_MODEL
    entries, truth = load()
    p, r, found, gold, matches = measure(entries, truth, model)
    pages = len({e.source for e in entries})
    print(
        f"{len(entries)} entries on {pages} pages, {len(set(truth.values()))} documents, "
        f"{len(gold)} true pairs: P {p:.4f} R {r:.4f} ({len(found & gold)} right, "
        f"{len(found - gold)} wrong, {len(gold - found)} missed)"
    )
    ids = [e.id for e in matches.prep.entries]
    by_pair = {}
    for k in range(len(matches)):
        a, b = sorted(ids[int(x)] for x in matches.pairs[k])
        by_pair[a, b] = k
    for label, pairs in (("wrong", found - gold), ("missed", gold - found)):
        for pair in sorted(pairs):
            k = by_pair.get(pair)
            print(
                f"  {label}: " + (matches.explain(k).format() if k is not None else f"{pair} never compared")
            )
    apart = [matches.values["date"][by_pair[pair]] for pair in sorted(gold) if pair in by_pair]
    shifted = sorted(int(d) for d in apart if d == d and d > 0)
    print(f"  true pairs' listed dates: {sum(1 for d in apart if d == 0)} the same, {shifted} days apart")
    title, summary = matches.values["title"], matches.values["summary"]
    alike = []
    for pair, k in sorted(by_pair.items()):
        if title[k] >= 88 and summary[k] == summary[k]:
            alike.append(f"{summary[k]:.0f}{'=' if pair in gold else '≠'}")
    print("  summary similarity of pairs with titles alike (= one document, ≠ two): " + " ".join(alike))
    return 0


if __name__ == "__main__":
    sys.exit(main())
