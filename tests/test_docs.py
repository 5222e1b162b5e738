"""Every command and option documents itself, and the README names every command."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from diplograph.cli.main import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def walk(command: click.Command, path: tuple[str, ...] = ()):
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from walk(sub, (*path, name))


COMMANDS = [(" ".join(p), c) for p, c in walk(cli) if p]


@pytest.mark.parametrize("name, command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_docs_every_command_has_help(name, command):
    assert (command.help or "").strip(), f"`diplograph {name}` has no help text"
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert (param.help or "").strip(), (
                f"`diplograph {name}` option {param.opts} has no help"
            )


@pytest.mark.parametrize("name", sorted({p[0] for p, _ in walk(cli) if p}))
def test_docs_readme_mentions_every_command(name):
    assert f"diplograph {name}" in README


def test_docs_cli_reference_is_current():
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "tools"))
    from cli_reference import TARGET, reference

    assert TARGET.read_text(encoding="utf-8") == reference(), "run tools/cli_reference.py"
