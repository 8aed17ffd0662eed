"""The record of each classifier rule on the hand labels of dev and corpus/ (never holdout).

For every rule that decided a labelled span (the rule whose name leads the span's ``because``):
its right and wrong decisions, the number of distinct pages and of distinct sites its right
decisions fall on, and, for the wrong ones, what the labels say instead. Rows are sorted by
wrong − right, worst first. A rule is flagged when

* ``wrong>=right``: it decides wrong at least as often as right (narrow it or switch it off);
* ``one site``: all its right decisions come from one site (one archive's house style: it may
  not hold elsewhere; ``one page`` if from one page, which ``bench/classify.py --folds``
  switches off in its cross-check).

A page is an excerpt's ``source`` address (dev) or a file (corpus/); a site is the page's host
without ``www.`` and the like, one archive's mirrors taken as one site (``classify.site_of``);
corpus/ holds pages of the Wilson Center Digital Archive.

Run from the repository root::

    .venv/bin/python bench/rules_audit.py                    # every rule, dev and corpus/
    .venv/bin/python bench/rules_audit.py --top 15 --part dev
    .venv/bin/python bench/rules_audit.py --show same_kind   # the rule's decisions, wrong first
    .venv/bin/python bench/rules_audit.py --without-learned  # the hand rules' record alone
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field

from classify import LABELS, NO_SPAN, Pair, _got, _without, corpus_part, excerpt_part, site_of
from lacuna.classify import RULE_CHAINS
from lacuna.conventions import Conventions


def rule_of(pair: Pair) -> str:
    """The name of the rule that decided a pair's span (``(no span)`` when lacuna has none)."""
    if pair.record is None:
        return NO_SPAN
    because = (pair.record.get("because") or "").removeprefix("double brackets around: ")
    return because.partition(":")[0]


@dataclass
class Record:
    """What one rule decided on the labels."""

    rule: str
    chain: str
    right: list[Pair] = field(default_factory=list)
    wrong: list[Pair] = field(default_factory=list)

    @property
    def pages(self) -> set[str]:
        return {p.page for p in self.right}

    @property
    def sites(self) -> set[str]:
        return {site_of(p.page) for p in self.right}

    @property
    def flags(self) -> list[str]:
        out = []
        if self.wrong and len(self.wrong) >= len(self.right):
            out.append("wrong>=right")
        if len(self.pages) == 1:
            out.append("one site (one page)")
        elif len(self.sites) == 1:
            out.append("one site")
        return out

    def labels_of_wrong(self) -> str:
        said = Counter(p.label["category"] for p in self.wrong)
        return ", ".join(f"{c} {n}" for c, n in sorted(said.items(), key=lambda cn: (-cn[1], cn[0])))


def chains_of(conv: Conventions) -> dict[str, str]:
    """Each rule's chain, by name: the shipped chains' rules and the conventions' data rules."""
    out = {name: chain for chain, ruler in RULE_CHAINS.items() for name in ruler.names()}
    for chain in ("inside", "context"):
        for spec in conv.section("rules").get(chain, []):
            out[str(spec["name"])] = chain
    return out


def pairs_of(part: str, conv: Conventions | None) -> list[Pair]:
    """The labelled pairs of dev, corpus/ or both (``all``), read with ``conv``."""
    pairs: list[Pair] = []
    if part in ("dev", "all"):
        pairs += excerpt_part("dev", LABELS / "dev.jsonl", conv).pairs
    if part in ("corpus", "all"):
        pairs += corpus_part(conv).pairs
    return pairs


def audit(pairs: list[Pair], chains: dict[str, str]) -> list[Record]:
    """The record of each rule that decided a pair, sorted by wrong − right (worst first)."""
    records: dict[str, Record] = {}
    for pair in pairs:
        rule = rule_of(pair)
        record = records.setdefault(rule, Record(rule, chains.get(rule, "-" if rule == NO_SPAN else "?")))
        (record.right if _got(pair) == pair.label["category"] else record.wrong).append(pair)
    return sorted(records.values(), key=lambda r: (-(len(r.wrong) - len(r.right)), -len(r.wrong), r.rule))


def table(records: list[Record], top: int | None = None) -> list[str]:
    """The audit as a table, one row per rule (the first ``top`` rows if given)."""
    rows = records[:top] if top else records
    width = max([len(r.rule) for r in rows] + [4])
    lines = [
        f"  {'rule':<{width}}  {'chain':<7}{'right':>6}{'wrong':>6}{'pages':>6}{'sites':>6}"
        "  flags; what the labels of the wrong ones say"
    ]
    for r in rows:
        flags = "; ".join(r.flags)
        said = r.labels_of_wrong()
        tail = "  ".join(x for x in (f"[{flags}]" if flags else "", said) if x)
        lines.append(
            f"  {r.rule:<{width}}  {r.chain:<7}{len(r.right):>6}{len(r.wrong):>6}"
            f"{len(r.pages):>6}{len(r.sites):>6}  {tail}"
        )
    return lines


def show(records: list[Record], rule: str) -> list[str]:
    """Each decision of ``rule``: the wrong ones, then the right ones."""
    found = next((r for r in records if r.rule == rule), None)
    if found is None:
        return [f"  {rule}: decided no labelled span"]
    lines = [f"== {rule} ({found.chain}): {len(found.right)} right, {len(found.wrong)} wrong"]
    for what, pairs in (("wrong", found.wrong), ("right", found.right)):
        for p in pairs:
            because = (p.record or {}).get("because", "")
            lines.append(
                f"  {what} {p.where}: {p.label['text']!r} label {p.label['category']}, "
                f"got {_got(p)} ({because})"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "corpus", "all"), default="all", help="labels read")
    parser.add_argument("--top", type=int, metavar="N", help="the first N rows only")
    parser.add_argument("--show", metavar="RULE", action="append", help="list a rule's decisions")
    parser.add_argument(
        "--without-learned", action="store_true", help="the learned rules switched off: hand rules only"
    )
    args = parser.parse_args(argv)
    conv = _without({"rule:learned", "rule:learned_note"}) if args.without_learned else None
    pairs = pairs_of(args.part, conv)
    records = audit(pairs, chains_of(conv or Conventions.default()))
    decided = [r for r in records if r.rule != NO_SPAN]
    right = sum(len(r.right) for r in decided)
    wrong = sum(len(r.wrong) for r in decided)
    pages = {p.page for p in pairs}
    lines = [
        f"== rules audit, {args.part}{' (learned rules off)' if args.without_learned else ''}: "
        f"{len(pairs)} labelled spans on {len(pages)} pages of {len({site_of(p) for p in pages})} sites; "
        f"{len(decided)} rules decided {right} right, {wrong} wrong"
    ]
    if args.show:  # the rules asked for alone
        for rule in args.show:
            lines += show(records, rule)
        sys.stdout.write("\n".join(lines) + "\n")
        return 0
    lines += table(decided, args.top)
    missing = next((r for r in records if r.rule == NO_SPAN), None)
    if missing is not None:
        lines.append(f"  {NO_SPAN}: {len(missing.wrong)} labelled spans lacuna did not find")
    flagged = Counter(flag.split(" (")[0] for r in decided for flag in r.flags)
    lines.append("  flagged: " + (", ".join(f"{f} {n}" for f, n in sorted(flagged.items())) or "none"))
    used = {r.rule for r in decided}
    idle = [name for name in chains_of(conv or Conventions.default()) if name not in used]
    lines.append(f"  shipped rules that decided no labelled span: {len(idle)} ({', '.join(idle) or '-'})")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
