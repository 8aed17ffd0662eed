"""Listing linkage at scale: synthetic listing pages of 10k, 100k (and 1M) entries.

Documents are made from the sample pages' titles and summaries (corpus/listing-*.txt): names and
numbers are drawn afresh for each document, so series titles differ by one number and the same
correspondents appear in both directions. Each document is listed on one to four pages with the
noise real listings show: typos, cut-off titles (``…``), listed dates shifted by weeks or months,
dropped or re-worded summaries, ``Filippov``/``Filipov``, ``T.V.``/``T. V.``. Pages are written as
text in the current layout and read back with :func:`lacuna.listing.read`.

For each size it prints, measured in the same run:

- lacuna (blocking + scoring + clustering, in memory with one worker process and with
  ``--workers``, the usable cores by default; ``--duckdb`` adds the DuckDB engine, and
  ``--spark-max N`` the Spark engine in local mode up to N entries, its session started untimed):
  wall and CPU seconds (CPU of this process and of the worker processes it forked), candidate
  pairs, pairwise precision / recall of the documents against the truth, the peak memory (PSS)
  of the process with its workers; each run starts with lacuna's caches of computed values
  empty, and ``--runs N`` repeats each row N times (the ratios are of the medians);
- splink (DuckDB back end) on the same entries, up to ``--splink-max``, and lacuna's rows over
  splink's as ratios;
- brute force: ``rapidfuzz.process.cdist`` over all title pairs (row chunks, ``score_cutoff``),
  the same comparisons and clustering on every pair it keeps, up to ``--brute-max`` entries;
- lacuna's recall of the brute-force matched pairs (what blocking loses) and both precisions.

    .venv/bin/python bench/listings.py                 # 10k and 100k, brute force at 10k
    .venv/bin/python bench/listings.py --sizes 1m      # the million (minutes)
"""

from __future__ import annotations

import argparse
import datetime
import random
import re
import resource
import statistics
import sys
import time
from itertools import combinations, pairwise
from itertools import count as count_from
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from lacuna import listing
from lacuna.linkage import DEFAULT_MODEL, Matches, candidates, documents, link, prepare, score, usable_cores

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


# Title forms other archives use (FRUS, the National Security Archive, reading rooms), beyond the
# samples' own: the names and numbers in them are drawn afresh for each document.
TEMPLATES = [
    "Letter from Stalin to Mao Zedong",
    "Letter from Kim Il Sung to Stalin on the Situation in Korea",
    "Record of Conversation between Zhou Enlai and Molotov",
    "Minutes of the Meeting of Liu Shaoqi with Malenkov",
    "Report by Kovalev on the Situation in Manchuria",
    "Note from Gromyko to Vyshinsky Concerning the Treaty of Friendship",
    "Excerpt from the Diary of Roshchin: Conversation with Zhu De",
    "Instructions from Molotov to Panyushkin regarding the Negotiations",
    "Message from Mao Zedong to Stalin on Tibet",
    "Memorandum from Gao Gang to Stalin on Industrial Aid",
    "Telegram No. 1245 from Shtykov to Vyshinsky",
    "Draft Resolution of the CC CPSU on Aid to Peng Dehuai",
    "Information Note on the Visit of Ho Chi Minh to Moscow",
    "Minutes of Conversation between Khrushchev and Mao Zedong, Beijing",
    "Letter from Chiang Kai-shek to Stalin Concerning Xinjiang",
]
# Wade-Giles and other older spellings an older page may list a name under.
OLD_SPELLINGS = {
    "Mao Zedong": "Mao Tse-tung",
    "Zhou Enlai": "Chou En-lai",
    "Liu Shaoqi": "Liu Shao-ch'i",
    "Zhu De": "Chu Teh",
    "Gao Gang": "Kao Kang",
    "Peng Dehuai": "P'eng Te-huai",
    "Kim Il Sung": "Kim Il-sung",
    "Chiang Kai-shek": "Jiang Jieshi",
}
_OLD_RE = re.compile("|".join(re.escape(n) for n in OLD_SPELLINGS))


