"""``lacuna collate A B [C…]``: align witnesses against the first; apparatus or side-by-side table."""

from __future__ import annotations

import argparse

from lacuna.cli.common import add_input_options, expand_inputs, load_input, report, write
from lacuna.collate import apparatus_json, collate, side_by_side
from lacuna.errors import LacunaError


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "collate",
        help="align witnesses of one text word by word, markup-aware",
        description="Align every witness against the first (the base), word by word, comparing "
        "case-folded words and keeping each word's editorial status (plain, supplied, uncertain, gloss, "
        "gap). table: the witnesses side by side, differing rows marked; json: the apparatus "
        "(variant entries with offsets into each file, and restoration candidates for gaps).",
    )
    add_input_options(parser, many=True)
    parser.add_argument("--format", "-f", choices=["table", "json"], default="table")
    parser.add_argument(
        "--width", type=int, default=32, help="table: characters per witness column (default 32)"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    inputs = expand_inputs(args.files)  # the same file, or '-', named twice is one witness
    if len(inputs) < 2:
        raise LacunaError("collate needs at least two witnesses")
    if args.width < 8:
        raise LacunaError("--width must be at least 8")
    docs = [load_input(source, args) for source in inputs]
    for doc in docs:
        report(doc)
    alignment = collate(docs, sigla=[d.name or s.name for d, s in zip(docs, inputs, strict=True)])
    if args.format == "json":
        write(apparatus_json(alignment) + "\n")
    else:
        write(side_by_side(alignment, width=args.width))
    return 0
