"""Calendar arithmetic for TIMEX3 values: shifting, choosing a year by tense, and export.

A *direction* says where an underspecified date lies relative to the publication date:
"past" (on or before), "future" (on or after) or "" (the nearest, ties to the past; a weekday
on or before). "nearest" is "" for a weekday too: the one fewer days away.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from diplograph.stages.dates.words import SMALLER_UNIT, UNITS


def duration_value(n: float | None, unit: str, *, split: bool = True) -> str:
    """The TimeML value of n units ("P3Y", "PT4H"; None for "X": "PXM"). A fraction said in
    words goes to the next smaller unit: 2.5 years "P2Y6M", half a century "P50Y", 1.5 days
    "P1DT12H"; one written in digits stays as written when not `split` ("PT33.1H"). Quarters
    are months, or years when they make whole years ("four straight quarters" "P1Y")."""
    if unit == "quarter":
        if n is not None and n == int(n) and n % 4 == 0:
            return f"P{int(n) // 4}Y"
        n, unit = (None if n is None else 3 * n), "month"
    code, timed = UNITS[unit]
    if code == "2W":  # a fortnight
        n, code = (None if n is None else 2 * n), "W"
    if n is None:
        return f"P{'T' if timed else ''}X{code}"
    whole, fraction = int(n), n - int(n)
    parts = [(whole, code, timed)] if whole else []
    if fraction:
        if not split or (code, timed) not in SMALLER_UNIT:
            return f"P{'T' if timed else ''}{n:g}{code}"
        factor, small, small_timed = SMALLER_UNIT[(code, timed)]
        parts.append((round(fraction * factor), small, small_timed))
    days = "".join(f"{k}{c}" for k, c, t in parts if not t)
    hours = "".join(f"{k}{c}" for k, c, t in parts if t)
    return f"P{days}{'T' + hours if hours else ''}"


def decade_value(year: int) -> str:
    """The decade holding `year` as TimeML writes it: 1974 -> "197"."""
    return f"{year // 10}"


def century_value(year: int) -> str:
    """The century holding `year` as TimeML writes it: 1974 -> "19" (the 20th century)."""
    return f"{year // 100:02d}"


def safe_date(year: int, month: int, day: int) -> date | None:
    """The day, or None where the calendar has none ("February 30")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def safe_day(year: int, month: int, day: int) -> str | None:
    """`safe_date` as an ISO value."""
    found = safe_date(year, month, day)
    return found.isoformat() if found else None


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_months(d: date, months: int) -> date:
    """`d` moved by whole months, the day clipped to the month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def month_value(d: date) -> str:
    """The TIMEX3 month value: "2024-06"."""
    return f"{d.year:04d}-{d.month:02d}"


def week_value(d: date) -> str:
    """The TIMEX3 ISO week value: "2024-W25"."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    """The quarter (1-4) a date falls in."""
    return (d.month - 1) // 3 + 1


def fiscal_year(quarter: int, closes: date) -> int:
    """The fiscal year whose `quarter` closes in the month of `closes`: the year its last
    quarter ends in, or the year before when that is January (a retailer's year ending in late
    January is named by the year it began). "fiscal third quarter, which ended March 31" -> the
    year ends in June: 1997."""
    months = closes.year * 12 + closes.month - 1 + 3 * (4 - quarter)
    year, month = divmod(months, 12)
    return year - 1 if month == 0 else year


def pick_year_for_day(month: int, day: int, ref: date, direction: str) -> int | None:
    """The year that puts (month, day) on the side of `ref` the direction asks, nearest first."""
    candidates = []
    for year in range(ref.year - 4, ref.year + 5):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == "past":
        before = [c for c in candidates if c <= ref]
        return max(before).year if before else None
    if direction == "future":
        after = [c for c in candidates if c >= ref]
        return min(after).year if after else None
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref)).year


def pick_dated(candidates: list[date], ref: date, direction: str) -> date | None:
    """Of dates one per year (a holiday), the one on the side of `ref` the direction asks."""
    if direction == "past":
        return max((c for c in candidates if c <= ref), default=None)
    if direction == "future":
        return min((c for c in candidates if c >= ref), default=None)
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref), default=None)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th `weekday` (0 = Monday) of a month: US Thanksgiving is (11, 3, 4)."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def last_weekday(year: int, month: int, weekday: int) -> date:
    """The last `weekday` (0 = Monday) of a month: "the last Sunday in October"."""
    end = month_end(year, month)
    return end - timedelta(days=(end.weekday() - weekday) % 7)


def us_election_day(year: int) -> date:
    """The Tuesday after the first Monday of November."""
    return nth_weekday(year, 11, 0, 1) + timedelta(days=1)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the computus's own letters)
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def pick_year_for_month(month: int, ref: date, direction: str) -> int:
    """The year that puts `month` on the side of `ref` the direction asks."""
    if direction == "past":
        return ref.year if month <= ref.month else ref.year - 1
    if direction == "future":
        return ref.year if month >= ref.month else ref.year + 1
    best = min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs(y * 12 + month - _mi(ref)))
    return best


def _mi(d: date) -> int:
    return d.year * 12 + d.month


def pick_weekday(weekday: int, ref: date, direction: str) -> date:
    """weekday 0 = Monday. Past or unknown: on or before ref; future: on or after; nearest: the
    one fewer days away, ties to the past."""
    if direction == "nearest":
        direction = "future" if (weekday - ref.weekday()) % 7 < 4 else "past"
    if direction == "future":
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def pick_quarter_year(quarter: int, ref: date, direction: str) -> int:
    """The year that puts `quarter` on the side of `ref` the direction asks; with no
    direction the nearest, ties to the publication year."""
    current = ref.year * 4 + quarter_of(ref) - 1
    options = [year * 4 + quarter - 1 for year in (ref.year - 1, ref.year, ref.year + 1)]
    if direction == "past":
        return max(i for i in options if i <= current) // 4
    if direction == "future":  # the quarter just ended is still ahead to be reported on
        return min(i for i in options if i >= current - 1) // 4
    return min(options, key=lambda i: (abs(i - current), i // 4 != ref.year)) // 4


def season_of(d: date) -> tuple[int, str]:
    """The (year, season) a date falls in; January and February belong to last year's winter."""
    if d.month in (12, 1, 2):
        return (d.year if d.month == 12 else d.year - 1), "WI"
    return d.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def pick_season_year(season: str, ref: date, relation: str, direction: str) -> int:
    """relation: "last", "next", "this" or "" (bare "the summer", "in winter")."""
    year, current = season_of(ref)
    order = ["SP", "SU", "FA", "WI"]
    diff = order.index(season) - order.index(current)
    if relation == "this":  # "this spring" in February is this calendar year's
        if season == "WI":  # "this winter" in April is the one just ended
            return year - 1 if current == "SP" else year
        return year if current != "WI" else ref.year
    if relation == "last":
        return year if diff < 0 else year - 1
    if relation == "next":
        return year if diff > 0 else year + 1
    if direction == "past":  # a bare season we are in is this one, in either direction
        return year if diff <= 0 else year - 1
    if direction == "future":
        return year if diff >= 0 else year + 1
    return year


