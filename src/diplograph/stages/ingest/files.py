"""The ingest stage: files and folders in, `Article` records out.

Formats (docs/ingest.md has the details):

    .txt and unknown extensions   plain text; metadata from a `meta.jsonl` beside the file
    .jsonl                        one article per line
    .html / .htm                  main text via trafilatura, metadata from meta tags
    .xml / .rss / .atom           RSS or Atom feeds via feedparser, one article per entry

Files of unknown extension are sniffed: a feed or an HTML page is read as such, anything else as
plain text. Every problem is an `InputError` naming the file (and line); `read_articles` raises it,
or hands it to `on_error` and goes on with the rest.

Text is kept exactly as decoded, except that a UTF-8 byte order mark is dropped and line endings
("\\r\\n" and a lone "\\r") become "\\n". Character offsets downstream refer to that text.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.records import Article
from diplograph.stages.ingest.markup import decode_html, read_feed, read_html, sniff_markup
from diplograph.stages.ingest.readers import (
    META_FILE,
    SNIFF_BYTES,
    ErrorHandler,
    decode,
    read_bytes,
    read_json,
    read_jsonl,
    read_meta,
    text_article,
)
from diplograph.stages.ingest.words import (
    MONTHS,
    NUMBER_WORDS,
    UNITS,
)

TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
# Skipped when walking a folder (read if named explicitly): media, archives, office and data
# files, and a store's own SQLite files (the store may sit in the folder it ingests).
SKIP_SUFFIXES = frozenset(
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .ico .svg .pdf .zip .gz .bz2 .xz .zst .tar .7z"
    " .rar .doc .docx .xls .xlsx .ppt .pptx .odt .ods .mp3 .mp4 .wav .ogg .avi .mov .mkv .exe"
    " .dll .so .pyc .db .sqlite .sqlite3 .parquet .pkl .npy .json .csv .tsv"
    " .db-wal .db-shm .db-journal .sqlite-wal .sqlite-shm .sqlite3-wal .sqlite3-shm".split()
)


# ---------------------------------------------------------------------------------------------
# Finding files


def discover(paths: Sequence[str | Path] | str | Path) -> list[Path]:
    """The files `read_articles` would read, in its order (missing paths left out)."""
    return [p for p in _walk(paths) if isinstance(p, Path)]


_ENTRY = re.compile(rb"<(?:item|entry)[\s>]")


def expected_articles(paths: Sequence[str | Path] | str | Path) -> int:
    """How many articles `read_articles` should give, counted before reading (for a progress
    total): one per text, HTML or .json file, per non-blank JSONL line, per feed entry. Records
    that turn out bad make it an overestimate; a .json array, an underestimate."""
    count = 0
    for path in discover(paths):
        suffix = path.suffix.lower()
        try:
            if suffix in JSONL_SUFFIXES:
                with path.open("rb") as stream:
                    count += sum(1 for line in stream if line.strip())
            elif suffix in FEED_SUFFIXES or suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
                with path.open("rb") as stream:
                    head = stream.read(SNIFF_BYTES)
                    if suffix in FEED_SUFFIXES or sniff_markup(head) == "feed":
                        count += len(_ENTRY.findall(head + stream.read()))
                    else:
                        count += 1
            else:
                count += 1
        except OSError:
            count += 1  # read_articles reports it
    return count


def _walk(paths: Sequence[str | Path] | str | Path) -> Iterator[Path | InputError]:
    """Each file to read, in a stable order, or an InputError for a path that cannot be read.

    Folders are walked recursively in sorted order, leaving out hidden names, `meta.jsonl` and
    files whose extension says they are not text. A file reached twice is read once.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = _walk_folder(path)
        elif path.is_file():
            if path.name == META_FILE:
                yield InputError("a meta.jsonl holds metadata for the files beside it", str(path))
                continue
            found = [path]
        elif path.exists():
            yield InputError("not a regular file or folder", str(path))
            continue
        else:
            yield InputError("no such file or folder", str(path))
            continue
        for file in found:
            try:
                key = file.resolve(strict=True)
            except RuntimeError:  # Python 3.11 reports a symlink loop so
                yield InputError("symlink loop", str(file))
                continue
            except OSError as exc:
                reason = "symlink loop" if exc.errno == errno.ELOOP else exc.strerror
                yield InputError(reason or "cannot be read", str(file))
                continue
            if key not in seen:
                seen.add(key)
                yield file


