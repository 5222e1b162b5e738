"""Rules for relative expressions: seasons, day words, weekdays, "last week", "ago", offsets,
durations, sets, references ("now", "recently") and clock times."""

from __future__ import annotations

import re
from datetime import date, timedelta

from diplograph.stages.dates import calendar as cal
from diplograph.stages.dates.base import Context, Found, _found
from diplograph.stages.dates.words import (
    AGE,
    DAYBREAK_BEFORE,
    DURATION_BEFORE,
    FALL_BEFORE,
    FIGURE_NOUNS,
    LENGTH_BEFORE,
    MONTHS,
    NOT_A_TIME_AFTER,
    NOT_FALL_AFTER,
    NOT_SO_FAR_AFTER,
    ORDINALS,
    PART_OF_DAY,
    PART_OF_DAY_BEFORE,
    PERIOD_BEFORE,
    PERIOD_WORDS,
    PUBLICATIONS,
    RATE_AMOUNTS,
    RATE_UNITS,
    SEASONS,
    SPEED_UNITS,
    SUPERLATIVE_BEFORE,
    UNITS,
    WEEKDAYS,
    number_value,
)

_OF = re.compile(r"\s+of\b")


def rule_season(m: re.Match, ctx: Context) -> list[Found]:
    word = m["s"]
    at_sentence_start = (
        not ctx.text[: m.start("s")].rstrip().endswith(tuple("abcdefghijklmnopqrstuvwxyz,"))
    )  # noqa: E501
    if word[0].isupper() and not at_sentence_start and not m["rel"]:
        return []
    if not m["rel"] and SUPERLATIVE_BEFORE.search(ctx.text[max(0, m.start() - 30) : m.start()]):
        return []
    said = " ".join((m["rel"] or "").lower().split())
    anaphoric = said in ("that", "the following", "the next")
    rel = "" if anaphoric else said.replace("the", "").strip()
    if word.lower() == "fall" and not (rel or anaphoric or m["y"] or _the_fall_season(m, ctx)):
        return []
    season = SEASONS[word.lower()]
    if m["y"]:
        return [_found(m, "x", "DATE", f"{m['y']}-{season}", "season")]
    if ctx.published is None:
        return [_found(m, "x", "DATE", None, "season:no-year")]
    rel = {"past": "last", "coming": "next"}.get(
        rel, rel if rel in ("last", "next", "this") else ""
    )
    direction = ctx.direction(m.start(), m.end())
    year = cal.pick_season_year(season, ctx.published, rel, direction)
    found = _found(m, "x", "DATE", f"{year}-{season}", "season")
    if anaphoric or not rel:  # the story's time may say which year (narrative.py)
        found.pending = ("season", season, int(said in ("the following", "the next")), anaphoric)
    return [found]


def _the_fall_season(m: re.Match, ctx: Context) -> bool:
    """ "in the fall", "since the fall": the season, not "the fall in prices"."""
    if (m["rel"] or "").strip().lower() != "the":
        return False
    before = ctx.text[max(0, m.start() - 12) : m.start()]  # room for "throughout "
    return bool(FALL_BEFORE.search(before)) and not NOT_FALL_AFTER.match(ctx.text[m.end() :])


def rule_day_word(m: re.Match, ctx: Context) -> list[Found]:
    word, part = m["w"].lower(), (m["part"] or "").lower()
    pub = ctx.published
    if word == "tonight":
        part = "night"
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last": -1, "this": 0,
              "overnight": -1}[word]  # fmt: skip
    if word == "overnight":  # the adverb ("forces overnight accused"), not "an overnight stay"
        i = ctx.token_at(m.start("w"))
        tok = ctx.parse.tokens[i] if i is not None else None
        if m["before"] or m["part"] or tok is None or tok.tag != "RB":
            return []
        verb = ctx.parse.tokens[tok.head].pos in ("VERB", "AUX") and tok.dep == "advmod"
        if not tok.ent_type and not verb:  # "had fallen steeply overnight": on its verb
            return []
        part = "night"
        offset = 0 if ctx.direction(m.start(), m.end()) == "future" else -1
    if m["before"]:
        offset += -1 if "before" in m["before"] else 1
    if word == "last" and not part:
        return []
    type_ = "TIME" if part else "DATE"
    if pub is None:
        return [_found(m, 0, type_, None, word)]
    value = (pub + timedelta(days=offset)).isoformat()
    if part:
        value += "T" + PART_OF_DAY[part]
    found = _found(m, 0, type_, value, word)
    found.anchor = pub.isoformat()
    if word == "overnight":  # "opened on Thursday and stayed open overnight": that night
        found.pending = ("night-of",)
    return [found]


