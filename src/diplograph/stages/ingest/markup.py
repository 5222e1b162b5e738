"""The markup readers behind `stages.ingest`: HTML pages and RSS/Atom feeds to articles, and
the HTML stripping they share.

trafilatura and feedparser are imported lazily, inside the functions that use them, so that
reading plain text and JSONL costs neither import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.records import Article
from diplograph.stages.ingest.readers import (
    ErrorHandler,
    decode,
    normalise_newlines,
    parse_date,
    safe_id,
)
from diplograph.stages.ingest.words import (
    DATE_KEYS,
    SOURCE_KEYS,
    TITLE_KEYS,
    URL_KEYS,
)


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
# HTML


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
    for key in DATE_KEYS:
        published = published or parse_date(meta.get(key))
    for _marked, value in sorted(tags.times, key=lambda t: not t[0]):
        published = published or parse_date(value)
    published = published or parse_date(getattr(doc, "date", None))
    title = _first(meta, TITLE_KEYS) or getattr(doc, "title", None) or _tidy(tags.title)
    return Article(
        id=path.stem,
        text=text,
        title=(_tidy(title) or None) if title else None,
        published=published,
        url=_first(meta, URL_KEYS) or tags.canonical or getattr(doc, "url", None),
        source=_first(meta, SOURCE_KEYS) or getattr(doc, "sitename", None),
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


# ---------------------------------------------------------------------------------------------
# RSS and Atom


def read_feed(data: bytes, path: Path, report: ErrorHandler) -> Iterator[Article]:
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
