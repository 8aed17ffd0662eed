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
gloss only onto a span with a word before it to gloss.
"""

from __future__ import annotations

import regex

from lacuna.conventions import Conventions, fold

#: How the reading this step makes begins (its rule's name).
SAME_READING = "same_reading: "
#: How the weak readings begin: the learned rule's, and the fallback of words without a cue
#: (the latter also after the rule that falls back to it: ``no_words: default: …``).
WEAK_PREFIXES = ("learned: ",)
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
    return category in CARRIED and not because.startswith(NOT_EVIDENCE) and DEFAULT_READING not in because


def key(inside: str, conv: Conventions) -> str | None:
    """The key of a span's inside: its folded text, spaces joined; None when it holds no word of
    its own (three letters or more, neither a function word nor a pronoun)."""
    folded = " ".join(fold(inside).split())
    function, pronouns = conv.function_words, conv.pronouns
    for word in _WORD.findall(folded):
        if word not in function and word not in pronouns:
            return folded
    return None
