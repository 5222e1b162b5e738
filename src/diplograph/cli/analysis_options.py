"""Options and output helpers shared by the analysis commands (partners, dyad, isolation,
blocs, escalation)."""

from __future__ import annotations

import dataclasses
import json

import click
from rich import box
from rich.console import Console
from rich.table import Table


def range_options(f):
    """--since / --until, as the events command reads them."""
    f = click.option("--until", help="Only events dated on or before YYYY[-MM[-DD]].")(f)
    return click.option("--since", help="Only events dated on or after YYYY[-MM[-DD]].")(f)


def period_option(f):
    return click.option(
        "--by",
        type=click.Choice(["year", "quarter", "month"]),
        default="year",
        show_default=True,
        help="Period of each point; a date known only to the year goes to 'YYYY (month "
        "unknown)' (or quarter), undated events are counted apart.",
    )(f)


def plot_option(f):
    return click.option(
        "--plot", metavar="FILE", help="Also draw the answer to FILE.png or FILE.svg."
    )(f)


def print_json(result) -> None:
    """A dataclass (or a list of them) as one JSON document."""
    if isinstance(result, list):
        data = [dataclasses.asdict(r) for r in result]
    else:
        data = dataclasses.asdict(result)
    click.echo(json.dumps(data, ensure_ascii=False, default=str))


def print_table(headers: tuple[str, ...], rows: list[tuple], title: str | None = None) -> None:
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left")
    for name in headers:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console = Console()
    if not console.is_terminal:  # piped: never wrap a row, let the reader's tool cut it
        console = Console(width=400)
    console.print(table)


def types_text(types) -> str:
    """'CONSULT 2/1, AGREE 1/0': outgoing/incoming per type."""
    return ", ".join(f"{t.event_type} {t.outgoing}/{t.incoming}" for t in types)


def short(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"
