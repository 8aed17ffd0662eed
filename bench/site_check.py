"""Whether a change of the conventions holds on many sites of dev (never holdout).

The site discipline of the rounds on unseen hosts: a new or widened rule is kept only if, on
dev, it fixes spans on at least :data:`LEAST_SITES` different sites (:func:`classify.site_of`)
with the learned rule switched off, and breaks none, learned rule on or off. A rule that fixes
one site's spans reads that site's house style, which the next host does not share.

Two uses:

* ``--misses``: dev's wrong spans with the learned rule switched off, by site, where the label
  or the reading is one of ``--categories`` (both ways: a gap read as supplied and supplied read
  as a gap), on the sites of ``--kind`` (:func:`classify.site_kind`: ``core``, ``other`` or
  ``all``): the list of what an unseen host meets that a task on unseen hosts starts from;
* a conventions file (a candidate rule or word list written as data, merged over the shipped
  table as ``lacuna --conventions FILE`` merges it): dev read with and without it, learned rule
  on and off, and per site the spans it fixes, breaks (right before, wrong with it) and changes
  from one wrong reading to another, then the verdict.

A change to the code or to the shipped table is checked the same way by writing the candidate
as data first (``[[rules.inside]]`` / ``[[rules.context]]``, ``before_rule``), as the shipped
data rules are written. Run from the repository root::

    .venv/bin/python bench/site_check.py --misses --kind other --categories gap,translator_note,other
    .venv/bin/python bench/site_check.py candidate.toml
    .venv/bin/python bench/site_check.py candidate.toml --pages https://example.org/a
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from classify import LABELS, Pair, Part, _got, excerpt_part, site_kind, site_of
from lacuna.conventions import Conventions

#: The fewest sites a kept rule must fix spans on (with the learned rule switched off).
LEAST_SITES = 3
#: The learned rules, switched off for the reading that counts fixes.
LEARNED = ("learned", "learned_note")


def conventions(extra: Path | None = None, *, learned: bool = True) -> Conventions:
    """The shipped conventions, with the file ``extra`` merged over them if given, and the
    learned rules switched off unless ``learned``."""
    base = Conventions.load(extra) if extra is not None else Conventions.default()
    if learned:
        return base
    data = json.loads(json.dumps(base.data, default=str))
    rules = data.setdefault("rules", {})
    rules["disable"] = sorted(set(rules.get("disable", [])) | set(LEARNED))
    return Conventions(data)


def read_dev(conv: Conventions, pages: set[str] | None = None) -> Part:
    """dev's labelled spans read with ``conv`` (only those of ``pages`` if given)."""
    return excerpt_part("dev", LABELS / "dev.jsonl", conv, pages)


@dataclass
class Change:
    """What a candidate changed on dev, per site: spans it fixes, breaks, and turns from one
    wrong reading to another."""

    fixed: dict[str, list[Pair]] = field(default_factory=lambda: defaultdict(list))
    broken: dict[str, list[tuple[Pair, str]]] = field(default_factory=lambda: defaultdict(list))
    rewrong: dict[str, list[tuple[Pair, str, str]]] = field(default_factory=lambda: defaultdict(list))


def compare(before: Part, after: Part) -> Change:
    """Per site, the spans ``after`` reads right that ``before`` read wrong, those it reads wrong
    that ``before`` read right, and those both read wrong differently (the two parts hold the
    same labels in the same order)."""
    change = Change()
    for old, new in zip(before.pairs, after.pairs, strict=True):
        want, was, now = old.label["category"], _got(old), _got(new)
        site = site_of(old.page)
        if was != want and now == want:
            change.fixed[site].append(old)
        elif was == want and now != want:
            change.broken[site].append((old, now))
        elif was != now:
            change.rewrong[site].append((old, was, now))
    return change


def passes(unlearned: Change, learned: Change, least: int = LEAST_SITES) -> bool:
    """The discipline: fixes on at least ``least`` sites with the learned rule off, no break
    with it off or on."""
    fixed = [site for site, pairs in unlearned.fixed.items() if pairs]
    broke = any(pairs for change in (unlearned, learned) for pairs in change.broken.values())
    return len(fixed) >= least and not broke


