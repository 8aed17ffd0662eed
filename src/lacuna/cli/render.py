"""``lacuna render FILE --edition NAME``: print an edition of the document."""

from __future__ import annotations

import argparse
import codecs
import sys
from pathlib import Path

from lacuna.ast import CATEGORIES, Document
from lacuna.cli.common import add_input_options, conventions_of, load, report, write
from lacuna.editorial import NOTE_PLACES
from lacuna.errors import LacunaError
from lacuna.page import read as read_page
from lacuna.parse import parse
from lacuna.render import EDITIONS
from lacuna.render.clean import CLEAN_RULES, DEFAULT_GAP_MARK, body_ranges, clean, clean_table


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


def _load(args: argparse.Namespace) -> Document:
    """The input, decoded from ``--encoding`` (UTF-8 goes through the usual checks)."""
    try:
        codec = codecs.lookup(args.encoding).name
    except LookupError:
        raise LacunaError(f"--encoding: unknown encoding {args.encoding!r}") from None
    if codec == "utf-8":
        return load(args.file, args)
    source = "<stdin>" if args.file == "-" else args.file
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        raise LacunaError(f"{args.file}: cannot read: {exc.strerror or exc}") from exc
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise LacunaError(f"{source}: byte {exc.start} (0x{data[exc.start]:02x}) is not {codec}") from None
    return parse(text, source=source, strict=bool(args.strict), conventions=conventions_of(args))


def run(args: argparse.Namespace) -> int:
    rules = _rules(args.rule)
    doc = _load(args)
    if args.edition == "clean":
        keep = body_ranges(read_page(doc.text)) if args.body_only else None
        out = clean(doc, gap_mark=args.gap_mark, rules=rules, notes=args.notes, keep=keep)
    else:
        out = EDITIONS[args.edition](doc)
    if args.edition == "json" and not out.endswith("\n"):
        out += "\n"
    write(out)
    report(doc)
    return 0
