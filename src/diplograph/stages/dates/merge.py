"""Adjacent expressions that name one time become one TIMEX3 with one value.

- a clock time and its day or part of a day, in either order: "noon Friday", "Friday at noon",
  "9:45 p.m. Thursday", "midnight on 3 May 2021", "5 a.m. this morning", "the evening of
  March 4" -> TIME, the day's date with the clock or part;
- a month, day, quarter, half or season whose year was guessed by tense, and the relative year
  after it: "March next year", "Jan. 20 next year", "the third quarter last year" -> the year
  says it;
- a weekday and the relative week after it: "Monday next week" -> the day of that week;
- a quarter, month or week and the day that closes it: "the quarter ended Sept. 30", "the
  week ended June 2" -> that quarter or (ISO) week;
- "the week of" and a day: "the week of April 25" -> the (ISO) week that day falls in;
- a fiscal year and the day that closes it: "the fiscal year ended June 30" -> FY of that
  day's year ("the fiscal year that begins April 1" stays two: countries name it either way);
- a relative year's quarter, half or month: "last year's third quarter", "next year's first
  half" -> the year says it;
- a year (or fiscal year) and the quarter or half right after it: "the 1989 third quarter",
  "fiscal 1990 first-quarter" -> the year says it.
- years or months ago and the day right after it: "a year ago today", "two months ago
  yesterday" -> that day, moved back to the year or month "ago" says.
- a length in hours and the minutes after it, or minutes and seconds: "2 hours 55 minutes",
  "3 hours and 20 minutes" -> one DURATION (PT2H55M).

Runs after the second pass, so both sides already carry their values. `align_coordinated`
puts a weekday coordinated with the one before it ("on Friday and Saturday") on the same side
of the publication date, since the tense that chose the first one governs both.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from diplograph.stages.dates.base import Context, Found
from diplograph.stages.dates.calendar import week_value
from diplograph.stages.dates.words import WEEKDAYS

_CLOCK_THEN_DAY = re.compile(r"^\s*(?:on\s+)?$", re.IGNORECASE)
_DAY_THEN_CLOCK = re.compile(r"^\s*,?\s*(?:at\s+)?$", re.IGNORECASE)
_PART_THEN_DAY = re.compile(r"^\s+of\s+$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|through|until|-|–)\s*$", re.IGNORECASE)
_COORDINATED = re.compile(r"^\s*(?:,|,?\s*(?:and|or|to|through)|-|–)\s*$", re.IGNORECASE)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PART_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$")
_YEAR = re.compile(r"^\d{4}$")
_POSSESSIVE = re.compile(r"^['’]s\s+$")
_ENDED = re.compile(r"^\s+end(?:ed|ing)\s+$", re.IGNORECASE)
# "the fiscal year ended June 30", "that ends Sept. 30"; not "The fiscal year ends on March 31",
# a clause of its own.
_FISCAL_ENDED = re.compile(
    r"^\s+(?:(?:that|which)\s+end(?:ed|ing|s)|end(?:ed|ing))\s+(?:on\s+)?$", re.IGNORECASE
)
_YEAR_BEFORE = re.compile(r"^(?:FY)?\d{4}$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_YEAR_OR_MONTH = re.compile(r"^\d{4}(?:-\d{2})?$")
_WEEK_OF = re.compile(r"\bthe\s+week\s+of\s+$", re.IGNORECASE)
_CLOCK_LENGTH = re.compile(r"^PT(?:\d+H)?(?:\d+M)?(?:\d+S)?$")
_LENGTH_GAP = re.compile(r"^(?:\s+|\s+and\s+|,\s+)$", re.IGNORECASE)


def merge_adjacent(found: list[Found], ctx: Context) -> list[Found]:
    """The expressions in text order, each adjacent pair naming one time made one."""
    out: list[Found] = []
    for f in found:
        f = _week_of(f, ctx)
        prev = out[-1] if out else None
        merged = _merged(prev, f, ctx) if prev is not None else None
        if merged is not None:
            out[-1] = merged
        else:
            out.append(f)
    return out


def align_coordinated(found: list[Found], ctx: Context) -> None:
    """ "on Friday and Saturday", "tomorrow night and Friday", "next Tuesday and Wednesday": the
    weekday moves a week to the side of the day coordinated before it; one that ends a range
    ("between today and Sunday") falls after the day that opens it."""
    if ctx.published is None:
        return
    today = ctx.published.isoformat()
    for a, b in pairwise(found):
        if b.rule != "weekday:by-tense" or not _DAY.match((a.value or "")[:10]):
            continue
        if a.type not in ("DATE", "TIME") or not _COORDINATED.match(ctx.text[a.end : b.start]):
            continue
        ahead, behind = a.value[:10] > today, a.value[:10] < today
        day = date.fromisoformat(b.value[:10])
        if _range_end(a, b, ctx) and b.value[:10] <= a.value[:10]:
            day += timedelta(days=7)  # "between today and Sunday night": a range runs forward
        elif ahead and b.value[:10] <= today:  # the partner lies ahead: so does this day
            day += timedelta(days=7)
        elif behind and b.value[:10] > today:
            day -= timedelta(days=7)
        b.value = day.isoformat() + b.value[10:]


def _range_end(a: Found, b: Found, ctx: Context) -> bool:
    """Whether `b` ends a range `a` opens: "between today and Sunday", "from Friday to Monday"."""
    opens = _RANGE_OPEN.search(ctx.text, max(0, a.start - 10), a.start)
    return bool(opens) and bool(_RANGE_JOIN.match(ctx.text[a.end : b.start]))


def _finer_length(a: Found, b: Found) -> bool:
    """Whether `b` is a length in a finer clock unit than `a` ends with (hours, then minutes,
    then seconds)."""
    if not a.rule.endswith("duration") or b.rule != "duration" or not a.value or not b.value:
        return False
    if not _CLOCK_LENGTH.match(a.value) or not _CLOCK_LENGTH.fullmatch(b.value):
        return False
    return "HMS".index(b.value[-1]) > "HMS".index(a.value[-1]) and b.value[2:-1].isdigit()


def _merged(a: Found, b: Found, ctx: Context) -> Found | None:
    gap = ctx.text[a.end : b.start]
    if a.end > b.start or "\n" in gap:
        return None
    if a.rule == "clock" and (_is_day(b) or _is_part_of_day(b)) and _CLOCK_THEN_DAY.match(gap):
        return _join(a, b, "TIME", f"{b.value[:10]}T{a.pending[1]}", b)
    if a.rule == "part-of-day" and _is_day(b) and _PART_THEN_DAY.match(gap):  # "the evening of"
        return _join(a, b, "TIME", f"{b.value[:10]}T{a.pending[1]}", b)
    if (_is_day(a) or _is_part_of_day(a)) and b.rule == "clock" and _DAY_THEN_CLOCK.match(gap):
        return _join(a, b, "TIME", f"{a.value[:10]}T{b.pending[1]}", a)
    if a.rule.startswith("period") and _ENDED.match(gap) and _is_day(b):
        day = date.fromisoformat(b.value)
        unit = ctx.text[a.start : a.end].split()[-1].lower()
        value = f"{day.year}-Q{(day.month - 1) // 3 + 1}" if unit == "quarter" else b.value[:7]
        if unit == "week":  # "the week ended June 2": the ISO week that day falls in
            value = week_value(day)
        return _join(a, b, "DATE", value, b)
    unnumbered = not any(c.isdigit() for c in ctx.text[a.start : a.end])  # not "fiscal 2004"
    if a.rule == "fiscal-year" and unnumbered and _FISCAL_ENDED.match(gap) and _is_day(b):
        return _join(a, b, "DATE", f"FY{b.value[:4]}", b)
    if a.rule.startswith("relative:") and _YEAR.match(a.value or "") and _POSSESSIVE.match(gap):
        if b.rule.endswith("year-by-tense") and b.value and not _DAY.match(b.value):
            return _join(a, b, b.type, a.value + b.value[4:], a)
    if _YEAR_BEFORE.match(a.value or "") and a.rule in ("year", "fiscal-year") and not gap.strip():
        if b.rule in ("quarter:year-by-tense", "half:year-by-tense") and b.value:
            return _join(a, b, "DATE", a.value + b.value[b.value.index("-") :], a)
    if a.rule == "ago" and _YEAR_OR_MONTH.match(a.value or "") and _is_day(b) and gap == " ":
        value = a.value + b.value[len(a.value) :]  # "a year ago today": today's day, that year
        return _join(a, b, "DATE", value, b) if _valid_day(value) else None
    if _finer_length(a, b) and _LENGTH_GAP.match(gap):  # "2 hours 55 minutes": PT2H55M
        return _join(a, b, "DURATION", a.value + b.value[2:], a)
    if gap.strip() or not b.rule.startswith("relative:") or not b.value:
        return None
    if a.rule.endswith("year-by-tense") and _YEAR.match(b.value) and a.value:
        value = b.value + a.value[4:]
        if _DAY.match(value) and not _valid_day(value):
            return None
        return _join(a, b, a.type, value, b)
    week = _WEEK.match(b.value)
    if a.rule.startswith("weekday:by-tense") and week and _DAY.match(a.value or ""):
        weekday = WEEKDAYS.index(ctx.text[a.start : a.end].split()[0].lower()) + 1
        day = date.fromisocalendar(int(week[1]), int(week[2]), weekday)
        return _join(a, b, "DATE", day.isoformat(), b)
    return None


def _week_of(f: Found, ctx: Context) -> Found:
    """ "the week of April 25": the (ISO) week that day falls in."""
    before = _WEEK_OF.search(ctx.text, max(0, f.start - 20), f.start) if _is_day(f) else None
    if before is None:
        return f
    week = week_value(date.fromisoformat(f.value))
    return Found(before.start(), f.end, "DATE", week, f"week-of:{f.rule}", f.anchor)


def _is_day(f: Found) -> bool:
    return f.type == "DATE" and _DAY.match(f.value or "") is not None


def _is_part_of_day(f: Found) -> bool:
    """ "this morning", "last night": a clock time beside it is a time of that day ("5 a.m.
    this morning")."""
    return f.type == "TIME" and _PART_OF_DAY.match(f.value or "") is not None


def _valid_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _join(a: Found, b: Found, type_: str, value: str, anchor: Found) -> Found:
    return Found(a.start, b.end, type_, value, f"merged:{a.rule}+{b.rule}", anchor.anchor)
