"""The reporting-period anchor: expressions that point back at the time the story is about.

"The quarter", "that year", "the same month", "a year earlier", "the previous quarter" and "two
days later" name no date themselves. Once the article has named a period ("in the second
quarter", "in 2019", "on 4 March 2020"), they resolve against the last one named before them,
in any earlier paragraph, keeping its grain where the unit allows ("a year earlier" after "the
second quarter" is last year's second quarter). With nothing named, an offset is read from the
publication date, as the TimeML guidelines anchor it; "that year" keeps no value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from diplograph.stages.dates.base import Context, Found
from diplograph.stages.dates.calendar import decade_value, shift_value, year_of
from diplograph.stages.dates.words import (
    COMPARISON,
    COMPARISON_BASE,
    NOT_REPORTED,
    REPORTING_VERBS,
    SINCE_BEFORE,
)

# A value that can anchor: a day, time, week, month, year, quarter, half or season.
_ANCHOR_VALUE = re.compile(
    r"^(?:FY)?\d{4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}(?:-WE)?|\d{2}(?:-\d{2})?))?(?:T|$)"
)


def anchors(earlier: Sequence[Found]) -> list[Found]:
    """The expressions before this one that name a calendar period, in text order."""
    return [p for p in earlier if p.type in ("DATE", "TIME") and _ANCHOR_VALUE.match(p.value or "")]


def resolve_offset(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """ "a year earlier", "the previous quarter", "two days later": the last period named
    before, moved; the publication date when none was named. A comparison's "(up) from a year
    earlier" is last year's copy of the story's reporting period."""
    named = anchors(earlier)
    if f.pending[1:] == ("year", -1) and _after_months_of_year(f, earlier, ctx):
        return
    if f.pending[1:] == ("year", -1) and _compared_year(f, named, ctx):
        return
    if f.pending[1:] == ("month", -1) and _compared_month(f, named, ctx):
        return
    # a bound ("since 1975") or a year-ago copy ("the year-earlier week") is no time to count from
    counted = [p for p in named if not _year_ago_copy(p) and not _bound(p, ctx)]
    named = counted or named
    if f.pending[1] == "day":  # "that morning", "two days later": the last day named
        named = [p for p in named if _DAY.match(p.value)]
    elif f.pending[1] == "quarter" or (
        f.pending[1] in ("month", "week") and f.rule.startswith(("anchored-unit", "unit-offset"))
    ):  # "the previous quarter", "the month before": the last one named, not "said Tuesday"
        named = [p for p in named if _GRAIN[f.pending[1]].match(p.value)] or named
    if named:
        shift_from(f, named[-1], ctx)
    elif ctx.published is not None:
        today = ctx.published.isoformat()
        shift_from(f, Found(0, 0, "DATE", today, "published"), ctx, today)


def shift_from(f: Found, anchor: Found, ctx: Context, text: str | None = None) -> None:
    """Give `f` (pending: kind, unit, shift[, part of day]) the anchor's value moved by its
    offset."""
    value = shift_value(anchor.value, f.pending[1], f.pending[2])
    if f.pending[:2] == ("offset", "week") and text is None:
        # "opened on May 7 ... a week later" is May 14, a day; not after "the week ended June 2",
        # and "the following week" names a week
        week_ended = _WEEK_ENDED.search(ctx.text[max(0, anchor.start - 20) : anchor.start])
        named_week = f.rule.startswith("anchored-unit")
        if _DAY.match(anchor.value) and not week_ended and not named_week:
            value = shift_value(anchor.value[:10], "day", 7 * f.pending[2])
    if value is None:
        return
    if f.rule.startswith("anchored-unit") and f.pending[1] == "year":
        value = year_of(value)  # "the following year" after "that summer" is the year
    elif f.rule.startswith("anchored-unit") and f.pending[1] == "decade":
        value = decade_value(int(value[:4]))  # "the previous decade" after 1992 is the 1980s
    f.value, f.type = value, "DATE"
    if len(f.pending) > 3:  # "the next morning": a part of that day
        f.value, f.type = f"{value[:10]}T{f.pending[3]}", "TIME"
    f.anchor = text or ctx.text[anchor.start : anchor.end]
    f.rule = f.rule.split(":")[0] + ":anchored"


