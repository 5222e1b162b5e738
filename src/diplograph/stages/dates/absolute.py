"""Rules for absolute dates: days, months, years, ranges, quarters, fiscal years, decades,
centuries and holidays. A missing year is chosen by tense around the publication date."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from diplograph.stages.dates import calendar as cal
from diplograph.stages.dates.base import Context, Found, _found
from diplograph.stages.dates.words import (
    CENTURY_WORDS,
    DATA_NOUNS,
    DATELINE_AFTER,
    DATELINE_PLACE,
    DECADE_WORDS,
    DETERMINERS,
    HOLIDAYS,
    LUNAR_NEW_YEAR,
    MONTH_IN_A_NAME,
    NAME_BEFORE_MONTH,
    ORDINALS,
    WEEKDAYS,
    YEAR_NOUNS,
    YEAR_PRECEDERS,
    YEAR_SHIFT,
    YEAR_UNDER_WAY,
    day_number,
    month_number,
)


def _day_month(ctx: Context, m: re.Match, month: int, day_text: str, year_text: str | None,
               start: int, end: int, rule: str) -> Found:  # fmt: skip
    day = day_number(day_text)
    if year_text:
        year = int(year_text)
        value = cal.safe_day(year, month, day)
        return Found(start, end, "DATE", value, rule)
    pub = ctx.published
    if pub is None:
        return Found(start, end, "DATE", None, rule + ":no-year", pending=("year", month, day))
    dateline = _dateline(start, end, ctx)
    direction = "past" if dateline else ctx.direction(start, end)
    year = cal.pick_year_for_day(month, day, pub, direction)
    value = cal.safe_day(year, month, day) if year else None
    found = Found(start, end, "DATE", value, ("dateline" if dateline else rule) + ":year-by-tense")
    found.anchor, found.pending = pub.isoformat(), ("year", month, day)
    return found


def _dateline(start: int, end: int, ctx: Context) -> bool:
    """Whether a day heads the story as its dateline: "KYIV, March 3 (Reuters) -", "HOUSTON,
    Nov. 9 --"."""
    if start < 120 and re.search(r"\(\w+\)\s*[-–—]", ctx.text[end : end + 40]):
        return True
    place = DATELINE_PLACE.fullmatch(ctx.text, 0, start)
    return bool(place and DATELINE_AFTER.match(ctx.text, end))


# "the Sept. 11 attacks", "pre-Sept. 11 policy", "post-9/11": the name of the 2001 attacks.
_ATTACKS_AFTER = re.compile(
    r"\s*(?:terror(?:ist)?\s+|suicide\s+)?(?:attacks?|hijack(?:ing|er)s?|strikes|commission|"
    r"Commission|panel|era|world|victims|families|anniversary)\b"
)


def _names_the_attacks(ctx: Context, start: int, end: int) -> bool:
    before = ctx.text[max(0, start - 6) : start].lower()
    return before.endswith(("pre-", "post-")) or _ATTACKS_AFTER.match(ctx.text, end) is not None


def rule_month_day(m: re.Match, ctx: Context) -> list[Found]:
    month = month_number(m["mon"])
    if (month, day_number(m["d1"])) == (9, 11) and not (m["y"] or m["d2"]):
        if _names_the_attacks(ctx, m.start(), m.end()):
            return [_found(m, 0, "DATE", "2001-09-11", "month-day:sept-11-attacks")]
    out = [_day_month(ctx, m, month, m["d1"], m["y"], m.start(), m.end("d2") if False else
                      (m.end("d1") if m["d2"] else m.end()), "month-day")]  # fmt: skip
    if m["d2"]:
        out.append(_day_month(ctx, m, month, m["d2"], m["y"], m.start("d2"), m.end(), "range"))
    return out


def rule_day_month(m: re.Match, ctx: Context) -> list[Found]:
    month = month_number(m["mon"])
    if m["d2"]:
        return [
            _day_month(ctx, m, month, m["d1"], m["y"], m.start(), m.end("d1"), "range"),
            _day_month(ctx, m, month, m["d2"], m["y"], m.start("d2"), m.end(), "day-month"),
        ]
    return [_day_month(ctx, m, month, m["d1"], m["y"], m.start(), m.end(), "day-month")]


def rule_holiday(m: re.Match, ctx: Context) -> list[Found]:
    name = " ".join(m["h"].lower().replace("’", "'").split())
    month, day = HOLIDAYS[name]
    return [_day_month(ctx, m, month, str(day), m["y"], m.start(), m.end(), "holiday")]


