"""``lacuna collate A B [C…]``: align witnesses through a variant graph; table, apparatus, TEI, …"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lacuna.cli.common import (
    add_input_options,
    add_output_option,
    add_report_options,
    expand_inputs,
    load_input,
    open_output,
    quiet,
    report,
)
from lacuna.collate import (
    TRANSPOSITION_LIMIT,
    apparatus_json,
    collate,
    collatex_lines,
    dot,
    side_by_side,
    table_csv,
    table_jsonl,
    tei,
)
from lacuna.collate.tokens import KEY_STEPS
from lacuna.errors import LacunaError
from lacuna.normalize import STEPS, parse_steps
from lacuna.normalize.transliteration import Transliteration

FORMATS = ["table", "json", "collatex", "tei", "dot", "csv", "jsonl"]


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "collate",
        help="align witnesses of one text word by word, markup-aware",
        description="Align witnesses word by word through one variant graph (each witness is aligned "
        "with all the ones before it), comparing normalised words and keeping each word's editorial "
        "status (plain, supplied, uncertain, partial, gap). table: the witnesses side by side, "
        "differing rows marked; json: the apparatus (variants, transpositions, restoration candidates "
        "for every witness's gaps); collatex: CollateX's JSON alignment table; tei: TEI P5 parallel "
        "segmentation; dot: the variant graph for GraphViz; csv/jsonl: one row per column.",
    )
    add_input_options(parser, many=True)
    parser.add_argument("--format", "-f", choices=FORMATS, default="table")
    parser.add_argument(
        "--base", metavar="FILE", help="the witness the apparatus reads against (default: the first FILE)"
    )
    parser.add_argument(
        "--steps",
        "-s",
        metavar="STEP,...",
        default=KEY_STEPS,
        help="normalisation steps of the comparison keys, as on `lacuna normalize`, from: "
        f"{', '.join(STEPS)} "
        f"(brackets is implied: markup is always read) (default: {KEY_STEPS})",
    )
    parser.add_argument(
        "--transliteration", metavar="TOML", help="a transliteration table merged over the shipped one"
    )
    parser.add_argument(
        "--transpositions",
        type=int,
        default=TRANSPOSITION_LIMIT,
        metavar="N",
        help=f"how many words away a moved phrase is still found (0: none; default {TRANSPOSITION_LIMIT})",
    )
    parser.add_argument(
        "--segmented", action="store_true", help="collatex: one column per segment, not per word"
    )
    parser.add_argument(
        "--width", type=int, default=32, help="table: characters per witness column (default 32)"
    )
    add_output_option(parser)
    add_report_options(parser)
    return parser


def _bar(total: int, args: argparse.Namespace) -> Any:
    """--progress: a bar; --no-progress or --quiet: none; else a bar when stderr is a terminal."""
    from tqdm import tqdm

    off = args.progress is False or (args.progress is None and quiet(args))
    disable = True if off else (False if args.progress else None)
    return tqdm(total=total, desc="collate", unit="step", file=sys.stderr, disable=disable)


def run(args: argparse.Namespace) -> int:
    inputs = expand_inputs(args.files)  # the same file, or '-', named twice is one witness
    names = [source.name for source in inputs]
    if len(inputs) < 2:
        raise LacunaError("collate needs at least two witnesses")
    if args.width < 8:
        raise LacunaError("--width must be at least 8")
    if args.transpositions < 0:
        raise LacunaError("--transpositions must be 0 or more")
    steps = parse_steps(args.steps)  # fails early, before reading the files
    if args.base is not None and args.base not in names:
        raise LacunaError(f"--base {args.base} is not one of the files")
    table = Transliteration.load(args.transliteration) if args.transliteration else None
    n = len(inputs)
    with _bar(3 * n, args) as bar:
        docs = []
        for source in inputs:
            docs.append(load_input(source, args))
            bar.update(1)
        done = [n]

        def progress(k: int, total: int) -> None:
            bar.update(n + k - done[0])
            done[0] = n + k

        alignment = collate(
            docs,
            sigla=names,
            base=names.index(args.base) if args.base is not None else 0,
            steps=steps,
            transliteration=table,
            transposition_limit=args.transpositions,
            progress=progress,
        )
    for doc in docs:
        report(doc, args)
    fmt = args.format
    with open_output(args.output) as out:
        if fmt == "json":
            out.write(apparatus_json(alignment) + "\n")
        elif fmt == "collatex":
            out.write_lines(collatex_lines(alignment, segmented=args.segmented))
        elif fmt == "tei":
            out.write(tei(alignment))
        elif fmt == "dot":
            out.write(dot(alignment))
        elif fmt == "csv":
            out.write(table_csv(alignment))
        elif fmt == "jsonl":
            out.write_lines(table_jsonl(alignment))
        else:
            out.write(side_by_side(alignment, width=args.width))
    return 0
