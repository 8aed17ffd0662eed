"""What the neighbouring text decides: supplied words or a gloss, a note reference or a correction.

A bracket whose inside carries no cue (``[Stalin]``, ``[Zedong]``, ``[soglasie]``, ``[PVO]``)
either *completes* the text (supplied) or *restates* what stands before it (a gloss). The
rules below state the conventions translators follow; each decision records the rule in
``SpanInfo.because``. All word lists come from the conventions table (``[gloss]``).

Rules, first match wins:

1. a restating cue at the start (``[i.e., the embassy]``) or a translator's tail cue
   (``[district party committee--trans.]``): gloss;
2. a known pseudonym or variant right before it (``Filippov [Stalin]``): gloss;
3. glued to the letters before it (``A[ndrei]``, ``C[entral]``): supplied, it completes the word;
4. at the start of a text, line or sentence, or after punctuation: supplied;
5. a name after a title or a pronoun (``the Chairman [Mao Zedong]``, ``he [Stalin]``): gloss;
6. a single name after a possessive (``Mao's [Zedong] reply``): supplied, it completes the name;
7. an abbreviation after the words it abbreviates (``air defence [PVO]``), or an expansion
   after an abbreviation (``MFA [Ministry of Foreign Affairs]``): gloss;
8. after a function word (``there are [no]``, ``the [USSR]``): supplied, it fills the sentence;
9. a name after a name: the same name spelt another way (``Gao Gang [Kao Kang]``) is a gloss;
   otherwise it completes the name (``Liu [Shaoqi]``, ``Zhou [Enlai]``): supplied;
10. a change of language: an original-language word after its English translation
    (``agreement [soglasie]``) or an English translation after an original-language word
    (``jiji [actively]``): gloss;
11. otherwise supplied.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from itertools import islice

import regex
from rapidfuzz import fuzz

from lacuna.ast import SpanInfo
from lacuna.conventions import Conventions, fold

__all__ = ["read_context"]

_WINDOW = 160
# a word before the bracket: letters, digits, apostrophes, dots and hyphens
_PREV_WORDS_BACK = regex.compile(r"(?r)[^\s\[\]]{1,60}")
_LOOKBACK = 12
_ACRONYM = regex.compile(r"(?:[A-Z]\.?){2,8}(?:-[A-Z]{1,6})?|[A-Z]{1,4}(?: [A-Z]{1,6}){1,2}")
_DOTTED = regex.compile(r"(?:\p{Lu}\.){2,8}")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’.-]{0,30}")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}'’-]{0,40}")
_NUMBER = regex.compile(r"\d{1,4}(?:[:.]\d{1,2})?")
_BOUNDARY = '.!?:;,"“”(«—–'
_SIMILAR = 70.0
_TRAILING = "\"'“”’»),;:"


@lru_cache(maxsize=4096)
def _variant(info: SpanInfo, category: str, because: str) -> SpanInfo:
    return dataclasses.replace(info, category=category, because=because)


def _previous_words(text: str, start: int) -> list[tuple[str, int, int]]:
    """The last words (at most a dozen) on the same line before ``start``, nearest last, with offsets."""
    lo = max(0, start - _WINDOW)
    line_start = max(text.rfind("\n", lo, start), text.rfind("\r", lo, start))
    if line_start >= 0:
        lo = line_start + 1
    # The rules look back at most a dozen words: scan backwards (``(?r)``) and stop there.
    words = [
        (m.group(), m.start(), m.end()) for m in islice(_PREV_WORDS_BACK.finditer(text, lo, start), _LOOKBACK)
    ]
    words.reverse()
    return words


def _is_name(words: list[str]) -> bool:
    return bool(words) and len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words)


def _letters(words: list[str]) -> str:
    return "".join(ch for w in words for ch in fold(w) if ch.isalnum())


def _compound_of(word: str, parts: list[str]) -> bool:
    """Whether ``word`` joins the beginnings of ``parts`` (``politburo``: political bureau)."""
    rest = word
    for part in parts:
        n = 0
        while n < len(rest) and n < len(part) and rest[n] == part[n]:
            n += 1
        if n < 2:
            return False
        rest = rest[n:]
    return len(rest) <= 2


def read_context(
    info: SpanInfo, text: str, start: int, end: int, conv: Conventions
) -> tuple[SpanInfo, int | None, int | None]:
    """Decide gloss or supplied for a cue-less span; returns (info, glossed_start, glossed_end)."""
    raw = text[start + 1 : end - 1].strip()
    inside = fold(raw)
    prev = _previous_words(text, start)
    last = prev[-1] if prev and prev[-1][2] >= start - 2 else None

    def gloss(because: str, first: int | None = None) -> tuple[SpanInfo, int | None, int | None]:
        if last is None or first is None:
            return _variant(info, "gloss", because), None, None
        gs, ge = prev[first][1], prev[-1][2]
        while gs < ge and not text[gs].isalnum():  # quotes and brackets around the words
            gs += 1
        while ge > gs and text[ge - 1] in _TRAILING:
            ge -= 1
        return _variant(info, "gloss", because), gs, ge

    def supplied(because: str) -> tuple[SpanInfo, int | None, int | None]:
        return _variant(info, "supplied", because), None, None

    # 1. cues
    if inside.startswith(conv.gloss_lead_cues):
        return gloss("restating cue at the start (i.e.)", len(prev) - 1 if last else None)
    if inside.endswith(conv.gloss_tail_cues):
        return gloss("translator's tail cue (--trans.)", len(prev) - 1 if last else None)
    # 2. pseudonyms
    names = conv.pseudonyms_by_target.get(inside)
    if names:
        lo = max(0, start - 60)
        before = text[lo:start].rstrip()
        for name in names:
            cut = len(before) - len(name)
            if cut >= 0 and fold(before[cut:]) == name and (cut == 0 or not before[cut - 1].isalnum()):
                return (
                    _variant(info, "gloss", f"known pseudonym {name!r} before it"),
                    lo + cut,
                    lo + len(before),
                )
    # 3. glued to a word
    if start > 0 and text[start - 1].isalpha():
        return supplied("glued to the letters before it: completes the word")
    # 4. start of a sentence
    if last is None:
        return supplied("starts the line: supplies words")
    word = last[0]
    if word[-1] in _BOUNDARY or word.endswith("]"):
        if not (word.endswith(".") and (fold(word) in conv.titles or _DOTTED.fullmatch(word))):
            return supplied("after punctuation: supplies words")
    folded = fold(word).strip("\"'“”()«»")
    words = raw.split()
    name_inside = _is_name(words) and not _ACRONYM.fullmatch(raw)
    # 5. a title or pronoun, then the name it refers to
    two = fold(" ".join(w for w, _, _ in prev[-2:])) if len(prev) >= 2 else ""
    if name_inside and (folded in conv.titles or folded in conv.pronouns or two in conv.titles):
        first = len(prev) - (2 if two in conv.titles and folded not in conv.titles else 1)
        return gloss(f"names who {word!r} refers to", first)
    # 5b. the name a person before it went by, from the pseudonym list read backwards
    if name_inside and conv.pseudonyms.get(inside) is not None:
        target = fold(conv.pseudonyms[inside])
        n = len(target.split())
        if len(prev) >= n and fold(" ".join(w for w, _, _ in prev[-n:])) == target:
            return gloss(f"a name {conv.pseudonyms[inside]} went by (pseudonym list)", len(prev) - n)
    # 5c. a description of the person named before it: "Sharkey [then President of ...]"
    if len(words) >= 2 and _NAME_WORD.fullmatch(word) and any(fold(w) in conv.titles for w in words):
        return gloss("describes the person named before it", len(prev) - 1)
    # 6. possessive
    if name_inside and len(words) == 1 and folded.endswith(("'s", "’s")):
        return supplied("completes the name before the possessive")
    # 7. abbreviations and expansions (a capitalised word after a capitalised word is the same
    # name transliterated: "CORA [KORA]")
    bare = word.strip("\"'“”(«")
    if _ACRONYM.fullmatch(raw) and bare.isupper() and bare.isalpha() and len(words) == 1:
        return gloss("the same name written another way", len(prev) - 1)
    if _ACRONYM.fullmatch(raw) and folded not in conv.function_words and not word[0].isdigit():
        first = len(prev) - 1
        while first > 0 and len(prev) - first < len(_letters([raw])):
            w = fold(prev[first - 1][0])
            if w in conv.function_words or w[-1:] in _BOUNDARY:
                break
            first -= 1
        return gloss("abbreviation of the words before it", first)
    if _ACRONYM.fullmatch(word.rstrip(".")) and len(words) >= 2 and fold(words[0]) not in conv.function_words:
        first = len(prev) - 1
        while first > 0 and _ACRONYM.fullmatch(prev[first - 1][0].rstrip(".")):
            first -= 1
        return gloss(f"expands the abbreviation {word!r}", first)
    # 8. function words (a capitalised "May" after a day is a month, not a modal)
    if folded in conv.function_words and (word[0].islower() or len(prev) == 1):
        return supplied(f"after the function word {word!r}: fills the sentence")
    # 9. names after names
    if name_inside and _NAME_WORD.fullmatch(word):
        n = min(len(words), len(prev))
        before = [w for w, _, _ in prev[-n:]]
        if _is_name(before) and fuzz.ratio(_letters(before), _letters(words)) >= _SIMILAR:
            return gloss("the same name spelt another way", len(prev) - n)
        if len(words) >= 2 and _compound_of(folded, [fold(w) for w in words]):
            return gloss("expands the compound of word beginnings before it", len(prev) - 1)
        if len(words) <= 2:
            return supplied("completes the name before it")
    # 10. a change of language
    if _LOWER_WORD.fullmatch(word) and 1 <= len(words) <= 6 and all(_LOWER_WORD.fullmatch(w) for w in words):
        prev_english = conv.is_english(word)
        # judge the phrase by its words of three letters or more ("k", "v", "i" are both)
        content = [w for w in words if len(w) >= 3] or words
        foreign = sum(1 for w in content if not conv.is_english(w))
        if prev_english and foreign * 3 >= len(content) * 2:
            return gloss("original-language words after their translation", len(prev) - 1)
        if not prev_english and foreign == 0 and len(words) <= 3:
            return gloss("translation of the original-language word before it", len(prev) - 1)
    return info, None, None


def read_number_context(
    info: SpanInfo, text: str, start: int, end: int, conv: Conventions | None = None
) -> SpanInfo:
    """A note-reference form: a note reference when glued (unless its letters complete the word
    before it, ``assume[d]``), a correction after a number (``10 [12] a.m.``), else supplied."""
    prev = text[start - 1] if start > 0 else "\n"
    raw = text[start + 1 : end - 1].strip()
    if prev.isalpha() and raw.isalpha() and conv is not None:
        words = _previous_words(text, start)
        if words and conv.is_english(fold(words[-1][0] + raw).strip("\"'“”(«")):
            return _variant(info, "supplied", "glued letters that complete the word before them")
    if not (prev.isspace() and prev not in "\r\n"):
        return info
    words = _previous_words(text, start)
    if words and _NUMBER.fullmatch(words[-1][0]) and _NUMBER.fullmatch(raw):
        corrected = dataclasses.replace(info, correction=raw, number=None)
        return _variant(
            corrected, "sic", f"number after the number {words[-1][0]!r}: the editor's correction"
        )
    return _variant(info, "supplied", "number after a space: supplied")