def rule_weekday(m: re.Match, ctx: Context) -> list[Found]:
    weekday = WEEKDAYS.index(m["wd"].lower())
    rel, part = (m["rel"] or "").lower(), (m["part"] or "").lower()
    type_ = "TIME" if part else "DATE"
    pub = ctx.published
    if pub is None:
        return [_found(m, 0, type_, None, "weekday:no-date")]
    if rel in ("last", "past"):
        day = cal.pick_weekday(weekday, pub - timedelta(days=1), "past")
    elif rel in ("next", "coming"):
        day = cal.pick_weekday(weekday, pub + timedelta(days=1), "future")
    elif rel == "this":
        day = pub + timedelta(days=weekday - pub.weekday())
    else:
        direction = ctx.direction(m.start(), m.end())
        if not direction and m.start() < ctx.headline_end:  # a headline's weekday: the nearest
            direction = "future" if (weekday - pub.weekday()) % 7 < 4 else "past"
        day = cal.pick_weekday(weekday, pub, direction)
    value = day.isoformat() + ("T" + PART_OF_DAY[part] if part else "")
    found = _found(m, 0, type_, value, "weekday:" + (rel or "by-tense"))
    found.anchor = pub.isoformat()
    return [found]


def _unit_value(pub: date, unit: str, shift: int) -> str:
    if unit == "day":
        return (pub + timedelta(days=shift)).isoformat()
    if unit in ("week", "weekend"):
        value = cal.week_value(pub + timedelta(weeks=shift))
        return value + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return cal.month_value(cal.shift_months(pub, shift))
    if unit == "quarter":
        index = pub.year * 4 + cal.quarter_of(pub) - 1 + shift
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "decade":
        return cal.decade_value(pub.year + 10 * shift)
    if unit == "century":
        return cal.century_value(pub.year + 100 * shift)
    return str(pub.year + shift)


def rule_relative_unit(m: re.Match, ctx: Context) -> list[Found]:
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    if " " in rel and _OF.match(ctx.text, m.end()):
        return []  # "the last month of the year"; "warned last month of froth" is last month
    if rel == "the next" and unit in ("year", "month", "week") and _a_date(m, ctx):
        rel = "the following"  # "The next year, the school closed": a date, not a duration
    if unit == "hour" and rel not in ("the past", "the last", "the coming", "the next"):
        return []  # "the past hour" is a length; "this hour" is read as the present (rule_ref)
    if rel == "this past":  # "this past weekend": the last one
        rel = "last"
    if unit == "decade" and rel in ("the coming", "the next") and _a_decade(m, ctx):
        rel = "next"  # "early in the next decade", "will shape the next decade": the decade
    if rel in ("the past", "the last", "the coming", "the next", "past"):
        if m["mod"] or unit == "weekend":
            return []
        if unit == "quarter":  # "the next quarter" is a quarter; durations have no such unit
            if ctx.published is None:
                return []
            shift = 1 if rel in ("the coming", "the next") else -1
            value = _unit_value(ctx.published, unit, shift)
            return [Found(m.start("rel"), m.end("x"), "DATE", value, f"relative:{rel} quarter")]
        code, timed = UNITS[unit]
        return [_found(m, "x", "DURATION", f"P{'T' if timed else ''}1{code}", "past-unit")]
    if rel in ("the following", "the previous", "the prior", "the preceding"):
        found = _found(m, "x", "DATE", None, "anchored-unit")
        found.pending = ("offset", unit, 1 if rel == "the following" else -1)
        return [found]
    if ctx.published is None:
        return [_found(m, "x", "DATE", None, "relative:no-date")]
    shift = {"last": -1, "previous": -1, "this": 0, "current": 0, "the current": 0, "next": 1,
             "coming": 1}[rel]  # fmt: skip
    if unit == "weekend" and rel == "this" and ctx.published.weekday() < 2:
        if ctx.direction(m.start("x"), m.end("x")) == "past":
            shift = -1  # "said this weekend" on a Monday: the weekend just past
    value = _unit_value(ctx.published, unit, shift)
    found = _found(m, "x", "DATE", value, f"relative:{rel} {unit}")
    found.anchor = ctx.published.isoformat()
    if unit == "quarter" and shift == 0:  # a fiscal story's current quarter (anchor.py)
        found.pending = ("fiscal-quarter", None)
    return [found]


