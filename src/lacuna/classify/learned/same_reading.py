"""One document, one reading of the same bracket (issue 13): the second look's last step.

A translator is consistent within a document: the same bracket text is the same kind of thing
each time (``Filippov [Stalin]`` five times, ``Pak [Pak Seong-cheol]``). A span only a weak rule
decided — the rule ``learned``, or the fallback ``default: words without a cue`` — takes the
category the *hand* rules gave every other span of the document with the same inside (folded:
case, quotes and spaces do not matter), and says so in ``because`` (``same_reading: the same
'[Stalin]' is read as gloss by rule same_name at line 3``).

Two passes, linear and order-free: one counts the hand readings per inside, one applies them.
Never evidence: a reading of the learned rules (no feedback: a span's own or another learned
reading never makes a reading), double brackets (they repeat their inner span), an inside the
hand rules read two ways in the document (no convention), and an inside without a word of its
own — figures (``[1]``), marks (``[?]``), function words and pronouns (``[the]``, ``[and]``,
``[him]``) are supplied in one place and something else in another by rights. Only the
categories the learned rule chooses between are carried (gloss, supplied, editor's note), and a
gloss only onto a span whose words before are the words another span of the key glosses,
folded, or the same name spelt another way (``Emperor Ch'ien-Lung [Qianlong]`` … ``Ch'ien
Long [Qianlong]``; ``KOKUTAI [NATIONAL ESSENCE]`` … ``Kokutai [National Essence]``): a surname
supplied after a first name (``Howard [Baker]``) is no gloss for a gloss after a title
elsewhere (``the Senator [Baker]``).
"""

from __future__ import annotations

from itertools import pairwise

import regex

from lacuna.classify.name_compare import same_name
from lacuna.conventions import Conventions, fold

#: How the reading this step makes begins (its rule's name).
SAME_READING = "same_reading: "
#: How the weak readings begin: the learned rule's, and the fallback of words without a cue
#: (the latter also after the rule that falls back to it: ``no_words: default: …``).
#: ``completes_name`` goes by position alone (a name after a capitalised word: supplied), no cue.
WEAK_PREFIXES = ("learned: ", "completes_name: ")
DEFAULT_READING = "default: words without a cue"
#: The readings never counted as evidence (the learned rules'; double brackets repeat their
#: inner span's reading).
NOT_EVIDENCE = ("learned: ", "learned_note: ", "double brackets around: ", SAME_READING)
#: The categories carried (those the learned rule chooses between).
CARRIED = frozenset({"gloss", "supplied", "editor_note"})

_WORD = regex.compile(r"\p{L}{3,}")


def weak(because: str) -> bool:
    """Whether a reading is a weak rule's: the learned rule's or the fallback's."""
    return because.startswith(WEAK_PREFIXES) or DEFAULT_READING in because


def evidence(category: str, because: str) -> bool:
    """Whether a reading is a hand rule's reading of a carried category."""
    return category in CARRIED and not because.startswith(NOT_EVIDENCE) and not weak(because)


def key(inside: str, conv: Conventions) -> str | None:
    """The key of a span's inside: its folded text, spaces joined; None when it holds no word of
    its own (three letters or more, neither a function word nor a pronoun)."""
    folded = " ".join(fold(inside).split())
    function, pronouns = conv.function_words, conv.pronouns
    for word in _WORD.findall(folded):
        if word not in function and word not in pronouns:
            return folded
    return None


#: A word before a span (letters or figures, with inner apostrophes, hyphens, dots).
_BEFORE = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]{0,40}[\p{L}\p{N}])?")
#: What may stand between the glossed words and the span (spaces, a quote, a comma).
_BETWEEN = regex.compile(r"[\s\"'“”’,]{0,3}")
#: What parts the words of a name (spaces, hyphens).
_PARTS = regex.compile(r"[\s\-‐]+")
#: The fewest letters of a last word compared alone.
_FEWEST = 4
#: The most words a carried gloss glosses.
_MOST_WORDS = 3


def runs_before(text: str, start: int) -> list[tuple[int, int]]:
    """The runs of words right before the span at ``start``, the last word first, then the
    last two …, up to :data:`_MOST_WORDS` (none across punctuation or a line break): their
    offsets."""
    lo = max(0, start - 160)
    words = list(_BEFORE.finditer(text, lo, start))[-_MOST_WORDS:]
    if not words or _BETWEEN.fullmatch(text, words[-1].end(), start) is None:
        return []
    runs = []
    for n in range(1, len(words) + 1):
        run = words[-n:]
        if any(text[a.end() : b.start()].strip() for a, b in pairwise(run)):
            break  # (punctuation or a line break between: the words stop there)
        runs.append((run[0].start(), run[-1].end()))
    return runs


def glossed_before(text: str, start: int, others: list[list[str]]) -> tuple[int, int, int] | None:
    """Where the words right before the span at ``start`` are the words right before another
    gloss of the same inside (``others``: each one's :func:`runs_before`, as text), folded or
    the same name spelt another way: their offsets, up to :data:`_MOST_WORDS` words, and which
    of ``others`` they match; None when none. The words before, not the glossed words the
    full parse reads, so the categories-only parse reads alike."""
    for n, (first, last) in enumerate(runs_before(text, start), 1):
        candidate = text[first:last]
        for which, runs in enumerate(others):
            for m, other in enumerate(runs, 1):
                # the whole words, or their last words (``Ch'ien Long`` after ``WriterCh'ien``, a
                # label glued to it, for ``Ch'ien-Lung``)
                ends_alike = [_PARTS.split(other)[-1], _PARTS.split(candidate)[-1]]
                if (
                    fold(candidate) == fold(other)
                    or same_name(candidate.split(), other.split())
                    or (
                        n == m == 1
                        and min(map(len, ends_alike)) >= _FEWEST
                        and same_name(*([w] for w in ends_alike))
                    )
                ):
                    return first, last, which
    return None
