"""Ordered lists of named rules, in the style of markdown-it's ``Ruler``.

The classifier is two chains of small rule functions (:mod:`lacuna.classify.inside` reads an
inside, :mod:`lacuna.classify.context` reads its neighbourhood); the first rule that gives an answer
decides, and its name leads the ``because`` of the reading. A :class:`Ruler` holds a chain in
one place: rules can be switched off, added before or after a named rule, or replaced, and
the conventions file does the same with data (``[rules] disable = [...]`` and
``[[rules.inside]]`` / ``[[rules.context]]`` tables, see docs/markup.md).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

from lacuna.errors import LacunaError

__all__ = ["Rule", "Ruler"]

F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True, slots=True)
class Rule(Generic[F]):
    """One named rule: ``fn`` answers, or returns None to pass to the next rule."""

    name: str
    fn: F
    enabled: bool = True

    @property
    def doc(self) -> str:
        """The first line of the rule's docstring (what it decides)."""
        text = docstring(self.fn).strip()
        return text.splitlines()[0] if text else ""


def docstring(fn: object) -> str:
    """The docstring of the function ``fn`` (or of the class of a callable instance, as a data
    rule): its ``__doc__``, or, for a function or class compiled by mypyc (which keeps none:
    docs/design.md, "Compiled hot modules"), the docstring its source holds (the ``.py`` beside
    the compiled module, read once per module); "" if none."""
    doc = getattr(fn, "__doc__", None)
    if doc:
        return doc
    # (an instance has no qualified name of its own: its class's docstring is its)
    owner = fn if hasattr(fn, "__qualname__") else type(fn)
    module = sys.modules.get(getattr(owner, "__module__", None) or "")
    qualname = getattr(owner, "__qualname__", None)
    origin = getattr(module, "__file__", None)
    if not qualname or not origin or origin.endswith(".py"):
        return ""
    name = module.__name__.rpartition(".")[2]
    return _source_docstrings(str(Path(origin).with_name(name + ".py"))).get(qualname, "")


@cache
def _source_docstrings(path: str) -> dict[str, str]:
    """The docstrings of the functions and classes defined in the source ``path``, by qualified
    name (none if it cannot be read)."""
    try:
        tree = ast.parse(Path(path).read_bytes(), path)
    except (OSError, SyntaxError, ValueError):
        return {}
    found: dict[str, str] = {}

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                qualname = prefix + node.name
                doc = ast.get_docstring(node, clean=False)
                if doc:
                    found[qualname] = doc
                inner = ".<locals>." if not isinstance(node, ast.ClassDef) else "."
                visit(node.body, qualname + inner)

    visit(tree.body, "")
    return found


class Ruler(Generic[F]):
    """An ordered chain of named rules (names are unique)."""

    def __init__(self, rules: Iterable[tuple[str, F]] = ()) -> None:
        self._rules: list[Rule[F]] = []
        self._active: tuple[Rule[F], ...] | None = None
        for name, fn in rules:
            self.push(name, fn)

    def copy(self) -> Ruler[F]:
        """An independent copy (the rules themselves are shared: they are immutable)."""
        out: Ruler[F] = Ruler()
        out._rules = list(self._rules)
        return out

    # -- reading ---------------------------------------------------------------------

    @property
    def rules(self) -> tuple[Rule[F], ...]:
        """All rules in order, switched off ones included."""
        return tuple(self._rules)

    def names(self) -> list[str]:
        """The names of all rules, in order."""
        return [r.name for r in self._rules]

    def active(self) -> tuple[Rule[F], ...]:
        """The rules switched on, in order (cached until the chain changes)."""
        if self._active is None:
            self._active = tuple(r for r in self._rules if r.enabled)
        return self._active

    def _index(self, name: str) -> int:
        for i, rule in enumerate(self._rules):
            if rule.name == name:
                return i
        raise LacunaError(f"no rule named {name!r} (rules: {', '.join(self.names())})")

    # -- changing --------------------------------------------------------------------

    def _insert(self, i: int, name: str, fn: F) -> None:
        if any(r.name == name for r in self._rules):
            raise LacunaError(f"a rule named {name!r} is already in the chain")
        self._rules.insert(i, Rule(name, fn))
        self._active = None

    def push(self, name: str, fn: F) -> None:
        """Add a rule at the end."""
        self._insert(len(self._rules), name, fn)

    def before(self, anchor: str, name: str, fn: F) -> None:
        """Add a rule just before the rule ``anchor``."""
        self._insert(self._index(anchor), name, fn)

    def after(self, anchor: str, name: str, fn: F) -> None:
        """Add a rule just after the rule ``anchor``."""
        self._insert(self._index(anchor) + 1, name, fn)

    def at(self, name: str, fn: F) -> None:
        """Replace the function of the rule ``name``."""
        i = self._index(name)
        self._rules[i] = Rule(name, fn, self._rules[i].enabled)
        self._active = None

    def disable(self, names: str | Iterable[str]) -> None:
        """Switch rules off by name."""
        self._switch([names] if isinstance(names, str) else list(names), False)

    def enable(self, names: str | Iterable[str]) -> None:
        """Switch rules on by name."""
        self._switch([names] if isinstance(names, str) else list(names), True)

    def _switch(self, names: list[str], on: bool) -> None:
        for name in names:
            i = self._index(name)
            rule = self._rules[i]
            self._rules[i] = Rule(rule.name, rule.fn, on)
        self._active = None
