"""`diplograph ingest PATH...`: read, code and store articles."""

from __future__ import annotations

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from diplograph.cli.common import (
    EXIT_FAILED,
    EXIT_PARTIAL,
    config_option,
    db_option,
    handle_errors,
    parse_date,
    quiet_option,
    settings_from,
)
from diplograph.config import Settings
from diplograph.errors import InputError, InputWarning
from diplograph.pipeline import IngestReport, ingest
from diplograph.stages.ingest import expected_articles
from diplograph.store.sqlite import Store


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """The store to write (created if need be), or with `read_only` an existing one to read."""
    return Store(
        settings.db,
        near_duplicate_threshold=settings.near_duplicate_threshold,
        permutations=settings.minhash_permutations,
        fusion_window_days=settings.fusion_window_days,
        read_only=read_only,
    )


def run_ingest(
    paths,
    settings: Settings,
    *,
    published=None,
    quiet: bool = False,
    console: Console | None = None,
    dask: str | None = None,
) -> IngestReport:
    """Ingest with a progress bar on stderr and one line per unreadable input. The bar's total
    is counted from the inputs before reading; it shows the rate and the time left."""
    console = console or Console(stderr=True)
    with open_store(settings) as store:
        if quiet:
            return ingest(
                paths,
                store,
                settings,
                published=published,
                on_error=lambda e: console.print(line(e), markup=False, soft_wrap=True),
                dask=dask,
            )
        with Progress(
            TextColumn("{task.description:<14}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            TextColumn("left  {task.fields[last]}"),
            console=console,
            transient=True,
        ) as progress:
            task = progress.add_task(
                "loading models", total=expected_articles(paths) or None, rate="", last=""
            )

            def step(article, outcome):
                done = progress.tasks[task].completed + 1
                total = progress.tasks[task].total
                speed = progress.tasks[task].speed
                progress.update(
                    task,
                    advance=1,
                    total=max(total, done) if total else None,  # an estimate: never below done
                    description=outcome,
                    rate=f"{speed:.1f} articles/s" if speed else "- articles/s",
                    last=article.id[:40],
                )

            report = ingest(
                paths,
                store,
                settings,
                published=published,
                on_article=step,
                on_error=lambda e: progress.console.print(line(e), markup=False, soft_wrap=True),
                dask=dask,
            )
    return report


def line(error: InputError) -> str:
    """One line for a bad input: an error, or a warning for a field the article is kept without."""
    return f"{'Warning' if isinstance(error, InputWarning) else 'Error'}: {error}"


def summary(report: IngestReport) -> str:
    parts = [f"{report.stored} new article(s) stored"]
    if report.skipped:
        parts.append(f"{report.skipped} already in the store (nothing new stored for them)")
    if report.near_duplicates:
        parts.append(f"{report.near_duplicates} near-duplicate(s)")
    not_asserted = f" (and {report.not_asserted} not asserted)" if report.not_asserted else ""
    parts.append(
        f"{report.new_events} new event(s){not_asserted}, {report.fused_mentions} report(s) fused"
    )
    if report.errors:
        parts.append(f"{len(report.errors)} input error(s)")
    if report.warnings:
        parts.append(f"{len(report.warnings)} warning(s)")
    return "; ".join(parts)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles that give none.")
@click.option(
    "--actors", "actor_files", multiple=True, help="A user actor dictionary (repeatable)."
)
@click.option(
    "--date-fallback",
    type=click.Choice(["none", "article"]),
    default=None,
    help="Date events the text leaves undated by their article (default: none).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Processes that parse and code (default: one per core; 0 = one per core).",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="SCHEDULER_ADDRESS",
    default=None,
    help="Parse and code on a Dask cluster (tcp://HOST:8786), or 'local' for one on this "
    "machine; this process still writes the store.",
)
@db_option
@config_option
@quiet_option
@handle_errors
def ingest_cli(
    paths, published, actor_files, date_fallback, workers, dask_address, db, config_file, quiet
):
    """Read articles (text, HTML, JSONL, RSS/Atom; folders recursively; http(s) URLs of pages
    and feeds), code their events and store them. Re-running skips what is stored, so an
    interrupted run resumes."""
    settings = settings_from(
        config_file,
        db=db,
        actors=tuple(actor_files) or None,
        date_fallback=date_fallback,
        workers=workers,
    )
    report = run_ingest(
        paths,
        settings,
        published=parse_date(published, "--published"),
        quiet=quiet,
        dask=dask_address,
    )
    if not quiet:
        click.echo(summary(report), err=True)
    if report.errors:
        raise SystemExit(EXIT_PARTIAL if report.stored or report.skipped else EXIT_FAILED)