def rule_year_period(m: re.Match, ctx: Context) -> list[Found]:
    """ "the 1988 quarter", "the 1990 period": the story's period in that year (second pass)."""
    found = _found(m, "x", "DATE", m["y"], "year-period")
    found.pending = ("year-period", m["y"], m["unit"].lower())
    return [found]


def _a_date(m: re.Match, ctx: Context) -> bool:
    """ "The next year, ...", "(was signed in Vienna) the next month": a date, where "over the
    next year", "will double in the next year" are durations."""
    before = ctx.text[: m.start("x")].rstrip()
    if not before or before[-1] in ".\n":
        return True
    last = before.split()[-1].lower()
    return last not in DURATION_BEFORE and ctx.direction(m.start("x"), m.end("x")) == "past"


def _a_decade(m: re.Match, ctx: Context) -> bool:
    """ "early in the next decade", "will shape the next decade": the calendar decade, where
    "over the next decade", "in the next decade" (a preposition of length before it) are P1DE."""
    before = ctx.text[: m.start("x")].rstrip()
    if m["mod"] or not before or before[-1] in ".\n":
        return True
    return before.split()[-1].lower() not in DURATION_BEFORE


def rule_in_the_unit(m: re.Match, ctx: Context) -> list[Found]:
    if ctx.published is None:
        return [_found(m, "x", "DATE", None, "relative:no-date")]
    if m["ytd"]:  # "year to date": the year so far
        return [_found(m, "x", "DATE", str(ctx.published.year), "relative:year-to-date")]
    if m["end"]:  # "year-end", "month-end": the one ahead, or the last one passed in the past
        unit = m["end"].lower()
        past = ctx.direction(m.start("x"), m.end("x")) == "past"
        value = _unit_value(ctx.published, unit, -1 if past else 0)
        return [_found(m, "x", "DATE", value, f"relative:{unit}-end")]
    if m["first"]:  # "since the first of the year": its first day, the next one when ahead
        unit = m["first"].lower()
        ahead = ctx.direction(m.start("x"), m.end("x")) == "future"
        value = _unit_value(ctx.published, unit, 1 if ahead else 0)
        first = f"{value}-01-01" if unit == "year" else f"{value}-01"
        return [_found(m, "x", "DATE", first, f"relative:first-of-{unit}")]
    unit = re.split(r"[\s-]", m["x"])[-1].lower()  # "the end of the year", "mid-decade"
    return [_found(m, "x", "DATE", _unit_value(ctx.published, unit, 0), "relative:the " + unit)]


def rule_weekend(m: re.Match, ctx: Context) -> list[Found]:
    pub = ctx.published
    if pub is None:
        return [_found(m, "x", "DATE", None, "weekend:no-date")]
    direction = ctx.direction(m.start("x"), m.end("x"))
    if direction == "future":
        day = cal.pick_weekday(5, pub, "future")
    else:
        day = cal.pick_weekday(6, pub, "past")
    return [_found(m, "x", "DATE", cal.week_value(day) + "-WE", "weekend:by-tense")]


def rule_night_spent(m: re.Match, ctx: Context) -> list[Found]:
    """ "spent the night in terminals": the night of the day named before it in its sentence,
    else, by tense, the night before publication or the coming one (as "overnight")."""
    pub = ctx.published
    if pub is None:
        return [_found(m, "x", "TIME", None, "overnight:no-date")]
    ahead = ctx.direction(m.start("x"), m.end("x")) == "future"
    day = pub if ahead else pub - timedelta(days=1)
    found = _found(m, "x", "TIME", f"{day.isoformat()}TNI", "overnight:spent")
    found.anchor = pub.isoformat()
    found.pending = ("night-of",)
    return [found]


