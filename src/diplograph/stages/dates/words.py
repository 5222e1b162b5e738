"""Words and regular expressions the time-expression tagger is built from (English news)."""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS = {
    "a": 1, "an": 1, "another": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half a": 0.5, "half an": 0.5,
    "a couple of": 2, "a dozen": 12,
}  # fmt: skip
VAGUE = {"a few", "few", "several", "many", "some", "dozens of", "hundreds of", "a number of"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}  # fmt: skip
# A year named by its place beside the current one ("next fiscal year", "the first half of the
# current fiscal year"): the shift, by the relative word's last word. The words that count from
# the year under way (YEAR_UNDER_WAY) count, in a fiscal story, from the lead's fiscal year.
YEAR_SHIFT = {"the": 0, "its": 0, "this": 0, "current": 0, "next": 1, "coming": 1, "last": -1,
              "previous": -1}  # fmt: skip
YEAR_UNDER_WAY = frozenset({"this", "current", "next", "coming", "last", "previous"})
# A dateline's day: after the place ("KYIV,", "REDMOND, Wash.,") at the head of the story, before
# the agency or the dash ("March 3 (Reuters) -", "Nov. 9 --").
DATELINE_PLACE = re.compile(r"[A-Z][\w.'’ -]*(?:,\s*[A-Z][\w.'’ -]*)*,\s*")
DATELINE_AFTER = re.compile(r"\s*(?:\(\w+\)\s*)?(?:--|[-–—])\s")
CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("2W", False), "month": ("M", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "centurie": ("CE", False),
}  # fmt: skip
# The unit a fraction of a TimeML duration unit is written in, and how many make one.
SMALLER_UNIT = {
    ("CE", False): (100, "Y", False), ("DE", False): (10, "Y", False),
    ("Y", False): (12, "M", False), ("M", False): (30, "D", False), ("W", False): (7, "D", False),
    ("D", False): (24, "H", True), ("H", True): (60, "M", True), ("M", True): (60, "S", True),
}  # fmt: skip
# Words TimeML keeps in the extent before a length, clock time or "ago" (extent.py):
# "[more than a year]", "[about 2:30 a.m.]", "[only 18 months ago]"; and before a day:
# "[late Wednesday]", "[early today]", "[later that day]".
APPROXIMATE_BEFORE = re.compile(
    r"\b(?:(?:more|less|fewer)\s+than|nearly|almost|about|roughly|approximately|only|"
    r"at\s+(?:least|most)|(?:just|well)\s+(?:over|under))\s+$",
    re.IGNORECASE,
)
PLACE_IN_DAY_BEFORE = re.compile(r"\b(?:late|early|later|earlier)\s+$", re.IGNORECASE)
# The last words of the two above: only an expression after one of them is looked at.
EXTENT_LAST_WORDS = frozenset(
    "than nearly almost about roughly approximately only least most over under "
    "late early later earlier".split()
)

# "a day", "a year" after an amount is a rate, a SET ("12 million packages a day", "5% a year");
# "an hour" after these is a speed, no time at all.
RATE_UNITS = frozenset({"day", "week", "month", "year"})
# After a month, the rest of a name: "the March of the Volunteers", "March of the Living";
# "March of the following year" stays a month.
MONTH_IN_A_NAME = re.compile(r"\s+of\s+the\s+[A-Z]")
# Before a month, the start of a name: "the Long March", "Gandhi's Salt March".
NAME_BEFORE_MONTH = re.compile(r"\b(?:Long|Salt)\s+$")
# An amount that "a year", "a day" after it makes a rate: "5% a year", "8 percent a year".
RATE_AMOUNTS = frozenset({"%", "percent", "pct"})
SPEED_UNITS = frozenset({"miles", "mile", "kilometers", "kilometres", "km", "knots"})

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\.|(?=\s+\d{1,2}\b)))"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# A time zone written after a clock time is in its extent ("4 p.m. EST", "15:00 GMT").
TIME_ZONE = r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|BST)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMWORD = (
    r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:one|two|three|four|five|six|seven|eight|nine)|a couple of|a dozen|a few|half an?|"
    r"dozens of|hundreds of|a number of|several|many|some|few|another|an?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
