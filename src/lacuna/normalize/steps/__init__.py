"""The normalisation steps: each turns a text into a new text and the places it changed.

A step returns ``(new_text, blocks)`` where ``blocks`` are ``(a0, a1, b0, b1)``: the range
``[a0, a1)`` of its input became ``[b0, b1)`` of its output. Outside the blocks the two
texts correspond character for character (a step may still have changed those characters
one for one, as case folding ``A`` to ``a`` does). Steps find the places to change with
one scan in C (a regex, ``str.casefold``, ``unicodedata.is_normalized``) and spend Python
time only on the places themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from lacuna.normalize.steps.edits import Options, StepResult, alphabet_of, apply_columns, apply_edits
from lacuna.normalize.steps.forms import casefold, nfc, nfkc
from lacuna.normalize.steps.markup import BRACKET_RULES, NEUTRAL_BRACKETS, brackets, flat_reading_pieces
from lacuna.normalize.steps.punctuation import DASHES, QUOTES, dashes, quotes
from lacuna.normalize.steps.spacing import whitespace
from lacuna.normalize.steps.variants import dates, transliteration

__all__ = [
    "BRACKET_RULES",
    "DASHES",
    "NEUTRAL_BRACKETS",
    "QUOTES",
    "STEP_FUNCTIONS",
    "Options",
    "StepResult",
    "alphabet_of",
    "apply_columns",
    "apply_edits",
    "brackets",
    "casefold",
    "dashes",
    "dates",
    "flat_reading_pieces",
    "nfc",
    "nfkc",
    "quotes",
    "transliteration",
    "whitespace",
]

#: Every step by name, in the order :func:`lacuna.normalize` applies them.
STEP_FUNCTIONS: dict[str, Callable[[str, Options], StepResult]] = {
    "brackets": brackets,
    "nfc": nfc,
    "nfkc": nfkc,
    "quotes": quotes,
    "dashes": dashes,
    "whitespace": whitespace,
    "transliteration": transliteration,
    "dates": dates,
    "casefold": casefold,
}
