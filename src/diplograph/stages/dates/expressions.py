"""The dates stage: time expressions (TimeML TIMEX3) and the date of each event.

    find_timexes(parse, published)  -> every expression in the article, resolved
    event_date(parse, trigger, ...)  -> the date the text gives one event
    dates_in(parse, tokens, timexes) -> the expressions inside a token set
    export_date(value)               -> YYYY / YYYY-MM / YYYY-MM-DD or None
    tag_text(text, published)        -> parse + find_timexes, for the CLI

It reads the existing Parse (tokens, dependencies, spaCy DATE/TIME entities): no second spaCy
pass. Conventions are in docs/dates.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from diplograph.records import EventDate, Parse, TimeExpression
from diplograph.stages.dates import anchor, narrative
from diplograph.stages.dates import calendar as cal
from diplograph.stages.dates.calendar import export_date
from diplograph.stages.dates.extent import widen
from diplograph.stages.dates.merge import align_coordinated, merge_adjacent
from diplograph.stages.dates.rules import Context, Found, candidates, spacy_leftovers
from diplograph.stages.dates.words import (
    CLAUSE_DEPS,
    DEADLINE_WORDS,
    EFFECT_NOUNS,
    EFFECT_VERBS,
    NOT_A_SETTING,
    NOUN_CLAUSE_BOUNDS,
    NOUN_CLAUSE_DEPS,
    OWN_NOUN_DEPS,
    OWN_NOUN_PREPS,
    REFERENCE_PREPS,
    TARGET_BEFORE,
)

__all__ = ["dates_in", "event_date", "export_date", "find_timexes", "tag_text"]

_JOIN = re.compile(r"^\s*(?:-|–|to|and|through|until|till|or)\s*$", re.IGNORECASE)
_RANGE_END = re.compile(
    r"^\s*,?\s*(?:-|–|to|through|until|till)\s+(?:at\s+least\s+)?$", re.IGNORECASE
)
# "soon", "recently" modify their own verb: they date an event only in its phrase or clause.
_CLAUSE_BOUND_REFS = ("PAST_REF", "FUTURE_REF")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_CLOCK_VALUE = re.compile(r"T\d")
_CLOCK_HOUR = re.compile(r"T(\d{2}):\d{2}")
_CLOSED_BY = re.compile(r",?\s+(?:which\s+|that\s+)?end(?:s|ed|ing)\s+(?:on\s+)?", re.IGNORECASE)


def find_timexes(parse: Parse, published: date | None) -> list[TimeExpression]:
    """All time expressions in the article, in text order, resolved against `published`."""
    ctx = Context(parse, published)
    chosen: list[Found] = []
    taken: list[tuple[int, int]] = []
    regions = sorted(
        ((s, e, f, order) for order, (s, e, f) in enumerate(candidates(ctx))),
        key=lambda r: (-(r[1] - r[0]), r[0], r[3]),
    )
    for start, end, found, _ in regions:
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        chosen.extend(found)
    chosen.extend(spacy_leftovers(ctx, taken))
    chosen.sort(key=lambda f: (f.start, f.end))
    _resolve_pending(chosen, ctx)
    align_coordinated(chosen, ctx)
    merged = widen(merge_adjacent(chosen, ctx), ctx.text)
    return [_record(f, ctx) for f in merged if f.end > f.start]


def tag_text(text: str, published: date | None) -> list[TimeExpression]:
    """Parse `text` (one spaCy pass) and tag it: for the CLI and tests."""
    from diplograph.stages.nlp import parse_text

    return find_timexes(parse_text(text, published=published), published)


def dates_in(
    parse: Parse, tokens: Sequence[int], timexes: Sequence[TimeExpression]
) -> list[TimeExpression]:
    """The expressions whose tokens fall inside `tokens`, in text order."""
    wanted = set(tokens)
    return [t for t in timexes if any(i in wanted for i in range(t.token_start, t.token_end))]


def event_date(
    parse: Parse,
    trigger: int,
    timexes: Sequence[TimeExpression],
    published: date | None,
    *,
    tokens: Sequence[int] = (),
    fallback: str = "none",
    estimated: bool = False,
) -> EventDate:
    """The date of the event whose trigger is token `trigger`: the expression in its own
    phrase or clause, then in its sentence, then the paragraph's running time; present tense
    takes the article date; otherwise null, or the article date when fallback="article".
    When the article date is `estimated` (from a dateline), a date reached through it has
    source "estimated"."""
    usable = [
        t
        for t in timexes
        if t.type in ("DATE", "TIME")
        and t.token_start >= 0
        and not _target(parse, t)
        and not _reference(parse, t, trigger)
        and not _elsewhere(parse, t, trigger)
    ]
    own = _phrase(parse, trigger) | set(tokens)
    clause_head = _clause_head(parse, trigger)
    clause = _phrase(parse, clause_head) if clause_head is not None else set()
    sentence = parse.tokens[trigger].sent
    in_sentence = [t for t in usable if t.sentence == sentence]
    everything = [t for t in timexes if t.sentence == sentence and t.token_start >= 0]
    anchored = _anchored_clause_date(parse, trigger, everything)
    if anchored is not None:
        return anchored
    for level, pool in (
        ("own phrase", [t for t in in_sentence if _overlaps(t, own)]),
        ("same clause", [t for t in in_sentence if _overlaps(t, clause)]),
        ("same sentence", [t for t in in_sentence if t.value not in _CLAUSE_BOUND_REFS]),
    ):
        if pool:
            best = min(pool, key=lambda t: _distance(t, trigger))
            return _from_timex(best, published, level, estimated)
    tense = _event_tense(parse, trigger)
    if tense == "past":
        running = _running_time(parse, trigger, usable)
        if running is not None:
            return _from_timex(running, published, "paragraph's running time", estimated)
    if tense == "present" and published is not None:
        source = "estimated" if estimated else "text"
        return EventDate(published.isoformat(), None, None, source, "present tense: article date")
    if fallback == "article" and published is not None:
        source = "estimated" if estimated else "article"
        return EventDate(published.isoformat(), None, None, source, "fallback: article date")
    return EventDate(None, None, None, None, "no time expression")


# --- second pass: ranges, offsets, anchors, clock times ------------------------------------


def _resolve_pending(found: list[Found], ctx: Context) -> None:
    for k, f in enumerate(found):
        if f.pending is None:
            continue
        kind = f.pending[0]
        if kind in ("year", "month"):
            _year_from_partner(f, found[k + 1] if k + 1 < len(found) else None, ctx)
            _year_from_start(f, found[k - 1] if k else None, ctx)
            narrative.resolve_year(f, found[:k], ctx)
        elif kind == "season":
            narrative.resolve_season(f, found[:k], ctx)
        elif kind == "offset":
            anchor.resolve_offset(f, found[:k], ctx)
        elif kind == "period" and f.pending[2:] == ("ended",):
            _period_ended(f, found[k + 1] if k + 1 < len(found) else None, ctx)
        elif kind == "period":
            anchor.resolve_period(f, found[:k], ctx)
        elif kind == "anchor-next":
            nxt = found[k + 1] if k + 1 < len(found) else None
            gap = ctx.text[f.end : nxt.start] if nxt else ""
            if nxt and _granular(nxt.value) and _OFFSET_GAP.fullmatch(gap):
                anchor.shift_from(f, nxt, ctx)
        elif kind == "clock":
            _clock(f, found, ctx)
        elif kind == "night-of":
            _night_of(f, found[:k], ctx)
        elif kind == "same-period":
            anchor.resolve_same_period(f, found[:k], ctx)
        elif kind == "ago-period":
            anchor.resolve_ago(f, found[:k], ctx)
        elif kind == "year-period":
            anchor.resolve_year_period(f, found[:k], ctx)
        elif kind == "fiscal-year":
            anchor.resolve_fiscal_year(f, found[:k], ctx)
        elif kind == "fiscal-quarter":
            anchor.resolve_fiscal_quarter(f, found[:k], ctx)
        elif kind == "fiscal-closed":
            _fiscal_closed(f, found[k + 1] if k + 1 < len(found) else None, ctx)


# "two days after [June 1]": the date right after the word; "four years after Germany recognized
# Croatia on [Dec. 23, 1991]" counts from an event, a length (P4Y) whatever date it names.
_OFFSET_GAP = re.compile(r"\s*(?:after|before)\s+(?:the\s+)?", re.IGNORECASE)


def _year_from_partner(f: Found, nxt: Found | None, ctx: Context) -> None:
    """ "from March 3 to May 2, 2024": the first date borrows the year of its partner."""
    if nxt is None or not nxt.value or not _JOIN.match(ctx.text[f.end : nxt.start]):
        return
    if not re.match(r"^\d{4}", nxt.value) or nxt.rule.endswith("by-tense"):
        return
    year = int(nxt.value[:4])
    if f.pending[0] == "year":
        value = cal.safe_day(year, f.pending[1], f.pending[2])
    else:
        value = f"{year}-{f.pending[1]:02d}"
    if value and value <= nxt.value:
        f.value, f.rule, f.anchor = value, f.rule.split(":")[0] + ":year-of-range", nxt.value


def _year_from_start(f: Found, start: Found | None, ctx: Context) -> None:
    """ "from Oct. 8, 2023, until May 20": a range's end is the first such day after its
    start, whatever the tense around it says."""
    if start is None or not start.value or not _RANGE_END.match(ctx.text[start.end : f.start]):
        return
    if not _DAY_VALUE.match(start.value) or start.rule.endswith("by-tense"):
        return
    for year in (int(start.value[:4]), int(start.value[:4]) + 1):
        if f.pending[0] == "year":
            value = cal.safe_day(year, f.pending[1], f.pending[2])
        else:
            value = f"{year}-{f.pending[1]:02d}"
        if value and value >= start.value[: len(value)]:
            f.value, f.rule, f.anchor = value, f.rule.split(":")[0] + ":year-of-range", start.value
            return


def _period_ended(f: Found, nxt: Found | None, ctx: Context) -> None:
    """ "the week ended June 2", "the quarter ended Sept. 30": the period that day closes, so
    that what comes after can count from it before merge.py joins the two."""
    gap = ctx.text[f.end : nxt.start] if nxt else ""
    if nxt is None or not re.fullmatch(r"\s+end(?:ed|ing)\s+", gap):
        return
    if (day := _DAY_VALUE.match(nxt.value or "")) is None:
        return
    closed = date(int(day[1]), int(day[2]), int(day[3]))
    f.value = cal.shift_value(closed.isoformat(), f.pending[1], 0)


def _fiscal_closed(f: Found, nxt: Found | None, ctx: Context) -> None:
    """ "its fiscal third quarter, which ended March 31": the fiscal year that day says."""
    gap = ctx.text[f.end : nxt.start] if nxt else ""
    if nxt is None or not _CLOSED_BY.fullmatch(gap):
        return
    if (day := _DAY_VALUE.match(nxt.value or "")) is None:
        return
    closed = date(int(day[1]), int(day[2]), int(day[3]))
    f.value = f"FY{cal.fiscal_year(f.pending[1], closed)}-Q{f.pending[1]}"


def _granular(value: str | None) -> bool:
    return bool(value) and re.match(r"^\d{4}(?:-\d{2})?(?:-\d{2})?(?:T|$)", value) is not None


def _clock(f: Found, found: list[Found], ctx: Context) -> None:
    """A clock time takes the day of the nearest day named in its sentence, else of the last
    one named in the sentence before, in its paragraph, neither as a bound ("On Friday, ... By
    5:30 she was at work"; not "since Jan. 22", "opened at 9:30 a.m. to run through Friday"),
    else the day of the story's lead when its verb points the same way ("The Fed cut rates
    yesterday. ... The decision, announced at 2:15 p.m."), else the publication date."""
    day = None
    days = [
        p
        for p in found
        if p is not f and _DAY_VALUE.match(p.value or "") and not p.rule.startswith("overnight")
    ]  # "losses overnight in Tokyo. Then, at about 10:30": the night is the day before
    days = [p for p in days if not NOT_A_SETTING.search(ctx.text[max(0, p.start - 20) : p.start])]
    if ctx.published is not None and ctx.direction(f.start, f.end) == "past":
        published = ctx.published.isoformat()  # "sworn in at 1:30 a.m. and will meet Wednesday"
        days = [p for p in days if p.value[:10] <= published]
    sentence = _sentence_at(ctx, f.start)
    paragraph = ctx.text.rfind("\n", 0, f.start) + 1
    paragraph_end = ctx.text.find("\n", f.end) % (len(ctx.text) + 1)
    # a sentence the parser ran on past a paragraph ("after 6 p.m.\n\nRain ...") ends there
    same = [
        p
        for p in days
        if _sentence_at(ctx, p.start) == sentence and paragraph <= p.start < paragraph_end
    ]
    before = [
        p
        for p in days
        if paragraph <= p.start < f.start and _sentence_at(ctx, p.start) == sentence - 1
    ]
    if same:
        day = min(same, key=lambda p: abs(p.start - f.start)).value[:10]
    elif before:
        day = before[-1].value[:10]
        if _night_passed(f, day, before, ctx):
            day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    elif (lead := _lead_day(f, days, ctx)) is not None:
        day = lead
    elif earlier := _earlier_past_day(f, days, paragraph, ctx):
        day = earlier
    elif ctx.published is not None:
        day = ctx.published.isoformat()
    if day and _past_midnight(f, day, ctx):
        day = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    if day and _range_past_midnight(f, day, found, ctx):
        day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    if day:
        f.value, f.anchor = f"{day}T{f.pending[1]}", day


def _earlier_past_day(f: Found, days: list[Found], paragraph: int, ctx: Context) -> str | None:
    """ "Snow fell on Christmas Eve ... Churches held services at 7 p.m.": a past clock time
    with no day in its sentence or the one before takes the last past day named earlier in its
    paragraph."""
    if ctx.published is None or ctx.direction(f.start, f.end) != "past":
        return None
    published = ctx.published.isoformat()
    earlier = [p for p in days if paragraph <= p.start < f.start and p.value[:10] < published]
    return earlier[-1].value[:10] if earlier else None


def _range_past_midnight(f: Found, day: str, found: list[Found], ctx: Context) -> bool:
    """ "a curfew from 10 p.m. to 5 a.m.": a clock time that ends a range begun later in the
    day by the clock is the next day's."""
    k = found.index(f)
    start = found[k - 1] if k else None
    if start is None or start.type != "TIME" or (start.value or "")[:10] != day:
        return False
    gap = ctx.text[start.end : f.start]
    if not _JOIN.match(gap) or gap.strip().lower() == "or":
        return False
    hour = _CLOCK_HOUR.search(start.value)
    return bool(hour) and f"{hour[1]}:00" > f.pending[1] and f.pending[1] != "24:00"


def _night_passed(f: Found, day: str, before: list[Found], ctx: Context) -> bool:
    """ "Polls closed at 10 p.m. Thursday. ... told supporters at about 5 a.m.": a clock time
    of the small hours after an evening's of that day in the sentence before is the next
    day's (not past publication in a past clause)."""
    if not f.pending[1][:2].isdigit() or int(f.pending[1][:2]) >= 6:
        return False
    hours = [_CLOCK_HOUR.search(p.value or "") for p in before if (p.value or "")[:10] == day]
    if not any(h and int(h[1]) >= 18 for h in hours):
        return False
    if ctx.published is None or ctx.direction(f.start, f.end) != "past":
        return True
    return date.fromisoformat(day) + timedelta(days=1) <= ctx.published


def _past_midnight(f: Found, day: str, ctx: Context) -> bool:
    """ "The deadline expired at midnight", "became one country at midnight" on the day of
    publication: the midnight already passed, the one that ended the day before (T24:00)."""
    return (
        f.pending[1] == "24:00"
        and ctx.published is not None
        and day == ctx.published.isoformat()
        and ctx.direction(f.start, f.end) == "past"
    )


def _lead_day(f: Found, days: list[Found], ctx: Context) -> str | None:
    """The day the story's lead names (not as a bound), for a clock time whose verb points to
    it: "yesterday" for a time not ahead of publication, "tomorrow" for one ahead. The lead is
    the first paragraph ("ANCHOR: Good morning. We are following the crash ... last night.")."""
    lead_end = ctx.text.find("\n")
    lead = [
        p
        for p in days  # none a bound: _clock left them out; a dateline's day is the filing's
        if p.start < f.start
        and (_sentence_at(ctx, p.start) == 0 or p.start < lead_end)
        and not p.rule.startswith("dateline")
        and not _CLOCK_VALUE.search(p.value)  # "expired at midnight": no day the lead names
    ]
    if not lead or ctx.published is None or _sentence_at(ctx, f.start) == 0:
        return None
    day = lead[0].value[:10]
    direction = ctx.direction(f.start, f.end)
    published = ctx.published.isoformat()
    if (day < published and direction != "future") or (day > published and direction == "future"):
        return day
    return None


def _night_of(f: Found, earlier: list[Found], ctx: Context) -> None:
    """ "(shops opened at 5 p.m. on Thursday) and stayed open overnight": the night of the day
    named before it in its sentence; "spent the night" also of the first day named in the
    sentence before, in its paragraph and not as a bound ("closed at 4 p.m. Monday and did
    not reopen until 6 a.m. Tuesday. Travelers spent the night ...": Monday's)."""
    sentence = _sentence_at(ctx, f.start)
    ahead = ctx.direction(f.start, f.end) == "future"
    published = ctx.published.isoformat() if ctx.published else ""
    days = [
        p
        for p in earlier
        if _DAY_VALUE.match(p.value or "")
        and (ahead or p.value[:10] < published)  # not "open tomorrow night, and ... overnight";
        # "overnight, and by midday (today)": a past night is the one before publication
    ]
    same = [p for p in days if _sentence_at(ctx, p.start) == sentence]
    paragraph = ctx.text.rfind("\n", 0, f.start) + 1
    before = [
        p
        for p in days
        if f.rule == "overnight:spent"
        and paragraph <= p.start
        and _sentence_at(ctx, p.start) == sentence - 1
        and not NOT_A_SETTING.search(ctx.text[max(0, p.start - 20) : p.start])
    ]
    if night := (same[-1:] or before[:1]):  # the sentence before: its first day, the night's eve
        f.value, f.anchor = f"{night[0].value[:10]}TNI", night[0].value[:10]


def _sentence_at(ctx: Context, offset: int) -> int:
    i = ctx.token_at(offset)
    return ctx.parse.tokens[i].sent if i is not None else -1


def _record(f: Found, ctx: Context) -> TimeExpression:
    span = ctx.tokens_in(f.start, f.end)
    sentence = ctx.parse.tokens[span[0]].sent if span else -1
    return TimeExpression(
        start=f.start,
        end=f.end,
        text=ctx.text[f.start : f.end],
        type=f.type,
        value=f.value,
        sentence=sentence,
        token_start=span[0] if span else -1,
        token_end=span[-1] + 1 if span else -1,
        rule=f.rule,
        anchor=f.anchor,
    )


# --- event attachment ------------------------------------------------------------------------


def _phrase(parse: Parse, head: int) -> set[int]:
    """The head's subtree without embedded clauses (a noun keeps its relative clauses)."""
    is_verb = parse.tokens[head].pos in ("VERB", "AUX")
    cut = CLAUSE_DEPS if is_verb else NOUN_CLAUSE_DEPS
    out, todo = {head}, list(parse.children[head])
    while todo:
        i = todo.pop()
        if parse.tokens[i].dep in cut:
            continue
        out.add(i)
        todo.extend(parse.children[i])
    return out


def _clause_head(parse: Parse, trigger: int) -> int | None:
    """The verb whose clause holds the trigger (a noun's governor, an xcomp's or conj's head)."""
    tok = parse.tokens[trigger]
    if tok.pos in ("VERB", "AUX"):
        return tok.head if tok.dep in ("xcomp", "conj") and tok.head != trigger else None
    for i in parse.ancestors(trigger):
        if parse.tokens[i].pos in ("VERB", "AUX"):
            return i
    return None


def _overlaps(t: TimeExpression, tokens: set[int]) -> bool:
    return any(i in tokens for i in range(t.token_start, t.token_end))


def _distance(t: TimeExpression, trigger: int) -> int:
    return min(abs(i - trigger) for i in range(t.token_start, t.token_end))


def _target(parse: Parse, t: TimeExpression) -> bool:
    """A date the sentence aims at or bounds by, not one something happened on: "by 2010",
    "until 2006", "takes effect on April 1", "comes into force in January"."""
    if TARGET_BEFORE.search(parse.article.text[max(0, t.start - 40) : t.start]):
        return True
    if t.token_start >= len(parse.tokens):
        return False
    for i in parse.ancestors(t.token_start)[:4]:
        tok = parse.tokens[i]
        lemma = tok.lemma.lower()
        if lemma in DEADLINE_WORDS:
            return True
        if tok.pos in ("VERB", "AUX"):
            if lemma not in EFFECT_VERBS:
                return False
            near = [j for c in parse.children[i] for j in (c, *parse.children[c])]
            return any(parse.tokens[j].lemma.lower() in EFFECT_NOUNS for j in near)
    return False


def _reference(parse: Parse, t: TimeExpression, trigger: int) -> bool:
    """A date on a noun that "since" governs ("since their peace treaty 25 years ago", "since
    the war in 1991"): it dates the event a period runs from, not the one at `trigger`."""
    if t.token_start >= len(parse.tokens):
        return False
    inside = range(t.token_start, t.token_end)
    for i in parse.ancestors(t.token_start)[:4]:
        tok = parse.tokens[i]
        if i in inside or tok.pos == "ADP":  # "the war [in] 1991"
            continue
        if i == trigger or tok.pos not in ("NOUN", "PROPN"):
            return False
        prep = tok.head
        return tok.dep == "pobj" and parse.tokens[prep].lemma.lower() in REFERENCE_PREPS
    return False


def _elsewhere(parse: Parse, t: TimeExpression, trigger: int) -> bool:
    """A date of a noun ("a 2016 agreement", "the Trade Act of 1974") or of a clause embedded
    in a noun ("Erdogan, who brokered the deal in July 2022, said") that the trigger is not
    in: it dates that noun or clause, not the trigger's event."""
    if t.token_end > len(parse.tokens):
        return False
    head = parse.span_head(t.token_start, t.token_end)
    tok = parse.tokens[head]
    owner = tok.head
    of_noun = tok.dep == "pobj" and parse.tokens[owner].lemma.lower() in OWN_NOUN_PREPS
    if of_noun:  # "the riots of 2002": the noun the preposition hangs on
        owner = parse.tokens[owner].head
    after_prep = t.token_start > 0 and parse.tokens[t.token_start - 1].pos == "ADP"
    modifier = tok.dep in OWN_NOUN_DEPS and not after_prep  # "In 2019 Saudi Arabia accused"
    if (of_noun or modifier) and parse.tokens[owner].pos in ("NOUN", "PROPN"):
        return trigger not in parse.subtree(owner)
    for i in (head, *parse.ancestors(head)):
        if parse.tokens[i].dep in NOUN_CLAUSE_BOUNDS:
            return trigger not in parse.subtree(i)
    return False


def _from_timex(
    t: TimeExpression, published: date | None, level: str, estimated: bool = False
) -> EventDate:
    value = export_date(t.value)
    through_article = published is not None and (
        t.value == "PRESENT_REF" or t.anchor == published.isoformat()
    )
    if t.value == "PRESENT_REF" and published is not None:
        value = published.isoformat()
    if value is None:
        return EventDate(None, t.value, t.text, None, f"{level}: {t.text!r} has no calendar date")
    source = "estimated" if estimated and through_article else "text"
    return EventDate(value, t.value, t.text, source, f"{level}: {t.text!r}")


def _event_tense(parse: Parse, trigger: int) -> str:
    verb = trigger
    if parse.tokens[trigger].pos not in ("VERB", "AUX"):
        verb = _clause_head(parse, trigger)
        if verb is None:
            return ""
    ctx_tense = Context(parse, None)._tense(verb)
    if ctx_tense:
        return ctx_tense
    tok = parse.tokens[verb]
    aux = {parse.tokens[k].text.lower() for k in parse.children[verb]}
    if tok.tag in ("VBZ", "VBP") or (tok.tag == "VBG" and aux & {"is", "are", "'s", "'re", "am"}):
        return "present"
    return ""


def _anchored_clause_date(
    parse: Parse, trigger: int, in_sentence: list[TimeExpression]
) -> EventDate | None:
    """ "In July 2000, two months after he assumed the presidency, ...": the assuming is dated
    two months before the main clause's date."""
    for t in in_sentence:
        if not t.rule.startswith(("offset-after-event", "offset-before-event")) or t.token_end < 0:
            continue
        if t.token_end >= len(parse.tokens):
            continue
        word = parse.tokens[t.token_end]
        if word.text.lower() not in ("after", "before"):
            continue
        clause = word.head
        if trigger not in parse.subtree(clause):
            continue
        main = parse.tokens[clause].head
        if main == clause:
            continue
        outer = [
            x for x in in_sentence if x is not t and not _overlaps(x, set(parse.subtree(clause)))
        ]
        outer = [x for x in outer if export_date(x.value) and x.type in ("DATE", "TIME")]
        if not outer:
            return None
        base = min(outer, key=lambda x: _distance(x, main))
        match = re.match(r"P(\d+)([DWMY])$", t.value or "")
        if not match:
            return None
        n = int(match[1]) * (-1 if word.text.lower() == "after" else 1)
        value = _shifted(export_date(base.value), match[2], n)
        if value is None:
            return None
        reason = f"{t.text} {word.text.lower()} {base.text!r}: shifted by {n:+d}{match[2]}"
        return EventDate(value, value, f"{t.text} {word.text} ... {base.text}", "text", reason)
    return None


def _shifted(value: str, unit: str, n: int) -> str | None:
    """Move an exported date by n units, keeping no more precision than both allow."""
    parts = [int(p) for p in value.split("-")]
    base = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    if unit == "Y":
        return str(base.year + n) if len(parts) == 1 else None
    if unit == "M" and len(parts) >= 2:
        return cal.month_value(cal.shift_months(base, n))
    if unit in ("D", "W") and len(parts) == 3:
        return (base + timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    return str(base.year) if unit == "Y" else None


def _running_time(parse: Parse, trigger: int, usable: list[TimeExpression]):
    """The last DATE with a calendar value in earlier sentences of the trigger's paragraph."""
    text = parse.article.text
    start = parse.sentence_of(trigger).start
    paragraph_start = text.rfind("\n", 0, start) + 1
    earlier = [
        t
        for t in usable
        if paragraph_start <= t.start < start and t.type == "DATE" and export_date(t.value)
    ]
    return earlier[-1] if earlier else None
