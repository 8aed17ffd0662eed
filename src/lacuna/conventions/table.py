"""The part every accessor of a conventions table reads: its data, by section and key."""

from __future__ import annotations

from typing import Any

from lacuna.conventions.patterns import fold


class Table:
    """A loaded conventions table's data (``data``) and its store of word lists read so far."""

    data: dict[str, Any]
    _cache: dict[str, Any]

    def section(self, *keys: str) -> Any:
        """The table's section at ``keys`` (``section("gloss", "pseudonyms")``), ``{}`` if absent."""
        node: Any = self.data
        for key in keys:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return node

    def words(self, section: str, key: str) -> frozenset[str]:
        """The word list ``[section] key`` of the table, folded (empty when the table has none)."""
        cached = self._cache.get(f"words {section} {key}")
        if cached is None:
            cached = frozenset(fold(str(w)) for w in self.section(section).get(key, []))
            self._cache[f"words {section} {key}"] = cached
        return cached
