from dataclasses import replace
from datetime import date

import pytest

from diplograph.records import Actor, Event, EventDate, EventMention, Place
from diplograph.stages.fusion.match import (
    Candidate,
    Origin,
    dates_compatible,
    decide,
    more_precise,
    place_key,
    same_dyad,
)


@pytest.mark.parametrize(
    "a, b, window, expected",
    [
        ("2022", "2022-02", 1, True),
        ("2022-02", "2022-02-24", 1, True),
        ("2022-03", "2022-02", 1, False),
        ("2018", "2019", 1, False),
        ("2024-06-19", "2024-06-20", 1, True),
        ("2024-06-19", "2024-06-22", 1, False),
        ("2024-06-30", "2024-07-01", 1, True),
        (None, "2024", 1, True),
    ],
)
def test_fusion_dates_compatible(a, b, window, expected):
    assert dates_compatible(a, b, window) is expected


def test_fusion_more_precise_keeps_the_day():
    assert more_precise("2022", "2022-02-24") == "2022-02-24"
    assert more_precise(None, "2022") == "2022"


def test_fusion_symmetric_types_ignore_order():
    assert same_dyad("CONSULT", ("RUS", "PRK"), ("PRK", "RUS"))
    assert not same_dyad("ASSAULT", ("RUS", "UKR"), ("UKR", "RUS"))


def event(event_type, actor, recipient, when, sentence=3):
    mention = EventMention("a", sentence, 0, 10, "text", "met", 0, 3)
    return Event(
        event_type,
        Actor(actor, actor, actor),
        Actor(recipient, recipient, recipient),
        mention,
        date=EventDate(value=when),
    )


def candidate(id, when, articles=(1,), sentence=1, event_type="CONSULT", dyad=("RUS", "PRK")):
    return Candidate(
        id, event_type, *dyad, when, True, frozenset(articles), {a: sentence for a in articles}
    )


def test_fusion_undated_report_joins_same_article_only():
    new = event("CONSULT", "RUS", "PRK", None)
    assert decide(new, 1, [candidate(7, "2024-06-19", articles=(1,))]).event_id == 7
    assert decide(new, 2, [candidate(7, "2024-06-19", articles=(1,))]).event_id is None


def test_fusion_dated_report_joins_other_article_with_compatible_date():
    new = event("ASSAULT", "RUS", "UKR", "2022-02")
    old = candidate(4, "2022", articles=(1,), event_type="ASSAULT", dyad=("RUS", "UKR"))
    decision = decide(new, 2, [old])
    assert decision.event_id == 4
    assert "another article" in decision.reason


def test_fusion_prefers_nearest_earlier_report_in_article():
    new = event("CONSULT", "RUS", "PRK", None, sentence=5)
    early = candidate(1, "2000-07", sentence=2)
    late = candidate(2, "2024-06-19", sentence=4)
    after = candidate(3, "2024-06-19", sentence=9)
    assert decide(new, 1, [early, after, late]).event_id == 2


def test_fusion_keeps_different_years_apart():
    new = event("CONSULT", "PRK", "USA", "2019")
    old = candidate(1, "2018", dyad=("PRK", "USA"))
    assert decide(new, 1, [old]).event_id is None


def test_fusion_never_joins_asserted_and_hypothetical():
    new = event("CONSULT", "RUS", "PRK", "2024")
    old = Candidate(1, "CONSULT", "RUS", "PRK", "2024", False, frozenset({1}), {1: 1})
    assert decide(new, 1, [old]).event_id is None


def test_fusion_days_the_text_gives_must_agree_the_window_is_for_article_dates():
    monday = replace(
        event("ASSAULT", "RUS", "UKR", "2004-06-14"),
        date=EventDate("2004-06-14", "2004-06-14", "Monday", "text"),
    )
    sunday = candidate(1, "2004-06-13", event_type="ASSAULT", dyad=("RUS", "UKR"))
    assert decide(monday, 2, [replace(sunday, day_from_text=True)]).event_id is None
    assert decide(monday, 2, [replace(sunday, day_from_text=False)]).event_id == 1


def shooting(place="Gaza", trigger="shot"):
    e = event("ASSAULT", "ISR", "PSE", None)
    mention = replace(e.mention, trigger=trigger)
    return replace(e, mention=mention, location=Place(0, 4, place, name=place, country="PSE"))


def reported(origin, place="Gaza", trigger="shot"):
    c = candidate(1, None, articles=(1,), event_type="ASSAULT", dyad=("ISR", "PSE"))
    key = place_key(Place(0, 4, place, name=place, country="PSE"))
    return replace(c, place=key, triggers=frozenset({trigger}), origins=(origin,))


WIRE = Origin(published=None, run="r1", source="wire.jsonl")


@pytest.mark.parametrize(
    ("new_origin", "old", "fused"),
    [
        (WIRE, reported(WIRE), True),  # both undated, same run, same source
        (replace(WIRE, run="r2"), reported(WIRE), False),  # another ingest run
        (replace(WIRE, source="other.jsonl"), reported(WIRE), False),
        (WIRE, reported(WIRE, place="Rafah"), False),
        (WIRE, reported(WIRE, trigger="bombed"), False),
        # dated articles: publication dates within the window
        (Origin(date(2004, 6, 2)), reported(Origin(date(2004, 6, 1))), True),
        (Origin(date(2004, 6, 9)), reported(Origin(date(2004, 6, 1))), False),
        (Origin(date(2004, 6, 2)), reported(WIRE), False),
    ],
)
def test_fusion_undated_reports_of_one_incident_fuse_across_close_articles(new_origin, old, fused):
    decision = decide(shooting(), 2, [old], origin=new_origin)
    assert (decision.event_id == 1) is fused


def test_fusion_a_side_with_no_code_matches_only_the_same_words():
    gunmen = Actor("Gunmen", name="Gunmen")
    new = replace(event("ASSAULT", "RUS", "IRQ", "2024-06-19"), actor=gunmen)
    same = candidate(1, "2024-06-19", event_type="ASSAULT", dyad=("~gunmen", "IRQ"))
    other = candidate(2, "2024-06-19", event_type="ASSAULT", dyad=("~rebels", "IRQ"))
    one_sided = candidate(3, "2024-06-19", event_type="ASSAULT", dyad=("IRQ", None))
    assert decide(new, 1, [other, one_sided]).event_id is None
    assert decide(new, 1, [other, same]).event_id == 1


def test_fusion_an_event_with_no_coded_side_joins_other_articles_at_its_place_only():
    blast = Actor("A bomb", name="unnamed")
    new = replace(
        event("ASSAULT", "x", "x", "2004-06-14"),
        actor=blast,
        recipient=None,
        location=Place(0, 4, "Kabul", name="Kabul", country="AFG"),
    )
    elsewhere = candidate(1, "2004-06-14", event_type="ASSAULT", dyad=("~unnamed", None))
    here = replace(elsewhere, id=2, place=place_key(new.location))
    assert decide(new, 2, [elsewhere]).event_id is None
    assert decide(new, 2, [elsewhere, here]).event_id == 2
    assert decide(new, 1, [elsewhere]).event_id == 1  # the same article: one bombing told twice