def rule_us_holiday(m: re.Match, ctx: Context) -> list[Found]:
    """US holidays with a fixed rule, the year by tense; "Independence Day" only with a US cue."""
    name = " ".join(m["h"].split()).lower()
    if name == "independence day":
        before = ctx.text[max(0, m.start() - 40) : m.start()]
        if not re.search(r"\b(?:U\.S\.|US|American|America['’]s|United\s+States)", before):
            return []

    def on(year: int) -> date:
        if name == "election day":
            return cal.us_election_day(year)
        if name.startswith("thanksgiving"):
            return cal.nth_weekday(year, 11, 3, 4)
        if name.startswith(("black", "cyber")):  # the Friday and Monday after Thanksgiving
            return cal.nth_weekday(year, 11, 3, 4) + timedelta(days=1 if name[0] == "b" else 4)
        if name == "labor day":
            return cal.nth_weekday(year, 9, 0, 1)
        if name == "memorial day":
            return cal.last_weekday(year, 5, 0)
        if name.startswith("president"):
            return cal.nth_weekday(year, 2, 0, 3)
        if name.startswith("martin"):
            return cal.nth_weekday(year, 1, 0, 3)
        if name == "columbus day":
            return cal.nth_weekday(year, 10, 0, 2)
        if name.startswith("veteran"):
            return date(year, 11, 11)
        return date(year, 7, 4)

    return _dated_holiday(m, ctx, on)


def rule_easter(m: re.Match, ctx: Context) -> list[Found]:
    """Easter and the days counted from it (Palm Sunday, Good Friday, Easter Monday), the year by
    tense."""
    name = " ".join(m["h"].split()).lower()
    shift = {"good friday": -2, "easter monday": 1, "palm sunday": -7}.get(name, 0)
    return _dated_holiday(m, ctx, lambda year: cal.easter(year) + timedelta(days=shift))


def rule_day_of_month(m: re.Match, ctx: Context) -> list[Found]:
    """ "the last Sunday in October", "the first day of June": that day of the month, the year
    named or by tense."""
    month, nth = month_number(m["mon"]), m["nth"].lower()
    weekday = WEEKDAYS.index(m["wd"].lower()) if m["wd"] != "day" else None

    def on(year: int) -> date:
        if weekday is None:
            return date(year, month, 1) if nth == "first" else cal.month_end(year, month)
        if nth == "last":
            return cal.last_weekday(year, month, weekday)
        return cal.nth_weekday(year, month, weekday, ORDINALS[nth])

    return _dated_holiday(m, ctx, on)


def rule_lunar_new_year(m: re.Match, ctx: Context) -> list[Found]:
    """The Lunar (Chinese) New Year: its day from `words.LUNAR_NEW_YEAR`, the year by tense; no
    value for a year the table lacks."""
    pub = ctx.published
    years = [int(m["y"])] if m["y"] else range(pub.year - 2, pub.year + 3) if pub else []
    if any(year not in LUNAR_NEW_YEAR for year in years):
        return [_found(m, 0, "DATE", None, "holiday:no-year")]
    return _dated_holiday(m, ctx, lambda year: date(year, *LUNAR_NEW_YEAR[year]))


def _dated_holiday(m: re.Match, ctx: Context, on: Callable[[int], date]) -> list[Found]:
    """A holiday whose day `on(year)` gives: the year named, else the one the tense points to."""
    if m["y"]:
        return [_found(m, 0, "DATE", on(int(m["y"])).isoformat(), "holiday")]
    pub = ctx.published
    if pub is None:
        return [_found(m, 0, "DATE", None, "holiday:no-year")]
    days = [on(year) for year in range(pub.year - 2, pub.year + 3)]
    day = cal.pick_dated(days, pub, ctx.direction(m.start(), m.end()))
    found = _found(m, 0, "DATE", day.isoformat() if day else None, "holiday:year-by-tense")
    found.anchor = pub.isoformat()
    return [found]


def rule_nine_eleven(m: re.Match, ctx: Context) -> list[Found]:
    return [_found(m, 0, "DATE", "2001-09-11", "sept-11-attacks")]


def rule_iso(m: re.Match, ctx: Context) -> list[Found]:
    return [Found(m.start(), m.end(), "DATE", cal.safe_day(int(m[1]), int(m[2]), int(m[3])), "iso")]


def rule_month_year(m: re.Match, ctx: Context) -> list[Found]:
    return [_found(m, 0, "DATE", f"{m['y']}-{month_number(m['mon']):02d}", "month-year")]


