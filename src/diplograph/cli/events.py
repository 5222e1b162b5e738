"""`diplograph events` (a table of events) and `diplograph event ID` (one event, explained)."""

from __future__ import annotations

import io
import json
from datetime import date

import click
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from diplograph.cli.common import config_option, db_option, handle_errors, settings_from
from diplograph.cli.ingest import open_store
from diplograph.errors import InputError
from diplograph.store.queries import EventFilter


def event_filter_options(f):
    """Options that choose events, shared by `events` and `export events`."""
    options = [
        click.option(
            "--country",
            "countries",
            multiple=True,
            help="Only events with this state (alpha-3) on either side; repeat for any of several.",
        ),
        click.option(
            "--dyad",
            nargs=2,
            default=None,
            metavar="A B",
            help="Only events between these two states, either way round (see --directed).",
        ),
        click.option(
            "--directed", is_flag=True, help="With --dyad A B: only events with A as the actor."
        ),
        click.option(
            "--type", "event_type", callback=plover_type, help="Only this PLOVER event type."
        ),
        click.option(
            "--since",
            callback=partial_date,
            help="Only events dated on or after YYYY[-MM[-DD]].",
        ),
        click.option(
            "--until",
            callback=partial_date,
            help="Only events dated on or before YYYY[-MM[-DD]].",
        ),
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
            "--international",
            is_flag=True,
            help="Only events between two different states (no side without a code, no group, "
            "no event inside one state).",
        ),
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


def plover_type(ctx, param, value: str | None) -> str | None:
    """One of PLOVER's 16 event types, in any case, else bad usage (exit 2)."""
    if value is None:
        return None
    from diplograph.stages.events import event_types

    types = event_types()
    if value.upper() not in types:
        listed = ", ".join(sorted(types))
        raise click.BadParameter(f"{value!r} is not a PLOVER event type: {listed}")
    return value.upper()


def partial_date(ctx, param, value: str | None) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD option that is a real date, else bad usage (exit 2)."""
    if value is None:
        return None
    parts = value.split("-")
    try:
        if len(parts) > 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
            raise ValueError
        date(
            int(parts[0]),
            int(parts[1]) if len(parts) > 1 else 1,
            int(parts[2]) if len(parts) > 2 else 1,
        )
    except ValueError:
        raise click.BadParameter(f"must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}") from None
    return "-".join([parts[0], *(p.zfill(2) for p in parts[1:])])


def make_filter(
    *,
    countries=(),
    dyad=None,
    directed=False,
    event_type=None,
    since=None,
    until=None,
    near=None,
    km=100.0,
    article=None,
    include_all=False,
    limit=None,
    include_coarse=False,
    international=False,
) -> EventFilter:
    """The store's filter from the options of event_filter_options (passed as keywords)."""
    if directed and not dyad:
        raise click.UsageError("--directed needs --dyad A B")
    point = None
    if near:
        from diplograph.stages.places import Gazetteer

        place = Gazetteer.load().lookup(near)
        if place is None or place.lat is None:
            raise InputError(f"--near: no place called {near!r} in the gazetteer")
        point = (place.lat, place.lon)
    return EventFilter(
        countries=tuple(countries),
        dyad=tuple(dyad) if dyad else None,
        directed=directed,
        event_type=event_type,
        since=since,
        until=until,
        near=point,
        km=km,
        article=article,
        include_all=include_all,
        limit=limit,
        include_coarse=include_coarse,
        international=international,
    )


def side(obj: dict | list | None) -> str:
    """An event side's codes; a gathering's parties joined with commas."""
    if isinstance(obj, list):
        return ",".join(side(p) for p in obj)
    if not obj:
        return ""
    if not (obj.get("code") or obj.get("country")):  # a side with no code: its words
        return f'"{obj.get("name") or obj.get("entity_text") or ""}"'
    return obj.get("code") or obj.get("country")


def names(obj: dict | list | None) -> str:
    """An event side's names and codes: "Vladimir Putin [RUSGOV]", "gunmen [no code]"; "-"
    for none."""
    parties = obj if isinstance(obj, list) else [obj] if obj else []
    return ", ".join(f"{p.get('name')} [{p.get('code') or 'no code'}]" for p in parties) or "-"


