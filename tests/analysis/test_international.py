"""The international view never takes a side with no code for a state."""

from dataclasses import replace

from diplograph.analysis.international import country_edges, pair_totals, period_graphs
from diplograph.records import Actor, Coded
from tests.conftest import make_article, make_event, make_parse


def test_international_a_side_with_no_code_is_never_a_state(store):
    parse = make_parse(make_article("a1", "Russia met China.\nGunmen attacked Iraqi police."))
    meeting = make_event(parse, 0, "CONSULT", "RUS", "CHN", "2024-06-19")
    attack = make_event(parse, 1, "ASSAULT", "IRQ", "IRQ", "2024-06-20", trigger="attacked")
    attack = replace(attack, actor=Actor("Gunmen", name="Gunmen"), intensity=-9.0)
    raid = make_event(parse, 1, "ASSAULT", "RUS", "IRQ", "2024-06-21", trigger="attacked")
    raid = replace(raid, recipient=Actor("police", name="police"), intensity=-9.0)
    store.add(Coded(parse=parse, events=(replace(meeting, intensity=4.0), attack, raid)))
    assert len(list(store.events())) == 3
    assert country_edges(store, "IRQ") == []
    assert [e.target for e in country_edges(store, "RUS")] == ["CHN"]
    assert [(t.a, t.b) for t in pair_totals(store)] == [("CHN", "RUS")]
    [(edges, tally)] = period_graphs(store).values()
    assert set(tally) == {"CHN", "RUS"} and tally["RUS"][2] == 0  # no conflict counted


def test_international_a_gathering_with_a_side_with_no_code_gives_the_states_pairs(store):
    # one gathering: RUS hosts CHN, PRK and a delegation the dictionaries lack
    parse = make_parse(make_article("a1", "Leaders of China, North Korea and a militia met Putin."))
    first = make_event(parse, 0, "CONSULT", "CHN", "RUS", "2025-05-09", trigger="met")
    events = [
        replace(first, mode="multilateral", intensity=3.0),
        replace(first, actor=Actor("PRK", country="PRK", name="PRK"), mode="multilateral",
                intensity=3.0),
        replace(first, actor=Actor("a militia", name="a militia"), mode="multilateral",
                intensity=3.0),
    ]  # fmt: skip
    store.add(Coded(parse=parse, events=tuple(events)))
    pairs = {(t.a, t.b) for t in pair_totals(store)}
    assert pairs == {("CHN", "RUS"), ("PRK", "RUS"), ("CHN", "PRK")}
