"""The ``lacuna`` command line.

Each sub-command lives in its own module of this package and provides
``register(subparsers)`` and ``run(args) -> int``; :data:`COMMANDS` lists them in
the order ``lacuna --help`` shows. Errors lacuna raises on purpose print as
``lacuna: FILE:LINE:COL: message`` with exit status 2; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from lacuna import __version__
from lacuna.errors import LacunaError

#: Exit status when standard output is a pipe the reader closed: 128 + SIGPIPE, what the
#: shell reports for a command the signal ends (``yes | head``; ``set -o pipefail`` sees it).
EXIT_BROKEN_PIPE = 128 + 13

#: Sub-command modules, in help order.
COMMANDS: list[str] = [
    "parse",
    "render",
    "spans",
    "listings",
    "normalize",
    "lacunae",
    "collate",
    "diff",
    "site",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lacuna",
        description="Parse, render and analyse the bracket markup of archival translations.",
    )
    parser.add_argument("--version", action="version", version=f"lacuna {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMANDS:
        module = importlib.import_module(f"lacuna.cli.{name}")
        sub = module.register(subparsers)
        sub.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 problems found, 2 error, 141 output pipe
    closed, 70 internal error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except LacunaError as exc:
        print(f"lacuna: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (``| head``): stop quietly, with the status of a command the
        # pipe's SIGPIPE ended; the rest of the output goes nowhere, so the flush at exit
        # does not fail again
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("lacuna: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        print(f"lacuna: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("lacuna: please report this with the input that caused it", file=sys.stderr)
        return 70


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor (stdout replaced in-process)
        pass


def entry_point() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    entry_point()