@click.command("events")
@event_filter_options
@click.option("--limit", type=int, default=None, help="Show at most this many events.")
@click.option("--json", "as_json", is_flag=True, help="Print JSONL instead of a table.")
@db_option
@config_option
@handle_errors
def events_cli(limit, as_json, db, config_file, **filters):
    """List stored events: date, source, type, target, sentence."""
    settings = settings_from(config_file, db=db)
    flt = make_filter(limit=limit, **filters)
    with open_store(settings, read_only=True) as store:
        events = list(store.events(flt))
        named = [*filters.get("countries", ()), *(filters.get("dyad") or ())]
        unknown = store.unknown_codes(named) if not events else []
    for code in unknown:
        click.echo(
            f"note: no stored event names {code!r} (states are ISO 3166 alpha-3 codes such as"
            " PRK; groups are codes such as IGO, EUR, NAT)",
            err=True,
        )
    if as_json:
        for e in events:
            click.echo(json.dumps(e, ensure_ascii=False))
        return
    print_events(events)


HEADERS = ("id", "date", "source", "type", "target", "where", "n")
NARROW_DROPS = ("where", "n")  # left out, in this order, when the sentence would get too little
MIN_SENTENCE = 30  # characters of the sentence a terminal table keeps at least
MIN_TYPE = 14  # the type column wraps ("ASSAULT [hypothetical]") rather than go under this


def print_events(events: list[dict], console: Console | None = None) -> None:
    """One line per event. At a terminal, a table fitted to its width: the sentence is cut to
    the room left (`event ID` shows it all), and on a narrow one the place and source count
    are left out before the sentence drops under MIN_SENTENCE characters. Piped, plain text
    with every sentence whole."""
    console = console or Console()
    rows = [_cells(e) for e in events]
    sentences = [" ".join((e["event_text"] or "").split()) for e in events]
    if console.is_terminal:
        console.print(_fitted(rows, sentences, console.width))
    else:
        _plain(rows, sentences)
    click.echo(f"{len(events)} event(s)")


def _cells(e: dict) -> dict[str, str]:
    loc = e.get("location") or {}
    kind = e["event_type"] + (f" ({e['mode']})" if e["mode"] else "")
    if not e["asserted"] or e["aux"] == "future":
        kind += f" [{e['aux'] or 'not asserted'}]"
    return {
        "id": str(e["id"]),
        "date": e["date"] or "-",
        "source": side(e["actor"]),
        "type": kind,
        "target": side(e["recipient"]),
        "where": loc.get("name") or "",
        "n": str(e["sources"]),
    }


def _plain(rows: list[dict[str, str]], sentences: list[str]) -> None:
    widths = {h: max([len(h)] + [len(r[h]) for r in rows]) for h in HEADERS}
    click.echo("  ".join(h.ljust(widths[h]) for h in HEADERS) + "  sentence")
    for row, sentence in zip(rows, sentences, strict=True):
        click.echo("  ".join(row[h].ljust(widths[h]) for h in HEADERS) + "  " + sentence)


def _fitted(rows: list[dict[str, str]], sentences: list[str], width: int) -> Table:
    headers = list(HEADERS)
    drops = list(NARROW_DROPS)
    type_width = None  # the type column wraps at this width when even that is not enough
    while True:
        room = width - _measure(_table(headers, rows, [""] * len(rows), type_width))
        if room >= MIN_SENTENCE:
            break
        if drops:
            headers.remove(drops.pop(0))
            continue
        natural = max([len("type")] + [len(r["type"]) for r in rows])
        type_width = max(MIN_TYPE, natural - (MIN_SENTENCE - room))
        room = width - _measure(_table(headers, rows, [""] * len(rows), type_width))
        break
    room = max(room, 1)
    cut = [s if len(s) <= room else s[: room - 1] + "…" for s in sentences]
    return _table(headers, rows, cut, type_width)


def _table(
    headers: list[str],
    rows: list[dict[str, str]],
    sentences: list[str],
    type_width: int | None = None,
) -> Table:
    table = Table(box=box.SIMPLE_HEAD)
    for name in headers:
        if name == "type" and type_width is not None:
            table.add_column(name, width=type_width, overflow="fold")
        else:
            table.add_column(name, no_wrap=True)
    table.add_column("sentence", no_wrap=True, overflow="ellipsis")
    for row, sentence in zip(rows, sentences, strict=True):
        table.add_row(*(Text(row[h]) for h in headers), Text(sentence))  # text, not markup
    return table


def _measure(table: Table) -> int:
    """The width the table takes with an empty sentence column ("sentence" heading included)."""
    wide = Console(width=10_000, file=io.StringIO())
    return wide.measure(table).maximum - len("sentence")


@click.command("event")
@click.argument("event_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
@db_option
@config_option
@handle_errors
def event_cli(event_id, as_json, db, config_file):
    """Show one event: every report of it and why each was fused into it."""
    settings = settings_from(config_file, db=db)
    with open_store(settings, read_only=True) as store:
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
