"""The diplomatic edition: the input, character for character, rebuilt from the tree."""

from __future__ import annotations

from lacuna.ast import Document
from lacuna.errors import expect

__all__ = ["diplomatic"]


def diplomatic(doc: Document) -> str:
    """Return the text exactly as it was parsed.

    The tree owns every character (:meth:`lacuna.ast.Document.source` rebuilds the text
    from its nodes, and the round-trip tests check that it does), so the edition is the
    parsed text itself.
    """
    expect(doc, Document, "diplomatic", "doc")
    return doc.text
