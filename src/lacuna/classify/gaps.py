"""Gap accounting: the extent, quantity, unit, reason and conjecture of a gap phrase
(``[one or two words illegible, possibly "close"]``, ``[1 paragraph (8 lines) not declassified]``)."""

from __future__ import annotations

from functools import lru_cache

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.shape import Clause, Shape
from lacuna.conventions import Conventions, fold
from lacuna.conventions.patterns import _alternation

__all__: list[str] = ["adjective_before_noun"]

_DIGITS = regex.compile(r"\d+")
_STRIP_WORD = "!.,;:()\"'“”«»"


_DASH_GUESS = regex.compile(r"[—–]|--?")


def _word(token_value: str) -> str:
    return fold(token_value).strip(_STRIP_WORD)


def _quantity(value: object) -> float | tuple[float, float] | None:
    if isinstance(value, list) and len(value) == 2:
        return (float(value[0]), float(value[1]))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


# One verb at the end of an extent (the "are" of "two lines are missing"), matched in a window of
# _EXTENT_STEP characters (its longest match) and stripped one at a time: a single pattern
# with ``(?:...)+$`` retries the whole run of verbs at each of them (quadratic on "is is is ... 5").
_EXTENT_VERB = regex.compile(r"\s{1,3}(?:is|are|was|were|has been|have been|had been|been|has|have|had)\Z")
_EXTENT_STEP = 12
_RANGE = regex.compile(r"(\d{1,6})\s{0,2}(?:[-–—]|to|or)\s{0,2}(\d{1,6})")
_NUMBER_WORD = regex.compile(r"\d{0,6}[½¼¾]|\d{1,6}(?:[-–—]\d{1,6})?(?:/\d{1,2})?")


def _strip_extent_tail(text: str) -> str:
    """``text`` less the verbs at its end, each after one to three white space characters."""
    end = len(text)
    while (verb := _EXTENT_VERB.search(text, max(0, end - _EXTENT_STEP), end)) is not None:
        end = verb.start()
    return text[:end]


def _extent_ok(words: list[str], conv: Conventions) -> bool:
    for w in words:
        if not (
            w in conv.units
            or w in conv.quantities
            or w in conv.filler
            or _NUMBER_WORD.fullmatch(w)
            or w in {"or", "to", "-", "–", "—", "?"}
        ):
            return False
    return True


def _gap(inside: str, shape: Shape, conv: Conventions) -> SpanInfo | None:
    for ci, clause in enumerate(shape.clauses):
        text = inside[clause.start : clause.end]
        folded = fold(text)
        match = gap_reason_pattern(conv).search(folded)
        if match is None:
            continue
        before = [w.strip(_STRIP_WORD) for w in folded[: match.start()].split()]
        before = [w for w in before if w]
        guessed = None
        if not (_extent_ok(before, conv) or _names_withheld(before, folded, match, conv)):
            guessed = _guess_before(text, match.start(), conv)
            if guessed is None:
                continue
            tail = folded[guessed[1] : match.start()].split()
            before = [w for w in (w.strip(_STRIP_WORD) for w in tail) if w]
        if match.group(0) in _whole_reasons(conv) and not _reason_ends_inside(inside, clause, folded, match):
            continue  # "[hard to read for children]": no gap said
        if not _unit_reason_ok(match.group(0), before, conv):
            continue  # "[CUT]", "[paragraph cut]": words left out on purpose, no gap said
        if not _noun_reason_ok(match.group(0), before, folded[match.end() :], conv):
            continue  # "[troops removed]", "[the name removed from the list]": an ordinary verb
        if not _counts(before, conv) and not _ordinary_reason_ok(match.group(0), folded[match.end() :], conv):
            continue  # "[torn between]", "[the missing link]": an ordinary word of a sentence
        reason = gap_reasons(conv)[match.group(0)]
        extent = _strip_extent_tail(text[guessed[1] if guessed else 0 : match.start()].strip())
        if extent.endswith(" of"):  # "[Three lines of deletion follow.]"
            extent = extent[:-3].rstrip()
        extent = extent or None
        unit = None
        for w in before:
            if w in conv.units:
                unit = conv.units[w]
                break
        if unit is None:
            after = folded[match.end() :].split()
            for w in after[:2]:
                w = w.strip(_STRIP_WORD)
                if w in conv.units:
                    unit = conv.units[w]
                    break
        if any(w in conv.rest_words for w in before) and any(w in conv.document_words for w in before):
            unit = _REST_OF_DOCUMENT  # "the remainder of this telegram has not been found"
        counted = before
        if not before and unit is not None:
            # the extent after the reason: "[Here follows 7-1/2 pages of the transcript …]"
            counted = _counted_after(folded[match.end() :], conv)
            if counted:
                extent = text[match.end() :].strip().split(maxsplit=len(counted))[: len(counted)]
                extent = " ".join(extent)
        finer = _finer_unit(text[: match.start()], conv)
        quantity = _gap_quantity(counted, unit, conv) if finer is None else finer[0]
        if finer is not None:
            unit = finer[1]
        conjecture = guessed[0] if guessed else _conjecture(inside, shape, ci, conv)
        return SpanInfo(
            "gap",
            because=f"reason {match.group(0)!r}",
            extent=extent,
            quantity=quantity,
            unit=unit,
            reason=reason,
            conjecture=conjecture,
            cert="low" if conjecture else None,
        )
    return None


