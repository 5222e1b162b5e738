"""Shared fixtures: a fresh store, hand-built records, the spaCy model and the actor dictionary
loaded once."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import (
    Actor,
    Article,
    Coded,
    Event,
    EventDate,
    EventMention,
    Parse,
    Place,
    Sentence,
    Token,
)
from diplograph.store.sqlite import Store


@pytest.fixture
def fresh_store(tmp_path):
    store = Store(tmp_path / "test.db")
    yield store
    store.close()


def state(code: str, text: str | None = None) -> Actor:
    return Actor(entity_text=text or code, code=code, country=code, name=code)


def make_article(article_id: str, text: str, published: date | None = date(2024, 6, 20)):
    return Article(id=article_id, text=text, published=published)


def make_place(
    name: str,
    country: str,
    lat: float = 1.0,
    lon: float = 2.0,
    precision: str = "city",
    start: int = 0,
) -> Place:
    """A resolved place for hand-built events."""
    return Place(start, start + len(name), name, name=name, country=country, lat=lat, lon=lon,
                 precision=precision)  # fmt: skip


def make_parse(article: Article) -> Parse:
    """A one-token-per-word parse with one sentence per line: enough for the store."""
    tokens, sentences, offset = [], [], 0
    for index, line in enumerate(article.text.split("\n")):
        first = len(tokens)
        position = offset
        for word in line.split(" "):
            if word:
                tokens.append(
                    Token(
                        i=len(tokens),
                        text=word,
                        lemma=word.lower(),
                        pos="X",
                        tag="X",
                        dep="dep",
                        head=len(tokens),
                        start=position,
                        end=position + len(word),
                        sent=index,
                    )
                )
            position += len(word) + 1
        sentences.append(
            Sentence(article.id, index, offset, offset + len(line), line, first, len(tokens))
        )
        offset += len(line) + 1
    return Parse(article=article, tokens=tuple(tokens), sentences=tuple(sentences))


def make_event(
    parse: Parse,
    sentence: int,
    event_type: str,
    actor: str,
    recipient: str,
    when: str | None,
    trigger: str = "met",
    asserted: bool = True,
) -> Event:
    s = parse.sentences[sentence]
    at = s.text.find(trigger)
    return Event(
        event_type=event_type,
        actor=state(actor),
        recipient=state(recipient),
        mention=EventMention(
            parse.article.id,
            sentence,
            s.start,
            s.end,
            s.text,
            trigger,
            s.start + at,
            s.start + at + len(trigger),
        ),
        date=EventDate(value=when, timex=when, source="text" if when else None),
        asserted=asserted,
    )


def coded(article: Article, events: list[tuple]) -> Coded:
    """A Coded article whose events are (sentence, type, actor, recipient, date) tuples."""
    parse = make_parse(article)
    return Coded(parse=parse, events=tuple(make_event(parse, *e) for e in events))


@pytest.fixture(scope="session")
def actors():
    """The shipped actor dictionary, loaded once."""
    from diplograph.stages.actors import ActorDictionary

    return ActorDictionary.load()


@pytest.fixture(scope="session")
def nlp():
    from diplograph.stages.nlp import NLP

    return NLP()


@pytest.fixture(scope="session")
def pipeline():
    from diplograph.config import Settings
    from diplograph.pipeline import Pipeline

    return Pipeline(Settings())


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory, pipeline):
    """A store built from the seed articles shipped for `diplograph demo` (once a session)."""
    from importlib.resources import files

    from diplograph.pipeline import ingest

    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Store(path) as store:
        ingest([str(files("diplograph") / "data" / "demo")], store, pipeline.settings,
               pipeline=pipeline)  # fmt: skip
    return path


class LocalServer:
    """An HTTP server on 127.0.0.1 in a thread. `routes[path]` is a function of the request
    headers returning (status, headers, body); `requests` logs (path, headers) as received."""

    def __init__(self):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path)
                status, headers, body = route(self.headers) if route else (404, {}, b"")
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                server.posts.append((self.path, self.rfile.read(length)))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.routes: dict = {}
        self.requests: list = []
        self.posts: list = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_server():
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture(scope="session")
def sentence_events(nlp):
    """Code one sentence with the real stages (no tagger): (type, actor, recipient, asserted)
    for each event."""
    from diplograph.stages.actors.mentions import ActorDictionary, find_mentions
    from diplograph.stages.dates.expressions import find_timexes
    from diplograph.stages.events.coder import EventCoder
    from diplograph.stages.places.gazetteer import Gazetteer
    from diplograph.stages.places.resolve import find_places

    dictionary, gazetteer = ActorDictionary.load(), Gazetteer.load()
    coder, published = EventCoder(dictionary), date(2011, 6, 20)

    def code(text: str) -> set[tuple[str, str, str | None, bool]]:
        parse = nlp.parse(Article(id="t", text=text, published=published))
        events, _ = coder.code(
            parse,
            find_mentions(parse, dictionary),
            find_timexes(parse, published),
            find_places(parse, gazetteer),
        )
        return {
            (
                e.event_type,
                e.actor.country,
                e.recipient.country if e.recipient else None,
                e.asserted,
            )
            for e in events
        }

    return code