NUM = _NUMWORD
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centurie|century)"
# rules.py: substrings one of which every match of the pattern above contains ("centur" for
# "centurie" and "century", "night" for "fortnight"); in the text's own case where they have
# capitals, else lower-cased.
MONTH_CUES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
YEAR_CUES = ("15", "16", "17", "18", "19", "20")
WEEKDAY_CUES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
UNIT_CUES = (
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "month",
    "year",
    "decade",
    "centur",
)
MOD = r"(?:(?:early|earlier|late|later|mid|so\s+far|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)\s+)"  # noqa: E501


def month_number(word: str) -> int:
    """1-12 for a month name or its abbreviation."""
    return MONTHS[word.lower()[:3]]


def number_value(word: str) -> float | None:
    """A cardinal from digits or words; None for vague quantities ("several", "a few")."""
    word = " ".join(word.lower().split())
    if word in VAGUE:
        return None
    if word in NUMBERS:
        return NUMBERS[word]
    if "-" in word:
        tens, _, ones = word.partition("-")
        return NUMBERS.get(tens, 0) + NUMBERS.get(ones, 0)
    try:
        return float(word)
    except ValueError:
        return None


def day_number(text: str) -> int:
    """The day of the month in a day numeral ("3rd" -> 3)."""
    return int(re.match(r"\d+", text).group())


# What an unresolved spaCy DATE/TIME entity must contain to be kept (value None).
STRONG_CUES = re.compile(
    r"\b(?:1[5-9]|20)\d\d\b|\b(?:week|month|year|decade|century|quarter|fiscal|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)s?\b",
    re.IGNORECASE,
)
# "quarter" alone is not a time to keep unresolved ("the quarter-final", "the old quarter").
# An ordinal period counted from an event ("the fourth consecutive month", "its sixth year",
# "the third quarter in a row", "the second year of his third term") has no value the
# publication date can give: spaCy's entity is dropped.
ORDINAL_PERIOD = re.compile(
    r"^(?:(?:the|its|his|her|their|our|a)\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|\w+tieth)\s+(?:(?:straight|consecutive|"
    r"successive|full)\s+|[a-z]+ing\s+)?(?:day|week|month|year|quarter|decade)s?"
    r"(?:\s+in\s+a\s+row|\s+of\s+[^\d]+)?$",
    re.IGNORECASE,
)
# "another good year", "a record month": a period judged, not a time named.
JUDGED_PERIOD = re.compile(
    r"^(?:(?:a|an|another)\s+[a-z]+|any)\s+(?:day|week|month|year|quarter|decade)$", re.IGNORECASE
)
# "the worst week since January", "its best quarter", "the worst year of the slump": a
# ranking, not a time.
SUPERLATIVE_PERIOD = re.compile(
    r"^(?:the|its|his|her|their|our)\s+(?:\w+est|best|worst|most\s+\w+)\s+"
    r"(?:day|week|month|year|quarter|decade)s?(?:\s+of\s+[^\d]+)?$",
    re.IGNORECASE,
)
# A season ranked is no season named: "the hardest winter since 1979", "its wettest spring".
SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:the|its|his|her|their|our)\s+(?:\w+est|best|worst|most\s+\w+)\s+$", re.IGNORECASE
)
# A kind of year named without saying which ("Ghana's fiscal year runs from July", "The budget
# year is the calendar year", "its mid-year review", "an off-year election"): spaCy's entity is
# dropped (rules.py).
KIND_OF_YEAR = re.compile(
    r"^(?:(?:the\s+)?(?:fiscal|budget|financial|calendar|half|mid)|(?:the\s+|an\s+)?off)[\s-]year$",
    re.IGNORECASE,
)
# A spaCy entity that is only a plural unit ("weeks of protests", "decades away", "months,
# not weeks") is a length of time left unsaid: "PXW", "PXDE" (rules.py).
BARE_UNITS = re.compile(r"(?P<unit>minute|hour|day|week|month|year|decade)s\b", re.IGNORECASE)
BARE_QUARTER = re.compile(
    r"^(?:the\s+)?(?:full\s+)?(?:quarter|year|month)$"
    r"|^(?:(?:more|less)\s+than|nearly|almost|about|roughly|over|under)?\s*a\s+quarter$",
    re.IGNORECASE,
)
# "the year", "the month" name the story's reporting period after these: "profit for the year",
# "in the month", "the first nine months of the year"; not "the year was hard".
PERIOD_BEFORE = re.compile(
    r"(?:\b(?:in|for|during|over|through|throughout)|\b(?:months|weeks|days|half|part)\s+of)\s+$",
    re.IGNORECASE,
)
AGE = re.compile(
    r"(?:\d+|\w+)[- ]years?[- ]old|\baged?\b|\bages?\s+\d|\byears? of age\b", re.IGNORECASE
)

