"""A feature of the learned rule that pairs a one-word inside with the word before it by the
kind their endings tell (``[learned] kinds``): a word of the same kind in the same slot
restates the word before it (a synonym, a translation, a spelling set right), while a word the
sentence lacks is mostly of another kind than its neighbour (``informed [us]``, ``other
[delegates]``). The endings are a language's grammar, not a site's house style, so the feature
carries to pages of sites the training pages do not hold."""

from __future__ import annotations

from functools import lru_cache

from lacuna.conventions import Conventions, fold

#: The feature's name.
SAME_KIND = "one word inside of the kind of the word before"


@lru_cache(maxsize=16)
def _kinds(conv: Conventions) -> tuple[int, tuple[tuple[str, str], ...]]:
    """``[learned] kinds``: the fewest letters of a word judged, and the (ending, kind) pairs,
    longest ending first."""
    table = conv.section("learned").get("kinds") or {}
    pairs = [
        (fold(str(ending)), str(kind))
        for kind, endings in table.items()
        if kind != "kind_letters" and isinstance(endings, list)
        for ending in endings
    ]
    return int(table.get("kind_letters", 4)), tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


def kind_of(word: str, conv: Conventions) -> str | None:
    """The kind of a folded lower-case word told by its ending (``[learned] kinds``), None for
    a short word or one of no listed ending. A plural (``-s``, not ``-ss``, ``-us``, ``-is``)
    is read as ``plural`` when its singular has no listed ending of its own."""
    fewest, pairs = _kinds(conv)
    if len(word) < fewest or not word.isalpha():
        return None
    for ending, kind in pairs:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return kind
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return "plural"
    return None


def same_kind(near: str, inside: str, conv: Conventions) -> bool:
    """Whether a one-word lower-case inside and the lower-case content word before it are of
    one kind by their endings (``this process publicly [openly]``, ``comrade Kim conceived
    [planned]``, ``the volosts [regions]``)."""
    kind = kind_of(inside, conv)
    return kind is not None and kind == kind_of(near, conv)
