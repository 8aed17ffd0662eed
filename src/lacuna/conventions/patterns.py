"""The patterns built from the conventions' word lists: the fold every match reads through,
whole-word alternations written as trees of common beginnings, and the named shapes
(``{date}``) a data rule's pattern may ask for."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import regex

from lacuna.dates import DATE_PATTERN

__all__ = ["PLACEHOLDERS", "expand_placeholders", "fold", "literal_tree"]

_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "\u00a0": " "})


def fold(text: str) -> str:
    """Case-fold and unify apostrophes, quotes and no-break spaces for matching."""
    if text.isascii():  # nothing to unify (the table maps non-ASCII characters only)
        return text.casefold()
    return text.translate(_FOLD).casefold()


#: The shapes a data rule's pattern may ask for by name, ``{date}``: written once, in the module
#: that reads them (a date: :data:`lacuna.dates.DATE_PATTERN`, what ``find_dates`` reads).
PLACEHOLDERS: dict[str, str] = {"date": DATE_PATTERN}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def expand_placeholders(pattern: str, *, named: bool = False) -> str:
    """``pattern`` with each ``{name}`` of :data:`PLACEHOLDERS` replaced by its shape, as a
    group of that name when ``named`` (so a rule can check what it matched), else a plain
    group; other braces (``\\s{1,3}``) are left as they are."""

    def shape(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in PLACEHOLDERS:
            return m.group(0)
        return f"(?P<{name}>{PLACEHOLDERS[name]})" if named else f"(?:{PLACEHOLDERS[name]})"

    return _PLACEHOLDER.sub(shape, pattern)


def _alternation(phrases: list[str]) -> regex.Pattern[str]:
    """A whole-word, longest-first alternation of literal phrases (no backtracking traps),
    written as a tree of the phrases' common beginnings (:func:`literal_tree`): the same
    matches, one branch tried per character rather than every phrase."""
    body = literal_tree({fold(p) for p in phrases} - {""}, regex.escape) or "(?!)"
    return regex.compile(rf"(?<![\w'])(?:{body})(?![\w'])")


def literal_tree(literals: Iterable[str], escape: Callable[[str], str] = re.escape) -> str:
    """A pattern of the alternation of ``literals`` (non-empty) as a tree of their common
    beginnings: where several match at one place, the longest is tried first, as in a
    longest-first alternation, and a search tries one branch per character rather than every
    literal at every position. ``escape`` quotes a character (``re.escape``, ``regex.escape``)."""
    tree: dict[str, Any] = {}
    for literal in literals:
        node = tree
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}  # a literal ends here

    def branch(node: dict[str, Any]) -> str:
        alternatives = [escape(ch) + branch(node[ch]) for ch in sorted(node) if ch]
        if not alternatives:
            return ""
        group = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if "" in node:  # a literal ends here, longer ones go on (tried first: greedy)
            return f"(?:{group})?" if len(alternatives) == 1 else group + "?"
        return group

    return branch(tree)
