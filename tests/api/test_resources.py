"""/api/actors, /api/places, /api/relations, /api/stats."""

from __future__ import annotations

import pytest


def test_actors_busiest_first_with_counts(client):
    body = client.get("/api/actors").json()
    assert body["items"][0]["code"] == "RUS" and body["items"][0]["events"] == 2
    assert client.get("/api/actors?country=ukr").json()["items"][0]["code"] == "UKR"
    assert client.get("/api/actors?q=putin").json()["total"] == 1


def test_actor_detail_and_unknown_id(client):
    first = client.get("/api/actors").json()["items"][0]
    detail = client.get(f"/api/actors/{first['id']}").json()
    assert detail["code"] == first["code"]
    assert client.get("/api/actors/9999").status_code == 404
    assert client.get("/api/actors/x").status_code == 422


def test_places_with_event_counts(client):
    body = client.get("/api/places").json()
    assert {p["name"] for p in body["items"]} == {"Pyongyang", "Ukraine", "Beijing"}
    assert client.get("/api/places?country=PRK").json()["items"][0]["geonameid"] == 1871859
    place = client.get("/api/places/1871859").json()
    assert place["name"] == "Pyongyang" and place["events"] == 1
    assert client.get("/api/places/1").status_code == 404


def test_relations_with_evidence(client):
    [pact] = client.get("/api/relations").json()
    assert pact["type"] == "defense_pact" and pact["members"] == ["CHN", "RUS"]
    assert pact["evidence"][0]["article"] == "a2"
    assert client.get("/api/relations?country=UKR").json() == []


def test_stats(client):
    body = client.get("/api/stats").json()
    assert body["events"] == 3 and body["events_not_asserted"] == 1


@pytest.mark.parametrize(
    "url",
    ["/api/actors?country=XXXX", "/api/places?limit=0", "/api/relations?country=1", "/api/nope"],
)
def test_resources_bad_requests(client, url):
    response = client.get(url)
    assert response.status_code in (404, 422)
    assert response.json()["error"]


def test_method_not_allowed_is_json(client):
    response = client.delete("/api/events/1")
    assert response.status_code == 405 and response.json()["status"] == 405