def samples() -> tuple[list[str], list[str]]:
    titles, summaries = list(TEMPLATES), []
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
            if sibling in seen:
                continue
            seen.add(sibling)
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
                if rnd.random() < 0.3:  # an older page: Wade-Giles and other old spellings
                    title = _OLD_RE.sub(lambda m: OLD_SPELLINGS[m.group()], title)
                    if summary is not None:
                        summary = _OLD_RE.sub(lambda m: OLD_SPELLINGS[m.group()], summary)
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


def _cpu() -> float:
    """CPU seconds of this process and of its finished child processes (lacuna's forked workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(fn):
    c0, t0 = _cpu(), time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0, _cpu() - c0


_SAMPLER = r"""
import os, select, sys
root = int(sys.argv[1])
def tree(pid):
    out = [pid]
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                for child in f.read().split():
                    out += tree(int(child))
    except OSError:
        pass
    return out
def pss(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0
me, peak = os.getpid(), 0
while True:
    peak = max(peak, sum(pss(p) for p in tree(root) if p != me))
    if select.select([sys.stdin], [], [], 0.5)[0]:
        break
print(peak)
"""


class TreeMemory:
    """The peak proportional set size (PSS: a page shared by n processes counted 1/n in each) of
    this process and every process it forked, sampled every half second by a process of its own
    (its CPU is counted in no run: it is reaped after the run's CPU time is taken)."""

    def __enter__(self) -> TreeMemory:
        import os
        import subprocess

        self.peak = 0.0
        self._proc = None
        if Path("/proc/self/smaps_rollup").exists():
            self._proc = subprocess.Popen(
                [sys.executable, "-c", _SAMPLER, str(os.getpid())],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        return self

    def stop(self) -> float:
        """Stop sampling; the peak in GiB (0 where /proc cannot tell)."""
        if self._proc is not None:
            out, _ = self._proc.communicate("stop")
            self.peak = int(out or 0) / 2**30
            self._proc = None
        return self.peak

    def __exit__(self, *exc: object) -> None:
        self.stop()


def cold_caches() -> None:
    """Empty lacuna's bounded caches of computed values (keys of pieces of titles, words, months),
    so a run does not profit from the previous one's; tables loaded once stay loaded."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("lacuna"):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()


def misses(matches: Matches, docs, gold: set, found: set, show: int) -> None:
    """Why true pairs were missed (not blocked together, pruned on the title, vetoed, scored
    below the threshold, or accepted and split by a cannot-link) and why false ones were found."""
    prep, model = matches.prep, matches.model
    index = prep.index
    cand = candidates(prep, model)
    n = len(prep)
    cand_codes = cand[:, 0] * n + cand[:, 1]
    scored = {int(a) * n + int(b): k for k, (a, b) in enumerate(matches.pairs.tolist())}
    reasons: dict[str, list[tuple[int, int, int]]] = {}
    for x, y in sorted(gold - found):
        a, b = sorted((index[x], index[y]))
        code = a * n + b
        k = scored.get(code, -1)
        if k < 0:
            at = int(np.searchsorted(cand_codes, code))  # sorted: candidates() returns them so
            blocked = at < len(cand_codes) and int(cand_codes[at]) == code
            why = "pruned on the title" if blocked else "not blocked together"
        elif matches.vetoed_by[k] >= 0:
            why = "vetoed: " + matches.decision(k)[6:]
        elif not matches.accepted[k]:
            why = "below the threshold"
        else:
            why = "accepted, split by a cannot-link"
        reasons.setdefault(why, []).append((a, b, k))
    for x, y in sorted(found - gold):
        a, b = sorted((index[x], index[y]))
        k = scored.get(a * n + b, -1)
        why = "false, joined transitively" if k < 0 or not matches.accepted[k] else "false, accepted pair"
        reasons.setdefault(why, []).append((a, b, k))
    for why, rows in sorted(reasons.items(), key=lambda kv: -len(kv[1])):
        print(f"    {len(rows):>8,} {why}")
        for a, b, k in rows[:show]:
            print(f"             {prep.entries[a].title!r}\n           ~ {prep.entries[b].title!r}")
            if k >= 0:
                print(f"             {matches.explain(k).format()}")


def run_lacuna(
    entries,
    gold,
    engine: str,
    args,
    n: int,
    model=DEFAULT_MODEL,
    workers: int | None = None,
    runs: int | None = None,
) -> tuple[float, float, int, list]:
    """lacuna with one engine, ``--runs`` times, each run printed; returns the median (wall s,
    CPU s), the candidates and the clusters (the same every run)."""
    workers = args.workers if workers is None else workers
    options = {}
    if engine == "duckdb":  # DuckDB's own memory bounded, the rest spilled to a temporary directory
        options = {"memory_limit": args.duckdb_memory, "temp_directory": args.duckdb_temp}
    walls, cpus = [], []
    label = f"{engine} w{workers}"
    runs = args.runs if runs is None else runs
    for _ in range(runs):
        cold_caches()
        with TreeMemory() as memory:
            (matches, docs), wall, cpu = _timed(
                lambda: link(entries, model, engine=engine, workers=workers, **options)
            )
        peak = memory.stop()
        walls.append(wall)
        cpus.append(cpu)
        found = pair_set([e.id for e in docs.entries], docs.cluster)
        p, r = prf(found, gold)
        print(
            f"{n:>9,} entries  lacuna/{label:<9} {wall:7.2f} s wall {cpu:7.2f} s cpu  "
            f"{matches.candidates:,} candidate pairs  P {p:.4f} R {r:.4f}  [{docs.count:,} documents]  "
            f"peak PSS with workers {peak:.2f} GiB",
            flush=True,
        )
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    if runs > 1:
        print(
            f"{n:>9,} entries  lacuna/{label:<9} median of {runs}: {wall:7.2f} s wall "
            f"({min(walls):.2f}-{max(walls):.2f}) {cpu:7.2f} s cpu ({min(cpus):.2f}-{max(cpus):.2f})",
            flush=True,
        )
    if args.misses and engine == "memory":
        misses(matches, docs, gold, found, args.misses)
    return wall, cpu, matches.candidates, docs.cluster


def run_splink(entries, gold, args, n: int) -> tuple[float, float]:
    """splink 5 on DuckDB with settings comparable to lacuna's: the same keys, blocking on the title,
    its start, its rare words and the summary, title and summary by Jaro-Winkler, listed dates by
    days, the titles' numbers exactly; u by random sampling, m by EM blocked on the title start
    and on the date, pairs at match probability 0.5 clustered by connected components."""
    import duckdb
    import pyarrow as pa
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    def prepare_table():
        prep = prepare(entries)
        dates = [e.date.iso if e.date is not None and e.date.day is not None else None for e in prep.entries]
        return pa.table(
            {
                "unique_id": pa.array([e.id for e in prep.entries]),
                "title": pa.array(prep.titles),
                "title_start": pa.array([t[:12] for t in prep.titles]),
                "summary": pa.array(prep.summaries, type=pa.string()),
                "summary_start": pa.array([(s or "")[:20] or None for s in prep.summaries], type=pa.string()),
                "numbers": pa.array([" ".join(x) or None for x in prep.numbers], type=pa.string()),
                "date": pa.array(
                    [None if d is None else datetime.date.fromisoformat(d) for d in dates], type=pa.date32()
                ),
            }
        )

    def work():
        table = prepare_table()
        con = duckdb.connect()
        db_api = DuckDBAPI(connection=con)
        sdf = db_api.register(table, dataset_display_name="entries")
        settings = SettingsCreator(
            link_type="dedupe_only",
            comparisons=[
                cl.JaroWinklerAtThresholds("title", [0.97, 0.92]),
                cl.JaroWinklerAtThresholds("summary", [0.95, 0.8]),
                cl.AbsoluteDateDifferenceAtThresholds(
                    "date", input_is_string=False, metrics=["day", "day"], thresholds=[31, 366]
                ),
                cl.ExactMatch("numbers"),
            ],
            blocking_rules_to_generate_predictions=[  # no block cap in splink: keys selective enough
                block_on("title"),
                block_on("numbers"),
                block_on("title_start", "summary_start"),
                block_on("summary"),
            ],
            retain_intermediate_calculation_columns=False,
        )
        linker = Linker(sdf, settings, log_level=40)
        linker.training.estimate_probability_two_random_records_match([block_on("title")], recall=0.7)
        linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
        linker.training.estimate_parameters_using_expectation_maximisation(block_on("title"))
        linker.training.estimate_parameters_using_expectation_maximisation(block_on("date"))
        predictions = linker.inference.predict(threshold_match_probability=0.5)
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, 0.5)
        rows = clusters.as_duckdbpyrelation().select("unique_id, cluster_id").fetchall()
        return rows

    rows, wall, cpu = _timed(work)
    found = pair_set([r[0] for r in rows], [str(r[1]) for r in rows])
    p, r = prf(found, gold)
    print(
        f"{n:>9,} entries  splink/duckdb  {wall:7.2f} s wall {cpu:7.2f} s cpu  P {p:.4f} R {r:.4f}",
        flush=True,
    )
    return wall, cpu


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
    del texts, truth  # (not needed past here: the peak memory measured is the engines')
    print(f"{n:>9,} entries  [read pages {t_read:.2f} s; {len(gold):,} true pairs]", flush=True)
    if not args.memory:  # the DuckDB engine alone (its peak memory measured on its own)
        _, dcpu, dcands, _ = run_lacuna(entries, gold, "duckdb", args, n)
        return dcpu, dcands
    # in memory with one worker, then with --workers (the cores by default): same documents
    one = args.one_worker or args.workers == 1
    paired = args.duckdb and args.runs > 1  # the --workers row then runs in rounds with DuckDB's
    wall, cpu, cands, clusters = run_lacuna(
        entries, gold, "memory", args, n, workers=1 if one else None, runs=None if one or not paired else 1
    )
    result = (cpu, cands)
    rows = [(f"w{1 if one else args.workers}", wall, cpu)]
    if args.workers > 1 and one:
        nwall, ncpu, _, nclusters = run_lacuna(entries, gold, "memory", args, n, runs=1 if paired else None)
        same = "identical to 1 worker" if nclusters == clusters else "DIFFER from 1 worker"
        print(
            f"{n:>9,} entries  memory w{args.workers} / w1: wall {nwall / wall:.2f}x, cpu {ncpu / cpu:.2f}x; "
            f"clusters {same}"
        )
        rows.append((f"w{args.workers}", nwall, ncpu))
        wall, cpu = nwall, ncpu  # the other engines run with --workers too: compared with this row
    if args.duckdb and not paired:
        dwall, dcpu, _, dclusters = run_lacuna(entries, gold, "duckdb", args, n)
        same = "identical to memory" if dclusters == clusters else "DIFFERS from memory"
        print(
            f"{n:>9,} entries  duckdb / memory: wall {dwall / wall:.2f}x, cpu {dcpu / cpu:.2f}x; "
            f"clusters {same}"
        )
    elif args.duckdb:  # rounds of (memory, DuckDB): each pair meets the same load
        walls, cpus = [wall], [cpu]
        ratios: list[tuple[float, float]] = []
        for r in range(args.runs):
            if r:
                mwall, mcpu, _, _ = run_lacuna(entries, gold, "memory", args, n, runs=1)
                walls.append(mwall)
                cpus.append(mcpu)
            dwall, dcpu, _, dclusters = run_lacuna(entries, gold, "duckdb", args, n, runs=1)
            same = "identical to memory" if dclusters == clusters else "DIFFERS from memory"
            ratios.append((dwall / walls[-1], dcpu / cpus[-1]))
            print(
                f"{n:>9,} entries  duckdb / memory, round {r + 1}: wall {ratios[-1][0]:.2f}x, "
                f"cpu {ratios[-1][1]:.2f}x; clusters {same}",
                flush=True,
            )
        rw, rc = sorted(w for w, _ in ratios), sorted(c for _, c in ratios)
        print(
            f"{n:>9,} entries  duckdb / memory, median of {args.runs} rounds: wall "
            f"{statistics.median(rw):.2f}x ({rw[0]:.2f}-{rw[-1]:.2f}), cpu {statistics.median(rc):.2f}x "
            f"({rc[0]:.2f}-{rc[-1]:.2f}); memory median {statistics.median(walls):.2f} s wall "
            f"{statistics.median(cpus):.2f} s cpu"
        )
    if n <= args.spark_max:
        from lacuna.linkage.spark_engine import session

        session(f"local[{args.workers}]", {"spark.ui.showConsoleProgress": "false"})  # JVM start: untimed
        swall, _, _, sclusters = run_lacuna(entries, gold, "spark", args, n)
        same = "identical to memory" if sclusters == clusters else "DIFFERS from memory"
        print(
            f"{n:>9,} entries  spark local[{args.workers}] / memory: wall {swall / wall:.2f}x; "
            f"clusters {same}"
        )
    if n <= args.splink_max:
        try:
            swall, scpu = run_splink(entries, gold, args, n)
            for label, lwall, lcpu in rows:
                print(
                    f"{n:>9,} entries  lacuna memory {label} / splink: wall {lwall / swall:.2f}x, "
                    f"cpu {lcpu / scpu:.2f}x"
                )
        except ImportError:
            print("splink not installed: pip install splink (the bench extra)")
    if n <= args.brute_max:
        c0 = _cpu()
        bmatches, bwall = brute_force(entries, args.workers)
        bdocs = documents(bmatches)
        bcpu = _cpu() - c0
        bfound = pair_set([e.id for e in bdocs.entries], bdocs.cluster)
        bp, br = prf(bfound, gold)
        print(
            f"{n:>9,} entries  brute cdist     {bwall:7.2f} s wall {bcpu:7.2f} s cpu  "
            f"{len(bmatches):,} pairs >= 88  P {bp:.4f} R {br:.4f}",
            flush=True,
        )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated: 10k, 100k, 1m or a number")
    parser.add_argument("--brute-max", type=int, default=0, help="largest size for brute force")
    parser.add_argument(
        "--workers",
        type=int,
        default=usable_cores(),
        help="lacuna's worker processes for the second in-memory row (default: the usable cores)",
    )
    parser.add_argument(
        "--no-one-worker",
        dest="one_worker",
        action="store_false",
        help="skip the in-memory row with one worker (only the --workers row)",
    )
    parser.add_argument("--no-duckdb", dest="duckdb", action="store_false", help="skip the DuckDB engine")
    parser.add_argument(
        "--no-memory",
        dest="memory",
        action="store_false",
        help="the DuckDB engine only (for its peak memory)",
    )
    parser.add_argument("--duckdb-memory", default="3GB", help="the DuckDB engine's memory_limit")
    parser.add_argument(
        "--duckdb-temp", default=None, help="the DuckDB engine's temp_directory (default: DuckDB's own)"
    )
    parser.add_argument("--splink-max", type=int, default=100_000, help="largest size for splink")
    parser.add_argument(
        "--spark-max", type=int, default=100_000, help="largest size for the Spark engine (local mode)"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--runs", type=int, default=1, help="lacuna's rows run this many times each; ratios of the medians"
    )
    parser.add_argument(
        "--misses", type=int, default=0, metavar="K", help="why pairs were missed or false (K examples each)"
    )
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
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 / 1024
    print(f"peak resident memory of this run: {peak:.2f} GiB (the largest worker process: {child:.2f} GiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
