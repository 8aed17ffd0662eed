"""A feature of the learned rule's window that reads the sentence around a span: whether it reads
whole without the bracket. A gloss restates words the sentence already has, so the words on
either side join as the text stands (``Filippov [Stalin], who``, ``Bay Cuong [Pham Hung], and
Tuan``, ``Foreign Secretary [Anthony Eden, later 1st Lord Avon]; the Chief Whip``); supplied
words fill a slot the words around them leave open: after a word that needs what follows it
(a function word, a determiner, a pronoun: ``inform [me]``, ``the [regime]``) or before a word
that goes on with them (``[North] Korea``, ``a particular [Embassy] official``).

The feature is read from what the window's other features already read of the nearest word and
of the word after the span (:func:`lacuna.classify.learned.word_features._before_part`,
``_after_part``), so it reads no page's words, only the grammar's shape around the span, and it
is crossed with the inside's features like the other features of the position
(:data:`lacuna.classify.learned.window.POSITIONS`): a capitalised phrase inside where the
sentence reads whole is mostly a gloss, one lower-case word there mostly the word the sentence
lacks (``Please examine [it].``)."""

from __future__ import annotations

#: The feature's name.
READS_WHOLE = "the sentence reads whole without it"
#: What the nearest word is when it ends no phrase: punctuation after it (a new clause), a word
#: that needs the words after it, or a figure (a date or a count the inside completes).
_OPEN_BEFORE = frozenset(
    {
        "after punctuation",
        "after a function word",
        "after a determiner",
        "after a pronoun",
        "after a figure",
        "after a dash",
        "after a possessive",
    }
)
#: What the nearest word is when it is a word a phrase may end with.
_WORD_BEFORE = frozenset(
    {
        "after a capitalised word",
        "after an English word",
        "after an original-language word",
        "after a word in capitals",
        "after an acronym",
    }
)
#: What the word after the span is when the sentence goes on without the span: punctuation or
#: a function word (the line's end too: the span's ``after`` is then None).
_CLOSED_AFTER = frozenset({"punctuation after", "a function word after"})


def reads_whole(before: tuple[str, ...], after: tuple[str, ...] | None) -> bool:
    """Whether the sentence reads whole without the span: the nearest word's features ``before``
    say it is a word a phrase ends with, and the word after it (its features ``after``; None:
    the span ends its line) is punctuation or a function word."""
    if not _OPEN_BEFORE.isdisjoint(before) or _WORD_BEFORE.isdisjoint(before):
        return False
    return after is None or not _CLOSED_AFTER.isdisjoint(after)
