"""``lacuna spans FILE...``: one record per bracketed span (the spans contract)."""

from __future__ import annotations

import argparse
import sys

from lacuna.cli.common import add_input_options, conventions_of, load, report, write_lines
from lacuna.errors import LacunaError, MarkupError
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
    """Write each file's rows as they are made; the exit status as ``parse``'s (0 ok, 1 a
    file has markup problems, 2 a file could not be read, after listing the others).
    """
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
    conventions_of(args)  # a bad conventions file stops the command before any output
    if args.format == "table":
        write_lines(["\t".join(columns)])
    status = 0
    for path in args.files:
        try:
            doc = load(path, args)
        except MarkupError:
            raise  # strict mode: the first problem stops the command
        except LacunaError as exc:  # cannot read this one: say so, list the others
            print(f"lacuna: {exc}", file=sys.stderr)
            status = 2
            continue
        records = span_records(doc)
        if args.format == "jsonl":
            write_lines(dumps(record) for record in records)
        else:
            write_lines(
                "\t".join(_cell(record[c], 80 if c == "because" else 48) for c in columns)
                for record in records
            )
        report(doc)
        if doc.diagnostics and status == 0:
            status = 1
    return status