#: The dash between a doubtful reading and the words that say the rest is missing.
_GUESS_DASH = regex.compile(r"[—–]|--")


def _guess_before(text: str, reason_at: int, conv: Conventions) -> tuple[str, int] | None:
    """A doubtful reading before a dash and a counted extent in a unit before the reason
    (a Wilson Center translation's ``[to make?—word illegible]``, ``[for those—words
    illegible]``: the translator's guess at the words, then the gap): the guess and where the
    extent starts; None if the words after the last dash are not an extent with a unit."""
    dashes = list(_GUESS_DASH.finditer(text, 0, reason_at))
    if not dashes:
        return None
    dash = dashes[-1]
    guess = text[: dash.start()].strip().rstrip("?").strip()
    words = [w for w in (w.strip(_STRIP_WORD) for w in fold(text[dash.end() : reason_at]).split()) if w]
    if not guess or not words or not _extent_ok(words, conv) or not any(w in conv.units for w in words):
        return None
    return guess, dash.end()


def _names_withheld(before: list[str], folded: str, match: regex.Match[str], conv: Conventions) -> bool:
    """A short phrase naming what is withheld before a reason of ``gap.open_reasons`` (or a
    phrase of ``gap.open_phrases``) that ends the clause: ``[cryptonym not declassified]``,
    ``[dollar amount not declassified]``, ``[reference to Stalin deleted]`` (any noun phrase of
    at most ``gap.open_extent_words`` words, not only quantities and units)."""
    limit, reasons, phrases = _open_reasons(conv)
    return (
        0 < len(before) <= limit
        and (gap_reasons(conv)[match.group(0)] in reasons or match.group(0) in phrases)
        and not folded[match.end() :].strip(_STRIP_WORD + " ")
    )


@lru_cache(maxsize=16)
def _whole_reasons(conv: Conventions) -> frozenset[str]:
    """The reason phrases (``gap.whole_reasons``) read only as the whole inside or after an
    extent, nothing after them: ``[hard to read]``, ``[mots difficiles à lire]``."""
    return frozenset(fold(w) for w in conv.section("gap").get("whole_reasons", ()))


@lru_cache(maxsize=16)
def _unit_reasons(conv: Conventions) -> dict[str, frozenset[str]]:
    """The reason phrases (``gap.unit_reasons``) read only after an extent in one of their
    units, with those canonical units: ``cut`` after a word or letters."""
    table = conv.section("gap").get("unit_reasons", {})
    return {fold(k): frozenset(v) for k, v in table.items()}


