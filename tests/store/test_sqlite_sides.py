"""Events with a side the dictionaries cannot code: stored, fused, filtered and exported."""

import csv
import io
import json
from dataclasses import replace

from diplograph.export import gdelt_row, write_events
from diplograph.records import Actor, Coded
from diplograph.store.queries import EventFilter
from tests.conftest import make_article, make_event, make_parse, state


def uncoded(words: str) -> Actor:
    return Actor(entity_text=words, name=words, reason="no dictionary entry")


def add(store, article_id: str, text: str, sides: list[tuple]) -> None:
    """One article whose sentence 0 reports one event per (type, actor, recipient, date)."""
    parse = make_parse(make_article(article_id, text))
    events = []
    for event_type, actor, recipient, when in sides:
        event = make_event(parse, 0, event_type, "XXX", "XXX", when, trigger=text.split()[1])
        events.append(replace(event, actor=actor, recipient=recipient))
    store.add(Coded(parse=parse, events=tuple(events)))


def test_sqlite_keeps_a_side_with_no_code_by_its_words(fresh_store):
    add(fresh_store, "a1", "Gunmen attacked Iraqi police.", [
        ("ASSAULT", uncoded("Gunmen"), state("IRQ"), "2024-06-19"),
    ])  # fmt: skip
    [event] = fresh_store.events()
    assert event["actor"] == {
        "code": None, "country": None, "sector": None, "name": "Gunmen", "entity_text": "Gunmen"
    }  # fmt: skip
    assert event["recipient"]["country"] == "IRQ"
    row = fresh_store.conn.execute("SELECT actor_country FROM events").fetchone()
    assert row[0] is None


def test_sqlite_fuses_a_side_with_no_code_only_with_the_same_words(fresh_store):
    add(fresh_store, "a1", "Gunmen attacked Iraqi police.", [
        ("ASSAULT", uncoded("Gunmen"), state("IRQ"), "2024-06-19"),
    ])  # fmt: skip
    add(fresh_store, "a2", "Rebels attacked Iraqi police.", [
        ("ASSAULT", uncoded("Rebels"), state("IRQ"), "2024-06-19"),
    ])  # fmt: skip
    add(fresh_store, "a3", "Gunmen attacked police in Iraq.", [
        ("ASSAULT", uncoded("gunmen"), state("IRQ"), "2024-06-19"),
    ])  # fmt: skip
    events = list(fresh_store.events())
    assert sorted((e["actor"]["name"], e["sources"]) for e in events) == [
        ("Gunmen", 2), ("Rebels", 1)
    ]  # fmt: skip


def test_sqlite_an_uncoded_recipient_is_not_a_missing_one(fresh_store):
    add(fresh_store, "a1", "Troops attacked militants.", [
        ("ASSAULT", state("RUS"), uncoded("militants"), "2024-06-19"),
        ("ASSAULT", state("RUS"), None, "2024-06-19"),
    ])  # fmt: skip
    events = list(fresh_store.events())
    assert len(events) == 2
    assert sorted(str(e["recipient"] and e["recipient"]["name"]) for e in events) == [
        "None", "militants"
    ]  # fmt: skip


def test_sqlite_international_filter_leaves_out_uncoded_sides_and_one_state(fresh_store):
    add(fresh_store, "a1", "X attacked Y.", [
        ("ASSAULT", uncoded("Gunmen"), state("IRQ"), "2024-06-19"),
        ("COERCE", state("IRQ"), replace(state("IRQ"), sector="REB"), "2024-06-19"),
        ("PROTEST", state("EGY"), None, "2024-06-19"),
        ("ACCUSE", state("IGO"), state("RUS"), "2024-06-19"),
        ("CONSULT", state("RUS"), state("PRK"), "2024-06-19"),
    ])  # fmt: skip
    parse = make_parse(make_article("a2", "Leaders met in Paris."))
    summit = make_event(parse, 0, "CONSULT", "FRA", "DEU", "2024-06-20")
    members = (state("FRA"), state("DEU"), state("ITA"))
    fresh_store.add(Coded(parse=parse, events=(replace(summit, participants=members),)))
    kept = list(fresh_store.events(EventFilter(international=True)))
    assert [(e["event_type"], e["date"]) for e in kept] == [
        ("CONSULT", "2024-06-19"), ("CONSULT", "2024-06-20")
    ]  # fmt: skip
    assert len(list(fresh_store.events())) == 6


def test_sqlite_exports_a_side_with_no_code_with_its_name(fresh_store):
    add(fresh_store, "a1", "Gunmen attacked Iraqi police.", [
        ("ASSAULT", uncoded("Gunmen"), state("IRQ"), "2024-06-19"),
    ])  # fmt: skip
    [event] = fresh_store.events()
    out = io.StringIO()
    write_events([event], out, "jsonl")
    assert json.loads(out.getvalue())["actor"]["name"] == "Gunmen"
    out = io.StringIO()
    write_events([event], out, "csv")
    [row] = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["actor_code"], row["actor_name"], row["recipient_code"]) == ("", "Gunmen", "IRQ")
    gdelt = gdelt_row(event)
    assert (gdelt["Actor1Code"], gdelt["Actor1Name"], gdelt["Actor1CountryCode"]) == (
        None, "GUNMEN", None
    )  # fmt: skip
