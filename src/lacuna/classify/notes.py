"""Labelled notes (``[Translator's note: …]``, ``[Stamp: …]``), notes describing a gap, and
``sic`` with its correction."""

from __future__ import annotations

import dataclasses

from lacuna.ast import SpanInfo
from lacuna.classify.gaps import _STRIP_WORD, _gap
from lacuna.classify.shape import Shape, shape_of
from lacuna.conventions import Conventions, fold

__all__: list[str] = []


def _labelled(inside: str, shape: Shape, conv: Conventions) -> SpanInfo | None:
    assert shape.label is not None
    raw_label = shape.label.value.strip()
    key = fold(raw_label).rstrip(". ")
    label_words = key.split()
    category = conv.note_labels.get(key)
    if category is not None:
        because = f"note label {raw_label!r}"
    else:
        first = label_words[0].strip(_STRIP_WORD) if label_words else ""
        if first in conv.sic_words:
            return None
        if any(w in conv.translator_words or w + "." in conv.translator_words for w in label_words):
            category, because = "translator_note", f"translator's label {raw_label!r}"
        elif label_words and (label_words[0] in conv.label_heads or first in conv.label_heads):
            head = label_words[0] if label_words[0] in conv.label_heads else first
            category, because = conv.label_heads[head], f"label starting with {head!r}"
        elif len(label_words) <= 3:
            if not inside[shape.body_start :].strip():
                return None  # "[Stalin:]", "[Present:]": a speaker or a heading, no note (no_words reads it)
            if _title_with_colon(raw_label, inside[shape.body_start :]):
                return None  # "[Reza Shah: Memoirs of Suleiman Behboudi]": a title, its own colon
            category, because = "editor_note", f"labelled note {raw_label!r} (label not listed)"
        else:
            return None
    body_start = shape.body_start
    while body_start < len(inside) and inside[body_start].isspace():
        body_start += 1
    info = SpanInfo(category, because=because, label=raw_label, body_start=body_start)
    if category in ("translator_note", "editor_note"):
        return _gap_note(info, inside[body_start:], conv)
    return info


#: The shortest word a title capitalises (shorter ones may be its function words: "of", "and").
_TITLE_WORD = 4


def _title_with_colon(label: str, body: str) -> bool:
    """Whether ``label: body`` is a title with a colon of its own (every word of the label and
    each word of four letters or more of the body capitalised, two words or more after the colon,
    no figure: a book's ``Reza Shah: Memoirs of Suleiman Behboudi``), not a note's label and
    its words (``Duration: 2m 51s``, ``Russian: Jul 92``, ``crowd shouts: "No"``)."""
    words = [w.strip(_STRIP_WORD) for w in body.split()]
    words = [w for w in words if w]
    if len(words) < 2 or not words[0][:1].isupper() or any(ch.isdigit() for ch in body):
        return False
    if not all(w[:1].isupper() for w in label.split()):
        return False
    return all(w[:1].isupper() for w in words if len(w) >= _TITLE_WORD)


def _gap_note(info: SpanInfo, body: str, conv: Conventions) -> SpanInfo:
    """A note whose body describes a gap, ``[Translator's note: one word off the page in the
    left margin]``, keeps its category and takes the gap's extent, quantity, unit, reason and
    conjecture, read as a gap bracket ``[one word off the page]`` is."""
    if conv.reason_pattern.search(fold(body)) is None:
        return info
    shape = shape_of(body)
    if shape is None or not shape.clauses:
        return info
    # the body must open with the gap and say how much is missing: "one word off the page";
    # "literally, 'the missing link'" or "Missing in action is a military term" are notes
    first = shape.clauses[0]
    if conv.reason_pattern.search(fold(body[first.start : first.end])) is None:
        return info
    gap = _gap(body, shape, conv)
    if gap is None or gap.unit is None:  # "one of the missing documents" says no unit
        return info
    return dataclasses.replace(
        info,
        because=f"{info.because}, describing a gap ({gap.because})",
        extent=gap.extent,
        quantity=gap.quantity,
        unit=gap.unit,
        reason=gap.reason,
        conjecture=gap.conjecture,
        cert=gap.cert,
    )


def _sic_after_word(inside: str, shape: Shape, conv: Conventions) -> SpanInfo:
    first = shape.tokens[0]
    rest_start = first.start_pos + len(first.value.split(None, 1)[0])
    return _sic_reading(inside[rest_start:], conv)


def _spells(label: str, body: str) -> bool:
    """Whether ``body`` expands the capitals ``label``: ``SIC: Soviet Information Committee``."""
    if not label.isupper():
        return False
    initials = "".join(w[0] for w in body.split() if w[:1].isupper())
    return initials.casefold() == label.casefold()


def _sic_reading(rest: str, conv: Conventions) -> SpanInfo:
    """A ``sic`` span from what follows the word ``sic``: the correction, if any."""
    rest = rest.strip().lstrip("!.,;:").strip()
    cue = conv.conjecture_cues.match(fold(rest))
    cert = None
    if cue is not None:
        rest = rest[cue.end() :].strip()
        cert = "medium"
    correction = rest.strip('"“”') or None
    because = "sic with a correction" if correction else "sic"
    return SpanInfo("sic", because=because, correction=correction, conjecture=correction, cert=cert)
