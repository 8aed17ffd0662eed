"""Context rules written as data (``[[rules.context]]``): :class:`DataContextRule`, the
inside patterns tried together (:class:`_DataHits`) and the facts of an inside."""

from __future__ import annotations

from typing import Any

import regex

from lacuna.classify.context.order import CONTEXT_RULES
from lacuna.classify.inside_facts import _facts_of, _Inside
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _INSIDES_LIMIT, _Decision
from lacuna.conventions import Conventions, expand_placeholders, literal_tree

_NO_HITS: frozenset[str] = frozenset()


def _data_hits(inside: str, conv: Conventions) -> frozenset[str]:
    """The names of the data rules whose inside pattern matches ``inside`` (stripped)."""
    conv.ruler("context", CONTEXT_RULES, _context_data_rule)
    rules = conv.data_rules("context")
    if not rules:
        return _NO_HITS
    hits = _HITS.get(id(rules))
    if hits is None or hits.rules is not rules:
        if len(_HITS) >= 64:
            _HITS.clear()
        hits = _HITS[id(rules)] = _DataHits(rules)
    return hits(inside)


class _DataHits:
    """The inside patterns of a chain's data rules, tried with two pattern calls per inside:
    their top-level alternatives anchored at the start of the inside, as one alternation
    matched at the start, and the others as one alternation searched; only when one of them
    matches (few insides) is each rule's pattern tried alone. (A pattern's search costs some
    thousand instructions whatever it finds, and a pattern searched at every position is
    slowed by an anchored alternative tried at each.) A pattern that cannot share an
    alternation (:data:`_SHARES_BADLY`) is tried alone."""

    __slots__ = ("alone", "anchors", "loose", "rules", "shared")

    def __init__(self, rules: tuple[DataContextRule, ...]) -> None:
        self.rules = rules  # (held: the key is its id)
        alone: list[DataContextRule] = []
        shared: list[DataContextRule] = []
        anchored: list[str] = []
        loose: list[str] = []
        for rule in rules:
            if rule.inside is None:
                continue
            parts = _alternatives(rule.source or "")
            if parts is None:
                alone.append(rule)
                continue
            shared.append(rule)
            for part in parts:
                (anchored if _anchored(part) else loose).append(f"(?:{part})")
        self.alone = tuple(alone)
        self.shared = tuple(shared)
        self.anchors = regex.compile("|".join(anchored), regex.IGNORECASE) if anchored else None
        self.loose = regex.compile("|".join(loose), regex.IGNORECASE) if loose else None

    def __call__(self, inside: str) -> frozenset[str]:
        names = [r.name for r in self.alone if r.inside.search(inside)]  # type: ignore[union-attr]
        if (self.anchors is not None and self.anchors.match(inside) is not None) or (
            self.loose is not None and self.loose.search(inside) is not None
        ):
            names += [r.name for r in self.shared if r.inside.search(inside)]  # type: ignore[union-attr]
        return frozenset(names) if names else _NO_HITS


_HITS: dict[int, _DataHits] = {}
#: A flag for the whole pattern, or a reference to a group (by number, name or recursion).
_SHARES_BADLY = regex.compile(r"\(\?[a-zA-Z]*-?[a-zA-Z]*\)|\\[1-9]|\\g<|\(\?(?:P[=>]|&|R\)|[+-]?\d)")
#: A group with flags of its own around a whole alternative: ``(?-i:…)``.
_SCOPED = regex.compile(r"\(\?[a-zA-Z]*-?[a-zA-Z]*:")


