"""Partners, dyads and period bucketing on hand-written events."""

from __future__ import annotations

import sqlite3

import pytest

from diplograph.analysis import dyad, partners
from diplograph.analysis.periods import check_range, period_of, period_sql, sort_key
from diplograph.errors import InputError
from tests.analysis.conftest import CONFLICT, insert


@pytest.mark.parametrize(
    "value, by, expected",
    [
        ("2024-06-19", "year", "2024"),
        ("2024-06-19", "quarter", "2024-Q2"),
        ("2024-10", "quarter", "2024-Q4"),
        ("2024-06", "month", "2024-06"),
        ("2024", "month", "2024 (month unknown)"),
        ("2024", "quarter", "2024 (quarter unknown)"),
        (None, "year", "undated"),
    ],
)
def test_periods_python_and_sql_agree(value, by, expected):
    assert period_of(value, by) == expected
    conn = sqlite3.connect(":memory:")
    got = conn.execute(f"SELECT {period_sql('d', by)} FROM (SELECT ? AS d)", (value,))
    assert got.fetchone()[0] == expected


def test_periods_order_unknown_after_known_and_undated_last():
    keys = ["undated", "2024 (month unknown)", "2024-12", "2023-01", "2024-01"]
    assert sorted(keys, key=sort_key) == [
        "2023-01", "2024-01", "2024-12", "2024 (month unknown)", "undated"
    ]  # fmt: skip


@pytest.mark.parametrize("since, until", [("2024", "2023"), ("24", None), ("2024-13", None)])
def test_periods_bad_range(since, until):
    with pytest.raises(InputError):
        check_range(since, until)


def test_dyad_both_ways_by_month_with_balance_and_undated_apart(store):
    insert(store, "RUS", "PRK", "2024-06-19", "CONSULT", 4.0)
    insert(store, "PRK", "RUS", "2024-06", "AGREE", 2.0)
    insert(store, "RUS", "PRK", "2024", "THREATEN", -4.0)
    insert(store, "PRK", "RUS", None, "AID", 10.0)
    insert(store, "RUS", "UKR", "2024-06", "ASSAULT", CONFLICT)  # another dyad
    insert(store, "RUS", "PRK", "2024-06-20", "CONSULT", 4.0, asserted=False)
    d = dyad(store, "rus", "PRK", by="month")
    assert [p.period for p in d.points] == ["2024-06", "2024 (month unknown)"]
    june = d.points[0]
    assert (june.events, june.a_to_b, june.b_to_a, june.balance) == (2, 1, 1, 1.0)
    assert [e.date for e in june.evidence] == ["2024-06", "2024-06-19"]
    assert d.points[1].balance == -1.0 and d.points[1].conflict == 4.0
    assert d.undated.events == 1 and d.undated.evidence[0].event_type == "AID"


def test_dyad_range_keeps_undated_apart(store):
    insert(store, "RUS", "PRK", "2000-07", "CONSULT")
    insert(store, "RUS", "PRK", "2024-06-19", "CONSULT")
    insert(store, "PRK", "RUS", None, "AID", 10.0)
    d = dyad(store, "RUS", "PRK", since="2020")
    assert [p.period for p in d.points] == ["2024"] and d.undated.events == 1


def test_dyad_needs_two_states(store):
    with pytest.raises(InputError):
        dyad(store, "PRK", "PRK")
    with pytest.raises(InputError):
        dyad(store, "PRK", "NAT")  # a group, not a state


def test_partners_counts_types_dates_sources_and_undated(store):
    insert(store, "PRK", "USA", "2018", "CONSULT", sources=2)
    insert(store, "PRK", "USA", "2019", "CONSULT")
    insert(store, "USA", "PRK", "2019-03", "SANCTION", -6.0)
    insert(store, "CHN", "PRK", "2025-09-03", "CONSULT")
    insert(store, "KOR", "PRK", None, "CONSULT")
    insert(store, "RUS", "PRK", "2000-07", "CONSULT")
    insert(store, "WST", "PRK", "2020", "DEMAND", 0.0)  # not a state
    found = partners(store, "PRK", since="2018")
    assert [p.country for p in found] == ["USA", "CHN", "KOR"]
    usa = found[0]
    assert (usa.events, usa.outgoing, usa.incoming, usa.first, usa.last, usa.sources) == (
        3, 2, 1, "2018", "2019-03", 4
    )  # fmt: skip
    assert [(t.event_type, t.outgoing, t.incoming) for t in usa.types] == [
        ("CONSULT", 2, 0), ("SANCTION", 0, 1)
    ]  # fmt: skip
    assert found[2].events == 0 and found[2].undated == 1
    only = partners(store, "PRK", event_type="sanction")
    assert [p.country for p in only] == ["USA"]


def test_partners_multilateral_gathering_adds_the_implied_pairs(store):
    # a gathering at Moscow coded as each visitor with the host: CHN and PRK met too
    for guest in ("CHN", "PRK"):
        insert(store, guest, "RUS", "2025-05-09", "CONSULT", 3.0, mode="multilateral",
               text="Leaders of China, North Korea and Russia met in Moscow.")  # fmt: skip
    store.conn.execute(
        "UPDATE event_mentions SET article = (SELECT min(article) FROM event_mentions)"
    )
    found = {p.country: p for p in partners(store, "PRK")}
    assert set(found) == {"RUS", "CHN"}
    assert found["CHN"].types[0].event_type == "CONSULT"