def _walk_folder(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or name == META_FILE:
                continue
            if Path(name).suffix.lower() in SKIP_SUFFIXES:
                continue
            files.append(Path(root, name))
    return sorted(files, key=lambda p: p.relative_to(folder).parts)


# ---------------------------------------------------------------------------------------------
# Reading


def read_articles(
    paths: Sequence[str | Path] | str | Path,
    *,
    published: date | None = None,
    on_error: ErrorHandler | None = None,
    max_chars: int | None = None,
) -> Iterator[Article]:
    """Stream the articles in the given files and folders.

    `published` dates the articles whose own metadata gives no date (the --published flag);
    articles still undated get a date estimated from their text (`published_estimated`).
    A text longer than `max_chars` characters is refused with an InputError.
    With `on_error` None the first InputError is raised; otherwise it is passed to `on_error`
    and reading goes on with the next record or file. A reader failing in a way it did not
    foresee (a bug, or a parser's own exception) costs only its file, as an InputError.
    """
    reported: list[InputError] = []  # the last error handed on, so that none is handed twice

    def report(exc: InputError) -> None:
        reported[:] = [exc]
        if on_error is None:
            raise exc
        on_error(exc)

    metas: dict[Path, dict[str, dict[str, Any]]] = {}  # folder -> meta.jsonl records, per call
    for item in _walk(paths):
        if isinstance(item, InputError):
            report(item)
            continue
        try:
            for article in _read_file(item, metas, report):
                if max_chars is not None and len(article.text) > max_chars:
                    report(too_long(article, max_chars))
                    continue
                yield _dated(article, published)
        except InputError as exc:
            if reported and reported[0] is exc:
                raise  # raised by the handler itself: stop
            report(exc)
        except Exception as exc:  # noqa: BLE001 - the boundary: one file's failure is its own
            report(InputError(f"cannot be read ({type(exc).__name__}: {exc})", str(item)))


def too_long(article: Article, max_chars: int) -> InputError:
    """The error refusing an article whose text is over the size limit."""
    path, _, line = (article.path or article.id).rpartition(":")
    where = (path, int(line)) if path and line.isdigit() else (article.path or article.id, None)
    return InputError(
        f"text of {len(article.text):,} characters is longer than the limit of {max_chars:,}"
        " characters (setting max_article_chars)",
        *where,
    )


def _read_file(
    path: Path, metas: dict[Path, dict[str, dict[str, Any]]], report: ErrorHandler
) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, report)
        return
    if suffix == ".json":
        yield from read_json(path, report)
        return
    data = read_bytes(path)
    if suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in FEED_SUFFIXES:
        kind = "feed"
    elif suffix in TEXT_SUFFIXES:
        kind = "text"
    else:
        kind = sniff_markup(data[:SNIFF_BYTES]) or "text"
    if kind == "feed":
        yield from read_feed(data, path, report)
        return
    if kind == "html":
        yield read_html(decode_html(data, str(path)), path)
        return
    text = decode(data, str(path))
    if not text.strip():
        raise InputError("empty file (only whitespace)", str(path))
    folder = path.parent
    if folder not in metas:
        metas[folder] = read_meta(folder / META_FILE, report)
    yield text_article(path, text, metas[folder], report)


# ---------------------------------------------------------------------------------------------
# Dates


def _dated(article: Article, published: date | None) -> Article:
    """Apply the date precedence: own date, then the given one, then an estimate."""
    if article.published is not None:
        return article
    if published is not None:
        return _replace(article, published=published, published_estimated=False)
    estimate = estimate_published(article.text)
    if estimate is None:
        return article
    return _replace(article, published=estimate, published_estimated=True)


def _replace(article: Article, **changes: Any) -> Article:
    return dataclasses.replace(article, **changes)


