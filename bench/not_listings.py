"""Document pages are no listings: `lacuna.listing.read` over the labelled excerpts and the real
listing pages, side by side.

(a) every excerpt of bench/labels/dev.jsonl and mentions.jsonl (holdout.jsonl is never read).
    Most are document pages (a dateline, a title, prose): each that yields one entry or more is a
    *false listing*. Some dev excerpts are themselves copied listing pages (Wilson Center search,
    topic and person pages, a Gilder Lehrman collection search: source or note says so, see
    ``is_listing_excerpt``); they are counted apart, as listings that should still be read.
(b) the nine hand-labelled listing pages of bench/labels/listings/ (84 entries): the recall of
    their labelled entries (an entry read with the labelled id) must not drop.

    PYTHONPATH=src python bench/not_listings.py [--baseline /work/main/src] [--show N]

``--baseline DIR`` measures the listing reader imported from DIR (another checkout's ``src``) in
a subprocess of the same run, and prints both rows.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "labels"
EXCERPTS = ("dev.jsonl", "mentions.jsonl")  # never holdout.jsonl
_LISTING_SOURCES = (
    "/search?",
    "search-results",
    "collection-search",
    "/people/",
    "/topics/",
    "/collections/",
)


_LISTING_NOTE = re.compile(r"\blisting\b(?! the| its| of)")


def is_listing_excerpt(row: dict) -> bool:
    """The excerpt is a copied listing page: its address is a search, topic, person or
    collection page, or its note calls it a listing."""
    source = str(row.get("source") or "")
    note = str(row.get("note") or "").casefold()
    return any(s in source for s in _LISTING_SOURCES) or bool(_LISTING_NOTE.search(note))


def measure() -> dict:
    from lacuna import listing

    docs = {"pages": 0, "false": 0, "entries": 0, "not_a_listing": 0, "hits": []}
    lists = {"pages": 0, "read": 0, "entries": 0, "misses": []}
    for name in EXCERPTS:
        for i, line in enumerate((LABELS / name).read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            page = listing.read(row.get("excerpt") or "", source=f"{name}:{i}")
            if is_listing_excerpt(row):
                lists["pages"] += 1
                lists["read"] += bool(page)
                lists["entries"] += len(page)
                if not page:
                    lists["misses"].append([f"{name}:{i}", [d.message for d in page.diagnostics][:1]])
                continue
            docs["pages"] += 1
            docs["not_a_listing"] += any(d.code == "not-a-listing" for d in page.diagnostics)
            if page:
                docs["false"] += 1
                docs["entries"] += len(page)
                docs["hits"].append([f"{name}:{i}", [[e.date_text, e.title, e.summary] for e in page]])
    truth = [json.loads(x)["id"] for x in (LABELS / "listings" / "entries.jsonl").read_text().splitlines()]
    read_ids = set()
    for p in sorted((LABELS / "listings" / "pages").glob("*.txt")):
        read_ids |= {e.id for e in listing.read(p.read_text(encoding="utf-8"), source=p.name)}
    real = {"labelled": len(truth), "found": len(set(truth) & read_ids), "extra": len(read_ids - set(truth))}
    return {"documents": docs, "listing_excerpts": lists, "real": real}


def row(label: str, m: dict) -> str:
    d, li, r = m["documents"], m["listing_excerpts"], m["real"]
    return (
        f"{label:<9} document excerpts: {d['false']:>4} of {d['pages']} false listings, "
        f"{d['entries']:>4} entries, {d['not_a_listing']:>4} not-a-listing | "
        f"listing excerpts read: {li['read']:>3} of {li['pages']} ({li['entries']} entries) | "
        f"labelled listing entries: {r['found']}/{r['labelled']} R {r['found'] / r['labelled']:.3f}, "
        f"{r['extra']} extra"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, help="another checkout's src/ to measure beside this one")
    parser.add_argument("--show", type=int, default=0, help="print N false listings and N listing misses")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.json:
        json.dump(measure(), sys.stdout)
        return 0
    if args.baseline:
        env_src = str(args.baseline.resolve())
        out = subprocess.run(
            [sys.executable, __file__, "--json"],
            env={"PYTHONPATH": env_src, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        print(row("baseline", json.loads(out)))
    m = measure()
    print(row("this", m))
    for name, hits in m["documents"]["hits"][: args.show]:
        print(f"  false listing {name}: " + " | ".join(f"{d} / {t[:70]!r}" for d, t, _ in hits))
    for name, why in m["listing_excerpts"]["misses"][: args.show]:
        print(f"  listing excerpt not read {name}: {why[0][:200] if why else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
