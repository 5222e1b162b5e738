"""The API over a small hand-built store (no spaCy), and a client for it."""

from __future__ import annotations

import warnings
from dataclasses import replace

import pytest

from diplograph.api import ApiSettings, create_app
from diplograph.api.jobs import Jobs
from diplograph.config import Settings
from diplograph.records import Coded, Relation
from diplograph.store.sqlite import Store
from tests.conftest import coded, make_article, make_event, make_parse, make_place

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2, which is not needed here
    from fastapi.testclient import TestClient

A1 = "Putin met Kim in Pyongyang.\nThe visit was warm.\nRussia invaded Ukraine in 2022."
A2 = "China and Russia signed a pact in Beijing.\nThe United States may sanction Iran."


def _located(event, place, **fields):
    return replace(event, location=place, **fields)


def build_small_store(path) -> None:
    """Three asserted events (a visit to Pyongyang, an invasion, a pact in Beijing), one
    hypothetical sanction, and a defense pact."""
    pyongyang = make_place("Pyongyang", "PRK", 39.03385, 125.75432, "city", start=17)
    pyongyang = replace(pyongyang, geonameid=1871859)
    ukraine = replace(make_place("Ukraine", "UKR", 49.0, 32.0, "country"), geonameid=690791)
    beijing = replace(make_place("Beijing", "CHN", 39.9075, 116.39723, "city"), geonameid=1816670)
    with Store(path) as store:
        first = make_article("a1", A1)
        parse = make_parse(first)
        visit = make_event(parse, 0, "CONSULT", "RUS", "PRK", "2024-06-19")
        visit = _located(visit, pyongyang, mode="visit", cameo="042", intensity=4.0, quad_code=1)
        visit = replace(
            visit, actor=replace(visit.actor, entity_text="Putin", name="Vladimir Putin")
        )
        visit = replace(visit, recipient=replace(visit.recipient, entity_text="Kim"))
        war = make_event(parse, 2, "ASSAULT", "RUS", "UKR", "2022", trigger="invaded")
        war = _located(war, ukraine, cameo="190", intensity=-9.0, quad_code=4)
        war = replace(war, actor=replace(war.actor, entity_text="Russia"),
                      recipient=replace(war.recipient, entity_text="Ukraine"))  # fmt: skip
        store.add(Coded(parse=parse, places=(pyongyang, ukraine), events=(visit, war)))

        second = replace(make_article("a2", A2), url="https://example.org/a2")
        parse = make_parse(second)
        pact = make_event(parse, 0, "AGREE", "CHN", "RUS", "2025-09", trigger="signed")
        pact = _located(pact, beijing, cameo="057", intensity=2.5, quad_code=1)
        maybe = make_event(
            parse, 1, "SANCTION", "USA", "IRN", None, trigger="sanction", asserted=False
        )
        maybe = replace(maybe, aux="hypothetical", cameo="163", intensity=-6.0, quad_code=4)
        relation = Relation("defense_pact", ("CHN", "RUS"), "a2", 0, A2.split("\n")[0], 0, 41)
        store.add(
            Coded(parse=parse, places=(beijing,), events=(pact, maybe), relations=(relation,))
        )


class FakePipeline:
    """Codes each article's first sentence as RUS CONSULT PRK if it says 'met': enough to
    exercise the ingestion worker and the store without spaCy."""

    def pipe(self, articles, *, batch_size=None, failures=False):
        for article in articles:
            events = [(0, "CONSULT", "RUS", "PRK", "2024-07-01")] if " met " in article.text else []
            yield coded(article, events)


@pytest.fixture
def small_db(tmp_path):
    path = tmp_path / "small.db"
    build_small_store(path)
    return path


def make_client(db, **api) -> TestClient:
    settings = Settings(db=str(db))
    jobs = Jobs(settings, pipeline_factory=FakePipeline)
    return TestClient(create_app(settings, ApiSettings(**api), jobs=jobs))


@pytest.fixture
def client(small_db):
    with make_client(small_db) as c:
        yield c
