"""Fixtures for workspace tests: a fast-KDF workspace factory, a controllable clock and
the standard set of users."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from redactor.workspace import Workspace
from tests.conftest import PASSWORDS, TEAM
from tests.workspace.story_data import FAST_KDF


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
    """open_ws(name="lee", password=None, **kw) -> Workspace in ``folder`` signed in as ``name``
    (created with ``lee`` as its first lead on first use); all closed at teardown."""
    opened = []

    def run(name: str = "lee", password: str | None = None, **kw) -> Workspace:
        kw.setdefault("clock", clock)
        password = password or PASSWORDS[name]
        if not Workspace.exists(folder):
            Workspace.create(folder, "lee", PASSWORDS["lee"], kdf=FAST_KDF,
                             **{k: v for k, v in kw.items() if k in ("clock", "migrations")}).close()
        ws = Workspace.open(folder, name, password, **kw)
        opened.append(ws)
        return ws

    yield run
    for ws in opened:
        ws.close()


@pytest.fixture
def as_(open_ws, folder, clock):
    """as_(name) -> the workspace signed in as ``name``, one of TEAM (lee, the first lead; sam and
    sky, staff; tara, trainer; rita, reviewer; lena, a second lead), all set up on first use."""
    sessions: dict[str, Workspace] = {}

    def run(name: str) -> Workspace:
        if not sessions:
            lead = open_ws("lee")
            codes = {n: lead.add_user(n, role) for n, role in TEAM.items() if n != "lee"}
            for n, code in codes.items():
                Workspace.setup_account(folder, n, code, PASSWORDS[n], clock=clock).close()
            sessions["lee"] = lead
        if name not in sessions:
            sessions[name] = open_ws(name)
        return sessions[name]

    return run


@pytest.fixture
def ws(as_):
    """The workspace with the whole team signed up, signed in as the first lead, lee."""
    return as_("lee")
