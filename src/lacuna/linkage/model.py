"""The linkage model as data, in the manner of splink: blocking rules, comparisons, levels, threshold.

- **blocking rules** (:class:`BlockingRule`) say which entries are compared at all;
- **comparisons** (:class:`Comparison`) name a method of :mod:`lacuna.linkage.methods` and map
  its value for a pair to a :class:`Level` with a weight (a log2 Bayes factor, splink's "match
  weight") or a veto;
- a pair is a match when no level vetoes it and the weights add up to ``threshold`` or more.

A level may carry splink's ``m`` and ``u`` probabilities (how often a true match and a random
pair land on it); a trained model (:func:`lacuna.linkage.train.train`) has them, and its weight
is ``log2(m / u)``. The hand-set default has weights only. :meth:`Model.to_json` and
:func:`Model.from_json` write and read the model as JSON (``lacuna listings --train/--model``).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from lacuna.errors import LacunaError

__all__ = [
    "DEFAULT_BLOCKING",
    "DEFAULT_COMPARISONS",
    "DEFAULT_MODEL",
    "BlockingRule",
    "Comparison",
    "Level",
    "Model",
]


@dataclass(frozen=True, slots=True)
class BlockingRule:
    """Entries sharing a key of this rule are compared.

    ``key`` names the key: ``title`` (the whole normalised title), ``title_but_one`` (the
    title without one of its words, for each word: one typo apart still shares a key),
    ``rare_tokens`` (each of the title's ``size`` rarest words that another title has too,
    rarity counted over the input),
    ``names`` (the names the title has: its capitalised words after the first, names in their
    canonical spelling, as a set: the correspondents, whatever words around them have typos),
    ``summary_halves`` (the first and the second half of the summary's words: a title with two
    typos, or cut off, still meets its document by a summary with a typo in one half),
    ``prefix`` (the first ``size`` characters), ``cut_prefix`` (a cut-off title's complete
    words, at least ``size`` of them; other titles get the same key for each such start they
    have, and only pairs with a cut-off title are compared), ``all`` (one block: with
    ``max_block=0`` a plain sorted neighbourhood). ``with_numbers`` adds the title's numbers
    to each key.

    A block of more than ``max_block`` entries is not compared all-pairs: its entries are sorted
    by ``order`` (``title``, ``reversed_title`` or ``summary``) and each is compared with the
    next ``window``.
    """

    name: str
    key: str
    size: int = 0
    with_numbers: bool = False
    max_block: int = 64
    window: int = 8
    order: str = "title"


@dataclass(frozen=True, slots=True)
class Level:
    """One outcome of a comparison: the value lies in ``[lo, hi]`` (either may be open).

    ``missing`` marks the level taken when a side has no value. ``weight`` is added to the
    pair's match weight; ``veto`` makes the pair a non-match whatever else agrees. ``m`` and
    ``u``, when known, are the probabilities that a matching and a random pair land here.
    """

    label: str
    weight: float
    lo: float | None = None
    hi: float | None = None
    missing: bool = False
    veto: bool = False
    m: float | None = None
    u: float | None = None

    def admits(self, value: float) -> bool:
        if math.isnan(value):
            return self.missing
        if self.missing:
            return False
        return (self.lo is None or value >= self.lo) and (self.hi is None or value <= self.hi)


@dataclass(frozen=True, slots=True)
class Comparison:
    """One field compared: ``method`` computes a value per pair; the first level admitting it counts.

    Methods:

    - ``ratio`` / ``token_set_ratio``: rapidfuzz on the normalised ``field``, 0-100, NaN when a
      side is missing; with ``prefix_if_truncated`` a cut-off title is compared with the other
      title's start;
    - ``substitutions``: how many words of one title stand replaced by other words in the
      other, typos aside (:func:`substitutions`);
    - ``coverage``: the share of the longer title a cut-off title shows, 1 when neither is cut;
    - ``ambiguity``: how many complete titles of the input a cut-off title could be
      (:func:`cut_ambiguity`), NaN when neither is cut off;
    - ``days``: days between the listed dates at the coarser of the two precisions;
    - ``numbers``: 1 when the titles' numbers and months agree, 0 when not, NaN when neither
      title has any;
    - ``same_page``: 1 when both entries are on one page.

    With ``tf_adjust`` (and ``u`` known on the first level), a pair on the first level has its
    weight lowered for a common value, splink's term-frequency adjustment: by
    ``log2(u / tf)`` where ``tf`` is the share of entries having the pair's value, when that is
    above ``u`` (``Memorandum of Conversation`` says less than a rare title).
    """

    name: str
    method: str
    field: str
    levels: tuple[Level, ...]
    prefix_if_truncated: bool = False
    description: str = ""
    tf_adjust: bool = False

    def level_of(self, value: float) -> int:
        for i, level in enumerate(self.levels):
            if level.admits(value):
                return i
        raise LacunaError(f"comparison {self.name}: no level admits {value}")


DEFAULT_BLOCKING: tuple[BlockingRule, ...] = (
    BlockingRule("same title", "title"),
    BlockingRule("title but one word", "title_but_one", max_block=16),
    BlockingRule("rare words + numbers", "rare_tokens", size=3, with_numbers=True, max_block=16),
    BlockingRule("start of a cut-off title", "cut_prefix", size=3, max_block=256),
    BlockingRule("neighbours by title", "all", max_block=0, window=4),
    BlockingRule("neighbours by title end", "all", max_block=0, window=4, order="reversed_title"),
    BlockingRule("same correspondents", "names", max_block=12, window=5),
    BlockingRule("neighbours by summary", "all", max_block=0, window=3, order="summary"),
    BlockingRule("half of the summary", "summary_halves", max_block=8, window=3),
)

DEFAULT_COMPARISONS: tuple[Comparison, ...] = (
    Comparison(
        "title",
        "ratio",
        "title",
        (
            Level("exact", 8.0, lo=100.0),
            Level("close", 6.0, lo=95.0),
            Level("similar", 1.5, lo=88.0),
            Level("different", -12.0),
        ),
        prefix_if_truncated=True,
        description="fuzz.ratio of the normalised titles (a cut-off title against the other's start)",
    ),
    Comparison(
        "words",
        "substitutions",
        "title",
        (
            Level("none replaced", 0.0, hi=0.0),
            Level("replaced", -8.0),
        ),
        description="words of one title replaced by other words in the other (Tito for Bierut), typos aside",
    ),
    Comparison(
        "cut",
        "coverage",
        "title",
        (
            Level("whole", 0.0, lo=1.0),
            Level("mostly", -2.0, lo=0.75),
            Level("part", -4.0),
        ),
        description="how much of the longer title a cut-off title shows (its length over the other's)",
    ),
    Comparison(
        "cut_ambiguity",
        "ambiguity",
        "title",
        (
            Level("not cut", 0.0, missing=True),
            Level("one document", 0.0, hi=1.0),
            Level("a few", -1.0, hi=5.0),
            Level("many", -2.0),
        ),
        description="how many complete titles in the input begin with a cut-off title's words",
    ),
    Comparison(
        "summary",
        "token_set_ratio",
        "summary",
        (
            Level("missing", 0.0, missing=True),
            Level("same", 4.0, lo=90.0),
            Level("similar", -2.0, lo=85.0),
            # a summary 70-85 alike: on the real labelled pages (bench/labels/listings/) and the
            # synthetic ones, no true duplicate; two cables of a series (one title, months apart)
            Level("loosely similar", -4.0, lo=70.0),
            Level("different", -8.0),
        ),
        description="fuzz.token_set_ratio of the normalised summaries",
    ),
    Comparison(
        "date",
        "days",
        "date",
        (
            Level("missing", 0.0, missing=True),
            Level("same", 1.0, hi=0.0),
            Level("within a month", 0.5, hi=31.0),
            Level("within a year", 0.0, hi=366.0),
            Level("further apart", -3.0),
        ),
        description="days between the listed dates (publication and document dates differ often)",
    ),
    Comparison(
        "numbers",
        "numbers",
        "title",
        (
            Level("none", 0.0, missing=True),
            Level("agree", 2.0, lo=1.0),
            Level("one typo", -1.0, lo=0.5),
            Level("numbers differ", 0.0, veto=True),
        ),
        description="the digit runs in the titles, as multisets (a cut-off title's: as a prefix); "
        "one number two digits swapped or one dropped is a typo, any other difference a veto",
    ),
    Comparison(
        "page",
        "same_page",
        "source",
        (Level("same page", 0.0, lo=1.0, veto=True), Level("other pages", 0.0)),
        description="two entries of one page are never one document",
    ),
)


@dataclass(frozen=True, slots=True)
class Model:
    """Blocking rules, comparisons, the match-weight threshold and the prior.

    ``prior`` is splink's lambda: the share of candidate pairs that match. It turns a pair's
    total weight into a match probability (:meth:`probability`); without one, the threshold
    stands for even odds (a pair at the threshold has probability 0.5).
    """

    blocking: tuple[BlockingRule, ...] = DEFAULT_BLOCKING
    comparisons: tuple[Comparison, ...] = DEFAULT_COMPARISONS
    threshold: float = 6.0
    prior: float | None = None

    def hopeless_levels(self) -> frozenset[int]:
        """Levels of the first comparison from which no pair reaches the threshold, even when
        every other comparison takes its best level; such pairs are not scored further."""
        first, rest = self.comparisons[0], self.comparisons[1:]
        best = sum(max(lev.weight for lev in c.levels if not lev.veto) for c in rest)
        return frozenset(
            i for i, lev in enumerate(first.levels) if not lev.veto and lev.weight + best < self.threshold
        )

    @property
    def prior_weight(self) -> float:
        """``log2(prior / (1 - prior))``; minus the threshold when no prior is set."""
        if self.prior is None:
            return -self.threshold
        return math.log2(self.prior / (1.0 - self.prior))

    def probability(self, weight: float) -> float:
        """Match probability of a pair whose comparisons add up to ``weight`` (0 when vetoed)."""
        if math.isinf(weight) and weight < 0:
            return 0.0
        total = weight + self.prior_weight
        return 1.0 / (1.0 + 2.0 ** (-total)) if total > -1000 else 0.0

    def with_threshold(self, threshold: float) -> Model:
        return replace(self, threshold=float(threshold))

    def comparison(self, name: str) -> Comparison:
        for c in self.comparisons:
            if c.name == name:
                return c
        raise LacunaError(f"the model has no comparison {name!r}")

    # ------------------------------------------------------------------ JSON

    def to_dict(self) -> dict[str, Any]:
        """The model as plain data (what :meth:`to_json` writes)."""

        def level(lev: Level) -> dict[str, Any]:
            d = {k: v for k, v in asdict(lev).items() if v is not None and v is not False}
            d.setdefault("weight", lev.weight)
            return d

        return {
            "format": "lacuna-linkage-model",
            "version": 1,
            "threshold": self.threshold,
            "prior": self.prior,
            "blocking": [asdict(r) for r in self.blocking],
            "comparisons": [
                {
                    **{k: v for k, v in asdict(c).items() if k != "levels"},
                    "levels": [level(lev) for lev in c.levels],
                }
                for c in self.comparisons
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_dict(cls, data: Any, origin: str = "model") -> Model:
        """A model from :meth:`to_dict`'s data; a clear error naming the field that is wrong."""
        if not isinstance(data, dict) or data.get("format") != "lacuna-linkage-model":
            raise LacunaError(f'{origin}: not a lacuna linkage model (no "format": "lacuna-linkage-model")')
        try:
            blocking = tuple(_build(BlockingRule, r, f"{origin}: blocking rule") for r in data["blocking"])
            comparisons = tuple(
                replace(
                    _build(Comparison, {**c, "levels": ()}, f"{origin}: comparison"),
                    levels=tuple(_build(Level, lev, f"{origin}: level") for lev in c["levels"]),
                )
                for c in data["comparisons"]
            )
            threshold = float(data["threshold"])
            prior = data.get("prior")
            prior = None if prior is None else float(prior)
        except (KeyError, TypeError, ValueError) as exc:
            raise LacunaError(f"{origin}: malformed model ({exc})") from None
        if prior is not None and not 0.0 < prior < 1.0:
            raise LacunaError(f"{origin}: prior must lie between 0 and 1, not {prior}")
        if not comparisons or not math.isfinite(threshold):
            raise LacunaError(f"{origin}: a model needs comparisons and a finite threshold")
        from lacuna.linkage.methods import METHODS

        for c in comparisons:
            if c.method not in METHODS:
                raise LacunaError(f"{origin}: comparison {c.name!r}: unknown method {c.method!r}")
            if not c.levels:
                raise LacunaError(f"{origin}: comparison {c.name!r} has no levels")
        return cls(blocking, comparisons, threshold, prior)

    @classmethod
    def from_json(cls, text: str, origin: str = "model") -> Model:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise LacunaError(f"{origin}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None
        return cls.from_dict(data, origin)

    @classmethod
    def load(cls, path: str | Path) -> Model:
        """A model from a JSON file written by :meth:`save` (``lacuna listings --train``)."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise LacunaError(f"{path}: cannot read the model ({exc.strerror})") from None
        return cls.from_json(text, str(path))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")


def _build(kind: type, data: Any, what: str) -> Any:
    if not isinstance(data, dict):
        raise LacunaError(f"{what}: expected an object, not {data!r}")
    names = {f.name for f in fields(kind)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise LacunaError(f"{what}: unknown field(s) {', '.join(unknown)}")
    try:
        return kind(**data)
    except TypeError as exc:
        raise LacunaError(f"{what}: {exc}") from None


DEFAULT_MODEL = Model()
