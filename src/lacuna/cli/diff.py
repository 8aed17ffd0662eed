"""``lacuna diff A B``: two witnesses as a word diff of their reading text, markup-aware."""

from __future__ import annotations

import argparse
from pathlib import Path

from lacuna.cli.inputs import STDIN, Input, load_input
from lacuna.cli.options import (
    add_format_option,
    add_mode_options,
    add_output_option,
    add_report_options,
    report,
)
from lacuna.cli.outputs import open_output
from lacuna.collate.align import diff
from lacuna.collate.changes import change_dict, changes, changes_json, word_diff_lines
from lacuna.collate.tokens import KEY_STEPS, NAMES_STEP, parse_key_steps
from lacuna.errors import LacunaError
from lacuna.normalize import STEPS
from lacuna.normalize.transliteration import Transliteration
from lacuna.render.json import dumps

FORMATS = ["text", "json", "jsonl"]


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "diff",
        help="compare two witnesses word by word, markup-aware (exit 1 if they differ)",
        description="Compare two witnesses word by word on their reading text (the words of "
        "`lacuna collate`: supplied words read, gaps one placeholder, glosses, notes and page "
        "markers not words), after the `lacuna normalize` steps. A word change is shown "
        "[-old-]{+new+}; the same words with other markup (a supplied word against a plain one: "
        "markup; other glosses: gloss) are changes too. text: a header @@ -LINE:COL +LINE:COL @@ "
        "KIND and a line of context per change; json: every change with both sides' text, offsets, "
        "line and column; jsonl: one change per line. Exit 0 if the witnesses read the same, "
        "1 if they differ, 2 on error.",
    )
    parser.add_argument("a", metavar="A", help="the first witness ('-' for stdin)")
    parser.add_argument("b", metavar="B", help="the second witness ('-' for stdin)")
    add_mode_options(parser)
    add_format_option(parser, FORMATS, "text")
    add_output_option(parser)
    add_report_options(parser)
    parser.add_argument(
        "--steps",
        "-s",
        metavar="STEP,...",
        default=KEY_STEPS,
        help="normalisation steps of the comparison keys, as on `lacuna collate`, from: "
        f"{', '.join(STEPS)}, and {NAMES_STEP} (default: {KEY_STEPS})",
    )
    parser.add_argument(
        "--transliteration", metavar="TOML", help="a transliteration table merged over the shipped one"
    )
    parser.add_argument(
        "--notes",
        action="store_true",
        help="compare the words of notes too (status note); default: notes are no words",
    )
    parser.add_argument(
        "--words-only",
        action="store_true",
        help="report word changes only, not markup and gloss changes (nor count them for the exit status)",
    )
    parser.add_argument(
        "--context",
        "-U",
        type=int,
        default=3,
        metavar="N",
        help="text: words of context either side of a change (default 3)",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    if args.context < 0:
        raise LacunaError("--context must be 0 or more")
    steps = parse_key_steps(args.steps)  # fails early, before reading the files
    if args.a == STDIN and args.b == STDIN:
        raise LacunaError("diff: only one of A and B can be standard input")
    inputs = [Input(name, None if name == STDIN else Path(name)) for name in (args.a, args.b)]
    table = Transliteration.load(args.transliteration) if args.transliteration else None
    da, db = (load_input(source, args) for source in inputs)
    report(da, args)
    report(db, args)
    d = diff(da, db, steps=steps, transliteration=table, notes=args.notes)
    found = changes(d)
    if args.words_only:
        found = [c for c in found if c.kind in ("replace", "insert", "delete")]
    names = {"a": args.a, "b": args.b}
    with open_output(args.output) as out:
        if args.format == "json":
            out.write(changes_json(d, found, **names) + "\n")
        elif args.format == "jsonl":
            out.write_lines(dumps(change_dict(d, c)) for c in found)
        else:
            out.write_lines(word_diff_lines(d, found, context=args.context, **names))
    return 1 if found else 0
