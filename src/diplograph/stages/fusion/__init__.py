"""The fusion stage: one event, many reports.

`decide` says whether a newly coded event is a new report of a stored one (same type and dyad,
compatible dates and places) and why; `NearDuplicates` finds reprinted articles by MinHash over
word shingles so that they add reports but not independent sources. The store calls both.

Modules: `match` (event matching), `dedup` (near-duplicate articles).
"""

from diplograph.stages.fusion.dedup import NearDuplicates, from_bytes, signature, to_bytes
from diplograph.stages.fusion.match import (
    SYMMETRIC,
    Candidate,
    Decision,
    Origin,
    close_in_time,
    dates_compatible,
    day_from_text,
    decide,
    more_precise,
    place_key,
    same_dyad,
)

__all__ = [
    "SYMMETRIC",
    "Candidate",
    "Decision",
    "NearDuplicates",
    "Origin",
    "close_in_time",
    "dates_compatible",
    "day_from_text",
    "decide",
    "from_bytes",
    "more_precise",
    "place_key",
    "same_dyad",
    "signature",
    "to_bytes",
]
