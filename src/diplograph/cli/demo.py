"""`diplograph demo`: the seed articles, shipped in the package, into a fresh store."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import click

from diplograph.cli.common import config_option, handle_errors, quiet_option, settings_from
from diplograph.cli.events import print_events
from diplograph.cli.ingest import open_store, run_ingest, summary
from diplograph.store.queries import EventFilter


@click.command("demo")
@click.option(
    "--db",
    default="diplograph-demo.db",
    show_default=True,
    help="The store to create (replaced if it exists).",
)
@config_option
@quiet_option
@handle_errors
def demo_cli(db, config_file, quiet):
    """Ingest the two seed articles into a fresh store and print their events."""
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    settings = settings_from(config_file, db=db)
    corpus = files("diplograph") / "data" / "demo"
    report = run_ingest([str(corpus)], settings, quiet=quiet)
    if not quiet:
        click.echo(summary(report), err=True)
    with open_store(settings) as store:
        print_events(list(store.events(EventFilter())))
        relations = store.relations()
    for r in relations:
        click.echo(
            f"relation: {r['type']} {'-'.join(r['members'])} since {r['since'] or '?'}"
            f" ({len(r['evidence'])} statement(s))"
        )
    click.echo(
        f"store: {db}; try `diplograph event 1 --db {db}` or "
        f"`diplograph export events --db {db} -o events.jsonl`"
    )
