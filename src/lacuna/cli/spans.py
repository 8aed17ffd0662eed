"""``lacuna spans FILE...``: one record per bracketed span (the spans contract)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from lacuna.cli.inputs import each_document, expand_inputs, input_names
from lacuna.cli.options import add_common_options, conventions_of, quiet, report
from lacuna.cli.outputs import open_output, row_lines
from lacuna.errors import LacunaError
from lacuna.render.json import dumps
from lacuna.spans import SPAN_KEYS, span_records

#: The table's columns (the csv and JSON formats have every key of the contract).
TABLE_COLUMNS = [
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


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "spans",
        help="list every bracketed span with its category and fields",
        description="Print one record per span, outer and nested: as JSON lines or one JSON document "
        f"(keys: {', '.join(SPAN_KEYS)}), as CSV (the same keys as columns) or as a tab-separated "
        "table of the main columns. Nothing is cut unless --width asks.",
    )
    add_common_options(parser, formats=["jsonl", "json", "csv", "table"], default_format="jsonl")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="say why each span got its category (the 'because' of the record; a table column)",
    )
    parser.add_argument(
        "--width",
        type=int,
        metavar="N",
        help="table: cut each cell to N characters (default: cells are not cut)",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Write each file's rows as they are made; the exit status as ``parse``'s (0 ok, 1 a
    file has markup problems, 2 a file could not be read, after listing the others).
    """
    if args.width is not None and args.width < 4:
        raise LacunaError("--width must be at least 4")
    if args.format == "table":
        columns = TABLE_COLUMNS + (["because"] if args.explain else [])
    else:
        columns = list(SPAN_KEYS)
    conventions_of(args)  # a bad conventions file stops the command before any output
    inputs = expand_inputs(input_names(args), notes=not quiet(args))
    status = 0
    failed: list[str] = []  # inputs that could not be read: exit 2
    first = True
    with open_output(args.output) as out:
        if args.format in ("table", "csv"):
            out.write_lines(row_lines([], columns, args.format))  # the header, even with no rows
        elif args.format == "json":
            out.write('{"format": "lacuna-spans", "version": 1, "spans": [')
        for _source, doc in each_document(inputs, args, failed):
            records = span_records(doc)
            if args.format == "json":  # one document, still written record by record
                first = _json_items(out, records, first)
            else:
                lines = row_lines(records, columns, args.format, width=args.width, header=False, dumps=dumps)
                out.write_lines(lines)
            report(doc, args)
            if doc.diagnostics and status == 0:
                status = 1
        if args.format == "json":
            out.write_lines(["]}"])
    return 2 if failed else status


def _json_items(out: Any, records: Iterator[dict[str, Any]], first: bool) -> bool:
    for record in records:
        out.write(("\n  " if first else ",\n  ") + dumps(record))
        first = False
    out.flush()
    return first
