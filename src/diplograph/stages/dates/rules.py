# ruff: noqa: E501 (the rule table keeps each regular expression on one line)
"""The time-expression tagger: regular rules over the article text, resolved against the
publication date with the tense read from the existing parse, plus spaCy DATE/TIME entities the
rules did not cover. Each rule returns candidates; the longest leftmost win (dates.py).

Each rule carries its cues: substrings one of which every match contains, checked in the text's
own case where a cue has capitals, else in the lower-cased text. A text without any of a rule's
cues cannot match it, so its regular expression is not run: most texts lack most rules' words,
and a substring test costs a small part of a scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from diplograph.stages.dates import absolute, relative
from diplograph.stages.dates.base import Context, Found, Rule
from diplograph.stages.dates.calendar import duration_value
from diplograph.stages.dates.folded import CasedMatch, folds_safely, lowered
from diplograph.stages.dates.words import (
    AGE,
    BARE_QUARTER,
    BARE_UNITS,
    DAY,
    DAYBREAK,
    JUDGED_PERIOD,
    KIND_OF_YEAR,
    MOD,
    MONTH,
    MONTH_CUES,
    MONTH_IN_A_NAME,
    NAME_BEFORE_MONTH,
    NUM,
    ORDINAL_PERIOD,
    PART_OF_DAY_PHRASE,
    STRONG_CUES,
    SUPERLATIVE_PERIOD,
    TIME_ZONE,
    UNIT,
    UNIT_CUES,
    WEEKDAY,
    WEEKDAY_CUES,
    YEAR,
    YEAR_CUES,
)

Cues = tuple[str, ...]


def _rules() -> list[tuple[re.Pattern, Rule, Cues]]:
    c = re.compile
    m, d, y, wd, n, u = MONTH, DAY, YEAR, WEEKDAY, NUM, UNIT
    join = r"\s*(?:-|–|to|and|through|until)\s*"
    mod = r"(?:(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]*)?"
    return [
        (
            c(
                rf"\b(?:{wd},?\s+)?(?P<mon>{m})\s+(?P<d1>{d})\b(?:{join}(?P<d2>{d})\b)?(?:,?\s+(?P<y>{y})\b)?"
            ),
            absolute.rule_month_day,
            MONTH_CUES,
        ),
        (
            c(
                rf"\b(?:{wd},?\s+)?(?:(?i:the)\s+)?(?P<d1>{d})(?:{join}(?P<d2>{d}))?\s+(?:of\s+)?(?P<mon>{m})(?:,?\s+(?P<y>{y}))?\b"
            ),
            absolute.rule_day_month,
            MONTH_CUES,
        ),
        (
            c(
                rf"\b(?i:the)\s+(?P<nth>(?i:first|second|third|fourth|last))\s+(?P<wd>{wd}|day)\s+(?:in|of)\s+(?P<mon>{m})(?:,?\s+(?P<y>{y}))?\b"
            ),
            absolute.rule_day_of_month,
            ("first", "second", "third", "fourth", "last"),
        ),
        (
            c(rf"\b({y})-([01]\d)-([0-3]\d)\b"),
            absolute.rule_iso,
            ("-",),
        ),
        (
            c(rf"\b{mod}(?P<mon>{m}),?\s+(?:of\s+)?(?P<y>{y})\b"),
            absolute.rule_month_year,
            MONTH_CUES,
        ),
        (
            c(
                rf"\b(?i:the)\s+(?:(?P<first>{m})(?:[-–]|-to-|\s+to\s+))?(?P<mon>{m})(?:\s+(?P<y>{y}))?\s+(?i:quarter)\b"
            ),
            absolute.rule_month_quarter,
            MONTH_CUES,
        ),
        (
            c(
                rf"(?i)\b(?P<h>New\s+Year['’]s(?:\s+(?:Day|Eve))?|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|Halloween)(?:,?\s+(?P<y>{y}))?\b"
            ),
            absolute.rule_holiday,
            ("year", "christmas", "boxing", "halloween"),
        ),
        (
            c(
                rf"\b(?:[Tt]he\s+)?(?P<h>(?:Lunar|Chinese)\s+New\s+Year(?:['’]s(?:\s+Day)?)?)(?:,?\s+(?P<y>{y}))?\b(?!\s+(?i:holiday|festival|season|break|period)s?\b)"
            ),
            absolute.rule_lunar_new_year,
            ("Lunar", "Chinese"),
        ),
        (
            c(
                rf"\b(?P<h>Election\s+Day|Thanksgiving(?:\s+Day)?|Independence\s+Day|Fourth\s+of\s+July|Labor\s+Day|Memorial\s+Day|Presidents['’]?\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Columbus\s+Day|Veterans['’]?\s+Day|Black\s+Friday|Cyber\s+Monday)(?:,?\s+(?P<y>{y}))?\b"
            ),
            absolute.rule_us_holiday,
            (
                "Election",
                "Thanksgiving",
                "Independence",
                "Fourth",
                "Labor",
                "Memorial",
                "President",
                "Martin",
                "Columbus",
                "Veterans",
                "Black",
                "Cyber",
            ),
        ),
        (
            c(
                rf"\b(?P<h>Good\s+Friday|Palm\s+Sunday|Easter(?:\s+(?:Sunday|Monday))?)(?!\s+(?:Island|Rising|egg|bunny))(?:,?\s+(?P<y>{y}))?\b"
            ),
            absolute.rule_easter,
            ("Friday", "Easter", "Palm"),
        ),
        (c(r"(?<![\d/])9/11(?![\d/])"), absolute.rule_nine_eleven, ("9/11",)),
        (
            c(
                r"(?i)\b(?:(?:the\s+)?same\s+(?P<unit>period|quarter|month|week|season|time)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier|before)|(?:of|in)\s+the\s+previous\s+year)|(?:the\s+)?(?:comparable\s+)?(?:year[-\s](?:earlier|ago)|prior[-\s]year)\s+(?:(?P<q>first|second|third|fourth)[\s-]+)?(?P<unit2>period|quarter|month|week|season))\b"
            ),
            relative.rule_same_period,
            ("year",),
        ),
        (
            c(
                rf"(?P<pre>\b(?i:in|since|until|till|by|during|from|for|through|to|before|after|of|and|or|between|around|throughout|on)\s+)?(?P<x>(?:(?i:(?P<rel>last|next|this|that))\s+)?(?P<mod>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]*)?(?P<mon>{m}))(?!\s+\d)\b"
            ),
            absolute.rule_month,
            MONTH_CUES,
        ),
        (
            c(rf"\b{mod}(?P<y>{y})\b(?!\s*(?:-|–|/)\s*\d)(?!s\b)(?!(?<=0)'s\b)"),
            absolute.rule_year,
            YEAR_CUES,
        ),
        (
            c(rf"\b(?P<y1>{y})\s*(?:-|–|/)\s*(?P<y2>{y}|\d\d)\b"),
            absolute.rule_year_range,
            YEAR_CUES,
        ),
        (
            c(
                rf"(?i)\b(?:fiscal(?:\s+year)?\s+(?P<y>{y})|FY\s?'?(?P<y2>{y}|\d\d)|the\s+(?P<y3>{y})\s+fiscal\s+year|(?P<rel>the\s+current|the\s+previous|the\s+next|the\s+coming|the|this|last|next)\s+fiscal\s+year)\b"
            ),
            absolute.rule_fiscal,
            ("fiscal", "fy"),
        ),
        (
            c(
                rf"(?i)\b(?:the\s+)?(?P<fq>fiscal\s+)?(?:(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th|last(?=\s+quarter\s+of\s+(?:fiscal\s|{y}\b|(?:this|last|next|the|its)\s+(?:fiscal\s+)?year\b)))[\s-]+quarter|(?P<q3>first|last|final)\s+three\s+months(?=\s+of\s+(?:{y}\b|(?:this|last|next|the)\s+year\b)))(?:\s+of\s+(?:(?P<fy>fiscal\s+(?:year\s+)?)?(?P<y>{y})|(?P<rel>this|last|next|the(?:\s+(?:current|next|coming|previous))?|its(?:\s+current)?)\s+(?P<fy2>fiscal\s+)?year))?\b(?!\s+in\s+a\s+row\b)"
            ),
            absolute.rule_quarter,
            ("quarter", "months"),
        ),
        (
            c(
                rf"(?i)\b(?:the\s+)?(?P<h>first|second)\s+half(?:\s+of\s+(?:(?P<fy2>fiscal\s+(?:year\s+)?)?(?P<y>{y})|(?P<rel>this|last|next|the(?:\s+(?:current|next|coming|previous))?|its(?:\s+current)?)\s+(?P<fy>fiscal\s+)?year))?\b(?!\s+(?:of\b|hours?\b)|-)"
            ),
            absolute.rule_half,
            ("half",),
        ),
        (
            c(
                r"(?i)\b(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0'?s|'(?P<d2>\d)0'?s|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?<=the\s\w{7})?)"
            ),
            absolute.rule_decade,
            ("0s", "0's", "ties"),
        ),
        (
            c(
                r"(?i)\bthe\s+(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>eighteenth|nineteenth|twentieth|twenty-first))\s+century\b"
            ),
            absolute.rule_century,
            ("century",),
        ),
        (
            c(
                rf"\b(?P<x>(?:(?P<rel>(?i:that|the\s+following|the\s+next|last|this|next|past|coming|the|early|late|mid)[\s-]+)(?:(?i:early|late)\s+)?)?(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)(?:\s+(?:of\s+)?(?P<y>{y}))?)\b(?!\s+of\s+[a-z]|\s+(?i:session|offensive|campaign|meeting|collection|fashion|schedule|training|crop|wheat|clothing|clothe|good|olympic|game)s?\b)"
            ),
            relative.rule_season,
            ("spring", "summer", "autumn", "winter", "fall"),
        ),
        (
            c(
                r"(?i)\b(?P<before>the\s+day\s+(?:before|after)\s+)?(?P<w>yesterday|today|tomorrow|tonight|overnight|last(?=\s+night)|this(?=\s+(?:morning|afternoon|evening)))(?:\s+(?P<part>morning|afternoon|evening|night))?\b(?!-)"
            ),
            relative.rule_day_word,
            (
                "yesterday",
                "today",
                "tomorrow",
                "tonight",
                "overnight",
                "night",
                "morning",
                "afternoon",
                "evening",
            ),
        ),
        (
            c(
                rf"(?:\b(?P<rel>(?i:last|next|this|coming|(?<=this\s)past|(?<=the\s)past))\s+)?\b(?P<wd>{wd})(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
            ),
            relative.rule_weekday,
            WEEKDAY_CUES,
        ),
        (
            c(
                rf"(?i)\b(?P<x>(?:(?P<mod>{MOD})(?:in\s+)?)?(?P<rel>the\s+past|the\s+last|the\s+coming|the\s+next|the\s+following|the\s+previous|the\s+prior|the\s+preceding|the\s+current|this\s+past|last|this|next|past|coming|previous|current)\s+(?P<unit>week|month|year|decade|century|weekend|quarter|hour))(?!\s+(?:or\s+so|and\s+a\s+half|\d|century))\b"
            ),
            relative.rule_relative_unit,
            ("week", "month", "year", "decade", "century", "quarter", "hour"),
        ),
        (
            c(
                r"(?i)\b(?P<x>(?:earlier|later|early|late)\s+in\s+the\s+(?P<unit>week|month|year)|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+(?:year|month|week|decade)|mid-decade|the\s+first\s+of\s+the\s+(?P<first>year|month)|(?P<end>year|month|quarter)[-\s]end|(?P<ytd>year[-\s]to[-\s]date))\b"
            ),
            relative.rule_in_the_unit,
            ("week", "month", "year", "decade", "quarter"),
        ),
        (
            c(
                r"(?i)\b(?:over|during|at|on|through|throughout|until|this\s+past|the\s+past|spend|spends|spent|spending)\s+(?P<x>the\s+(?:(?:holiday|long|three-day)\s+)?weekend)\b"
            ),
            relative.rule_weekend,
            ("weekend",),
        ),
        (
            c(r"(?i)\b(?:spend|spends|spent|spending|stayed)\s+(?P<x>the\s+night)\b(?!\s+of\b)"),
            relative.rule_night_spent,
            ("night",),
        ),
        (
            c(
                r"(?i)\b(?:(?:the\s+)?(?:past|last|next|coming|first)\s+|a\s+)?quarter[\s-]+(?:of\s+a\s+)?century\b"
            ),
            relative.rule_quarter_century,
            ("century",),
        ),
        (
            c(r"(?i)\bthe\s+turn\s+of\s+the\s+century\b"),
            relative.rule_turn_of_the_century,
            ("century",),
        ),
        (
            c(rf"(?i)\b(?P<n>{n})\s+(?P<unit>{u})s?\s+(?:ago\b|(?P<ahead>from\s+(?:now|today)\b))"),
            relative.rule_ago_or_ahead,
            ("ago", "now", "today"),
        ),
        (
            c(
                rf"(?i)\b(?P<n>{n})\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b|\b(?:(?:just|only)\s+)?(?:a\s+few\s+|many\s+|several\s+|some\s+)?(?:year|decade|month|week|day|moment)s\s+ago\b|\b(?:a\s+|one\s+|two\s+|several\s+)?generations?\s+ago\b"
            ),
            relative.rule_ago_vague,
            ("ago",),
        ),
        (
            c(
                rf"(?i)\b(?P<x>(?:(?:just|only)\s+)?(?P<n>{n})\s+(?P<unit>{u}|quarter)s?(?P<n2>)\s+(?P<dir>later|earlier|afterwards|before|after|previously))\b"
            ),
            relative.rule_offset_fix,
            ("later", "earlier", "after", "before", "previously"),
        ),
        (
            c(
                r"(?i)\b(?P<det>that|the\s+next|the\s+following|the\s+same)\s+(?P<part>morning|afternoon|evening|night)\b"
            ),
            relative.rule_part_of_day_offset,
            ("morning", "afternoon", "evening", "night"),
        ),
        (
            c(
                r"(?i)\b(?:the\s+(?:next|following|previous|same)\s+day|the\s+day\s+(?:before|after)(?!\s+(?:yesterday|tomorrow))|that\s+(?:same\s+)?day|a\s+day\s+(?:later|earlier))\b"
            ),
            relative.rule_same_day,
            ("day",),
        ),
        (
            c(
                r"(?i)\b(?P<x>(?P<det>that|the\s+same|the\s+latest|the\s+most\s+recent|the\s+full|the)\s+(?:(?P<y>(?:1[5-9]|20)\d\d)\s+)?(?P<unit>year|month|quarter|week|period|half))\b(?!-|['’]s|\s+\d|\s+(?:of|(?:before|after)(?!\s+[a-z]+ing\b)|earlier|later|prior|ago|to|in|and\s+a\s+half|or\s+so)\b)"
            ),
            relative.rule_anaphoric_period,
            ("year", "month", "quarter", "week", "period", "half"),
        ),
        (
            c(
                r"(?i)\b(?P<x>the\s+(?P<unit>year|month|quarter|week)\s+(?P<dir>earlier|later|before|prior|after))\b"
            ),
            relative.rule_unit_offset,
            ("year", "month", "quarter", "week"),
        ),
        (
            c(
                rf"(?i)\b(?P<pre>(?:the\s+)?(?:past|last|latest|next|coming|previous|first|final)\s+|the\s+(?=\d|[a-z]+\s+(?:{u})s\b))?(?P<n>{n})(?P<half>\s+and\s+a\s+half)?[\s-](?:(?P<row>straight|consecutive|successive|full|single|whole)\s+|(?:more|additional|extra)\s+)?(?:(?:trading|business|working)\s+(?=days?\b))?(?P<unit>{u}|quarter)s?(?P<half2>\s+and\s+a\s+half)?(?:-long)?\b(?!\s+ago)|\ball\s+(?P<all>day|week|month|year)(?:\s+long)?\b"
            ),
            relative.rule_duration,
            (*UNIT_CUES, "quarter"),
        ),
        (
            c(
                r"(?i)\b(?P<pre>for|over|in|within|take|takes|took|taking|lasted|spent|perhaps|even)\s+(?P<x>(?:the\s+past\s+|the\s+last\s+)?(?P<unit>year|decade|month|week|day|hour|centurie)s)\b(?!\s+(?:ago|to|earlier|later|before|after))"
            ),
            relative.rule_vague_span,
            ("years", "decades", "months", "weeks", "days", "hours", "centuries"),
        ),
        (
            c(r"(?i)\b(?P<x>(?P<unit>year|decade|month|week|day)s-long)\b"),
            relative.rule_vague_duration,
            ("s-long",),
        ),
        (
            c(
                rf"(?i)\b{wd}s\b|\b(?:every\s+(?P<other>other\s+)?|each\s+)(?:(?P<n>{n})\s+)?(?:{wd}|(?P<unit>day|weekend|week|month|quarter|year|morning|afternoon|evening|night|decade|hour|minute)s?|(?P<mon>{m})|(?P<season>spring|summer|fall(?!\s+(?:in|of)\b)|autumn|winter))\b|\baround\s+the\s+clock\b|\b(?:daily|weekly|monthly|annually|annual|yearly|nightly|hourly)\b|\b(?:once|twice|(?:{n})\s+times|(?:{n})\s+(?:day|night|hour)s?)\s+(?:a|per|every)\s+(?:day|week|month|year|decade)\b|\bper\s+(?:day|week|month|year)\b"
            ),
            relative.rule_set,
            (
                "day",
                "daily",
                "every",
                "each",
                "clock",
                "week",
                "month",
                "year",
                "decade",
                "annual",
                "night",
                "hour",
            ),
        ),
        (
            c(
                r"(?i)\b(?P<x>(?:right\s+)?now|so\s+far(?!\s+this\b)|(?<=at\s)this\s+hour(?!\s+(?:tomorrow|next|on)\b)|currently|formerly|soon(?<!as\ssoon)(?!\s+as\b)|at\s+present|presently|at\s+the\s+moment|these\s+days|nowadays|recently|lately|today|(?<=in\s)the\s+past|(?:(?<=in\s)|(?<=for\s))the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|(?<=for\s)the\s+time\s+being|(?:the\s+)?coming\s+(?:days|weeks|months|years|decades)|the\s+(?:days|weeks|months|years)\s+ahead|(?<=in\s)the\s+(?:near|short)\s+term|recent\s+(?:days|weeks|months|years|decades|times)|current(?=\s+[a-z])|recent(?=\s+[a-z]))\b(?!-)"
            ),
            relative.rule_ref,
            (
                "now",
                "far",
                "hour",
                "current",
                "formerly",
                "soon",
                "present",
                "moment",
                "days",
                "recent",
                "lately",
                "today",
                "past",
                "future",
                "time",
                "coming",
                "ahead",
                "term",
            ),
        ),
        (
            c(
                rf"(?i)(?:\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+{TIME_ZONE}\b)?|\b(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\b(?:\s*(?:{TIME_ZONE}|local\s+time|hours|hrs)\b)?|\b(?P<noon>noon|midday|midnight)\b|\b(?P<oclock>o['’]clock\b)(?:\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night)))?)"
            ),
            relative.rule_clock,
            ("a.m.", "p.m.", "am", "pm", ":", "noon", "midday", "midnight", "clock"),
        ),
        (c(rf"(?i)\b(?:{DAYBREAK})\b"), relative.rule_daybreak, ("dawn", "daybreak", "light")),
        (c(PART_OF_DAY_PHRASE), relative.rule_part_of_day, ("morning", "afternoon", "evening")),
    ]


@lru_cache(maxsize=1)
def compiled_rules() -> tuple[tuple[re.Pattern, Rule, Cues], ...]:
    """The (pattern, rule, cues) triples, compiled once per process."""
    return tuple(_rules())


@lru_cache(maxsize=1)
def prepared_rules() -> tuple[tuple[re.Pattern, re.Pattern | None, Rule, Cues, Cues], ...]:
    """Each rule's pattern, its pattern for the lower-cased text (folded.py; None for the
    case-sensitive), the rule, and its cues split into lower-cased and cased ones."""
    return tuple(
        (
            pattern,
            lowered(pattern),
            rule,
            tuple(cue for cue in cues if cue == cue.lower()),
            tuple(cue for cue in cues if cue != cue.lower()),
        )
        for pattern, rule, cues in compiled_rules()
    )


def has_cue(lower_cues: Cues, cased_cues: Cues, text: str, lower: str) -> bool:
    """Whether the lower-cased text holds a lower-cased cue or the text a cased one."""
    return any(cue in lower for cue in lower_cues) or any(cue in text for cue in cased_cues)


# What no rule's lead-in to its anchor holds: a rule whose pattern reaches its anchor (a month,
# weekday or year) only through words, spaces and hyphens cannot match across one.
_BREAK = re.compile(r"[^\w\s-]")


@lru_cache(maxsize=1)
def anchors() -> dict[Rule, re.Pattern]:
    """Rules whose every match holds an anchor after a lead-in of words ("in early", "the end
    of", "last"): their patterns start with optional groups, which `re` tries at every offset
    of the text; searched from the run of words before each anchor, they match the same."""
    month, weekday, year = re.compile(MONTH), re.compile(WEEKDAY), re.compile(YEAR)
    return {
        absolute.rule_month: month,
        absolute.rule_month_year: month,
        absolute.rule_year: year,
        relative.rule_weekday: weekday,
    }


def breaks_of(text: str) -> list[int]:
    """The offsets of the characters no rule's lead-in holds, in order (`anchored`)."""
    return [b.start() for b in _BREAK.finditer(text)]


def anchored(
    pattern: re.Pattern, anchor: re.Pattern, text: str, breaks: list[int] | None = None
) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for a pattern whose matches hold `anchor` after a lead-in of
    words: each search starts at the run of words, spaces and hyphens before the next anchor
    (a search from an offset still sees the text before it, as `\b` and lookbehinds need).
    `breaks` is `breaks_of(text)`, found once for every anchored rule of a text."""
    breaks = breaks_of(text) if breaks is None else breaks
    pos = 0
    while (a := anchor.search(text, pos)) is not None:
        k = bisect_left(breaks, a.start())
        m = pattern.search(text, max(pos, breaks[k - 1] + 1 if k else 0))
        if m is None:
            return
        yield m
        pos = m.end()  # (a month name in each: never empty)


def _matches(ctx: Context) -> Iterator[tuple[re.Match | CasedMatch, Rule]]:
    """Every rule's matches, rule by rule; when the text folds safely (folded.py), the rules
    whose cues it lacks are skipped and a case-insensitive rule scans the lower-cased text."""
    text = ctx.text
    lower = text.lower()
    folds = folds_safely(text, lower)
    breaks = None  # breaks_of(text), found at the first anchored rule
    for pattern, low, rule, lower_cues, cased_cues in prepared_rules():
        if folds and not has_cue(lower_cues, cased_cues, text, lower):
            continue  # (a text that does not fold safely may match "days" with "dayſ")
        anchor = anchors().get(rule)
        if low is not None and folds:
            yield from ((CasedMatch(m, text), rule) for m in low.finditer(lower))
        elif anchor is not None:
            breaks = breaks_of(text) if breaks is None else breaks
            yield from ((m, rule) for m in anchored(pattern, anchor, text, breaks))
        else:
            yield from ((m, rule) for m in pattern.finditer(text))


def candidates(ctx: Context) -> Iterator[tuple[int, int, list[Found]]]:
    """(region start, region end, expressions) for every rule match in the text."""
    for m, rule in _matches(ctx):
        try:
            found = rule(m, ctx)
        except (ValueError, OverflowError):  # an impossible date: leave the words untagged
            continue
        if found:
            start = min(f.start for f in found)
            end = max(f.end for f in found)
            yield start, end, found


def spacy_leftovers(ctx: Context, taken: list[tuple[int, int]]) -> Iterator[Found]:
    """spaCy DATE/TIME entities no rule covered: kept unresolved when they name a time."""
    for ent in ctx.parse.entities:
        if ent.label not in ("DATE", "TIME"):
            continue
        if "\n" in ent.text:  # a headline's entity run on into the dateline ("in Quarter\n\nSANTA")
            text = ent.text.split("\n", 1)[0].rstrip()
            ent = replace(ent, end=ent.start + len(text), text=text)
        if any(s < ent.end and ent.start < e for s, e in taken):
            continue
        if ent.text.strip().isdigit():
            continue  # a bare number the year rule turned down ("2000 troops")
        if BARE_QUARTER.match(ent.text):
            continue  # the anaphoric-period rule read (or turned down) every temporal "the quarter"
        if KIND_OF_YEAR.match(ent.text):
            continue  # "Ghana's fiscal year runs from July": no year is named
        if ORDINAL_PERIOD.match(ent.text) or SUPERLATIVE_PERIOD.match(ent.text):
            continue  # "the fourth consecutive month", "the worst week": no value to give
        if JUDGED_PERIOD.match(ent.text):
            continue  # "another good year"
        if re.fullmatch(MONTH, ent.text) and MONTH_IN_A_NAME.match(ctx.text, ent.end):
            continue  # "the March of the Volunteers": a name
        month = re.search(rf"{MONTH}$", ent.text)
        if month and NAME_BEFORE_MONTH.search(ent.text[: month.start()]):
            continue  # "the Long March": a name
        if AGE.search(ent.text) or not STRONG_CUES.search(ent.text):
            continue  # "the day", "evening", "the good old days": too vague to keep
        bare = BARE_UNITS.search(ent.text)
        if bare and not ent.text[: bare.start()].strip(" \"'“‘") and bare.end() == len(ent.text):
            value = duration_value(None, bare["unit"].lower())
            yield Found(ent.start + bare.start(), ent.end, "DURATION", value, "duration:vague")
            continue
        yield Found(ent.start, ent.end, ent.label, None, "spacy-entity:unresolved")