def _unit_reason_ok(reason: str, before: list[str], conv: Conventions) -> bool:
    """Whether the reason phrase ``reason`` may say a gap after the folded words ``before`` it:
    any reason but those of ``gap.unit_reasons``, which need an extent in one of their units
    (``[word cut]``, ``[two letters cut]``; not ``[CUT]``, ``[paragraph cut]``, ``[text cut]``)."""
    units = _unit_reasons(conv).get(reason)
    if units is None:
        return True
    return any(conv.units.get(w) in units for w in before)


@lru_cache(maxsize=16)
def _noun_reasons(conv: Conventions) -> dict[str, frozenset[str]]:
    """The reason phrases (``gap.noun_reasons``) read only after one of their nouns, with those
    nouns (folded): ``removed`` after ``address``, ``name``, ``telephone number``."""
    table = conv.section("gap").get("noun_reasons", {})
    return {fold(k): frozenset(fold(w) for w in v) for k, v in table.items()}


@lru_cache(maxsize=16)
def gap_reasons(conv: Conventions) -> dict[str, str]:
    """The gap rule's reason phrases (folded) -> their canonical reasons: ``[gap.reasons]`` and
    the phrases of ``gap.noun_reasons`` (their reasons in ``gap.noun_reason_kinds``), which no
    other rule reads as a reason (``[Reference to the statue being removed.]`` ends with none)."""
    kinds = {fold(k): str(v) for k, v in conv.section("gap").get("noun_reason_kinds", {}).items()}
    return {**{k: kinds.get(k, k) for k in _noun_reasons(conv)}, **conv.reasons}


@lru_cache(maxsize=16)
def gap_reason_pattern(conv: Conventions) -> regex.Pattern[str]:
    """The whole-word, longest-first alternation of :func:`gap_reasons`' phrases."""
    return _alternation(list(gap_reasons(conv)))


def _noun_reason_ok(reason: str, before: list[str], after: str, conv: Conventions) -> bool:
    """Whether the reason phrase ``reason`` may say a gap after the folded words ``before`` it
    and before the folded text ``after`` it: any reason but those of ``gap.noun_reasons``,
    which need words of their nouns, of ``gap.noun_modifiers`` and the gap's filler words and
    counts before them, the last one of their nouns, and nothing after them but a phrase of
    ``gap.noun_reason_tails`` (``[address removed]``, ``[name and address removed]``, ``[2
    names removed]``, ``[name removed for privacy]``; not ``[troops removed]``, ``[removed]``,
    ``[name of the man removed]``, ``[the name removed from the list]``)."""
    nouns = _noun_reasons(conv).get(reason)
    if nouns is None:
        return True
    if not before or before[-1] not in nouns:
        return False
    tail = " ".join(after.strip(_STRIP_WORD + " ").split())
    if tail and tail not in conv.words("gap", "noun_reason_tails"):
        return False  # "[names removed from the ballot]": a sentence's verb
    nouns |= conv.words("gap", "noun_modifiers")  # "[home address removed]"
    counts = conv.quantities
    return all(w in nouns or w in conv.filler or w in counts or _NUMBER_WORD.fullmatch(w) for w in before)


@lru_cache(maxsize=16)
def ordinary_reasons(conv: Conventions) -> frozenset[str]:
    """The reason phrases that are ordinary English words (``gap.ordinary_reasons``, folded):
    ``torn``, ``damaged``, ``missing``."""
    return frozenset(fold(w) for w in conv.section("gap").get("ordinary_reasons", ()))


def _counts(words: list[str], conv: Conventions) -> bool:
    """Whether the folded ``words`` hold a unit, a count or a number (an extent, not only
    filler words such as ``the``)."""
    return any(w in conv.units or w in conv.quantities or _NUMBER_WORD.fullmatch(w) for w in words)