def rule_ago_or_ahead(m: re.Match, ctx: Context) -> list[Found]:
    """ "two years ago", and in the same scan "a year from now"."""
    return _from_now(m, ctx) if m["ahead"] else rule_ago(m, ctx)


def rule_ago(m: re.Match, ctx: Context) -> list[Found]:
    n = number_value(m["n"])
    unit = m["unit"].lower()
    pub = ctx.published
    if n is None or n != int(n) or unit not in ("day", "week", "month", "year", "decade"):
        return [_found(m, 0, "DATE", "PAST_REF", "ago:vague")]
    if pub is None:
        return [_found(m, 0, "DATE", None, "ago:no-date")]
    n = int(n)
    if unit == "decade":  # the value keeps the unit's granularity: "three decades ago" -> 197X
        found = _found(m, 0, "DATE", cal.decade_value(pub.year - 10 * n), "ago")
        found.anchor = pub.isoformat()
        return [found]
    found = _found(m, 0, "DATE", _ago_value(pub, unit, -n), "ago")
    found.anchor = pub.isoformat()
    if unit == "year":  # "from $4 million a year ago": maybe last year's copy of a quarter
        found.pending = ("ago-period", unit, -n)
    return [found]


def _from_now(m: re.Match, ctx: Context) -> list[Found]:
    """ "a year from now", "two weeks from today": the publication date moved ahead, at the
    unit's grain, as "ago" moves it back; "several years from now" is the future."""
    n, unit = number_value(m["n"]), m["unit"].lower()
    if n is None or unit not in ("day", "week", "month", "year"):
        return [_found(m, 0, "DATE", "FUTURE_REF", "from-now")]
    if n != int(n) or ctx.published is None:
        return [_found(m, 0, "DATE", None, "from-now")]
    found = _found(m, 0, "DATE", _ago_value(ctx.published, m["unit"].lower(), int(n)), "from-now")
    found.anchor = ctx.published.isoformat()
    return [found]


def _ago_value(ref: date, unit: str, shift: int) -> str:
    if unit == "day":
        return (ref + timedelta(days=shift)).isoformat()
    if unit == "week":
        return cal.week_value(ref + timedelta(weeks=shift))
    if unit == "month":
        return cal.month_value(cal.shift_months(ref, shift))
    return str(ref.year + shift)


def rule_offset(m: re.Match, ctx: Context) -> list[Found]:
    n, unit = number_value(m["n"]), m["unit"].lower()
    word = m["dir"].lower()
    later = word in ("later", "after", "afterwards")
    if n is None or n != int(n):
        return [_found(m, "x", "DATE", "FUTURE_REF" if later else "PAST_REF", "offset:vague")]
    shift = int(n) if later else -int(n)
    found = _found(m, "x", "DATE", None, "offset-from-previous")
    found.pending = ("offset", unit, shift)
    return [found]


def rule_same_day(m: re.Match, ctx: Context) -> list[Found]:
    word = " ".join(m[0].lower().split())
    shift = -1 if any(w in word for w in ("before", "previous", "prior", "earlier")) else 1
    if "same" in word or word == "that day":
        shift = 0
    found = _found(m, 0, "DATE", None, "offset-from-previous")
    found.pending = ("offset", "day", shift)
    return [found]


def rule_part_of_day_offset(m: re.Match, ctx: Context) -> list[Found]:
    """ "that morning", "the next evening": a part of the day named before (or of the one after
    it), resolved in the second pass like "the next day"."""
    det = " ".join(m["det"].lower().split())
    found = _found(m, 0, "TIME", None, "offset-from-previous")
    shift = 1 if det in ("the next", "the following") else 0
    found.pending = ("offset", "day", shift, PART_OF_DAY[m["part"].lower()])
    return [found]


