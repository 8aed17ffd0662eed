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
    .venv/bin/python bench/classify.py --holdout-summary  # holdout's accuracy line only (tuning)
    .venv/bin/python bench/classify.py --folds 5          # page-grouped cross-check of dev
    .venv/bin/python bench/classify.py --folds 5 --group site   # site-grouped: unseen sites
    .venv/bin/python bench/classify.py --new-since REV    # dev's pages added since git REV

The rules are not learned, so ``--folds K`` does not train anything: it splits dev's pages into
K folds (all excerpts of one page in one fold) and, for each fold, reads it twice: with every
rule, and with the rules and listed entries that no page *outside* the fold needs switched off
(a rule, an ``[exact]`` description or a pseudonym whose right decisions on dev all fall on the
fold's pages exists for those pages only). The second figure estimates accuracy on unseen pages;
the gap between the two says how much of dev's accuracy is fitted to single pages. It also lists
the rules and entries that decide right on one dev page only.

``--group site`` puts all pages of a site (:func:`site_of`: a host with its mirrors) in one fold,
the sites dealt to the folds largest first so that the folds hold about as many spans: a rule
or entry whose right decisions all fall on the fold's sites is switched off, and the learned
rule is retrained without them. Pages of one site share its house style across page-grouped
folds, so the site-grouped figure is the one that predicts pages of sites dev has not seen
(``--inner-group`` sets the grouping of the trainer's own inner cross-check). Both report the
accuracy per category and per kind of site (:func:`site_kind`: issue 13's core archives, other).
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lacuna
from lacuna.ast import CATEGORIES
from lacuna.conventions import Conventions
from lacuna.spans import span_records

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "labels"
NO_SPAN = "(no span)"
#: Keys of a label that are not span fields to check.
NOT_FIELDS = frozenset({"file", "start", "text", "category", "class"})


#: Hosts that are one site: one archive's mirrors and staging copies (bench/labels/README.md).
_SAME_SITE = {
    "wilson-center-digital-archive.dvincitest.com": "wilsoncenter.org",
    "wilson-center.drivingcreative.com": "wilsoncenter.org",
}
#: Hosts whose sub-domains are different sites (one blog each).
_SHARED_HOSTS = frozenset({"blogspot.com", "wordpress.com", "github.io", "substack.com"})
#: Second-level labels under a country's domain (``books.google.com.tw``, ``sl.nsw.gov.au``).
_SECOND_LEVEL = frozenset({"ac", "co", "com", "edu", "gov", "net", "org"})
#: The site of corpus/'s pages.
_CORPUS_SITE = "wilsoncenter.org"


def site_of(page: str) -> str:
    """The site of a page: a dev page's address's registered domain (a mirror's archive, a
    blog's own name), or corpus/'s archive for a file."""
    if page.startswith("corpus/"):
        return _CORPUS_SITE
    host = _host(page)
    if host in _SAME_SITE:
        return _SAME_SITE[host]
    labels = host.split(".")
    keep = 2
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        keep = 3
    if ".".join(labels[-2:]) in _SHARED_HOSTS:
        keep = 3
    return _SAME_SITE.get(".".join(labels[-keep:]), ".".join(labels[-keep:]))


def _host(page: str) -> str:
    """A page's host name, lower-case, without a trailing dot (the address itself if it has none)."""
    return (urlsplit(page).hostname or page).rstrip(".").lower()


#: The sites of issue 13's core archives (the Wilson Center's Digital Archive and its mirrors,
#: FRUS on history.state.gov, the National Security Archive); a page of another host is a
#: core page too when its address names Venona or the CWIHP (the bulletins' copies).
_CORE_HOSTS = ("wilsoncenter.org", "history.state.gov", "nsarchive.gwu.edu", "nsarchive2.gwu.edu")
_CORE_WORDS = ("venona", "cwihp", "nsarchiv")
#: The ways ``--folds`` groups dev's pages: by page (an address) or by site (:func:`site_of`).
GROUPS = ("page", "site")


def site_kind(page: str) -> str:
    """``core`` for a page of issue 13's core archives (:data:`_CORE_HOSTS`, an address naming
    Venona or the CWIHP), ``other`` for any other page."""
    if page.startswith("corpus/") or site_of(page) == "wilsoncenter.org":
        return "core"
    host = _host(page)
    if any(host == h or host.endswith("." + h) for h in _CORE_HOSTS):
        return "core"
    return "core" if any(w in page.lower() for w in _CORE_WORDS) else "other"


def fold_of_pages(
    pages: list[str], k: int, group: str = "page", weight: Counter[str] | None = None
) -> dict[str, int]:
    """Each page's fold of ``k``: by page, a hash of its address; by site, every page of a site
    in one fold, the sites dealt largest first (by ``weight``, their pages' labelled spans) to
    the fold with the fewest spans so far, so that the folds hold about as many spans."""
    if group == "page":
        return {page: zlib.crc32(page.encode("utf-8")) % k for page in pages}
    sizes: Counter[str] = Counter()
    for page in pages:
        sizes[site_of(page)] += (weight or Counter())[page] or 1
    load = [0] * k
    fold_of_site = {}
    for site in sorted(sizes, key=lambda s: (-sizes[s], zlib.crc32(s.encode("utf-8")))):
        fold = min(range(k), key=lambda f: (load[f], f))
        fold_of_site[site] = fold
        load[fold] += sizes[site]
    return {page: fold_of_site[site_of(page)] for page in pages}


@dataclass
class Pair:
    """One gold span and lacuna's span at the same place (None when there is none)."""

    label: dict[str, Any]
    record: dict[str, Any] | None
    where: str
    page: str = ""


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


def corpus_part(conventions: Conventions | None = None) -> Part:
    """The labelled spans of ``corpus/``, each matched by file and start offset (the file is
    the pair's page), read with ``conventions``."""
    part = Part("corpus")
    records: dict[str, dict[int, dict[str, Any]]] = {}
    for label in _jsonl(LABELS / "corpus.jsonl"):
        file = label["file"]
        if file not in records:
            doc = lacuna.parse_file(ROOT / file, conventions=conventions)
            records[file] = {r["start"]: r for r in span_records(doc)}
        record = records[file].get(label["start"])
        if record is not None and record["text"] != label["text"]:
            record = None
        part.pairs.append(Pair(label, record, f"{file}@{label['start']}", file))
    return part


def excerpt_part(
    name: str, path: Path, conventions: Conventions | None = None, pages: set[str] | None = None
) -> Part:
    """The labelled spans of the excerpts in ``path``, located in order in each excerpt (only
    those of ``pages`` if given), read with ``conventions``."""
    part = Part(name)
    for passage in _jsonl(path):
        if pages is not None and passage["source"] not in pages:
            continue
        excerpt = passage["excerpt"]
        doc = lacuna.parse(excerpt, conventions=conventions)
        by_place = {(r["start"], r["text"]): r for r in span_records(doc)}
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
            part.pairs.append(Pair(label, record, f"{passage['source']}@{start}", passage["source"]))
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
    lines.extend(by_kind(pairs))
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


def by_kind(pairs: list[Pair], least: int = 10) -> list[str]:
    """Accuracy on each kind of site (:func:`site_kind`) and, within it, recall per category of
    at least ``least`` spans: counts only, so it may be printed for holdout."""
    n: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for pair in pairs:
        kind, category = site_kind(pair.page), pair.label["category"]
        ok = _got(pair) == category
        for key in (kind, f"{kind} {category}"):
            n[key] += 1
            right[key] += ok
    lines = []
    for kind in sorted(k for k in n if " " not in k):
        rates = ", ".join(
            f"{key.split()[1]} {_pct(right[key], n[key])} ({right[key]}/{n[key]})"
            for key in sorted(n, key=lambda k: (-n[k], k))
            if key.startswith(kind + " ") and n[key] >= least
        )
        lines.append(f"  {kind} pages {_pct(right[kind], n[kind])} ({right[kind]}/{n[kind]}): {rates}")
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


def _accuracy(pairs: list[Pair]) -> tuple[int, int]:
    return sum(_got(p) == p.label["category"] for p in pairs), len(pairs)


def _support(part: Part) -> dict[str, set[str]]:
    """For each rule (``rule:NAME``) and listed entry (``exact:…``, ``pseudonym:…``,
    ``description:…``, ``label:…``), the pages where it decided a span right."""
    support: dict[str, set[str]] = {}
    for pair in part.pairs:
        if pair.record is None or _got(pair) != pair.label["category"]:
            continue
        because = pair.record.get("because") or ""
        for key in _keys(because):
            support.setdefault(key, set()).add(pair.page)
    return support


def _keys(because: str) -> list[str]:
    """What a ``because`` says decided: its rule, and the listed entry it names."""
    because = because.removeprefix("double brackets around: ")
    rule, _, why = because.partition(":")
    keys = [f"rule:{rule}"]
    if rule == "listed" and "'" in why:
        keys.append("exact:" + why.split("'", 1)[1].rsplit("'", 1)[0].casefold())
    elif rule in ("pseudonym_before", "pseudonym_after") and "'" in why:
        keys.append("pseudonym:" + why.split("'", 1)[1].rsplit("'", 1)[0].casefold())
    elif rule == "described" and "'" in why:
        keys.append("description:" + why.split("'", 1)[1].rsplit("'", 1)[0].casefold())
    elif rule == "labelled_note" and why.startswith(" note label '"):
        keys.append("label:" + why.split("'", 1)[1].rsplit("'", 1)[0].casefold().rstrip(". "))
    return keys


def _without(keys: set[str], model: dict[str, Any] | None = None) -> Conventions:
    """The shipped conventions with the rules and entries ``keys`` switched off, and the
    learned rule's weights ``model`` instead of the shipped ones if given."""
    data = json.loads(json.dumps(Conventions.default().data, default=str))
    if model is not None:
        # the model replaced, the rest of the section (the note words) kept
        data["learned"] = {**data.get("learned", {}), "weights": model}
    rules = data.setdefault("rules", {})
    rules["disable"] = sorted({k[5:] for k in keys if k.startswith("rule:")} | set(rules.get("disable", [])))
    exact = data.get("exact", {})
    for k in keys:
        if k.startswith("exact:"):
            exact.pop(k[6:], None)
    notes = data.get("notes", {})
    for k in keys:
        if k.startswith("label:"):
            notes.get("labels", {}).pop(k[6:], None)
    descriptions = notes.get("descriptions", {})
    gone = {k[12:] for k in keys if k.startswith("description:")}
    descriptions["starts"] = [d for d in descriptions.get("starts", []) if d not in gone]
    pseudonyms = data.get("gloss", {}).get("pseudonyms", {})
    for k in [k for k in keys if k.startswith("pseudonym:")]:
        name = k[10:]
        for key in [p for p, target in pseudonyms.items() if name in (p, target.casefold())]:
            pseudonyms.pop(key)
    return Conventions(data)


def folds(k: int, show_misses: bool = False, group: str = "page", inner: str | None = None) -> list[str]:
    """The page-grouped (``group="site"``: site-grouped) cross-check of dev (see the module
    docstring); with ``show_misses``, each span read wrong with page-only rules off and the
    learned rule retrained (its inner cross-check grouped by ``inner``, the trainer's own
    grouping if None)."""
    import train_classifier

    dev = excerpt_part("dev", LABELS / "dev.jsonl")
    pages = sorted({p.page for p in dev.pairs})
    fold_of = fold_of_pages(pages, k, group, Counter(p.page for p in dev.pairs))
    # what the hand rules decide right, and where (the learned rule is retrained in each fold)
    support = _support(
        excerpt_part("dev", LABELS / "dev.jsonl", _without({"rule:learned", "rule:learned_note"}))
    )
    wrong: Counter[str] = Counter()
    what = (
        "all excerpts of a page"
        if group == "page"
        else f"all pages of a site ({len(set(map(site_of, pages)))} sites)"
    )
    lines = [f"== dev, {k} folds of {len(pages)} pages ({what} in one fold)"]
    lines.append(
        f"  {'fold':<6}{'pages':>6}{'spans':>7}{'all rules':>11}{'page-only off':>15}{'learned off':>13}"
        "  switched off"
    )
    total = Counter()
    missed: list[str] = []
    gold_n: Counter[str] = Counter()
    gold_right: Counter[str] = Counter()
    class_n: Counter[str] = Counter()
    class_right: Counter[str] = Counter()
    for fold in range(k):
        inside = {p for p in pages if fold_of[p] == fold}
        pairs = [p for p in dev.pairs if p.page in inside]
        right, n = _accuracy(pairs)
        fitted = {key for key, where in support.items() if where <= inside}
        # the learned rule retrained without the fold's pages (and without its page-only entries)
        plain = _without(fitted)
        model = train_classifier.train(
            train_classifier.examples(pages=set(pages) - inside, conv=plain), group=inner
        )
        off = excerpt_part("dev", LABELS / "dev.jsonl", _without(fitted, model), inside)
        right_off, _ = _accuracy(off.pairs)
        for pair in off.pairs:
            kind = f"{site_kind(pair.page)} pages"  # (not a category's name: "other" is one)
            for key in (pair.label["category"], kind, f"{kind} {pair.label['category']}"):
                gold_n[key] += 1
                gold_right[key] += _got(pair) == pair.label["category"]
            if pair.label.get("class"):
                class_n[pair.label["class"]] += 1
                class_right[pair.label["class"]] += _got(pair) == pair.label["category"]
            if _got(pair) != pair.label["category"]:
                rule = (pair.record or {}).get("because", "").partition(":")[0] or NO_SPAN
                wrong[f"{rule}: {_got(pair)} for {pair.label['category']}"] += 1
                because = (pair.record or {}).get("because", "")
                tag = f" [{pair.label['class']}]" if pair.label.get("class") else ""
                missed.append(
                    f"  {pair.where}: {pair.label['text']!r} want {pair.label['category']}, "
                    f"got {_got(pair)} ({because}){tag}"
                )
        unlearned = excerpt_part(
            "dev", LABELS / "dev.jsonl", _without(fitted | {"rule:learned", "rule:learned_note"}), inside
        )
        right_unlearned, _ = _accuracy(unlearned.pairs)
        total.update(all=right, off=right_off, unlearned=right_unlearned, n=n)
        lines.append(
            f"  {fold:<6}{len(inside):>6}{n:>7}{_pct(right, n):>11}{_pct(right_off, n):>15}"
            f"{_pct(right_unlearned, n):>13}  {', '.join(sorted(fitted)) or '-'}"
        )
    n = total["n"]
    lines.append(
        f"  {'all':<6}{len(pages):>6}{n:>7}{_pct(total['all'], n):>11}{_pct(total['off'], n):>15}"
        f"{_pct(total['unlearned'], n):>13}"
    )

    def rates(keys: list[str]) -> str:
        return ", ".join(
            f"{c.split()[-1]} {_pct(gold_right[c], gold_n[c])} ({gold_right[c]}/{gold_n[c]})"
            for c in sorted(keys, key=lambda c: (-gold_n[c], c))
        )

    kinds = ("core pages", "other pages")
    lines.append(
        f"  per category, {group}-only off and the learned rule retrained: "
        + rates([c for c in gold_n if " " not in c and c not in kinds])
    )
    for kind in kinds:
        lines.append(
            f"  {kind} {_pct(gold_right[kind], gold_n[kind])} ({gold_right[kind]}/{gold_n[kind]}): "
            + rates([c for c in gold_n if c.startswith(kind + " ")])
        )
    if class_n:
        lines.append(
            f"  by class, {group}-only off and the learned rule retrained: "
            + ", ".join(f"{c} {class_right[c]}/{class_n[c]}" for c in sorted(class_n))
        )
    lines.append(f"  wrong decisions with {group}-only off and the learned rule retrained, by rule:")
    lines.extend(
        f"    {count:>4}  {what}" for what, count in sorted(wrong.items(), key=lambda wc: (-wc[1], wc[0]))
    )
    if show_misses:
        lines.append("  the spans read wrong with page-only off and the learned rule retrained:")
        lines.extend(missed)
    single = sorted((key, next(iter(where))) for key, where in support.items() if len(where) == 1)
    lines.append(f"  rules and entries deciding right on one dev page only: {len(single)}")
    lines.extend(f"    {key}  ({page})" for key, page in single)
    return lines


def _pages_at(rev: str, name: str) -> set[str]:
    """The pages (sources) of ``bench/labels/NAME.jsonl`` at git ``rev``."""
    import subprocess

    shown = subprocess.run(
        ["git", "show", f"{rev}:bench/labels/{name}.jsonl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {json.loads(line)["source"] for line in shown.splitlines() if line.strip()}


def new_since(rev: str, show_misses: bool = False, holdout: bool = False) -> list[str]:
    """Accuracy on dev's pages that ``rev``'s ``dev.jsonl`` did not have (pages unseen by rules
    written before them), and on the others; with ``show_misses``, the new pages' misses; with
    ``holdout``, the same two accuracy lines for holdout (counts only, no text)."""
    before = _pages_at(rev, "dev")
    dev = excerpt_part("dev", LABELS / "dev.jsonl")
    parts = [("dev", dev, before)]
    if holdout:
        parts.append(
            ("holdout", excerpt_part("holdout", LABELS / "holdout.jsonl"), _pages_at(rev, "holdout"))
        )
    lines = []
    for part_name, part, seen in parts:
        for name, pairs in (
            (f"pages new since {rev}", [p for p in part.pairs if p.page not in seen]),
            (f"pages already in {rev}", [p for p in part.pairs if p.page in seen]),
        ):
            right, n = _accuracy(pairs)
            pages = len({p.page for p in pairs})
            lines.append(
                f"== {part_name}, {name}: {pages} pages, {n} spans, "
                f"category accuracy {_pct(right, n)} ({right}/{n})"
            )
    if show_misses:
        new = Part(f"dev, pages new since {rev}", [p for p in dev.pairs if p.page not in before], [])
        lines.extend(misses(new))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", "--errors", action="store_true", help="list the wrong spans of dev")
    parser.add_argument("--show-corpus", action="store_true", help="with --misses, list corpus/'s too")
    parser.add_argument(
        "--show-holdout", action="store_true", help="with --misses, list holdout's too (not while tuning)"
    )
    parser.add_argument(
        "--holdout-summary", action="store_true", help="print holdout's accuracy line only (while tuning)"
    )
    parser.add_argument(
        "--no-holdout", action="store_true", help="leave holdout out entirely (not even its summary line)"
    )
    parser.add_argument("--folds", type=int, metavar="K", help="page-grouped cross-check of dev in K folds")
    parser.add_argument(
        "--group", choices=GROUPS, default="page", help="with --folds: a page's or a site's pages in one fold"
    )
    parser.add_argument(
        "--inner-group", choices=GROUPS, help="with --folds: the learned rule's inner cross-check's grouping"
    )
    parser.add_argument(
        "--new-since",
        metavar="REV",
        help="accuracy on dev's pages added since git REV (and holdout's, counts only, unless --no-holdout)",
    )
    args = parser.parse_args(argv)
    if args.new_since:
        print("\n".join(new_since(args.new_since, args.misses, holdout=not args.no_holdout)))
        return 0
    if args.folds:
        print("\n".join(folds(args.folds, args.misses, args.group, args.inner_group)))
        return 0
    parts = [corpus_part(), excerpt_part("dev", LABELS / "dev.jsonl")]
    if not args.no_holdout:
        parts.append(excerpt_part("holdout", LABELS / "holdout.jsonl"))
    order = _category_order(parts)
    for part in parts:
        lines = report(part, order)
        print("\n".join(lines[:1] if part.name == "holdout" and args.holdout_summary else lines))
    if args.misses:
        wanted = {"dev", "corpus" if args.show_corpus else "", "holdout" if args.show_holdout else ""}
        shown = [p for p in parts if p.name in wanted]
        for part in shown:
            print("\n".join(misses(part)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
