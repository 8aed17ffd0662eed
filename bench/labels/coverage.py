"""The coverage block of bench/labels/README.md: pages, spans, failure classes and categories of
both parts, counted from ``dev.jsonl`` and ``holdout.jsonl``.

Counts only: no excerpt or span text of the held-out part is printed. The block's rows keep
their descriptions; only the numbers are rewritten, so a merge of two labelling rounds (whose
blocks conflict) is settled by taking either side and running ``--write``.

    python bench/labels/coverage.py           # prints the block as it should read
    python bench/labels/coverage.py --check   # exit status 1 if README's block is stale
    python bench/labels/coverage.py --write   # rewrites README's block
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

LABELS = Path(__file__).resolve().parent
README = LABELS / "README.md"
BEGIN = "<!-- coverage: written by bench/labels/coverage.py from dev.jsonl and holdout.jsonl -->"
END = "<!-- /coverage -->"
_TOTALS = re.compile(r"^\d+ \+ \d+ pages, \d+ \+ \d+ labelled spans")
_CLASS_ROW = re.compile(r"^(\| .* \| `(\w+)` \| )\d+ \| \d+ \|$")
_CATEGORY_ROW = re.compile(r"^\| `(\w+)` \| \d+ \| \d+ \|$")
_ALL_ROW = re.compile(r"^\| all \| \d+ \| \d+ \|$")


class Part:
    """The counts of one label file: distinct pages, spans, classes and categories."""

    def __init__(self, path: Path) -> None:
        pages = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        self.pages = len({page["source"] for page in pages})
        self.categories: Counter[str] = Counter()
        self.classes: Counter[str] = Counter()
        for page in pages:
            for span in page["spans"]:
                self.categories[span[1]] += 1
                fields = span[2] if len(span) > 2 else {}
                if fields.get("class"):
                    self.classes[fields["class"]] += 1
        self.spans = sum(self.categories.values())


def block(old: str, dev: Part, holdout: Part) -> str:
    """``old`` (the block between the markers) with its numbers counted afresh."""
    out = []
    for line in old.split("\n"):
        if _TOTALS.match(line):
            rest = _TOTALS.sub("", line)
            line = f"{dev.pages} + {holdout.pages} pages, {dev.spans} + {holdout.spans} labelled spans{rest}"
        elif m := _CLASS_ROW.match(line):
            line = f"{m.group(1)}{dev.classes[m.group(2)]} | {holdout.classes[m.group(2)]} |"
        elif m := _CATEGORY_ROW.match(line):
            line = f"| `{m.group(1)}` | {dev.categories[m.group(1)]} | {holdout.categories[m.group(1)]} |"
        elif _ALL_ROW.match(line):
            line = f"| all | {dev.spans} | {holdout.spans} |"
        out.append(line)
    return "\n".join(out)


def rewritten(readme: str, dev: Part, holdout: Part) -> str:
    """The README with its coverage block counted afresh."""
    head, found, rest = readme.partition(BEGIN)
    old, found_end, tail = rest.partition(END)
    if not found or not found_end:
        raise SystemExit(f"{README}: no coverage block ({BEGIN} … {END})")
    if not any(_TOTALS.match(line) for line in old.split("\n")):
        raise SystemExit(f"{README}: the coverage block has no totals line (restore it from git)")
    return head + BEGIN + block(old, dev, holdout) + END + tail


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit status 1 if README's block is stale")
    ap.add_argument("--write", action="store_true", help="rewrite README's block")
    args = ap.parse_args(argv)
    dev, holdout = Part(LABELS / "dev.jsonl"), Part(LABELS / "holdout.jsonl")
    readme = README.read_text(encoding="utf-8")
    new = rewritten(readme, dev, holdout)
    if args.write:
        README.write_text(new, encoding="utf-8")
        return 0
    if args.check:
        if new != readme:
            print(f"{README}: the coverage block is stale; run python bench/labels/coverage.py --write")
            return 1
        return 0
    print(BEGIN + new.partition(BEGIN)[2].partition(END)[0] + END)
    return 0


if __name__ == "__main__":
    sys.exit(main())
