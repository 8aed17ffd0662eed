"""The inside chain (:data:`INSIDE_RULES`, in order: the first answer wins) and its reading of an
inside (:func:`read_inside`), cached per inside and conventions table, one object per distinct
reading."""

from __future__ import annotations

from lacuna.ast import SpanInfo
from lacuna.classify.inside.data import _inside_data_rule
from lacuna.classify.inside.dispatch import _dispatch
from lacuna.classify.inside.records import (
    _illegible_dashes,
    _omits_first_person,
    _page_colon,
    _page_number_bracketed,
)
from lacuna.classify.inside.rules import (
    _bare_extent,
    _default,
    _described,
    _doubtful_extent,
    _elision,
    _empty,
    _gap_reason,
    _labelled_note,
    _listed,
    _long_note,
    _missing_item,
    _misspelt_reason,
    _no_words,
    _note_reference_form,
    _page_labelled,
    _page_marker,
    _physical,
    _queried_date,
    _question_edge,
    _question_marks,
    _sentence_note,
    _sic,
    _sic_label,
    _spelled_capitals,
    _translator_remark,
    _unparsed,
)
from lacuna.classify.inside.text import _DEFAULT, Inside, InsideRule
from lacuna.classify.signed import _translator_signed
from lacuna.classify.transcribers import _labelled_reading
from lacuna.classify.transcription import _interview_question, _misspelt_tag
from lacuna.classify.transcripts import _sealed_portion
from lacuna.classify.words import _reread
from lacuna.conventions import Conventions, on_clear_caches
from lacuna.rules import Ruler

_CACHE_LIMIT = 20_000


def read_inside(inside: str, conventions: Conventions | None = None) -> SpanInfo:
    """Read what an inside says, before looking at its context (cached)."""
    conv = conventions or Conventions.default()
    cache_ = conv._cache
    info = cache_.get(inside)
    if info is None:
        info = _read(inside, conv)
        if info is not _DEFAULT:
            info = _shared_reading(info)
        if len(cache_) >= _CACHE_LIMIT:
            cache_.clear()
        cache_[inside] = info
    return info


#: The readings of the insides read so far, one object per value: distinct insides often read
#: alike (``[Translator's note: …]``, ``[illegible]``), and a reading made again once the cache
#: of insides has been emptied is the object the tree already holds.
_READINGS: dict[object, SpanInfo] = {}
_READINGS_LIMIT = 20_000
on_clear_caches(_READINGS.clear)


def _shared_reading(info: SpanInfo) -> SpanInfo:
    """The kept reading equal to ``info`` (``info`` itself if new)."""
    # (a quantity's repr is in the key: 1 and 1.0 are equal, not written alike)
    key: object = info if info.quantity is None else (info, repr(info.quantity))
    kept = _READINGS.get(key)
    if kept is None:
        if len(_READINGS) >= _READINGS_LIMIT:
            _READINGS.clear()
        _READINGS[key] = kept = info
    return kept


#: The inside chain, in order (first answer wins). ``[rules] disable`` in the conventions file
#: switches rules off; ``[[rules.inside]]`` adds rules written as data.
INSIDE_RULES: Ruler[InsideRule] = Ruler(
    [
        ("empty", _empty),
        ("listed", _listed),
        ("elision", _elision),
        ("illegible_dashes", _illegible_dashes),
        ("missing_item", _missing_item),
        ("unparsed", _unparsed),
        ("page_labelled", _page_labelled),
        ("labelled_reading", _labelled_reading),
        ("translator_signed", _translator_signed),
        ("labelled_note", _labelled_note),
        ("spelled_capitals", _spelled_capitals),
        ("sic_label", _sic_label),
        ("page_colon", _page_colon),
        ("no_words", _no_words),
        ("translator_remark", _translator_remark),
        ("sic", _sic),
        ("page_marker", _page_marker),
        ("page_number_bracketed", _page_number_bracketed),
        ("note_reference_form", _note_reference_form),
        ("question_marks", _question_marks),
        ("sealed_portion", _sealed_portion),
        ("physical", _physical),
        ("gap_reason", _gap_reason),
        ("omits_first_person", _omits_first_person),
        ("misspelt_reason", _misspelt_reason),
        ("described", _described),
        ("misspelt_tag", _misspelt_tag),
        ("doubtful_extent", _doubtful_extent),
        ("question_edge", _question_edge),
        ("queried_date", _queried_date),
        ("interview_question", _interview_question),
        ("bare_extent", _bare_extent),
        ("sentence_note", _sentence_note),
        ("long_note", _long_note),
        ("default", _default),
    ]
)


def _read(inside: str, conv: Conventions) -> SpanInfo:
    x = Inside(inside)
    dispatch = _dispatch(conv.ruler("inside", INSIDE_RULES, _inside_data_rule), conv)
    if x.structured:
        rules = dispatch.active
    elif not dispatch.may_answer(x.folded):
        rules = dispatch.always  # no other rule can answer: words without a cue, mostly
    else:
        rules = dispatch.plain
    for rule in rules:
        info = rule.fn(x, conv)
        if info is not None:
            if not info.because.startswith(rule.name + ":"):
                info = _reread(info, info.category, f"{rule.name}: {info.because}")
            return info
    return _DEFAULT
