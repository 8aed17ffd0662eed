"""The inside chain: what an inside says before its context is read (:data:`INSIDE_RULES`,
an ordered list of small named rules, cached per inside and conventions table).

The package's modules, one per job: :mod:`~lacuna.classify.inside.text` (:class:`Inside`, an
inside as the rules read it, and the default reading), :mod:`~lacuna.classify.inside.rules`
(the small rules), :mod:`~lacuna.classify.inside.triggers` (what each rule needs in an inside
of words alone), :mod:`~lacuna.classify.inside.dispatch` (the rules that may answer such an
inside), :mod:`~lacuna.classify.inside.data` (rules written as data, ``[[rules.inside]]``) and
:mod:`~lacuna.classify.inside.chain` (:data:`INSIDE_RULES` and :func:`read_inside` with its
caches)."""

from __future__ import annotations

# (the names other modules, bench/ and the tests import from the package, private ones too)
from lacuna.classify.inside.chain import _READINGS, INSIDE_RULES, read_inside  # noqa: F401
from lacuna.classify.inside.data import DataInsideRule, _inside_data_rule  # noqa: F401
from lacuna.classify.inside.text import _DEFAULT, _DEFAULT_BECAUSE, Inside, InsideRule  # noqa: F401
from lacuna.classify.inside.triggers import Trigger  # noqa: F401

__all__ = ["INSIDE_RULES", "DataInsideRule", "Inside", "InsideRule", "read_inside"]
