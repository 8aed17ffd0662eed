"""The one-for-one steps of punctuation: quotation marks (``quotes``) and dashes (``dashes``)."""

from __future__ import annotations

from collections.abc import Mapping

from lacuna.normalize.steps.edits import Options, StepResult, apply_edits

#: Quotation marks and apostrophes → ``'`` and ``"`` (one for one).
QUOTES: Mapping[str, str] = {
    **dict.fromkeys("‘’‚‛′‹›ʼ", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
}
#: Hyphens, dashes and minus signs → ``-`` (one for one).
DASHES: Mapping[str, str] = dict.fromkeys(
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d", "-"
)


def _one_for_one(text: str, table: Mapping[str, str], options: Options) -> StepResult:
    if text.isascii():
        return text, []
    alphabet = options.alphabet
    olds = table if alphabet is None else [c for c in table if c in alphabet]
    for old in olds:
        if old in text:
            text = text.replace(old, table[old])
    if alphabet is not None:
        alphabet.difference_update(table)  # (each went; what replaces it is ASCII)
    return text, []


#: Letters that hold an apostrophe: ``ŉ`` is ``ʼn`` (its case folding and NFKC say so), so
#: it becomes ``'n`` here, or a later ``casefold`` would bring back an apostrophe this step
#: turns into ``'`` (normalising twice would then change the text again).
_APOSTROPHE_LETTERS: Mapping[str, str] = {"\u0149": "'n"}


def quotes(text: str, options: Options) -> StepResult:
    """Curly, low and angle quotation marks and apostrophes → ``'`` and ``"`` (``ŉ`` → ``'n``)."""
    text, _ = _one_for_one(text, QUOTES, options)
    if text.isascii():
        return text, []
    letters = _APOSTROPHE_LETTERS
    if options.alphabet is not None and not any(c in options.alphabet for c in letters):
        return text, []
    if not any(c in text for c in letters):
        return text, []
    edits = [(i, i + 1, letters[c]) for i, c in enumerate(text) if c in letters]
    new, blocks = apply_edits(text, edits)
    if options.alphabet is not None:
        options.alphabet.difference_update(letters)
    return new, blocks


def dashes(text: str, options: Options) -> StepResult:
    """Hyphens, en and em dashes, minus signs → ``-``."""
    return _one_for_one(text, DASHES, options)
