"""``lacuna lacunae FILE...``: every gap, uncertain reading and gap note, with totals."""

from __future__ import annotations

import argparse
from typing import Any

from lacuna.cli.common import add_input_options, conventions_of, load, report, write_lines
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
        f"{', '.join(LACUNA_KEYS)}); json: the reports with totals; table: tab-separated rows and a "
        "totals line per file.",
    )
    add_input_options(parser, many=True)
    parser.add_argument("--format", "-f", choices=["table", "jsonl", "json"], default="table")
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


def _cell(value: object, limit: int = 60) -> str:
    if value is None:
        return ""
    text = str(quantity_json(value)).replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _total_line(rep: LacunaReport) -> str:
    t = rep.totals
    return (
        f"# {rep.file}: {_n(t['gaps'], 'gap')}, {_n(t['notes'], 'gap note')}, {t['uncertain']} uncertain; "
        f"about {_n(t['missing_words'], 'word')} missing ({t['unestimated']} unestimated); "
        f"{t['conflicts']} conjecture(s) conflicting with the extent; supplied {t['supplied_share']:.1%}, "
        f"uncertain {t['uncertain_share']:.1%}, glossed {t['glossed_share']:.1%} of "
        f"{t['clean_chars']} clean characters"
    )


def _table_row(lac: Lacuna) -> str:
    record = lac.to_dict()
    record["context"] = f"{lac.before} ‸ {lac.after}"
    record["candidates"] = "; ".join(f"{r.text} ({verdict})" for r, verdict in lac.candidates)
    return "\t".join(_cell(record[c], 200 if c == "context" else 60) for c in TABLE_COLUMNS)


def run(args: argparse.Namespace) -> int:
    conventions_of(args)  # a bad conventions file stops the command before any output
    witnesses = [load(path, args) for path in args.witness]
    if args.format == "table":
        write_lines(["\t".join(TABLE_COLUMNS)])
    totals: list[str] = []  # table: the totals lines, after all the rows
    documents: list[dict[str, Any]] = []  # json: one document holding them all
    for path in args.files:
        doc = load(path, args)
        report(doc)
        rep = analyse(doc, witnesses=[w for w in witnesses if w.name != doc.name])
        # jsonl and table rows are written file by file, line by line: each record carries its
        # span's text, so on deep nesting the output is far larger than the input
        if args.format == "jsonl":
            write_lines(dumps(lac.to_dict()) for lac in rep.lacunae)
        elif args.format == "json":
            documents.append(
                {"file": rep.file, "lacunae": [lac.to_dict() for lac in rep.lacunae], "totals": rep.totals}
            )
        else:
            write_lines(_table_row(lac) for lac in rep.lacunae)
            totals.append(_total_line(rep))
    if args.format == "json":
        data: dict[str, Any] = {"format": "lacuna-lacunae", "version": 1, "documents": documents}
        write_lines([dumps(data, indent=2)])
    write_lines(totals)
    return 0
