"""lacuna: text reconstruction and lacuna analysis of archival documents.

Parse translators' bracket markup into a typed, lossless tree, then render editions,
normalise, collate, match listings and analyse what is missing.

>>> import lacuna
>>> doc = lacuna.parse("there are [no] reasons")
>>> [s.category for s in doc.spans()]
['supplied']
>>> lacuna.render.clean(doc)
'there are no reasons'
"""

from __future__ import annotations

# (`_compiled` first: it chooses the compiled build or the sources before any module of it loads)
from lacuna import _compiled, cluster, collate, lacunae, linkage, listing, match, page, render  # noqa: F401
from lacuna.ast import (
    CATEGORIES,
    Document,
    FootnoteRef,
    Gap,
    Gloss,
    Node,
    Note,
    Other,
    PageBreak,
    Sic,
    Span,
    SpanInfo,
    Supplied,
    Text,
    Uncertain,
)
from lacuna.conventions import Conventions
from lacuna.errors import Diagnostic, LacunaError, MarkupError
from lacuna.normalize import Normalized, Transliteration, fold_words, name_key, normalize, same_name
from lacuna.parse import parse, parse_bytes, parse_file
from lacuna.spans import span_records

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES",
    "Conventions",
    "Diagnostic",
    "Document",
    "FootnoteRef",
    "Gap",
    "Gloss",
    "LacunaError",
    "MarkupError",
    "Node",
    "Normalized",
    "Note",
    "Other",
    "PageBreak",
    "Sic",
    "Span",
    "SpanInfo",
    "Supplied",
    "Text",
    "Transliteration",
    "Uncertain",
    "__version__",
    "cluster",
    "collate",
    "fold_words",
    "lacunae",
    "linkage",
    "listing",
    "match",
    "name_key",
    "normalize",
    "page",
    "parse",
    "parse_bytes",
    "parse_file",
    "render",
    "same_name",
    "span_records",
]
