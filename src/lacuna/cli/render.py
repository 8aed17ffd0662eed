"""``lacuna render FILE... --edition NAME``: print an edition of each document, or write one file each."""

from __future__ import annotations

import argparse
import sys

from lacuna.ast import CATEGORIES, Document
from lacuna.cli.inputs import each_document, expand_inputs, input_codec
from lacuna.cli.options import (
    add_input_options,
    add_output_option,
    add_report_options,
    conventions_of,
    quiet,
    report,
)
from lacuna.cli.outputs import is_dir_output, open_output, output_dir, per_file_path
from lacuna.editorial import NOTE_PLACES
from lacuna.errors import LacunaError
from lacuna.page import read as read_page
from lacuna.render import EDITIONS
from lacuna.render.clean import CLEAN_RULES, DEFAULT_GAP_MARK, body_ranges, clean, clean_table


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
    parser.add_argument(
        "--rule",
        action="append",
        default=[],
        metavar="CATEGORY=ACTION",
        help="clean edition: what to do with a category (actions: unwrap, reading, mark, conjecture, "
        "keep, drop), e.g. sic=reading (the correction), gap=conjecture (shown as ⟨close⟩), gloss=drop",
    )
    parser.add_argument(
        "--notes",
        choices=NOTE_PLACES,
        default="end",
        help="clean edition: notes at the end (default), inline as written, or dropped with their markers",
    )
    parser.add_argument(
        "--body-only",
        action="store_true",
        help="clean edition: only the document's body (no title, summary or site chrome of a saved page)",
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        help="the input's encoding (default utf-8; e.g. cp1252, latin-1)",
    )
    return parser


#: The file name ending of each edition, for --output DIR.
SUFFIXES = {"diplomatic": ".txt", "clean": ".clean.txt", "json": ".json", "tei": ".tei.xml", "html": ".html"}


def _rules(specs: list[str]) -> dict[str, str]:
    """``CATEGORY=ACTION`` options as a rules table (each checked)."""
    known = {*CATEGORIES, *CLEAN_RULES}
    rules: dict[str, str] = {}
    for spec in specs:
        category, sep, action = spec.partition("=")
        category, action = category.strip(), action.strip()
        if not sep or (category not in known and not category.startswith("gap_note.")):
            raise LacunaError(
                f"--rule {spec!r}: expected CATEGORY=ACTION, CATEGORY one of {', '.join(sorted(known))}"
            )
        rules[category] = action
    try:
        clean_table(rules)
    except ValueError as exc:
        raise LacunaError(f"--rule: {exc}") from exc
    return rules


def _edition(doc: Document, args: argparse.Namespace, rules: dict[str, str]) -> str:
    if args.edition == "clean":
        keep = body_ranges(read_page(doc.text)) if args.body_only else None
        out = clean(doc, gap_mark=args.gap_mark, rules=rules, notes=args.notes, keep=keep)
    else:
        out = EDITIONS[args.edition](doc)
    if args.edition == "json" and not out.endswith("\n"):
        out += "\n"
    return out


def _clean_only(args: argparse.Namespace) -> list[str]:
    """The clean edition's options given other than their defaults."""
    given = [
        ("--gap-mark", args.gap_mark != DEFAULT_GAP_MARK),
        ("--rule", bool(args.rule)),
        ("--notes", args.notes != "end"),
        ("--body-only", args.body_only),
    ]
    return [option for option, set_ in given if set_]


def run(args: argparse.Namespace) -> int:
    """Exit status 0, or 2 when an input cannot be read (after the others are written)."""
    rules = _rules(args.rule)  # option errors first, before any file is read
    if args.edition != "clean" and not quiet(args):
        for option in _clean_only(args):
            print(
                f"lacuna: {option} applies to the clean edition only; ignored for -e {args.edition}",
                file=sys.stderr,
            )
    input_codec(args)
    conventions_of(args)
    inputs = expand_inputs(args.files, notes=not quiet(args))
    per_file = is_dir_output(args.output) or (len(inputs) > 1 and args.output is not None)
    if len(inputs) > 1 and not per_file:
        raise LacunaError(f"{len(inputs)} files: give --output DIR (one edition file each)")
    directory = output_dir(args.output) if per_file else None
    suffix = SUFFIXES.get(args.edition, ".txt")
    taken: set[str] = set()
    failed: list[str] = []  # inputs that could not be read: exit 2
    for source, doc in each_document(inputs, args, failed):
        target = args.output if directory is None else per_file_path(directory, source, suffix, taken)
        with open_output(target) as out:
            out.write(_edition(doc, args, rules))
        report(doc, args)
    return 2 if failed else 0
