"""The `diplograph` command group: each command lives in its own module."""

from __future__ import annotations

import click

from diplograph import __version__
from diplograph.cli.actors import actors_cmd
from diplograph.cli.analysis import ANALYSIS_COMMANDS
from diplograph.cli.dates import dates_cli
from diplograph.cli.demo import demo_cli
from diplograph.cli.events import event_cli, events_cli
from diplograph.cli.export import export_cli
from diplograph.cli.ingest import ingest_cli
from diplograph.cli.places import places_cli
from diplograph.cli.serve import serve_cli
from diplograph.cli.stats import stats_cli
from diplograph.cli.watch import watch_cli


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
def cli():
    """diplograph: who did what to whom, when and where, according to which sentence.

    \b
    Exit codes, for every command:
      0  everything was read (and stored)
      1  nothing could be read, or a fatal error (one line says which)
      2  bad usage: an unknown option or a bad value
      3  some inputs failed (one line each) and the rest were read (and stored)
    """


for command in (
    demo_cli,
    ingest_cli,
    events_cli,
    event_cli,
    export_cli,
    stats_cli,
    actors_cmd,
    dates_cli,
    places_cli,
    serve_cli,
    watch_cli,
    *ANALYSIS_COMMANDS,
):
    cli.add_command(command)
