"""GET /api/events and /api/events/{id}."""

from __future__ import annotations

from dataclasses import replace

import pytest

from diplograph.records import Actor, Coded
from diplograph.store.sqlite import Store
from tests.api.conftest import make_client
from tests.conftest import make_article, make_event, make_parse


def ids(response) -> list[int]:
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["items"]]


def test_events_lists_asserted_events_newest_first(client):
    body = client.get("/api/events").json()
    assert body["total"] == 3
    assert [e["date"] for e in body["items"]] == ["2025-09", "2024-06-19", "2022"]
    first = body["items"][1]
    assert first["actor"]["code"] == "RUS" and first["recipient"]["code"] == "PRK"
    assert first["location"]["name"] == "Pyongyang"
    assert first["tone"] == "cooperation"
    assert first["sentence"] == "Putin met Kim in Pyongyang."


@pytest.mark.parametrize(
    "query, expected",
    [
        ("country=ukr", ["2022"]),
        ("country=PRK", ["2024-06-19"]),
        ("dyad=PRK,RUS", ["2024-06-19"]),
        ("dyad=rus,chn", ["2025-09"]),
        ("type=assault", ["2022"]),
        ("mode=visit", ["2024-06-19"]),
        ("since=2024", ["2025-09", "2024-06-19"]),
        ("until=2024-06", ["2024-06-19", "2022"]),
        ("since=2024-01&until=2024-12", ["2024-06-19"]),
        ("lat=39&lon=125.7&km=50", ["2024-06-19"]),
        ("lat=39&lon=125.7&km=1500", ["2025-09", "2024-06-19"]),
        ("near=pyongyang&km=50", ["2024-06-19"]),
        ("near=Beijing&km=1500", ["2025-09", "2024-06-19"]),
        ("q=invaded", ["2022"]),
        ("q=%25", []),  # a LIKE wildcard is a literal character
        ("all=true&type=SANCTION", [None]),
        ("type=SANCTION", []),
    ],
)
def test_events_filters(client, query, expected):
    body = client.get(f"/api/events?{query}").json()
    assert [e["date"] for e in body["items"]] == expected
    assert body["total"] == len(expected)


def test_events_paginates_and_orders(client):
    assert ids(client.get("/api/events?limit=2")) == ids(client.get("/api/events"))[:2]
    page = client.get("/api/events?limit=2&offset=2").json()
    assert page["total"] == 3 and len(page["items"]) == 1
    assert [e["date"] for e in client.get("/api/events?order=date").json()["items"]] == [
        "2022",
        "2024-06-19",
        "2025-09",
    ]


def test_events_near_a_place_the_store_does_not_know(client):
    response = client.get("/api/events?near=Atlantis")
    assert response.status_code == 404 and "Atlantis" in response.json()["error"]


def test_event_detail_has_every_report_with_highlights(client):
    event = client.get("/api/events/1").json()
    assert event["event_type"] == "CONSULT" and event["mode"] == "visit"
    [mention] = event["mentions"]
    marks = {h["role"]: h["text"] for h in mention["highlights"]}
    assert marks == {"actor": "Putin", "trigger": "met", "recipient": "Kim"}
    for h in mention["highlights"]:
        assert mention["text"][h["start"] : h["end"]] == h["text"]


def test_event_detail_shows_events_that_are_not_asserted(client):
    sanction = client.get("/api/events?all=true&type=SANCTION").json()["items"][0]
    event = client.get(f"/api/events/{sanction['id']}").json()
    assert event["asserted"] is False and event["aux"] == "hypothetical"


@pytest.mark.parametrize("event_id", ["999", "0", "-1", "abc", "1.5", "99999999999999999999"])
def test_event_unknown_or_bad_id(client, event_id):
    response = client.get(f"/api/events/{event_id}")
    assert response.status_code == (404 if event_id == "999" else 422)
    assert response.json()["error"]


@pytest.mark.parametrize(
    "query",
    [
        "country=RUSSIA",
        "country=R1S",
        "dyad=RUS",
        "dyad=RUS-PRK",
        "type=CONSULT1",
        "since=24",
        "until=2024-6",
        "lat=91&lon=0",
        "lat=0&lon=181",
        "km=0&lat=1&lon=1",
        "limit=0",
        "limit=501",
        "offset=-1",
        "order=id",
        "all=maybe",
        "q=",
    ],
)
def test_events_bad_parameters_answer_422(client, query):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["status"] == 422 and "parameter" in body["error"]


@pytest.mark.parametrize(
    "query, words",
    [
        ("lat=39", "both lat and lon"),
        ("since=2025&until=2024", "before since"),
        ("near=Pyongyang&lat=1&lon=2", "not both"),
        ("type=ATTACK", "not a PLOVER event type"),
    ],
)
def test_events_contradictory_parameters_answer_400(client, query, words):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 400
    assert words in response.json()["error"]


@pytest.mark.parametrize("offset, limit", [(0, 1), (1, 1), (2, 5), (0, 10), (3, 2)])
def test_events_oldest_first_pages_put_undated_last(client, offset, limit):
    every = client.get("/api/events?all=true&order=date&limit=100").json()["items"]
    assert [e["date"] for e in every] == ["2022", "2024-06-19", "2025-09", None]
    page = client.get(f"/api/events?all=true&order=date&offset={offset}&limit={limit}").json()
    assert [e["id"] for e in page["items"]] == [e["id"] for e in every][offset : offset + limit]


def test_events_notice_a_write_by_another_process(client, small_db):
    import time

    from diplograph.store.sqlite import Store
    from tests.conftest import coded, make_article

    assert client.get("/api/events").json()["total"] == 3
    with Store(small_db) as store:
        article = make_article("x1", "Putin met Xi in Moscow.")
        store.add(coded(article, [(0, "CONSULT", "RUS", "CHN", "2024-08-01")]))
    deadline = time.monotonic() + 10
    while client.get("/api/events").json()["total"] != 4:  # reloaded in the background
        assert time.monotonic() < deadline, "the index never saw the new event"
        time.sleep(0.05)
    assert client.get("/api/events?dyad=RUS,CHN").json()["total"] == 2


def test_events_international_leaves_out_sides_with_no_code(small_db):
    parse = make_parse(make_article("a3", "Gunmen attacked Iraqi police."))
    attack = make_event(parse, 0, "ASSAULT", "IRQ", "IRQ", "2023", trigger="attacked")
    attack = replace(attack, actor=Actor("Gunmen", name="Gunmen"))
    with Store(small_db) as store:
        store.add(Coded(parse=parse, events=(attack,)))
    with make_client(small_db) as client:
        every = client.get("/api/events").json()
        assert [e["date"] for e in every["items"]] == ["2025-09", "2024-06-19", "2023", "2022"]
        gunmen = every["items"][2]["actor"]
        assert (gunmen["code"], gunmen["name"]) == (None, "Gunmen")
        body = client.get("/api/events?international=true").json()
        assert [e["date"] for e in body["items"]] == ["2025-09", "2024-06-19", "2022"]
        actors = client.get("/api/actors").json()["items"]
        assert "Gunmen" not in {a["name"] for a in actors}
