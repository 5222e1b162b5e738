"""Articles over HTTP(S): `diplograph ingest URL...` and the feeds `diplograph watch` polls.

    Fetcher.get(url) -> Fetched (bytes, type, validators) -> articles_from(fetched) -> Article

What is fetched is bounded: a timeout per request, at most `max_redirects` redirects, at most
`max_bytes` of body (read as a stream, so a larger page is refused without being held), and only
content types that can hold an article (HTML, XML feeds, plain text; none declared is sniffed).
A feed is recognised by its content (`<rss`, `<feed`, `<rdf:RDF`), not by its URL or declared
type; a page's text is extracted as for an HTML file (trafilatura). Every failure is an
`InputError` naming the URL, so one bad URL or feed is reported and the others still read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from diplograph.errors import InputError
from diplograph.records import Article
from diplograph.stages.ingest import (
    decode,
    decode_html,
    estimate_published,
    read_articles,
    read_feed,
    read_html,
    safe_id,
    sniff_markup,
)

TIMEOUT = 20.0  # seconds, for connecting and for each read
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "text/plain",
    }
)
USER_AGENT = "diplograph/0.1 (+https://github.com/diplograph)"


def is_url(source) -> bool:
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # as asked for (the final URL after redirects is `final_url`)
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """One HTTP client with the limits above; reuse it across URLs (connections are kept)."""

    def __init__(
        self,
        *,
        timeout: float = TIMEOUT,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = MAX_REDIRECTS,
    ):
        import httpx

        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.client = httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            max_redirects=max_redirects,
            headers={"User-Agent": USER_AGENT},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None):
        """GET url, conditionally when validators are given (a 304 has no body)."""
        import httpx

        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._read(url, response)
        except httpx.TooManyRedirects as exc:
            raise InputError(f"more than {self.max_redirects} redirects", url) from exc
        except httpx.TimeoutException as exc:
            raise InputError("timed out", url) from exc
        except httpx.HTTPError as exc:
            raise InputError(f"cannot fetch ({exc})", url) from exc

    def _read(self, url: str, response) -> Fetched:
        etag = response.headers.get("etag")
        modified = response.headers.get("last-modified")
        if response.status_code == 304:
            return Fetched(url, 304, etag=etag, last_modified=modified)
        if response.status_code >= 400:
            raise InputError(f"HTTP {response.status_code} {response.reason_phrase}", url)
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind and kind not in TYPES:
            raise InputError(f"content type {kind} is not a page, a feed or text", url)
        if int(response.headers.get("content-length") or 0) > self.max_bytes:
            raise InputError(f"larger than {self.max_bytes} bytes", url)
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                raise InputError(f"larger than {self.max_bytes} bytes", url)
        return Fetched(
            url, response.status_code, bytes(body), kind, etag, modified, str(response.url)
        )


def articles_from(fetched: Fetched, report: Callable[[InputError], None]) -> Iterator[Article]:
    """The articles in a fetched body: a feed's entries, a page's main text, or plain text.
    A feed entry without text goes to `report`; a body without any article raises."""
    url = fetched.url
    kind = sniff_markup(fetched.body[:4096])
    if kind is None and fetched.content_type in {"text/html", "application/xhtml+xml"}:
        kind = "html"
    if kind is None and fetched.content_type not in {"", "text/plain"}:
        raise InputError(f"not a page or a feed ({fetched.content_type})", url)
    if kind == "feed":
        # read_feed names its errors and entries by a Path, which folds "//": name them by url
        def entry_error(exc: InputError) -> None:
            report(InputError(exc.reason, url, exc.line))

        try:
            for article in read_feed(fetched.body, Path(url), entry_error):
                number = article.path.rsplit(":", 1)[1]
                yield dataclasses.replace(article, path=f"{url}:{number}")
        except InputError as exc:
            if exc.path == url:
                raise
            raise InputError(exc.reason, url, exc.line) from exc
        return
    if kind == "html":
        article = read_html(decode_html(fetched.body, url), Path(url))
        yield dataclasses.replace(article, id=safe_id(url), url=article.url or url, path=url)
        return
    text = decode(fetched.body, url)
    if not text.strip():
        raise InputError("empty page", url)
    yield Article(id=safe_id(url), text=text, url=url, path=url)


def dated(article: Article, published: date | None) -> Article:
    """The date precedence of files: its own date, then the given one, then an estimate."""
    if article.published is not None:
        return article
    if published is not None:
        return dataclasses.replace(article, published=published)
    estimate = estimate_published(article.text)
    if estimate is None:
        return article
    return dataclasses.replace(article, published=estimate, published_estimated=True)


def read_sources(
    sources: Sequence[str | Path],
    *,
    published: date | None = None,
    on_error: Callable[[InputError], None] | None = None,
    fetcher: Fetcher | None = None,
    max_chars: int | None = None,
) -> Iterator[Article]:
    """Like `read_articles`, with URLs among the paths fetched in their place in the order."""

    def report(exc: InputError) -> None:
        if on_error is None:
            raise exc
        on_error(exc)

    files: list[str | Path] = []
    own = None
    try:
        for source in [*sources, None]:
            if source is not None and not is_url(source):
                files.append(source)
                continue
            if files:
                yield from read_articles(
                    files, published=published, on_error=on_error, max_chars=max_chars
                )
                files = []
            if source is None:
                break
            if fetcher is None:
                fetcher = own = Fetcher()
            try:
                for article in articles_from(fetcher.get(source), report):
                    yield dated(article, published)
            except InputError as exc:
                report(exc)
    finally:
        if own is not None:
            own.close()