def rule_duration(m: re.Match, ctx: Context) -> list[Found]:
    if m["all"]:  # "all week", "all day long"
        return [_found(m, 0, "DURATION", cal.duration_value(1, m["all"].lower()), "duration")]
    if AGE.match(ctx.text[m.start() : m.end() + 8]) or re.match(r"[- ]old", ctx.text[m.end() :]):
        return []
    unit = m["unit"].lower()
    if unit == "second" and m["n"].lower() in ("a", "an"):
        return []  # "a second term", "a second day"
    if unit == "quarter" and not ((m["pre"] or "").strip().lower() not in ("", "the") or m["row"]):
        return []  # "three quarters of the budget"; "the past two quarters" is a length
    n = number_value(m["n"]) if m["n"] else None
    if n is not None and (m["half"] or m["half2"]):
        n += 0.5  # "two and a half years", "a year and a half"
    if m["n"] and m["n"].lower() in ("a", "an", "one") and not (m["pre"] or "").strip():
        prev = ctx.text[max(0, m.start() - 12) : m.start()].lower().split()
        spelled = m["n"].lower() == "one" and prev and prev[-1] in ("a", "an")  # "a one-year term"
        if prev and prev[-1] in ("a", "per", "once", "twice", "times") and not spelled:
            return []
        if unit == "hour" and _previous_word(m, ctx) in SPEED_UNITS:
            return []  # "125 miles an hour": a speed
        if unit in RATE_UNITS and _previous_word(m, ctx) and _after_a_quantity(m, ctx):
            return [_found(m, 0, "SET", cal.duration_value(1, unit), "set:rate")]  # "5% a year"
    split = not re.search(r"\d", m["n"] or "") or bool(m["half"] or m["half2"])
    found = _found(m, 0, "DURATION", cal.duration_value(n, unit, split=split), "duration")
    if (m["pre"] or "").strip().lower() == "the" and ctx.text[m.end("n")] == "-":
        found.start = m.start("n")  # "the [30-year] bond": the adjective alone, as TimeML has it
    return [found]


def _previous_word(m: re.Match, ctx: Context) -> str:
    words = ctx.text[max(0, m.start() - 20) : m.start()].lower().split()
    return words[-1] if words else ""


def _after_a_quantity(m: re.Match, ctx: Context, start: int | None = None) -> bool:
    """Whether "a day", "a year" (at `start`, else the match's) follows a counted thing or an
    amount, as a rate does."""
    i = ctx.token_at(m.start() if start is None else start)
    if i is None or i == 0 or ctx.token_at(m.end() - 1) is None:
        return False
    prev = ctx.parse.tokens[i - 1]
    return prev.tag in ("NNS", "NNPS", "CD") or prev.text.lower() in RATE_AMOUNTS


def rule_vague_span(m: re.Match, ctx: Context) -> list[Found]:
    """ "for years", "over decades": a length after a preposition or verb."""
    if m["pre"].lower() == "in" and _OF.match(ctx.text, m.end()):
        return []  # "in years of service": not a length of time
    return rule_vague_duration(m, ctx)


def rule_vague_duration(m: re.Match, ctx: Context) -> list[Found]:
    value = cal.duration_value(None, m["unit"].lower())
    return [_found(m, "x", "DURATION", value, "duration:vague")]


def _names_a_publication(m: re.Match, ctx: Context) -> bool:
    """ "the French daily Le Monde", "a weekly newspaper"; and a frequency word on a figure
    ("an annual rate", "weekly swings"): no SET."""
    i = ctx.token_at(m.start())
    tokens = ctx.parse.tokens
    if i is None or " " in m[0] or i + 1 >= len(tokens):
        return False
    nxt, prev = tokens[i + 1], tokens[i - 1] if i > 0 else None
    if nxt.lemma.lower() in PUBLICATIONS or nxt.text.lower() in FIGURE_NOUNS:
        return True
    after_det = prev is not None and prev.pos in ("DET", "ADJ", "PROPN")
    return after_det and (nxt.pos == "PROPN" or (nxt.pos in ("VERB", "AUX") and nxt.tag != "VB"))


