"""The number chain: a note-reference form (``[2]``, ``[iv]``, ``[a]``) read in its context is a
note reference, supplied letters or numbers, or an editor's correction (``10 [12] a.m.``)."""

from __future__ import annotations

from typing import Any

from lacuna.ast import SpanInfo
from lacuna.classify.chrome import in_web_address_number
from lacuna.classify.listings import _numbered_paper, _roman_reference
from lacuna.classify.numbers.glued import (
    _article_opens_line,
    _completes_number,
    _completes_word,
    _glued_reference,
    _in_syllables,
    _note_sequence,
    _starts_number,
    _starts_word,
    _year_century,
)
from lacuna.classify.numbers.layout import (
    _declared_pagination,
    _field_run,
    _listing_entry,
    _page_sequence,
    _source_item,
)
from lacuna.classify.numbers.prose import (
    _after_sentence,
    _before_stop,
    _cited_example,
    _corrected_figure,
    _list_item,
    _number_after_space,
    _page_in_sentence,
    _page_total,
)
from lacuna.classify.numbers.reading import Number, NumberRule
from lacuna.conventions import Conventions
from lacuna.errors import LacunaError
from lacuna.rules import Ruler

__all__ = ["NUMBER_RULES", "Number", "NumberRule", "read_field_label", "read_number_context"]


def read_field_label(info: SpanInfo, text: str, start: int, end: int, conv: Conventions) -> SpanInfo | None:
    """The number chain's ``field_run`` for a missing item's name opening its line (``[Date]``,
    read by ``missing_item``): the database's field label, or None."""
    for rule in conv.ruler("number", NUMBER_RULES, _no_data_rule).active():
        if rule.name == "field_run":
            return rule.fn(Number(info, text, start, end, text[start + 1 : end - 1].strip(), conv))
    return None


#: The chain for note-reference forms (``[2]``, ``[iv]``, ``[a]``), in order.
NUMBER_RULES: Ruler[NumberRule] = Ruler(
    [
        ("number_in_address", in_web_address_number),
        ("completes_word", _completes_word),
        ("roman_reference", _roman_reference),
        ("starts_word", _starts_word),
        ("in_syllables", _in_syllables),
        ("field_run", _field_run),
        ("source_item", _source_item),
        ("note_sequence", _note_sequence),
        ("completes_number", _completes_number),
        ("starts_number", _starts_number),
        ("listing_entry", _listing_entry),
        ("numbered_paper", _numbered_paper),
        ("cited_example", _cited_example),
        ("declared_pagination", _declared_pagination),
        ("year_century", _year_century),
        ("article_opens_line", _article_opens_line),
        ("page_sequence", _page_sequence),
        ("glued_reference", _glued_reference),
        ("page_total", _page_total),
        ("corrected_figure", _corrected_figure),
        ("list_item", _list_item),
        ("after_sentence", _after_sentence),
        ("before_stop", _before_stop),
        ("page_in_sentence", _page_in_sentence),
        ("number_after_space", _number_after_space),
    ]
)


def _no_data_rule(spec: dict[str, Any]) -> NumberRule:
    raise LacunaError("the number chain takes no data rules")


def read_number_context(
    info: SpanInfo,
    text: str,
    start: int,
    end: int,
    conv: Conventions | None = None,
    inside: str | None = None,
) -> SpanInfo:
    """A note-reference form read in context by the number chain (:data:`NUMBER_RULES`): a
    note reference, supplied letters or numbers, or a correction.

    ``inside`` is the span's inside as the parser read it (nested spans marked), if at hand.
    """
    conv = conv or Conventions.default()
    raw = (text[start + 1 : end - 1] if inside is None else inside).strip()
    n = Number(info, text, start, end, raw, conv)
    for rule in conv.ruler("number", NUMBER_RULES, _no_data_rule).active():
        out = rule.fn(n)
        if out is not None:
            return out
    return info
