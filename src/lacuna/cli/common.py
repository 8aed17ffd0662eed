"""Helpers shared by the sub-commands: reading inputs, writing outputs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import BinaryIO

from lacuna.ast import Document
from lacuna.conventions import Conventions
from lacuna.errors import LacunaError
from lacuna.parse import parse_bytes, parse_file

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
    """The ``--conventions`` table, loaded once per command (None: the shipped one)."""
    path = getattr(args, "conventions", None)
    if not path:
        return None
    loaded = getattr(args, "_conventions", None)
    if loaded is None:
        loaded = args._conventions = Conventions.load(path)
    return loaded


def read_stdin() -> str:
    return sys.stdin.buffer.read().decode("utf-8", errors="surrogateescape")


def load(path: str, args: argparse.Namespace) -> Document:
    """Parse a file (or stdin for ``-``) with the mode and conventions the options ask for.

    Standard input gets the checks a file gets (:func:`lacuna.parse.parse_bytes`): the same
    diagnostics, the same strict-mode errors, the same bytes back from a diplomatic render.
    """
    strict = bool(getattr(args, "strict", False))
    conv = conventions_of(args)
    if path == STDIN:
        return parse_bytes(sys.stdin.buffer.read(), source="<stdin>", strict=strict, conventions=conv)
    return parse_file(path, strict=strict, conventions=conv)


def _write_all(out: BinaryIO, text: str) -> None:
    """Write ``text`` as UTF-8 (undecodable input bytes restored exactly), all of it.

    A buffered write larger than the buffer may write only part and return the count when
    the pipe closes on the way (no error until the next write): loop until it raises.
    """
    data = memoryview(text.encode("utf-8", errors="surrogateescape"))
    while data:
        n = out.write(data)
        data = data[n:]


def write(text: str) -> None:
    """Write text to stdout as UTF-8, restoring undecodable input bytes exactly."""
    sys.stdout.flush()
    _write_all(sys.stdout.buffer, text)
    sys.stdout.buffer.flush()


def write_lines(lines: Iterable[str]) -> None:
    """Write each line (a newline added) as it comes, not the whole output at once.

    The output may be far larger than memory (``spans`` on deep nesting): each line is
    encoded and handed to the buffered stdout before the next one is made, so the pipe
    sees output at once (``| head`` stops the command on its first write after closing).
    Flushed at the end, so messages printed to stderr afterwards come after these lines.
    """
    sys.stdout.flush()
    out = sys.stdout.buffer
    for line in lines:
        _write_all(out, line)
        out.write(b"\n")
    out.flush()


def report(doc: Document) -> None:
    """Print a document's diagnostics to stderr, one ``FILE:LINE:COL: message`` per line."""
    for d in doc.diagnostics:
        print(f"lacuna: {d.format()} [{d.code}]", file=sys.stderr)


def fail(message: str) -> LacunaError:
    return LacunaError(message)
