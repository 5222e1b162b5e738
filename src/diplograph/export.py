"""Event exports: PLOVER-style JSONL, and flat CSV for spreadsheets."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

FORMATS = ("jsonl", "csv")

CSV_COLUMNS = (
    "id",
    "date",
    "date_timex",
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


def write_events(events: Iterable[dict], out: TextIO, fmt: str = "jsonl") -> int:
    """Write events to an open text stream; returns how many were written."""
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
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count
