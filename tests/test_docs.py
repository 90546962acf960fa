"""Every command the CLI offers is documented in the README (a newcomer finds it in one step)."""

from pathlib import Path

import click

from redactor.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix="redactor"):
    for name, command in group.commands.items():
        full = f"{prefix} {name}"
        if isinstance(command, click.Group):
            yield from _commands(command, full)
        else:
            yield full


def test_every_command_is_in_the_readme():
    missing = [c for c in _commands(main) if c not in README]
    assert not missing, missing
