"""``lacuna parse FILE...``: check the markup and print the outline of each tree."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from typing import Any

from lacuna.ast import Document, Span
from lacuna.cli.inputs import each_document, expand_inputs, input_names
from lacuna.cli.options import add_common_options, conventions_of, quiet, report
from lacuna.cli.outputs import open_output
from lacuna.render.json import dumps

OUTLINE_WIDTH = 70  # characters of a span's text in the outline (the text is in `spans`)


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "parse",
        help="check the markup and print an outline of its spans",
        description="Parse each FILE and print one line per span (LINE:COL, category, text), "
        "indented by nesting, then a summary line per file (table); or one record per file with "
        "its span counts and problems (jsonl, json). --quiet: the summary lines only, no problem "
        "reports on stderr. Exit 1 if the markup has problems.",
    )
    add_common_options(parser, formats=["table", "jsonl", "json"], default_format="table")
    return parser


def _outline(doc: Document, show: bool, counts: Counter[str]) -> Iterator[str]:
    """One line per span (none unless ``show``), counting the categories into ``counts``."""
    depth = 0
    for node, entering in doc.events():
        if not isinstance(node, Span):
            continue
        if not entering:
            depth -= 1
            continue
        counts[node.category] += 1
        if show:
            text = node.text.replace("\r", "\\r").replace("\n", "\\n")
            if len(text) > OUTLINE_WIDTH:
                text = text[: OUTLINE_WIDTH - 3] + "..."
            yield f"{node.line}:{node.column}\t{'  ' * depth}{node.category}\t{text}"
        depth += 1


def _record(doc: Document, counts: Counter[str]) -> dict[str, Any]:
    return {
        "file": doc.name or "<stdin>",
        "spans": sum(counts.values()),
        "categories": dict(sorted(counts.items())),
        "problems": [
            {"code": d.code, "message": d.message, "line": d.line, "column": d.column}
            for d in doc.diagnostics
        ],
    }


def run(args: argparse.Namespace) -> int:
    """Exit status: 0 no problems, 1 a file has markup problems, 2 a file could not be read
    (after the others are listed)."""
    conventions_of(args)  # a bad conventions file stops the command before any output
    inputs = expand_inputs(input_names(args), notes=not quiet(args))
    status = 0
    failed: list[str] = []  # inputs that could not be read: exit 2
    records: list[dict[str, Any]] = []
    with open_output(args.output) as out:
        for _source, doc in each_document(inputs, args, failed):
            counts: Counter[str] = Counter()
            if args.format == "table":
                # line by line: the outline of a big file is big
                out.write_lines(_outline(doc, not quiet(args), counts))
                summary = ", ".join(f"{n} {c}" for c, n in sorted(counts.items())) or "no spans"
                name = doc.name or "<stdin>"
                problems = len(doc.diagnostics)
                out.write_lines([f"{name}: {sum(counts.values())} spans ({summary}); {problems} problems"])
            else:
                for _ in _outline(doc, False, counts):
                    pass
                record = _record(doc, counts)
                if args.format == "jsonl":
                    out.write_lines([dumps(record)])
                else:
                    records.append(record)
            report(doc, args)
            if doc.diagnostics and status == 0:
                status = 1
        if args.format == "json":
            out.write_lines([dumps({"format": "lacuna-parse", "version": 1, "files": records}, indent=2)])
    return 2 if failed else status
