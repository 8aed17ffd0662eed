"""Transliteration variants as data: the table the ``transliteration`` step applies.

The shipped table is ``lacuna/data/transliteration.toml`` (Wade–Giles → pinyin for common
names, Russian romanisation variants, abbreviated forms of address). A variant is found as
written (any case), and a run of two or more capitalised words is also found by its
romanisation key (:func:`lacuna.normalize.romanization.name_key`) if a name of the table
has that key: ``Mao Tse tung``, ``Mao Tsetung`` and ``MAO TSE TUNG`` all become ``Mao
Zedong`` though only ``Mao Tse-tung`` is listed. A user
file is merged over it table by table, lists extended, so a new name needs no code::

    table = Transliteration.default().extend("my-names.toml")
    table = table.extend({"names": {"Gromyko": ["Gromyco"]}})
"""

from __future__ import annotations

import itertools
import operator
import re
import tomllib
from collections.abc import Collection, Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick_rs
import numpy as np
import regex

from lacuna.errors import LacunaError
from lacuna.normalize import romanization
from lacuna.normalize.automata import (
    _OTHER_BYTE,
    _ascii_automaton,
    _ascii_places,
    _bytes_automaton,
    _char_places,
    _longest,
    _longest_in_image,
    _mark_at,
    _python_word_class,
    _trie,
    _window_automata,
)

__all__ = ["Transliteration"]

Table = dict[str, dict[str, list[str]]]


def _merge(base: Table, extra: Mapping[str, Mapping[str, Sequence[str]]]) -> Table:
    out = {group: {k: list(v) for k, v in entries.items()} for group, entries in base.items()}
    for group, entries in extra.items():
        target = out.setdefault(group, {})
        for canonical, variants in entries.items():
            have = target.setdefault(canonical, [])
            have.extend(v for v in variants if v not in have)
    return out


def _check(data: Any, origin: str) -> Table:
    if not isinstance(data, Mapping):
        raise LacunaError(f"{origin}: a transliteration table is a TOML table of tables")
    table: Table = {}
    for group, entries in data.items():
        if not isinstance(entries, Mapping):
            raise LacunaError(f'{origin}: [{group}] must be a table of "Canonical" = ["variant", ...]')
        for canonical, variants in entries.items():
            if (
                not isinstance(variants, list)
                or not all(isinstance(v, str) and v.strip() for v in variants)
                or not canonical.strip()
            ):
                raise LacunaError(f"{origin}: [{group}] {canonical!r} must list non-empty variant strings")
        table[group] = {k: list(v) for k, v in entries.items()}
    return table


