"""The story's own time: in a story told in the past, a day, month or season with no year of its
own takes the year of the time being told, not the year of publication.

"The mill closed in June 1983. ... The last shift ended on June 30." is 1983-06-30; "That
summer" is 1983-SU, "By the fall" 1983-FA and "The following spring" 1984-SP. "That summer"
and "the following spring" always point back at the last period named; a bare "the fall",
"June 30" or "in late July" does so only after a period named with its own year (or read from
one) more than a year before publication, at most two sentences before it in its paragraph,
and never when its verb points ahead (a period itself read in the story carries it on, in a
clause of its own too). Each takes the first such day, month or season on or after that period.
A day the tense cannot place (told in the past just after the date of publication, or with a
weekday that does not fit) takes the year of an old period named near it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from diplograph.stages.dates import calendar as cal
from diplograph.stages.dates.anchor import anchors
from diplograph.stages.dates.base import Context, Found
from diplograph.stages.dates.words import NOT_A_SETTING, REPORTING_VERBS, STORY_LINKS, WEEKDAYS

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SUBORDINATE = {"relcl", "acl", "advcl", "ccomp", "appos", "parataxis", "csubj"}
_RELATIVE = re.compile(r"(?i)(?:last|next|this)\b")
_THAT = re.compile(r"(?i)that\b")
_OWN_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_START = re.compile(
    r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])|(SP|SU|FA|WI)|W(\d{2})))?"
)


def resolve_season(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """ "that summer", "the following spring", and a bare "the fall" in a story of the past."""
    season, shift, anaphoric = f.pending[1:]
    story = _last_setting(earlier, ctx) if anaphoric else story_time(f, earlier, ctx)
    if story is None:
        return
    start = _start_of(story.value)
    if anaphoric and not shift:  # "that winter": the one of the period named
        year = start.year - (1 if season == "WI" and start.month < 3 else 0)
    else:  # "by the fall": the one holding the period or the next; "the following spring"
        own = _season_of(start)
        year = next(
            y
            for y in (start.year - 1, start.year, start.year + 1, start.year + 2)
            if ((y, season) == own and not shift)
            or ((y, season) != own and _season_date(y, season) > start)
        )
    f.value, f.anchor = f"{year}-{season}", ctx.text[story.start : story.end]
    f.rule = f.rule.split(":")[0] + ":story-time"


def resolve_year(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """A day or month whose year the tense chose, moved into the story's time when it has one."""
    if not f.rule.endswith("year-by-tense") or f.rule.startswith("dateline"):
        return
    said = ctx.text[f.start : f.end]
    if _RELATIVE.match(said):
        return  # "last December" says its year
    story = _last_setting(earlier, ctx) if _THAT.match(said) else story_time(f, earlier, ctx)
    if story is None:
        _old_day(f, earlier, ctx)
        return
    start = _start_of(story.value)
    month = f.pending[1]
    day = f.pending[2] if f.pending[0] == "year" else start.day
    year = start.year if (month, day) >= (start.month, start.day) else start.year + 1
    when = cal.safe_day(year, month, day)
    if when is None:
        return
    f.value = when if f.pending[0] == "year" else when[:7]
    f.anchor, f.rule = ctx.text[story.start : story.end], f.rule.split(":")[0] + ":story-time"


def _old_day(f: Found, earlier: Sequence[Found], ctx: Context) -> None:
    """A day the tense cannot place: one told in the past just after the day of publication's
    date (so put almost a year back: "Only on April 28 did Moscow speak" on April 26, 1996) or
    one whose weekday does not fit the year chosen ("on Friday, Oct. 16" in 1997). It takes the
    year of the last period named with its own year, three years back or more, that it falls in
    or near (a month before its start to a season after) and whose weekday it fits."""
    if f.pending[0] != "year" or ctx.published is None or f.value is None:
        return
    month, day = f.pending[1:3]
    said = ctx.text[f.start : f.end].lower()
    weekday = next((i for i, name in enumerate(WEEKDAYS) if name in said), None)
    chosen = date.fromisoformat(f.value[:10])
    misfit = weekday is not None and chosen.weekday() != weekday
    if not (misfit or _put_back(chosen, ctx.published)):
        return
    for p in reversed(anchors(earlier)):
        if not _START.match(p.value) or _a_bound(p, ctx):
            continue
        start = _start_of(p.value)
        if not _OWN_YEAR.search(ctx.text[p.start : p.end]) or start.year > ctx.published.year - 3:
            continue
        when = cal.safe_date(start.year, month, day)
        if when and -31 <= (when - start).days <= 92 and weekday in (None, when.weekday()):
            f.value, f.anchor = when.isoformat(), ctx.text[p.start : p.end]
            f.rule = f.rule.split(":")[0] + ":story-time"
            return