def check(extra: Path, pages: set[str] | None = None, least: int = LEAST_SITES) -> list[str]:
    """The per-site table of the candidate ``extra`` on dev, learned rule off then on, and its
    verdict (fixes on at least ``least`` sites with the learned rule off, no break)."""
    lines: list[str] = []
    changes: dict[bool, Change] = {}
    for learned in (False, True):
        before = read_dev(conventions(learned=learned), pages)
        after = read_dev(conventions(extra, learned=learned), pages)
        change = changes[learned] = compare(before, after)
        right = sum(_got(p) == p.label["category"] for p in after.pairs)
        right0 = sum(_got(p) == p.label["category"] for p in before.pairs)
        lines.append(
            f"== learned rule {'on' if learned else 'off'}: {right0} -> {right} of {len(after.pairs)}; "
            f"fixes on {len(change.fixed)} sites, breaks on {len(change.broken)}"
        )
        for site in sorted(set(change.fixed) | set(change.broken) | set(change.rewrong)):
            # .get, not []: indexing the defaultdicts would record the site as broken
            fixed = change.fixed.get(site, [])
            broken = change.broken.get(site, [])
            rewrong = change.rewrong.get(site, [])
            lines.append(
                f"  {site:<36} fixed {len(fixed):>3}  broken {len(broken):>3}  wrong->wrong {len(rewrong):>3}"
            )
            lines += [f"      + {p.label['text'][:60]!r} {p.label['category']}" for p in fixed]
            lines += [
                f"      - {p.label['text'][:60]!r} {p.label['category']}, now {now}" for p, now in broken
            ]
            lines += [
                f"      ~ {p.label['text'][:60]!r} {p.label['category']}: {was} -> {now}"
                for p, was, now in rewrong
            ]
    verdict = "passes" if passes(changes[False], changes[True], least) else "does not pass"
    lines.append(
        f"== {verdict}: fixes on at least {least} sites with the learned rule off, no break either way"
    )
    return lines


def misses_by_site(part: Part, categories: set[str], kind: str = "all") -> list[str]:
    """The wrong spans of ``part`` whose label or reading is one of ``categories``, on the sites
    of ``kind``, grouped by site, the sites with most first."""
    by_site: dict[str, list[Pair]] = defaultdict(list)
    for pair in part.pairs:
        want, got = pair.label["category"], _got(pair)
        if want == got or not ({want, got} & categories):
            continue
        if kind != "all" and site_kind(pair.page) != kind:
            continue
        by_site[site_of(pair.page)].append(pair)
    lines = [f"== {sum(map(len, by_site.values()))} wrong spans on {len(by_site)} sites"]
    for site in sorted(by_site, key=lambda s: (-len(by_site[s]), s)):
        lines.append(f"  {site} ({len(by_site[site])})")
        for pair in by_site[site]:
            because = pair.record["because"] if pair.record is not None else ""
            lines.append(
                f"      {pair.label['text'][:70]!r} {pair.label['category']} -> {_got(pair)} ({because[:70]})"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("candidate", nargs="?", type=Path, help="a conventions file to check")
    parser.add_argument("--misses", action="store_true", help="list dev's misses, learned rule off, by site")
    parser.add_argument("--categories", default="gap,translator_note,other", help="comma-separated")
    parser.add_argument("--kind", choices=("core", "other", "all"), default="other", help="kind of site")
    parser.add_argument("--pages", nargs="+", help="only these dev pages (addresses)")
    args = parser.parse_args(argv)
    pages = set(args.pages) if args.pages else None
    if args.misses:
        part = read_dev(conventions(learned=False), pages)
        print("\n".join(misses_by_site(part, set(args.categories.split(",")), args.kind)))
    if args.candidate is not None:
        print("\n".join(check(args.candidate, pages)))
    if not args.misses and args.candidate is None:
        parser.error("give a conventions file or --misses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
