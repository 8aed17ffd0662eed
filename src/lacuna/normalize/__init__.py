"""Normalisation for comparison and search, with an exact map back to the original offsets.

>>> import lacuna
>>> n = lacuna.normalize("Cde. Filipov [Stalin] arrived in Urumchi on 12 [January] 1947.")
>>> n.text
'comrade filippov arrived in urumqi on 1947-01-12.'
>>> start = n.text.index("urumqi")
>>> s, e = n.to_original_span(start, start + len("urumqi"))
>>> n.original[s:e]
'Urumchi'
>>> i = n.original.index("12 [January] 1947")
>>> s, e = n.from_original_span(i, i + len("12 [January] 1947"))
>>> n.text[s:e]
'1947-01-12'

The steps, each optional (:data:`STEPS`, in the order they run whatever order they are
given in; docs/normalize.md says what each does):

``brackets``  the clean reading text of the markup (supplied words kept, notes dropped, ...)
``nfc``       Unicode canonical composition
``nfkc``      Unicode compatibility composition
``quotes``    curly and angle quotes and apostrophes → ``'`` ``"``
``dashes``    hyphens, dashes, minus signs → ``-``
``whitespace`` runs of white space → one space or line break
``transliteration`` variant spellings → canonical (a data file you can extend)
``dates``     dates → ISO 8601 with the precision that is known
``casefold``  full Unicode case folding
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from lacuna.ast import Document
from lacuna.conventions import Conventions
from lacuna.editorial import collector_paused
from lacuna.errors import LacunaError
from lacuna.normalize.offsets import OffsetMap
from lacuna.normalize.romanization import fold_words, name_key, name_score, name_spans, same_name
from lacuna.normalize.steps import STEP_FUNCTIONS, Options, alphabet_of
from lacuna.normalize.transliteration import Transliteration
from lacuna.render.clean import DEFAULT_GAP_MARK

__all__ = [
    "DEFAULT_STEPS",
    "STEPS",
    "Normalized",
    "OffsetMap",
    "Transliteration",
    "fold_words",
    "name_key",
    "name_score",
    "name_spans",
    "normalize",
    "parse_steps",
    "same_name",
]

#: Every step, in the order they are applied.
STEPS: tuple[str, ...] = tuple(STEP_FUNCTIONS)

#: The steps :func:`normalize` applies when none are named (all but ``nfkc``).
DEFAULT_STEPS: tuple[str, ...] = tuple(s for s in STEPS if s != "nfkc")


@dataclass(frozen=True, slots=True, eq=False)
class Normalized:
    """A normalised text with the map between its offsets and the original's.

    Offsets are code-point offsets, end exclusive, valid from 0 to the length inclusive.
    A position maps to where its character came from; a span maps to the smallest span that
    covers everything it came from (see :class:`~lacuna.normalize.offsets.OffsetMap`).
    """

    original: str
    text: str
    steps: tuple[str, ...]
    offsets: OffsetMap

    def to_original(self, i: int) -> int:
        """The original offset of normalised offset ``i``."""
        return self.offsets.to_source(i)

    def to_original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that the normalised span ``[start, end)`` came from."""
        return self.offsets.to_source_span(start, end)

    def from_original(self, i: int) -> int:
        """The normalised offset of original offset ``i``."""
        return self.offsets.from_source(i)

    def from_original_span(self, start: int, end: int) -> tuple[int, int]:
        """The normalised span that the original span ``[start, end)`` became."""
        return self.offsets.from_source_span(start, end)

    def original_text(self, start: int, end: int) -> str:
        """The original text that the normalised span ``[start, end)`` came from."""
        s, e = self.to_original_span(start, end)
        return self.original[s:e]

    def changes(self) -> list[tuple[int, int, int, int]]:
        """Each changed place as ``(original_start, original_end, start, end)``, in order.

        Between them the texts correspond character for character.
        """
        return list(self.offsets.blocks())

    def to_dict(self) -> dict[str, object]:
        """The text, the steps and the changed places, for JSON."""
        return {
            "steps": list(self.steps),
            "text": self.text,
            "original_length": len(self.original),
            "changes": [
                {
                    "original": [a0, a1],
                    "normalized": [b0, b1],
                    "from": self.original[a0:a1],
                    "to": self.text[b0:b1],
                }
                for a0, a1, b0, b1 in self.offsets.blocks()
            ],
        }

    def __repr__(self) -> str:
        return f"Normalized(steps={self.steps!r}, {len(self.original)} -> {len(self.text)} chars)"


