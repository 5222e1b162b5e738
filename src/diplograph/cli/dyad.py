"""`diplograph dyad A B --by year`: events both ways per period, balance and evidence."""

from __future__ import annotations

import click

from diplograph.analysis import dyad
from diplograph.cli.analysis_options import (
    period_option,
    plot_option,
    print_json,
    range_options,
    short,
    types_text,
)
from diplograph.cli.common import config_option, db_option, handle_errors, settings_from
from diplograph.cli.ingest import open_store


@click.command("dyad")
@click.argument("a")
@click.argument("b")
@period_option
@range_options
@plot_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@db_option
@config_option
@handle_errors
def dyad_cli(a, b, by, since, until, plot, as_json, db, config_file):
    """Events between states A and B, both ways, per period: counts by type, the
    cooperation-conflict balance from PLOVER intensities, and the events behind each point."""
    settings = settings_from(config_file, db=db)
    with open_store(settings, read_only=True) as store:
        result = dyad(store, a, b, by=by, since=since, until=until)
    if plot:
        from diplograph.analysis.plots import plot_dyad

        plot_dyad(result, plot)
    if as_json:
        print_json(result)
        return
    for point in (*result.points, result.undated):
        if point.period == "undated" and not point.events:
            continue
        click.echo(
            f"{point.period}: {point.events} event(s), {result.a}->{result.b} {point.a_to_b},"
            f" {result.b}->{result.a} {point.b_to_a}; {types_text(point.types)};"
            f" balance {point.balance:+.2f} (cooperation {point.cooperation},"
            f" conflict {point.conflict})"
        )
        for e in point.evidence:
            mode = f" ({e.mode})" if e.mode else ""
            click.echo(
                f"  [{e.id}] {e.date or '-'} {e.source} {e.event_type}{mode} {e.target}"
                f" {e.intensity:+.1f}, {e.sources} source(s): {short(e.sentence)}"
            )
    for r in result.relations:
        click.echo(
            f"stated relation: {r.type} since {r.since or '?'} ({len(r.sentences)} sentence(s))"
        )
    if not result.points and not result.undated.events:
        click.echo(f"no events between {result.a} and {result.b}")
