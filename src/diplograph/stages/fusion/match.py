"""Event fusion: is a newly coded event a new report of one already known?

Two reports are one event when they have the same type, the same dyad (either order for the
symmetric types CONSULT, AGREE and COOPERATE) and the same assertion, and their dates are
compatible: one is a prefix of the other ("2022" and "2022-02"), or both are days at most
`window_days` apart. An undated report fuses only with an event of the same article (or of an
article it reprints): across articles a missing date is no evidence of sameness. Among several
candidates the one in the same article nearest before the report wins, then the one whose date
agrees exactly, then the most precise.

This module is pure: the store hands it candidates and applies its decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from diplograph.records import Event

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """What fusion needs to know of an event already stored."""

    id: int
    event_type: str
    actor: str
    recipient: str | None
    date: str | None
    asserted: bool
    articles: frozenset[int]  # store ids of the (original) articles that report it
    last_sentence: dict[int, int]  # article -> the last sentence index reporting it there


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


def more_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two compatible dates."""
    return max((a, b), key=lambda d: len(d or ""))


def decide(
    event: Event,
    article: int,
    candidates: Sequence[Candidate],
    *,
    window_days: int = 1,
) -> Decision:
    """The stored event this report belongs to, if any, and why."""
    dyad = (event.actor.country, event.recipient.country if event.recipient else None)
    sentence = event.mention.sentence
    new_date = event.date.value
    fits = []
    for c in candidates:
        if c.event_type != event.event_type or c.asserted != event.asserted:
            continue
        if not same_dyad(event.event_type, dyad, (c.actor, c.recipient)):
            continue
        same_article = article in c.articles
        if not same_article and (not new_date or not c.date):
            continue
        if not dates_compatible(new_date, c.date, window_days):
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
    if best.date == new_date:
        when = f"the same date ({new_date})" if new_date else "no date on either"
    elif not new_date or not best.date:
        when = f"one report undated ({new_date or 'undated'} / {best.date or 'undated'})"
    else:
        when = f"compatible dates {new_date} / {best.date}"
    return Decision(best.id, f"same type and dyad in {where}, {when}")