class Transliteration:
    """A table of canonical spellings and their variants, with the matcher built from it."""

    def __init__(self, table: Mapping[str, Mapping[str, Sequence[str]]], origin: str = "<data>") -> None:
        """Build from ``{group: {canonical: [variants]}}``; raises LacunaError if inconsistent."""
        self.table: Table = _check(table, origin)
        self.origin = origin
        canon: dict[str, str] = {}  # casefolded variant -> canonical
        lowered: dict[str, str] = {}  # lower-cased variant -> canonical
        for entries in self.table.values():
            for canonical, variants in entries.items():
                for variant in variants:
                    key = variant.casefold()
                    if canon.get(key, canonical) != canonical:
                        raise LacunaError(
                            f"{origin}: variant {variant!r} belongs to both {canon[key]!r} and {canonical!r}"
                        )
                    if len(variant) > _MAX_VARIANT:
                        raise LacunaError(f"{origin}: variant {variant[:40]!r}... is too long")
                    if key != canonical.casefold():
                        canon[key] = canonical
                        lowered[variant.lower()] = canonical
        self._canonical = canon
        self._lowered = lowered
        self._keyed, self._window = _keyed(self.table)
        self._runs_keyed: dict[str, list[tuple[int, int, str]]] = {}
        # On lower-cased text (the usual case: lower() keeps every offset) one trie-shaped
        # alternation of the variants, which the re engine scans fast; otherwise the same
        # search, case-insensitive, on the text itself.
        self._fast = re.compile(rf"(?<!\w){_trie(lowered)}(?!\w)") if lowered else None
        # The same search as ``_fast``, in one Aho-Corasick pass (all variants at once, in C):
        # every place a variant is written, then the longest one with word boundaries at each
        # start, from the left (what the trie regex finds), kept in Python (few places).
        self._automaton = ahocorasick_rs.AhoCorasick(list(lowered)) if lowered else None
        # The same search on the UTF-8 bytes of the text lower-cased byte by byte (ASCII only:
        # no lower-cased copy of the text is made): each variant also in the spellings whose
        # lower case it is (``Ü`` for ``ü``), found by a bytes automaton.
        self._bytes_automaton, self._bytes_variants = _bytes_automaton(lowered)
        # And the ASCII variants searched in the text's ASCII image (each other character a
        # "?": one byte a character, so the offsets are the text's), where no letter of the
        # other variants stands.
        self._ascii_automaton, self._ascii_blockers = _ascii_automaton(lowered)
        # And the leftmost-longest automata of those variants a few dozen at a time, which
        # skip to where one may start (SIMD in C): every place of the overlapping search starts
        # inside one of their matches, so on a long text that search reads only around them.
        self._ascii_windows = _window_automata(lowered)
        self._words_pattern: regex.Pattern[str] | None = None  # built when first needed
        self._pattern = (
            regex.compile(
                r"(?<!\w)\L<variants>(?!\w)",
                variants=sorted(canon, key=len, reverse=True),
                flags=regex.IGNORECASE | regex.FULLCASE,
            )
            if canon
            else None
        )
        for entries in self.table.values():
            for canonical in entries:
                if self._pattern is not None and self._pattern.search(canonical):
                    found = self._pattern.search(canonical)
                    assert found is not None
                    raise LacunaError(
                        f"{origin}: canonical spelling {canonical!r} contains the variant "
                        f"{found.group()!r}, so normalising twice would change it again"
                    )

    @classmethod
    def default(cls) -> Transliteration:
        """The table shipped with lacuna (one shared instance)."""
        return _default()

    @classmethod
    def load(cls, path: str | Path) -> Transliteration:
        """The shipped table with a user TOML file merged over it."""
        return cls.default().extend(path)

    def extend(self, extra: str | Path | Mapping[str, Mapping[str, Sequence[str]]]) -> Transliteration:
        """A new table: this one with ``extra`` (a TOML file or a mapping) merged over it."""
        if isinstance(extra, str | Path):
            origin = str(extra)
            try:
                with open(extra, "rb") as f:
                    data: Any = tomllib.load(f)
            except OSError as exc:
                raise LacunaError(f"{origin}: cannot read: {exc.strerror or exc}") from exc
            except tomllib.TOMLDecodeError as exc:
                raise LacunaError(f"{origin}: not valid TOML: {exc}") from exc
            except UnicodeDecodeError as exc:
                raise LacunaError(
                    f"{origin}: not valid TOML: byte 0x{exc.object[exc.start]:02x} is not UTF-8"
                ) from exc
        else:
            origin, data = "<mapping>", extra
        return Transliteration(_merge(self.table, _check(data, origin)), f"{self.origin}+{origin}")

    def canonical(self, variant: str) -> str | None:
        """The canonical spelling of a variant (any case, or any spelling with the key of one
        of the table's names), or None (also for a canonical spelling itself)."""
        found = self._canonical.get(variant.casefold())
        if found is None and self._keyed:
            found = self._keyed.get(romanization.plain_key(variant))
            if found is not None and found.casefold() == variant.casefold():
                return None
        return found

    def __len__(self) -> int:
        return len(self._canonical)

    def __reduce__(self) -> tuple[type[Transliteration], tuple[Table, str]]:
        # rebuilt from its table when unpickled (the automaton is no Python object)
        return (Transliteration, (self.table, self.origin))

    def __repr__(self) -> str:
        return f"Transliteration({self.origin!r}, {len(self)} variants)"

    def replacements(
        self, text: str, alphabet: Collection[str] | None = None, *, image: bytes | None = None
    ) -> list[tuple[int, int, str]]:
        """Each variant in ``text`` as ``(start, end, canonical)``, in the variant's case.

        ``alphabet``, if given, holds every character outside ASCII that ``text`` holds (it may
        hold more): the search then asks it, not the text, which characters are present.
        ``image``, if given, is ``text.encode("ascii", "replace")``."""
        if self._pattern is None or self._fast is None:
            return []
        if image is None:
            image = text.encode("ascii", "replace")  # one byte a character (see romanization.run_spans)
        present = text if alphabet is None else alphabet
        columns = self._ascii_columns(text, image, present)
        if columns is None:
            spans = self._byte_spans(text, present)
            if spans is None:
                low = text.lower()
                if len(low) == len(text):
                    spans = self._literal_spans(low)
                else:
                    spans = [m.span() for m in self._unicode_pattern().finditer(text)]
            columns = (
                np.fromiter(map(_FIRST, spans), dtype=np.int64, count=len(spans)),
                np.fromiter(map(_SECOND, spans), dtype=np.int64, count=len(spans)),
            )
        out = self._found(text, image, *columns)
        if self._keyed:
            out = self._by_key(text, out, image, alphabet)
        return out

    def _unicode_pattern(self) -> regex.Pattern[str]:
        """The variants, case-insensitive with full case folding, standing between characters
        that are not word characters *as ``re`` and ``str.isalnum`` see them* (the other paths'
        boundaries): ``regex``'s own ``\\w`` follows a newer Unicode than Python's, so with it
        a text would be cut differently once lower-cased, and normalising twice would differ."""
        if self._words_pattern is None:
            word = _python_word_class()
            self._words_pattern = regex.compile(
                rf"(?-i:(?<![{word}]))\L<variants>(?-i:(?![{word}]))",
                variants=sorted(self._canonical, key=len, reverse=True),
                flags=regex.IGNORECASE | regex.FULLCASE,
            )
        return self._words_pattern

    def _literal_spans(self, low: str) -> list[tuple[int, int]]:
        """Where ``self._fast`` matches ``low`` (a lower-cased text): each variant standing as
        a whole word, the longest at a place, from the left, not overlapping."""
        assert self._automaton is not None and self._fast is not None
        try:
            places = self._automaton.find_matches_as_indexes(low, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate (text read with errors="surrogateescape")
            return [m.span() for m in self._fast.finditer(low)]
        return _longest(low, places)

    def _found(
        self, text: str, image: bytes, starts: np.ndarray, ends: np.ndarray
    ) -> list[tuple[int, int, str]]:
        """The variants found at ``starts``/``ends`` (whole words, in order) that change, as
        ``(start, end, canonical)``: each distinct spelling decided once; one that a combining
        mark touches (a character outside ASCII beside it, ``?`` in ``image``, the text's ASCII
        image, read in Python) is no variant (the mark belongs to the word)."""
        if not len(starts):
            return []
        n = len(text)
        codes = np.frombuffer(image, dtype=np.uint8)
        before = np.flatnonzero(starts > 0)
        before = before[codes[starts[before] - 1] == _OTHER_BYTE]
        after = np.flatnonzero(ends < n)
        after = after[codes[ends[after]] == _OTHER_BYTE]
        firsts, lasts = starts.tolist(), ends.tolist()
        found = list(map(text.__getitem__, map(slice, firsts, lasts)))
        decided = {spelling: self._replacement(spelling) for spelling in set(found)}
        news = list(map(decided.__getitem__, found))
        for k in before.tolist():
            if not text[firsts[k] - 1].isascii() and _mark_at(text, firsts[k] - 1):
                news[k] = None  # a combining mark belongs to the word: no boundary there
        for k in after.tolist():
            if not text[lasts[k]].isascii() and _mark_at(text, lasts[k]):
                news[k] = None
        return [edit for edit in zip(firsts, lasts, news, strict=True) if edit[2] is not None]  # type: ignore[misc]

    def _ascii_spans(
        self, text: str, image: bytes, present: Collection[str] | None = None
    ) -> list[tuple[int, int]] | None:
        """:meth:`_literal_spans` of ``text.lower()``, found in ``image`` (``text`` encoded as
        ASCII, ``?`` for each other character) lower-cased, when the variants it can hold
        are ASCII; None where it may hold another (a letter of one stands in it) or a
        character whose lower case is ASCII or longer stands in it."""
        columns = self._ascii_columns(text, image, present)
        return None if columns is None else list(zip(columns[0].tolist(), columns[1].tolist(), strict=True))

    def _ascii_columns(
        self, text: str, image: bytes, present: Collection[str] | None = None
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """:meth:`_ascii_spans` as two integer arrays, the starts and the ends."""
        automaton = self._ascii_automaton
        present = text if present is None else present
        if automaton is None or any(c in present for c in self._ascii_blockers):
            return None
        starts, ends = _ascii_places(automaton, self._ascii_windows, image.lower())
        return _longest_in_image(text, image, starts, ends)

    def _byte_spans(self, text: str, present: Collection[str] | None = None) -> list[tuple[int, int]] | None:
        """:meth:`_literal_spans` of ``text.lower()``, found in the UTF-8 bytes of ``text``
        lower-cased as ASCII (no lower-cased copy of the text); None for a text this search
        cannot read (a character whose lower case is ASCII or longer, ``Σ`` when a variant
        holds a sigma, a lone surrogate)."""
        automaton = self._bytes_automaton
        present = text if present is None else present
        if automaton is None or any(c in present for c in self._bytes_variants):
            return None
        try:
            raw = text.encode()
        except UnicodeEncodeError:
            return None
        places = automaton.find_matches_as_indexes(raw.lower(), overlapping=True)
        if not places:
            return []
        if len(raw) != len(text):
            places = _char_places(raw, places)
        return _longest(text, places)

    def _replacement(self, found: str) -> str | None:
        """The canonical spelling that replaces the variant ``found``, in its case, or None."""
        canonical = self._canonical.get(found.casefold()) or self._lowered.get(found.lower())
        if canonical is None:
            return None
        canonical = _in_case_of(found, canonical)
        return canonical if canonical != found else None

    def _by_key(
        self,
        text: str,
        literal: list[tuple[int, int, str]],
        image: bytes | None = None,
        alphabet: Collection[str] | None = None,
    ) -> list[tuple[int, int, str]]:
        """``literal`` and, in the runs of capitalised words it leaves free, the longest runs
        of two words or more (up to the longest name of the table) whose key is a name's
        key. (Single words are found as written only: every capitalised word would
        otherwise be keyed, which costs more than the rest of the step.)

        Each distinct stretch of capitalised words is decided once (:attr:`_runs_keyed`);
        the stretches are cut from the text, looked up and sifted in C (``map``,
        ``itertools.compress``), so Python looks only at the stretches that hold a name, touch
        a variant found as written or end glued to what follows."""
        first_at, ends = romanization.run_arrays(text, image, alphabet)
        if not len(first_at):
            return literal
        firsts, lasts = first_at.tolist(), ends.tolist()
        cache = self._runs_keyed
        if len(cache) >= _RUNS_CACHED:
            cache.clear()
        chunks = list(map(text.__getitem__, map(slice, firsts, lasts)))
        distinct = set(chunks)
        for chunk in distinct.difference(cache):
            cache[chunk] = self._keyed_in_chunk(chunk)
        # the stretches to read in Python: a name found in it, a variant found as written in
        # it, or its last word glued by a hyphen to what follows (the distinct stretches with
        # a name first: a set's look-up costs less than a table's and a truth test)
        spellings = list(distinct)
        named = set(itertools.compress(spellings, map(cache.__getitem__, spellings)))
        look = np.fromiter(map(named.__contains__, chunks), dtype=bool, count=len(chunks))
        n = len(text)
        inside = ends < n - 1
        if inside.any():
            # a hyphen after the stretch: "-" in the ASCII image, or "?" (‐, ‑ or another
            # character: the exact test is the slow path's)
            if image is None:
                image = text.encode("ascii", "replace")
            after = np.frombuffer(image, dtype=np.uint8)[ends[inside]]
            look[np.flatnonzero(inside)[(after == _HYPHEN_BYTE) | (after == _OTHER_BYTE)]] = True
        # (the literal variants that end at or before each stretch's start: those before it)
        before = np.zeros(len(first_at), dtype=np.int64)
        if literal:
            lit_starts = np.fromiter(map(_FIRST, literal), dtype=np.int64, count=len(literal))
            lit_ends = np.fromiter(map(_SECOND, literal), dtype=np.int64, count=len(literal))
            before = np.searchsorted(lit_ends, first_at, side="right")
            has = before < len(literal)
            look[has] |= lit_starts[before[has]] < ends[has]
        picked = np.flatnonzero(look)
        if not len(picked):
            return literal
        return self._by_key_in(
            text, literal, np.column_stack((first_at[picked], ends[picked], before[picked])).tolist()
        )

    def _keyed_in_chunk(self, chunk: str) -> list[tuple[int, int, str]]:
        """The keyed names of a stretch's text alone, offsets into it."""
        return [
            keyed_name
            for run in romanization.name_runs(chunk, several=True)
            for keyed_name in self._keyed_in_run(chunk, run)
        ]

    def _by_key_in(
        self, text: str, literal: list[tuple[int, int, str]], stretches: list[list[int]]
    ) -> list[tuple[int, int, str]]:
        """:meth:`_by_key` over the given stretches (the others hold no name), each
        ``[first, last, before]``: ``before`` the number of ``literal`` edits that end at or
        before ``first`` (the edits before a stretch are taken in one slice, not one by one)."""
        out: list[tuple[int, int, str]] = []
        taken = 0  # the literal edits in ``out``
        n_literal = len(literal)
        cache = self._runs_keyed
        for first, last, before in stretches:
            if last < len(text) - 1 and text[last] in _HYPHENS and text[last + 1].isalnum():
                # the last word is glued to what follows (``En-lai-1947``): it is not a name's
                # last word, as ``En-lai-January`` is not (a step after this one, dates, may
                # turn the one into the other: normalising twice must change nothing)
                gap = _LAST_GAP.search(text, first, last)
                if gap is None:
                    continue
                last = gap.start()
            if before > taken:
                out += literal[taken:before]
                taken = before
            nxt = literal[taken] if taken < n_literal else None
            chunk = text[first:last]
            if nxt is None or nxt[0] >= last:
                # no variant found as written in these words: their names depend on their text
                # alone (the same words met again cost a look-up)
                found = cache.get(chunk)
                if found is None:
                    found = cache[chunk] = self._keyed_in_chunk(chunk)
                if found:
                    out.extend((first + s, first + e, c) for s, e, c in found)
                continue
            for run in romanization.name_runs(chunk, several=True):
                run = [(s + first, e + first) for s, e in run]
                i, n = 0, len(run)
                while i < n:
                    start = run[i][0]
                    while nxt is not None and nxt[1] <= start:
                        out.append(nxt)
                        taken += 1
                        nxt = literal[taken] if taken < n_literal else None
                    for size in range(min(self._window, n - i), 1, -1):
                        end = run[i + size - 1][1]
                        if nxt is not None and nxt[0] < end:
                            continue  # overlaps a variant found as written
                        found_text = text[start:end]
                        canonical = self._keyed_name(
                            found_text, text[start : run[i + size - 2][1]], text[run[i + 1][0] : end]
                        )
                        if canonical is None:
                            continue
                        canonical = _in_layout_of(found_text, _in_case_of(found_text, canonical))
                        if canonical != found_text:
                            out.append((start, end, canonical))
                        i += size
                        break
                    else:
                        i += 1
        out += literal[taken:]
        return out

    def _keyed_name(self, found: str, shorter: str, later: str) -> str | None:
        """The canonical name whose key is that of ``found`` (two words or more), if any;
        None for English words, or when ``shorter`` (``found`` without its last word) or
        ``later`` (without its first word) has that key too: that word adds nothing to the
        key (``Urumqi I``, a syllable joined to the name; ``U Urumqi``, a letter that a
        doubled one absorbs), so it belongs to no name and stays as written."""
        key = romanization.plain_key(found)
        canonical = self._keyed.get(key)
        if canonical is None or romanization.all_english(found):
            return None
        if romanization.plain_key(shorter) == key or romanization.plain_key(later) == key:
            return None
        return canonical

    def _keyed_in_run(self, text: str, run: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """The longest windows of two words or more of one run (``text`` is the run) whose key
        is a name's key, as ``(start, end, canonical)`` where the spelling changes."""
        out: list[tuple[int, int, str]] = []
        i, n = 0, len(run)
        while i < n:
            start = run[i][0]
            for size in range(min(self._window, n - i), 1, -1):
                end = run[i + size - 1][1]
                found = text[start:end]
                canonical = self._keyed_name(
                    found, text[start : run[i + size - 2][1]], text[run[i + 1][0] : end]
                )
                if canonical is None:
                    continue
                cased = _in_case_of(found, canonical)
                if cased != found:
                    cased = _in_layout_of(found, cased)
                    if cased != found:
                        out.append((start, end, cased))
                i += size
                break
            else:
                i += 1
        return out


#: Runs of names whose keyed windows a table keeps (then it starts afresh).
_RUNS_CACHED = 1 << 16
_HYPHEN_BYTE = ord("-")
_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)
_HYPHENS = frozenset("-‐‑")
_LAST_GAP = regex.compile(r"(?r)\s+")  # the last white space of a stretch
_MAX_VARIANT = 200


def _in_case_of(found: str, canonical: str) -> str:
    """The canonical spelling in the case the variant was written in (lower, upper, as is)."""
    if found == found.casefold() and found != found.upper():
        return canonical.casefold()
    if found == found.upper() and found != found.casefold():
        return canonical.upper()
    return canonical


_SPACES = re.compile(r"\s+")


def _in_layout_of(found: str, canonical: str) -> str:
    """The canonical spelling with the white space of what was found between its words, when
    both have as many words (``Mao\nTse-tung`` -> ``Mao\nZedong``: the line break stays)."""
    gaps = _SPACES.findall(found)
    words = canonical.split(" ")
    if len(words) != len(gaps) + 1 or len(gaps) == 0:
        return canonical
    return "".join(w + g for w, g in zip(words, [*gaps, ""], strict=True))


def _keyed(table: Table) -> tuple[dict[str, str], int]:
    """The key of each name of the table (a canonical spelling that is a name, and its
    variants) -> the canonical spelling; a key two names share is left out. Also the most
    words a keyed spelling has."""
    keyed: dict[str, str] = {}
    shared: set[str] = set()
    window = 0
    for entries in table.values():
        for canonical, variants in entries.items():
            if not romanization.is_name(canonical):
                continue  # Comrade, Cde.: forms of address are found as written only
            for spelling in (canonical, *variants):
                key = romanization.plain_key(spelling)
                if not key:
                    continue
                if keyed.setdefault(key, canonical) != canonical:
                    shared.add(key)
                window = max(window, len(romanization.name_runs(spelling, any_case=True)[0]))
    for key in shared:
        del keyed[key]
    return keyed, window


@cache
def _default() -> Transliteration:
    ref = resources.files("lacuna") / "data" / "transliteration.toml"
    with ref.open("rb") as f:
        data = tomllib.load(f)
    return Transliteration(data, "transliteration.toml")
