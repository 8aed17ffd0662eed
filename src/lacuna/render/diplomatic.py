"""The diplomatic edition: the input, character for character, rebuilt from the tree."""

from __future__ import annotations

from lacuna.ast import Document

__all__ = ["diplomatic"]


def diplomatic(doc: Document) -> str:
    """Return the text exactly as it was parsed (rebuilt from the nodes, not copied)."""
    return doc.source()
