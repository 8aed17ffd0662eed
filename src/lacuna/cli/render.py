"""``lacuna render FILE... --edition NAME``: print an edition of each document, or write one file each."""

from __future__ import annotations

import argparse
import sys

from lacuna.ast import Document
from lacuna.cli.common import (
    add_input_options,
    add_output_option,
    add_report_options,
    conventions_of,
    expand_inputs,
    is_dir_output,
    load_input,
    open_output,
    output_dir,
    per_file_path,
    progress,
    quiet,
    report,
)
from lacuna.errors import LacunaError, MarkupError
from lacuna.render import EDITIONS
from lacuna.render.clean import DEFAULT_GAP_MARK, clean


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "render",
        help="print an edition: " + ", ".join(EDITIONS),
        description="Render each FILE as an edition. 'diplomatic' is byte-identical to the input. "
        "Several files need --output DIR: one file each (NAME.txt, NAME.clean.txt, NAME.json, "
        "NAME.tei.xml, NAME.html).",
    )
    add_input_options(parser, many=True)
    add_output_option(parser, per_file=True)
    add_report_options(parser)
    parser.add_argument("--edition", "-e", choices=sorted(EDITIONS), default="clean")
    parser.add_argument(
        "--gap-mark", default=DEFAULT_GAP_MARK, help=f"clean edition: gap mark (default {DEFAULT_GAP_MARK})"
    )
    return parser


#: The file name ending of each edition, for --output DIR.
SUFFIXES = {"diplomatic": ".txt", "clean": ".clean.txt", "json": ".json", "tei": ".tei.xml", "html": ".html"}


def _edition(doc: Document, args: argparse.Namespace) -> str:
    if args.edition == "clean":
        out = clean(doc, gap_mark=args.gap_mark)
    else:
        out = EDITIONS[args.edition](doc)
    if args.edition == "json" and not out.endswith("\n"):
        out += "\n"
    return out


def run(args: argparse.Namespace) -> int:
    """Exit status 0, or 2 when an input cannot be read (after the others are written)."""
    conventions_of(args)
    inputs = expand_inputs(args.files, notes=not quiet(args))
    per_file = is_dir_output(args.output) or (len(inputs) > 1 and args.output is not None)
    if len(inputs) > 1 and not per_file:
        raise LacunaError(f"{len(inputs)} files: give --output DIR (one edition file each)")
    directory = output_dir(args.output) if per_file else None
    suffix = SUFFIXES.get(args.edition, ".txt")
    taken: set[str] = set()
    status = 0
    for source in progress(inputs, args, total=len(inputs)):
        try:
            doc = load_input(source, args)
        except MarkupError:
            raise
        except LacunaError as exc:
            print(f"lacuna: {exc}", file=sys.stderr)
            status = 2
            continue
        target = args.output if directory is None else per_file_path(directory, source, suffix, taken)
        with open_output(target) as out:
            out.write(_edition(doc, args))
        report(doc, args)
    return status
