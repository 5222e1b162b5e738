"""`diplograph places`: the places a text names, where they are, and why so."""

from __future__ import annotations

from collections.abc import Iterator

import click

from diplograph.cli.common import (
    Batch,
    batch_option,
    echo_json,
    handle_errors,
    require_text_or_batch,
    settings_from,
)
from diplograph.errors import InputError
from diplograph.records import Place

BATCH_FIELDS = (
    "start", "end", "text", "name", "country", "lat", "lon", "geonameid", "precision", "kind",
)  # fmt: skip
BATCH_SIZE = 64


def place_dict(place: Place, fields: tuple[str, ...] = BATCH_FIELDS) -> dict:
    return {name: getattr(place, name) for name in fields}


def batch_places(batch: Batch) -> Iterator[dict]:
    """One {"id", "places"} per input line (or {"line", "error"}), in order, streaming through
    spaCy in batches."""
    from diplograph.stages.nlp import NLP
    from diplograph.stages.places import Gazetteer, find_places

    gazetteer = Gazetteer.load()
    for parse in batch.parsed(NLP(max_length=batch.max_chars), BATCH_SIZE):
        if isinstance(parse, InputError):
            yield batch.error(parse)
            continue
        places = find_places(parse, gazetteer)
        batch.done += 1
        yield {"id": parse.article.id, "places": [place_dict(p) for p in places]}


@click.command("places")
@click.argument("text", required=False)
@batch_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per line).")
@handle_errors
def places_cli(text, batch, as_json):
    """Show the places TEXT names, resolved offline to GeoNames entries, and why."""
    require_text_or_batch(text, batch)
    if batch is not None:
        run = Batch(batch, settings_from().max_article_chars)
        for record in batch_places(run):
            echo_json(record)
        run.finish()
        return
    from diplograph.stages.nlp import parse_text
    from diplograph.stages.places import Gazetteer, find_places

    places = find_places(parse_text(text), Gazetteer.load())
    if as_json:
        fields = (*BATCH_FIELDS, "confidence", "metonym", "reason")
        for place in places:
            echo_json(place_dict(place, fields))
        return
    _table(places)


def _table(places: list[Place]) -> None:
    if not places:
        click.echo("no places")
    for p in places:
        point = (
            f"{p.lat:.4f}, {p.lon:.4f}" if p.lat is not None and p.lon is not None else "no point"
        )
        name = p.name or "(unknown)"
        kind = "metonym, " if p.metonym else ""
        kind += "" if p.kind == "literal" else f"{p.kind}, "
        click.echo(
            f"{p.text} [{p.start}:{p.end}] -> {name} ({kind}{p.country or '-'}, "
            f"{p.precision or '-'}) {point} geonameid={p.geonameid or '-'} "
            f"confidence={p.confidence:.2f}"
        )
        click.echo(f"    why: {p.reason}")
