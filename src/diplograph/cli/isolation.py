"""`diplograph isolation [COUNTRY] --by year`: the isolation index, or a ranking per period."""

from __future__ import annotations

import click

from diplograph.analysis import isolation
from diplograph.cli.analysis_options import (
    period_option,
    plot_option,
    print_json,
    print_table,
    range_options,
)
from diplograph.cli.common import config_option, db_option, handle_errors, settings_from
from diplograph.cli.ingest import open_store

LEVELS = ("low", "medium", "high")


@click.command("isolation")
@click.argument("country", required=False)
@period_option
@range_options
@click.option("--undated", is_flag=True, help="Add the undated events as one more period.")
@click.option(
    "--top",
    type=int,
    default=10,
    show_default=True,
    help="Without COUNTRY: the most isolated states shown per period.",
)
@click.option(
    "--min-evidence",
    type=click.Choice(LEVELS),
    default="low",
    show_default=True,
    help="Without COUNTRY: rank only states with at least this much evidence.",
)
@plot_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@db_option
@config_option
@handle_errors
def isolation_cli(
    country, by, since, until, undated, top, min_evidence, plot, as_json, db, config_file
):
    """Isolation of COUNTRY per period (0 = as connected as the period's best connected
    states, 1 = no cooperation seen), with partners, weighted degree, eigenvector centrality
    and the evidence behind each score; without COUNTRY, the most isolated states per period."""
    settings = settings_from(config_file, db=db)
    with open_store(settings, read_only=True) as store:
        scores = isolation(store, country, by=by, since=since, until=until, undated=undated)
    if country is None:
        floor = LEVELS.index(min_evidence)
        kept, shown = [], {}
        for s in scores:
            if LEVELS.index(s.evidence) >= floor and shown.get(s.period, 0) < top:
                shown[s.period] = shown.get(s.period, 0) + 1
                kept.append(s)
        scores = kept
    if plot:
        from diplograph.analysis.plots import plot_isolation

        plot_isolation(scores, plot)
    if as_json:
        print_json(scores)
        return
    print_table(
        (
            "period",
            "state",
            "isolation",
            "rank",
            "partners",
            "weighted",
            "eigenvector",
            "events",
            "coop",
            "conflict",
            "sources",
            "evidence",
        ),  # fmt: skip
        [
            (
                s.period,
                s.country,
                f"{s.isolation:.3f}",
                f"{s.rank}/{s.states}",
                s.partners,
                s.weighted_degree,
                f"{s.eigenvector:.3f}",
                s.events,
                s.cooperation_events,
                s.conflict_events,
                s.sources,
                s.evidence,
            )  # fmt: skip
            for s in scores
        ],
    )
