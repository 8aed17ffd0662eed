"""``lacuna listings FILE...``: listing entries grouped into documents, or the scored pairs."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from lacuna.cli.inputs import expand_inputs
from lacuna.cli.options import add_report_options, conventions_of, finite_float, note, quiet
from lacuna.cli.outputs import csv_line, open_output
from lacuna.errors import LacunaError
from lacuna.linkage import DEFAULT_MODEL, Documents, Matches, Model, link
from lacuna.linkage.workers import usable_cores
from lacuna.listing import Entry, Listing, read_bytes
from lacuna.render.json import dumps

ENTRY_COLUMNS = ["id", "file", "line", "date", "title", "summary", "cluster"]
PROGRESS_FROM = 5_000  # entries; smaller runs finish before a bar would help


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "listings",
        help="read listing pages, match entries across pages, group them into documents",
        description="Read listing pages (search results, collections), find the entries that list the "
        "same document on different pages, and print one row per entry with its document (cluster: "
        "the id FILE:LINE of the document's first entry). A summary goes to stderr.",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="listing pages, or directories of them (*.txt); '-' for stdin",
    )
    parser.add_argument("--format", "-f", choices=["jsonl", "csv", "table", "parquet"], default="jsonl")
    parser.add_argument(
        "--pairs",
        action="store_true",
        help="print the scored pairs (matched, refused by a cannot-link, vetoed) instead of the entries",
    )
    parser.add_argument(
        "--all-pairs", action="store_true", help="with --pairs: every candidate pair, also the non-matches"
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="add each comparison's value, level and weight: to the pairs, or to each entry the links "
        "that put it into its document",
    )
    parser.add_argument("--output", "-o", metavar="PATH", help="write to PATH instead of stdout")
    parser.add_argument(
        "--engine",
        choices=["memory", "duckdb", "spark"],
        default="memory",
        help="memory (default); duckdb: blocking, scoring and clustering as SQL, out of core; "
        "spark: blocking and scoring as Spark SQL (local, or a cluster under spark-submit)",
    )
    spark = parser.add_argument_group("the Spark engine (pip install 'lacuna[spark]', Java 17)")
    spark.add_argument(
        "--spark-master",
        metavar="URL",
        help="local[N], spark://HOST:PORT, yarn ... (default: spark-submit's --master, "
        "else local[--workers])",
    )
    spark.add_argument(
        "--parquet-out",
        metavar="DIR",
        help="write DIR/entries, DIR/pairs (scored pairs) and DIR/documents as Parquet "
        "(local or cluster paths)",
    )
    spark.add_argument(
        "--entries-parquet",
        metavar="PATH",
        action="append",
        default=[],
        help="read entries from a Parquet table written as DIR/entries (repeatable; with or "
        "instead of FILEs)",
    )
    parser.add_argument(
        "--threshold",
        type=finite_float,
        default=None,
        help=f"match weight a pair needs (the model's by default: {DEFAULT_MODEL.threshold:g} when shipped)",
    )
    parser.add_argument(
        "--model",
        metavar="JSON",
        help="a linkage model written by --train (default: the shipped, hand-weighted one)",
    )
    parser.add_argument(
        "--train",
        metavar="JSON",
        help="learn the model's m and u probabilities from these pages (EM over the blocked pairs, u "
        "from random pairs, the given model's weights as priors), write it to JSON, and link with it",
    )
    parser.add_argument(
        "--workers",
        type=_workers_arg,
        default=1,
        metavar="N",
        help="worker processes in memory (threads in DuckDB, local[N] in Spark): 1 to the number of "
        "cores, or 'all' (default 1); more are capped",
    )
    parser.add_argument("--strict", action="store_true", help="stop at the first unreadable region")
    parser.add_argument(
        "--conventions",
        metavar="TOML",
        help="checked like every command's; listing pages are read without bracket conventions",
    )
    add_report_options(parser)
    return parser


def _workers_arg(text: str) -> int:
    """``--workers``: a whole number of at least 1, or ``all`` (0 here, resolved by :func:`_workers`)."""
    if text.strip().lower() == "all":
        return 0
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of workers (1, 2, ... or 'all')"
        ) from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} workers: give 1 or more, or 'all'")
    return n


def _workers(requested: int) -> int:
    """The worker count to use: ``all`` (0) is every usable core; more than the cores is capped,
    with a message on stderr (each worker is a process or a thread; past the cores they only compete)."""
    cores = usable_cores()
    if requested == 0:
        return cores
    if requested > cores:
        print(
            f"lacuna: --workers {requested} is more than the {cores} usable cores; using {cores}",
            file=sys.stderr,
        )
        return cores
    return requested


def _progress(total: int, desc: str, auto: bool) -> Any:
    """A tqdm bar on stderr: ``auto``, only when stderr is a terminal; else always."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="pairs", file=sys.stderr, disable=None if auto else False)


