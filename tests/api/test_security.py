"""Hostile input through every filter and id: each refused cleanly, the store unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from urllib.parse import quote

import pytest

from tests.api.conftest import make_client

HOSTILE = [
    "' OR '1'='1",
    "1; DROP TABLE events; --",
    "RUS' --",
    "1 UNION SELECT sql FROM sqlite_master",
    '" OR ""="',
    "../../../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "%00",
    "\\x00';",
    "*",
    "_%",
]
ID_PATHS = [
    "/api/events/{}",
    "/api/actors/{}",
    "/api/places/{}",
    "/api/jobs/{}",
    "/events/{}",
]


def fingerprint(db) -> str:
    conn = sqlite3.connect(db)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def query_parameters(client) -> list[tuple[str, str]]:
    """(path, parameter) for every GET endpoint's query parameters, from the OpenAPI schema."""
    schema = client.get("/openapi.json").json()
    out = []
    for path, operations in schema["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            if parameter["in"] == "query":
                out.append((path, parameter["name"]))
    return out


def test_security_every_filter_refuses_or_ignores_hostile_strings(client, small_db):
    before = fingerprint(small_db)
    parameters = query_parameters(client)
    assert len(parameters) > 30
    for path, name in parameters:
        for value in HOSTILE:
            response = client.get(path, params={name: value})
            assert response.status_code in (200, 400, 404, 422), (path, name, value)
            assert "error" in response.json() or response.status_code == 200
            if response.status_code == 200 and name == "q" and path == "/api/events":
                assert response.json()["total"] == 0  # matched literally, not as SQL
    assert fingerprint(small_db) == before
    assert client.get("/api/stats").json()["events"] == 3


@pytest.mark.parametrize("template", ID_PATHS)
@pytest.mark.parametrize("value", HOSTILE)
def test_security_every_id_refuses_hostile_strings(client, small_db, template, value):
    before = fingerprint(small_db)
    response = client.get(template.format(quote(value, safe="")))
    assert response.status_code in (404, 422)
    assert response.json()["error"]
    assert fingerprint(small_db) == before


@pytest.mark.parametrize(
    "path",
    [
        "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2Fapi%2Fapp.py",
        "/static/%2e%2e%2ftemplates%2findex.html",
    ],
)
def test_security_static_files_stay_in_their_folder(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "create_app" not in response.text


def test_security_hostile_article_fields_are_stored_as_text(client, small_db):
    response = client.post(
        "/api/articles",
        json={"id": "x'); DROP TABLE events; --", "text": "'; DELETE FROM events; --"},
    )
    assert response.status_code == 202
    client.app.state.jobs.wait(20)
    assert client.get("/api/stats").json()["events"] == 3
    assert client.get("/api/stats").json()["articles"] == 3


def test_security_a_write_without_the_token_changes_nothing(small_db):
    before = fingerprint(small_db)
    with make_client(small_db, token="a-long-token") as client:
        for headers in ({}, {"Authorization": "Bearer a-long-tokeN"}, {"X-Token": "a-long-token"}):
            response = client.post(
                "/api/articles", json={"text": "Putin met Kim."}, headers=headers
            )
            assert response.status_code == 401
        client.app.state.jobs.wait(5)
    assert fingerprint(small_db) == before
