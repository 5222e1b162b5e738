"""The dashboard's aggregates: /api/map, /api/timeline, /api/network, and the pages."""

from __future__ import annotations

import pytest


def test_map_clusters_located_events_by_precision(client):
    clusters = client.get("/api/map").json()["clusters"]
    by_place = {c["place"]: c for c in clusters}
    assert set(by_place) == {"Pyongyang", "Ukraine", "Beijing"}
    assert by_place["Pyongyang"]["precision"] == "city"
    assert by_place["Pyongyang"]["event"] == 1 and by_place["Pyongyang"]["cooperation"] == 1
    assert by_place["Ukraine"]["precision"] == "country" and by_place["Ukraine"]["conflict"] == 1


def test_map_merges_nearby_points_on_a_coarse_grid(client):
    clusters = client.get("/api/map?cell=20").json()["clusters"]
    cities = [c for c in clusters if c["precision"] == "city"]
    assert len(cities) == 1 and cities[0]["count"] == 2 and cities[0]["event"] is None


def test_map_follows_the_filters(client):
    clusters = client.get("/api/map?type=ASSAULT").json()["clusters"]
    assert [c["place"] for c in clusters] == ["Ukraine"]


def test_timeline_counts_periods_and_ignores_the_date_range(client):
    body = client.get("/api/timeline?since=2025").json()
    assert [(p["period"], p["count"]) for p in body["periods"]] == [
        ("2024-06", 1),
        ("2025-09", 1),
    ]
    assert body["undated"] == 1  # "2022" has no month
    years = client.get("/api/timeline?by=year").json()["periods"]
    assert [p["period"] for p in years] == ["2022", "2024", "2025"]


def test_network_has_states_and_leaning_edges(client):
    body = client.get("/api/network").json()
    assert {n["id"] for n in body["nodes"]} == {"CHN", "PRK", "RUS", "UKR"}
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[("RUS", "UKR")]["conflict"] == 1
    assert edges[("CHN", "RUS")]["cooperation"] == 1
    assert client.get("/api/network?since=2025").json()["edges"] == [
        {"source": "CHN", "target": "RUS", "count": 1, "cooperation": 1, "conflict": 0}
    ]


@pytest.mark.parametrize(
    "url", ["/api/map?cell=0", "/api/map?cell=91", "/api/timeline?by=day", "/api/network?limit=0"]
)
def test_dashboard_bad_parameters(client, url):
    assert client.get(url).status_code == 422


def test_dashboard_page_ships_its_assets_with_a_strict_policy(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "http" not in page.text.replace("http://www.w3.org", "")  # no CDN
    for asset in ("/static/js/app.js", "/static/style.css", "/static/world.json"):
        assert client.get(asset).status_code == 200
    world = client.get("/static/world.json").json()
    assert {"PRK", "RUS", "UKR"} <= {c["iso"] for c in world["countries"]}


def test_event_page_marks_the_words(client):
    page = client.get("/events/1")
    assert page.status_code == 200
    assert '<mark class="trigger">met</mark>' in page.text
    assert '<mark class="actor">Putin</mark>' in page.text
    assert client.get("/events/999").status_code == 404


def test_openapi_schema_lists_every_endpoint(client):
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {
        "/api/events",
        "/api/events/{event_id}",
        "/api/map",
        "/api/timeline",
        "/api/network",
        "/api/actors",
        "/api/actors/{actor_id}",
        "/api/places",
        "/api/places/{geonameid}",
        "/api/relations",
        "/api/stats",
        "/api/articles",
        "/api/jobs/{job_id}",
    } <= paths
