"""A workspace with the team signed up and two documents submitted by sam (one flagged for the
Service Lead), and the web app over it: in-process (Starlette's TestClient, as datasette tests
its app) and served on a real socket for a real browser."""

from __future__ import annotations

import socket
import threading

import pytest

from redactor.runner import Redactor, plan
from redactor.workspace import Workspace
from tests.conftest import PASSWORDS, team_workspace

CASE = ("Kacper Nowak (Year 6) attends Oakwood Primary School. At home they call him bubba.\n\n"
        "Mum Anna Nowak rang on 3 March 2025 about the annual review.\n")
CALL = ("Duty log. Mum rang about transport. She said Kacper Nowak told his teacher he wants to "
        "kill himself and has been giving his things away to his cousin.\n")
ORIGINALS = ("Kacper", "Nowak", "Oakwood", "Anna")


@pytest.fixture()
def web_workspace(tmp_path, training):
    team_workspace(tmp_path / "ws")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "case.txt").write_text(CASE, encoding="utf-8")
    (tmp_path / "in" / "call.txt").write_text(CALL, encoding="utf-8")
    jobs, failures, _ = plan([str(tmp_path / "in")], str(tmp_path / "out"))
    assert not failures
    with Workspace.open(tmp_path / "ws", "sam", PASSWORDS["sam"]) as sam:
        for result in Redactor(training).run(sorted(jobs, key=lambda j: j.input.name != "case.txt")):
            sam.submit(result.input.name, result.source, training.name, result.findings_json,
                       needs_lead=bool(result.risk), mapping_json=result.mapping_json,
                       display_name=result.name, risk=result.risk)
    return tmp_path / "ws"


@pytest.fixture()
def served(web_workspace):
    """The app on 127.0.0.1 at a free port (the socket listens before the server starts, so a
    browser's first request simply waits for it); yields the base URL."""
    import uvicorn

    from redactor.web import create_app
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    server = uvicorn.Server(uvicorn.Config(create_app(web_workspace), log_level="warning",
                                           access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=30)
    sock.close()


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium (CI installs it; .ci/run fails when it cannot)."""
    import os
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip("Debian's chromium is not installed (apt install chromium); CI installs it")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM)
        yield chromium
        chromium.close()
