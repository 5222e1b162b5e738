"""The isolation index on small graphs with known answers."""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import asdict

import networkx as nx
import numpy as np
import pytest

from diplograph.analysis import isolation
from diplograph.analysis.international import period_graphs
from diplograph.analysis.isolation import connectedness, evidence_label
from diplograph.analysis.periods import period_of, sort_key
from diplograph.errors import InputError
from tests.analysis.conftest import CONFLICT, COOPERATE, insert


def scores(store, period="2020", **kw):
    return {s.country: s for s in isolation(store, **kw) if s.period == period}


def test_isolation_star_hub_is_least_isolated(store):
    for leaf in ("FRA", "DEU", "ITA", "ESP", "PRT"):
        insert(store, "USA", leaf, "2020-05-01")
    s = scores(store)
    assert s["USA"].isolation == 0.0 and s["USA"].partners == 5 and s["USA"].rank == 6
    leaves = {s[c].isolation for c in ("FRA", "DEU", "ITA", "ESP", "PRT")}
    assert len(leaves) == 1 and 0 < leaves.pop() < 1
    assert s["FRA"].rank == 1 and s["FRA"].states == 6
    assert s["USA"].eigenvector > s["FRA"].eigenvector


def test_isolation_ring_is_the_same_for_everyone(store):
    ring = ["FRA", "DEU", "ITA", "ESP", "PRT"]
    for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
        insert(store, a, b, "2020")
    s = scores(store)
    assert {s[c].isolation for c in ring} == {0.0}
    assert {s[c].rank for c in ring} == {1}
    assert all(s[c].eigenvector == pytest.approx(s["FRA"].eigenvector) for c in ring)


def test_isolation_of_a_state_that_loses_all_its_partners(store):
    for a, b in (("FRA", "DEU"), ("FRA", "ITA"), ("DEU", "ITA")):
        insert(store, a, b, "2019")
    insert(store, "DEU", "ITA", "2020")
    insert(store, "FRA", "DEU", "2020", "ASSAULT", CONFLICT)  # still active, no cooperation
    by_year = {s.period: s for s in isolation(store, "FRA")}
    assert by_year["2019"].isolation == 0.0
    assert by_year["2020"].isolation == 1.0 and by_year["2020"].partners == 0
    assert by_year["2020"].conflict_events == 1 and by_year["2020"].rank == 1


def test_isolation_of_a_country_silent_in_a_period_is_one_with_low_evidence(store):
    insert(store, "FRA", "DEU", "2019")
    insert(store, "ITA", "DEU", "2020")
    fra = {s.period: s for s in isolation(store, "FRA")}
    assert fra["2020"].isolation == 1.0 and fra["2020"].events == 0
    assert fra["2020"].evidence == "low"


def test_isolation_thin_period_does_not_isolate_everyone(store):
    insert(store, "FRA", "DEU", "2020")  # the only event of the year
    s = scores(store)
    assert s["FRA"].isolation == s["DEU"].isolation == 0.0


def test_isolation_is_monotone_in_partners_and_weight():
    assert connectedness(2, 2, 5, 10) < connectedness(3, 2, 5, 10) < connectedness(3, 6, 5, 10)
    assert connectedness(0, 0, 5, 10) == 0.0 and connectedness(9, 99, 5, 10) == 1.0


def test_isolation_weights_cooperation_by_independent_sources(store):
    insert(store, "FRA", "DEU", "2020", sources=5)
    insert(store, "FRA", "ITA", "2020", sources=1)
    insert(store, "ESP", "PRT", "2020", sources=1)
    s = scores(store)
    assert s["DEU"].weighted_degree == 5 and s["ITA"].weighted_degree == 1
    assert s["DEU"].isolation < s["ITA"].isolation
    assert s["FRA"].sources == 6


def test_isolation_ranks_by_period_and_skips_nonstate_and_domestic(store):
    insert(store, "FRA", "DEU", "2020")
    insert(store, "NAT", "FRA", "2020")  # a group, not a state
    insert(store, "FRA", "FRA", "2020")  # domestic
    s = scores(store)
    assert set(s) == {"FRA", "DEU"} and s["FRA"].events == 1


def test_isolation_by_month_puts_year_only_dates_apart(store):
    insert(store, "FRA", "DEU", "2020-03-02")
    insert(store, "FRA", "ITA", "2020")
    insert(store, "FRA", "ESP", None)
    periods = [s.period for s in isolation(store, "FRA", by="month", undated=True)]
    assert periods == ["2020-03", "2020 (month unknown)", "undated"]


@pytest.mark.parametrize("sources, label", [(0, "low"), (4, "low"), (5, "medium"), (20, "high")])
def test_isolation_evidence_labels(sources, label):
    assert evidence_label(sources) == label


@pytest.mark.parametrize(
    "kwargs", [{"by": "week"}, {"since": "2020", "until": "2019"}, {"since": "20-1"}]
)
def test_isolation_bad_input(store, kwargs):
    with pytest.raises(InputError):
        isolation(store, "FRA", **kwargs)