def _ordinary_reason_ok(reason: str, after: str, conv: Conventions) -> bool:
    """Whether the reason phrase ``reason``, opening its clause, may say a gap before the
    folded text ``after`` it: any reason not of ``gap.ordinary_reasons``; one of them only
    with nothing after it but marks, or before a word of the gap's extent (a unit, a count, a
    filler word that is no function word: ``part``, ``rest``, ``copy``) or of
    ``gap.ordinary_after`` (``[torn away]``, ``[missing from the
    original]``, ``[damaged by water]``); not ``[torn between]``, ``[lost his way]``,
    ``[missing persons]``."""
    if reason not in ordinary_reasons(conv):
        return True
    words = after.split(None, 1)
    if not words or not words[0].strip(_STRIP_WORD + "?"):
        return True
    w = words[0].strip(_STRIP_WORD)
    if not w[:1].isalpha():
        return True  # "[torn—possibly 'and']": a mark, then a guess
    return (
        w in conv.units
        or w in conv.quantities
        or (w in conv.filler and w not in conv.function_words)  # "[missing part of letter]"
        or w in conv.words("gap", "ordinary_after")
        or _NUMBER_WORD.fullmatch(w) is not None
    )


#: The word before and after a bracket on its line: letters (and an apostrophe) only.
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}'’]{0,30})[ \t]{1,3}\Z")
_WORD_AFTER = regex.compile(r"[ \t]{1,3}(\p{L}[\p{L}'’-]{0,30})\b")
#: How far before a bracket its determiner is looked for.
_LOOK_BACK = 40


def adjective_before_noun(text: str, start: int, end: int, conv: Conventions) -> bool:
    """Whether the bracket ``text[start:end]`` holds only a reason of
    ``gap.ordinary_reasons`` between a determiner of ``gap.ordinary_before`` and a lower-case
    English word that is no function word: an adjective supplied before its noun (``the
    [damaged] bridge was repaired``, ``a [blank] cheque``), not a gap (``an [illegible] of``,
    ``the [torn] 5th``, ``the [missing] Regiment`` stay gaps)."""
    inside = fold(text[start + 1 : end - 1]).strip(_STRIP_WORD + " ")
    if inside not in ordinary_reasons(conv):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if before is None or fold(before.group(1)) not in conv.words("gap", "ordinary_before"):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word.islower() and word not in conv.function_words and conv.is_english(word)


def _reason_ends_inside(inside: str, clause: Clause, folded: str, match: regex.Match[str]) -> bool:
    """Whether the reason ``match`` (in the clause's folded text) ends the inside and its clause
    is the inside's first: nothing but marks before the clause or after the reason."""
    marks = _STRIP_WORD + " "
    before, after = inside[: clause.start], folded[match.end() :] + inside[clause.end :]
    return not (before.strip(marks) or after.strip(marks))


@lru_cache(maxsize=16)
def _open_reasons(conv: Conventions) -> tuple[int, frozenset[str], frozenset[str]]:
    """The longest extent, and the canonical reasons and the reason phrases after which any
    extent names a gap."""
    section = conv.section("gap")
    phrases = frozenset(fold(p) for p in section.get("open_phrases", ()))
    return int(section.get("open_extent_words", 0)), frozenset(section.get("open_reasons", ())), phrases


_REST_OF_DOCUMENT = "rest of document"
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# a count and a unit: "8 lines", "3-1/2 lines", "two words"
_COUNTED = regex.compile(
    r"(\d{0,6}[½¼¾]|\d{1,6}(?:[-–]\d{1,2}/\d{1,2}|/\d{1,2}|\.\d{1,2})?|[a-z]{1,12})\s{1,3}([a-z]{1,12})"
)
_FRACTION = regex.compile(r"(\d{1,6})(?:[-–](\d{1,2})/(\d{1,2})|/(\d{1,2})|(\.\d{1,2}))?")