def _read_all(paths: list[str], strict: bool, notes: bool = True) -> list[Listing]:
    """The pages, each once (the same file named twice is one page: two of its entries are never
    one document); not UTF-8: an ``invalid-utf8`` problem (strict: an error)."""
    pages = []
    for source in expand_inputs(paths, notes=notes):
        if source.path is not None and not source.path.exists():
            raise LacunaError(f"{source.name}: no such file")
        name = "<stdin>" if source.is_stdin else source.name
        pages.append(read_bytes(source.read_bytes(), source=name, strict=strict))
    return pages


def _link(entries: list[Entry], model: Model, args: argparse.Namespace) -> tuple[Matches, Documents]:
    # --progress: always; --no-progress or --quiet: never; else on a terminal, for long runs
    show = args.progress or (args.progress is None and not quiet(args) and len(entries) >= PROGRESS_FROM)
    if args.engine == "spark":
        return link(
            entries,
            model,
            engine="spark",
            workers=args.workers,
            master=args.spark_master,
            parquet_out=args.parquet_out,
        )
    if args.engine != "memory":
        return link(entries, model, engine=args.engine, workers=args.workers)
    bar = None

    def tick(n: int) -> None:
        if bar is not None:
            bar.update(n)

    result: Callable[[int], None] | None = tick if show else None
    if show:
        bar = _progress(0, "scoring", not args.progress)
    try:
        return link(entries, model, workers=args.workers, progress=result)
    finally:
        if bar is not None:
            bar.close()


def _entry_rows(docs: Documents, explain: bool) -> Iterator[dict[str, object]]:
    links: dict[int, list[str]] = {}
    if explain:  # the accepted pairs that hold each document together
        m = docs.matches
        for k in np.flatnonzero(m.accepted):
            a, b = int(m.pairs[k, 0]), int(m.pairs[k, 1])
            if docs.cluster[a] != docs.cluster[b]:
                continue
            e = m.explain(int(k))
            text = " ".join(c.format() for c in e.contributions)
            links.setdefault(a, []).append(f"{e.b}: {e.weight:+.4g} p={e.probability:.4g} [{text}]")
            links.setdefault(b, []).append(f"{e.a}: {e.weight:+.4g} p={e.probability:.4g} [{text}]")
    for i, (e, cluster) in enumerate(zip(docs.entries, docs.cluster, strict=True)):
        row: dict[str, object] = {
            "id": e.id,
            "file": e.source,
            "line": e.line,
            "date": e.date.iso if e.date is not None else None,
            "title": e.title,
            "summary": e.summary,
            "cluster": cluster,
        }
        if explain:
            row["links"] = "; ".join(links.get(i, [])) or None
        yield row


def _pair_rows(docs: Documents, all_pairs: bool, explain: bool) -> Iterator[dict[str, object]]:
    m = docs.matches
    refused = {(a, b) for _, a, b in docs.clustering.refused}
    order = sorted(range(len(m)), key=lambda k: (-m.weight[k], int(m.pairs[k, 0]), int(m.pairs[k, 1])))
    accepted = m.accepted
    for k in order:
        a, b = int(m.pairs[k, 0]), int(m.pairs[k, 1])
        if not all_pairs and not accepted[k]:
            continue
        e = m.explain(k)
        decision = e.decision
        if (a, b) in refused:
            decision = "refused: same page in the document"
        row: dict[str, object] = {
            "a": e.a,
            "b": e.b,
            "weight": e.weight if math.isfinite(e.weight) else None,
            "match_probability": round(e.probability, 6),
            "decision": decision,
            "same_document": docs.cluster[a] == docs.cluster[b],
        }
        for c in e.contributions:
            row[c.comparison] = c.value
            if explain:
                row[f"{c.comparison}_level"] = c.level
                row[f"{c.comparison}_weight"] = None if c.veto else c.weight
        if explain:
            row["explanation"] = e.format()
        yield row


