"""``lacuna site DIR... -o SITE/``: a static edition site of a corpus (no server needed)."""

from __future__ import annotations

import argparse

from lacuna import page as page_module
from lacuna.ast import Document
from lacuna.cli.inputs import each_document, expand_inputs
from lacuna.cli.options import add_input_options, add_report_options, conventions_of, note, quiet, report
from lacuna.cli.outputs import output_dir
from lacuna.listing import Listing, read_bytes


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "site",
        help="write a static edition site of a corpus: a page per document, an index, search",
        description="Write a folder of HTML pages that a browser opens without a server: one page "
        "per document (the HTML edition: diplomatic and clean views), an index with each document's "
        "lacunae figures (sortable table, chart) and a search over the clean text, the listing pages' "
        "documents with their duplicates, and a collation of each text held in several witnesses. "
        "Listing pages are recognised by their shape (dated entries, a result counter).",
    )
    add_input_options(parser, many=True)
    parser.add_argument("--output", "-o", metavar="DIR", required=True, help="the site's folder")
    add_report_options(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    """Exit status 0, or 2 when an input cannot be read (the site is made of the others)."""
    from lacuna.site import build_site

    conventions_of(args)
    inputs = expand_inputs(args.files, notes=not quiet(args))
    out = output_dir(args.output)
    documents: list[tuple[str, Document]] = []
    listings: list[Listing] = []
    failed: list[str] = []  # inputs that could not be read: exit 2
    for source, doc in each_document(inputs, args, failed):
        if page_module.read(doc.text).format == "listing":
            listing = read_bytes(source.read_bytes(), source=source.name, strict=bool(args.strict))
            for d in listing.diagnostics:
                note(f"{d.format()} [{d.code}]", args)
            listings.append(listing)
        else:
            report(doc, args)
            documents.append((source.name, doc))
    written = build_site(documents, listings, out)
    d, n = len(documents), len(listings)
    note(
        f"{out}: {len(written)} HTML pages written, from {d} document{'s' * (d != 1)}"
        f" and {n} listing page{'s' * (n != 1)}",
        args,
    )
    return 2 if failed else 0
