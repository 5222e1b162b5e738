"""`diplograph dates`: the time expressions in a text, as TimeML TIMEX3 values, and why so."""

from __future__ import annotations

from collections.abc import Iterator

import click

from diplograph.cli.common import (
    Batch,
    batch_option,
    echo_json,
    handle_errors,
    parse_date,
    require_text_or_batch,
    settings_from,
)
from diplograph.errors import InputError
from diplograph.records import TimeExpression

BATCH_FIELDS = ("start", "end", "text", "type", "value")
DETAIL_FIELDS = (*BATCH_FIELDS, "rule", "anchor")
BATCH_SIZE = 64


def timex_dict(timex: TimeExpression, fields: tuple[str, ...] = BATCH_FIELDS) -> dict:
    return {name: getattr(timex, name) for name in fields}


def batch_dates(batch: Batch, batch_size: int = BATCH_SIZE) -> Iterator[dict]:
    """One {"id", "timexes"} per input line (or {"line", "error"}), in order, streaming through
    spaCy in batches."""
    from diplograph.stages.dates import find_timexes
    from diplograph.stages.nlp import NLP

    for parse in batch.parsed(NLP(max_length=batch.max_chars), batch_size):
        if isinstance(parse, InputError):
            yield batch.error(parse)
            continue
        timexes = find_timexes(parse, parse.article.published)
        batch.done += 1
        yield {"id": parse.article.id, "timexes": [timex_dict(t) for t in timexes]}


@click.command("dates")
@click.argument("text", required=False)
@click.option(
    "--published",
    default=None,
    metavar="YYYY-MM-DD",
    help="The article's publication date; relative expressions resolve against it.",
)
@batch_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per line).")
@handle_errors
def dates_cli(text, published, batch, as_json):
    """Show the time expressions in TEXT with their type, offsets and TIMEX3 value, and why."""
    require_text_or_batch(text, batch)
    if batch is not None:
        run = Batch(batch, settings_from().max_article_chars)
        for record in batch_dates(run):
            echo_json(record)
        run.finish()
        return
    from diplograph.stages.dates import export_date, tag_text

    timexes = tag_text(text, parse_date(published, "--published"))
    if as_json:
        for timex in timexes:
            echo_json({**timex_dict(timex, DETAIL_FIELDS), "date": export_date(timex.value)})
        return
    _table(timexes)


def _table(timexes: list[TimeExpression]) -> None:
    from rich.console import Console
    from rich.table import Table

    if not timexes:
        click.echo("no time expressions")
        return
    table = Table("text", "type", "span", "value", "rule", "anchor")
    for t in timexes:
        table.add_row(t.text, t.type, f"{t.start}:{t.end}", t.value or "-", t.rule, t.anchor or "-")
    Console().print(table)
