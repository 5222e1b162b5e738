"""`diplograph export events --format jsonl|csv -o FILE`."""

from __future__ import annotations

import json

import click

from diplograph.cli.common import (
    config_option,
    db_option,
    handle_errors,
    output_file,
    settings_from,
)
from diplograph.cli.events import event_filter_options, make_filter
from diplograph.cli.ingest import open_store
from diplograph.export import FORMATS, write_events


@click.group("export")
def export_cli():
    """Export stored records for other tools."""


@export_cli.command("events")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: PLOVER field names with mentions; csv: one flat row per event.",
)
@click.option("-o", "--output", default="-", help="The file to write ('-' for stdout).")
@event_filter_options
@db_option
@config_option
@handle_errors
def export_events_cli(
    fmt,
    output,
    country,
    event_type,
    since,
    until,
    near,
    km,
    include_coarse,
    article,
    include_all,
    db,
    config_file,
):
    """Export events (asserted ones unless --all)."""
    settings = settings_from(config_file, db=db)
    flt = make_filter(
        country, event_type, since, until, near, km, article, include_all,
        include_coarse=include_coarse,
    )  # fmt: skip
    with open_store(settings) as store, output_file(output) as out:
        count = write_events(store.events(flt), out, fmt)
    if output != "-":
        click.echo(f"{count} event(s) written to {output}", err=True)


@export_cli.command("relations")
@click.option("-o", "--output", default="-", help="The file to write ('-' for stdout).")
@db_option
@config_option
@handle_errors
def export_relations_cli(output, db, config_file):
    """Export standing relations (defense pacts, commitments) as JSONL, with their evidence."""
    settings = settings_from(config_file, db=db)
    with open_store(settings) as store:
        relations = store.relations()
    with output_file(output) as out:
        for relation in relations:
            out.write(json.dumps(relation, ensure_ascii=False) + "\n")
    if output != "-":
        click.echo(f"{len(relations)} relation(s) written to {output}", err=True)
