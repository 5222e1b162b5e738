"""The readers behind `stages.ingest`: bytes to text, plain text with its meta.jsonl and JSONL,
and the small helpers every reader shares. HTML pages and RSS/Atom feeds: `stages.markup`.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from diplograph.errors import InputError, InputWarning
from diplograph.records import Article

# ---------------------------------------------------------------------------------------------
# Small helpers

ErrorHandler = Callable[[InputError], None]

META_FILE = "meta.jsonl"
SNIFF_BYTES = 8192
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_SAFE_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def parse_date(value: str | None) -> date | None:
    """The calendar date `read_date` finds in a string, or None if it finds none."""
    if not value or not value.strip():
        return None
    try:
        return read_date(value)
    except ValueError:
        return None


def read_date(value: str) -> date:
    """The calendar date of a date or datetime string, as written (no time-zone shift).

    Accepts ISO 8601 ("2024-06-19", "2024-06-19T08:00:00+09:00"), RFC 822 ("Wed, 19 Jun 2024
    08:00:00 GMT") and other full dates dateutil reads unambiguously ("19 June 2024", "June 19,
    2024"). Raises ValueError saying why for anything else: a string without a day ("June
    2024"; no made-up day), or one whose day and month could be swapped ("03/04/2019").
    """
    m = _ISO_DATE.match(value)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as dateutil_parser

    try:
        one = dateutil_parser.parse(value, default=datetime(2000, 1, 1))
        two = dateutil_parser.parse(value, default=datetime(2001, 2, 2))
        swapped = dateutil_parser.parse(value, default=datetime(2000, 1, 1), dayfirst=True)
    except (ValueError, OverflowError) as exc:
        raise ValueError("not a date") from exc
    if one.date() != two.date():  # some part of the date was missing and filled from the default
        raise ValueError("not a full date (day, month and year)")
    if swapped.date() != one.date():
        raise ValueError("ambiguous: the day and the month could be either way round")
    return one.date()


def normalise_newlines(text: str) -> str:
    """CRLF and a lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def safe_id(raw: str) -> str:
    """A short id safe in file names and URLs: kept if already so, else slug + short hash."""
    raw = raw.strip()
    if _SAFE_ID.match(raw):
        return raw
    tail = re.split(r"[?#]", raw)[0].rstrip("/").rsplit("/", 1)[-1]
    tail = re.sub(r"\.(s?html?|php|aspx?)$", "", tail, flags=re.IGNORECASE)
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", tail).strip("-")[:40].strip("-")
    digest = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}" if slug else digest


# ---------------------------------------------------------------------------------------------
# Bytes to text


def read_bytes(path: Path) -> bytes:
    """A file's bytes; InputError if it cannot be read, is empty, binary or UTF-16."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(exc.strerror or "cannot be read", str(path)) from exc
    check_bytes(data, str(path), whole=True)
    return data


def check_bytes(head: bytes, where: str, *, whole: bool = False, line: int | None = None) -> None:
    """Raise InputError if `head` (a file or its start) is empty, binary or UTF-16."""
    if whole and not head:
        raise InputError("empty file", where)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("UTF-16 text; save it as UTF-8", where, line)
    if b"\x00" in head:
        raise InputError("binary file (contains NUL bytes), not text", where, line)


def decode(data: bytes, where: str, line: int | None = None) -> str:
    """UTF-8 bytes to text: BOM dropped, line endings made "\\n". InputError if not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start
        if line is None:
            line_no = data.count(b"\n", 0, at) + 1
            column = at - (data.rfind(b"\n", 0, at) + 1) + 1
            raise InputError(
                f"not valid UTF-8: byte 0x{data[at]:02x} at byte offset {at} (column {column})",
                where,
                line_no,
            ) from exc
        raise InputError(
            f"not valid UTF-8: byte 0x{data[at]:02x} at column {at + 1}", where, line
        ) from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    return normalise_newlines(text)


