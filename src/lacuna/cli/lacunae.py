"""``lacuna lacunae FILE...``: every gap, uncertain reading and gap note, with totals."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lacuna.cli.inputs import each_document, expand_inputs, input_names, load_input
from lacuna.cli.options import add_common_options, conventions_of, quiet, report
from lacuna.cli.outputs import csv_line, open_output, table_cell
from lacuna.errors import LacunaError
from lacuna.lacunae import LACUNA_KEYS, Lacuna, LacunaReport, analyse
from lacuna.render.json import dumps, quantity_json

TABLE_COLUMNS = [
    "file",
    "line",
    "column",
    "kind",
    "extent",
    "words",
    "reason",
    "conjecture",
    "fit",
    "candidates",
    "context",
]


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "lacunae",
        help="list every gap and uncertain reading: where, how much, why, how to restore it",
        description="Print one record per gap, uncertain reading and note describing a gap, with its "
        "place, estimated extent in words, reason, conjecture and whether the conjecture fits, then "
        "totals per document. jsonl: one record per line (keys: "
        f"{', '.join(LACUNA_KEYS)}); json: the reports with totals; csv: the table's columns; "
        "table: tab-separated rows and a totals line per file (on stderr with -o). Nothing is cut "
        "unless --width asks.",
    )
    add_common_options(parser, formats=["table", "jsonl", "json", "csv"], default_format="table")
    parser.add_argument(
        "--width", type=int, metavar="N", help="table: cut each cell to N characters (default: not cut)"
    )
    parser.add_argument(
        "--witness",
        "-w",
        action="append",
        default=[],
        metavar="FILE",
        help="another witness of the same text: its words aligned with each gap become "
        "restoration candidates (repeatable)",
    )
    return parser


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _total_line(rep: LacunaReport) -> str:
    t = rep.totals
    unclosed = f"{t['unclosed']} never closed; " if t["unclosed"] else ""
    return (
        f"# {rep.file}: {_n(t['gaps'], 'gap')}, {_n(t['notes'], 'gap note')}, {t['uncertain']} uncertain; "
        f"about {_n(t['missing_words'], 'word')} missing ({t['unestimated']} unestimated); {unclosed}"
        f"{t['conflicts']} conjecture(s) conflicting with the extent; supplied {t['supplied_share']:.1%}, "
        f"uncertain {t['uncertain_share']:.1%}, glossed {t['glossed_share']:.1%} of "
        f"{t['clean_chars']} clean characters"
    )


def _row(lac: Lacuna) -> list[object]:
    record = lac.to_dict()
    record["context"] = f"{lac.before} ‸ {lac.after}"
    record["candidates"] = "; ".join(f"{r.text} ({verdict})" for r, verdict in lac.candidates)
    if lac.marking:
        record["reason"] = f"{lac.reason} {lac.marking}"
    if lac.unclosed:
        record["kind"] = f"{lac.kind} (unclosed)"
    return [quantity_json(record[c]) for c in TABLE_COLUMNS]


def run(args: argparse.Namespace) -> int:
    """Exit status 0, or 2 when an input cannot be read (after the others are listed)."""
    if args.width is not None and args.width < 4:
        raise LacunaError("--width must be at least 4")
    conventions_of(args)  # a bad conventions file stops the command before any output
    witnesses = [load_input(w, args) for w in expand_inputs(args.witness, notes=False)]
    fmt = args.format
    inputs = expand_inputs(input_names(args), notes=not quiet(args))
    totals: list[str] = []  # table: the totals lines, after all the rows
    documents: list[dict[str, Any]] = []  # json: one document holding them all
    failed: list[str] = []  # inputs that could not be read: exit 2
    with open_output(args.output) as out:
        if fmt == "table":
            out.write_lines(["\t".join(TABLE_COLUMNS)])
        elif fmt == "csv":
            out.write_lines([csv_line(TABLE_COLUMNS)])
        for _source, doc in each_document(inputs, args, failed):
            report(doc, args)
            rep = analyse(doc, witnesses=[w for w in witnesses if w.name != doc.name])
            # jsonl, csv and table rows are written file by file, line by line: each record carries
            # its span's text, so on deep nesting the output is far larger than the input
            if fmt == "jsonl":
                out.write_lines(dumps(lac.to_dict()) for lac in rep.lacunae)
            elif fmt == "json":
                documents.append(
                    {
                        "file": rep.file,
                        "lacunae": [lac.to_dict() for lac in rep.lacunae],
                        "totals": rep.totals,
                    }
                )
            elif fmt == "csv":
                out.write_lines(csv_line(_row(lac)) for lac in rep.lacunae)
            else:
                out.write_lines(
                    "\t".join(table_cell(v, args.width) for v in _row(lac)) for lac in rep.lacunae
                )
                totals.append(_total_line(rep))
        if fmt == "json":
            data: dict[str, Any] = {"format": "lacuna-lacunae", "version": 1, "documents": documents}
            out.write_lines([dumps(data, indent=2)])
        if args.output is None:
            out.write_lines(totals)
    if args.output is not None and not quiet(args):
        for line in totals:
            print(f"lacuna: {line[2:]}", file=sys.stderr)
    return 2 if failed else 0