def _cell(value: object, width: int = 60) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value).replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _render(rows: list[dict[str, object]], fmt: str) -> str:
    if not rows:
        return ""
    columns = list(rows[0])
    if fmt == "jsonl":
        return "".join(dumps(r) + "\n" for r in rows)
    if fmt == "csv":  # formula cells neutralised (cli.outputs.csv_safe)
        lines = [csv_line(columns), *(csv_line(r.get(c) for c in columns) for r in rows)]
        return "".join(line + "\n" for line in lines)
    lines = ["\t".join(columns)]
    lines += ["\t".join(_cell(r[c]) for c in columns) for r in rows]
    return "\n".join(lines) + "\n"


def _waterfalls(rows: list[dict[str, object]], model: Model) -> str:
    """Pairs with --explain as a table: each pair, then one line per comparison (splink's waterfall)."""
    out = []
    name_width = max(len(c.name) for c in model.comparisons)
    level_width = max(len(level.label) for c in model.comparisons for level in c.levels)
    for r in rows:
        weight = "veto" if r["weight"] is None else f"{r['weight']:+.4g}"
        p = f"p={r['match_probability']:.4g}"
        out.append(f"{r['a']}  ~  {r['b']}    {weight}  {p}  {r['decision']}")
        for c in model.comparisons:
            value = "missing" if r[c.name] is None else f"{r[c.name]:g}"
            effect = "VETO" if r[f"{c.name}_weight"] is None else f"{r[f'{c.name}_weight']:+.4g}"
            level = r[f"{c.name}_level"]
            out.append(f"    {c.name:<{name_width}} {value:>8}  {level:<{level_width}}  {effect}")
        out.append("")
    return "\n".join(out)


def _write_parquet(rows: list[dict[str, object]], path: str) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise LacunaError("--format parquet needs pyarrow: pip install 'lacuna[duckdb]'") from exc
    try:
        pq.write_table(pa.Table.from_pylist(rows), path)
    except (OSError, pa.ArrowException) as exc:
        raise LacunaError(f"{path}: cannot write: {exc}") from exc


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output:
        raise LacunaError("--format parquet writes a file: give --output PATH")
    if (args.parquet_out or args.entries_parquet or args.spark_master) and args.engine != "spark":
        raise LacunaError("--parquet-out, --entries-parquet and --spark-master go with --engine spark")
    if not args.files and not args.entries_parquet:
        raise LacunaError("no input: give listing pages (FILE ...) or --entries-parquet PATH")
    args.workers = _workers(args.workers)
    conventions_of(args)
    pages = _read_all(args.files, args.strict, notes=not quiet(args))
    for page in pages:
        for d in page.diagnostics:
            note(f"{d.format()} [{d.code}]", args)
    entries = [e for page in pages for e in page]
    if args.entries_parquet:
        from lacuna.linkage.spark_engine import read_entries

        for path in args.entries_parquet:
            entries += read_entries(path, master=args.spark_master, workers=args.workers)
    model = Model.load(args.model) if args.model else DEFAULT_MODEL
    if args.train:
        from lacuna.linkage.train import train

        model = train(entries, model, workers=args.workers)
        model.save(args.train)
        print(f"lacuna: model written to {args.train} (prior {model.prior:.4g})", file=sys.stderr)
    if args.threshold is not None:
        model = model.with_threshold(args.threshold)
    matches, docs = _link(entries, model, args)
    if args.pairs:
        rows = list(_pair_rows(docs, args.all_pairs, args.explain))
    else:
        rows = list(_entry_rows(docs, args.explain))
        if args.format == "table":
            rows = [{k: v for k, v in r.items() if k != "id"} for r in rows]
    if args.format == "parquet":
        _write_parquet(rows, args.output)
    else:
        if args.pairs and args.explain and args.format == "table":
            text = _waterfalls(rows, model)
        else:
            text = _render(rows, args.format)
        with open_output(args.output) as out:
            out.write(text)
    n_pages = len(pages) + len({e.source for e in entries[sum(len(p) for p in pages) :]})
    note(
        f"{len(entries)} entries on {n_pages} pages, {docs.count} documents, "
        f"{docs.duplicates} cross-page duplicates ({matches.candidates} candidate pairs, "
        f"{len(matches)} scored, "
        f"{int(matches.accepted.sum())} matched, {len(docs.clustering.refused)} refused by a cannot-link)",
        args,
    )
    return 0
