"""Fixtures for workspace tests: a fast-KDF workspace factory, a controllable clock and
the standard set of users."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from redactor.workspace import Workspace
from tests.workspace.story_data import FAST_KDF, PASSPHRASE


class Clock:
    """A clock the test moves forward explicitly (no sleeps)."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "redactor-workspace"


@pytest.fixture
def open_ws(folder, clock):
    """open_ws(passphrase=PASSPHRASE, **kw) -> Workspace in ``folder``; all closed at teardown."""
    opened = []

    def run(passphrase: str = PASSPHRASE, **kw) -> Workspace:
        kw.setdefault("kdf", FAST_KDF)
        kw.setdefault("clock", clock)
        ws = Workspace.open(folder, passphrase, **kw)
        opened.append(ws)
        return ws

    yield run
    for ws in opened:
        ws.close()


@pytest.fixture
def ws(open_ws):
    """A workspace with one user per role (plus a second staff member)."""
    workspace = open_ws()
    for name, role in (("sam", "staff"), ("sky", "staff"), ("tara", "trainer"),
                       ("rita", "reviewer"), ("lee", "lead")):
        workspace.add_user(name, role)
    return workspace
