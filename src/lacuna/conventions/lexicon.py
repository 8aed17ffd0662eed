"""The English lexicon of a conventions table: its words, their inflections and prefixes undone,
and the letter trigrams that give a word an English shape."""

from __future__ import annotations

import functools
import json
from collections import Counter
from functools import cached_property
from importlib import resources

from lacuna.conventions.patterns import fold
from lacuna.conventions.table import Table


class EnglishLexicon(Table):
    """The English lexicon of :class:`~lacuna.conventions.Conventions` (``[gloss] lexicon``)."""

    @cached_property
    def original_words(self) -> frozenset[str]:
        return self.words("gloss", "original_words")

    @cached_property
    def english(self) -> frozenset[str]:
        """The English lexicon (``gloss.lexicon``, in ``lacuna/data``) plus ``gloss.english_extra``."""
        name = str(self.section("gloss").get("lexicon", "english-words.json"))
        words: set[str] = set()
        if name:
            words.update(_lexicon(name))
        words.update(fold(w) for w in self.section("gloss").get("english_extra", []))
        return frozenset(words - self.original_words)

    @cached_property
    def english_shape(self) -> tuple[frozenset[str], int, int]:
        """``[gloss.shape]``: the letter trigrams that at least ``rarest_trigram`` words of the
        English lexicon hold (a word's start ``^`` and end ``$`` marked), the fewest letters of
        a word judged by its shape, and the most words of an English rendering."""
        shape = self.section("gloss").get("shape", {})
        rarest = int(shape.get("rarest_trigram", 3))
        counts = Counter(t for w in self.english for t in {f"^{w}$"[i : i + 3] for i in range(len(w))})
        common = frozenset(t for t, n in counts.items() if n >= rarest)
        return common, int(shape.get("shape_letters", 4)), int(shape.get("rendering_words", 8))

    def english_shaped(self, word: str) -> bool:
        """Whether every letter trigram of a lower-case word (start and end marked) is common in
        the English lexicon (:attr:`english_shape`): the word has an English word's shape."""
        common = self.english_shape[0]
        marked = f"^{word}$"
        return all(marked[i : i + 3] in common for i in range(len(word)))

    def is_english(self, word: str) -> bool:
        """Whether a lower-case word is English: in the lexicon, or an inflection of a word in it."""
        w = fold(word)
        if self._english_stem(w):
            return True
        for prefix in _PREFIXES:
            if len(w) > len(prefix) + 3 and w.startswith(prefix) and self._english_stem(w[len(prefix) :]):
                return True
        return False

    def _english_stem(self, w: str) -> bool:
        english = self.english
        if w in english:
            return True
        for suffix, repl in _INFLECTIONS:
            if len(w) > len(suffix) + 2 and w.endswith(suffix) and w[: -len(suffix)] + repl in english:
                return True
        return False


# (suffix, replacement) pairs that undo common inflections and British spellings.
_INFLECTIONS = (
    ("'s", ""), ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"),
    ("ing", ""), ("ing", "e"), ("ly", ""), ("ily", "y"), ("ally", ""), ("er", ""), ("est", ""),
    ("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("isation", "ization"), ("our", "or"),
    ("ence", "ense"), ("tre", "ter"), ("ment", ""), ("ness", ""), ("ity", ""),
)  # fmt: skip


_PREFIXES = (
    "re", "un", "non", "non-", "anti", "anti-", "counter", "co", "pre", "post", "inter", "sub",
    "over", "under",
)  # fmt: skip


@functools.cache
def _lexicon(name: str) -> frozenset[str]:
    """The words of a lexicon file shipped in ``lacuna/data`` (a JSON object with ``words``)."""
    text = resources.files("lacuna.data").joinpath(name).read_text("utf-8")
    return frozenset(json.loads(text)["words"].split())
