"""The clean reading text: supplied words in, notes out, gaps marked.

What happens to each category is a data table (:data:`CLEAN_RULES`), in the style of EVT's
editorial conventions: ``unwrap`` (drop the brackets, keep what is inside), ``reading``
(the uncertain reading without its question marks), ``mark`` (replace by the gap mark),
``keep`` (the span as written) and ``drop``. Pass ``rules=`` to change any of them.

Where a dropped span leaves two spaces or a space before punctuation, one space goes.
"""

from __future__ import annotations

from collections.abc import Mapping

from lacuna.ast import Document, Span

__all__ = ["CLEAN_RULES", "DEFAULT_GAP_MARK", "clean"]

DEFAULT_GAP_MARK = "[…]"

#: category → action in the clean edition.
CLEAN_RULES: Mapping[str, str] = {
    "supplied": "unwrap",
    "gloss": "keep",
    "uncertain": "reading",
    "gap": "mark",
    "translator_note": "drop",
    "editor_note": "drop",
    "sic": "drop",
    "footnote_ref": "drop",
    "page_break": "drop",
    "other": "keep",
}

_ACTIONS = frozenset({"unwrap", "reading", "mark", "keep", "drop"})
_CLOSING_PUNCT = frozenset(".,;:!?)]}»”’")
_SEAM = object()


def clean(
    doc: Document,
    *,
    gap_mark: str = DEFAULT_GAP_MARK,
    rules: Mapping[str, str] | None = None,
) -> str:
    """Return the reading text of ``doc`` (see :data:`CLEAN_RULES`)."""
    table = dict(CLEAN_RULES)
    if rules:
        unknown = set(rules.values()) - _ACTIONS
        if unknown:
            raise ValueError(f"unknown clean action(s): {sorted(unknown)}")
        table.update(rules)
    text = doc.text
    pieces: list[object] = []
    for node, entering in doc.events(prune=lambda span: table.get(span.category, "keep") != "unwrap"):
        if not isinstance(node, Span):
            pieces.append(text[node.start : node.end])
            continue
        if not entering:
            continue
        action = table.get(node.category, "keep")
        if action == "unwrap":
            continue
        if action == "keep":
            pieces.append(text[node.start : node.end])
        elif action == "reading":
            pieces.append(node.info.conjecture if node.info.conjecture is not None else node.inside)
        elif action == "mark":
            pieces.append(gap_mark)
        else:
            pieces.append(_SEAM)
    return _join(pieces)


def _join(pieces: list[object]) -> str:
    out: list[str] = []
    seam = False
    for piece in pieces:
        if piece is _SEAM:
            seam = True
            continue
        assert isinstance(piece, str)
        if seam and out and piece:
            prev = out[-1]
            if prev.endswith((" ", "\t")) and (piece[0] in " \t" or piece[0] in _CLOSING_PUNCT):
                out[-1] = prev.rstrip(" \t")
            elif not prev and piece[0] in " \t":
                piece = piece.lstrip(" \t")
        seam = False
        out.append(piece)
    return "".join(out)
