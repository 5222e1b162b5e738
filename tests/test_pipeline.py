"""The ingest run end to end: idempotent, resumable, and robust to bad files."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from diplograph.config import Settings
from diplograph.errors import InputError
from diplograph.pipeline import ingest
from diplograph.stages.places import haversine_km
from diplograph.store.queries import EventFilter
from diplograph.store.sqlite import Store

pytestmark = pytest.mark.slow

SEEDS = str(files("diplograph") / "data" / "demo")


def snapshot(store: Store) -> tuple:
    """What a store holds, without row ids or timestamps."""
    events = [
        (
            e["event_type"],
            e["actor"]["code"],
            (e["recipient"] or {}).get("code"),
            e["date"],
            tuple((m["article"], m["start"], m["trigger"]) for m in e["mentions"]),
        )
        for e in store.events(EventFilter(include_all=True))
    ]
    stats = store.stats()
    return stats, sorted(events, key=repr)


def run(paths, db, pipeline, write_batch=64, **kwargs):
    settings = Settings(db=str(db), write_batch=write_batch)
    with Store(db) as store:
        report = ingest(paths, store, settings, pipeline=pipeline, **kwargs)
        return report, snapshot(store)


def test_pipeline_second_ingest_changes_nothing(tmp_path, pipeline):
    first, before = run([SEEDS], tmp_path / "s.db", pipeline)
    assert first.stored == 2 and before[0]["events"] > 0
    second, after = run([SEEDS], tmp_path / "s.db", pipeline)
    assert (second.stored, second.skipped) == (0, 2)
    assert after == before


def test_pipeline_killed_ingest_resumes_to_the_same_store(tmp_path, pipeline, monkeypatch):
    _, clean = run([SEEDS], tmp_path / "clean.db", pipeline)

    calls = {"n": 0}
    original = Store._insert_mention

    def dies_midway(self, *args):
        calls["n"] += 1
        if calls["n"] == 12:  # inside the second article's transaction
            raise KeyboardInterrupt
        return original(self, *args)

    monkeypatch.setattr(Store, "_insert_mention", dies_midway)
    with pytest.raises(KeyboardInterrupt):
        run([SEEDS], tmp_path / "killed.db", pipeline, write_batch=1)
    monkeypatch.setattr(Store, "_insert_mention", original)
    with Store(tmp_path / "killed.db") as store:
        assert store.stats()["articles"] == 1  # the half-written article was rolled back
    report, resumed = run([SEEDS], tmp_path / "killed.db", pipeline)
    assert (report.stored, report.skipped) == (1, 1)
    assert resumed == clean


BAD_FILES = {
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02binary\x00data",
    "latin1.txt": "Caf\xe9 diplomacy in Paris.".encode("latin-1"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_pipeline_bad_file_is_reported_and_others_still_stored(tmp_path, pipeline, name):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(BAD_FILES[name])
    (folder / "good.txt").write_text("The leaders of France and Germany met in Berlin on Monday.")
    errors = []
    report, snap = run([folder], tmp_path / "s.db", pipeline, on_error=errors.append)
    assert report.stored == 1
    assert len(errors) == 1 and isinstance(errors[0], InputError)
    assert name in str(errors[0])


def test_pipeline_malformed_jsonl_line_names_the_line(tmp_path, pipeline):
    path = tmp_path / "news.jsonl"
    good = {
        "id": "n1",
        "text": "Japan and India signed a trade agreement on Friday.",
        "published": "2025-03-07",
    }
    path.write_text(json.dumps(good) + "\n{not json\n")
    errors = []
    report, _ = run([path], tmp_path / "s.db", pipeline, on_error=errors.append)
    assert report.stored == 1
    assert [e.line for e in errors] == [2]


def test_pipeline_errors_leave_the_store_untouched(tmp_path, pipeline):
    db = tmp_path / "s.db"
    _, before = run([SEEDS], db, pipeline)
    missing = tmp_path / "missing.txt"
    errors = []
    report, after = run([missing], db, pipeline, on_error=errors.append)
    assert report.read == 0 and len(errors) == 1
    assert after == before


ARTICLES = files("tests") / "data" / "articles"


def test_pipeline_reprint_is_a_near_duplicate_and_counts_do_not_double(tmp_path, pipeline):
    _, alone = run([str(ARTICLES / "summit.txt")], tmp_path / "one.db", pipeline)
    report, both = run([str(ARTICLES)], tmp_path / "two.db", pipeline)
    assert report.near_duplicates == 1
    assert both[0]["near_duplicates"] == 1
    assert both[0]["events"] == alone[0]["events"] > 0
    with Store(tmp_path / "two.db") as store:
        for event in store.events():
            assert event["sources"] == 1
            assert event["reports"] == 2


def test_pipeline_one_at_a_time_equals_all_at_once(tmp_path, pipeline):
    paths = [
        str(p)
        for p in sorted(files("diplograph").joinpath("data", "demo").iterdir())
        if p.name.endswith(".txt")
    ]
    _, together = run([SEEDS], tmp_path / "all.db", pipeline)
    db = tmp_path / "each.db"
    for path in paths:  # a single file still takes its metadata from meta.jsonl beside it
        _, separate = run([path], db, pipeline)
    assert separate == together


@pytest.fixture(scope="module")
def demo_events(tmp_path_factory, pipeline):
    db = tmp_path_factory.mktemp("demo") / "s.db"
    run([SEEDS], db, pipeline)
    with Store(db) as store:
        return list(store.events())


def find(events, event_type, actor, recipient):
    return [
        e
        for e in events
        if e["event_type"] == event_type
        and e["actor"]["country"] == actor
        and (e["recipient"] or {}).get("country") == recipient
    ]


def test_pipeline_demo_invasion_is_one_event_from_both_articles(demo_events):
    [invasion] = find(demo_events, "ASSAULT", "RUS", "UKR")
    assert invasion["date"] == "2022-02"
    assert len({m["article"] for m in invasion["mentions"]}) == 2
    assert invasion["sources"] == 2


def test_pipeline_demo_events_are_placed(demo_events):
    visits = {e["date"]: e for e in find(demo_events, "CONSULT", "RUS", "PRK")}
    assert visits["2024-06-19"]["location"]["name"] == "Pyongyang"
    beijing = (39.9075, 116.39723)
    summits = [e for e in demo_events if e["date"] == "2025-09-03"]
    assert len(summits) >= 2
    for summit in summits:
        loc = summit["location"]
        assert loc["lat"] is not None
        assert haversine_km(*beijing, loc["lat"], loc["lon"]) < 50
    [deployment] = find(demo_events, "AID", "PRK", "RUS")
    assert (deployment["location"]["country"], deployment["location"]["precision"]) == (
        "UKR",
        "country",
    )


def test_pipeline_text_over_the_size_limit_costs_only_itself(tmp_path, pipeline):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "long.txt").write_text("Japan and China held talks in Beijing. " * 40)
    (inputs / "short.txt").write_text("Japan and China held talks in Beijing on Monday.")
    settings = Settings(db=str(tmp_path / "s.db"), max_article_chars=500)
    with Store(settings.db) as store:
        report = ingest([inputs], store, settings, pipeline=pipeline)
    assert report.stored == 1
    [error] = report.errors
    assert error.path.endswith("long.txt")


def test_pipeline_size_limit_reaches_spacy(tmp_path):
    from diplograph.stages.nlp import NLP

    assert NLP(max_length=5_000_000).nlp.max_length >= 5_000_000


def test_pipeline_article_that_cannot_be_coded_costs_only_itself(tmp_path, pipeline, monkeypatch):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Japan and China held talks in Beijing on Monday.")
    (inputs / "b.txt").write_text("India and Nepal signed a trade accord in Delhi.")
    code = pipeline.code

    def fails_on_a(parse):
        if parse.article.id == "a":
            raise IndexError("a stage's bug")
        return code(parse)

    monkeypatch.setattr(pipeline, "code", fails_on_a)
    settings = Settings(db=str(tmp_path / "s.db"))
    with Store(settings.db) as store:
        report = ingest([inputs], store, settings, pipeline=pipeline, on_error=lambda e: None)
    assert report.stored == 1
    [error] = report.errors
    assert error.path.endswith("a.txt") and "a stage's bug" in error.reason


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("Iraqi troops attacked Kuwait on Sunday.", "2004-08-22", "estimated"),
        ("Iran supports Iraq.", "2004-08-23", "estimated"),
        ("Iraqi troops attacked Kuwait on 19 June 2003.", "2003-06-19", "text"),
    ],
)
def test_pipeline_event_dated_from_an_estimated_article_date_says_estimated(
    pipeline, text, value, source
):
    from datetime import date

    from diplograph.records import Article

    article = Article("a1", text, published=date(2004, 8, 23), published_estimated=True)
    [coded] = pipeline.pipe([article])
    [event] = coded.events
    assert (event.date.value, event.date.source) == (value, source)


@pytest.mark.parametrize(
    ("text", "name", "code", "why"),
    [
        # the article's own dates: Straw was foreign secretary in 2004, justice minister later
        ("Jack Straw criticised Iran.\nThe row began in March 2004.", "Jack Straw", "GBRGOV",
         "2004-03"),
        # no date at all: the role that fits the article's other people (Bush the son, with Blair)
        ("President Bush thanked Tony Blair.", "George W. Bush", "USAGOV", "Tony Blair"),
    ],
)  # fmt: skip
def test_pipeline_undated_article_resolves_roles_by_its_own_dates_or_its_people(
    pipeline, text, name, code, why
):
    from diplograph.records import Article

    [coded] = pipeline.pipe([Article("u1", text)])
    [actor] = [m.actor for m in coded.mentions if m.text in {"Jack Straw", "President Bush"}]
    assert (actor.name, actor.code) == (name, code)
    assert "no article date" in actor.reason and why in actor.reason


@pytest.mark.parametrize(
    "text",
    [
        "Japan lodged a protest with China on Monday. The weather was mild. Tokyo later"
        " summoned the Chinese ambassador.",
        "The G5 (Italy, Britain, France, Germany and Spain) interior ministers met in Florence"
        " on Tuesday. They agreed to share intelligence on militants.",
        "Protesters rallied outside the embassy in Nairobi. Police fired tear gas at them,"
        " officials said. Nothing else happened.",
    ],
)
def test_pipeline_screened_coder_finds_every_event_of_the_whole_article(pipeline, text):
    from diplograph.records import Article

    coded = pipeline.code(pipeline.nlp.parse(Article(id="a", text=text)))
    whole = pipeline.coder.code(coded.parse, coded.mentions, coded.timexes, coded.places)
    assert coded.events and (coded.events, coded.relations) == tuple(map(tuple, whole))