def _put_back(chosen: date, published: date) -> bool:
    """Whether the tense put a day almost a year back: it falls just after publication's date."""
    same = cal.safe_date(published.year, chosen.month, chosen.day)
    return chosen.year < published.year and same is not None and 0 < (same - published).days <= 31


def story_time(f: Found, earlier: Sequence[Found], ctx: Context) -> Found | None:
    """The period the story is being told in, if `f` sits in one: the last period named before
    it, at most two sentences back in its paragraph, in that sentence's main clause (not "who
    was freed in 1990") and not as a bound or base ("since 1985"), named with its own year (or
    read from one) at least three years before publication; and `f` must not point ahead."""
    story = _last_period(earlier)
    if story is None or ctx.published is None or story.value.startswith("FY"):
        return None
    own = _OWN_YEAR.search(ctx.text[story.start : story.end]) or story.rule.endswith(
        ("story-time", "anchored")
    )
    if not own or int(story.value[:4]) > ctx.published.year - 3:
        return None
    if not 0 <= _sentence(ctx, f.start) - _sentence(ctx, story.start) <= 2:
        return None
    if "\n" in ctx.text[story.end : f.start]:
        return None  # a new paragraph moves the story on
    if _a_bound(story, ctx) and not (_carried(story) and _linked(story, ctx)):
        return None  # "the highest since 1985", "up from 2009": a point of comparison
    if not (_carried(story) or _main_clause(ctx, story.start)):
        return None  # "who was freed in 1990"
    if ctx.direction(f.start, f.end) == "future":
        return None
    return story


def _carried(p: Found) -> bool:
    """Whether `p` was itself read in the story's time: it carries the story on wherever it
    stands ("..., and that spring censorship was lifted. By the summer, ...")."""
    return p.rule.endswith("story-time")


def _main_clause(ctx: Context, offset: int) -> bool:
    """Whether `offset` is in a main clause; a quotation put before its speaker ("'In the
    winter of 1948 we had no coal,' said Mrs. Lenz") is the speaker's own main clause."""
    i = ctx.token_at(offset)
    if i is None:
        return False
    tokens = ctx.parse.tokens
    return not any(
        tokens[j].dep in _SUBORDINATE and not _quoted_first(j, ctx)
        for j in [i, *ctx.parse.ancestors(i)]
    )


def _quoted_first(j: int, ctx: Context) -> bool:
    tok = ctx.parse.tokens[j]
    head = ctx.parse.tokens[tok.head]
    return tok.dep == "ccomp" and j < tok.head and head.lemma.lower() in REPORTING_VERBS


def _last_period(earlier: Sequence[Found]) -> Found | None:
    named = [p for p in anchors(earlier) if _START.match(p.value) and p.rule != "clock"]
    return named[-1] if named else None


def _last_setting(earlier: Sequence[Found], ctx: Context) -> Found | None:
    """The last period named that the story was set in: "that November", "the following
    summer" point back past a bound or base ("since 1952", "than in 1985")."""
    named = [p for p in anchors(earlier) if _START.match(p.value) and p.rule != "clock"]
    settings = [p for p in named if not _a_bound(p, ctx) and not _present(p, ctx)]
    return settings[-1] if settings else (named[-1] if named else None)


def _a_bound(p: Found, ctx: Context) -> bool:
    return bool(NOT_A_SETTING.search(ctx.text[max(0, p.start - 20) : p.start]))


def _linked(p: Found, ctx: Context) -> bool:
    return bool(STORY_LINKS.search(ctx.text[max(0, p.start - 20) : p.start]))


def _present(p: Found, ctx: Context) -> bool:
    """Whether `p` holds the day of publication ("this evening", "this week"): "that spring"
    points away from the present, never at it."""
    if ctx.published is None:
        return False
    day, value = ctx.published.isoformat(), p.value.split("T")[0]
    return day.startswith(value) or value == cal.week_value(ctx.published)


def _start_of(value: str) -> date:
    m = _START.match(value)
    year = int(m[1])
    if m[2]:
        return date(year, int(m[2]), int(m[3] or 1))
    if m[4] or m[5]:
        return date(year, (int(m[4]) - 1) * 3 + 1 if m[4] else (int(m[5]) - 1) * 6 + 1, 1)
    if m[6]:
        return _season_date(year, m[6])
    if m[7]:
        return date.fromisocalendar(year, int(m[7]), 1)
    return date(year, 1, 1)


def _season_date(year: int, season: str) -> date:
    return date(year, _SEASON_START[season], 1)


def _season_of(d: date) -> tuple[int, str]:
    if d.month in (1, 2):
        return d.year - 1, "WI"
    code = next(c for c, m in sorted(_SEASON_START.items(), key=lambda x: -x[1]) if d.month >= m)
    return d.year, code


def _sentence(ctx: Context, offset: int) -> int:
    i = ctx.token_at(offset)
    return ctx.parse.tokens[i].sent if i is not None else -1