HOLIDAYS = {"new year's day": (1, 1), "new year's": (1, 1), "new year's eve": (12, 31),
            "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
            "boxing day": (12, 26), "halloween": (10, 31)}  # fmt: skip
# The day the Lunar (Chinese) New Year begins, by year: a lunisolar date with no rule of the
# Gregorian calendar (Hong Kong Observatory tables).
LUNAR_NEW_YEAR = {
    1980: (2, 16), 1981: (2, 5), 1982: (1, 25), 1983: (2, 13), 1984: (2, 2), 1985: (2, 20),
    1986: (2, 9), 1987: (1, 29), 1988: (2, 17), 1989: (2, 6), 1990: (1, 27), 1991: (2, 15),
    1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31), 1996: (2, 19), 1997: (2, 7),
    1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1),
    2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26),
    2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19),
    2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12),
    2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
    2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31),
    2034: (2, 19), 2035: (2, 8),
}  # fmt: skip
DETERMINERS = {"the", "its", "his", "her", "their", "our", "a", "this", "that"}

# Words before a bare four-digit number that make it a year (not rules.py's YEAR_CUES).
YEAR_PRECEDERS = {
    "in", "since", "until", "till", "by", "before", "after", "from", "of", "during", "between",
    "to", "and", "or", "through", "year", "early", "mid", "late", "mid-", "the", "its", "his",
    "her", "their", "circa", "around", "spring", "summer", "autumn", "fall", "winter", "fiscal",
    "throughout", "than", ",", "-", "–", "as",
}  # fmt: skip


# absolute.py
# A month that names a report's data ("February sales", "orders for July") is the last one even
# under a verb pointing ahead: "will report February sales" in March is this February.
DATA_NOUNS = frozenset(
    "sales figure figures data numbers report reports orders output earnings results exports "
    "imports prices inflation payrolls jobs statistics production spending deficit surplus".split()
)


# A year before these plural nouns is still a year: "below 2019 levels", "at 2005 prices".
YEAR_NOUNS = frozenset("level price rate high low figure standard dollar term".split())


# anchor.py
# A year-ago figure in a comparison: "down 21% from a year ago", "higher than a year earlier".
COMPARISON = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|against)\b", re.IGNORECASE)
# A period right after these is a comparison's base, not the period the story reports on
# ("down from June", "higher than in the first quarter").
COMPARISON_BASE = re.compile(
    r"\b(?:from|than|with|against|than\s+(?:in|during))\s+(?:the\s+)?$", re.IGNORECASE
)
# A period named with its own year or a part of it ("July 2006", "mid-April", "the first weeks
# of April") is a date in the story, not the period it reports on.
NOT_REPORTED = re.compile(
    r"\d{4}|\b(?:mid|early|late|end\s+of|beginning\s+of|start\s+of|middle\s+of|weeks\s+of|days\s+of)\b",
    re.I,
)