def parse_steps(steps: str | Iterable[str] | None) -> tuple[str, ...]:
    """The named steps in the order they run (``"nfc,casefold"`` or a list; None: the default)."""
    if steps is None:
        return DEFAULT_STEPS
    names = [s.strip() for s in steps.split(",")] if isinstance(steps, str) else [str(s) for s in steps]
    names = [s for s in names if s]
    if "all" in names:
        names = [s for s in names if s != "all"] + list(DEFAULT_STEPS)
    unknown = sorted(set(names) - set(STEPS))
    if unknown:
        raise LacunaError(f"unknown normalisation step(s): {', '.join(unknown)} (known: {', '.join(STEPS)})")
    chosen = set(names)
    return tuple(s for s in STEPS if s in chosen)


def normalize(
    source: str | Document,
    steps: str | Iterable[str] | None = None,
    *,
    transliteration: Transliteration | str | Path | Mapping[str, Mapping[str, list[str]]] | None = None,
    gap_mark: str = DEFAULT_GAP_MARK,
    bracket_rules: Mapping[str, str] | None = None,
    conventions: Conventions | None = None,
) -> Normalized:
    """Normalise a text or a parsed document, keeping the map to its original offsets.

    ``steps`` names the steps (default :data:`DEFAULT_STEPS`); they run in :data:`STEPS`
    order. ``transliteration`` is a table, or a TOML file or mapping merged over the shipped
    one. ``gap_mark`` and ``bracket_rules`` are those of :func:`lacuna.render.clean`;
    ``conventions`` is used to parse a string for the ``brackets`` step.
    """
    if isinstance(source, Document):
        original, document = source.text, source
    elif isinstance(source, str):
        original, document = source, None
    else:
        raise TypeError(f"normalize() takes a str or a Document, not {type(source).__name__}")
    if transliteration is not None and not isinstance(transliteration, Transliteration):
        transliteration = Transliteration.default().extend(transliteration)
    chosen = parse_steps(steps)
    options = Options(
        gap_mark=gap_mark,
        bracket_rules=dict(bracket_rules or {}),
        transliteration=transliteration,
        conventions=conventions,
        document=document,
        alphabet=alphabet_of(original),  # found once; the steps keep it up to date
    )
    # One pass: the result of ``brackets`` holds no bracket that a new parse would read other
    # than as the gap mark it is (see steps.NEUTRAL_BRACKETS), and each other step leaves its
    # own result as it is, so normalising the result again changes nothing.
    text, offsets = _run(original, chosen, options)
    return Normalized(original, text, chosen, offsets)


def _run(text: str, chosen: tuple[str, ...], options: Options) -> tuple[str, OffsetMap]:
    """The chosen steps over ``text``: the result and its map to ``text``.

    The steps make tuples and lists per changed place, with no cycles (reference counting
    frees them): the cyclic collector is paused meanwhile, or their count sets off full
    collections, each a walk over every object alive (the parse's and the steps' caches):
    a fifth of the time of the default steps on the 10 MB text of bench/normalize.py.
    """
    offsets = OffsetMap.identity(len(text))
    with collector_paused():
        for name in chosen:
            new, blocks = STEP_FUNCTIONS[name](text, options)
            if len(blocks):
                offsets = offsets.then(OffsetMap(len(text), len(new), blocks))
            text = new
    return text, offsets
