"""`diplograph export events --format jsonl|csv|parquet|gdelt -o FILE`."""

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
from diplograph.errors import InputError
from diplograph.export import FORMATS, write_events, write_parquet


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
    help="jsonl: PLOVER field names with mentions; csv: one flat row per event; parquet: the"
    " CSV's columns typed, with mentions (needs -o FILE); gdelt: GDELT 2.0's event table"
    " (tab-separated, no header).",
)
@click.option("-o", "--output", default="-", help="The file to write ('-' for stdout).")
@event_filter_options
@db_option
@config_option
@handle_errors
def export_events_cli(fmt, output, db, config_file, **filters):
    """Export events (asserted ones unless --all)."""
    settings = settings_from(config_file, db=db)
    flt = make_filter(**filters)
    if fmt == "parquet" and output == "-":
        raise InputError("--format parquet writes a file: give -o FILE")
    with open_store(settings, read_only=True) as store:
        if fmt == "parquet":
            count = _parquet(store.events(flt), output)
        else:
            urls = _urls(store) if fmt == "gdelt" else None
            with output_file(output) as out:
                count = write_events(store.events(flt), out, fmt, urls=urls)
    if output != "-":
        click.echo(f"{count} event(s) written to {output}", err=True)


def _parquet(events, output: str) -> int:
    try:
        return write_parquet(events, output)
    except OSError as exc:
        raise InputError(exc.strerror or "cannot write", output) from exc


def _urls(store) -> dict[str, str]:
    """Article ids to their URLs, for GDELT's SOURCEURL."""
    rows = store.conn.execute("SELECT article_id, url FROM articles WHERE url IS NOT NULL")
    return {r["article_id"]: r["url"] for r in rows}


@export_cli.command("relations")
@click.option("-o", "--output", default="-", help="The file to write ('-' for stdout).")
@db_option
@config_option
@handle_errors
def export_relations_cli(output, db, config_file):
    """Export standing relations (defense pacts, commitments) as JSONL, with their evidence."""
    settings = settings_from(config_file, db=db)
    with open_store(settings, read_only=True) as store:
        relations = store.relations()
    with output_file(output) as out:
        for relation in relations:
            out.write(json.dumps(relation, ensure_ascii=False) + "\n")
    if output != "-":
        click.echo(f"{len(relations)} relation(s) written to {output}", err=True)


@export_cli.command("graph")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("graphml", "gexf")),
    default="graphml",
    show_default=True,
    help="graphml or gexf (both open in Gephi).",
)
@click.option("-o", "--output", required=True, help="The file to write.")
@click.option("--since", help="Only events dated on or after YYYY[-MM[-DD]].")
@click.option("--until", help="Only events dated on or before YYYY[-MM[-DD]].")
@db_option
@config_option
@handle_errors
def export_graph_cli(fmt, output, since, until, db, config_file):
    """Export the state-to-state graph: a node per state, an edge per pair with events,
    cooperation and conflict counts and weights (docs/analysis.md)."""
    from diplograph.analysis.graph import graph, write_graph

    settings = settings_from(config_file, db=db)
    with open_store(settings, read_only=True) as store:
        g = graph(store, since=since, until=until)
    write_graph(g, output, fmt)
    click.echo(
        f"{g.number_of_nodes()} state(s), {g.number_of_edges()} pair(s) written to {output}",
        err=True,
    )
