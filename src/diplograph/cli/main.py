"""The `diplograph` command group."""

from __future__ import annotations

import click

from diplograph import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
def cli():
    """diplograph: who did what to whom, when and where, according to which sentence."""


# Each command lives in its own module and is registered here.
