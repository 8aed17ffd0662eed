"""The options every sub-command shares, its progress bar and its messages on stderr.

Every command takes the same options for the same things (docs/cli.md has the table):
``--format/-f`` from one set (:data:`FORMATS`), ``--output/-o``, ``--strict``,
``--conventions``, ``--quiet``, ``--progress/--no-progress``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from lacuna.ast import Document
from lacuna.conventions import Conventions
from lacuna.errors import LacunaError

#: The one set of ``--format`` names; each command accepts the subset that applies to it
#: (``text``: plain text, as ``normalize`` writes it).
FORMATS = ("table", "jsonl", "json", "csv", "text", "tei", "html", "parquet", "collatex", "dot")

#: A bar shows only when the work has lasted this long (seconds): short runs stay silent.
PROGRESS_DELAY = 1.0


# -- options ------------------------------------------------------------------------------


def add_input_options(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """FILE argument(s), ``--strict`` and ``--conventions``."""
    if many:
        parser.add_argument(
            "files",
            nargs="+",
            metavar="FILE",
            help="input files or directories (their *.txt files, recursively); '-' for stdin",
        )
    else:
        parser.add_argument("file", metavar="FILE", help="input file ('-' for stdin)")
    add_mode_options(parser)


def add_mode_options(parser: argparse.ArgumentParser) -> None:
    """``--strict`` (the mode) and ``--conventions``."""
    parser.add_argument(
        "--strict",
        action="store_true",
        help="stop at the first problem with FILE:LINE:COL (default: lenient, problems reported)",
    )
    parser.add_argument(
        "--conventions",
        metavar="TOML",
        help="a conventions file merged over the shipped table",
    )


def add_format_option(parser: argparse.ArgumentParser, choices: Sequence[str], default: str) -> None:
    """``--format/-f`` restricted to ``choices`` (a subset of :data:`FORMATS`)."""
    unknown = set(choices) - set(FORMATS)
    assert not unknown, unknown
    parser.add_argument(
        "--format", "-f", choices=list(choices), default=default, help=f"output format (default {default})"
    )


def add_output_option(parser: argparse.ArgumentParser, *, per_file: bool = False) -> None:
    """``--output/-o PATH``: a file; with ``per_file``, also a directory for one output per input."""
    what = "a file, or a directory (one output per input file)" if per_file else "a file"
    parser.add_argument("--output", "-o", metavar="PATH", help=f"write to PATH instead of stdout: {what}")


def add_report_options(parser: argparse.ArgumentParser) -> None:
    """``--quiet/-q`` and ``--progress/--no-progress``."""
    parser.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="no summary, notes or problem reports on stderr (the exit status still tells)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a progress bar on stderr (default: when stderr is a terminal and the work is long)",
    )


def add_common_options(
    parser: argparse.ArgumentParser,
    *,
    formats: Sequence[str] | None = None,
    default_format: str | None = None,
    per_file: bool = False,
    many: bool = True,
) -> None:
    """The options every command takes: inputs, ``--strict``, ``--conventions``, ``--format``
    (when ``formats``), ``--output``, ``--quiet``, ``--progress``."""
    add_input_options(parser, many=many)
    if formats:
        add_format_option(parser, formats, default_format or formats[0])
    add_output_option(parser, per_file=per_file)
    add_report_options(parser)


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def finite_float(text: str) -> float:
    """An argparse type: a finite number (``nan`` and ``inf`` refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"must be a finite number: {text!r}")
    return value


def conventions_of(args: argparse.Namespace) -> Conventions | None:
    """The ``--conventions`` table, loaded once per command (None: the shipped one)."""
    path = getattr(args, "conventions", None)
    if not path:
        return None
    loaded = getattr(args, "_conventions", None)
    if loaded is None:
        loaded = args._conventions = Conventions.load(path)
    return loaded


def quiet(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "quiet", False))


# -- progress -----------------------------------------------------------------------------


def progress(items: Iterable[Any], args: argparse.Namespace, *, total: int | None = None, unit: str = "file"):
    """``items``, with a tqdm bar on stderr: ``--progress`` always, ``--no-progress`` or ``--quiet``
    never, otherwise when stderr is a terminal and the work has lasted :data:`PROGRESS_DELAY`."""
    wanted = getattr(args, "progress", None)
    if wanted is False or (wanted is None and quiet(args)):
        return items
    from tqdm import tqdm

    return tqdm(
        items,
        total=total,
        unit=unit,
        file=sys.stderr,
        disable=False if wanted else None,  # None: off when stderr is not a terminal
        delay=0 if wanted else PROGRESS_DELAY,
        mininterval=0 if wanted else 0.1,  # asked for: every step shows, however fast
        leave=False,
    )


# -- reports --------------------------------------------------------------------------------


def report(doc: Document, args: argparse.Namespace | None = None) -> None:
    """Print a document's diagnostics to stderr, one ``FILE:LINE:COL: message`` per line
    (none with ``--quiet``)."""
    if args is not None and quiet(args):
        return
    for d in doc.diagnostics:
        print(f"lacuna: {d.format()} [{d.code}]", file=sys.stderr)


def note(message: str, args: argparse.Namespace | None = None) -> None:
    """A note on stderr (a summary, a skipped input), unless ``--quiet``."""
    if args is not None and quiet(args):
        return
    print(f"lacuna: {message}", file=sys.stderr)


def fail(message: str) -> LacunaError:
    return LacunaError(message)
