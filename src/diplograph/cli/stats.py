"""`diplograph stats`: what the store holds."""

from __future__ import annotations

import json

import click

from diplograph.cli.common import config_option, db_option, handle_errors, settings_from
from diplograph.cli.ingest import open_store


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
@db_option
@config_option
@handle_errors
def stats_cli(as_json, db, config_file):
    """Count what the store holds: articles, events, mentions, actors, places."""
    settings = settings_from(config_file, db=db)
    with open_store(settings, read_only=True) as store:
        stats = store.stats()
    if as_json:
        click.echo(json.dumps(stats))
        return
    width = max(map(len, stats))
    for key, value in stats.items():
        click.echo(f"{key.replace('_', ' '):<{width}}  {value}")
