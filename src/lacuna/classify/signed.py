"""A note signed by its translator at its end (``[Note: … not legible—Trans.]``): the rule
``translator_signed`` of the inside chain, its signatures as data (``notes.translator_signed``)."""

from __future__ import annotations

from functools import lru_cache

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.inside.text import Inside
from lacuna.classify.learned.inside_features import _clause_words
from lacuna.conventions import Conventions, fold

#: The fewest words before the signature: a sentence of the translator's, not a word's short
#: gloss signed the same way (``[Manual laborers - TR]``).
_SIGNED_NOTE_WORDS = 6
_WORD = regex.compile(r"[\w']+")
#: A capital first (a name of the original's: ``[Doroga na eshafot, called …]``).
_CAPITAL_FIRST = regex.compile(r"[*\s]*\p{Lu}")


def _signatures(conv: Conventions) -> tuple[str, ...]:
    """The translator's signatures (folded) that end a note after a dash."""
    return tuple(fold(str(w)) for w in conv.section("notes", "translator_signed").get("signatures", ()))


@lru_cache(maxsize=16)
def _signed_pattern(conv: Conventions) -> regex.Pattern[str]:
    words = sorted(_signatures(conv), key=len, reverse=True)
    alternatives = "|".join(map(regex.escape, words)) or "(?!)"
    # a dash (one or two), the signature, the inside's end
    return regex.compile(r"(?<=\S)\s?(?:--|[-—–])\s?(?:" + alternatives + r")\.?\Z")


def _translator_signed(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A note signed by the translator at its end after a dash, of :data:`_SIGNED_NOTE_WORDS`
    words or more, that says something: a clause's word (``learned.clause_words``: ``is``,
    ``was``, ``has`` …) or a label before a colon (marxists.org's translations of Lenin: ``[Note:
    In the top right corner of the document there is a three-word hand-written note that is not
    legible—Trans.]``): the translator's note, whatever label opens it (``—Ed.`` signs the
    editor's). So is a note without a verb that opens with a capital and the original's name of
    the English title before it, words outside the English lexicon up to a comma, then says
    more about it (Liv Bliss's translation of Frumkina's memoir: ``Road to the Scaffold [Doroga na
    eshafot, called The Heart of a Queen in the United States – Trans.]``): the signature says
    whose note it is (the signature's own full stop is no sentence's). A signed gloss names in
    English without a verb, capitalised or not (``the obrok [quitrent, tax in kind, formerly paid
    to landowners - FK]``, ``the kolkhoz [Collective farm, a Soviet agricultural cooperative
    enterprise—Trans.]``): a gloss by its content."""
    found = _signed_pattern(conv).search(x.folded)
    if found is None:
        return None
    words = _WORD.findall(x.folded[: found.start()])
    if len(words) < _SIGNED_NOTE_WORDS:
        return None
    said = ":" in x.folded[: found.start()] or not _clause_words(conv)[0].isdisjoint(words)
    if not (said or _original_named(x, found.start(), conv)):
        return None
    return SpanInfo(
        "translator_note", because=f"translator_signed: signed by the translator ({found.group().strip()!r})"
    )


def _original_named(x: Inside, end: int, conv: Conventions) -> bool:
    """Whether the inside (before the signature at ``end``) opens with a capital and a name in
    the original's language up to a comma, more words after it: most of its words outside the
    English lexicon (``Doroga na eshafot, called …``, ``Le mure di Malapaga, a 1949 …``; not
    ``Collective farm, a Soviet …`` nor ``The main Communist Party newspaper …``)."""
    if _CAPITAL_FIRST.match(x.stripped) is None:
        return False
    head, comma, _ = x.folded[:end].partition(",")
    words = _WORD.findall(head)
    if not comma or not words:
        return False
    return 2 * sum(1 for w in words if not conv.is_english(w)) > len(words)


def signed_suffixes(conv: Conventions) -> tuple[str, ...]:
    """What the folded inside of a signed note ends with (the dispatch's trigger): each
    signature, and with a full stop after it."""
    return tuple({s for w in _signatures(conv) for s in (w, w.rstrip(".") + ".")})