_WEEK_ENDED = re.compile(r"\bweek\s+end(?:ed|ing)\s+$", re.IGNORECASE)


def resolve_period(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """ "that year", "the same month": the last period named before, read at the unit's grain;
    "the quarter", "the year", "the month" ("lead"): the story's reporting period, the first
    one named at that grain; the rule's own value (or none) when nothing fits."""
    unit = f.pending[1]
    if f.pending[2:] == ("ended",):
        return  # "the week ended June 2": its day says which (expressions.py, merge.py)
    if unit == "period":
        _reported_period(f, earlier, ctx)
        return
    if f.pending[2:] == ("lead",):
        named = [p for p in anchors(earlier) if not _bound(p, ctx) and not _ahead(p, unit, ctx)]
        lead = _lead(named, unit)
        if lead is not None:
            f.value = year_of(lead.value) if unit == "year" else lead.value
            f.anchor = ctx.text[lead.start : lead.end]
            f.rule = f.rule.split(":")[0] + ":reporting-period"
            return
        if unit == "week":
            return  # "for the week": the publication week, not a day's week named before
    for p in reversed(anchors(earlier)):
        if f.pending[2:] == ("latest",) and not (_GRAIN[unit].match(p.value) and _named(p)):
            continue  # "the latest week": the last week named, else the last complete one
        value = year_of(p.value) if unit == "year" else shift_value(p.value, unit, 0)
        if value is not None:
            f.value, f.anchor = value, ctx.text[p.start : p.end]
            f.rule = f.rule.split(":")[0] + ":anchored"
            return


def _reported_period(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """ "Profit in the third quarter rose 5%. Sales in the period rose 8%": the last quarter,
    half or month the story named; with none, "the period" is no time and is dropped."""
    named = [p for p in anchors(earlier) if _WITHIN_YEAR.match(p.value) and _named(p)]
    named = [p for p in named if not _bound(p, ctx)]
    if not named:
        f.end = f.start
        return
    f.value, f.anchor = named[-1].value, ctx.text[named[-1].start : named[-1].end]
    f.rule = "period:anchored"


def _ahead(p: Found, unit: str, ctx: Context) -> bool:
    """Whether `p` is a period of the unit's grain after the publication's ("the Fed meets next
    week ... for the week, the Dow rose"): no story reports on a period still to come."""
    if ctx.published is None or not _GRAIN[unit].match(p.value) or p.value.startswith("FY"):
        return False
    return p.value > (shift_value(ctx.published.isoformat(), unit, 0) or p.value)


def _year_ago_copy(p: Found) -> bool:
    """Whether a period is last year's copy of another ("the same period last year", "down from
    a year earlier"): a comparison's base, not a period the story moves on from."""
    return p.rule.startswith("same-period") or (p.pending or ())[1:3] == ("year", -1)


def _bound(p: Found, ctx: Context) -> bool:
    """Whether a period is named as a bound or a base ("the biggest gain since last
    September", "than in June"): the story does not report on it."""
    before = ctx.text[max(0, p.start - 12) : p.start]
    return bool(SINCE_BEFORE.search(before) or COMPARISON_BASE.search(before))


_GRAIN = {
    "year": re.compile(r"^(?:FY)?\d{4}$"),
    "quarter": re.compile(r"^(?:FY)?\d{4}-Q[1-4]$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "week": re.compile(r"^\d{4}-W\d{2}$"),
}
_PART_OF_YEAR = re.compile(r"^(?:FY)?\d{4}-(?:Q[1-4]|H[12])$")
_WITHIN_YEAR = re.compile(r"^(?:FY)?\d{4}-(?:Q[1-4]|H[12]|\d{2})$")


def _lead(named: Sequence[Found], unit: str) -> Found | None:
    """The period the story is about: the first one it named at the unit's grain; for a year,
    else the first quarter, half or month it named (a lead's "third-quarter profit")."""
    first = next((p for p in named if _GRAIN[unit].match(p.value)), None)
    if unit != "year":
        return first
    # a lead's quarter or half named before any year ("first-quarter profit ... For all of
    # 1988 ... for the year") says which year; else the first year, quarter, half or month
    part = next((p for p in named if _PART_OF_YEAR.match(p.value)), None)
    if part is not None and (first is None or part.start < first.start):
        return part
    return first or next((p for p in named if _WITHIN_YEAR.match(p.value)), None)


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_PERIOD = re.compile(r"^(?:FY)?\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)$")


def resolve_ago(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """ "rose in the third quarter from $4 million a year ago": last year's copy of the
    quarter, half or season named just before it in its sentence; else the rule's own year,
    counted back from the publication date."""
    named = anchors(earlier)
    if named and _PERIOD.match(named[-1].value) and _sentence(ctx, named[-1]) == _sentence(ctx, f):
        shift_from(f, named[-1], ctx)
    elif f.pending[1:] == ("year", -1):
        _compared_year(f, named, ctx)


# A quarter, half, month or week: a period a story reports on ("sales in August").
_REPORTED = re.compile(r"^(?:FY)?(\d{4})(-(?:Q[1-4]|H[12]|\d{2}|W\d{2}))$")


def _named(p: Found) -> bool:
    """Whether `p` names its period rather than counting from another ("a week earlier")."""
    return not p.rule.startswith(_COUNTED)


_COUNTED = ("same-period", "offset", "ago", "unit-offset", "anchored-unit")


def _compared_year(f: Found, named: Sequence[Found], ctx: Context) -> bool:
    """ "Sales fell 21% from a year ago" in a story on August's sales: August of last year.
    The story's reporting period is the last quarter, half, month or week named before, of the
    publication year or the one before, with no year or part of its own ("July 2006",
    "mid-April") and not itself a comparison's base ("down from June"); the year-ago figure is
    that period's copy."""
    i = ctx.token_at(f.start)
    if i is None or ctx.published is None:
        return False
    clause = ctx.text[ctx.parse.sentence_of(i).start : f.start]
    if not COMPARISON.search(clause):
        return False
    for p in reversed(named):
        m = _REPORTED.match(p.value)
        if (
            not m
            or not _named(p)
            or COMPARISON_BASE.search(ctx.text[max(0, p.start - 30) : p.start])
        ):
            continue
        if NOT_REPORTED.search(ctx.text[max(0, p.start - 12) : p.end]) or _said_on(p, ctx):
            continue
        if ctx.published.year - 1 <= int(m[1]) <= ctx.published.year:
            f.value, f.type = p.value.replace(m[1], str(int(m[1]) - 1), 1), "DATE"
            f.anchor = ctx.text[p.start : p.end]
            f.rule = f.rule.split(":")[0] + ":reporting-period"
            return True
    return False


def _compared_month(f: Found, named: Sequence[Found], ctx: Context) -> bool:
    """ "Exports fell 3% from a month earlier", "down from the previous month" in a story on
    July's trade: June, the month before the story's reporting month (the first it named), not
    before a month named since as a base or a revision ("June's figure was revised")."""
    i = ctx.token_at(f.start)
    if i is None or not COMPARISON.search(ctx.text[ctx.parse.sentence_of(i).start : f.start]):
        return False
    lead = _lead([p for p in named if _named(p) and not _bound(p, ctx)], "month")
    if lead is None:
        return False
    shift_from(f, lead, ctx)
    return True


def _said_on(p: Found, ctx: Context) -> bool:
    """Whether `p` dates a reporting verb ("prices rose in July, the agency said last week"):
    when the figures were given, not the period they report on."""
    span = ctx.tokens_in(p.start, p.end)
    tokens = ctx.parse.tokens
    head = next((i for i in span if tokens[i].head not in span), None)
    if head is None:
        return False
    verb = tokens[tokens[head].head]
    return verb.pos == "VERB" and verb.lemma.lower() in REPORTING_VERBS


def _sentence(ctx: Context, f: Found) -> int:
    i = ctx.token_at(f.start)
    return ctx.parse.tokens[i].sent if i is not None else -1


def resolve_same_period(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """ "the same period last year": last year's copy of the period named before (not a day, not
    one counted from another; a quarter for "the same quarter")."""
    if _after_months_of_year(f, earlier, ctx):
        return
    named = [
        p
        for p in anchors(earlier)
        if len(p.value) < 10 and "T" not in p.value and _named(p) and not _bound(p, ctx)
    ]
    if f.pending[2:] == ("quarter",):  # "the same quarter last year": the last quarter named
        named = [p for p in named if _GRAIN["quarter"].match(p.value)]
    if named:
        anchor = named[-1]
        fiscal = "FY" if anchor.value.startswith("FY") else ""
        rest = anchor.value[len(fiscal) :]
        f.value = f"{fiscal}{int(rest[:4]) + f.pending[1]:04d}{rest[4:]}"
        f.anchor, f.rule = ctx.text[anchor.start : anchor.end], "same-period:anchored"


# "the first nine months", "the six months": a part of a year counted from its start.
_MONTHS_OF_YEAR = re.compile(r"^P(?:[1-9]|1[01])M$")


def _after_months_of_year(f: Found, earlier: Sequence[Found], ctx: Context) -> bool:
    """ "For the first nine months, it lost $271 million, against $55 million a year earlier":
    a year-ago figure right after the months so far of the story's year is last year's, the
    year (fiscal where the story's is) before the one the story reports on."""
    sentence = _sentence(ctx, f)
    last = [p for p in earlier if _sentence(ctx, p) == sentence and p.end <= f.start]
    if not last or last[-1].type != "DURATION" or not _MONTHS_OF_YEAR.match(last[-1].value or ""):
        return False
    if not ctx.text[last[-1].start : last[-1].end].lower().startswith("the "):
        return False
    lead = _lead([p for p in anchors(earlier) if _named(p) and not _bound(p, ctx)], "year")
    if lead is None:
        return False
    f.value, f.type = shift_value(year_of(lead.value), "year", -1), "DATE"
    f.anchor = ctx.text[lead.start : lead.end]
    f.rule = f.rule.split(":")[0] + ":reporting-period"
    return True


def resolve_year_period(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """ "the 1988 quarter", "the 1990 period": the period the story reports on (the last
    quarter, half or month it named), in that year; the year itself when none was named."""
    named = [
        p
        for p in anchors(earlier)
        if _WITHIN_YEAR.match(p.value) and _named(p) and not _bound(p, ctx)
    ]
    unit = f.pending[2]
    if unit != "period":
        named = [p for p in named if p.value.endswith(tuple(_UNIT_CODES[unit]))]
    if named:
        fiscal = "FY" if named[-1].value.startswith("FY") else ""
        f.value = fiscal + f.pending[1] + named[-1].value[len(fiscal) + 4 :]
        f.anchor = ctx.text[named[-1].start : named[-1].end]
        f.rule = "year-period:anchored"


_UNIT_CODES = {"quarter": ("Q1", "Q2", "Q3", "Q4"), "half": ("H1", "H2")}
# A quarter joined to a year or a relative year beside it stays as merge.py joins it.
_YEAR_BESIDE = re.compile(r"(?:\d{4}|year['’]s|fiscal)\s+$", re.IGNORECASE)
_ENDS_ON = re.compile(r",?\s+(?:which\s+)?end(?:s|ed|ing)\b", re.IGNORECASE)
_CALENDAR = re.compile(r"\bcalendar\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s+(?:last|next|this)\s+year\b|\s+of\b", re.IGNORECASE)


def _fiscal_lead(earlier: Sequence[Found], ctx: Context) -> Found | None:
    """The fiscal quarter a story's lead names ("its fiscal third quarter"), if it names one;
    a fiscal year it names as ended ("fiscal 1992, which ended June 30") is its fourth quarter
    reported."""
    named = [
        p
        for p in anchors(earlier)
        if _fiscal_year_ended(p, ctx) or _GRAIN["quarter"].match(p.value) and _named(p)
    ]
    if not named or not named[0].value.startswith("FY") or _sentence(ctx, named[0]) > 1:
        return None
    if _fiscal_year_ended(named[0], ctx):
        return replace(named[0], value=f"{named[0].value}-Q4")
    return named[0]


def _fiscal_year_ended(p: Found, ctx: Context) -> bool:
    return bool(_FISCAL_YEAR.match(p.value) and _ENDED_ON.match(ctx.text, p.end))


_FISCAL_YEAR = re.compile(r"^FY\d{4}$")
_END_OF = re.compile(r"\bend\s+of\s+$", re.IGNORECASE)
# "the fiscal year ended June 30", "that begins April 1": the day says which (merge.py).
_DAY_SAYS = re.compile(
    r",?\s+(?:which\s+|that\s+)?(?:end(?:s|ed|ing)?|begin(?:s|ning)?|began)\b", re.I
)
_ENDED_ON = re.compile(r",?\s+(?:which|that)\s+ended\b", re.IGNORECASE)


def resolve_fiscal_year(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """ "the current fiscal year", "next fiscal year" after a lead's "fiscal fourth quarter,
    which ended June 30" count from the fiscal year under way: the one after the lead's when its
    fourth quarter was reported."""
    lead = _fiscal_lead(earlier, ctx)
    if lead is None or _DAY_SAYS.match(ctx.text, f.end):
        return
    value, shift = f.pending[1:3]
    # "for the fiscal year, profit rose": the lead's; "by the end of the fiscal year": under way
    end_of = _END_OF.search(ctx.text, max(0, f.start - 12), f.start)
    reported = f.pending[3:] == ("reported",) and not end_of
    year = int(lead.value[2:6]) + (1 if lead.value.endswith("Q4") and not reported else 0)
    f.value = value.format(year + shift)
    f.anchor = ctx.text[lead.start : lead.end]
    f.rule = "fiscal-year:fiscal-story"


def resolve_fiscal_quarter(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """ "said its fiscal third quarter ... The fourth quarter is where we make our money": in
    a story whose first quarter named is fiscal, a quarter with no year of its own is of that
    fiscal year (the next one when it lies ahead and comes before the first); "the current
    quarter" is the one after the quarter reported."""
    if _YEAR_BESIDE.search(ctx.text[max(0, f.start - 12) : f.start]):
        return
    if _YEAR_AFTER.match(ctx.text, f.end):
        return
    if _ENDS_ON.match(ctx.text, f.end):
        return  # "the current quarter, which ends March 31": its day says which
    lead_found = _fiscal_lead(earlier, ctx)
    if lead_found is None:
        return  # not a story about a fiscal quarter: its lead does not name one
    sentence = _sentence(ctx, f)
    first = next((t.start for t in ctx.parse.tokens if t.sent >= sentence - 1), 0)
    if _CALENDAR.search(ctx.text, first, f.start):
        return  # "grew in calendar 2005 ... in the first quarter": the calendar's
    lead, n = lead_found.value, f.pending[1]
    year, q = int(lead[2:6]), int(lead[-1])
    if n is None or n == q % 4 + 1:  # "the current quarter": the one after the quarter reported
        f.value = shift_value(lead, "quarter", 1)
    else:
        ahead = ctx.direction(f.start, f.end) == "future"
        f.value = f"FY{year + (1 if ahead and n < q else 0)}-Q{n}"
    f.anchor = ctx.text[lead_found.start : lead_found.end]
    f.rule = "quarter:fiscal-story"