# base.py
# A headline: a first line standing as its own paragraph, with no closing punctuation.
HEADLINE = re.compile(r"[^\n]{1,200}(?<![.!?\"'”])\n[ \t]*\n")
# A date that modifies a noun this way dates the noun's event: "Friday's vote", "the March
# elections", "the Friday meeting"; "the ceasefire of 19 June" (a prepositional object) does not.
NOUN_MODIFIER_DEPS = {"poss", "compound", "nmod", "npadvmod", "amod"}
# Present-tense verbs that report speech or knowledge, not a scheduled event: "Iran says Monday".
REPORTING_VERBS = frozenset(
    "say tell report announce claim state add note insist deny confirm warn accuse "
    "allege admit acknowledge argue believe know think reveal show suggest indicate".split()
)
# A participle of these points ahead: "scheduled for Friday", "the talks, set to open Monday".
SCHEDULE_PARTICIPLES = frozenset("schedule set due expect plan".split())
# A participle on a length that says the time still to run: "with 12 days left before the Dec.
# 15 deadline", "a week remaining until the vote". The date it runs to is the nearest.
TIME_LEFT = frozenset({"left", "remaining"})
# Before such a participle (or one of RESCHEDULING_VERBS) they say the schedule was given up
# ("the vote, once set for Oct. 20", "originally scheduled for Tuesday"): the old date may lie
# on either side of publication, so the nearest is taken.
SUPERSEDED_SCHEDULE = frozenset("once originally initially first".split())
# A date these verbs give an event lies ahead, whatever their tense: "set sentencing for July
# 25", "postponed the vote until Monday", "set Jan. 9 as the date" (the date after one of
# RESCHEDULE_PREPS, or their object before "as").
RESCHEDULING_VERBS = frozenset(
    "set schedule reschedule postpone delay defer adjourn move push".split()
)
RESCHEDULE_PREPS = frozenset({"for", "until", "till", "to"})
# The parser hangs the preposition on these after a rescheduling verb: "moved up to Saturday",
# "pushed back to March".
RESCHEDULE_PARTICLES = frozenset({"up", "back", "forward", "ahead"})
# A state these verbs put in place or foretell lasts until a date ahead, whatever their tense:
# "warned of cold through Tuesday", "imposed a curfew until Monday", "gave them until Friday",
# "to keep offices open through March 15", "canceled all games through Dec. 4" (after TERM_PREPS).
TERM_VERBS = frozenset(
    "warn forecast predict announce declare impose extend order give grant allow keep cancel "
    "suspend".split()
)
TERM_PREPS = frozenset({"until", "till", "through"})


# calendar.py
# "the fall" is the season after these ("in the fall", "since the fall", "heading into the
# fall") and when no "in", "of", "from" or "to" follows ("the fall in prices", "the fall of the
# government").
FALL_BEFORE = re.compile(
    r"\b(?:in|into|since|by|during|until|through|throughout|before|after|over|for)\s+$",
    re.IGNORECASE,
)
NOT_FALL_AFTER = re.compile(r"\s+(?:in|of|from|to)\b", re.IGNORECASE)
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# The break of day, a morning time when a preposition of time puts an event at it ("at dawn",
# "until daybreak", "since first light"); "before dawn" and "a new dawn" are left alone.
DAYBREAK = r"dawn|daybreak|first\s+light"
DAYBREAK_BEFORE = re.compile(r"(?i)\b(?:at|until|till|since|by|from)\s+$")
# A part of a day after a preposition of time ("in the morning", "into the evening", "by early
# evening"), or with "early"/"late in the" ("early in the afternoon"): that part of the day a
# clock time would take; not before a noun ("the evening news", "in the morning papers").
PART_OF_DAY_PHRASE = (
    r"(?i)\b(?:(?P<mod>early|late)\s+in\s+the\s+|(?:the\s+)?(?:(?:early|late)\s+)?)"
    r"(?P<part>morning|afternoon|evening)\b(?!-)"
)
PART_OF_DAY_BEFORE = re.compile(
    r"(?i)\b(?:in|on|into|during|through|throughout|by|until|till|for)\s+$"
)


# narrative.py, expressions.py
# A date after these is a bound or a base, not the time a story is set in or a clock's day:
# "the highest since 1985", "up from 2009", "the steepest since Jan. 22".
NOT_A_SETTING = re.compile(
    r"(?i)\b(?:since|from|than|with|against|until|till|through|before|after|by|to|and)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$"
)
# ... but a period already read in the story's time after these carries the story on: "...,
# and that spring censorship was lifted. By the summer, Moscow was warning ..." (narrative.py)
STORY_LINKS = re.compile(r"(?i)\b(?:and|by)\s+(?:the\s+)?$")


