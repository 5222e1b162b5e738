"""The `diplograph` command group."""

from __future__ import annotations

import click

from diplograph import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
def cli():
    """diplograph: who did what to whom, when and where, according to which sentence."""


# Each command lives in its own module and is registered here.
from diplograph.cli.demo import demo_cli  # noqa: E402
from diplograph.cli.events import event_cli, events_cli  # noqa: E402
from diplograph.cli.export import export_cli  # noqa: E402
from diplograph.cli.ingest import ingest_cli  # noqa: E402
from diplograph.cli.stats import stats_cli  # noqa: E402

for command in (ingest_cli, events_cli, event_cli, export_cli, stats_cli, demo_cli):
    cli.add_command(command)
