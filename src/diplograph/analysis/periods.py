"""Periods: how a partial date ('2024', '2024-06', '2024-06-19') falls into a year, quarter or
month, and how --since/--until are checked.

A date is bucketed only as finely as it is known. By year every dated event has its bucket. By
quarter or month, an event known only to the year goes to the bucket '2024 (quarter unknown)'
or '2024 (month unknown)', listed after that year's quarters or months; nothing is spread or
guessed. An undated event has no period: every answer counts it apart ('undated').
"""

from __future__ import annotations

import re

from diplograph.errors import InputError

PERIODS = ("year", "quarter", "month")
UNDATED = "undated"
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_period(by: str) -> str:
    if by not in PERIODS:
        raise InputError(f"period must be one of {', '.join(PERIODS)}, not {by!r}")
    return by


def check_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """--since and --until as YYYY[-MM[-DD]] strings; InputError if malformed or reversed."""
    for name, value in (("since", since), ("until", until)):
        if value is not None and not _DATE.match(str(value)):
            raise InputError(f"--{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    since = str(since) if since is not None else None
    until = str(until) if until is not None else None
    if since and until and until < since[: len(until)]:
        raise InputError(f"--until {until} is before --since {since}")
    return since, until


def period_of(value: str | None, by: str = "year") -> str:
    """The bucket of a stored date value in a by-year, -quarter or -month view."""
    if not value or not value[:4].isdigit():
        return UNDATED
    year = value[:4]
    if by == "year":
        return year
    month = value[5:7] if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit() else None
    if month is None:
        return f"{year} ({by} unknown)"
    if by == "quarter":
        return f"{year}-Q{(int(month) + 2) // 3}"
    return f"{year}-{month}"


def period_sql(column: str, by: str) -> str:
    """The same bucketing as `period_of`, as an SQL expression over a date column."""
    check_period(by)
    year = f"substr({column}, 1, 4)"
    known = f"{column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"
    if by == "year":
        inner = year
    elif by == "quarter":
        inner = (
            f"CASE WHEN {known} THEN {year} || '-Q' || ((CAST(substr({column}, 6, 2) AS INTEGER)"
            f" + 2) / 3) ELSE {year} || ' (quarter unknown)' END"
        )
    else:
        inner = (
            f"CASE WHEN {known} THEN substr({column}, 1, 7) ELSE {year} || ' (month unknown)' END"
        )
    return f"CASE WHEN {column} GLOB '[0-9][0-9][0-9][0-9]*' THEN {inner} ELSE '{UNDATED}' END"


def sort_key(period: str) -> tuple:
    """Chronological order; a year's 'unknown' bucket after its quarters or months; undated
    last."""
    if period == UNDATED:
        return (1, "", 0)
    return (0, period[:4], 1 if "unknown" in period else 0, period)


def in_range(value: str | None, since: str | None, until: str | None) -> bool:
    """Whether a dated value lies in [since, until] (the store's own filter: a '2024' event is
    after --since 2024-06 only if the prefix compares so)."""
    if not value:
        return False
    if since and value < since:
        return False
    return not (until and value[: len(until)] > until)


def range_sql(column: str, since: str | None, until: str | None) -> tuple[str, list]:
    """An SQL condition (and its arguments) for `in_range`, or ('1', []) for no bounds."""
    where, args = [], []
    if since:
        where.append(f"{column} >= ?")
        args.append(since)
    if until:
        where.append(f"substr({column}, 1, {len(until)}) <= ?")
        args.append(until)
    return (" AND ".join(where) or "1"), args