# expressions.py
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "xcomp", "acl", "appos"}
NOUN_CLAUSE_DEPS = {"conj", "appos", "parataxis"}
# A date right after these words is a target or a bound, never when an event happened:
# "cut tariffs by 2010", "by the end of 2010", "stayed until 2006", "no later than June".
TARGET_BEFORE = re.compile(
    r"\b(?:by|until|till|no later than|not later than|ahead of)"
    r"(?:\s+(?:the\s+)?(?:end|middle|start|beginning|close)\s+of)?\s+$",
    re.IGNORECASE,
)
# A date right after "since" lies before publication, whatever the verb: "shut since Monday".
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# The base of a comparison lies before it: "(expect 1.4%,) down from 2.2% in the third quarter".
BASE_BEFORE = re.compile(
    r"\bfrom\s+[$\d][$\w.,%-]*\s+(?:[\w.,%-]+\s+){0,3}(?:in|during)\s+$", re.IGNORECASE
)
# A month naming a futures delivery lies ahead, whatever the verb: "crude for February delivery
# closed at $21", "the March contract fell" (a contract trades before its month comes).
DELIVERY_AFTER = re.compile(r"\s+(?:delivery|futures|contracts?)\b", re.IGNORECASE)
# A date on a noun "due", "scheduled" or "slated" lies ahead: "the report, due Friday, ...".
AHEAD_WORDS = frozenset({"due", "scheduled", "slated", "upcoming"})
# Modals of expectation point ahead: "prices should fall in December"; not
# "should have", which looks back.
MODALS_AHEAD = frozenset({"should", "may", "might", "must"})
# A past tense in a condition on a clause pointing ahead points ahead: "will sign Friday if the
# army withdrew by Thursday".
CONDITION_MARKS = frozenset({"if", "unless"})
# These point ahead too unless negated: "the truce could begin Wednesday", but "could not find
# him on Tuesday" reports the past.
MODALS_AHEAD_UNLESS_NEGATED = frozenset({"could"})
# A date in a clause about a deal taking effect or lapsing is its deadline: "takes effect on
# April 1", "comes into force in January", "effective from May", "expires in 2010".
EFFECT_VERBS = {"take", "come", "go", "enter", "put", "bring"}
EFFECT_NOUNS = {"effect", "force", "operation"}
DEADLINE_WORDS = {"effective", "expire", "lapse", "deadline", "due"}
# "their first since the peace treaty 25 years ago": a date on the noun after one of these
# dates a reference event a period runs from, not the event the sentence reports
REFERENCE_PREPS = {"since"}
# A date modifying a noun this way, or inside a clause or apposition this way embedded in a
# noun, dates that noun or clause only: "tore up a 2016 agreement", "Erdogan, who brokered the
# deal in July 2022, said", "the Trade Act of 1974" do not date "tore", "said", "found".
OWN_NOUN_DEPS = {"poss", "compound", "amod", "nummod"}  # not a dateline's "nmod" fragment
NOUN_CLAUSE_BOUNDS = {"relcl", "acl", "appos"}
OWN_NOUN_PREPS = {"of"}


# relative.py
# "the next year" after these is a length of time ("over the next year"), not a date.
DURATION_BEFORE = frozenset(
    "over for within during in throughout through into about of spend spent spending".split()
)
# Before "N units after <date>", a word that keeps it a length: "for 50 years after 1997".
LENGTH_BEFORE = re.compile(r"(?i)\bfor\s+$")
# "current" and "recent" are PRESENT_REF / PAST_REF, but not in these compounds, nor before a
# legislature's session or an office's term (dev14 and dev17 leave those untagged) or "one".
NOT_A_TIME_AFTER = frozenset("account accounts affairs assets liabilities session term one".split())
# "so far" is a distance or a degree before these ("so far as to", "so far away", "so far
# behind"), and part of the period before it in "the week so far" (relative.py).
NOT_SO_FAR_AFTER = frozenset(
    "as from away off behind ahead below above beyond out down up back more less apart removed "
    "north south east west that".split()
)
PERIOD_WORDS = frozenset("day week month quarter year decade season".split())
# "the German daily Bild", "a weekly newspaper": a publication, not a frequency.
PUBLICATIONS = frozenset("newspaper paper magazine journal tabloid edition publication".split())
# "at a 3.1% annual rate", "its worst weekly showing", "an annual loss": the frequency word
# measures a figure; no time recurs (the convention of eval/dates_dev2-6).
FIGURE_NOUNS = frozenset(
    "rate pace rise increase gain decline drop fall loss losses profit profits revenue revenues "
    "sales deficit surplus earnings income growth showing swing swings average".split()
)
