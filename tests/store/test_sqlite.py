import os
import sqlite3
from dataclasses import replace

import pytest

from diplograph.errors import StoreError
from diplograph.records import Relation
from diplograph.store.queries import EventFilter
from diplograph.store.schema import VERSION
from diplograph.store.sqlite import Store
from tests.conftest import coded, make_article, make_place, state

TEXT = "Putin met Kim in Pyongyang.\nThe visit was warm.\nRussia invaded Ukraine in 2022."


def test_sqlite_creates_schema_with_version(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.version == VERSION
    conn = sqlite3.connect(tmp_path / "s.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == VERSION


def test_sqlite_rejects_a_file_that_is_not_a_store(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store(path)


def test_sqlite_fuses_reports_within_an_article(fresh_store):
    article = make_article("a1", TEXT)
    added = fresh_store.add(
        coded(
            article,
            [
                (0, "CONSULT", "RUS", "PRK", "2024-06-19"),
                (1, "CONSULT", "PRK", "RUS", None, "visit"),
                (2, "ASSAULT", "RUS", "UKR", "2022", "invaded"),
            ],
        )
    )
    assert (added.new_events, added.fused_mentions) == (2, 1)
    events = list(fresh_store.events())
    visit = next(e for e in events if e["event_type"] == "CONSULT")
    assert len(visit["mentions"]) == 2
    assert visit["date"] == "2024-06-19"
    assert visit["sources"] == 1
    assert visit["mentions"][1]["fusion"].startswith("same type and dyad in the same article")


def test_sqlite_fuses_across_articles_and_keeps_the_most_precise_date(fresh_store):
    fresh_store.add(
        coded(make_article("a1", TEXT), [(2, "ASSAULT", "RUS", "UKR", "2022", "invaded")])
    )
    other = make_article("a2", "Russia began its invasion of Ukraine in February 2022.")
    added = fresh_store.add(coded(other, [(0, "ASSAULT", "RUS", "UKR", "2022-02", "invasion")]))
    assert added.fused_mentions == 1
    [event] = list(fresh_store.events())
    assert event["date"] == "2022-02"
    assert event["sources"] == 2
    assert {m["article"] for m in event["mentions"]} == {"a1", "a2"}


def test_sqlite_near_duplicate_adds_a_report_not_a_source(fresh_store):
    words = " ".join(f"word{i}" for i in range(80))
    text = f"Putin met Kim in Pyongyang on a long day. {words}"
    fresh_store.add(coded(make_article("orig", text), [(0, "CONSULT", "RUS", "PRK", None)]))
    edited = text.replace("long", "longer")
    added = fresh_store.add(
        coded(make_article("copy", edited), [(0, "CONSULT", "RUS", "PRK", None)])
    )
    assert added.duplicate_of is not None
    [event] = list(fresh_store.events())
    assert (event["reports"], event["sources"]) == (2, 1)
    assert fresh_store.stats()["near_duplicates"] == 1


def test_sqlite_hides_events_not_asserted_unless_asked(fresh_store):
    article = make_article("a1", "Putin could meet Kim.")
    event = (0, "CONSULT", "RUS", "PRK", None, "meet", False)
    fresh_store.add(coded(article, [event]))
    assert list(fresh_store.events()) == []
    assert len(list(fresh_store.events(EventFilter(include_all=True)))) == 1


def test_sqlite_filters_by_country_type_and_date(fresh_store):
    fresh_store.add(
        coded(
            make_article("a1", TEXT),
            [
                (0, "CONSULT", "RUS", "PRK", "2024-06-19"),
                (2, "ASSAULT", "RUS", "UKR", "2022", "invaded"),
            ],
        )
    )
    assert [e["event_type"] for e in fresh_store.events(EventFilter(countries=("UKR",)))] == [
        "ASSAULT"
    ]
    assert [e["event_type"] for e in fresh_store.events(EventFilter(event_type="consult"))] == [
        "CONSULT"
    ]
    assert [e["date"] for e in fresh_store.events(EventFilter(since="2023"))] == ["2024-06-19"]
    assert [e["date"] for e in fresh_store.events(EventFilter(until="2022"))] == ["2022"]


def test_sqlite_has_article_by_content(fresh_store):
    article = make_article("a1", TEXT)
    assert not fresh_store.has_article(article.hash)
    fresh_store.add(coded(article, []))
    assert fresh_store.has_article(make_article("renamed", TEXT).hash)


def test_sqlite_near_duplicate_found_after_reopening(tmp_path):
    words = " ".join(f"word{i}" for i in range(80))
    text = f"Putin met Kim in Pyongyang on a long day. {words}"
    with Store(tmp_path / "s.db") as store:
        store.add(coded(make_article("orig", text), []))
    with Store(tmp_path / "s.db") as store:
        added = store.add(coded(make_article("copy", text.replace("long", "longer")), []))
    assert added.duplicate_of is not None


def located(event, name, country, precision):
    return replace(event, location=make_place(name, country, precision=precision))


def test_sqlite_fused_event_takes_the_more_precise_place_in_the_same_country(fresh_store):
    article = make_article("a1", "Xi met Kim at a parade in China.\nThe summit in Beijing went on.")
    c = coded(
        article,
        [(0, "CONSULT", "CHN", "PRK", "2025-09-03"), (1, "CONSULT", "CHN", "PRK", None, "summit")],
    )
    first, second = c.events
    c = replace(
        c,
        events=(
            located(first, "China", "CHN", "country"),
            located(second, "Beijing", "CHN", "city"),
        ),
    )
    fresh_store.add(c)
    [event] = list(fresh_store.events())
    assert (event["location"]["name"], event["location"]["precision"]) == ("Beijing", "city")


def test_sqlite_fused_event_keeps_its_place_against_another_country(fresh_store):
    article = make_article("a1", "Xi met Kim in Beijing.\nThe summit in Tokyo was another.")
    c = coded(
        article,
        [(0, "CONSULT", "CHN", "PRK", "2025-09-03"), (1, "CONSULT", "CHN", "PRK", None, "summit")],
    )
    first, second = c.events
    c = replace(
        c,
        events=(located(first, "Beijing", "CHN", "city"), located(second, "Tokyo", "JPN", "city")),
    )
    fresh_store.add(c)
    [event] = list(fresh_store.events())
    assert event["location"]["name"] == "Beijing"


def test_sqlite_near_filter_keeps_events_within_the_radius(fresh_store):
    article = make_article("a1", "Putin met Kim in Pyongyang.")
    c = coded(article, [(0, "CONSULT", "RUS", "PRK", "2024-06-19")])
    place = make_place("Pyongyang", "PRK", 39.03, 125.75, start=17)
    fresh_store.add(replace(c, events=(replace(c.events[0], location=place),)))
    near_pyongyang = EventFilter(near=(39.0, 125.7), km=100)
    near_seoul = EventFilter(near=(37.57, 126.98), km=100)
    assert len(list(fresh_store.events(near_pyongyang))) == 1
    assert list(fresh_store.events(near_seoul)) == []


def test_sqlite_fused_event_takes_a_mode_its_first_report_lacked(fresh_store):
    article = make_article("a1", "Kim met Putin.\nTheir summit in Beijing was long.")
    c = coded(
        article,
        [(0, "CONSULT", "PRK", "RUS", "2025-09-03"), (1, "CONSULT", "PRK", "RUS", None, "summit")],
    )
    first, second = c.events
    fresh_store.add(replace(c, events=(first, replace(second, mode="third-party"))))
    [event] = list(fresh_store.events())
    assert event["mode"] == "third-party"


def test_sqlite_relations_merge_statements_of_one_pact(fresh_store):
    article = make_article(
        "a1", "Russia and North Korea signed a pact in June 2024.\nThe pact holds."
    )
    pacts = tuple(
        Relation("defense_pact", ("PRK", "RUS"), "a1", i, "pact", 0, 4, since)
        for i, since in ((0, "2024-06"), (1, None))
    )
    fresh_store.add(replace(coded(article, []), relations=pacts))
    [relation] = fresh_store.relations()
    assert relation["since"] == "2024-06"
    assert len(relation["evidence"]) == 2


def test_sqlite_events_read_from_the_same_words_share_their_place(fresh_store):
    text = (
        "Kim held separate summits with Xi and Putin.\nThe summit with Putin in Beijing ran late."
    )
    c = coded(
        make_article("a1", text),
        [
            (0, "CONSULT", "PRK", "CHN", "2025-09-03", "summits"),
            (0, "CONSULT", "PRK", "RUS", "2025-09-03", "summits"),
            (1, "CONSULT", "PRK", "RUS", None, "summit"),
        ],
    )
    xi, putin, later = c.events
    beijing = make_place("Beijing", "CHN", 39.9, 116.4)
    fresh_store.add(replace(c, events=(xi, putin, replace(later, location=beijing))))
    assert {e["location"]["name"] for e in fresh_store.events()} == {"Beijing"}


def _disk_full(store: Store, monkeypatch) -> None:
    """Writes fail as SQLite fails on a full disk: the transaction is already rolled back."""

    def full(*args, **kwargs):
        store.conn.execute("ROLLBACK")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "_insert_parts", full)


def test_sqlite_disk_full_is_a_store_error_and_keeps_the_store(fresh_store, monkeypatch):
    fresh_store.add(coded(make_article("a1", TEXT), [(0, "CONSULT", "RUS", "PRK", "2024-06-19")]))
    before = fresh_store.stats()
    _disk_full(fresh_store, monkeypatch)
    with pytest.raises(StoreError, match="disk full"):
        fresh_store.add(coded(make_article("a2", "Japan met China."), []))
    assert fresh_store.stats() == before
    assert fresh_store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- several writers and readers ------------------------------------------------------------------


def _long(text: str) -> str:
    """A text long enough for near-duplicate detection, sharing no filler with another."""
    return f"{text} " + " ".join(f"{text.split()[0]}{i}" for i in range(80))


def test_sqlite_two_writers_see_each_others_articles(tmp_path):
    path = tmp_path / "s.db"
    one, two = Store(path), Store(path)
    one.add(coded(make_article("first", _long("Japan met China.")), []))  # one's index is built
    original = _long("Putin met Kim in Pyongyang on a long day.")
    two.add(coded(make_article("orig", original), [(0, "CONSULT", "RUS", "PRK", None)]))
    added = one.add(
        coded(
            make_article("copy", original.replace("long", "longer")),
            [(0, "CONSULT", "RUS", "PRK", None)],
        )
    )
    assert added.duplicate_of is not None
    [event] = [e for e in one.events() if e["event_type"] == "CONSULT"]
    assert event["sources"] == 1
    same = coded(make_article("again", _long("India met Nepal.")), [])
    assert two.add(same) is not None
    assert one.add(same) is None  # stored by the other writer meanwhile: nothing to do
    one.close()
    two.close()


def test_sqlite_first_open_by_several_processes_migrates_once(tmp_path, monkeypatch):
    """Another process migrates between our version check and our transaction."""
    from diplograph.store import migrations

    path = tmp_path / "s.db"
    Store(path).close()
    stale = [0]  # the first read sees no schema yet
    real = migrations.schema_version
    monkeypatch.setattr(
        migrations, "schema_version", lambda conn: stale.pop() if stale else real(conn)
    )
    with Store(path) as store:
        assert store.version == VERSION


def test_sqlite_reader_refuses_a_store_that_does_not_exist(tmp_path):
    path = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="typo.db"):
        Store(path, read_only=True)
    assert not path.exists()


def test_sqlite_reader_refuses_a_file_without_a_store(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(StoreError, match="empty.db"):
        Store(path, read_only=True)


def test_sqlite_reader_reads_a_store_it_cannot_write(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add(coded(make_article("a1", TEXT), [(0, "CONSULT", "RUS", "PRK", "2024-06-19")]))
    monkeypatch.setattr("os.access", lambda p, mode, **kw: not mode & os.W_OK)  # read-only media
    with Store(path, read_only=True) as store:
        assert [e["event_type"] for e in store.events()] == ["CONSULT"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.conn.execute("DELETE FROM events")


def test_sqlite_stats_counts_each_actor_once(fresh_store):
    fresh_store.add(coded(make_article("a1", TEXT), [(0, "CONSULT", "RUS", "PRK", "2024-06-19")]))
    fresh_store.add(
        coded(make_article("a2", "Putin met Kim."), [(0, "CONSULT", "RUS", "PRK", None)])
    )
    assert fresh_store.stats()["actors"] == 2


def test_sqlite_added_counts_only_asserted_events_as_new_events(fresh_store):
    added = fresh_store.add(
        coded(
            make_article("a1", TEXT),
            [
                (0, "CONSULT", "RUS", "PRK", "2024-06-19"),
                (2, "ASSAULT", "RUS", "UKR", None, "invaded", False),
            ],
        )
    )
    assert (added.new_events, added.new_not_asserted) == (1, 1)
    assert fresh_store.stats()["events"] == added.new_events


def test_sqlite_export_says_when_an_article_date_is_estimated(fresh_store):
    article = replace(make_article("a1", TEXT), published_estimated=True)
    fresh_store.add(coded(article, [(2, "ASSAULT", "RUS", "UKR", "2022", "invaded")]))
    [event] = list(fresh_store.events())
    [mention] = event["mentions"]
    assert (mention["published"], mention["published_estimated"]) == ("2024-06-20", True)


def test_sqlite_fighting_the_text_dates_on_different_days_is_two_events(fresh_store):
    sunday = make_article("a1", "Russia shelled Kharkiv on Sunday.")
    monday = make_article("a2", "Russia shelled Kharkiv again on Monday.")
    fresh_store.add(coded(sunday, [(0, "ASSAULT", "RUS", "UKR", "2024-06-16", "shelled")]))
    fresh_store.add(coded(monday, [(0, "ASSAULT", "RUS", "UKR", "2024-06-17", "shelled")]))
    assert [e["date"] for e in fresh_store.events()] == ["2024-06-16", "2024-06-17"]


def test_sqlite_near_filter_uses_only_points_as_precise_as_the_radius(fresh_store):
    text = "US troops struck insurgents in Baghdad.\nUS troops struck insurgents in Iraq."
    c = coded(
        make_article("a1", text),
        [(0, "ASSAULT", "USA", "IRQ", "2004-06-01", "struck"),
         (1, "ASSAULT", "USA", "IRQ", "2004-03", "struck")],
    )  # fmt: skip
    baghdad = make_place("Baghdad", "IRQ", 33.34, 44.40, start=31)
    iraq = make_place("Iraq", "IRQ", 33.0, 44.0, precision="country", start=71)
    events = (replace(c.events[0], location=baghdad), replace(c.events[1], location=iraq))
    fresh_store.add(replace(c, events=events))
    near = EventFilter(near=(33.34, 44.40), km=200)
    assert [e["location"]["name"] for e in fresh_store.events(near)] == ["Baghdad"]
    coarse = replace(near, include_coarse=True)
    assert [e["location"]["name"] for e in fresh_store.events(coarse)] == ["Iraq", "Baghdad"]
    assert len(list(fresh_store.events(replace(near, km=2000)))) == 2


def _tank(article_id: str, text: str):
    c = coded(replace(make_article(article_id, text, None), source="Wire"),
              [(0, "ASSAULT", "ISR", "PSE", None, "shot")])  # fmt: skip
    gaza = make_place("Gaza", "PSE", 31.5, 34.47)
    return replace(c, events=(replace(c.events[0], location=gaza),))


def test_sqlite_undated_reports_of_one_incident_fuse_within_one_ingest_run(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add(_tank("w1", "An Israeli tank shot at a car in Gaza."))
        store.add(_tank("w2", "An Israeli tank shot dead two men in Gaza."))
        assert [e["reports"] for e in store.events()] == [2]
    with Store(tmp_path / "s.db") as store:  # a later run: no evidence it is the same incident
        store.add(_tank("w3", "An Israeli tank shot at a house in Gaza."))
        assert sorted(e["reports"] for e in store.events()) == [1, 2]


def test_sqlite_migration_upgrades_a_version_1_store(tmp_path):
    from diplograph.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO articles (article_id, hash, text) VALUES ('a1', 'h', 'Text.')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.version == VERSION > 1
        row = store.conn.execute("SELECT article_id, run FROM articles").fetchone()
        assert (row["article_id"], row["run"]) == ("a1", None)


def _summit():
    text = "Ministers of Chile, Peru and Bolivia met in Lima.\nChile, Bolivia and Peru met there."
    c = coded(make_article("a1", text), [(0, "CONSULT", "CHL", "PER", "2024-06-19"),
                                         (1, "CONSULT", "CHL", "BOL", "2024-06-19")])  # fmt: skip
    first = (state("CHL", "Chile"), state("PER", "Peru"), state("BOL", "Bolivia"))
    second = (first[0], first[2], first[1])
    events = tuple(
        replace(e, actor=members[0], recipient=None, participants=members, mode="multilateral")
        for e, members in zip(c.events, (first, second), strict=True)
    )
    return replace(c, events=events)


def test_sqlite_multilateral_event_is_stored_once_with_all_participants(fresh_store):
    added = fresh_store.add(_summit())
    assert (added.new_events, added.fused_mentions) == (1, 1)
    [event] = list(fresh_store.events())
    assert [a["country"] for a in event["actor"]] == ["CHL", "PER", "BOL"]
    assert [a["entity_text"] for a in event["actor"]] == ["Chile", "Peru", "Bolivia"]
    assert event["recipient"] is None
    rows = fresh_store.conn.execute("SELECT role, country FROM participants").fetchall()
    assert [tuple(r) for r in rows] == [("participant", c) for c in ("CHL", "PER", "BOL")]
    # a dyad view finds it from any participant
    assert [e["id"] for e in fresh_store.events(EventFilter(countries=("BOL",)))] == [event["id"]]


def test_sqlite_export_csv_lists_every_participant(fresh_store):
    from diplograph.export import flat

    fresh_store.add(_summit())
    [event] = list(fresh_store.events())
    assert flat(event)["actor_country"] == "CHL;PER;BOL"


def test_sqlite_migration_gives_old_events_their_participants(tmp_path):
    from diplograph.store.schema import MIGRATIONS

    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        conn.executescript(script)
    conn.executescript(
        "INSERT INTO articles (id, article_id, hash, text) VALUES (1, 'a1', 'h', 'Text.');"
        "INSERT INTO actors (id, code, country, name) VALUES (1, 'RUS', 'RUS', 'Russia');"
        "INSERT INTO actors (id, code, country, name) VALUES (2, 'UKR', 'UKR', 'Ukraine');"
        "INSERT INTO events (id, event_type, actor, recipient, asserted) VALUES"
        " (1, 'ASSAULT', 1, 2, 1);"
        "INSERT INTO event_mentions (event, article, sentence, sentence_start, sentence_end,"
        " text, trigger, trigger_start, trigger_end, actor_text, recipient_text, fusion)"
        " VALUES (1, 1, 0, 0, 5, 'Text.', 'hit', 0, 3, 'Moscow', 'Kyiv', 'new event');"
        "PRAGMA user_version = 2;"
    )
    conn.close()
    with Store(path) as store:
        rows = store.conn.execute("SELECT role, code, mention FROM participants ORDER BY role")
        assert [tuple(r) for r in rows] == [
            ("actor", "RUS", "Moscow"),
            ("recipient", "UKR", "Kyiv"),
        ]
        [event] = list(store.events())
        assert (event["actor"]["code"], event["recipient"]["entity_text"]) == ("RUS", "Kyiv")


def test_sqlite_stores_each_place_mentions_kind(fresh_store):
    base = coded(make_article("k1", "Russian troops entered Kharkiv."), [])
    places = (
        replace(make_place("Russia", "RUS", precision="country"), kind="demonym"),
        replace(make_place("Kharkiv", "UKR", start=23), sentence=0),
    )
    fresh_store.add(replace(base, places=places))
    rows = fresh_store.conn.execute("SELECT text, kind FROM places ORDER BY start").fetchall()
    assert [tuple(r) for r in rows] == [("Russia", "demonym"), ("Kharkiv", "literal")]
