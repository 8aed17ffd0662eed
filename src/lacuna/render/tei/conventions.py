"""How the TEI edition writes a span's reading: gap reasons, certainty, dimensions (TEI
att.dimensions), note types, as data and small functions."""

from __future__ import annotations

import regex

from lacuna.ast import Span
from lacuna.render.tei.xml import _attr

__all__ = ["GAP_REASONS"]

#: lacuna reason → TEI ``gap/@reason`` (TEI 11.3.3.1 suggests ``lost``, ``illegible``,
#: ``editorial``, ``deleted``…); other reasons are written as one hyphenated word.
GAP_REASONS: dict[str, str] = {
    "missing": "lost",
    "missing between pages": "lost",
    "off the page": "lost",
    "damaged": "lost",
    "illegible": "illegible",
    "unclear": "illegible",
    "unrecovered": "unrecovered",
    "omitted": "omitted",
    "deleted": "deleted",
    "elided by editor": "editorial",
    "not transcribed": "not-transcribed",
    "not translated": "not-translated",
}

_NOTE_TYPES = {"translator_note": "translator", "editor_note": "editor"}
_CERTS = frozenset({"high", "medium", "low", "unknown"})

_NOT_WORD = regex.compile(r"[\p{C}\p{Z}]+")


def _word(value: str) -> str | None:
    """A TEI ``teidata.word`` (one token, no spaces or controls), or None if nothing is left."""
    token = _NOT_WORD.sub("-", _attr(value).strip()).strip("-")
    return token or None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _cert(value: str | None) -> str:
    if value in _CERTS:
        return value
    try:
        prob = float(value) if value is not None else -1.0
    except ValueError:
        prob = -1.0
    return repr(prob) if 0.0 <= prob <= 1.0 else "low"


def _dimensions(span: Span) -> dict[str, str]:
    """``quantity``/``atLeast``/``atMost``, ``unit`` and ``extent`` of a gap (TEI att.dimensions)."""
    info = span.info
    out: dict[str, str] = {}
    quantity = info.quantity
    if isinstance(quantity, tuple):
        out["atLeast"], out["atMost"] = _number(quantity[0]), _number(quantity[1])
    elif quantity is not None:
        out["quantity"] = _number(quantity)
    unit = _word(info.unit) if info.unit else None
    if unit is not None:
        out["unit"] = unit
    if info.extent:
        out["extent"] = _attr(info.extent)
    elif quantity is None:
        out["extent"] = "unknown"
    return out


def _reason(reason: str | None) -> str | None:
    if not reason:
        return None
    return GAP_REASONS.get(reason) or _word(reason)
