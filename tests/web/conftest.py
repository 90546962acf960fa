"""A workspace with the team signed up and two documents submitted by sam (one flagged for the
Service Lead), and the web app over it: in-process (Starlette's TestClient, as datasette tests
its app) and served on a real socket for a real browser."""

from __future__ import annotations

import socket
import threading

import pytest

from tests.conftest import submitted_workspace

CASE = ("Kacper Nowak (Year 6) attends Oakwood Primary School. At home they call him bubba.\n\n"
        "Mum Anna Nowak rang on 3 March 2025 about the annual review.\n")
CALL = ("Duty log. Mum rang about transport. She said Kacper Nowak told his teacher he wants to "
        "kill himself and has been giving his things away to his cousin.\n")
ORIGINALS = ("Kacper", "Nowak", "Oakwood", "Anna")


@pytest.fixture()
def web_workspace(tmp_path, training):
    return submitted_workspace(tmp_path, training, {"case.txt": CASE, "call.txt": CALL},
                               order=lambda job: job.input.name != "case.txt")


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
