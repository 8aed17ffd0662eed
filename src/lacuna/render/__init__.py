"""Editions of a parsed document: one tree, many renderers.

``EDITIONS`` maps an edition name to a function ``Document -> str``; the CLI's
``render --edition`` offers exactly these.
"""

from __future__ import annotations

from collections.abc import Callable

from lacuna.ast import Document
from lacuna.render.clean import CLEAN_RULES, clean
from lacuna.render.diplomatic import diplomatic
from lacuna.render.html import to_html
from lacuna.render.json import to_dict, to_json
from lacuna.render.tei import to_tei

__all__ = ["CLEAN_RULES", "EDITIONS", "clean", "diplomatic", "to_dict", "to_html", "to_json", "to_tei"]

#: edition name → renderer.
EDITIONS: dict[str, Callable[[Document], str]] = {
    "diplomatic": diplomatic,
    "clean": clean,
    "json": to_json,
    "tei": to_tei,
    "html": to_html,
}
