"""A review workspace for CLI stories: its passphrase and folder in the environment, created with
a cheap key-derivation setting (the CLI opens it with the cost stored in it)."""

import pytest

from tests.conftest import cheap_workspace

PASS = "a long enough passphrase"


@pytest.fixture()
def workspace_env(tmp_path, monkeypatch):
    monkeypatch.setenv("REDACTOR_PASSPHRASE", PASS)
    monkeypatch.setenv("REDACTOR_WORKSPACE", str(tmp_path / "ws"))
    cheap_workspace(tmp_path / "ws", PASS)
    (tmp_path / "in").mkdir()
    return tmp_path