def rule_set(m: re.Match, ctx: Context) -> list[Found]:
    if _names_a_publication(m, ctx):
        return []
    word = " ".join(m[0].lower().split())
    for day in WEEKDAYS:
        if day in word:
            return [_found(m, 0, "SET", f"XXXX-WXX-{WEEKDAYS.index(day) + 1}", "set")]
    if m["mon"]:  # "each September"; "each may" is the verb
        if not m["mon"][0].isupper():
            return []
        return [_found(m, 0, "SET", f"XXXX-{MONTHS[m['mon'][:3].lower()]:02d}", "set")]
    if m["season"]:  # "each spring", "every winter"
        return [_found(m, 0, "SET", f"XXXX-{SEASONS[m['season'].lower()]}", "set")]
    if word == "around the clock":
        return [_found(m, 0, "SET", "P1D", "set")]
    unit = (m["unit"] or "").lower()
    if unit == "weekend":
        return [_found(m, 0, "SET", "XXXX-WXX-WE", "set")]
    if unit in UNITS and unit not in ("night", "weekend") or unit == "quarter":
        n = 2 if m["other"] else number_value(m["n"]) if m["n"] else 1  # "every other year"
        return [_found(m, 0, "SET", cal.duration_value(n, unit), "set")]
    if per := re.search(r"\b(?:a|per|every)\s+(\w+)$", word):
        word = per[1]  # "four days a week": the period is the week
    for part, code in PART_OF_DAY.items():  # "every night", "nightly": that part of every day
        if part in word:
            return [_found(m, 0, "SET", f"XXXX-XX-XXT{code}", "set")]
    for key, value in (("hour", "PT1H"), ("day", "P1D"), ("daily", "P1D"), ("week", "P1W"),
                       ("month", "P1M"), ("year", "P1Y"), ("annual", "P1Y"),
                       ("decade", "P1DE")):  # fmt: skip
        if key in word:
            return [_found(m, 0, "SET", value, "set")]
    return [_found(m, 0, "SET", None, "set")]


def rule_same_period(m: re.Match, ctx: Context) -> list[Found]:
    """ "(the) same period last year": last year's copy of the quarter, month or week named
    before it in the paragraph (second pass); last year when there is none."""
    pub = ctx.published
    if m["q"] and pub:  # "the year-earlier fourth quarter": last year's copy of that quarter
        q = ORDINALS[m["q"].lower()]
        year = cal.pick_quarter_year(q, pub, "past") - 1
        return [_found(m, 0, "DATE", f"{year}-Q{q}", "quarter:year-ago")]
    value = str(pub.year - 1) if pub else None
    if pub and (m["unit"] or m["unit2"] or "").lower() == "quarter":  # last complete quarter's
        value = cal.shift_value(pub.isoformat(), "quarter", -5)
    found = _found(m, 0, "DATE", value, "same-period")
    found.pending = ("same-period", -1, (m["unit"] or m["unit2"] or "").lower())
    return [found]


def rule_ref(m: re.Match, ctx: Context) -> list[Found]:
    word = " ".join(m["x"].lower().split())
    if word == "today":
        return rule_day_word_simple(m, ctx)
    if word in ("now", "right now") and re.match(r"-\w", ctx.text[m.end("x") :]):
        return []
    if word in ("current", "recent") and _next_word(ctx, m.end("x")) in NOT_A_TIME_AFTER:
        return []  # "the current account deficit", "the current affairs programme"
    if word == "so far" and (
        _next_word(ctx, m.end("x")) in NOT_SO_FAR_AFTER
        or ctx.text[: m.start("x")].rstrip().lower().endswith(tuple(PERIOD_WORDS))
    ):
        return []  # "went so far as to", "so far away"; "the week so far" is the week's
    if word in ("recently", "lately", "the past", "formerly") or word.startswith("recent"):
        value = "PAST_REF"
    elif any(w in word for w in ("future", "coming", "term", "ahead")) or word == "soon":
        value = "FUTURE_REF"
    else:
        value = "PRESENT_REF"
    return [_found(m, "x", "DATE", value, "reference")]


def _next_word(ctx: Context, offset: int) -> str:
    words = ctx.text[offset : offset + 30].split()
    return words[0].lower().strip(",.;:") if words else ""


def rule_day_word_simple(m: re.Match, ctx: Context) -> list[Found]:
    pub = ctx.published
    found = _found(m, "x", "DATE", pub.isoformat() if pub else None, "today")
    found.anchor = pub.isoformat() if pub else None
    return [found]


