"""`diplograph events` (a table of events) and `diplograph event ID` (one event, explained)."""

from __future__ import annotations

import json

import click
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from diplograph.cli.common import config_option, db_option, handle_errors, settings_from
from diplograph.cli.ingest import open_store
from diplograph.errors import InputError
from diplograph.store.queries import EventFilter


def event_filter_options(f):
    """Options that choose events, shared by `events` and `export events`."""
    options = [
        click.option("--country", help="Only events with this state (alpha-3) on either side."),
        click.option("--type", "event_type", help="Only this PLOVER event type."),
        click.option("--since", help="Only events dated on or after YYYY[-MM[-DD]]."),
        click.option("--until", help="Only events dated on or before YYYY[-MM[-DD]]."),
        click.option("--near", help="Only events located within --km of this place name."),
        click.option(
            "--km",
            type=float,
            default=100.0,
            show_default=True,
            help="Radius for --near, in kilometres.",
        ),
        click.option(
            "--include-coarse",
            is_flag=True,
            help="With --near, also events placed only at a point vaguer than the radius "
            "(a country's or region's centre).",
        ),
        click.option("--article", help="Only events reported by this article id."),
        click.option(
            "--all",
            "include_all",
            is_flag=True,
            help="Also events not asserted (hypothetical, negated, advice, opinion).",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def make_filter(
    country, event_type, since, until, near, km, article, include_all, limit=None, **more
):
    point = None
    if near:
        from diplograph.stages.places import Gazetteer

        place = Gazetteer.load().lookup(near)
        if place is None or place.lat is None:
            raise InputError(f"--near: no place called {near!r} in the gazetteer")
        point = (place.lat, place.lon)
    return EventFilter(
        country=country,
        event_type=event_type,
        since=since,
        until=until,
        near=point,
        km=km,
        article=article,
        include_all=include_all,
        limit=limit,
        **more,
    )


def side(obj: dict | list | None) -> str:
    """An event side's codes; a gathering's parties joined with commas."""
    if isinstance(obj, list):
        return ",".join(side(p) for p in obj)
    if not obj:
        return ""
    return obj.get("code") or obj.get("country") or ""


def names(obj: dict | list | None) -> str:
    """An event side's names and codes: "Vladimir Putin [RUSGOV]"; "-" for none."""
    parties = obj if isinstance(obj, list) else [obj] if obj else []
    return ", ".join(f"{p.get('name')} [{p.get('code')}]" for p in parties) or "-"


@click.command("events")
@event_filter_options
@click.option("--limit", type=int, default=None, help="Show at most this many events.")
@click.option("--json", "as_json", is_flag=True, help="Print JSONL instead of a table.")
@db_option
@config_option
@handle_errors
def events_cli(
    country,
    event_type,
    since,
    until,
    near,
    km,
    include_coarse,
    article,
    include_all,
    limit,
    as_json,
    db,
    config_file,
):
    """List stored events: date, source, type, target, sentence."""
    settings = settings_from(config_file, db=db)
    flt = make_filter(
        country, event_type, since, until, near, km, article, include_all, limit,
        include_coarse=include_coarse,
    )  # fmt: skip
    with open_store(settings) as store:
        events = list(store.events(flt))
    if as_json:
        for e in events:
            click.echo(json.dumps(e, ensure_ascii=False))
        return
    print_events(events)


def print_events(events: list[dict]) -> None:
    """One line per event; the sentence is cut to the terminal (`event ID` shows it all)."""
    headers = ("id", "date", "source", "type", "target", "where", "n")
    rows = []
    for e in events:
        loc = e.get("location") or {}
        kind = e["event_type"] + (f" ({e['mode']})" if e["mode"] else "")
        if not e["asserted"] or e["aux"] == "future":
            kind += f" [{e['aux'] or 'not asserted'}]"
        rows.append(
            (
                str(e["id"]),
                e["date"] or "-",
                side(e["actor"]),
                kind,
                side(e["recipient"]),
                loc.get("name") or "",
                str(e["sources"]),
            )
        )
    console = Console()
    widths = (
        [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)] if rows else []
    )
    room = max(20, console.width - sum(widths) - 3 * len(headers) - 4)
    table = Table(box=box.SIMPLE_HEAD)
    for name, width in zip(headers, widths, strict=True):
        table.add_column(name, no_wrap=True, min_width=width)
    table.add_column("sentence", no_wrap=True)
    for row, e in zip(rows, events, strict=True):
        sentence = " ".join((e["event_text"] or "").split())
        cut = sentence if len(sentence) <= room else sentence[: room - 1] + "…"
        table.add_row(*(escape(cell) for cell in (*row, cut)))  # "[negation]" is no markup
    console.print(table)
    click.echo(f"{len(events)} event(s)")


@click.command("event")
@click.argument("event_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
@db_option
@config_option
@handle_errors
def event_cli(event_id, as_json, db, config_file):
    """Show one event: every report of it and why each was fused into it."""
    settings = settings_from(config_file, db=db)
    with open_store(settings) as store:
        event = store.event(event_id)
    if event is None:
        raise InputError(f"no event {event_id} in {settings.db}")
    if as_json:
        click.echo(json.dumps(event, ensure_ascii=False, indent=2))
        return
    loc = event["location"] or {}
    click.echo(
        f"Event {event['id']}: {side(event['actor'])} {event['event_type']}"
        f"{' (' + event['mode'] + ')' if event['mode'] else ''} {side(event['recipient'])}"
    )
    click.echo(f"  date: {event['date'] or 'unknown'} (TIMEX3 {event['date_timex']})")
    click.echo(f"  actor: {names(event['actor'])}; recipient: {names(event['recipient'])}")
    click.echo(
        f"  where: {loc.get('name') or 'unknown'}"
        + (f" ({loc['precision']}, {loc['lat']:.2f}, {loc['lon']:.2f})" if loc.get("lat") else "")
    )
    click.echo(
        f"  cameo {event['cameo']}, intensity {event['intensity']}, "
        f"confidence {event['confidence']:.2f}, {event['sources']} independent source(s), "
        f"{event['reports']} report(s)"
    )
    for i, m in enumerate(event["mentions"], 1):
        dup = f" (reprint of {m['duplicate_of']})" if m["duplicate_of"] else ""
        click.echo(
            f"  [{i}] {m['article']}{dup} chars {m['start']}-{m['end']}, "
            f"trigger {m['trigger']!r}, date {m['date'] or '-'}"
            f"{' from ' + repr(m['date_text']) if m['date_text'] else ''}"
        )
        click.echo(f"      {m['text']}")
        click.echo(f"      fused: {m['fusion']}")
