"""``lacuna normalize FILE [--steps ...] [--map]``: the normalised text, or it and its offset map."""

from __future__ import annotations

import argparse

from lacuna.cli.common import add_input_options, load, report, write
from lacuna.normalize import DEFAULT_STEPS, STEPS, normalize, parse_steps
from lacuna.normalize.transliteration import Transliteration
from lacuna.render.clean import DEFAULT_GAP_MARK
from lacuna.render.json import dumps


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "normalize",
        help="normalise for search and comparison, with a map back to the original offsets",
        description="Print FILE normalised by the chosen steps (they run in the order "
        f"{', '.join(STEPS)}). With --map, print JSON: the text and every changed place with its "
        "original and normalised offsets.",
    )
    add_input_options(parser)
    parser.add_argument(
        "--steps",
        "-s",
        metavar="STEP,...",
        default=",".join(DEFAULT_STEPS),
        help=f"comma-separated steps from: {', '.join(STEPS)}; 'all' = the default "
        f"(default: {','.join(DEFAULT_STEPS)})",
    )
    parser.add_argument("--map", action="store_true", help="print JSON with the offset map")
    parser.add_argument(
        "--transliteration",
        metavar="TOML",
        help="a transliteration table merged over the shipped one",
    )
    parser.add_argument(
        "--gap-mark", default=DEFAULT_GAP_MARK, help=f"brackets step: gap mark (default {DEFAULT_GAP_MARK})"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    steps = parse_steps(args.steps)  # fails early, before reading the file
    table = Transliteration.load(args.transliteration) if args.transliteration else None
    doc = load(args.file, args)
    result = normalize(doc, steps, transliteration=table, gap_mark=args.gap_mark)
    if args.map:
        write(dumps({"file": doc.name, **result.to_dict()}) + "\n")
    else:
        write(result.text)
    report(doc)
    return 0