_YEAR = r"(?<![\d.,$€£¥#])((?:19|20)\d\d)(?![\d%]|\.\d|,\d)"
_WORD = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
_COUNT = rf"\b(\d{{1,3}}|half an?|(?:{_WORD})(?:[- ](?:{_WORD}))?)"
# "ten years ago, in 2015" / "in 2015, ten years ago" / "ten years since 2015" (not "after":
# that dates an event, not the writing) /
# "the 70th anniversary of the 1953 armistice"
_AGO_AFTER = re.compile(
    _COUNT + r" (years?|decades?|century|centuries) ago,? (?:in|back in|during|since) " + _YEAR,
    re.IGNORECASE,
)
_AGO_BEFORE = re.compile(
    r"\bin " + _YEAR + r",? (?:some |about |nearly |almost |exactly )?" + _COUNT
    + r" (years?|decades?|century|centuries) ago",
    re.IGNORECASE,
)  # fmt: skip
_SINCE = re.compile(
    _COUNT + r" (years?|decades?|century|centuries) since (?:the )?" + _YEAR,
    re.IGNORECASE,
)
_ANNIVERSARY = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th) anniversary of (?:[\w'’-]+ ){0,6}?(?:in )?" + _YEAR,
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b" + _YEAR + r"\b")
# A year right after these words is a target, not a past date: "by 2030", "until 2026".
_FUTURE_BEFORE = re.compile(
    r"\b(?:by|until|till|through|before|ahead of|(?:by|before) the end of|due in|starting in)\s+$",
    re.IGNORECASE,
)
# A number right before these words is a count, not a year: "2000 troops".
_COUNT_AFTER = re.compile(
    r"^\s*(?:per ?cent|percent|people|persons|troops|soldiers|civilians|refugees|migrants|"
    r"casualties|deaths|dead|votes|men|women|children|km|kilometres|kilometers|miles|metres|"
    r"meters|feet|tonnes|tons|barrels|dollars|euros|pounds|yuan|rubles|roubles|kg|units|"
    r"households|jobs|cases|delegates|seats|members)\b",
    re.IGNORECASE,
)


def estimate_published(text: str) -> date | None:
    """A publication date estimated from the text, or None if it names no usable year.

    A dateline (a full date in the first 100 characters, then a dash: "KABUL, Aug. 23, 2004 - ")
    is taken as the date. Otherwise we only learn a year, Y: from an anchor that states the
    writing year ("ten years ago, in 2015" -> 2025; "the 70th anniversary of the 1953
    armistice" -> 2023), else the latest plausible year the text mentions (1900 to next year;
    not counts such as "2000 troops" nor targets such as "by 2030"). A text is written no
    earlier than the latest year it reports, so the date returned is the last day of Y (never
    after today): every month of Y then lies in its past. Only the year is known; downstream
    should treat it so.
    """
    today = date.today()
    top = today.year + 1
    dateline = _dateline(text)
    if dateline is not None and 1900 <= dateline.year and dateline <= today:
        return dateline
    anchors = [y for y in _anchor_years(text) if 1900 <= y <= top]
    if anchors:
        year = max(anchors)
    else:
        years = [y for y in _mentioned_years(text) if 1900 <= y <= top]
        if not years:
            return None
        year = max(years)
    return min(date(year, 12, 31), today)


_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
# A dateline: a full date near the start, then a dash or colon, maybe after an agency in brackets:
# "KABUL, Aug. 23, 2004 - ...", "LIMA, 12 March 2019 (Reuters) -- ...", "2024-06-19: ...".
_DATELINE = re.compile(
    rf"\b(?:{_MONTH}\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)|(\d{{1,2}})\s+{_MONTH},?\s+((?:19|20)\d\d)"
    r"|((?:19|20)\d\d)-(\d\d)-(\d\d))\b\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|—|–|:)",
    re.IGNORECASE,
)
DATELINE_CHARS = 100


def _dateline(text: str) -> date | None:
    """The full date in a news dateline at the very start of the text, if there is one."""
    m = _DATELINE.search(text[:DATELINE_CHARS])
    if m is None:
        return None
    try:
        if m[1]:
            return date(int(m[3]), MONTHS[m[1][:3].lower()], int(m[2]))
        if m[5]:
            return date(int(m[6]), MONTHS[m[5][:3].lower()], int(m[4]))
        return date(int(m[7]), int(m[8]), int(m[9]))
    except ValueError:
        return None


def _anchor_years(text: str) -> Iterator[int]:
    for m in _AGO_AFTER.finditer(text):
        span = _span_years(m.group(1), m.group(2))
        if span is not None:
            yield int(m.group(3)) + span
    for m in _AGO_BEFORE.finditer(text):
        span = _span_years(m.group(2), m.group(3))
        if span is not None:
            yield int(m.group(1)) + span
    for m in _SINCE.finditer(text):
        span = _span_years(m.group(1), m.group(2))
        if span is not None:
            yield int(m.group(3)) + span
    for m in _ANNIVERSARY.finditer(text):
        yield int(m.group(2)) + int(m.group(1))


def _span_years(count: str, unit: str) -> int | None:
    """ "ten", "years" -> 10; "two", "decades" -> 20; "twenty-five", "years" -> 25."""
    count = count.lower().replace("-", " ")
    if count.isdigit():
        n: float = int(count)
    elif count in NUMBER_WORDS:
        n = NUMBER_WORDS[count]
    else:
        words = count.split()
        if not words or any(w not in NUMBER_WORDS for w in words):
            return None
        n = sum(NUMBER_WORDS[w] for w in words)
    years = n * UNITS[unit.lower()]
    return int(years) if years >= 1 and years == int(years) else None


def _mentioned_years(text: str) -> Iterator[int]:
    for m in _YEAR_RE.finditer(text):
        before = text[max(0, m.start() - 24) : m.start()]
        after = text[m.end() : m.end() + 16]
        if _FUTURE_BEFORE.search(before) or _COUNT_AFTER.match(after):
            continue
        yield int(m.group(1))