def check_json_text(value: Any, where: str, line: int | None = None) -> None:
    """InputError if decoded JSON holds a lone surrogate: an escape such as "\\ud800" is valid
    JSON but not text, and no later stage (spaCy, hashing, SQLite) can encode it."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"a lone surrogate escape ({json.dumps(exc.object[exc.start])}) is not text",
            where,
            line,
        ) from exc


# ---------------------------------------------------------------------------------------------
# Plain text and meta.jsonl


def text_article(
    path: Path, text: str, meta: dict[str, dict[str, Any]], report: ErrorHandler
) -> Article:
    """An article from a plain-text file, with the fields its meta.jsonl record gives. A date
    that cannot be read goes to `report` as an InputWarning and the article is kept undated."""
    record = meta.get("file:" + path.name) or meta.get("id:" + path.stem) or {}
    where = record.get("_where", (str(path), None))  # errors in a record name its meta line
    try:
        published = _date_field(record, where)
    except InputError as exc:
        report(InputWarning(f"{exc.reason}; {path.name} is stored undated", *where))
        published = None
    return Article(
        id=_str_field(record, "id", where) or path.stem,
        text=text,
        title=_str_field(record, "title", where),
        published=published,
        url=_str_field(record, "url", where),
        source=_str_field(record, "source", where),
        path=str(path),
    )


def read_meta(path: Path, report: ErrorHandler) -> dict[str, dict[str, Any]]:
    """A folder's meta.jsonl, keyed "file:NAME" and "id:ID"; {} if there is none."""
    if not path.is_file():
        return {}
    out: dict[str, dict[str, Any]] = {}
    for number, record in _jsonl_records(path, report):
        record["_where"] = (str(path), number)
        if isinstance(record.get("file"), str):
            out.setdefault("file:" + Path(record["file"]).name, record)
        if isinstance(record.get("id"), str | int):
            out.setdefault("id:" + str(record["id"]), record)
    return out


# ---------------------------------------------------------------------------------------------
# JSONL


def read_jsonl(path: Path, report: ErrorHandler) -> Iterator[Article]:
    """One article per JSONL record; a bad record goes to `report`, an empty file raises."""
    count = 0
    for number, record in _jsonl_records(path, report):
        try:
            yield _jsonl_article(record, path, number)
            count += 1
        except InputError as exc:
            report(exc)
    if count == 0 and _blank(path):
        raise InputError("empty file (no records)", str(path))


def _jsonl_records(path: Path, report: ErrorHandler) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; a bad line goes to `report`."""
    where = str(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise InputError(exc.strerror or "cannot be read", where) from exc
    with stream:
        check_bytes(stream.read(SNIFF_BYTES), where, whole=True)
        stream.seek(0)
        for number, raw in enumerate(stream, start=1):
            try:
                if b"\x00" in raw:
                    raise InputError("binary data (NUL bytes) in line", where, number)
                line = decode(raw, where, number)
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"malformed JSON ({exc.msg.removesuffix(' at')}, column {exc.colno})",
                        where,
                        number,
                    ) from exc
                if not isinstance(obj, dict):
                    raise InputError("a line must be a JSON object", where, number)
                check_json_text(obj, where, number)
            except InputError as exc:
                report(exc)
                continue
            yield number, obj


def read_json(path: Path, report: ErrorHandler) -> Iterator[Article]:
    """Articles from a .json file holding one record or an array of them (the fields of a JSONL
    line). An error in one record names its position in the array as the line."""
    data = read_bytes(path)
    try:
        value = json.loads(decode(data, str(path)))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"malformed JSON ({exc.msg}, line {exc.lineno} column {exc.colno})", str(path)
        ) from exc
    records = value if isinstance(value, list) else [value]
    if not records or not all(isinstance(r, dict) for r in records):
        raise InputError("a .json file must hold an article object or an array of them", str(path))
    for number, record in enumerate(records, start=1):
        try:
            check_json_text(record, str(path), number)
            yield _jsonl_article(record, path, number)
        except InputError as exc:
            report(exc)


def _blank(path: Path) -> bool:
    with path.open("rb") as stream:
        return all(not line.strip() or line.strip() == b"\xef\xbb\xbf" for line in stream)


def _jsonl_article(record: dict[str, Any], path: Path, number: int) -> Article:
    where = (str(path), number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('no "text" (a non-empty string)', str(path), number)
    return Article(
        id=_str_field(record, "id", where) or f"{path.stem}:{number}",
        text=normalise_newlines(text),
        title=_str_field(record, "title", where),
        published=_date_field(record, where),
        url=_str_field(record, "url", where),
        source=_str_field(record, "source", where),
        path=f"{path}:{number}",
    )


Where = tuple[str, int | None]  # (path, line) for errors


def _str_field(record: dict[str, Any], name: str, where: Where) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(f'"{name}" must be a string, not {json.dumps(value)}', *where)
    return normalise_newlines(str(value)).strip() or None


def _date_field(record: dict[str, Any], where: Where) -> date | None:
    value = record.get("published")
    if value is None or value == "":
        return None
    return date_value(value, "published", where)


def date_value(value: Any, name: str, where: Where) -> date:
    """A record's date field read by `read_date`; InputError naming the field if it is not."""
    try:
        if not isinstance(value, str):
            raise ValueError("not a string")
        return read_date(value)
    except ValueError as exc:
        raise InputError(
            f'"{name}" must be a full date (2024-06-19, 19 June 2024, Wed, 19 Jun 2024 08:00 GMT)'
            f", not {json.dumps(value)}: {exc}",
            *where,
        ) from exc