def _finer_unit(extent: str, conv: Conventions) -> tuple[float | tuple[float, float] | None, str] | None:
    """When an extent counts in two units (``1 paragraph (8 lines)``), the count in the finer
    one (``gap.fine_to_coarse``), which estimates the gap better; None for one unit or none."""
    order = conv.unit_order
    found: list[tuple[int, float | tuple[float, float] | None, str]] = []
    for m in _COUNTED.finditer(fold(extent)):
        unit = conv.units.get(m.group(2))
        if unit is None or unit not in order:
            continue
        count = m.group(1)
        if count[-1:] in _VULGAR:  # "4½ lines"
            found.append((order[unit], float(count[:-1] or 0) + _VULGAR[count[-1]], unit))
            continue
        number = _FRACTION.fullmatch(count)
        quantity = _fraction(number) if number is not None else _quantity(conv.quantities.get(count))
        found.append((order[unit], quantity, unit))
    if len(found) < 2:
        return None
    _, quantity, unit = min(found, key=lambda f: f[0])
    return quantity, unit


def _counted_after(after: str, conv: Conventions) -> list[str]:
    """The count and unit that open ``after`` (``7-1/2 pages``, ``two lines``), or none."""
    words = [w.strip(_STRIP_WORD) for w in after.split(None, 3)[:3]]
    for i, w in enumerate(words):
        if w in conv.units:
            counts = [c for c in words[:i] if _NUMBER_WORD.fullmatch(c) or c in conv.quantities]
            return words[: i + 1] if counts and _extent_ok(words[:i], conv) else []
    return []


def _fraction(number: regex.Match[str]) -> float:
    """The value of a match of ``_FRACTION``: ``3-1/2`` is 3.5, ``1/2`` is 0.5, ``2.5`` is 2.5."""
    whole = float(number.group(1))
    if number.group(2):
        return whole + float(number.group(2)) / float(number.group(3))
    if number.group(4):
        return whole / float(number.group(4))
    if number.group(5):
        return whole + float(number.group(5))
    return whole


#: Words before a gap's count that leave it as it is ("about 3 lines", "possible 2 lines missing").
_LEADING_QUALIFIERS = frozenset({"the", "about", "approximately", "approx.", "ca.", "apparent", "possible"})


def _gap_quantity(
    before: list[str], unit: str | None, conv: Conventions
) -> float | tuple[float, float] | None:
    """The count in an extent: a word (``one``), a phrase (``one or two``), a number or a range.

    The count is the one before the first unit (``1 paragraph (5 lines)`` counts 1
    paragraph); qualifiers such as ``less than`` or ``the rest of`` make it unknown.
    """
    if unit in conv.uncounted_units or any(w in conv.uncounted_words for w in before):
        return None
    qwords: list[str] = []
    for w in before:
        if w in conv.units:
            break
        qwords.append(w)
    # the phrase is joined only when it is short enough to be listed: joining it at every
    # filler word dropped would be quadratic ("the the the ... line missing")
    quantities, longest = conv.quantities, _longest_quantity(conv)
    length = sum(map(len, qwords)) + len(qwords) - 1
    while qwords and qwords[-1] in conv.filler and (length > longest or " ".join(qwords) not in quantities):
        length -= len(qwords.pop()) + 1
    lead = 0
    while lead < len(qwords) - 1 and qwords[lead] in _LEADING_QUALIFIERS:
        lead += 1
    qwords = qwords[lead:]
    phrase = " ".join(qwords)
    if phrase in conv.quantities:
        return _quantity(conv.quantities[phrase])
    ranged = _RANGE.fullmatch(phrase)
    if ranged is not None:
        low, high = float(ranged.group(1)), float(ranged.group(2))
        return (low, high) if low < high else low
    if len(qwords) == 1 and _DIGITS.fullmatch(qwords[0]):
        return float(qwords[0])
    if len(qwords) == 1 and (number := _FRACTION.fullmatch(qwords[0])) is not None:
        return _fraction(number)  # "1-1/2 lines"
    if len(qwords) == 1 and qwords[0][-1:] in _VULGAR and _DIGITS.fullmatch(qwords[0][:-1] or "0"):
        return float(qwords[0][:-1] or 0) + _VULGAR[qwords[0][-1]]  # "1½ lines"
    if not qwords and unit is not None:
        return 1.0
    return None