def test_period_graphs_match_a_plain_fold_of_the_events(store):
    """The numpy fold of the directed totals (period_graphs) against a row-by-row fold: both
    directions of a pair, a month-unknown date, undated events, non-state and domestic sides,
    conflict and zero-source cooperation."""
    rows = [
        ("USA", "CHN", "2024-06-01", COOPERATE, 2),
        ("CHN", "USA", "2024-06", COOPERATE, 3),
        ("USA", "CHN", "2024", CONFLICT, 1),
        ("RUS", "PRK", "2024-06-19", COOPERATE, 0),
        ("PRK", "KOR", "2024-07-02", CONFLICT, 4),
        ("USA", "NAT", "2024-06-02", COOPERATE, 5),
        ("USA", "USA", "2024-06-02", COOPERATE, 5),
        ("KOR", "JPN", None, COOPERATE, 2),
    ]
    for actor, recipient, date, intensity, sources in rows:
        insert(store, actor, recipient, date, intensity=intensity, sources=sources)
    for by in ("year", "month"):
        expected: dict = {}
        for a, b, date, intensity, sources in rows:
            if a == b or "NAT" in (a, b):
                continue
            edges, tally = expected.setdefault(period_of(date, by), ({}, {}))
            if intensity > 0 and sources > 0:
                key = tuple(sorted((a, b)))
                edges[key] = edges.get(key, 0) + sources
            for s in (a, b):
                t = tally.setdefault(s, [0, 0, 0, 0])
                t[0] += 1
                t[1] += intensity > 0
                t[2] += intensity < 0
                t[3] += sources
        got = period_graphs(store, by=by, undated=True)
        assert {p: ({(a, b): w for a, b, w in e}, t) for p, (e, t) in got.items()} == expected


def _plain_isolation(rows, by, country=None):
    """The documented index computed the plain way, from the rows as written: a dict per
    period of every active state's score (networkx for the eigenvector centrality)."""
    states = [(a, b, d, i, n) for a, b, d, i, n in rows if a != b and "NAT" not in (a, b)]
    kept = [(period_of(d, by), a, b, i, n) for a, b, d, i, n in states]
    out = {}
    for period in {r[0] for r in kept}:
        mine = [r[1:] for r in kept if r[0] == period]
        edges = Counter()
        for a, b, intensity, sources in mine:
            if intensity > 0 and sources > 0:
                edges[tuple(sorted((a, b)))] += sources
        tally = {
            s: [
                len(of),
                sum(r[2] > 0 for r in of),
                sum(r[2] < 0 for r in of),
                sum(r[3] for r in of),
            ]
            for s in {r[0] for r in mine} | {r[1] for r in mine}
            for of in [[r for r in mine if s in r[:2]]]
        }
        seen = sorted(tally)
        active = sorted({*seen, country} - {None})
        partners = {s: sum(s in pair for pair in edges) for s in active}
        weight = {s: sum(w for pair, w in edges.items() if s in pair) for s in active}
        p_ref = max(1.0, float(np.percentile([partners[s] for s in seen], 90)))
        w_ref = max(1.0, float(np.percentile([weight[s] for s in seen], 90)))
        iso = {
            s: round(
                1
                - 0.5 * min(1.0, math.log1p(partners[s]) / math.log1p(p_ref))
                - 0.5 * min(1.0, math.log1p(weight[s]) / math.log1p(w_ref)),
                3,
            )
            for s in active
        }
        g = nx.Graph()
        g.add_nodes_from(active)
        g.add_weighted_edges_from((a, b, w) for (a, b), w in edges.items())
        centrality = (
            nx.eigenvector_centrality(g, max_iter=1000, tol=1e-10, weight="weight") if edges else {}
        )
        out[period] = {
            s: {
                "isolation": iso[s],
                "partners": partners[s],
                "weighted_degree": weight[s],
                "eigenvector": pytest.approx(centrality.get(s, 0.0), abs=1e-4),
                "rank": 1 + sum(iso[o] > iso[s] for o in active),
                "states": len(seen),
                "events": tally.get(s, [0] * 4)[0],
                "cooperation_events": tally.get(s, [0] * 4)[1],
                "conflict_events": tally.get(s, [0] * 4)[2],
                "sources": tally.get(s, [0] * 4)[3],
            }
            for s in active
        }
    return out


@pytest.mark.parametrize("by", ["year", "quarter", "month"])
def test_isolation_matches_a_plain_computation_on_a_random_store(store, by):
    """The array path (period_arrays, vectorised scores) against the index computed state by
    state from the rows: every field, every period, the ranking and one country's scores."""
    rng = random.Random(20)
    countries = ["FRA", "DEU", "ITA", "ESP", "PRT", "POL", "USA", "CHN", "NAT"]
    rows = []
    for _ in range(160):
        a, b = rng.choice(countries), rng.choice(countries)
        day = f"{rng.choice([2019, 2020])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        date = rng.choice([day, day, day[:7], day[:4], None])
        intensity = rng.choice([COOPERATE, COOPERATE, 6.0, 0.0, CONFLICT])
        rows.append((a, b, date, intensity, rng.choice([0, 1, 1, 2, 5])))
    for a, b, date, intensity, sources in rows:
        insert(store, a, b, date, intensity=intensity, sources=sources)
    expected = _plain_isolation(rows, by)
    ranking = isolation(store, by=by, undated=True)
    got = {}
    for s in ranking:
        record = asdict(s)
        del record["evidence"]
        got.setdefault(record.pop("period"), {})[record.pop("country")] = record
    assert got == expected
    order = [(s.period, s.isolation, s.country) for s in ranking]
    assert order == sorted(order, key=lambda x: (sort_key(x[0]), -x[1], x[2]))
    plain = _plain_isolation(rows, by, country="PRT")
    for s in isolation(store, "PRT", by=by, undated=True):
        assert {k: v for k, v in asdict(s).items() if k in plain[s.period]["PRT"]} == plain[
            s.period
        ]["PRT"]
