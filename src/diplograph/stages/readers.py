"""The readers behind `stages.ingest`: bytes to text, plain text with its meta.jsonl, JSONL,
HTML pages and RSS/Atom feeds, and the small helpers they share.

trafilatura and feedparser are imported lazily, inside the functions that use them, so that
reading plain text and JSONL costs neither import.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.records import Article

# ---------------------------------------------------------------------------------------------
# Small helpers

ErrorHandler = Callable[[InputError], None]

META_FILE = "meta.jsonl"
SNIFF_BYTES = 8192
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_SAFE_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def parse_date(value: str | None) -> date | None:
    """The calendar date of a date or datetime string, as written (no time-zone shift), or None.

    Accepts ISO 8601 ("2024-06-19", "2024-06-19T08:00:00+09:00"), RFC 822 ("Wed, 19 Jun 2024
    08:00:00 GMT") and other full dates dateutil reads ("19 June 2024"). A string without a day
    ("June 2024") gives None rather than a made-up day.
    """
    if not value or not value.strip():
        return None
    m = _ISO_DATE.match(value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as dateutil_parser

    try:
        one = dateutil_parser.parse(value, default=datetime(2000, 1, 1))
        two = dateutil_parser.parse(value, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return None
    if one.date() != two.date():  # some part of the date was missing and filled from the default
        return None
    return one.date()


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


def sniff_markup(head: bytes) -> str | None:
    """ "feed" or "html" if the start of a file looks like one, else None."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    if not start.startswith(b"<"):
        return None
    if re.search(rb"<(rss|feed|rdf:rdf)[\s>]", start):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        return "html"
    return None


class _Stripper(HTMLParser):
    """Text of an HTML fragment: block elements become line breaks, scripts are dropped."""

    BLOCKS = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote section article header footer "
        "pre hr dd dt figcaption".split()
    )
    SKIP = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def strip_html(markup: str) -> str:
    """Plain text of an HTML fragment: one paragraph a line, spaces collapsed, entities decoded."""
    if "<" not in markup and "&" not in markup:
        return _tidy(markup)
    stripper = _Stripper()
    stripper.feed(markup)
    stripper.close()
    return _tidy("".join(stripper.parts))


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------------------------
# Bytes to text, plain text with meta.jsonl, and JSONL


def read_bytes(path: Path) -> bytes:
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


def decode_html(data: bytes, where: str) -> str:
    """A page as UTF-8, or in the charset its <meta> tag declares if it is not UTF-8."""
    try:
        return decode(data, where)
    except InputError as exc:
        charset = html_charset(data)
        if not charset:
            raise
        try:
            return normalise_newlines(data.decode(charset))
        except (LookupError, UnicodeDecodeError):
            raise exc from None


# ---------------------------------------------------------------------------------------------
# Plain text and meta.jsonl


