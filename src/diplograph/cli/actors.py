"""`diplograph actors`: what a name resolves to, and why."""

from __future__ import annotations

import click

from diplograph.cli.common import (
    Batch,
    db_option,
    echo_json,
    handle_errors,
    json_option,
    output_file,
    parse_date,
    settings_from,
)
from diplograph.errors import InputError
from diplograph.stages.ingest import date_value

BATCH_FIELDS = ("text", "code", "country", "sector", "name", "reason", "step")


@click.command("actors")
@click.argument("name", required=False)
@click.option("--on", "on", default=None, help="The date to choose a role for (YYYY-MM-DD).")
@click.option("--batch", "batch", default=None, help='JSONL of {"text", "date"}; \'-\' is stdin.')
@click.option("--actors", "actors", multiple=True, help="A user dictionary (YAML); repeatable.")
@click.option("--unresolved", is_flag=True, help="List the most frequent unresolved names in --db.")
@click.option("--limit", default=50, show_default=True, help="How many names --unresolved lists.")
@click.option(
    "--import-petrarch",
    "petrarch",
    default=None,
    help="Convert a PETRARCH/TABARI actor dictionary to our YAML format.",
)
@click.option(
    "-o", "--output", default=None, help="Where --import-petrarch writes (default: stdout)."
)
@db_option
@json_option
@handle_errors
def actors_cmd(name, on, batch, actors, unresolved, limit, petrarch, output, db, as_json):
    """Resolve NAME (or a --batch of names) to an actor code, country, sector and role."""
    if petrarch:
        return _import(petrarch, output)
    if unresolved:
        return _unresolved(db, limit, as_json)
    from diplograph.stages.actors import ActorDictionary

    dictionary = ActorDictionary.load(settings_from(actors=tuple(actors) or None).actors)
    if batch:
        return _batch(Batch(batch, settings_from().max_article_chars), dictionary)
    if not name:
        raise click.UsageError("give a NAME, --batch FILE, --unresolved or --import-petrarch")
    found = dictionary.match(name, parse_date(on, "--on"))
    row = {"text": name} | _row(found) | {"entry": found.actor.entry}
    if as_json:
        echo_json(row)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_header=False)
    for key, value in row.items():
        table.add_row(key, "" if value is None else str(value))
    Console().print(table)


def _batch(batch: Batch, dictionary) -> None:
    """One line out per line of {"text", "date"}: the actor, or {"line", "error"}."""
    for item in batch.records():
        if isinstance(item, InputError):
            echo_json(batch.error(item))
            continue
        number, obj = item
        try:
            text = obj.get("text")
            if not isinstance(text, str):
                raise InputError("each line needs a 'text'", batch.path, number)
            day = obj.get("date")
            day = date_value(day, "date", (batch.path, number)) if day else None
        except InputError as exc:
            echo_json(batch.error(exc))
            continue
        found = dictionary.match(text, day)
        batch.done += 1
        echo_json({"text": text} | _row(found))
    batch.finish()


def _row(found) -> dict:
    """An answer's fields after "text"; `step` is the resolution step that decided it (exact,
    tolerant, context; None when nothing was found)."""
    actor = found.actor
    row = {name: getattr(actor, name) for name in BATCH_FIELDS[1:-1]}
    return row | {"step": found.step if actor.resolved or actor.sector else None}


def _import(path: str, output: str | None) -> None:
    from diplograph.stages.actors import import_petrarch

    text = import_petrarch(path)
    with output_file(output or "-") as out:
        out.write(text)
    if output:
        click.echo(f"wrote {output}", err=True)


def _unresolved(db: str | None, limit: int, as_json: bool) -> None:
    from diplograph.store.sqlite import Store

    with Store(settings_from(db=db).db, read_only=True) as store:
        rows = store.unresolved_names(limit)
    for text, count in rows:
        if as_json:
            echo_json({"text": text, "count": count})
        else:
            click.echo(f"{count}\t{text}")
