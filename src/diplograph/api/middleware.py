"""Pure ASGI middleware (no BaseHTTPMiddleware, which wraps errors raised while a body is read).

`BodyLimit`: a declared Content-Length over the limit is refused before the body is read, and a
streamed body is cut off once it passes it (`TooLarge`, which the app's handler answers with
413). `SecurityHeaders`: nosniff and no referrer on every response, and a Content-Security-Policy
on pages that lets them load nothing but the server's own files."""

from __future__ import annotations

import json

from diplograph.api.errors import TooLarge


class BodyLimit:
    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                return await _refuse(send, 400, "Content-Length is not a number")
            if length > self.max_bytes:
                return await _refuse(send, 413, self._message())
        seen = 0
        started = False

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise TooLarge(self._message())
            return message

        async def tracked_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except TooLarge:  # raised where no handler turned it into a response
            if not started:
                await _refuse(send, 413, self._message())

    def _message(self) -> str:
        return f"the request body is larger than the limit of {self.max_bytes} bytes"


async def _refuse(send, status: int, message: str) -> None:
    body = json.dumps({"error": message, "status": status}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


# Pages load nothing from elsewhere: every script, style and outline ships in the package.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
    " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                names = {k.lower() for k, _ in headers}
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"referrer-policy", b"no-referrer"))
                kind = dict(headers).get(b"content-type", b"")
                if kind.startswith(b"text/html") and b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
