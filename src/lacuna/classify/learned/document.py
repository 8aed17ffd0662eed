"""A document's own convention as evidence for the learned rule (issue 13): a second look.

A translator is consistent within a document. When a bracket's inside and words give no cue
(the rule ``learned`` decides it), the other brackets of the same document that the hand rules
read are evidence of the translator's convention: a page whose other brackets are glosses
(names identified, translations) likely glosses here too, a page whose brackets supply missing
words likely supplies. Rules tuned on some hosts transfer badly to others; this evidence adapts
to an unseen host by itself.

The parser reads every span first, as ever; then (:func:`lacuna.parse`'s second look) it
counts the spans the *hand* rules read as ``gloss``, ``supplied`` and ``editor_note`` — never
a reading of the learned rules (``learned``, ``learned_note``), so a span's own reading never
counts and no reading feeds on the model's — and reads each span the rule ``learned`` decided
again with those counts as features, bucketed (1, 2–3, 4+; none is no feature), named so
``because`` shows them (``2–3 other glosses in the document +0.6``). Linear in the document,
deterministic, and the same whatever order the spans come in: the counts are the whole
document's. A document with no other hand-read span reads as before.

The trainer (``bench/train_classifier.py``) gives each example the same features, counted on
the excerpt it comes from (with the learned rules switched off, less the example's own reading).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: The categories whose hand-read spans are counted, and how a count of them is named.
COUNTED = {"gloss": ("gloss", "glosses"), "supplied": ("supplied span", "supplied spans"),
           "editor_note": ("editor's note", "editor's notes")}  # fmt: skip
#: How the readings of the learned rules begin (not counted: no feedback loop).
LEARNED_PREFIXES = ("learned: ", "learned_note: ")
#: How the reading of the rule the second look reads again begins.
LEARNED = "learned: "
#: How the reading of double brackets begins (they repeat their inner span's reading: not
#: counted twice).
_DOUBLE = "double brackets around: "

#: The document features of the span being read again (empty: none, the first reading).
_DOCUMENT: ContextVar[tuple[str, ...]] = ContextVar("lacuna_document_features", default=())


def bucket(n: int) -> str | None:
    """The bucket of a count: None for 0, ``1``, ``2–3``, ``4+``."""
    if n <= 0:
        return None
    if n == 1:
        return "1"
    return "2–3" if n <= 3 else "4+"


def feature(category: str, n: int) -> str | None:
    """The feature of ``n`` other spans read by hand rules as ``category`` (None for none)."""
    b = bucket(n)
    if b is None:
        return None
    one, many = COUNTED[category]
    return f"{b} other {one if n == 1 else many} in the document"


def document_features(counts: dict[str, int]) -> tuple[str, ...]:
    """The features of the counts of hand-read spans per category (in a fixed order)."""
    out = []
    for category in COUNTED:
        f = feature(category, counts.get(category, 0))
        if f is not None:
            out.append(f)
    return tuple(out)


def counted(category: str, because: str) -> bool:
    """Whether a reading counts as a hand rule's reading of a counted category."""
    return (
        category in COUNTED and not because.startswith(LEARNED_PREFIXES) and not because.startswith(_DOUBLE)
    )


def hand_counts(readings: Iterable[tuple[str, str]]) -> dict[str, int]:
    """The counts per category of the (category, because) readings by hand rules."""
    counts: dict[str, int] = {}
    for category, because in readings:
        if counted(category, because):
            counts[category] = counts.get(category, 0) + 1
    return counts


def current() -> tuple[str, ...]:
    """The document features of the span being read again (none on a first reading)."""
    return _DOCUMENT.get()


@contextmanager
def reading_with(features: tuple[str, ...]) -> Iterator[None]:
    """Within the block, the rule ``learned`` adds ``features`` to a window's features."""
    token = _DOCUMENT.set(features)
    try:
        yield
    finally:
        _DOCUMENT.reset(token)
