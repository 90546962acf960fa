"""A review workspace for CLI stories: the team of ``tests.conftest.TEAM`` signed up, its folder
in the environment, created with a cheap key-derivation setting (the CLI uses the cost stored in
it). Each command says who runs it (``run(..., user="rita")``)."""

import pytest
from click.testing import CliRunner

from redactor.cli import main
from tests.conftest import signed_in, team_workspace


@pytest.fixture()
def workspace_env(tmp_path, monkeypatch):
    monkeypatch.setenv("REDACTOR_WORKSPACE", str(tmp_path / "ws"))
    team_workspace(tmp_path / "ws")
    (tmp_path / "in").mkdir()
    return tmp_path


def run_as(user, *args, input=None):
    """``redactor ARGS`` signed in as ``user`` (from the environment, as a script would)."""
    return CliRunner().invoke(main, [str(a) for a in args], input=input, env=signed_in(user),
                              catch_exceptions=False)
