"""`diplograph partners COUNTRY`: each state the country dealt with."""

from __future__ import annotations

import click

from diplograph.analysis import partners
from diplograph.cli.analysis_options import print_json, print_table, range_options, types_text
from diplograph.cli.common import config_option, db_option, handle_errors, settings_from
from diplograph.cli.events import plover_type
from diplograph.cli.ingest import open_store


@click.command("partners")
@click.argument("country")
@range_options
@click.option("--type", "event_type", callback=plover_type, help="Only this PLOVER event type.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@db_option
@config_option
@handle_errors
def partners_cli(country, since, until, event_type, as_json, db, config_file):
    """Each state COUNTRY dealt with: events both ways by type (out/in), first and last date,
    independent sources; undated events counted apart."""
    settings = settings_from(config_file, db=db)
    with open_store(settings, read_only=True) as store:
        result = partners(store, country, since=since, until=until, event_type=event_type)
    if as_json:
        print_json(result)
        return
    print_table(
        ("partner", "events", "out", "in", "types (out/in)", "first", "last", "sources", "undated"),
        [
            (
                p.country,
                p.events,
                p.outgoing,
                p.incoming,
                types_text(p.types),
                p.first or "-",
                p.last or "-",
                p.sources,
                p.undated,
            )  # fmt: skip
            for p in result
        ],
    )
    click.echo(f"{len(result)} partner(s) of {country.upper()}")
