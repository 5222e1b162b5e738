import json

import pytest
from click.testing import CliRunner

from diplograph.cli.main import cli

pytestmark = pytest.mark.slow


def test_ingest_missing_file_is_one_line_and_exit_1(tmp_path):
    result = CliRunner().invoke(
        cli, ["ingest", "--db", str(tmp_path / "s.db"), "--quiet", str(tmp_path / "nope.txt")]
    )
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "nope.txt" in lines[0]


def test_ingest_then_export_jsonl_and_csv(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Japanese Prime Minister Shigeru Ishiba visited Beijing on Monday.\n")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    result = runner.invoke(
        cli, ["ingest", "--db", db, "--quiet", "--published", "2025-03-05", str(text)]
    )
    assert result.exit_code == 0, result.output
    out = tmp_path / "e.jsonl"
    assert runner.invoke(cli, ["export", "events", "--db", db, "-o", str(out)]).exit_code == 0
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert events and all(e["mentions"][0]["article"] == "a" for e in events)
    csv_out = tmp_path / "e.csv"
    result = runner.invoke(
        cli, ["export", "events", "--db", db, "--format", "csv", "-o", str(csv_out)]
    )
    assert result.exit_code == 0
    assert (
        csv_out.read_text().splitlines()[0].startswith("id,date,date_timex,date_source,event_type")
    )


def test_ingest_bad_usage_is_exit_2():
    assert CliRunner().invoke(cli, ["ingest"]).exit_code == 2


def test_ingest_disk_full_says_so_and_exits_1(tmp_path, monkeypatch):
    import sqlite3

    from diplograph.store.sqlite import Store

    def full(self, *args, **kwargs):
        self.conn.execute("ROLLBACK")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "_insert_parts", full)
    text = tmp_path / "a.txt"
    text.write_text("Japan and China held talks in Beijing on Monday.")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(cli, ["ingest", "--db", db, "--quiet", str(text)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "disk full" in result.output


def test_ingest_some_inputs_failed_exits_3_and_says_which(tmp_path):
    (tmp_path / "good.txt").write_text("Japan and China held talks in Beijing on Monday.")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(cli, ["ingest", "--db", db, str(tmp_path / "good.txt"),
                                      str(tmp_path / "bad.txt")])  # fmt: skip
    assert result.exit_code == 3, result.output
    assert "bad.txt" in result.output and "1 new article(s) stored" in result.output


def test_ingest_bad_meta_date_is_a_warning_and_the_article_is_stored(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Japan and China held talks in Beijing.")
    (folder / "meta.jsonl").write_text('{"file": "a.txt", "published": "soon"}\n')
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(cli, ["ingest", "--db", db, str(folder)])
    assert result.exit_code == 0, result.output
    assert "Warning:" in result.output and "soon" in result.output
    assert "1 new article(s) stored" in result.output


def test_ingest_progress_shows_the_total_rate_and_time_left(tmp_path):
    from io import StringIO

    from rich.console import Console

    from diplograph.cli.ingest import run_ingest
    from diplograph.config import Settings

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Japan and China held talks, said {name}.")
    out = StringIO()
    console = Console(file=out, force_terminal=True, width=120, color_system=None)
    report = run_ingest([tmp_path], Settings(db=str(tmp_path / "s.db")), console=console)
    assert report.stored == 3
    shown = out.getvalue()
    assert "3/3" in shown and "articles/s" in shown and "left" in shown