#: Words before ``less than`` that turn it into a lower bound ("no less than 2 lines").
_NEGATIONS = frozenset({"no", "not"})
#: The most words read after ``less than`` for its count and unit ("half of a line").
_BOUND_WORDS = 5


def less_than(extent: str | None, unit: str | None, conv: Conventions) -> float | None:
    """The count of ``unit`` s that an extent says its gap falls short of: ``less than 1 line``
    and ``1 paragraph (less than 1 line)`` give 1.0 for ``line``, ``less than half a line`` 0.5;
    None when the extent says no such bound in that unit (``more or less 2 lines``, ``no less
    than 2 lines``, ``less than 1 paragraph (3 lines)`` for ``line``, ``less than several
    lines``). The count is read as :func:`_gap_quantity` reads one; a range is no bound."""
    if not extent or unit is None:
        return None
    words = [w for w in (w.strip(_STRIP_WORD) for w in fold(extent).split()) if w]
    for i in range(len(words) - 1):
        if words[i] != "less" or words[i + 1] != "than" or (i and words[i - 1] in _NEGATIONS):
            continue
        counted: list[str] = []
        for w in words[i + 2 : i + 2 + _BOUND_WORDS]:  # a few words: linear on "less than less than …"
            counted.append(w)
            if w in conv.units:
                break
        if not counted or conv.units.get(counted[-1]) != unit:
            continue
        quantity = _gap_quantity(counted, unit, conv)
        if isinstance(quantity, float) and quantity > 0:
            return quantity
    return None


@lru_cache(maxsize=16)
def _longest_quantity(conv: Conventions) -> int:
    """The length of the longest phrase in ``conv.quantities``."""
    return max(map(len, conv.quantities), default=0)


def _conjecture(inside: str, shape: Shape, gap_clause: int, conv: Conventions) -> str | None:
    for clause in shape.clauses[gap_clause:]:
        text = inside[clause.start : clause.end]
        cue = conv.conjecture_cues.search(fold(text)) if clause is not shape.clauses[gap_clause] else None
        if cue is not None:
            quoted = [t for t in clause.tokens if t.type == "QUOTED"]
            if quoted:
                return quoted[0].value[1:-1].strip()
            guess = text[cue.end() :].strip().rstrip("?").strip()
            return guess or None
    # "omission in transcript—months?": a dash-introduced guess ending with "?"
    clause = shape.clauses[gap_clause]
    text = inside[clause.start : clause.end].rstrip()
    if text.endswith("?"):
        parts = _DASH_GUESS.split(text[:-1])
        if len(parts) > 1 and parts[-1].strip():
            return parts[-1].strip()
    # a quoted candidate after a cue inside the gap clause itself
    for i, token in enumerate(clause.tokens):
        before = clause.tokens[i - 1].value.split() if i > 0 else []
        if token.type == "QUOTED" and before and conv.conjecture_cues.match(_word(before[-1])):
            return token.value[1:-1].strip()
    return None


def listed_in_sentence(text: str, start: int, end: int, conv: Conventions) -> bool:
    """Whether the bracket ``text[start:end]``, one word that ``[exact]`` lists as the editor's
    and ``gap.ordinary_listed`` as an ordinary noun too (``[signature]``, ``[stamp]``), stands
    between a determiner of ``gap.ordinary_before`` and a lower-case word: a word of the
    sentence, supplied (``he put his [signature] on it``, ``the [stamp] collection``), not the
    editor's note it is alone (``Yours, [signature]``). A word a user's conventions file adds
    to ``[exact]`` is no such word: the user's entry is read as it says."""
    inside = text[start + 1 : end - 1].strip()
    if not inside.isalpha() or not inside.islower() or inside not in conv.words("gap", "ordinary_listed"):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if before is None or fold(before.group(1)) not in conv.words("gap", "ordinary_before"):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1).islower()
