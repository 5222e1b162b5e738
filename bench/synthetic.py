"""A synthetic store of many events, written row by row into the real schema (no NLP), for the
API and dashboard benchmarks.

    python3 bench/synthetic.py /tmp/diplograph-100k.db --events 100000

States, cities, dates (10% undated, a fifth to the month only), PLOVER types with their quad
classes and scores, one article a five events, one report an event with its sentence, trigger
and actor words. A fixed seed makes the same store every time.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from diplograph.store.sqlite import Store

STATES = {  # code: (name, capital, lat, lon)
    "USA": ("United States", "Washington", 38.895, -77.036),
    "RUS": ("Russia", "Moscow", 55.752, 37.616),
    "CHN": ("China", "Beijing", 39.907, 116.397),
    "PRK": ("North Korea", "Pyongyang", 39.034, 125.754),
    "KOR": ("South Korea", "Seoul", 37.566, 126.978),
    "JPN": ("Japan", "Tokyo", 35.690, 139.692),
    "UKR": ("Ukraine", "Kyiv", 50.450, 30.524),
    "IRN": ("Iran", "Tehran", 35.694, 51.422),
    "ISR": ("Israel", "Jerusalem", 31.769, 35.216),
    "IND": ("India", "New Delhi", 28.614, 77.209),
    "PAK": ("Pakistan", "Islamabad", 33.721, 73.043),
    "TUR": ("Turkey", "Ankara", 39.920, 32.854),
    "FRA": ("France", "Paris", 48.853, 2.349),
    "DEU": ("Germany", "Berlin", 52.524, 13.411),
    "GBR": ("United Kingdom", "London", 51.509, -0.126),
    "BRA": ("Brazil", "Brasilia", -15.780, -47.930),
    "ZAF": ("South Africa", "Pretoria", -25.745, 28.188),
    "EGY": ("Egypt", "Cairo", 30.063, 31.250),
    "SAU": ("Saudi Arabia", "Riyadh", 24.688, 46.722),
    "SYR": ("Syria", "Damascus", 33.510, 36.291),
    "AUS": ("Australia", "Canberra", -35.283, 149.128),
    "NGA": ("Nigeria", "Abuja", 9.058, 7.489),
    "MEX": ("Mexico", "Mexico City", 19.428, -99.128),
    "VEN": ("Venezuela", "Caracas", 10.488, -66.879),
}
TYPES = [  # (type, cameo, quad, intensity, trigger)
    ("CONSULT", "042", 1, 4.0, "visited"),
    ("CONSULT", "040", 1, 2.5, "met"),
    ("AGREE", "057", 1, 2.5, "signed"),
    ("SUPPORT", "050", 2, 5.0, "backed"),
    ("COOPERATE", "060", 2, 9.5, "cooperated with"),
    ("AID", "070", 2, 10.0, "sent aid to"),
    ("REQUEST", "020", 1, 0.0, "urged"),
    ("ACCUSE", "112", 3, -2.0, "accused"),
    ("REJECT", "120", 3, -2.0, "rejected"),
    ("THREATEN", "130", 3, -3.5, "threatened"),
    ("PROTEST", "140", 4, -5.0, "protested against"),
    ("SANCTION", "163", 4, -6.0, "sanctioned"),
    ("COERCE", "170", 4, -7.0, "seized ships of"),
    ("ASSAULT", "190", 4, -9.0, "attacked"),
    ("MOBILIZE", "150", 4, -6.0, "mobilised against"),
]


def build(path: str | Path, events: int, *, seed: int = 20, per_article: int = 5) -> float:
    """Write a fresh store of `events` events; returns the seconds it took."""
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    rng = random.Random(seed)
    codes = list(STATES)
    weights = [1 / (i + 1) ** 0.7 for i in range(len(codes))]  # a few busy states, many quiet
    with Store(path) as store:
        c = store.conn
        c.execute("PRAGMA synchronous = OFF")
        c.execute("BEGIN")
        actor_ids = {}
        for code, (name, *_rest) in STATES.items():
            for sector in (None, "GOV", "MIL"):
                cur = c.execute(
                    "INSERT INTO actors (code, country, sector, name) VALUES (?,?,?,?)",
                    (code + (sector or ""), code, sector, name),
                )
                actor_ids[code, sector] = cur.lastrowid
        article = None
        for i in range(events):
            if i % per_article == 0:
                article = c.execute(
                    "INSERT INTO articles (article_id, hash, text, published, url, source)"
                    " VALUES (?,?,?,?,?,?)",
                    (f"syn{i // per_article}", f"h{i}", "synthetic", "2025-01-01",
                     f"https://news.example/{i // per_article}", "synthetic"),
                ).lastrowid  # fmt: skip
            a, r = rng.choices(codes, weights, k=2)
            while r == a:
                r = rng.choice(codes)
            kind, cameo, quad, intensity, trigger = rng.choice(TYPES)
            roll = rng.random()
            year, month, day = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
            when = (
                None if roll < 0.1 else f"{year}-{month:02d}" if roll < 0.3
                else f"{year}-{month:02d}-{day:02d}"
            )  # fmt: skip
            name_a, _, _, _ = STATES[a]
            name_r, city, lat, lon = STATES[r]
            sentence = f"{name_a} {trigger} {name_r} in {city}, officials said."
            located = rng.random() < 0.6
            row = c.execute(
                "INSERT INTO events (event_type, mode, context, actor, recipient, date,"
                " date_timex, date_source, cameo, intensity, quad_code, confidence, asserted,"
                " location_name, location_country, lat, lon, location_precision, geonameid,"
                " reports, sources) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    kind, None, "[]", actor_ids[a, rng.choice((None, "GOV", "MIL"))],
                    actor_ids[r, rng.choice((None, "GOV"))], when, when,
                    "text" if when else None, cameo, intensity, quad, 0.6,
                    int(rng.random() > 0.05),
                    city if located else None, r if located else None,
                    lat + rng.uniform(-0.3, 0.3) if located else None,
                    lon + rng.uniform(-0.3, 0.3) if located else None,
                    rng.choice(("city", "city", "region", "country")) if located else None,
                    None, 1, 1,
                ),
            ).lastrowid  # fmt: skip
            start = sentence.index(trigger)
            c.execute(
                "INSERT INTO event_mentions (event, article, sentence, sentence_start,"
                " sentence_end, text, trigger, trigger_start, trigger_end, actor_text,"
                " recipient_text, date, date_timex, date_text, confidence, fusion)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (row, article, i % per_article, 0, len(sentence), sentence, trigger, start,
                 start + len(trigger), name_a, name_r, when, when, None, 0.6, "new event"),
            )  # fmt: skip
        c.execute("INSERT INTO relations (type, members, since, article, sentence, evidence,"
                  " start, end) VALUES ('defense_pact', ?, '2024-06', 1, 0, 'a pact', 0, 6)",
                  (json.dumps(["PRK", "RUS"]),))  # fmt: skip
        c.execute("COMMIT")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    seconds = build(args.db, args.events)
    print(f"{args.events} events written to {args.db} in {seconds:.1f} s")


if __name__ == "__main__":
    main()
