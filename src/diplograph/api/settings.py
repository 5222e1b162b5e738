"""What the HTTP server adds to the store's Settings."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from diplograph.errors import ConfigError

LOOPBACK_NAMES = {"localhost", "ip6-localhost"}


@dataclass(frozen=True, slots=True)
class ApiSettings:
    token: str | None = None  # once set, every write needs it (Authorization: Bearer TOKEN)
    read_only: bool = False  # every write answers 403
    max_request_bytes: int = 10 * 1024 * 1024  # larger bodies answer 413
    host: str = "127.0.0.1"
    port: int = 8000
    threads: int = 8  # requests worked on at once (reading SQLite releases the GIL)

    def checked(self) -> ApiSettings:
        """Refuse settings that would expose an unguarded store."""
        if self.threads < 1:
            raise ConfigError("the server needs at least one thread")
        if self.max_request_bytes < 1:
            raise ConfigError("the request size limit must be at least 1 byte")
        if self.token is not None and len(self.token) < 8:
            raise ConfigError("a token must be at least 8 characters long")
        if not is_loopback(self.host) and not self.token:
            raise ConfigError(
                f"refusing to listen on {self.host} without a token: set --token or "
                "DIPLOGRAPH_TOKEN, or bind 127.0.0.1"
            )
        return self


def is_loopback(host: str) -> bool:
    """Whether a bind address only reaches this machine."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
