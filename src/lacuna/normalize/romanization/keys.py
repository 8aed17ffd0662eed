"""Romanisation keys of names: the syllable and letter tables, a word's key in each script's
scheme, a name's key and the score of two names."""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import regex
from rapidfuzz import fuzz

#: The score (0–100, rapidfuzz ``fuzz.ratio`` of the two keys) at which :func:`same_name`
#: takes two different keys for one name.
DEFAULT_SCORE_CUTOFF = 90.0

_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼ`′ʻ´", "'"))
_TOKEN = regex.compile(r"[\p{L}\p{M}']+")
_DOUBLED = regex.compile(r"(.)\1+")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_MAX_ROUNDS = 8
_STYLES = ("iso", "german", "french")  # the Russian styles, in the order their marks are tried


# -- the tables ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tables:
    zh: Mapping[str, str]  # spelling of a Chinese syllable -> its key
    zh_max: int
    ko: Mapping[str, str]  # spelling of a Korean syllable -> its key
    ko_max: int
    ko_surnames: Mapping[str, str]  # a whole first word -> its key (Park, Lee, ...)
    ko_surname_keys: frozenset[str]
    ko_places: frozenset[str]
    ru: Mapping[str, Mapping[str, str]]  # style -> spelling -> key (default merged in)
    ru_max: int
    ru_marks: tuple[tuple[str, regex.Pattern[str]], ...]  # (style, pattern), tried in order
    ru_after: tuple[tuple[str, str], ...]
    ru_cyrillic: Mapping[str, str]


def without_marks(text: str) -> str:
    """``text`` decomposed (NFKD) without its combining marks (``Lê Duẩn`` -> ``Le Duan``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _chinese_key(syllable: str, initials: list[str], reduce: Mapping[str, str]) -> str:
    """The key of a pinyin syllable: its initial reduced, ü written u."""
    for initial in initials:
        if syllable.startswith(initial):
            syllable = reduce.get(initial, initial) + syllable[len(initial) :]
            break
    return syllable.replace("ü", "u")


def _chinese_table(data: Mapping[str, Any]) -> dict[str, str]:
    initials = sorted(data["initials"], key=len, reverse=True)
    reduce = data["key_initials"]

    def key(p: str) -> str:
        return _chinese_key(p, initials, reduce)

    table: dict[str, str] = {}
    # most trusted first: a later source never overrides an earlier one
    for p in data["pinyin"]:
        table[p] = key(p)
    wade_giles: Mapping[str, str] = data["wade_giles"]
    for w, p in wade_giles.items():
        table.setdefault(w, key(p))
    for w, p in data.get("postal", {}).items():
        table.setdefault(w, key(p))
    for w, p in wade_giles.items():  # written without apostrophes or diaereses
        bare = w.replace("'", "")
        for variant in (bare, w.replace("ü", "u"), bare.replace("ü", "u")):
            table.setdefault(variant, key(p))
    for w, p in data.get("prefer", {}).items():
        table[w] = key(p)
    return table


def _korean_table(data: Mapping[str, Any]) -> dict[str, str]:
    table: dict[str, str] = {}
    onsets: Mapping[str, str] = data["onsets"]
    vowels: Mapping[str, str] = data["vowels"]
    codas: Mapping[str, str] = data["codas"]
    for o, ok in onsets.items():
        for v, vk in vowels.items():
            for c, ck in codas.items():
                spelling, key = o + v + c, ok + vk + ck
                if key < table.get(spelling, "\uffff"):  # one spelling, two parses: the smaller key
                    table[spelling] = key
    return table


@cache
def _tables() -> _Tables:
    ref = resources.files("lacuna") / "data" / "romanization.toml"
    with ref.open("rb") as f:
        data = tomllib.load(f)
    zh = _chinese_table(data["chinese"])
    korean = data["korean"]
    ko = _korean_table(korean)
    surnames = {k.translate(_APOSTROPHES): v for k, v in korean["surnames"].items()}
    syllables = [s.translate(_APOSTROPHES) for s in korean["names"]["surname_syllables"]]
    surname_keys = frozenset(surnames.values()) | frozenset(ko[s] for s in syllables if s in ko)
    russian = data["russian"]
    default: dict[str, str] = dict(russian["default"])
    styles = {"default": default}
    for style in _STYLES:
        styles[style] = {**default, **russian[style]}
    marks = russian["marks"]
    ru_marks = tuple((style, regex.compile("|".join(marks[f"{style}_marks"]))) for style in _STYLES)
    return _Tables(
        zh=zh,
        zh_max=max(map(len, zh)),
        ko=ko,
        ko_max=max(map(len, ko)),
        ko_surnames=surnames,
        ko_surname_keys=surname_keys,
        ko_places=frozenset(
            unicodedata.normalize("NFC", p).translate(_APOSTROPHES) for p in korean["names"]["places"]
        ),
        ru=styles,
        ru_max=max(len(s) for table in styles.values() for s in table),
        ru_marks=ru_marks,
        ru_after=tuple((a, b) for a, b in russian["after"]["rules"]),
        ru_cyrillic=dict(russian["cyrillic"]),
    )


# -- words --------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """The words of a name: NFC, case-folded, apostrophes as ``'``, split at anything else."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).casefold()
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group().strip("'")
        if word:
            out.append(word)
    return out


def _segment(word: str, table: Mapping[str, str], longest: int) -> list[str] | None:
    """The keys of the fewest syllables that spell ``word`` (ties: the longest first syllable).

    Dynamic programming over the positions, each trying spellings up to ``longest`` long:
    linear in the word. An apostrophe between two syllables separates them (Xi'an).
    """
    n = len(word)
    none = n + 1
    best = [none] * (n + 1)  # fewest syllables spelling word[i:]
    step = [0] * (n + 1)
    best[n] = 0
    for i in range(n - 1, -1, -1):
        if word[i] == "'" and best[i + 1] < none:
            best[i], step[i] = best[i + 1], -1
        for size in range(min(longest, n - i), 0, -1):
            if best[i + size] + 1 < best[i] and word[i : i + size] in table:
                best[i], step[i] = best[i + size] + 1, size
    if best[0] >= none:
        return None
    keys: list[str] = []
    i = 0
    while i < n:
        if step[i] < 0:
            i += 1
            continue
        keys.append(table[word[i : i + step[i]]])
        i += step[i]
    return keys


@lru_cache(maxsize=65536)
def _chinese(word: str) -> str | None:
    t = _tables()
    keys = _segment(word, t.zh, t.zh_max)
    return None if keys is None else "".join(keys)


def reads_as_chinese(word: str) -> bool:
    """Whether a folded word is a run of Chinese syllables romanised (pinyin, Wade–Giles or
    postal: ``chengwen``, ``huanxiang``)."""
    return _chinese(word) is not None


@lru_cache(maxsize=65536)
def _korean(word: str) -> tuple[str, ...] | None:
    t = _tables()
    keys = _segment(word, t.ko, t.ko_max)
    return None if keys is None else tuple(keys)


@lru_cache(maxsize=65536)
def _russian(word: str) -> str:
    """The key of one word read as a romanised (or Cyrillic) Russian word."""
    t = _tables()
    if _CYRILLIC.search(word):
        out = "".join(t.ru_cyrillic.get(c, c) for c in word)
    else:
        style = next((s for s, mark in t.ru_marks if mark.search(word)), "default")
        table = t.ru[style]
        pieces: list[str] = []
        i, n = 0, len(word)
        while i < n:  # longest spelling first, bounded by the longest spelling
            for size in range(min(t.ru_max, n - i), 0, -1):
                piece = word[i : i + size]
                if piece in table:
                    pieces.append(table[piece])
                    i += size
                    break
            else:
                pieces.append(word[i])
                i += 1
        out = "".join(pieces)
    out = without_marks(out)
    out = out.replace("'", "")
    for old, new in t.ru_after:
        if old.endswith("$"):
            if out.endswith(old[:-1]):
                out = out[: len(out) - len(old) + 1] + new
        elif old.startswith("^"):
            if out.startswith(old[1:]):
                out = new + out[len(old) - 1 :]
        else:
            out = out.replace(old, new)
    return _DOUBLED.sub(r"\1", out)


def _korean_gate(words: list[str], korean: list[tuple[str, ...] | None]) -> bool:
    """Whether a name reads as Korean: it opens with a Korean surname, or is a Korean place."""
    t = _tables()
    first = words[0]
    if first in t.ko_surnames or any(w in t.ko_places for w in words):
        return True
    parts = korean[0]
    return parts is not None and len(parts) == 1 and parts[0] in t.ko_surname_keys


def _fold(text: str) -> str:
    """One round of keying: each word in the language most of the name's words read in."""
    words = _words(text)
    if not words:
        return ""
    t = _tables()
    chinese = [_chinese(w) for w in words]
    korean = [_korean(w) for w in words]
    if words[0] in t.ko_surnames:  # Park, Lee, Rhee: no syllable spells them
        korean[0] = (t.ko_surnames[words[0]],)
    n_zh = sum(k is not None for k in chinese)
    n_ko = sum(k is not None for k in korean) if _korean_gate(words, korean) else 0
    keys: list[str] = []
    if n_zh and (n_zh > n_ko or (n_zh == n_ko and words[0] not in t.ko_surnames)):
        for word, key in zip(words, chinese, strict=True):
            keys.append(key if key is not None else _russian(word))
    elif n_ko:
        for word, parts in zip(words, korean, strict=True):
            keys.append("".join(parts) if parts is not None else _russian(word))
        return _DOUBLED.sub(r"\1", "".join(keys))  # a coda and the onset after it: once
    else:
        keys = [_russian(w) for w in words]
    return "".join(keys)


@lru_cache(maxsize=65536)
def plain_key(text: str) -> str:
    """The key of a name before the aliases of the transliteration table (which uses it to
    find its own names): rounds of folding to a fixed point."""
    seen: list[str] = []
    key = _fold(text)
    while key not in seen and len(seen) < _MAX_ROUNDS:
        seen.append(key)
        key = _fold(key)
    if key in seen and key != seen[-1]:  # a cycle: its smallest member stands for it
        cycle = seen[seen.index(key) :]
        return min(cycle)
    return key


@cache
def _aliases() -> Mapping[str, str]:
    """Keys of the shipped transliteration table's variants -> the key of their canonical name
    (``Chiang Kai-shek`` -> ``Jiang Jieshi``: names no syllable table relates)."""
    from lacuna.normalize.transliteration import Transliteration  # (it imports this module)

    alias: dict[str, str] = {}
    for entries in Transliteration.default().table.values():
        for canonical, variants in entries.items():
            target = plain_key(canonical)
            for variant in variants:
                source = plain_key(variant)
                if source and source != target:
                    alias.setdefault(source, target)
    # a target that is itself a source would make the key change when keyed again
    return {s: t for s, t in alias.items() if t not in alias}


# -- public -------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The comparison key of a personal or place name, the same for its romanisations.

    ``Chou En-lai``, ``Zhou Enlai`` and ``CHOU ENLAI`` share a key, as do ``Kim Il Sung``
    and ``Kim Il-song``, ``Khrushchev``, ``Khrushchov`` and ``Хрущёв``. Case, hyphens,
    spaces and apostrophes between syllables do not change the key; keying a key gives
    the key back. An empty or letterless text has the key ``""``.
    """
    key = plain_key(text)
    return _aliases().get(key, key)


def name_keys(texts: Iterable[str]) -> list[str]:
    """:func:`name_key` of each text, in order (for rapidfuzz ``process.cdist`` on keys)."""
    return [name_key(t) for t in texts]


def name_score(a: str, b: str, *, score_cutoff: float = 0.0) -> float:
    """How alike two names are, 0–100: 100 when their keys are equal, else rapidfuzz's
    ``fuzz.ratio`` of the keys (0 below ``score_cutoff``)."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return 100.0 if ka else 0.0
    return float(fuzz.ratio(ka, kb, score_cutoff=score_cutoff))


def same_name(a: str, b: str, *, score_cutoff: float = DEFAULT_SCORE_CUTOFF) -> bool:
    """Whether two names are one name in different romanisations (or nearly so): their keys
    are equal, or score at least ``score_cutoff`` (:func:`name_score`)."""
    return name_score(a, b, score_cutoff=score_cutoff) >= score_cutoff


#: What a consonant key drops: anything but letters and digits, and the vowels (``w`` and ``y``
#: among them: ``Mawlana``/``Maulana``, ``Sayyid``/``Said``).
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]++")
_VOWEL_RUNS = regex.compile(r"[aeiouwy]++")


@lru_cache(maxsize=65536)
def consonant_key(text: str) -> str:
    """The consonants of a word or name in order, the skeleton romanisations of a script
    without short vowels (Arabic, Persian, Hebrew) share and a word spelt by sound keeps: its
    letters and digits case-folded and without marks, the vowels (``a e i o u`` and ``w``,
    ``y``) dropped, a doubled consonant once. ``Tilimsan`` and ``Tlemsen`` share theirs
    (``tlmsn``), as do ``Muhammad`` and ``Mohammed``, ``scroll`` and ``scrawl``."""
    folded = text.casefold() if text.isascii() else without_marks(text).casefold()
    return _DOUBLED.sub(r"\1", _VOWEL_RUNS.sub("", _NOT_ALNUM.sub("", folded)))
