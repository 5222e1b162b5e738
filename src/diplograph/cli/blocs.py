"""`diplograph blocs --since 2022 --until 2025 [--compare-since ... --compare-until ...]`."""

from __future__ import annotations

import click

from diplograph.analysis import blocs
from diplograph.cli.analysis_options import plot_option, print_json, range_options, short
from diplograph.cli.common import config_option, db_option, handle_errors, settings_from
from diplograph.cli.ingest import open_store


@click.command("blocs")
@range_options
@click.option("--compare-since", help="Also find the blocs from this date (YYYY[-MM[-DD]]).")
@click.option("--compare-until", help="... to this date, and say which states moved.")
@click.option("--evidence", type=int, default=3, show_default=True, help="Events shown per bloc.")
@plot_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@db_option
@config_option
@handle_errors
def blocs_cli(since, until, compare_since, compare_until, evidence, plot, as_json, db, config_file):
    """Blocs of states in the signed graph of a window (cooperation against conflict), each
    with its members and the events that hold it together; with --compare-*, who moved."""
    settings = settings_from(config_file, db=db)
    with open_store(settings, read_only=True) as store:
        result = blocs(
            store,
            since=since,
            until=until,
            compare_since=compare_since,
            compare_until=compare_until,
        )
        if plot:
            from diplograph.analysis.graph import graph
            from diplograph.analysis.plots import plot_blocs

            plot_blocs(result, graph(store, since=since, until=until), plot)
    if as_json:
        print_json(result)
        return
    click.echo(f"blocs {result.since or '…'} to {result.until or '…'}:")
    for b in result.blocs:
        click.echo(
            f"{b.label}: {' '.join(b.members)}; cooperation {b.cooperation} source(s) in"
            f" {b.events} event(s), conflict inside {b.conflict_inside}, with others"
            f" {b.conflict_outside}"
        )
        for e in b.evidence[:evidence]:
            click.echo(
                f"  [{e.id}] {e.date or '-'} {e.source} {e.event_type} {e.target}:"
                f" {short(e.sentence, 80)}"
            )
    click.echo(f"unaligned: {' '.join(result.unaligned) or '-'}")
    if compare_since or compare_until:
        click.echo(f"compared with {result.compare_since or '…'} to {result.compare_until or '…'}:")
        for b in result.compared:
            click.echo(f"  then {b.label}: {' '.join(b.members)}")
        for m in result.moves:
            click.echo(f"  moved: {m.state} {m.before or 'no bloc'} -> {m.after or 'no bloc'}")
        if not result.moves:
            click.echo("  nobody moved")
