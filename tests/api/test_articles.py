"""POST /api/articles and GET /api/jobs/{id}: ingestion in the background."""

from __future__ import annotations

import json
import time

import pytest

from tests.api.conftest import make_client

JSONL = "application/x-ndjson"


def wait_for(client, url: str, timeout: float = 20.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(url).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {url} did not finish")


def test_articles_one_article_becomes_a_job_that_stores_it(client):
    response = client.post(
        "/api/articles",
        json={"id": "new1", "text": "Putin met Kim again.", "published": "2024-07-01"},
    )
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["job"]["status"] in ("queued", "running", "done")
    assert response.headers["location"] == body["url"]
    job = wait_for(client, body["url"])
    assert (job["status"], job["stored"], job["new_events"]) == ("done", 1, 1)
    assert client.get("/api/stats").json()["articles"] == 3


def test_articles_a_jsonl_batch(client):
    lines = [
        {"id": "b1", "text": "Putin met Xi."},
        {"id": "b2", "text": "Nothing happened.", "published": "2024-07-02T10:00:00Z"},
        {"id": "b1", "text": "Putin met Xi."},  # the same content twice is stored once
    ]
    body = "\n".join(json.dumps(x) for x in lines) + "\n\n"
    response = client.post("/api/articles", content=body, headers={"content-type": JSONL})
    assert response.status_code == 202, response.text
    job = wait_for(client, response.json()["url"])
    assert job["articles"] == 3 and job["stored"] == 2 and job["skipped"] == 1


@pytest.mark.parametrize(
    "body, kind, status, words",
    [
        ("{not json", "application/json", 400, "not valid JSON"),
        ("[1, 2]", "application/json", 400, "JSON object"),
        ('{"id": "x"}', "application/json", 422, "text"),
        ('{"text": "   "}', "application/json", 422, "text"),
        ('{"text": "a", "published": "yesterday"}', "application/json", 422, "published"),
        ('{"text": "a"}\n{oops', JSONL, 400, "line 2"),
        ('{"text": "a"}\n{"text": 5}', JSONL, 422, "line 2"),
        ("\n\n", JSONL, 400, "no article"),
        ("text=hello", "application/x-www-form-urlencoded", 415, "application/json"),
        (b"\xff\xfe", "application/json", 400, "UTF-8"),
    ],
)
def test_articles_bad_bodies_are_refused(client, body, kind, status, words):
    before = client.get("/api/stats").json()
    response = client.post("/api/articles", content=body, headers={"content-type": kind})
    assert response.status_code == status, response.text
    assert words in response.json()["error"]
    assert client.get("/api/stats").json() == before


def test_articles_over_the_size_limit_answer_413(small_db):
    with make_client(small_db, max_request_bytes=1000) as client:
        response = client.post("/api/articles", json={"text": "x" * 2000})
        assert response.status_code == 413
        assert "limit" in response.json()["error"]
        assert client.post("/api/articles", json={"text": "short"}).status_code == 202


def test_articles_size_limit_holds_without_a_content_length(small_db):
    with make_client(small_db, max_request_bytes=1000) as client:

        def chunks():
            for _ in range(10):
                yield b'{"text": "' + b"x" * 200

        response = client.post(
            "/api/articles", content=chunks(), headers={"content-type": "application/json"}
        )
        assert response.status_code == 413


def test_jobs_unknown_and_malformed_ids(client):
    assert client.get("/api/jobs/" + "0" * 32).status_code == 404
    assert client.get("/api/jobs/..%2F..%2Fetc%2Fpasswd").status_code in (404, 422)
    assert client.get("/api/jobs/ABC").status_code == 422


def test_read_only_server_refuses_writes_with_403(small_db):
    with make_client(small_db, read_only=True) as client:
        response = client.post("/api/articles", json={"text": "Putin met Kim."})
        assert response.status_code == 403
        assert "read-only" in response.json()["error"]
        assert client.get("/api/events").status_code == 200


def test_token_guards_writes_but_not_reads(small_db):
    with make_client(small_db, token="s3cret-token") as client:
        assert client.get("/api/events").status_code == 200
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"}):
            response = client.post(
                "/api/articles", json={"text": "Putin met Kim."}, headers=headers
            )
            assert response.status_code == 401
            assert response.headers["www-authenticate"] == "Bearer"
        ok = client.post(
            "/api/articles",
            json={"text": "Putin met Kim."},
            headers={"Authorization": "Bearer s3cret-token"},
        )
        assert ok.status_code == 202


def test_articles_a_done_job_shows_in_the_next_answer(client):
    assert client.get("/api/events?dyad=RUS,PRK").json()["total"] == 1
    response = client.post("/api/articles", json={"id": "n1", "text": "Lavrov met Choe."})
    job = wait_for(client, response.json()["url"])
    assert job["new_events"] == 1
    events = client.get("/api/events?dyad=RUS,PRK").json()
    assert events["total"] == 2 and events["items"][0]["date"] == "2024-07-01"
    assert client.get("/api/timeline?country=PRK").json()["periods"][-1]["period"] == "2024-07"
