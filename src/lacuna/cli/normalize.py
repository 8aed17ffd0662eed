"""``lacuna normalize FILE... [--steps ...] [-f json]``: the normalised text, or it and its offset map."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from lacuna.ast import Document
from lacuna.cli.inputs import Input, each_document, expand_inputs, input_names
from lacuna.cli.options import add_common_options, conventions_of, quiet, report
from lacuna.cli.outputs import is_dir_output, open_output, output_dir, per_file_path
from lacuna.errors import LacunaError
from lacuna.normalize import DEFAULT_STEPS, STEPS, Normalized, normalize, parse_steps
from lacuna.normalize.transliteration import Transliteration
from lacuna.render.clean import DEFAULT_GAP_MARK
from lacuna.render.json import dumps


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "normalize",
        help="normalise for search and comparison, with a map back to the original offsets",
        description="Print each FILE normalised by the chosen steps (they run in the order "
        f"{', '.join(STEPS)}). text: the normalised text; json (or --map): the text and every "
        "changed place with its original and normalised offsets; jsonl: that record, one line per "
        "file. Several files in text or json need --output DIR (one file each), or -f jsonl.",
    )
    add_common_options(parser, formats=["text", "json", "jsonl"], default_format="text", per_file=True)
    parser.add_argument(
        "--steps",
        "-s",
        metavar="STEP,...",
        default=",".join(DEFAULT_STEPS),
        help=f"comma-separated steps from: {', '.join(STEPS)}; 'all' = the default "
        f"(default: {','.join(DEFAULT_STEPS)})",
    )
    parser.add_argument("--map", action="store_true", help="the same as --format json")
    parser.add_argument(
        "--transliteration",
        metavar="TOML",
        help="a transliteration table merged over the shipped one",
    )
    parser.add_argument(
        "--gap-mark", default=DEFAULT_GAP_MARK, help=f"brackets step: gap mark (default {DEFAULT_GAP_MARK})"
    )
    return parser


def _record(doc: Document, result: Normalized) -> str:
    return dumps({"file": doc.name, **result.to_dict()})


def run(args: argparse.Namespace) -> int:
    """Exit status 0, or 2 when an input cannot be read (after the others are written)."""
    if not args.steps.strip(" ,"):
        raise LacunaError(f"--steps: no step named (choose from: {', '.join(STEPS)}, or 'all')")
    steps = parse_steps(args.steps)  # fails early, before reading the files
    fmt = "json" if args.map else args.format
    table = Transliteration.load(args.transliteration) if args.transliteration else None
    conventions_of(args)
    inputs = expand_inputs(input_names(args), notes=not quiet(args))
    per_file = fmt != "jsonl" and (is_dir_output(args.output) or (len(inputs) > 1 and args.output))
    if fmt != "jsonl" and len(inputs) > 1 and not per_file:
        raise LacunaError(f"{len(inputs)} files in {fmt}: give --output DIR (one file each), or -f jsonl")
    failed: list[str] = []  # inputs that could not be read: exit 2

    def each() -> Iterator[tuple[Input, Document, Normalized]]:
        for source, doc in each_document(inputs, args, failed):
            yield source, doc, normalize(doc, steps, transliteration=table, gap_mark=args.gap_mark)
            report(doc, args)

    if per_file:
        directory, taken = output_dir(args.output), set()
        for source, doc, result in each():
            path = per_file_path(directory, source, ".json" if fmt == "json" else ".txt", taken)
            with open_output(path) as out:
                out.write(_record(doc, result) + "\n" if fmt == "json" else result.text)
        return 2 if failed else 0
    with open_output(args.output) as out:
        for _source, doc, result in each():
            if fmt == "jsonl":
                out.write_lines([_record(doc, result)])
            elif fmt == "json":
                out.write(_record(doc, result) + "\n")
            else:
                out.write(result.text)
            out.flush()
    return 2 if failed else 0
