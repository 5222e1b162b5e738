"""/api/analysis/...: the analysis library's answers as JSON, and its refusals."""

from __future__ import annotations

import pytest


def test_analysis_partners(client):
    partners = client.get("/api/analysis/partners/rus").json()
    assert {p["country"] for p in partners} == {"CHN", "PRK", "UKR"}
    only = client.get("/api/analysis/partners/RUS?type=ASSAULT").json()
    assert [p["country"] for p in only] == ["UKR"]


def test_analysis_dyad_over_time(client):
    body = client.get("/api/analysis/dyad/RUS/PRK").json()
    assert (body["a"], body["b"], body["by"]) == ("RUS", "PRK", "year")
    [point] = body["points"]
    assert point["period"] == "2024" and point["a_to_b"] == 1 and point["balance"] == 1.0


def test_analysis_isolation_of_a_state_and_the_ranking(client):
    scores = client.get("/api/analysis/isolation/PRK").json()
    assert {s["period"] for s in scores} >= {"2024"}
    assert all(s["country"] == "PRK" for s in scores)
    ranking = client.get("/api/analysis/isolation?by=year").json()
    assert {s["country"] for s in ranking} >= {"RUS", "UKR"}


def test_analysis_blocs_and_their_moves(client):
    body = client.get("/api/analysis/blocs").json()
    assert any({"CHN", "RUS"} <= set(b["members"]) for b in body["blocs"])
    compared = client.get("/api/analysis/blocs?since=2024&compare_until=2023").json()
    assert "moves" in compared


def test_analysis_escalation(client):
    body = client.get("/api/analysis/escalation/UKR?attacked_by=RUS&on=2022-02-24").json()
    assert body["defender"]["belligerent"] == "UKR"
    assert body["attacker"]["belligerent"] == "RUS"


@pytest.mark.parametrize(
    "url, status",
    [
        ("/api/analysis/partners/XXX", 404),
        ("/api/analysis/dyad/RUS/XXX", 404),
        ("/api/analysis/isolation/ZZZ", 404),
        ("/api/analysis/partners/RUSSIA", 422),
        ("/api/analysis/dyad/RUS/PRK?by=week", 422),
        ("/api/analysis/dyad/RUS/RUS", 400),
        ("/api/analysis/blocs?since=2025&until=2020", 400),
        ("/api/analysis/blocs?since=2025-13", 422),
        ("/api/analysis/escalation/UKR?attacked_by=RUS", 422),
        ("/api/analysis/escalation/UKR?attacked_by=RUS&on=2022-02-30", 400),
        ("/api/analysis/escalation/UKR?attacked_by=UKR&on=2022-02-24", 400),
    ],
)
def test_analysis_bad_parameters_and_unknown_states(client, url, status):
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.json()["error"]


def test_analysis_answers_are_kept_until_the_store_changes(client):
    import time

    first = client.get("/api/analysis/dyad/RUS/PRK").json()
    assert client.get("/api/analysis/dyad/RUS/PRK").json() == first
    url = client.post("/api/articles", json={"text": "Lavrov met Choe."}).json()["url"]
    while client.get(url).json()["status"] not in ("done", "failed"):
        time.sleep(0.05)
    after = client.get("/api/analysis/dyad/RUS/PRK").json()
    assert [p["period"] for p in after["points"]] == ["2024"]
    assert after["points"][0]["events"] == first["points"][0]["events"] + 1
