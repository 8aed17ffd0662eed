"""``lacuna collate A B [C…]``: align witnesses through a variant graph; table, apparatus, TEI, …"""

from __future__ import annotations

import argparse

from lacuna.cli.inputs import expand_inputs, input_names, load_input
from lacuna.cli.options import add_common_options, progress, quiet, report
from lacuna.cli.outputs import open_output, row_lines
from lacuna.collate import (
    TRANSPOSITION_LIMIT,
    apparatus_json,
    collate,
    collatex_lines,
    dot,
    side_by_side,
    table_jsonl,
    table_rows,
    tei,
)
from lacuna.collate.tokens import KEY_STEPS, NAMES_STEP, parse_key_steps
from lacuna.errors import LacunaError
from lacuna.normalize import STEPS
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
    add_common_options(parser, formats=FORMATS, default_format="table")
    parser.add_argument(
        "--base", metavar="FILE", help="the witness the apparatus reads against (default: the first FILE)"
    )
    parser.add_argument(
        "--steps",
        "-s",
        metavar="STEP,...",
        default=KEY_STEPS,
        help="normalisation steps of the comparison keys, as on `lacuna normalize`, from: "
        f"{', '.join(STEPS)} (brackets is implied: markup is always read), and {NAMES_STEP}: each name "
        f"one token keyed by its romanisation (Khrushchov = Khrushchev) (default: {KEY_STEPS})",
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
    return parser


def run(args: argparse.Namespace) -> int:
    if args.width < 8:
        raise LacunaError("--width must be at least 8")
    if args.transpositions < 0:
        raise LacunaError("--transpositions must be 0 or more")
    steps = parse_key_steps(args.steps)  # fails early, before reading the files
    inputs = expand_inputs(input_names(args), notes=not quiet(args))  # a file named twice is one witness
    if len(inputs) < 2:
        # (a file named twice has its note above: "the same file as …, read once")
        raise LacunaError(f"collate needs at least two witnesses, got {len(inputs)}")
    names = [source.name for source in inputs]
    base = 0
    if args.base is not None:
        if args.base not in names:
            raise LacunaError(f"--base {args.base} is not one of the files")
        base = names.index(args.base)
    table = Transliteration.load(args.transliteration) if args.transliteration else None
    n = len(inputs)
    # one tick per witness read, tokenised and aligned (a bar on a terminal, after a second)
    ticks = iter(progress(range(3 * n), args, total=3 * n, unit="step"))
    docs = []
    for source in inputs:
        docs.append(load_input(source, args))
        next(ticks, None)
    done = [n]

    def advance(k: int, total: int) -> None:
        while done[0] < n + k:
            next(ticks, None)
            done[0] += 1

    alignment = collate(
        docs,
        sigla=[d.name or name for d, name in zip(docs, names, strict=True)],
        base=base,
        steps=steps,
        transliteration=table,
        transposition_limit=args.transpositions,
        progress=advance,
    )
    for _ in ticks:  # closes the bar
        pass
    for doc in docs:
        report(doc, args)
    with open_output(args.output) as out:
        fmt = args.format
        if fmt == "json":
            out.write(apparatus_json(alignment) + "\n")
        elif fmt == "collatex":
            out.write_lines(collatex_lines(alignment, segmented=args.segmented))
        elif fmt == "tei":
            out.write(tei(alignment))
        elif fmt == "dot":
            out.write(dot(alignment))
        elif fmt == "csv":
            out.write_lines(row_lines(table_rows(alignment), ["column", "kind", *alignment.sigla], "csv"))
        elif fmt == "jsonl":
            out.write_lines(table_jsonl(alignment))
        else:
            out.write(side_by_side(alignment, width=args.width))
    return 0
