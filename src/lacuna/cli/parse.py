"""``lacuna parse FILE``: check the markup and print the outline of the tree."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator

from lacuna.ast import Document, Span
from lacuna.cli.common import add_input_options, load, report, write_lines


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "parse",
        help="check the markup and print an outline of its spans",
        description="Parse FILE and print one line per span (LINE:COL, category, text), "
        "indented by nesting, then a summary. Exit 1 if the markup has problems.",
    )
    add_input_options(parser)
    parser.add_argument("--quiet", "-q", action="store_true", help="print the summary only")
    return parser


def _outline(doc: Document, quiet: bool, counts: Counter[str]) -> Iterator[str]:
    """One line per span (none if ``quiet``), counting the categories into ``counts``."""
    depth = 0
    for node, entering in doc.events():
        if not isinstance(node, Span):
            continue
        if not entering:
            depth -= 1
            continue
        counts[node.category] += 1
        if not quiet:
            text = node.text.replace("\r", "\\r").replace("\n", "\\n")
            if len(text) > 70:
                text = text[:67] + "..."
            yield f"{node.line}:{node.column}\t{'  ' * depth}{node.category}\t{text}"
        depth += 1


def run(args: argparse.Namespace) -> int:
    doc = load(args.file, args)
    counts: Counter[str] = Counter()
    write_lines(_outline(doc, args.quiet, counts))  # line by line: the outline of a big file is big
    summary = ", ".join(f"{n} {c}" for c, n in sorted(counts.items())) or "no spans"
    name = doc.name or "<stdin>"
    write_lines([f"{name}: {sum(counts.values())} spans ({summary}); {len(doc.diagnostics)} problems"])
    report(doc)
    return 1 if doc.diagnostics else 0