def _alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` (``|`` outside groups and classes), or None
    if it cannot share an alternation with others (:data:`_SHARES_BADLY`) or is not read
    whole (unbalanced groups)."""
    if not pattern or _SHARES_BADLY.search(pattern) is not None:
        return None
    parts: list[str] = []
    depth = start = i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: up to its closing bracket (a "]" first is literal)
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth != 0:
        return None
    parts.append(pattern[start:])
    return parts


def _anchored(pattern: str) -> bool:
    r"""Whether ``pattern`` (without ``|`` at its top level) can match only at the start of
    a text: it starts with ``\A``, or is one group with flags of its own (``(?-i:\A…)``)
    whose pattern does and has no ``|`` at its top level. Unsure: False."""
    if pattern.startswith("\\A"):
        return True
    scoped = _SCOPED.match(pattern)
    if scoped is None or not pattern.endswith(")"):
        return False
    inner = pattern[scoped.end() : -1]
    parts = _alternatives(inner)
    # (the group's closing parenthesis must be the last character: its pattern balanced)
    return parts is not None and len(parts) == 1 and inner.startswith("\\A")


def _inside_facts(inside: str, conv: Conventions) -> _Inside:
    """The facts of an inside (cached in ``conv``; equal facts are one object)."""
    cache = conv._inside_facts
    facts = cache.get(inside)
    if facts is None:
        stripped = inside.strip()
        facts = _facts_of(stripped, conv, _data_hits(stripped, conv))
        facts = conv._inside_facts_pool.setdefault(facts, facts)
        if len(cache) >= _INSIDES_LIMIT:
            cache.clear()
        cache[inside] = facts
    return facts


class DataContextRule:
    """A context rule written as data (``[[rules.context]]`` in the conventions file): the
    inside, the text before it on its line and the text after it each match a pattern (a
    missing pattern matches anything); the answer is ``category`` with ``glossed`` words back.
    ``words`` (a vocabulary) is the inside pattern "the whole inside is one of these words or
    phrases" (case-insensitive, spaces as any white space); ``qualifiers`` (a vocabulary) are
    words that may stand with it, each joined by a comma or a semicolon, before or after it (a
    hedge, a further doubt: ``[likely, by reference]``, ``[phonetic, first name unknown]``).
    ``near``, if given, is a pattern the
    nearest word before the span matches whole: it is read with the plan (no text further back),
    so a rule whose ``before`` ends on a word of a few forms declines at once on other words."""

    __slots__ = ("after", "before", "category", "glossed", "inside", "name", "near", "source", "why")

    def __init__(self, spec: dict[str, Any]) -> None:
        self.name = str(spec["name"])
        self.category = str(spec["category"])
        inside = spec.get("inside")
        inside = expand_placeholders(inside) if isinstance(inside, str) else inside
        if spec.get("words"):
            vocabulary = _vocabulary(spec["words"], spec.get("qualifiers"))
            inside = vocabulary if inside is None else f"(?={vocabulary})(?:{inside})"
        #: the inside pattern as written (None: none)
        self.source: str | None = str(inside) if inside else None
        self.inside = _compile(inside)
        self.before = _compile(spec.get("before"), r"\s*\Z")
        self.near = _compile(spec.get("near"), r"\Z", r"\A")
        self.after = _compile(spec.get("after"), "", r"\A\s*")
        glossed = spec.get("glossed", 1 if self.category == "gloss" else 0)
        self.glossed = int(glossed) - 1 if glossed else None
        self.why = str(spec.get("because", "data rule"))

    def __call__(self, c: _NearestOnly) -> _Decision:
        if self.inside is not None and self.name not in c.facts.data_hits:
            return None
        if self.near is not None and (c.near is None or self.near.match(c.near) is None):
            return None
        if self.before is not None and self.before.search(c.line_before()) is None:
            return None
        if self.after is not None and self.after.search(c.line_after()) is None:
            return None
        glossed = self.glossed if c.near is not None else None
        if glossed:
            c.word(glossed)  # the words must be there (and read)
        return self.category, self.why, glossed


def _vocabulary(words: object, qualifiers: object = None) -> str:
    """The pattern of a whole inside that is one of ``words`` (a word or phrase, or a list),
    with any of ``qualifiers`` (the same) joined to it by a comma or a semicolon before or
    after it."""
    tree = _tree(words)
    if not qualifiers:
        return r"\A(?:" + tree + r")\Z"
    joined = _tree(qualifiers)
    return rf"\A(?:(?:{joined})\s*[,;]\s*)*(?:{tree})(?:\s*[,;]\s*(?:{joined}))*\Z"


def _tree(words: object) -> str:
    """One pattern of the words or phrases ``words`` (a string or a list): a tree of the
    phrases' common beginnings, a space any white space (one branch tried per character, not
    every phrase)."""
    listed = [words] if isinstance(words, str) else list(words)  # type: ignore[call-overload]
    phrases = {" ".join(str(w).split()) for w in listed}
    return literal_tree(phrases, _phrase_escape)


def _phrase_escape(ch: str) -> str:
    return r"\s+" if ch == " " else regex.escape(ch)


def _compile(pattern: object, tail: str = "", head: str = "") -> regex.Pattern[str] | None:
    if not pattern:
        return None
    return regex.compile(f"{head}(?:{expand_placeholders(str(pattern))}){tail}", regex.IGNORECASE)


def _context_data_rule(spec: dict[str, Any]) -> DataContextRule:
    return DataContextRule(spec)