def rule_clock(m: re.Match, ctx: Context) -> list[Found]:
    if m["noon"]:
        clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["noon"].lower()]
    elif m["oclock"]:  # "11 o'clock", "five o'clock in the morning", "nine o'clock at night"
        said = _OCLOCK_HOUR.search(ctx.text, max(0, m.start() - 8), m.start())
        if said is None:
            return []
        hour = int(said[1]) if said[1].isdigit() else int(number_value(said[1]))
        later = m["night"] or (m["part"] or "").lower() in ("afternoon", "evening")
        found = Found(said.start(), m.end(), "TIME", None, "clock")
        found.pending = ("clock", f"{hour + 12 if later and hour < 12 else hour:02d}:00")
        return [found]
    else:
        hour = int(m["h"] or m["h2"])
        minute = int(m["mi"] or m["mi2"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if ap == "pm" and hour < 12:
            hour += 12
        if ap == "am" and hour == 12:
            hour = 0
        if hour > 24:
            return []
        clock = f"{hour:02d}:{minute:02d}"
    found = _found(m, 0, "TIME", None, "clock")
    found.pending = ("clock", clock)
    return [found]


def rule_daybreak(m: re.Match, ctx: Context) -> list[Found]:
    """ "at dawn", "until daybreak": the morning of the day a clock time would take."""
    if not DAYBREAK_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return []
    found = _found(m, 0, "TIME", None, "daybreak")
    found.pending = ("clock", PART_OF_DAY["morning"])
    return [found]


def rule_part_of_day(m: re.Match, ctx: Context) -> list[Found]:
    """ "in the morning", "into the evening", "early in the afternoon": that part of the day a
    clock time would take; not "the evening news"."""
    if not m["mod"] and not PART_OF_DAY_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return []
    last, tokens = ctx.token_at(m.end() - 1), ctx.parse.tokens
    if last is not None and last + 1 < len(tokens) and tokens[last + 1].pos in ("NOUN", "PROPN"):
        return []
    of_a_day = ctx.text.startswith(" of ", m.end())  # "the evening of March 4": its own day
    if not of_a_day and (ctx.direction(m.start(), m.end()) == "future" or not _time_near(m, ctx)):
        return []  # "unless storms move in during the afternoon": of a day not named
    found = _found(m, 0, "TIME", None, "part-of-day")
    found.pending = ("clock", PART_OF_DAY[m["part"].lower()])
    return [found]


def _time_near(m: re.Match, ctx: Context) -> bool:
    """Whether spaCy found a date or time in the match's sentence or the one before, in its
    paragraph, outside the match: the day a part of a day belongs to."""
    first, tokens = ctx.token_at(m.start()), ctx.parse.tokens
    if first is None:
        return False
    sentence, paragraph = tokens[first].sent, ctx.text.rfind("\n", 0, m.start()) + 1
    return any(
        t.ent_type in ("DATE", "TIME") and sentence - 1 <= t.sent <= sentence
        for t in tokens
        if paragraph <= t.start and not m.start() <= t.start < m.end()
    )


# The hour said before "o'clock" (rule_clock reads it back from the text).
_OCLOCK_HOUR = re.compile(
    r"\b(1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$",
    re.IGNORECASE,
)


def _clause_follows(m: re.Match, ctx: Context) -> bool:
    """Whether "before"/"after" at the end of the match introduces something ("a year before
    the war") rather than ending the phrase ("5% a year before.")."""
    return re.match(r"\s*(?:[,.;:)\]]|$)", ctx.text[m.end() :]) is None


def rule_anaphoric_period(m: re.Match, ctx: Context) -> list[Found]:
    """ "that year", "the same month", "the quarter": the period the story named before
    (second pass). Only "the quarter" ("the latest quarter") stands without "that" or "same";
    with no period named it is the last complete quarter, the one reported on, or the current
    one when its verb points ahead."""
    det, unit = " ".join(m["det"].lower().split()), m["unit"].lower()
    if m["y"] or unit == "half":  # "the 1988 quarter", "the 1990 period", in the same scan
        dated = det == "the" and m["y"] and unit in ("quarter", "half", "period")
        return rule_year_period(m, ctx) if dated else []
    ended = re.match(r"\s+end(?:ed|ing)\b", ctx.text[m.end("x") :])
    if unit == "year" and ended:
        return []  # "the year ended June 30": a fiscal year we cannot name
    latest = det in ("the latest", "the most recent")
    if unit == "period":  # "sales in the period", "the latest period": the story's (anchor.py)
        if det == "that":
            return []  # "heat during that period": often no period the story reports on
        if det == "the" and not PERIOD_BEFORE.search(
            ctx.text[max(0, m.start("x") - 20) : m.start("x")]
        ):
            return []
        found = _found(m, "x", "DATE", None, "period")
        found.pending = ("period", unit)
        return [found]
    lead = det in ("the", "the full") and unit in ("year", "month", "quarter", "week")
    if ended and det == "the":
        lead = False  # "the week ended June 2": merged with its day (merge.py)
    elif lead and unit != "quarter":
        if not PERIOD_BEFORE.search(ctx.text[max(0, m.start("x") - 20) : m.start("x")]):
            return []
    elif det != "that" and "same" not in det and unit != "quarter" and not latest:
        return []
    value, pub = None, ctx.published
    if det != "that" and "same" not in det and pub is not None:
        ahead = ctx.direction(m.start("x"), m.end("x")) == "future"
        shift = 0 if ahead or unit == "year" or (unit == "week" and not latest) else -1
        value = cal.shift_value(pub.isoformat(), unit, shift) if unit != "year" else str(pub.year)
    found = _found(m, "x", "DATE", value, "period")
    kind = "lead" if lead else "latest" if latest else "ended" if ended else None
    found.pending = ("period", unit, kind) if kind else ("period", unit)
    return [found]


def rule_unit_offset(m: re.Match, ctx: Context) -> list[Found]:
    """ "the year before", "the month earlier", "the quarter after": one unit from the period
    named before (second pass); not "the year before the war"."""
    word = m["dir"].lower()
    if word in ("before", "after", "prior") and _clause_follows(m, ctx):
        return []
    found = _found(m, "x", "DATE", None, "unit-offset")
    found.pending = ("offset", m["unit"].lower(), 1 if word in ("later", "after") else -1)
    return [found]


def rule_quarter_century(m: re.Match, ctx: Context) -> list[Found]:
    """ "the next quarter century", "a quarter of a century": 25 years, not a quarter."""
    return [_found(m, 0, "DURATION", "P25Y", "quarter-century")]


def rule_turn_of_the_century(m: re.Match, ctx: Context) -> list[Found]:
    """ "by the turn of the century": the coming century's first year (2000 in the 1990s); the
    last one passed when told in the past ("at the turn of the century, immigrants came")."""
    if ctx.published is None:
        return [_found(m, 0, "DATE", None, "turn-of-century:no-date")]
    century = ctx.published.year // 100 * 100
    if ctx.direction(m.start(), m.end()) != "past" and ctx.published.year % 100 >= 50:
        century += 100
    return [_found(m, 0, "DATE", str(century), "turn-of-century")]


def rule_ago_vague(m: re.Match, ctx: Context) -> list[Found]:
    if m["n"] is not None:
        return rule_ago(m, ctx)
    return [_found(m, 0, "DATE", "PAST_REF", "ago:vague")]


def rule_offset_fix(m: re.Match, ctx: Context) -> list[Found]:
    """Offsets: "two days later" is a date after the previous one; "two months after <clause>"
    is a duration whose anchor comes after it (the span stops before "after"), and so is "five
    weeks earlier than usual", a difference between two times."""
    word = m["dir"].lower()
    compared = word in ("earlier", "later") and _THAN.match(ctx.text, m.end())
    event = word in ("after", "before") and _clause_follows(m, ctx)
    if (event or compared) and m["unit"].lower() != "quarter":
        n, unit = number_value(m["n"]), m["unit"].lower()
        split = not re.search(r"\d", m["n"])  # "half an hour" PT30M, as rule_duration writes it
        found = Found(m.start("x"), m.start("dir") - 1, "DURATION",
                      cal.duration_value(n, unit, split=split), f"offset-{word}-event")  # fmt: skip
        found.end = len(ctx.text[: m.start("dir")].rstrip())
        if event and m["n"].lower() in ("a", "an") and _after_a_quantity(m, ctx, m.start("x")):
            found.type, found.value, found.rule = "SET", cal.duration_value(1, unit), "set:rate"
            return [found]  # "repay $50,000 a year after his release": a rate
        lasting = LENGTH_BEFORE.search(ctx.text[max(0, m.start("x") - 8) : m.start("x")])
        if event and n is not None and n == int(n) and not lasting:  # "for 50 years after 1997"
            found.pending = ("anchor-next", unit, int(n) if word == "after" else -int(n))
        return [found]
    return rule_offset(m, ctx)


_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
