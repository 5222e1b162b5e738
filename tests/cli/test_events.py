import csv
import io
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from diplograph.cli.main import cli
from diplograph.records import Actor, Relation
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


@pytest.mark.parametrize(
    "filters",
    [[], ["--country", "ZZZ"], ["--since", "2100"], ["--near", "Atlantis"]],
    ids=["no-filter", "unknown-country", "future", "nowhere"],
)
def test_events_table_with_nothing_to_show_says_so(tmp_path, filters):
    db = str(tmp_path / "empty.db")
    Store(db).close()
    result = CliRunner().invoke(cli, ["events", "--db", db, *filters])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, result.output
    assert "0 event(s)" in result.output


@pytest.mark.parametrize(
    "command",
    [["events"], ["event", "1"], ["stats"], ["export", "events"], ["export", "relations"]],
)
def test_read_commands_refuse_a_store_that_does_not_exist(tmp_path, command):
    typo = tmp_path / "diplogarph.db"
    result = CliRunner().invoke(cli, [*command, "--db", str(typo)])
    assert result.exit_code == 1
    assert "diplogarph.db" in result.output and "Traceback" not in result.output
    assert not typo.exists()


def three_events(tmp_path) -> str:
    db = str(tmp_path / "d.db")
    text = "Putin met Kim.\nKim signed a pact with Putin.\nRussia struck Kyiv."
    c = coded(
        make_article("a1", text),
        [
            (0, "CONSULT", "RUS", "PRK", "2024-06-19"),
            (1, "AGREE", "PRK", "RUS", "2024-07", "signed"),
            (2, "ASSAULT", "RUS", "UKR", "2024-08", "struck"),
        ],
    )
    with Store(db) as store:
        store.add(c)
    return db


def listed(db: str, *args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["events", "--db", db, "--json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["event_type"] for line in result.output.splitlines()]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--dyad", "RUS", "PRK"], ["CONSULT", "AGREE"]),
        (["--dyad", "prk", "rus"], ["CONSULT", "AGREE"]),
        (["--dyad", "RUS", "PRK", "--directed"], ["CONSULT"]),
        (["--dyad", "PRK", "RUS", "--directed"], ["AGREE"]),
        (["--dyad", "RUS", "PRK", "--type", "AGREE"], ["AGREE"]),
        (["--dyad", "RUS", "PRK", "--since", "2024-07"], ["AGREE"]),
        (["--country", "PRK", "--country", "UKR"], ["CONSULT", "AGREE", "ASSAULT"]),
        (["--country", "UKR"], ["ASSAULT"]),
    ],
)
def test_events_dyad_and_several_countries(tmp_path, args, expected):
    assert listed(three_events(tmp_path), *args) == expected


@pytest.mark.parametrize(
    "args",
    [
        ["--since", "2004-13"],
        ["--until", "2024-02-30"],
        ["--since", "yesterday"],
        ["--directed"],
        ["--type", "ATTACK"],  # not a PLOVER type: no silent empty list
    ],
)
def test_events_bad_filter_is_refused_as_usage(tmp_path, args):
    result = CliRunner().invoke(cli, ["events", "--db", three_events(tmp_path), *args])
    assert result.exit_code == 2, result.output
    assert args[-1] in result.output


def test_export_csv_says_where_each_date_came_from(tmp_path):
    result = CliRunner().invoke(cli, ["export", "events", "--db", three_events(tmp_path),
                                      "--format", "csv"])  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["date_source"] for r in rows] == ["text"] * 3


LONG = (
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on a"
    " visit that both sides described as the start of a new era of partnership."
)


def long_events(tmp_path) -> list[dict]:
    c = coded(make_article("a1", LONG), [(0, "CONSULT", "RUS", "PRK", "2024-06-19")])
    pyongyang = make_place("Pyongyang", "PRK", 39.03, 125.75, start=100)
    with Store(tmp_path / "l.db") as store:
        store.add(replace(c, events=(replace(c.events[0], location=pyongyang),)))
        return list(store.events())


@pytest.mark.parametrize("width", [80, 100, 160])
def test_events_table_at_a_terminal_fits_and_keeps_a_readable_sentence(tmp_path, width):
    from io import StringIO

    from rich.console import Console

    from diplograph.cli.events import print_events

    out = StringIO()
    print_events(
        long_events(tmp_path),
        Console(file=out, width=width, force_terminal=True, color_system=None),
    )
    lines = out.getvalue().splitlines()
    assert all(len(line) <= width for line in lines)
    [row] = [line for line in lines if "2024-06-19" in line]
    assert "Russian President Vladimir" in row and "CONSULT" in row


def test_events_table_piped_is_plain_text_with_whole_sentences(tmp_path):
    c = coded(make_article("a1", LONG), [(0, "CONSULT", "RUS", "PRK", "2024-06-19")])
    db = str(tmp_path / "p.db")
    with Store(db) as store:
        store.add(c)
    result = CliRunner().invoke(cli, ["events", "--db", db])  # not a terminal: a pipe
    assert result.exit_code == 0, result.output
    assert LONG in result.output
    assert "…" not in result.output and "─" not in result.output and "\x1b[" not in result.output


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


def test_events_international_and_a_side_with_no_code(tmp_path):
    db = stored(tmp_path)
    c = coded(make_article("a2", "Gunmen attacked Iraqi police."), [
        (0, "ASSAULT", "IRQ", "IRQ", "2023", "attacked"),
    ])  # fmt: skip
    attack = replace(c.events[0], actor=Actor("Gunmen", name="Gunmen"))
    with Store(db) as store:
        store.add(replace(c, events=(attack,)))
    result = CliRunner().invoke(cli, ["events", "--db", db])
    assert result.exit_code == 0, result.output
    assert '"Gunmen"' in result.output and "3 event(s)" in result.output
    result = CliRunner().invoke(cli, ["events", "--db", db, "--international", "--json"])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["event_type"] for x in result.output.splitlines()] == [
        "ASSAULT", "CONSULT"
    ]  # fmt: skip
    result = CliRunner().invoke(cli, ["export", "events", "--db", db, "--international"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 2


def test_events_a_code_no_stored_event_names_gets_a_note(tmp_path):
    db = three_events(tmp_path)
    result = CliRunner().invoke(cli, ["events", "--db", db, "--country", "ZZZ"])
    assert result.exit_code == 0
    assert "0 event(s)" in result.stdout
    assert "no stored event names 'ZZZ'" in result.stderr
    found = CliRunner().invoke(cli, ["events", "--db", db, "--country", "ukr"])
    assert "note:" not in found.stderr  # a code the store holds gets none
