"""``lacuna spans FILE...``: one record per bracketed span (the spans contract)."""

from __future__ import annotations

import argparse

from lacuna.cli.common import add_input_options, load, report, write
from lacuna.render.json import dumps
from lacuna.spans import SPAN_KEYS, span_records


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "spans",
        help="list every bracketed span with its category and fields",
        description="Print one record per span, outer and nested: as JSON lines "
        f"(keys: {', '.join(SPAN_KEYS)}) or as a table.",
    )
    add_input_options(parser, many=True)
    parser.add_argument("--format", "-f", choices=["jsonl", "table"], default="jsonl")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="say why each span got its category (the 'because' of the record; a table column)",
    )
    return parser


def _cell(value: object, width: int = 48) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "–".join(str(v) for v in value)
    text = str(value).replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ")
    return text if len(text) <= width else text[: width - 3] + "..."


def run(args: argparse.Namespace) -> int:
    columns = [
        "file",
        "line",
        "column",
        "category",
        "extent",
        "quantity",
        "unit",
        "reason",
        "conjecture",
        "region",
        "text",
    ]
    if args.explain:
        columns.append("because")
    rows: list[str] = []
    if args.format == "table":
        rows.append("\t".join(columns))
    status = 0
    for path in args.files:
        doc = load(path, args)
        for record in span_records(doc):
            if args.format == "jsonl":
                rows.append(dumps(record))
            else:
                rows.append("\t".join(_cell(record[c], 80 if c == "because" else 48) for c in columns))
        report(doc)
        status = status or (1 if doc.diagnostics else 0)
    write("\n".join(rows) + ("\n" if rows else ""))
    return 0
