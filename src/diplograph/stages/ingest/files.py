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
from diplograph.stages.ingest.words import MONTHS

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
    articles still undated take the date of a wire dateline, marked `published_estimated`.
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
    """Apply the date precedence: own date, then the given one, then a dateline's."""
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


def estimate_published(text: str) -> date | None:
    """The date a wire dateline gives the article, or None.

    Only evidence that dates the article itself counts: a full date in the first 100
    characters followed by a dash or colon ("KABUL, Aug. 23, 2004 - ", "2024-06-19: "). The
    years a text mentions say when its events happened, not when it was written (a 2004 story
    recalling 1949 is no 1949 story), so they are never used. A date after today is no date.
    """
    found = _dateline(text)
    if found is not None and 1900 <= found.year and found <= date.today():
        return found
    return None


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
