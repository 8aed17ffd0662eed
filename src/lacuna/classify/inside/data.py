"""Inside rules written as data (``[[rules.inside]]`` in the conventions file):
:class:`DataInsideRule`, a pattern, a vocabulary or guards and the reading they give."""

from __future__ import annotations

from collections.abc import Callable

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.gaps import _DIGITS, _quantity
from lacuna.classify.inside.text import Inside
from lacuna.classify.inside.triggers import Trigger
from lacuna.conventions import Conventions, expand_placeholders, fold
from lacuna.dates import parse_date

#: What a placeholder's match must also be (:data:`lacuna.conventions.PLACEHOLDERS`): a date
#: lacuna.dates reads as one (a day the month has).
_CHECKED: dict[str, Callable[[str], bool]] = {"date": lambda text: parse_date(text) is not None}

#: The fields a data rule may set (from its spec or from a named group of its pattern).
_DATA_FIELDS = ("extent", "quantity", "unit", "reason", "conjecture", "cert", "label", "correction", "number")


class DataInsideRule:
    """An inside rule written as data (``[[rules.inside]]`` in the conventions file): the
    stripped inside matches ``match`` whole, or holds a match of ``search`` (case-insensitive),
    or is one of ``words`` (a vocabulary, spaces as any white space); the reading is ``category``,
    with the fields the spec sets and those the pattern's named groups capture
    (``(?P<number>…)``, ``(?P<conjecture>…)``, …)."""

    __slots__ = (
        "category",
        "checked",
        "contains",
        "fields",
        "find",
        "length_of",
        "min_words",
        "name",
        "non_ascii",
        "pattern",
        "starts",
        "vocabulary",
        "why",
    )

    def __init__(self, spec: dict[str, object]) -> None:
        self.name = str(spec["name"])
        self.category = str(spec["category"])
        searched = "search" in spec
        words = spec.get("words") or ()
        self.vocabulary = frozenset(
            " ".join(fold(str(w)).split()) for w in ([words] if isinstance(words, str) else words)
        )  # type: ignore[attr-defined]
        if self.vocabulary and "match" not in spec and not searched:
            pattern = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in sorted(self.vocabulary))
        else:
            pattern = expand_placeholders(str(spec["search" if searched else "match"]), named=True)
        self.pattern = regex.compile(pattern, regex.IGNORECASE)
        #: the placeholders the pattern asks for whose match lacuna checks (``{date}``)
        self.checked = tuple(name for name in _CHECKED if f"(?P<{name}>" in pattern)
        self.find = self.pattern.search if searched else self.pattern.fullmatch
        self.fields = {k: spec[k] for k in _DATA_FIELDS if k in spec}
        self.why = str(spec.get("because", "data rule"))
        #: ``quantity_length``: the quantity is the length in characters of that named group's
        #: match (the run of x's of ``[xxxxxx]``), white space at its ends aside
        self.length_of = str(spec["quantity_length"]) if "quantity_length" in spec else None
        # cheap guards before the pattern: prefixes and a substring of the folded inside
        self.starts = tuple(fold(str(s)) for s in spec.get("starts", ()))  # type: ignore[attr-defined]
        # a substring, or a list of substrings one of which the folded inside must hold
        contains = spec.get("contains") or ()
        self.contains = tuple(fold(str(c)) for c in ([contains] if isinstance(contains, str) else contains))  # type: ignore[attr-defined]
        self.non_ascii = bool(spec.get("non_ascii", False))
        self.min_words = int(spec.get("min_words", 0))  # type: ignore[call-overload]

    def trigger(self) -> Trigger | None:
        """What an answer needs in the folded inside (see :class:`Trigger`): a prefix or the
        substring its guards ask for, or a character outside ASCII; None: no guard."""
        if self.vocabulary:
            return Trigger(phrases=self.vocabulary)
        if self.starts:
            return Trigger(prefixes=self.starts)
        if self.contains:
            return Trigger(substrings=self.contains)
        if self.non_ascii:
            return Trigger(non_ascii=True)
        return None

    def _listed(self, folded: str, words: list[str]) -> bool:
        """Whether the (folded, stripped) inside of ``words`` is one of the vocabulary."""
        return " ".join(words) in self.vocabulary

    def __call__(self, x: Inside, conv: Conventions) -> SpanInfo | None:
        folded = x.folded
        if self.vocabulary and not self._listed(folded, folded.split()):
            return None
        if self.starts and not folded.startswith(self.starts):
            return None
        if self.contains:
            for c in self.contains:
                if c in folded:
                    break
            else:
                return None
        if self.non_ascii and folded.isascii():
            return None
        if self.min_words > 1 and len(folded.split(None, self.min_words - 1)) < self.min_words:
            return None
        m = self.find(x.stripped)
        if m is None:
            return None
        for name in self.checked:
            if not all(_CHECKED[name](text) for text in m.captures(name)):
                return None  # (a day the month does not have: "31.02.1947")
        fields: dict[str, object] = dict(self.fields)
        for key, value in m.groupdict().items():
            if value is not None and key in _DATA_FIELDS:
                fields[key] = value.strip()
        if self.length_of is not None and m.group(self.length_of):
            fields["quantity"] = float(len(m.group(self.length_of).strip()))
        if "quantity" in fields:
            value = fields["quantity"]
            fields["quantity"] = _quantity(
                float(value) if isinstance(value, str) and _DIGITS.fullmatch(value) else value
            )
        return SpanInfo(self.category, because=f"{self.name}: {self.why}", **fields)  # type: ignore[arg-type]


def _inside_data_rule(spec: dict[str, object]) -> DataInsideRule:
    return DataInsideRule(spec)
