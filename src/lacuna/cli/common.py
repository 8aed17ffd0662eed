"""Helpers shared by the sub-commands: reading inputs, writing outputs."""

from __future__ import annotations

import argparse
import sys

from lacuna.ast import Document
from lacuna.conventions import Conventions
from lacuna.errors import LacunaError
from lacuna.parse import parse, parse_file

STDIN = "-"


def add_input_options(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """FILE argument(s), ``--strict`` and ``--conventions``."""
    if many:
        parser.add_argument("files", nargs="+", metavar="FILE", help="input files ('-' for stdin)")
    else:
        parser.add_argument("file", metavar="FILE", help="input file ('-' for stdin)")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="stop at the first unpaired bracket with FILE:LINE:COL (default: lenient)",
    )
    parser.add_argument(
        "--conventions",
        metavar="TOML",
        help="a conventions file merged over the shipped table",
    )


def conventions_of(args: argparse.Namespace) -> Conventions | None:
    path = getattr(args, "conventions", None)
    return Conventions.load(path) if path else None


def read_stdin() -> str:
    return sys.stdin.buffer.read().decode("utf-8", errors="surrogateescape")


def load(path: str, args: argparse.Namespace) -> Document:
    """Parse a file (or stdin for ``-``) with the mode and conventions the options ask for."""
    strict = bool(getattr(args, "strict", False))
    conv = conventions_of(args)
    if path == STDIN:
        return parse(read_stdin(), source="<stdin>", strict=strict, conventions=conv)
    return parse_file(path, strict=strict, conventions=conv)


def write(text: str) -> None:
    """Write text to stdout as UTF-8, restoring undecodable input bytes exactly."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8", errors="surrogateescape"))
    sys.stdout.buffer.flush()


def report(doc: Document) -> None:
    """Print a document's diagnostics to stderr, one ``FILE:LINE:COL: message`` per line."""
    for d in doc.diagnostics:
        print(f"lacuna: {d.format()} [{d.code}]", file=sys.stderr)


def fail(message: str) -> LacunaError:
    return LacunaError(message)
