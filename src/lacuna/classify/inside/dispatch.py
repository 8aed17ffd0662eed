"""The dispatch of the inside chain: for an inside of words alone, the active rules that may
answer (by their triggers, :mod:`lacuna.classify.inside.triggers`) and those that always run,
cached per chain until it changes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lacuna.classify.inside.data import DataInsideRule
from lacuna.classify.inside.rules import (
    _doubtful_extent,
    _labelled_note,
    _no_words,
    _queried_date,
    _question_edge,
    _question_marks,
    _sic_label,
    _spelled_capitals,
    _unparsed,
)
from lacuna.classify.inside.text import InsideRule
from lacuna.classify.inside.triggers import _TOKEN, _TRIGGERS, Trigger
from lacuna.classify.transcribers import _labelled_reading
from lacuna.conventions import Conventions, literal_tree
from lacuna.rules import Rule, Ruler

#: The rules that read only an inside's structure (a label, clauses, question marks): an inside
#: of words alone skips them.
_STRUCTURE_RULES = frozenset(
    {
        _unparsed,
        _labelled_reading,
        _labelled_note,
        _spelled_capitals,
        _sic_label,
        _no_words,
        _question_marks,
        _question_edge,
        _queried_date,
        _doubtful_extent,
    }
)


class _Dispatch:
    """The active rules of a chain for an inside of words alone: all of them, the ones that
    always run, and the union of the others' triggers (:meth:`may_answer`). When no trigger
    holds, only the rules that always run are run: the others would all decline, so the
    first answer is the same."""

    __slots__ = (
        "active",
        "always",
        "conv",
        "counts",
        "exact",
        "first",
        "last",
        "non_ascii",
        "phrases",
        "plain",
        "prefixes",
        "ruler",
        "substrings",
        "suffixes",
        "tests",
        "tokens",
    )

    def __init__(self, active: tuple[Rule[InsideRule], ...], conv: Conventions) -> None:
        self.active = active
        self.conv = conv
        self.ruler: Ruler[InsideRule] | None = None
        self.plain = tuple(r for r in active if r.fn not in _STRUCTURE_RULES)
        always: list[Rule[InsideRule]] = []
        triggers: list[Trigger] = []
        for rule in self.plain:
            trigger = _trigger_of(rule.fn, conv)
            if trigger is None:
                always.append(rule)
            else:
                triggers.append(trigger)
        self.always = tuple(always)
        self.counts = frozenset().union(*(t.counts for t in triggers))
        self.first = _by_strip(t.first for t in triggers)
        self.last = _by_strip(t.last for t in triggers)
        prefixes = sorted({p for t in triggers for p in t.prefixes})
        # by first character: one look-up, then the few prefixes that start with it
        self.prefixes: dict[str, tuple[str, ...]] = {}
        for p in prefixes:
            self.prefixes[p[:1]] = (*self.prefixes.get(p[:1], ()), p)
        self.suffixes = tuple(sorted({p for t in triggers for p in t.suffixes}))
        self.exact = frozenset().union(*(t.exact for t in triggers))
        substrings = {p for t in triggers for p in t.substrings}
        # one search for all, the literals as a tree of their common beginnings (stdlib re)
        self.substrings = re.compile(literal_tree(substrings)) if substrings else None
        self.non_ascii = any(t.non_ascii for t in triggers)
        self.tokens = frozenset().union(*(t.tokens for t in triggers))
        self.tests = tuple(t.test for t in triggers if t.test is not None)
        self.phrases = frozenset().union(*(t.phrases for t in triggers))

    def may_answer(self, folded: str) -> bool:
        """Whether a rule other than those that always run may answer the (folded, stripped)
        inside of words alone."""
        words = folded.split()
        if len(words) in self.counts or folded in self.exact:
            return True
        if words:
            first, last = words[0], words[-1]
            for strip, found in self.first:
                if first.strip(strip) in found:
                    return True
            for strip, found in self.last:
                if last.strip(strip) in found:
                    return True
        prefixes = self.prefixes
        if prefixes:
            if "" in prefixes:
                return True
            starting = prefixes.get(folded[:1])
            if starting is not None and folded.startswith(starting):
                return True
        if folded.endswith(self.suffixes):
            return True
        if self.non_ascii and not folded.isascii():
            return True
        if self.substrings is not None and self.substrings.search(folded) is not None:
            return True
        if self.tokens:
            # a word of letters alone is one token; any other word is split as the pattern would
            if all(map(str.isalpha, words)):
                if not self.tokens.isdisjoint(words):
                    return True
            elif not self.tokens.isdisjoint(_TOKEN.findall(folded)):
                return True
        if self.phrases and " ".join(words) in self.phrases:
            return True
        for test in self.tests:
            if test(folded, words):
                return True
        return False


def _by_strip(
    groups: Iterable[tuple[tuple[str, frozenset[str]], ...]],
) -> tuple[tuple[str, frozenset[str]], ...]:
    """The (characters stripped, words) pairs of ``groups``, one per characters stripped."""
    merged: dict[str, set[str]] = {}
    for group in groups:
        for strip, words in group:
            merged.setdefault(strip, set()).update(words)
    return tuple((strip, frozenset(words)) for strip, words in sorted(merged.items()))


def _trigger_of(fn: Callable[..., object], conv: Conventions) -> str | None:
    make = _TRIGGERS.get(fn)
    if make is not None:
        return make(conv)
    if isinstance(fn, DataInsideRule):
        return fn.trigger()
    return None


def _dispatch(ruler: Ruler[InsideRule], conv: Conventions) -> _Dispatch:
    """The dispatch of the active rules of ``ruler`` (cached until the chain changes)."""
    active = ruler.active()
    cached = _DISPATCH.get(id(ruler))
    if cached is not None and cached.ruler is ruler and cached.active is active and cached.conv is conv:
        return cached
    if len(_DISPATCH) >= _DISPATCH_LIMIT:
        _DISPATCH.clear()
    # (the entry holds the chain, so its id is not reused while the entry lives)
    dispatch = _DISPATCH[id(ruler)] = _Dispatch(active, conv)
    dispatch.ruler = ruler
    return dispatch


_DISPATCH: dict[int, _Dispatch] = {}
_DISPATCH_LIMIT = 64
