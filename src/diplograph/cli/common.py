"""Options and helpers shared by the commands."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TextIO

import click

from diplograph.config import Settings, load_settings
from diplograph.errors import DiplographError, InputError
from diplograph.records import Article, Parse
from diplograph.stages.ingest import check_json_text, date_value, decode, too_long

# Exit codes, the same for every command (docs/cli.md): 0 everything read (and stored);
# 2 a bad option or argument (click's own code); and these two:
EXIT_FAILED = 1  # nothing could be read, or a fatal error (a DiplographError)
EXIT_PARTIAL = 3  # some inputs failed, each with one line; the rest were read (and stored)


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
            sys.exit(EXIT_FAILED)

    return wrapper


def parse_date(value: str | None, what: str = "date") -> date | None:
    """A YYYY-MM-DD option value, or None."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{what} must be YYYY-MM-DD, not {value!r}") from exc


def read_jsonl(path: str, on_error: Callable[[InputError], None]) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSONL file ('-' is stdin).

    Streams; a line that is not UTF-8 or not a JSON object goes to `on_error` as an InputError
    naming the file and line, and reading goes on. A file that cannot be opened raises.
    """
    stream = sys.stdin.buffer if path == "-" else _open_binary(path)
    with stream:
        for number, raw in enumerate(stream, start=1):
            try:
                line = decode(raw, path, number)
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"not valid JSON ({exc.msg})", path, number) from exc
                if not isinstance(obj, dict):
                    raise InputError("a line must be a JSON object", path, number)
                check_json_text(obj, path, number)
            except InputError as exc:
                on_error(exc)
                continue
            yield number, obj


@dataclass
class Batch:
    """A --batch run over a JSONL file: one line out per input line, in order. A bad line gives
    {"line", "error"} in its place and costs only itself; `finish` sets the exit code."""

    path: str
    max_chars: int
    done: int = 0
    failed: int = 0
    _errors: list[InputError] = field(default_factory=list)

    def records(self) -> Iterator[tuple[int, dict] | InputError]:
        """Each line's object, or the InputError of a line that cannot be read, in line order."""
        for number, obj in read_jsonl(self.path, self._errors.append):
            yield from self._take_errors()
            yield number, obj
        yield from self._take_errors()

    def articles(self) -> Iterator[Article | InputError]:
        """Articles from lines of {"id", "text", "published"}, or each bad line's InputError."""
        for item in self.records():
            if isinstance(item, InputError):
                yield item
                continue
            number, obj = item
            try:
                yield self._article(number, obj)
            except InputError as exc:
                yield exc

    def parsed(self, nlp, batch_size: int) -> Iterator[Parse | InputError]:
        """Each good line's parse (through spaCy in batches) or a bad line's error, in order."""
        chunk: list[Article | InputError] = []
        for item in self.articles():
            chunk.append(item)
            if len(chunk) >= batch_size:
                yield from _in_order(chunk, nlp, batch_size)
                chunk = []
        yield from _in_order(chunk, nlp, batch_size)

    def error(self, exc: InputError) -> dict:
        """The record printed in place of a bad line."""
        self.failed += 1
        return {"line": exc.line, "error": str(exc)}

    def finish(self) -> None:
        """Exit 3 if some lines failed and others were read, 1 if none could be read."""
        if self.failed:
            click.echo(
                f"Error: {self.failed} of {self.failed + self.done} line(s) of {self.path}"
                " could not be read",
                err=True,
            )
            raise SystemExit(EXIT_PARTIAL if self.done else EXIT_FAILED)

    def _take_errors(self) -> Iterator[InputError]:
        while self._errors:
            yield self._errors.pop(0)

    def _article(self, number: int, obj: dict) -> Article:
        text = obj.get("text")
        if not isinstance(text, str):
            raise InputError('a line needs a "text" string', self.path, number)
        published = obj.get("published")
        where = (self.path, number)
        day = date_value(published, "published", where) if published else None
        article = Article(
            id=str(obj.get("id", number)), text=text, published=day, path=f"{self.path}:{number}"
        )
        if len(text) > self.max_chars:
            raise too_long(article, self.max_chars)
        return article


def _in_order(chunk: list[Article | InputError], nlp, batch_size: int):
    articles = [item for item in chunk if isinstance(item, Article)]
    parses = nlp.pipe(articles, batch_size=batch_size)
    for item in chunk:
        yield item if isinstance(item, InputError) else next(parses)


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


def _open_binary(path: str):
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(exc.strerror or "cannot open", path) from exc


def echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))
