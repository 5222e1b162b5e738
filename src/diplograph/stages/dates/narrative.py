"""The story's own time: in a story told in the past, a day, month or season with no year of its
own takes the year of the time being told, not the year of publication.

"The mill closed in June 1983. ... The last shift ended on June 30." is 1983-06-30; "That
summer" is 1983-SU, "By the fall" 1983-FA and "The following spring" 1984-SP. "That summer"
and "the following spring" always point back at the last period named; a bare "the fall",
"June 30" or "in late July" does so only after a period named with its own year (or read from
one) more than a year before publication, at most two sentences before it in its paragraph,
and never when its verb points ahead. Each takes the first such day, month or season on or
after that period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from diplograph.stages.dates.anchor import anchors
from diplograph.stages.dates.base import Context, Found
from diplograph.stages.dates.words import NOT_A_SETTING, REPORTING_VERBS

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
        return
    start = _start_of(story.value)
    month = f.pending[1]
    day = f.pending[2] if f.pending[0] == "year" else start.day
    year = start.year if (month, day) >= (start.month, start.day) else start.year + 1
    try:
        when = date(year, month, day).isoformat()
    except ValueError:
        return
    f.value = when if f.pending[0] == "year" else when[:7]
    f.anchor, f.rule = ctx.text[story.start : story.end], f.rule.split(":")[0] + ":story-time"


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
    if NOT_A_SETTING.search(ctx.text[max(0, story.start - 20) : story.start]):
        return None  # "the highest since 1985", "up from 2009": a point of comparison
    if not _main_clause(ctx, story.start) or ctx.direction(f.start, f.end) == "future":
        return None
    return story


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
    settings = [p for p in named if not _a_bound(p, ctx)]
    return settings[-1] if settings else (named[-1] if named else None)


def _a_bound(p: Found, ctx: Context) -> bool:
    return bool(NOT_A_SETTING.search(ctx.text[max(0, p.start - 20) : p.start]))


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
