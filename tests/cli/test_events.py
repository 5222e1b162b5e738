import json
from dataclasses import replace

from click.testing import CliRunner

from diplograph.cli.main import cli
from diplograph.records import Relation
from diplograph.store.sqlite import Store
from tests.conftest import coded, make_article, make_place, state


def stored(tmp_path) -> str:
    db = str(tmp_path / "s.db")
    text = "Putin met Kim in Pyongyang.\nRussia struck Kyiv."
    c = coded(
        make_article("a1", text),
        [
            (0, "CONSULT", "RUS", "PRK", "2024-06-19"),
            (1, "ASSAULT", "RUS", "UKR", "2024", "struck"),
        ],
    )
    pyongyang = make_place("Pyongyang", "PRK", 39.03, 125.75, start=17)
    events = (replace(c.events[0], location=pyongyang), c.events[1])
    with Store(db) as store:
        store.add(replace(c, events=events))
    return db


def test_events_table_lists_date_source_type_target_sentence(tmp_path):
    result = CliRunner().invoke(cli, ["events", "--db", stored(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "2024-06-19" in result.output and "CONSULT" in result.output
    assert "2 event(s)" in result.output


def test_events_near_a_place_and_country(tmp_path):
    args = [
        "events",
        "--db",
        stored(tmp_path),
        "--country",
        "PRK",
        "--near",
        "Pyongyang",
        "--km",
        "100",
        "--json",
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    [event] = [json.loads(line) for line in result.output.splitlines()]
    assert event["location"]["name"] == "Pyongyang"


def test_events_near_an_unknown_place_is_an_error(tmp_path):
    args = ["events", "--db", stored(tmp_path), "--near", "Qwertyuiopville"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "Qwertyuiopville" in result.output


def test_event_shows_each_report_and_why_it_was_fused(tmp_path):
    result = CliRunner().invoke(cli, ["event", "1", "--db", stored(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "fused: new event" in result.output
    assert "Pyongyang" in result.output


def test_stats_counts_the_store(tmp_path):
    result = CliRunner().invoke(cli, ["stats", "--db", stored(tmp_path), "--json"])
    assert json.loads(result.output)["events"] == 2


def test_export_relations_as_jsonl(tmp_path):
    db = str(tmp_path / "s.db")
    pact = Relation("defense_pact", ("PRK", "RUS"), "a1", 0, "the pact", 0, 8, "2024-06")
    with Store(db) as store:
        store.add(
            replace(coded(make_article("a1", "They signed the pact."), []), relations=(pact,))
        )
    result = CliRunner().invoke(cli, ["export", "relations", "--db", db])
    assert result.exit_code == 0, result.output
    [line] = result.output.splitlines()
    assert json.loads(line)["members"] == ["PRK", "RUS"]


def test_export_to_an_unwritable_path_is_one_line_and_exit_1(tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "e.jsonl"
    result = CliRunner().invoke(
        cli, ["export", "events", "--db", stored(tmp_path), "-o", str(target)]
    )
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(target) in lines[0]


def test_events_all_shows_the_mode_of_events_not_asserted(tmp_path):
    db = str(tmp_path / "s.db")
    text = "Japan might protest to China.\nIran did not meet Iraq."
    c = coded(
        make_article("a1", text),
        [(0, "PROTEST", "JPN", "CHN", None, "protest"), (1, "CONSULT", "IRN", "IRQ", None)],
    )
    events = (
        replace(c.events[0], aux="hypothetical", asserted=False),
        replace(c.events[1], aux="negation", asserted=False),
    )
    with Store(db) as store:
        store.add(replace(c, events=events))
    result = CliRunner().invoke(cli, ["events", "--db", db, "--all"])
    assert result.exit_code == 0, result.output
    assert "[hypothetical]" in result.output and "[negation]" in result.output


def test_events_table_marks_a_future_commitment(tmp_path):
    db = str(tmp_path / "s.db")
    c = coded(
        make_article("a1", "Japan will visit China."), [(0, "AGREE", "JPN", "CHN", None, "visit")]
    )
    with Store(db) as store:
        store.add(replace(c, events=(replace(c.events[0], aux="future"),)))
    result = CliRunner().invoke(cli, ["events", "--db", db])
    assert result.exit_code == 0, result.output
    assert "AGREE [future]" in result.output


def test_events_near_takes_a_country_point_only_with_include_coarse(tmp_path):
    db = str(tmp_path / "s.db")
    c = coded(
        make_article("a1", "Russia struck Ukraine."),
        [(0, "ASSAULT", "RUS", "UKR", "2024", "struck")],
    )
    ukraine = make_place("Ukraine", "UKR", 49.0, 32.0, precision="country", start=14)
    with Store(db) as store:
        store.add(replace(c, events=(replace(c.events[0], location=ukraine),)))
    args = ["events", "--db", db, "--near", "Kyiv", "--km", "300", "--json"]
    assert CliRunner().invoke(cli, args).output == ""
    result = CliRunner().invoke(cli, [*args, "--include-coarse"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["location"]["name"] == "Ukraine"


def test_event_shows_every_party_of_a_gathering_and_no_recipient(tmp_path):
    db = str(tmp_path / "s.db")
    c = coded(
        make_article("a1", "Chile, Peru and Bolivia met."), [(0, "CONSULT", "CHL", "PER", None)]
    )
    members = (state("CHL", "Chile"), state("PER", "Peru"), state("BOL", "Bolivia"))
    event = replace(c.events[0], actor=members[0], recipient=None, participants=members)
    with Store(db) as store:
        store.add(replace(c, events=(event,)))
    result = CliRunner().invoke(cli, ["event", "1", "--db", db])
    assert result.exit_code == 0, result.output
    assert "actor: CHL [CHL], PER [PER], BOL [BOL]; recipient: -" in result.output
