"""`diplograph serve` and ApiSettings: safe by default."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from diplograph.api import ApiSettings, create_app
from diplograph.api.settings import is_loopback
from diplograph.cli.main import cli
from diplograph.config import Settings
from diplograph.errors import ConfigError, StoreError


@pytest.mark.parametrize(
    "host, loopback",
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("example.org", False),
    ],  # fmt: skip
)
def test_serve_knows_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_serve_refuses_to_listen_beyond_loopback_without_a_token(tmp_path, monkeypatch):
    monkeypatch.delenv("DIPLOGRAPH_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert "without a token" in result.output
    assert not (tmp_path / "x.db").exists()


def test_serve_settings_checks():
    assert ApiSettings().checked().host == "127.0.0.1"
    assert ApiSettings(host="0.0.0.0", token="long-enough").checked().token
    with pytest.raises(ConfigError, match="8 characters"):
        ApiSettings(token="short").checked()
    with pytest.raises(ConfigError, match="limit"):
        ApiSettings(max_request_bytes=0).checked()


def test_serve_read_only_does_not_create_a_store(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        create_app(Settings(db=str(tmp_path / "missing.db")), ApiSettings(read_only=True))
    assert not (tmp_path / "missing.db").exists()


def test_serve_sends_no_cors_headers(client):
    response = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options(
        "/api/articles",
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in preflight.headers
