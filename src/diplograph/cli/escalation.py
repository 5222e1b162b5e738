"""`diplograph escalation COUNTRY --attacked-by OTHER --on DATE`: who is bound to join."""

from __future__ import annotations

from pathlib import Path

import click

from diplograph.analysis import escalation
from diplograph.cli.analysis_options import print_json, short
from diplograph.cli.common import config_option, db_option, handle_errors, settings_from
from diplograph.cli.ingest import open_store
from diplograph.store.sqlite import Store


@click.command("escalation")
@click.argument("country")
@click.option("--attacked-by", required=True, help="The attacking state (alpha-3).")
@click.option("--on", "on", required=True, help="The day of the attack, YYYY-MM-DD.")
@click.option(
    "--no-baseline",
    is_flag=True,
    help="Use only the pacts the store read from the news (and --alliances).",
)
@click.option(
    "--alliances", "alliances_file", help="A YAML file of more treaties (docs/analysis.md)."
)
@click.option(
    "--great-powers", help="Comma-separated states (default: the five permanent UNSC members)."
)
@click.option("--max-steps", type=int, default=None, help="Show joiners up to this many steps.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@db_option
@config_option
@handle_errors
def escalation_cli(
    country, attacked_by, on, no_baseline, alliances_file, great_powers, max_steps, as_json,
    db, config_file,
):  # fmt: skip
    """If COUNTRY is attacked by --attacked-by on --on: who is bound to join each side,
    through which treaties, in how many steps, and where great powers face each other."""
    settings = settings_from(config_file, db=db)
    powers = tuple(p.strip() for p in great_powers.split(",")) if great_powers else None
    # with no store yet the baseline treaties still answer; a query never creates a store
    no_store = not no_baseline and not Path(settings.db).is_file()
    with Store(":memory:") if no_store else open_store(settings, read_only=True) as store:
        result = escalation(
            store,
            country,
            attacked_by=attacked_by,
            on=on,
            baseline=not no_baseline,
            alliances_file=alliances_file,
            great_powers=powers,
        )
    if as_json:
        print_json(result)
        return
    source = "baseline and the news" if result.baseline else "the news only"
    if no_store:
        source = f"baseline only: no store at {settings.db}"
    click.echo(
        f"{result.attacked_by} attacks {result.country} on {result.on}"
        f" ({result.treaties} treaties and stated pacts, {source})"
    )
    for side in (result.defender, result.attacker):
        joiners = [
            j for j in side.members if j.steps and (max_steps is None or j.steps <= max_steps)
        ]
        click.echo(f"{side.name} side ({side.belligerent}): {len(joiners)} state(s) bound to join")
        for j in joiners:
            link = j.path[-1]
            cites = "; ".join(
                c.treaty + (f' ("{short(c.sentences[0], 70)}")' if c.sentences else "")
                for c in link.citations
            )
            click.echo(f"  {j.state}  step {j.steps}, defends {link.defended}: {cites}")
    for t in result.torn:
        click.echo(f"torn: {t.state} is bound to both sides")
    for c in result.great_power_clashes:
        if max_steps is None or c.steps <= max_steps:
            click.echo(
                f"great powers on opposite sides: {c.defender_side} (with {result.country})"
                f" vs {c.attacker_side} (with {result.attacked_by}), {c.steps} step(s) out"
            )
