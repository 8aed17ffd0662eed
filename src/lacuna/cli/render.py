"""``lacuna render FILE --edition NAME``: print an edition of the document."""

from __future__ import annotations

import argparse

from lacuna.cli.common import add_input_options, load, report, write
from lacuna.render import EDITIONS
from lacuna.render.clean import DEFAULT_GAP_MARK, clean


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "render",
        help="print an edition: " + ", ".join(EDITIONS),
        description="Render FILE as an edition. 'diplomatic' is byte-identical to the input.",
    )
    add_input_options(parser)
    parser.add_argument("--edition", "-e", choices=sorted(EDITIONS), default="clean")
    parser.add_argument(
        "--gap-mark", default=DEFAULT_GAP_MARK, help=f"clean edition: gap mark (default {DEFAULT_GAP_MARK})"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    doc = load(args.file, args)
    if args.edition == "clean":
        out = clean(doc, gap_mark=args.gap_mark)
    else:
        out = EDITIONS[args.edition](doc)
    if args.edition == "json" and not out.endswith("\n"):
        out += "\n"
    write(out)
    report(doc)
    return 0