def rule_month(m: re.Match, ctx: Context) -> list[Found]:
    month, rel = month_number(m["mon"]), (m["rel"] or "").lower()
    start = m.start("x")
    if rel == "that" and not _points_at_a_time(ctx, m.start("rel")):
        rel, start = "", m.start("mod") if m["mod"] else m.start("mon")  # "said that March ..."
    if not (rel or m["mod"] or m["pre"] or ctx.is_date_token(m.start("mon"))):
        return []
    if m["mon"] == "May" and not (rel or m["mod"] or m["pre"] or _data_month(ctx, m)):
        return []  # "May" alone is the verb or a name; "the May figure" is the month
    if MONTH_IN_A_NAME.match(ctx.text, m.end()) or NAME_BEFORE_MONTH.search(
        ctx.text[max(0, m.start("mon") - 8) : m.start("mon")]
    ):
        return []  # "played the March of the Volunteers", "walked the Long March"
    pub = ctx.published
    if pub is None:
        return [Found(start, m.end(), "DATE", None, "month:no-year", pending=("month", month))]
    if rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    else:
        direction = ctx.direction(start, m.end())
        if direction == "future" and month == (pub.month - 2) % 12 + 1 and _data_month(ctx, m):
            direction = "past"  # "will report February sales" in March: the month just ended
        year = cal.pick_year_for_month(month, pub, direction)
    found = Found(start, m.end(), "DATE", f"{year}-{month:02d}", "month:year-by-tense")
    found.anchor, found.pending = pub.isoformat(), ("month", month)
    return [found]


def _points_at_a_time(ctx: Context, offset: int) -> bool:
    """Whether "that" at `offset` points at a time ("that November"): not the conjunction of
    "said that March was cold"."""
    i = ctx.token_at(offset)
    return i is not None and ctx.parse.tokens[i].dep != "mark"


def _data_month(ctx: Context, m: re.Match) -> bool:
    """Whether the month names a report's data: "February sales", "sales for February"."""
    i = ctx.token_at(m.start("mon"))
    if i is None:
        return False
    tokens = ctx.parse.tokens
    head = tokens[i].head
    if tokens[i].dep == "pobj" and tokens[head].text.lower() in ("for", "in", "of"):
        head = tokens[head].head
    elif tokens[i].dep not in ("compound", "nmod", "npadvmod"):
        return False
    return tokens[head].lemma.lower() in DATA_NOUNS or tokens[head].text.lower() in DATA_NOUNS


def rule_year(m: re.Match, ctx: Context) -> list[Found]:
    before = ctx.text[max(0, m.start() - 12) : m.start()].split()
    prev = before[-1].lower() if before else ""
    after = ctx.text[m.end() : m.end() + 12]
    if re.match(r"[,.]?\d|\s*%|\s*(?:per\s*cent|percent)", after) or prev.endswith("$"):
        return []
    nxt = ctx.token_at(m.end() + 1)
    next_tok = ctx.parse.tokens[nxt] if nxt is not None and nxt < len(ctx.parse.tokens) else None
    plural_noun = next_tok is not None and next_tok.start > m.start() and next_tok.tag == "NNS"
    if plural_noun and prev not in DETERMINERS and not prev.endswith("'s"):
        if next_tok.lemma.lower() not in YEAR_NOUNS:
            return []  # "2000 troops", but "the 2011 elections", "2019 levels"
    cued = prev in YEAR_PRECEDERS or prev.endswith(",") or after.startswith("'s")
    if not (ctx.is_date_token(m.start()) or (cued and not plural_noun)):
        return []
    return [_found(m, 0, "DATE", m["y"], "year")]


def rule_year_range(m: re.Match, ctx: Context) -> list[Found]:
    first, second = int(m["y1"]), m["y2"]
    full = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < full <= first + 30:
        return []
    if full == first + 1 and len(second) == 2:  # "2025-26": one budget year, named by its end
        return [_found(m, 0, "DATE", f"FY{full}", "split-year")]
    return [_found(m, "y1", "DATE", str(first), "year-range"),
            _found(m, "y2", "DATE", str(full), "year-range")]  # fmt: skip


def rule_fiscal(m: re.Match, ctx: Context) -> list[Found]:
    y = m["y"] or m["y2"] or m["y3"]
    if y is None:  # "the fiscal year", "next fiscal year": counted from the year published
        if ctx.published is None:
            return [_found(m, 0, "DATE", None, "fiscal-year:no-date")]
        return [_fiscal_relative(m, m["rel"], "FY{}", ctx)]
    year = int(y) if len(y) == 4 else 2000 + int(y)
    return [_found(m, 0, "DATE", f"FY{year}", "fiscal-year")]


def _fiscal_relative(m: re.Match, rel: str, value: str, ctx: Context) -> Found:
    """ "next fiscal year", "the first half of the current fiscal year": counted from the
    publication year here; from the fiscal year of the story's lead, where it names one, in the
    second pass (`anchor.resolve_fiscal_year`). "The fiscal year" keeps the publication year
    but in a fiscal story, where it is the lead's (or, pointing ahead, the one under way)."""
    word = rel.lower().split()[-1]
    shift = YEAR_SHIFT[word]
    found = _found(m, 0, "DATE", value.format(ctx.published.year + shift), "fiscal-year")
    if word in YEAR_UNDER_WAY:
        found.pending = ("fiscal-year", value, shift)
    elif shift == 0:
        found.pending = ("fiscal-year", value, shift, "reported")
    return found


