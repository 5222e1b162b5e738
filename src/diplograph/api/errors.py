"""Errors as JSON: `{"error": "<message>", "status": <code>}`, with the right status.

    ApiError(status, message)     raised by routes and dependencies
    ├── BadRequest                400: parameters that contradict each other, a malformed body
    ├── Unauthorized              401: a write without the token
    ├── Forbidden                 403: a write to a read-only server
    ├── NotFound                  404: an unknown id
    ├── TooLarge                  413: a body over the size limit
    ├── UnsupportedMediaType      415: a body that is neither JSON nor JSONL
    └── Invalid                   422: a body whose fields are wrong

FastAPI's own validation errors (422), Starlette's (404 route, 405 method) and the library's
InputError and ConfigError (400, e.g. a range the analysis refuses) are given the same shape;
an unexpected exception becomes a 500 without its traceback.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from diplograph.errors import ConfigError, InputError

log = logging.getLogger("diplograph.api")


class ApiError(Exception):
    status = 500

    def __init__(self, message: str, *, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.headers = headers


class BadRequest(ApiError):
    status = 400


class Unauthorized(ApiError):
    status = 401


class Forbidden(ApiError):
    status = 403


class NotFound(ApiError):
    status = 404


class TooLarge(ApiError):
    status = 413


class UnsupportedMediaType(ApiError):
    status = 415


class Invalid(ApiError):
    status = 422


def error_response(status: int, message: str, headers=None, **extra) -> JSONResponse:
    return JSONResponse({"error": message, "status": status, **extra}, status, headers=headers)


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the same JSON shape."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.message, exc.headers)

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError):
        return error_response(400, exc.reason)

    @app.exception_handler(ConfigError)
    async def config_error(request: Request, exc: ConfigError):
        return error_response(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        details = [_detail(e) for e in exc.errors()]
        return error_response(422, "; ".join(details) or "invalid request", details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        return error_response(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error (see the server's log)")


def _detail(error: dict) -> str:
    where = [str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body")]
    kind = error.get("loc", ("",))[0]
    name = ".".join(where) or kind
    return f"{kind} parameter {name!r}: {error.get('msg', 'invalid')}"
