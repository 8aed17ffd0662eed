"""Markup-aware collation of witnesses through a variant graph.

A *witness* is one parsed text of a document. :mod:`~lacuna.collate.tokens` turns it into
word tokens that keep their editorial status and their offsets into the original, keyed by
the witness's normalised text; :mod:`~lacuna.collate.graph` aligns any number of witnesses
into one variant graph (CollateX's model) with the anchored linear-space diff of
:mod:`~lacuna.collate.align`; :mod:`~lacuna.collate.table` reads the graph as an alignment
table, and :mod:`~lacuna.collate.views` shows it as text, CSV or CollateX's JSON;
:mod:`~lacuna.collate.apparatus` as a JSON apparatus, TEI parallel segmentation or GraphViz
dot; :mod:`~lacuna.collate.restore` lists, for each gap of each witness, the words other
witnesses have in its place.
"""

from lacuna.collate.align import Diff, Edit, align_keys, diff, span_offsets
from lacuna.collate.apparatus import apparatus, apparatus_json, dot, tei
from lacuna.collate.graph import TRANSPOSITION_LIMIT, Transposition, VariantGraph
from lacuna.collate.restore import Restoration, restorations
from lacuna.collate.table import Alignment, Column, Reading, collate
from lacuna.collate.tokens import (
    GAP_KEY,
    KEY_STEPS,
    STATUSES,
    Token,
    described_gap,
    normalize_token,
    tokenize,
)
from lacuna.collate.views import (
    collatex_json,
    collatex_lines,
    side_by_side,
    table_csv,
    table_jsonl,
    table_rows,
)

__all__ = [
    "GAP_KEY",
    "KEY_STEPS",
    "STATUSES",
    "TRANSPOSITION_LIMIT",
    "Alignment",
    "Column",
    "Diff",
    "Edit",
    "Reading",
    "Restoration",
    "Token",
    "Transposition",
    "VariantGraph",
    "align_keys",
    "apparatus",
    "apparatus_json",
    "collate",
    "collatex_json",
    "collatex_lines",
    "described_gap",
    "diff",
    "dot",
    "normalize_token",
    "restorations",
    "side_by_side",
    "span_offsets",
    "table_csv",
    "table_jsonl",
    "table_rows",
    "tei",
    "tokenize",
]
