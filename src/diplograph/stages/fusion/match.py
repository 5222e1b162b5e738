"""Event fusion: is a newly coded event a new report of one already known?

Two reports are one event when they have the same type, the same dyad (either order for the
symmetric types CONSULT, AGREE and COOPERATE; a gathering: the same set of participant states;
a side with no code matches only a side with no code and the same words, `side_key`)
and the same assertion, and their dates are
compatible: one is a prefix of the other ("2022" and "2022-02"), or both are days at most
`window_days` apart and at least one of them is an article's date rather than a day the text
names (fighting "on Sunday" and "on Monday" is two events). An undated report fuses only with
an event of the same article (or of an article it reprints): across articles a missing date is no
evidence of sameness, except for one incident told by articles close in time: same place and
trigger word, and the articles' publication dates within `window_days`, or both articles undated
and read in the same ingest run from the same source (`Origin`). Among several candidates the
one in the same article nearest before the report wins, then the one whose date agrees exactly,
then the most precise.

This module is pure: the store hands it candidates and applies its decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from diplograph.records import Event, EventDate, Place, side_key

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class Origin:
    """When and how an article was read: what says two articles are close in time."""

    published: date | None = None
    run: str | None = None  # the ingest run that stored it
    source: str | None = None  # its source, else the file it was read from


@dataclass(frozen=True, slots=True)
class Candidate:
    """What fusion needs to know of an event already stored."""

    id: int
    event_type: str
    actor: str  # records.side_key of each side: a state, or "~words" of a side with no code
    recipient: str | None
    date: str | None
    asserted: bool
    articles: frozenset[int]  # store ids of the (original) articles that report it
    last_sentence: dict[int, int]  # article -> the last sentence index reporting it there
    day_from_text: bool = False  # its date is a day a time expression names
    place: str | None = None  # place_key of its location
    triggers: frozenset[str] = frozenset()  # its reports' trigger words, lower case
    origins: tuple[Origin, ...] = ()  # of the articles that report it
    members: frozenset[str] = frozenset()  # a gathering's participant states; () for a dyad


@dataclass(frozen=True, slots=True)
class Decision:
    event_id: int | None  # None: a new event
    reason: str


def same_dyad(event_type: str, a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Whether (actor, recipient) pairs match, either way round for a symmetric event type."""
    return a == b or (event_type in SYMMETRIC and a == (b[1], b[0]))


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None, window_days: int = 1) -> bool:
    """Whether two TIMEX3 values may name the same time (see above); a missing value is."""
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    da, db = _day(a), _day(b)
    return bool(da and db and abs((da - db).days) <= window_days)


def day_from_text(when: EventDate) -> bool:
    """Whether an event's date is a day a time expression names ("on Monday", "19 June"),
    not the article's date (present tense, "now", the fallback)."""
    return bool(_day(when.value or "") and when.timex and when.timex != "PRESENT_REF")


def more_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two compatible dates."""
    return max((a, b), key=lambda d: len(d or ""))


def place_key(place: Place | None) -> str | None:
    """What makes two locations the same place: the GeoNames id, else name and country."""
    if place is None or place.name is None:
        return None
    return str(place.geonameid) if place.geonameid else f"{place.name}|{place.country}"


def close_in_time(a: Origin, b: Origin, window_days: int) -> bool:
    """Two articles published within the window, or both undated from one run and source."""
    if a.published and b.published:
        return abs((a.published - b.published).days) <= window_days
    if a.published or b.published:
        return False
    return a.run is not None and a.run == b.run and a.source is not None and a.source == b.source


def _one_incident(event: Event, c: Candidate, origin: Origin | None, window_days: int) -> bool:
    """An undated report of the incident a stored event from another article is."""
    key = place_key(event.location)
    return (
        origin is not None
        and key is not None
        and key == c.place
        and event.mention.trigger.lower() in c.triggers
        and any(close_in_time(origin, o, window_days) for o in c.origins)
    )


def decide(
    event: Event,
    article: int,
    candidates: Sequence[Candidate],
    *,
    window_days: int = 1,
    origin: Origin | None = None,
) -> Decision:
    """The stored event this report belongs to, if any, and why; `origin` is the new report's
    article's."""
    dyad = (side_key(event.actor), side_key(event.recipient))
    # an event with no coded side joins another article's report only at the same place
    nobody = all(side is None or side.startswith("~") for side in dyad)
    place = place_key(event.location)
    members = frozenset(p.country for p in event.participants)
    sentence = event.mention.sentence
    new_date = event.date.value
    fits = []
    for c in candidates:
        if c.event_type != event.event_type or c.asserted != event.asserted:
            continue
        if members != c.members:  # a gathering matches the same set of states only
            continue
        if not members and not same_dyad(event.event_type, dyad, (c.actor, c.recipient)):
            continue
        same_article = article in c.articles
        if not same_article and nobody and (place is None or place != c.place):
            continue  # "a bomb exploded" twice on one day: elsewhere, another bombing
        if not same_article and (not new_date or not c.date):
            if not _one_incident(event, c, origin, window_days):
                continue
        window = 0 if c.day_from_text and day_from_text(event.date) else window_days
        if not dates_compatible(new_date, c.date, window):
            continue
        fits.append(c)
    if not fits:
        return Decision(None, "new event")

    def rank(c: Candidate):
        here = c.last_sentence.get(article)
        before = here is not None and here <= sentence
        distance = abs(sentence - here) if here is not None else 10**6
        return (not before, here is None, distance, c.date != new_date, -len(c.date or ""))

    best = min(fits, key=rank)
    where = "the same article" if article in best.articles else "another article"
    if article not in best.articles and (not new_date or not best.date):
        where += " close in time, the same place and trigger"
    if best.date == new_date:
        when = f"the same date ({new_date})" if new_date else "no date on either"
    elif not new_date or not best.date:
        when = f"one report undated ({new_date or 'undated'} / {best.date or 'undated'})"
    else:
        when = f"compatible dates {new_date} / {best.date}"
    return Decision(best.id, f"same type and dyad in {where}, {when}")