def shift_value(value: str, unit: str, n: int) -> str | None:
    """A calendar value moved by n units ("a year earlier", "the previous quarter"), or None
    when the value is too coarse for the unit. A quarter, half or season moved by years keeps
    its grain ("2023-Q2" -> "2022-Q2"); a day, week or month moved by years or decades gives
    the year, and one moved by quarters gives the quarter."""
    if value.startswith("FY"):  # a fiscal period moves by years or quarters and stays fiscal
        moved = shift_value(value[2:], unit, n) if unit in ("year", "quarter") else None
        return f"FY{moved}" if moved else None
    year_part = re.match(r"^(\d{4})(-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?$", value)
    if unit in ("year", "decade"):
        step = n * (10 if unit == "decade" else 1)
        if year_part:
            return f"{int(year_part[1]) + step:04d}{year_part[2] or ''}"
        return f"{int(value[:4]) + step:04d}" if _CALENDAR.match(value) else None
    if unit == "quarter":
        if m := re.match(r"^(\d{4})-Q([1-4])$", value):
            index = int(m[1]) * 4 + int(m[2]) - 1 + n
        elif m := re.match(r"^(\d{4})-(\d{2})", value):
            index = int(m[1]) * 4 + (int(m[2]) - 1) // 3 + n
        else:
            return None
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if m := _WEEK.match(value):
        if unit != "week" or m[3]:
            return None
        return week_value(date.fromisocalendar(int(m[1]), int(m[2]), 1) + timedelta(weeks=n))
    day = _DAY.match(value)
    if unit == "month" and (day or _MONTH.match(value)):
        return month_value(shift_months(date(int(value[:4]), int(value[5:7]), 1), n))
    if not day:
        return None
    base = date(int(day[1]), int(day[2]), int(day[3]))
    if unit == "week":
        return week_value(base + timedelta(weeks=n))
    if unit in ("day", "night"):
        return (base + timedelta(days=n)).isoformat()
    return None


_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}(?:-WE)?)?(?:T|$)")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA)$")


def year_of(value: str) -> str:
    """The year a calendar value falls in, fiscal years kept: "2023-Q2" -> "2023",
    "FY1989-Q4" -> "FY1989"."""
    return value[:6] if value.startswith("FY") else value[:4]


def export_date(timex_value: str | None) -> str | None:
    """A TIMEX3 value -> the most precise YYYY / YYYY-MM / YYYY-MM-DD prefix holding the whole
    interval it means, or None (decades, references, durations, fiscal years, winters...)."""
    if not timex_value:
        return None
    value = timex_value.strip()
    if m := _DAY.match(value):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if m := _MONTH.match(value):
        return value if 1 <= int(m[2]) <= 12 else None
    if _YEAR.match(value):
        return value
    if m := _WEEK.match(value):
        try:
            first = date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
        except ValueError:
            return None
        last = date.fromisocalendar(int(m[1]), int(m[2]), 7)
        if (first.year, first.month) == (last.year, last.month):
            return month_value(first)
        return f"{first.year:04d}" if first.year == last.year else None
    if m := _PART.match(value):
        return m[1]
    return None
