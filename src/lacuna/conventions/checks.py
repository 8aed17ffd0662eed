"""The checks of a user's conventions file against the shipped table (the shape of each value,
the ``[rules]`` table's data rules, categories, lexicons, finite numbers), and the merge of
the file over the shipped table: what :meth:`lacuna.conventions.Conventions.load` says is
wrong with a file, naming the key."""

from __future__ import annotations

import json
import math
from importlib import resources
from typing import Any

import regex

from lacuna.ast import CATEGORIES
from lacuna.conventions.patterns import _PLACEHOLDER, PLACEHOLDERS, expand_placeholders


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + [v for v in value if v not in out[key]]
        else:
            out[key] = value
    return out


def _where(raw: bytes, offset: int) -> str:
    """``at line L, column C`` (1-based, columns in characters) of a byte offset, as tomllib says it."""
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    line = raw.count(b"\n", 0, offset) + 1
    return f"at line {line}, column {column}"


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "a date or time"


def _shape_problem(data: dict[str, Any], shipped: dict[str, Any], where: str = "") -> str | None:
    """What in a user table does not have the shape of the shipped one, or None.

    Top-level keys are tables. In a table of sections (one holding a table), a key the
    shipped table has keeps its kind of value (table, array, string, number); in a table of
    entries (reason words, quantities, ...), every value is of a kind found among the shipped
    entries (a new reason word maps to a string like the others), arrays hold the kinds of
    item the shipped arrays hold. Keys lacuna does not know are not read (and not checked).
    """
    sections = not where or any(isinstance(v, dict) for v in shipped.values())
    entry_kinds = {_kind(v) for v in shipped.values()}
    item_kinds = {_kind(i) for v in shipped.values() if isinstance(v, list) for i in v}
    for key, value in data.items():
        name = f"{where}.{key}" if where else key
        if not where and key == "rules":
            if not isinstance(value, dict):
                return f"rules must be a table, not {_kind(value)}"
            problem = _rules_problem(value)
            if problem is not None:
                return problem
            continue
        if not where:
            allowed = {"a table"}
        elif sections:
            if key not in shipped:
                continue  # not a key lacuna reads
            allowed = {_kind(shipped[key])}
        else:
            allowed = entry_kinds
        if allowed and _kind(value) not in allowed:
            return f"{name} must be {' or '.join(sorted(allowed))}, not {_kind(value)}"
        if isinstance(value, dict):
            problem = _shape_problem(value, shipped.get(key) or {}, name)
            if problem is not None:
                return problem
        elif isinstance(value, list):
            kinds = item_kinds
            if sections:
                kinds = {_kind(i) for i in shipped[key]}
            for i, item in enumerate(value):
                if kinds and _kind(item) not in kinds:
                    return f"{name}[{i}] must be {' or '.join(sorted(kinds))}, not {_kind(item)}"
    return None


#: What a data rule of each chain must and may hold (see docs/markup.md).
_RULE_PATTERNS = {"inside": ("match", "search"), "context": ("inside", "before", "near", "after")}


def _rules_problem(rules: dict[str, Any]) -> str | None:
    """What in a user's ``[rules]`` table lacuna could not use, or None."""
    for key in ("disable", "enable"):
        names = rules.get(key, [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            return f"rules.{key} must be an array of rule names"
    for chain, patterns in _RULE_PATTERNS.items():
        specs = rules.get(chain, [])
        if not isinstance(specs, list):
            return f"rules.{chain} must be an array of tables ([[rules.{chain}]])"
        for i, spec in enumerate(specs):
            where = f"rules.{chain}[{i}]"
            if not isinstance(spec, dict):
                return f"{where} must be a table, not {_kind(spec)}"
            if not isinstance(spec.get("name"), str) or not spec["name"]:
                return f"{where}.name must be a string"
            if spec.get("category") not in CATEGORIES:
                known = ", ".join(CATEGORIES)
                return f"{where}.category: unknown category {spec.get('category')!r} (one of: {known})"
            for key in ("words", "qualifiers"):
                words = spec.get(key)
                listed = isinstance(words, list) and all(isinstance(w, str) for w in words)
                if words is not None and not (isinstance(words, str) or listed):
                    return f"{where}.{key} must be a string or an array of strings"
            words = spec.get("words")
            if "qualifiers" in spec and chain == "inside":
                return f"{where}.qualifiers: only a context rule's words take qualifiers"
            if "qualifiers" in spec and not words:
                return f"{where}.qualifiers: qualifiers need words to qualify"
            if chain == "inside" and not words and not isinstance(spec.get("match", spec.get("search")), str):
                return f"{where}.match (or search) must be a string (a regular expression), or words a list"
            for key in patterns:
                pattern = spec.get(key)
                if pattern is None:
                    continue
                if not isinstance(pattern, str):
                    return f"{where}.{key} must be a string (a regular expression)"
                unknown = [n for n in _PLACEHOLDER.findall(pattern) if n not in PLACEHOLDERS]
                if unknown:
                    known = ", ".join(f"{{{n}}}" for n in PLACEHOLDERS)
                    return f"{where}.{key}: unknown placeholder {{{unknown[0]}}} (one of: {known})"
                try:
                    regex.compile(expand_placeholders(pattern))
                except regex.error as exc:
                    return f"{where}.{key}: not a regular expression ({exc})"
    return None


#: The tables whose values are categories.
_CATEGORY_TABLES = (("exact",), ("notes", "labels"), ("notes", "heads"))


def _value_problem(data: dict[str, Any]) -> str | None:
    """A value of a user table lacuna could not use (an unknown category or lexicon), or None."""
    for keys in _CATEGORY_TABLES:
        table: Any = data
        for key in keys:
            table = table.get(key, {}) if isinstance(table, dict) else {}
        for word, category in table.items():
            if category not in CATEGORIES:
                return (
                    f"{'.'.join(keys)}.{word}: unknown category {category!r} "
                    f"(one of: {', '.join(CATEGORIES)})"
                )
    name = data.get("gloss", {}).get("lexicon")
    if name and not _is_lexicon(name):
        return f"gloss.lexicon: no lexicon {name!r} in lacuna/data"
    todo: list[tuple[str, Any]] = [("", data)]
    while todo:  # numbers must be finite: an estimate of "inf" words is no estimate
        where, value = todo.pop()
        if isinstance(value, dict):
            todo.extend((f"{where}.{k}" if where else str(k), v) for k, v in value.items())
        elif isinstance(value, list):
            todo.extend((f"{where}[{i}]", v) for i, v in enumerate(value))
        elif isinstance(value, float) and not math.isfinite(value):
            return f"{where}: must be a finite number, not {value!r}"
    digits = data.get("footnote", {}).get("max_digits")
    whole = isinstance(digits, int) and not isinstance(digits, bool)
    if digits is not None and not (whole and 0 <= digits <= 9):
        return f"footnote.max_digits: must be a whole number from 0 to 9, not {digits!r}"
    return None


def _is_lexicon(name: str) -> bool:
    """Whether ``name`` is a lexicon file shipped in ``lacuna/data``: a bare ``*.json`` name
    whose file holds a JSON object with a ``words`` string."""
    if "/" in name or "\\" in name or not name.endswith(".json") or name.startswith("."):
        return False
    path = resources.files("lacuna.data").joinpath(name)
    if not path.is_file():
        return False
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(data, dict) and isinstance(data.get("words"), str)
