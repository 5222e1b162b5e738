"""`diplograph watch FEEDS_FILE`: poll feeds, ingest what is new, alert on matching events."""

from __future__ import annotations

import click
from rich.console import Console

from diplograph.cli.common import (
    config_option,
    db_option,
    handle_errors,
    quiet_option,
    settings_from,
)
from diplograph.cli.ingest import open_store
from diplograph.watch import Alerts, PollReport, Rule, Watcher, parse_every, read_feeds


def poll_line(report: PollReport) -> str:
    return (
        f"{report.feeds} feed(s): {report.not_modified} unchanged, {report.failed} failed;"
        f" {report.stored} new article(s), {report.skipped} already stored;"
        f" {report.new_events} new event(s), {report.alerts} alert(s)"
    )


@click.command("watch")
@click.argument("feeds_file")
@click.option("--every", default="15m", show_default=True, help="Poll interval: 90s, 15m, 1h.")
@click.option(
    "--alert",
    "rules",
    multiple=True,
    help="Alert on new events matching all of key=value (keys: country, type, since, until),"
    " e.g. 'country=PRK type=ASSAULT' (repeatable; an event matching any rule alerts once).",
)
@click.option("--alert-to", help="Where alerts go: a JSONL file (appended) or a webhook URL.")
@click.option(
    "--state",
    help="The file keeping each feed's ETag and Last-Modified (default: FEEDS_FILE.state.json).",
)
@click.option(
    "--polls", type=click.IntRange(min=1), help="Stop after this many polls (default: never)."
)
@db_option
@config_option
@quiet_option
@handle_errors
def watch_cli(feeds_file, every, rules, alert_to, state, polls, db, config_file, quiet):
    """Poll the RSS/Atom feeds listed in FEEDS_FILE (one URL a line) with conditional GET,
    ingest new articles (each stored once), and send new events matching --alert rules to
    --alert-to. A feed that is down or malformed is reported and tried again next poll."""
    interval = parse_every(every)
    parsed = [Rule.parse(r) for r in rules]
    if parsed and not alert_to:
        raise click.UsageError("--alert needs --alert-to")
    feeds = read_feeds(feeds_file)
    settings = settings_from(config_file, db=db)
    console = Console(stderr=True)

    def error(e):
        if not quiet:
            console.print(f"Error: {e}", markup=False, soft_wrap=True)

    def polled(report: PollReport):
        if not quiet:
            console.print(poll_line(report), markup=False, soft_wrap=True)

    with open_store(settings) as store:
        watcher = Watcher(
            feeds,
            store,
            settings,
            alerts=Alerts(parsed, alert_to),
            state_path=state or f"{feeds_file}.state.json",
            on_error=error,
        )
        try:
            watcher.run(interval, polls=polls, on_poll=polled)
        except KeyboardInterrupt:
            pass
        finally:
            watcher.fetcher.close()
