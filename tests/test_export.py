"""Parquet and GDELT exports round-trip through pyarrow and pandas with the documented columns."""

from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from diplograph.cli.main import cli
from diplograph.export import CSV_COLUMNS, GDELT_COLUMNS, gdelt_row
from tests.api.conftest import build_small_store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "small.db"
    build_small_store(path)
    return path


def export(db, tmp_path, fmt: str, *extra: str):
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(
        cli, ["export", "events", "--db", str(db), "--format", fmt, "-o", str(out), *extra]
    )
    assert result.exit_code == 0, result.output
    return out


def test_export_parquet_round_trips_with_typed_columns(db, tmp_path):
    out = export(db, tmp_path, "parquet")
    table = pq.read_table(out)
    assert table.column_names == [*CSV_COLUMNS, "mentions"]
    assert str(table.schema.field("id").type) == "int64"
    assert str(table.schema.field("lat").type) == "double"
    assert str(table.schema.field("asserted").type) == "bool"
    frame = pd.read_parquet(out)
    assert len(frame) == 3
    visit = frame[frame["event_type"] == "CONSULT"].iloc[0]
    assert visit["location_name"] == "Pyongyang" and visit["lat"] == pytest.approx(39.03385)
    assert visit["actor_code"] == "RUS" and visit["recipient_code"] == "PRK"
    [mention] = list(visit["mentions"])
    assert mention["trigger"] == "met" and mention["text"] == "Putin met Kim in Pyongyang."
    assert mention["text"][mention["trigger_start"] - mention["start"] :].startswith("met")


def test_export_parquet_with_all_and_needs_a_file(db, tmp_path):
    assert len(pd.read_parquet(export(db, tmp_path, "parquet", "--all"))) == 4
    result = CliRunner().invoke(cli, ["export", "events", "--db", str(db), "--format", "parquet"])
    assert result.exit_code == 1 and "-o FILE" in result.output


def test_export_gdelt_reads_back_with_gdelt_columns(db, tmp_path):
    out = export(db, tmp_path, "gdelt")
    assert len(GDELT_COLUMNS) == 61
    lines = out.read_text(encoding="utf-8").splitlines()
    assert all(line.count("\t") == 60 for line in lines)
    frame = pd.read_csv(
        out,
        sep="\t",
        header=None,
        names=list(GDELT_COLUMNS),
        dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str, "SQLDATE": str},
    )
    assert len(frame) == 3
    visit = frame[frame["EventCode"] == "042"].iloc[0]
    assert visit["SQLDATE"] == "20240619" and visit["Year"] == 2024
    assert visit["Actor1CountryCode"] == "RUS" and visit["Actor2CountryCode"] == "PRK"
    assert visit["QuadClass"] == 1 and visit["GoldsteinScale"] == 4.0
    assert visit["EventRootCode"] == "04"
    assert visit["ActionGeo_Type"] == 4 and visit["ActionGeo_CountryCode"] == "KN"
    assert visit["ActionGeo_FullName"] == "Pyongyang, North Korea"
    assert visit["ActionGeo_Lat"] == pytest.approx(39.03385)
    assert visit["ActionGeo_FeatureID"] == 1871859
    assert (visit["NumMentions"], visit["NumSources"], visit["NumArticles"]) == (1, 1, 1)
    assert visit["SOURCEURL"] == "a1"  # an article without a URL gives its id
    pact = frame[frame["EventCode"] == "057"].iloc[0]
    assert pact["SOURCEURL"] == "https://example.org/a2"
    assert pact["SQLDATE"] == "20250901" and pact["MonthYear"] == 202509  # a month: its first day
    war = frame[frame["EventCode"] == "190"].iloc[0]
    assert war["ActionGeo_Type"] == 1 and war["GoldsteinScale"] == -9.0


@pytest.mark.parametrize(
    "date, expected",
    [("2024-06-19", "20240619"), ("2024", "20240101"), ("2025-W12", None), (None, None)],
)
def test_export_gdelt_dates(date, expected):
    row = gdelt_row({"id": 1, "date": date, "mentions": []})
    assert row["SQLDATE"] == expected
    assert list(row) == list(GDELT_COLUMNS)


def test_export_gdelt_gathering_gives_its_first_two_parties():
    parties = [{"code": c, "country": c, "sector": None, "name": c} for c in ("RUS", "CHN", "PRK")]
    row = gdelt_row({"id": 1, "actor": parties, "recipient": None, "mentions": []})
    assert (row["Actor1Code"], row["Actor2Code"]) == ("RUS", "CHN")
    assert row["Actor2CountryCode"] == "CHN"
