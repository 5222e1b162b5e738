"""Wire datelines: "BAGHDAD (Reuters) - ", "KABUL, Afghanistan, Aug. 23 (AFP) -- ", "AFP - ".

A dateline says where and by whom a story was filed: its place is a place of the article (the
places stage resolves it), neither it nor the agency is an actor of the story's events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diplograph.stages.ingest.words import (
    WIRE_SOURCES,
)

AGENCIES = (
    "AP|AFP|Reuters|Canadian Press|CP|UPI|DPA|dpa|Xinhua|Xinhuanet|Kyodo|Yonhap|TASS|ITAR-TASS"
    "|RIA Novosti|RIA|Interfax|ANSA|PTI|IANS|AAP|EFE|Bloomberg|(?:The )?Associated Press"
)
_DASH = r"\s*(?:--|-|\u2014|\u2013|:)\s"
# capital letters with accents too: "ZÜRICH", "GÖTEBORG", "ŁÓDŹ"
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_PLACE = (
    # BAGHDAD, GAZA CITY
    rf"(?P<place>[{_UPPER}][{_UPPER}.'\-]+(?: [{_UPPER}][{_UPPER}.'\-]+){{0,3}}"
    r"|[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+)?(?:/[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+)?)+)"  # A/B
    r"(?:, (?P<qual>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"  # , Afghanistan
    r"(?:,? (?:\d{1,2} [A-Z][a-z]+\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?))?"  # , Aug. 23
    r"\s*(?:\([^()]{1,40}\))?"  # (Reuters)
)
# "[Source - ]PLACE[, Qualifier][, date] [(Source)] -", or a known agency alone: "AFP - "
DATELINE = re.compile(
    rf"^\s*(?:(?:(?:{AGENCIES}|[A-Z][\w.&' ]{{0,40}}?) - )?{_PLACE}{_DASH}|(?:{AGENCIES}){_DASH})"
)
LOOK = 160  # characters from the start a dateline may take


@dataclass(frozen=True, slots=True)
class Dateline:
    end: int  # where the story itself begins
    place: str | None = None  # "GAZA CITY", "Bukavu/Nairobi"
    place_start: int = 0
    qualifier: str | None = None  # "Afghanistan" in "KABUL, Afghanistan -"
    qualifier_start: int = 0


@lru_cache(maxsize=64)  # stages ask it of one article many times
def dateline(text: str) -> Dateline | None:
    """The dateline a story opens with, if any; a wire agency is never taken for its place."""
    match = DATELINE.match(text[:LOOK])
    if match is None:
        return None
    place = match.group("place")
    if place and place.strip(".").upper() in WIRE_SOURCES:
        place = None
    if place is None:
        return Dateline(match.end())
    return Dateline(match.end(), place, match.start("place"), match.group("qual"),
                    match.start("qual") if match.group("qual") else 0)  # fmt: skip


def dateline_end(text: str) -> int:
    """Where a story's dateline ends; 0 when it has none."""
    found = dateline(text)
    return found.end if found else 0
