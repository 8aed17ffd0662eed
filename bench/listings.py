"""Listing linkage at scale: synthetic listing pages of 10k, 100k (and 1M) entries.

Documents are made from the sample pages' titles and summaries (corpus/listing-*.txt): names and
numbers are drawn afresh for each document, so series titles differ by one number and the same
correspondents appear in both directions. Each document is listed on one to four pages with the
noise real listings show: typos, cut-off titles (``…``), listed dates shifted by weeks or months,
dropped or re-worded summaries, ``Filippov``/``Filipov``, ``T.V.``/``T. V.``. Pages are written as
text in the current layout and read back with :func:`lacuna.listing.read`.

For each size it prints, measured in the same run:

- lacuna (blocking + scoring + clustering, in memory; ``--duckdb`` adds the DuckDB engine):
  wall and CPU seconds, candidate pairs, pairwise precision / recall of the documents against
  the truth;
- brute force: ``rapidfuzz.process.cdist`` over all title pairs (row chunks, ``score_cutoff``),
  the same comparisons and clustering on every pair it keeps, up to ``--brute-max`` entries;
- lacuna's recall of the brute-force matched pairs (what blocking loses) and both precisions.

    .venv/bin/python bench/listings.py                 # 10k and 100k, brute force at 10k
    .venv/bin/python bench/listings.py --sizes 1m      # the million (minutes)
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from itertools import combinations, pairwise
from itertools import count as count_from
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from lacuna import listing
from lacuna.cluster import documents
from lacuna.match import DEFAULT_MODEL, Matches, candidates, prepare, score

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

NAMES = [
    "Mao Zedong",
    "Stalin",
    "Kovalev",
    "Zhou Enlai",
    "Molotov",
    "Roshchin",
    "Liu Shaoqi",
    "Gromyko",
    "Anastas Mikoyan",
    "Vyshinsky",
    "Petrov",
    "T.V. Soong",
    "Yudin",
    "Khrushchev",
    "Zhu De",
    "Kim Il Sung",
    "Shtykov",
    "Malenkov",
    "Bulganin",
    "Panyushkin",
    "Fedorenko",
    "Chiang Kai-shek",
    "Gao Gang",
    "Peng Dehuai",
    "Ho Chi Minh",
    "Bierut",
    "Gottwald",
    "Ulbricht",
    "Tito",
    "Dimitrov",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_NAME_RE = re.compile("|".join(sorted((re.escape(n) for n in NAMES), key=len, reverse=True)))
_NUMBER_RE = re.compile(r"\d+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def samples() -> tuple[list[str], list[str]]:
    titles, summaries = [], []
    for path in sorted(CORPUS.glob("listing-*.txt")):
        for e in listing.read_file(path):
            titles.append(e.title.replace("T. V.", "T.V."))
            if e.summary:
                summaries.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", e.summary) if len(s) > 20)
    return titles, summaries


def fresh(template: str, rnd: random.Random) -> str:
    """A new document's text from a sample: other names, other numbers."""
    text = _NAME_RE.sub(lambda m: rnd.choice(NAMES), template)

    def number(m: re.Match[str]) -> str:
        digits = m.group()
        if len(digits) == 4 and digits.startswith("19"):
            return str(rnd.randint(1940, 1965))
        if len(digits) <= 2:
            return str(rnd.randint(1, 28))
        return str(rnd.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    return _NUMBER_RE.sub(number, text)


def typo(text: str, rnd: random.Random) -> str:
    if len(text) < 10:
        return text
    i = rnd.randrange(1, len(text) - 1)
    kind = rnd.random()
    if kind < 0.4:
        return text[:i] + rnd.choice(_LETTERS) + text[i + 1 :]
    if kind < 0.7:
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def make(n: int, seed: int = 7) -> tuple[list[str], dict[str, int]]:
    """Listing pages (text) holding about ``n`` entries, and each entry's document (by page:line)."""
    rnd = random.Random(seed)
    titles, sentences = samples()
    docs = []  # (title, summary, day)
    seen: set[str] = set()
    count = 0
    while count < n:
        base = rnd.choice(titles)
        title = fresh(base, rnd)
        if title in seen or (not _NUMBER_RE.search(title) and rnd.random() < 0.5):
            # archives tell documents of one series apart by the date in the title
            stem = title
            for attempt in count_from(0):
                title = (
                    f"{stem}, {rnd.randint(1, 28)} {rnd.choice(MONTHS)} {rnd.randint(1940, 1965)}"
                    if attempt < 50
                    else f"{stem}, No. {len(docs)}"  # every date of the series taken
                )
                if title not in seen:
                    break
        seen.add(title)
        summary = " ".join(fresh(rnd.choice(sentences), rnd) for _ in range(rnd.randint(1, 3)))
        day = rnd.randint(0, 365 * 25)
        copies = rnd.choices([1, 2, 3, 4], weights=[55, 28, 12, 5])[0]
        docs.append((title, summary if rnd.random() > 0.1 else None, day, copies))
        count += copies
        if _NUMBER_RE.search(title) and rnd.random() < 0.15:  # a sibling in a series: one number apart
            sibling = _NUMBER_RE.sub(lambda m: str(int(m.group()) + 1), title, count=1)
            docs.append((sibling, fresh(rnd.choice(sentences), rnd), day + rnd.randint(1, 20), 1))
            count += 1
    # Entries: each document's copies on distinct pages.
    slots: list[tuple[int, int]] = []  # (doc, copy)
    for d, (_, _, _, copies) in enumerate(docs):
        slots.extend((d, c) for c in range(copies))
    rnd.shuffle(slots)
    pages: list[list[tuple[int, int]]] = []
    open_pages: list[list[tuple[int, int]]] = []
    for slot in slots:
        for page in open_pages[-3:]:
            if all(d != slot[0] for d, _ in page):
                page.append(slot)
                if len(page) == 10:
                    open_pages.remove(page)
                break
        else:
            page = [slot]
            pages.append(page)
            open_pages.append(page)
    texts: list[str] = []
    truth: dict[str, int] = {}
    base_day = 711858  # 1950-01-01 as an ordinal
    import datetime

    for p, page in enumerate(pages):
        lines = [
            "Skip to content",
            "",
            "Results:",
            "",
            f"1 - {len(page)} of {len(page)}",
            "",
            "Documents",
            "",
        ]
        for d, c in page:
            title, summary, day, _ = docs[d]
            if c > 0:  # a further listing of the document: noisy
                if rnd.random() < 0.3:
                    title = typo(title, rnd)
                if rnd.random() < 0.1:
                    title = typo(title, rnd)
                if rnd.random() < 0.1 and len(title) > 50:
                    title = title[: rnd.randint(40, len(title) - 8)].rstrip() + "…"
                title = title.replace("Filippov", "Filipov") if rnd.random() < 0.3 else title
                title = title.replace("T.V.", "T. V.") if rnd.random() < 0.5 else title
                shift = rnd.random()  # publication vs document date: weeks, sometimes months
                if shift < 0.35:
                    day += rnd.randint(-60, 60)
                elif shift < 0.5:
                    day += rnd.randint(-365, 365)
                if summary is not None and rnd.random() < 0.1:
                    summary = None
                elif summary is not None and rnd.random() < 0.3:
                    summary = typo(summary, rnd)
            date = datetime.date.fromordinal(base_day - 365 * 10 + day)
            lines += [
                f"{date:%B} {date.day:02d}, {date.year}"
                if rnd.random() < 0.3
                else f"{date:%B} {date.day}, {date.year}",
                "",
            ]
            truth[f"page{p:06d}:{len(lines) + 1}"] = d
            lines += [title, ""]
            if summary:
                lines += [summary, ""]
        lines.append("Pagination")
        texts.append("\n".join(lines) + "\n")
    return texts, truth


def pair_set(ids: list[str], labels: list[str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for i, label in zip(ids, labels, strict=True):
        groups.setdefault(label, []).append(i)
    return {(a, b) for g in groups.values() for a, b in combinations(sorted(g), 2)}


def truth_pairs(truth: dict[str, int]) -> set[tuple[str, str]]:
    return pair_set(list(truth), [str(d) for d in truth.values()])


def prf(found: set, truth: set) -> tuple[float, float]:
    tp = len(found & truth)
    return (tp / len(found) if found else 1.0, tp / len(truth) if truth else 1.0)


def brute_force(entries, workers: int, chunk: int = 2000) -> tuple[Matches, float]:
    """All title pairs through cdist (kept when ratio >= the lowest level that can still match)."""
    t0 = time.perf_counter()
    prep = prepare(entries)
    floor = 88.0
    titles = prep.titles
    rows, cols = [], []
    for start in range(0, len(titles), chunk):
        block = process.cdist(
            titles[start : start + chunk],
            titles,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=floor,
            dtype=np.uint8,
            workers=workers,
        )
        r, c = np.nonzero(block)
        r = r + start
        keep = r < c
        rows.append(r[keep])
        cols.append(c[keep])
    pairs = np.stack([np.concatenate(rows), np.concatenate(cols)], axis=1).astype(np.int64)
    matches = score(prep, pairs, DEFAULT_MODEL, workers=workers)
    return matches, time.perf_counter() - t0


def run_size(n: int, args: argparse.Namespace) -> tuple[float, int]:
    """Run every method at one size; return lacuna's in-memory CPU seconds and candidate pairs."""
    texts, truth = make(n, seed=args.seed)
    t0 = time.perf_counter()
    entries = []
    for p, text in enumerate(texts):
        entries.extend(listing.read(text, source=f"page{p:06d}"))
    t_read = time.perf_counter() - t0
    assert len(entries) == len(truth), (len(entries), len(truth))
    gold = truth_pairs(truth)

    c0, t0 = time.process_time(), time.perf_counter()
    prep = prepare(entries)
    t_prep = time.perf_counter() - t0
    pairs = candidates(prep, DEFAULT_MODEL)
    t_block = time.perf_counter() - t0 - t_prep
    matches = score(prep, pairs, DEFAULT_MODEL, workers=args.workers)
    t_score = time.perf_counter() - t0 - t_prep - t_block
    docs = documents(matches)
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0
    ids = [e.id for e in docs.entries]
    found = pair_set(ids, docs.cluster)
    p, r = prf(found, gold)
    edges = {(docs.entries[a].id, docs.entries[b].id) for a, b in matches.pairs[matches.accepted]}
    print(
        f"{n:>9,} entries  lacuna/memory   {wall:7.2f} s wall {cpu:7.2f} s cpu  "
        f"(prepare {t_prep:.2f}, block {t_block:.2f}, score {t_score:.2f}, cluster "
        f"{wall - t_prep - t_block - t_score:.2f})  {len(pairs):,} candidate pairs  "
        f"P {p:.4f} R {r:.4f}  [read pages {t_read:.2f} s; {len(gold):,} true pairs, "
        f"{docs.count:,} documents]",
        flush=True,
    )
    result = (cpu, len(pairs))
    if args.duckdb:
        from lacuna.match_duckdb import link_duckdb

        c0, t0 = time.process_time(), time.perf_counter()
        dmatches, ddocs = link_duckdb(entries, DEFAULT_MODEL, workers=args.workers)
        wall = time.perf_counter() - t0
        cpu = time.process_time() - c0
        dfound = pair_set([e.id for e in ddocs.entries], ddocs.cluster)
        dp, dr = prf(dfound, gold)
        same = "identical to memory" if ddocs.cluster == docs.cluster else "DIFFERS from memory"
        print(
            f"{n:>9,} entries  lacuna/duckdb   {wall:7.2f} s wall {cpu:7.2f} s cpu  "
            f"{dmatches.candidates:,} candidate pairs  P {dp:.4f} R {dr:.4f}  clusters {same}",
            flush=True,
        )
    if n <= args.brute_max:
        c0 = time.process_time()
        bmatches, bwall = brute_force(entries, args.workers)
        bdocs = documents(bmatches)
        bcpu = time.process_time() - c0
        bfound = pair_set([e.id for e in bdocs.entries], bdocs.cluster)
        bp, br = prf(bfound, gold)
        bedges = {(bdocs.entries[a].id, bdocs.entries[b].id) for a, b in bmatches.pairs[bmatches.accepted]}
        kept = len(bedges & edges) / len(bedges) if bedges else 1.0
        print(
            f"{n:>9,} entries  brute cdist     {bwall:7.2f} s wall {bcpu:7.2f} s cpu  "
            f"{len(bmatches):,} pairs >= 88  P {bp:.4f} R {br:.4f}  "
            f"-> lacuna keeps {kept:.4f} of its matched pairs (precision {prf(edges, gold)[0]:.4f} "
            f"vs {prf(bedges, gold)[0]:.4f})",
            flush=True,
        )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated: 10k, 100k, 1m or a number")
    parser.add_argument("--brute-max", type=int, default=20_000, help="largest size for brute force")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duckdb", action="store_true", help="also run the DuckDB engine")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    runs: list[tuple[int, float, int]] = []
    for size in args.sizes.split(","):
        size = size.strip().lower()
        n = (
            int(float(size[:-1]) * (1000 if size.endswith("k") else 1_000_000))
            if size[-1] in "km"
            else int(size)
        )
        runs.append((n, *run_size(n, args)))
    for (n0, cpu0, pairs0), (n1, cpu1, pairs1) in pairwise(runs):
        print(
            f"growth {n0:,} -> {n1:,} entries ({n1 / n0:g}x): CPU time {cpu1 / cpu0:.2f}x, "
            f"candidate pairs {pairs1 / pairs0:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
