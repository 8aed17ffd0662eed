"""How the HTML edition renders each category and each clean-view action: data tables
(EVT-style: convention × view → rendering), not if-chains.

:data:`LABELS` names each category in tooltips, the legend and the filters; :data:`SHAPES`
gives, for the action the clean view takes on a span (:data:`VIEW_RULES`), the markup around
its text: its brackets, and what the clean view shows instead (``alt``).
"""

from __future__ import annotations

from typing import NamedTuple

from lacuna.ast import SpanInfo
from lacuna.editorial import CLEAN_RULES, DEFAULT_GAP_MARK, info_action
from lacuna.render.html.escape import attr, text
from lacuna.render.json import quantity_json

__all__ = ["LABELS", "SHAPES", "TIP_FIELDS", "VIEW_RULES", "Shape", "SpanStyle", "span_style", "tip_fields"]

#: The clean view's rules: the clean edition's, with the notes in place (references kept).
VIEW_RULES = {**CLEAN_RULES, "footnote_ref": "keep"}

#: category → its name for readers.
LABELS = {
    "supplied": "supplied",
    "gloss": "gloss",
    "uncertain": "uncertain reading",
    "gap": "gap",
    "translator_note": "translator's note",
    "editor_note": "editor's note",
    "sic": "sic",
    "correction": "editor's correction",
    "footnote_ref": "note reference",
    "page_break": "page break",
    "other": "not editorial",
}

OPENER = '<span class="br">[</span>'
CLOSER = '<span class="br">]</span>'


class Shape(NamedTuple):
    """The markup of a span under one action: written after its element's start tag
    (``head``), and before its end tag (``tail``), with ``alt`` between ``tail`` and the end
    tag: what the clean view shows instead of the span (``gap``: the gap mark; ``reading``:
    the span's reading; None: nothing)."""

    head: str
    tail: str
    alt: str | None


PLAIN = Shape(OPENER, CLOSER, None)
#: clean-view action → the span's markup (any other action: its brackets, styled by CSS as
#: the action says: hidden, shown, or the whole span hidden).
SHAPES: dict[str, Shape] = {
    "mark": Shape(f'<span class="dip">{OPENER}', f"{CLOSER}</span>", "gap"),
    "reading": Shape(f'<span class="dip">{OPENER}', f"{CLOSER}</span>", "reading"),
    "unwrap": PLAIN,
    "keep": PLAIN,
    "drop": PLAIN,
}
GAP_MARK = DEFAULT_GAP_MARK

#: The tooltip fields of a span, in order (after its label and what it glosses).
TIP_FIELDS = ("extent", "quantity", "unit", "reason", "conjecture", "cert", "label", "correction")


def tip_fields(info: SpanInfo) -> str:
    """The tooltip lines of ``info``'s fields and rule, each after a line break."""
    parts = [""]
    for name in TIP_FIELDS:
        value = getattr(info, name)
        if value is None or value == "":
            continue
        if name == "quantity":
            q = quantity_json(value)
            value = "–".join(str(v) for v in q) if isinstance(q, list) else str(q)
        parts.append(f"{name}: {value}")
    if info.because:
        parts.append(f"because: {info.because}")
    return "\n".join(parts)


class SpanStyle(NamedTuple):
    """What a span's rendering takes from its reading (shared by spans with one ``SpanInfo``)."""

    action: str
    classes: str  # the element's class attribute
    label: str  # the tooltip's first line, escaped
    fields: str  # the tooltip's field lines, escaped
    shape: Shape
    closer: str  # what closes a ``<span>`` of it (its shape's tail, the gap mark, the end tag)


def span_style(info: SpanInfo) -> SpanStyle:
    """The style of the spans read as ``info``."""
    action = info_action(info, VIEW_RULES)
    parts = _PARTS.get((info.category, action))
    if parts is None:
        parts = _PARTS[info.category, action] = _parts(info.category, action)
    classes, label, shape, closer = parts
    return SpanStyle(action, classes, label, attr(tip_fields(info)), shape, closer)


def _parts(category: str, action: str) -> tuple[str, str, Shape, str]:
    """What a span's style takes from its category and action: its classes, its label, its
    shape and what closes it."""
    classes = f"lc c-{attr(category)} a-{action}"
    label = attr(LABELS.get(category, category))
    shape = SHAPES.get(action, PLAIN)
    closer = f"{shape.tail}</span>"
    if shape.alt == "gap":
        closer = f'{shape.tail}<span class="alt">{text(GAP_MARK)}</span></span>'
    return classes, label, shape, closer


#: (category, action) → :func:`_parts` (a few categories and actions: made once each).
_PARTS: dict[tuple[str, str], tuple[str, str, Shape, str]] = {}
