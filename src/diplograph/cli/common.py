"""Options and helpers shared by the commands."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TextIO

import click

from diplograph.config import Settings, load_settings
from diplograph.errors import DiplographError, InputError
from diplograph.records import Article


def db_option(f):
    return click.option(
        "--db", default=None, help="The SQLite store (default: diplograph.db, or DIPLOGRAPH_DB)."
    )(f)


def config_option(f):
    return click.option(
        "--config",
        "config_file",
        default=None,
        help="A TOML settings file (default: diplograph.toml).",
    )(f)


def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(f)


def batch_option(f):
    return click.option(
        "--batch",
        "batch",
        default=None,
        metavar="FILE",
        help='Read JSONL {"id", "text", "published"} (- for stdin); one line out per input line.',
    )(f)


def require_text_or_batch(text: str | None, batch: str | None) -> None:
    """Bad usage (exit 2) unless exactly one of a TEXT argument and --batch FILE is given."""
    if (text is None) == (batch is None):
        raise click.UsageError("give a TEXT or --batch FILE (not both)")


def quiet_option(f):
    return click.option("--quiet", "-q", is_flag=True, help="Print no progress and no summary.")(f)


def settings_from(config_file: str | None = None, **flags: Any) -> Settings:
    return load_settings(config_file, **flags)


def handle_errors(f):
    """Turn a DiplographError into one line on stderr and exit code 1."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except DiplographError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)

    return wrapper


def parse_date(value: str | None, what: str = "date") -> date | None:
    """A YYYY-MM-DD option value, or None."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{what} must be YYYY-MM-DD, not {value!r}") from exc


def read_jsonl(path: str) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSONL file ('-' is stdin).

    Streams; a line that is not a JSON object raises InputError naming the file and line.
    """
    stream = sys.stdin if path == "-" else _open_text(path)
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not valid JSON ({exc.msg})", path, number) from exc
            if not isinstance(obj, dict):
                raise InputError("a line must be a JSON object", path, number)
            yield number, obj


def batch_articles(path: str) -> Iterator[Article]:
    """Articles from a --batch JSONL file of {"id", "text", "published"}, streamed in order."""
    for number, obj in read_jsonl(path):
        text = obj.get("text")
        if not isinstance(text, str):
            raise InputError('a line needs a "text" string', path, number)
        published = obj.get("published")
        try:
            day = date.fromisoformat(published[:10]) if published else None
        except (TypeError, ValueError) as exc:
            raise InputError(
                f'"published" must be YYYY-MM-DD, not {published!r}', path, number
            ) from exc
        yield Article(
            id=str(obj.get("id", number)), text=text, published=day, path=f"{path}:{number}"
        )


@contextmanager
def output_file(path: str) -> Iterator[TextIO]:
    """Standard output for '-', else the file, opened for writing; an unwritable path is an
    InputError naming it."""
    if path == "-":
        yield sys.stdout
        return
    try:
        out = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(exc.strerror or "cannot write", path) from exc
    with out:
        yield out


def _open_text(path: str):
    try:
        return open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(exc.strerror or "cannot open", path) from exc


def echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))