def text_article(path: Path, text: str, meta: dict[str, dict[str, Any]]) -> Article:
    record = meta.get("file:" + path.name) or meta.get("id:" + path.stem) or {}
    where = record.get("_where", (str(path), None))  # errors in a record name its meta line
    return Article(
        id=_str_field(record, "id", where) or path.stem,
        text=text,
        title=_str_field(record, "title", where),
        published=_date_field(record, where),
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
            except InputError as exc:
                report(exc)
                continue
            yield number, obj


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
    found = parse_date(value) if isinstance(value, str) else None
    if found is None:
        raise InputError(
            f'"published" must be a date (YYYY-MM-DD) or datetime, not {json.dumps(value)}', *where
        )
    return found


# ---------------------------------------------------------------------------------------------
# HTML


class _MetaTags(HTMLParser):
    """<meta> tags, the <title>, the first <time datetime> and the canonical link of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.in_title = False
        self.times: list[tuple[bool, str]] = []  # (marked as publication time, datetime)
        self.canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content", "").strip():
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "title":
            self.in_title = True
        elif tag == "time" and a.get("datetime"):
            marked = "pubdate" in a or a.get("itemprop", "").lower() == "datepublished"
            self.times.append((marked, a["datetime"]))
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = a.get("href") or None

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data


_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "title", "headline")
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "parsely-pub-date",
    "sailthru.date",
    "og:updated_time",
    "article:modified_time",
)
_URL_KEYS = ("og:url", "twitter:url")
_SOURCE_KEYS = ("og:site_name", "application-name", "publisher")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def html_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its start, or None."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def read_html(html: str, path: Path) -> Article:
    """One article from an HTML page: main text by trafilatura, metadata from the meta tags."""
    tags = _MetaTags()
    tags.feed(html)
    tags.close()
    meta = tags.meta
    doc = _extract(html, str(path))
    text = normalise_newlines(getattr(doc, "text", None) or "")
    if not text.strip():
        text = _body_text(html)
    if not any(c.isalpha() for c in text):
        raise InputError("no readable text in the HTML page", str(path))

    published = None
    for key in _DATE_KEYS:
        published = published or parse_date(meta.get(key))
    for _marked, value in sorted(tags.times, key=lambda t: not t[0]):
        published = published or parse_date(value)
    published = published or parse_date(getattr(doc, "date", None))
    title = _first(meta, _TITLE_KEYS) or getattr(doc, "title", None) or _tidy(tags.title)
    return Article(
        id=path.stem,
        text=text,
        title=(_tidy(title) or None) if title else None,
        published=published,
        url=_first(meta, _URL_KEYS) or tags.canonical or getattr(doc, "url", None),
        source=_first(meta, _SOURCE_KEYS) or getattr(doc, "sitename", None),
        path=str(path),
    )


def _extract(html: str, where: str) -> Any:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        if doc is None or not (getattr(doc, "text", None) or "").strip():
            doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True) or doc
    except (ValueError, TypeError, AttributeError) as exc:  # lxml/trafilatura on broken markup
        raise InputError(f"cannot parse the HTML page ({exc})", where) from exc
    return doc


def _body_text(html: str) -> str:
    """A last resort for pages too small for trafilatura: the stripped text of the body."""
    return strip_html(html)


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if meta.get(key):
            return meta[key]
    return None


def normalise_newlines(text: str) -> str:
    """CRLF and a lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# ---------------------------------------------------------------------------------------------
# RSS and Atom


def read_feed(data: bytes, path: Path, report: Callable[[InputError], None]) -> Iterator[Article]:
    """One article per feed entry; an entry without text goes to `report`."""
    import feedparser

    parsed = feedparser.parse(data)
    where = str(path)
    if not parsed.entries:
        if parsed.get("bozo"):
            problem = " ".join(str(parsed.get("bozo_exception")).split())
            raise InputError(f"not a readable RSS/Atom feed ({problem})", where)
        if not parsed.get("version"):
            raise InputError("not an RSS or Atom feed", where)
        raise InputError("the feed has no entries", where)
    source = strip_html(parsed.feed.get("title", "")) or None
    for number, entry in enumerate(parsed.entries, start=1):
        text = _entry_text(entry)
        if not text:
            report(InputError("feed entry has no text (no content or summary)", where, number))
            continue
        raw_id = entry.get("id") or entry.get("link")
        yield Article(
            id=safe_id(raw_id) if raw_id else f"{path.stem}:{number}",
            text=text,
            title=strip_html(entry.get("title", "")) or None,
            published=_entry_date(entry),
            url=entry.get("link") or None,
            source=source,
            path=f"{where}:{number}",
        )


def _entry_text(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    best = max(contents, key=len) if contents else entry.get("summary", "")
    return strip_html(best or "")


def _entry_date(entry: Any) -> date | None:
    for key in ("published", "updated", "created"):
        found = parse_date(entry.get(key))
        if found:
            return found
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return date(t.tm_year, t.tm_mon, t.tm_mday)
    return None
