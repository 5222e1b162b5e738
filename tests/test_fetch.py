"""Fetching pages and feeds over HTTP, with limits; all against a server on loopback."""

from __future__ import annotations

import time

import pytest

from diplograph.errors import InputError
from diplograph.fetch import Fetcher, articles_from, is_url, read_sources

PAGE = b"""<!DOCTYPE html><html><head><title>Talks</title>
<meta property="article:published_time" content="2025-03-07T10:00:00Z"></head>
<body><article><p>The foreign ministers of Japan and India met in Tokyo on Friday and signed
a trade agreement, officials said.</p></article></body></html>"""

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><guid>w-1</guid><title>One</title><link>http://example.org/1</link>
<description>Japan and India signed a trade agreement on Friday.</description>
<pubDate>Fri, 07 Mar 2025 10:00:00 GMT</pubDate></item>
<item><guid>w-2</guid><title>Two</title><description>China criticised Japan.</description>
<pubDate>Fri, 07 Mar 2025 11:00:00 GMT</pubDate></item>
</channel></rss>"""


def serve(status=200, body=b"", **headers):
    return lambda _request: (status, {k.replace("_", "-"): v for k, v in headers.items()}, body)


def test_fetch_is_url():
    assert is_url("https://x.org/a") and is_url("HTTP://x.org")
    assert not is_url("news/a.html") and not is_url("ftp://x.org")


def test_fetch_page_gives_its_text_and_date(http_server):
    http_server.routes["/a.html"] = serve(body=PAGE, Content_Type="text/html; charset=utf-8")
    url = http_server.url("/a.html")
    [article] = read_sources([url])
    assert "signed" in article.text and article.url == url and article.path == url
    assert str(article.published) == "2025-03-07" and article.title == "Talks"


def test_fetch_feed_is_recognised_by_content_not_type(http_server):
    http_server.routes["/feed"] = serve(body=FEED, Content_Type="text/plain")
    articles = list(read_sources([http_server.url("/feed")]))
    assert [a.id for a in articles] == ["w-1", "w-2"]
    assert articles[1].path == http_server.url("/feed") + ":2"


def test_fetch_urls_and_files_keep_their_order(http_server, tmp_path):
    http_server.routes["/feed"] = serve(body=FEED, Content_Type="application/rss+xml")
    text = tmp_path / "local.txt"
    text.write_text("France and Germany met in Berlin on Monday.")
    got = [a.id for a in read_sources([str(text), http_server.url("/feed"), str(text)])]
    assert got == ["local", "w-1", "w-2", "local"]


@pytest.mark.parametrize(
    "route, message",
    [
        (serve(404), "HTTP 404"),
        (serve(503), "HTTP 503"),
        (serve(body=b"\x89PNG....", Content_Type="image/png"), "content type image/png"),
        (serve(body=b"x" * 2000, Content_Type="text/plain"), "larger than 1000 bytes"),
        (serve(body=b"<rss version='2.0'><channel><title>t</tit", Content_Type="text/xml"), "feed"),
    ],
)
def test_fetch_failures_are_one_input_error_naming_the_url(http_server, route, message):
    http_server.routes["/x"] = route
    url = http_server.url("/x")
    errors = []
    with Fetcher(max_bytes=1000) as fetcher:
        assert list(read_sources([url], on_error=errors.append, fetcher=fetcher)) == []
    [error] = errors
    assert isinstance(error, InputError) and error.path == url and message in str(error)


def test_fetch_redirects_are_followed_and_bounded(http_server):
    http_server.routes["/old"] = serve(301, Location="/a.html")
    http_server.routes["/a.html"] = serve(body=PAGE, Content_Type="text/html")
    http_server.routes["/loop"] = serve(302, Location="/loop")
    with Fetcher(max_redirects=3) as fetcher:
        assert fetcher.get(http_server.url("/old")).final_url == http_server.url("/a.html")
        with pytest.raises(InputError, match="more than 3 redirects"):
            fetcher.get(http_server.url("/loop"))


def test_fetch_times_out(http_server):
    def slow(_request):
        time.sleep(1.0)
        return 200, {"Content-Type": "text/plain"}, b"late"

    http_server.routes["/slow"] = slow
    with Fetcher(timeout=0.2) as fetcher, pytest.raises(InputError, match="timed out"):
        fetcher.get(http_server.url("/slow"))


def test_fetch_conditional_get_sends_validators_and_reads_304(http_server):
    def feed(request):
        if request.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"ETag": '"v1"', "Last-Modified": "Fri, 07 Mar 2025 10:00:00 GMT"}, FEED

    http_server.routes["/feed"] = feed
    with Fetcher() as fetcher:
        first = fetcher.get(http_server.url("/feed"))
        assert first.etag == '"v1"' and len(list(articles_from(first, print))) == 2
        again = fetcher.get(http_server.url("/feed"), etag=first.etag)
        assert again.not_modified and again.body == b""
    assert http_server.requests[-1][1]["If-None-Match"] == '"v1"'