_REPORTING_LAG = 45  # days between a fiscal quarter's close and the story reporting it


def rule_quarter(m: re.Match, ctx: Context) -> list[Found]:
    q = ORDINALS[(m["q"] or m["q3"]).lower()]  # "the first three months of 2029" is Q1
    pub, rel = ctx.published, (m["rel"] or "").lower()
    prefix = "FY" if m["fy"] or m["fq"] or m["fy2"] else ""  # "of the fiscal year" too
    if m["y"]:
        return [_found(m, 0, "DATE", f"{prefix}{m['y']}-Q{q}", "quarter")]
    if pub is None:
        return [_found(m, 0, "DATE", None, "quarter:no-year")]
    direction = ctx.direction(m.start(), m.end())
    if rel and prefix:  # "the fourth quarter of the current fiscal year"
        return [_fiscal_relative(m, rel, f"FY{{}}-Q{q}", ctx)]
    if rel == "the" and direction == "past":  # "grew in the fourth quarter of the year"
        year = cal.pick_quarter_year(q, pub, direction)
    elif rel:
        year = pub.year + YEAR_SHIFT[rel.split()[-1]]
    elif prefix:  # a fiscal quarter is reported some six weeks after it closes
        closes = pub + timedelta(days=_REPORTING_LAG if direction == "future" else -_REPORTING_LAG)
        year = cal.fiscal_year(q, closes)
    else:
        year = cal.pick_quarter_year(q, pub, direction)
    found = _found(m, 0, "DATE", f"{prefix}{year}-Q{q}", "quarter:year-by-tense")
    if not rel:  # a fiscal story's quarter may be fiscal; a fiscal one, closed by its day
        found.pending = ("fiscal-closed" if prefix else "fiscal-quarter", q)
    return [found]


def rule_month_quarter(m: re.Match, ctx: Context) -> list[Found]:
    """ "the December quarter", "the June 2024 quarter": the quarter that month closes, as
    Australia and New Zealand name them; "the July-September quarter", as Japan does."""
    month = month_number(m["mon"])
    if month % 3 or (m["first"] and month_number(m["first"]) != month - 2):
        return []
    q = month // 3
    if m["y"]:
        return [_found(m, 0, "DATE", f"{m['y']}-Q{q}", "quarter")]
    if ctx.published is None:
        return [_found(m, 0, "DATE", None, "quarter:no-year")]
    year = cal.pick_quarter_year(q, ctx.published, ctx.direction(m.start(), m.end()))
    return [_found(m, 0, "DATE", f"{year}-Q{q}", "quarter:year-by-tense")]


def rule_half(m: re.Match, ctx: Context) -> list[Found]:
    h = 1 if m["h"].lower() == "first" else 2
    if m["y"]:  # "the first half of fiscal 1992" is fiscal
        prefix = "FY" if m["fy2"] else ""
        return [_found(m, 0, "DATE", f"{prefix}{m['y']}-H{h}", "half")]
    if ctx.published is None:
        return [_found(m, 0, "DATE", None, "half:no-year")]
    if m["rel"] and m["fy"]:  # "the first half of the fiscal year", as rule_fiscal
        return [_fiscal_relative(m, m["rel"], f"FY{{}}-H{h}", ctx)]
    if m["rel"]:
        shift = YEAR_SHIFT[m["rel"].lower().split()[-1]]
        return [_found(m, 0, "DATE", f"{ctx.published.year + shift}-H{h}", "half")]
    current = 1 if ctx.published.month <= 6 else 2
    direction = ctx.direction(m.start(), m.end())
    shift = -1 if direction == "past" and h > current else 0
    shift = 1 if direction == "future" and h < current else shift
    return [_found(m, 0, "DATE", f"{ctx.published.year + shift}-H{h}", "half:year-by-tense")]


def rule_decade(m: re.Match, ctx: Context) -> list[Found]:
    if m["c"]:
        value = cal.decade_value(int(m["c"] + m["d"] + "0"))
    elif m["d2"]:
        d = int(m["d2"])
        value = cal.decade_value((2000 if d <= 2 else 1900) + 10 * d)
    else:
        value = cal.decade_value(1900 + 10 * DECADE_WORDS[m["w"].lower()])
    return [_found(m, 0, "DATE", value, "decade")]


def rule_century(m: re.Match, ctx: Context) -> list[Found]:
    n = int(m["n"]) if m["n"] else CENTURY_WORDS[m["w"].lower()]
    return [_found(m, 0, "DATE", cal.century_value(100 * (n - 1)), "century")]


# --- relative dates -------------------------------------------------------------------------
