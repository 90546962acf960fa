"""Signed-in sessions of the web page, kept in the server's memory only.

A session is a random token (the cookie) mapped to a workspace opened as that person, a CSRF
token for every form, and the moment it was last used. It ends at sign-out, after ``idle``
without a request, or when the server stops; nothing about it is written to disk. Repeated
failed sign-ins for one user name, or from one address, make the next attempt wait (doubling,
from the fifth failure, up to 15 minutes).
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

FREE_FAILURES = 5
LONGEST_WAIT = timedelta(minutes=15)


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Session:
    """One signed-in person: their open workspace and this session's CSRF token."""

    token: str
    workspace: object                      # redactor.workspace.Workspace, opened as the person
    csrf: str
    last_seen: datetime
    lock: threading.Lock = field(default_factory=threading.Lock)  # one request at a time
    running: int = 0          # upload jobs still using this session's workspace
    ended: bool = False       # signed out or timed out; closed once no job uses it

    @property
    def user(self) -> str:
        return self.workspace.user

    def job_finished(self) -> None:
        with self.lock:
            self.running -= 1
            if self.ended and self.running == 0:
                self.workspace.close()


class Throttle:
    """Back-off after failed sign-ins, per user name and per client address."""

    def __init__(self, clock: Callable[[], datetime] = _now):
        self._clock = clock
        self._failures: dict[str, tuple[int, datetime]] = {}
        self._lock = threading.Lock()

    def _wait(self, key: str) -> timedelta:
        count, last = self._failures.get(key, (0, self._clock()))
        if count < FREE_FAILURES:
            return timedelta(0)
        delay = min(timedelta(seconds=2 ** (count - FREE_FAILURES + 1)), LONGEST_WAIT)
        return max(last + delay - self._clock(), timedelta(0))

    def wait(self, *keys: str) -> timedelta:
        """How long the next attempt with these keys must wait (0 when it may go ahead)."""
        with self._lock:
            return max((self._wait(k) for k in keys), default=timedelta(0))

    def failed(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                count, _ = self._failures.get(key, (0, self._clock()))
                self._failures[key] = (count + 1, self._clock())

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


class SessionStore:
    """Tokens to sessions; a session idle longer than ``idle`` is ended on its next use."""

    def __init__(self, idle: timedelta, clock: Callable[[], datetime] = _now):
        self.idle = idle
        self._clock = clock
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def start(self, workspace) -> Session:
        session = Session(secrets.token_urlsafe(32), workspace, secrets.token_urlsafe(32), self._clock())
        with self._lock:
            self._sessions[session.token] = session
        return session

    def get(self, token: str | None) -> Session | None:
        """The live session for ``token`` (its idle time restarts), or None."""
        if not token:
            return None
        with self._lock:
            session = self._sessions.get(token)
            if session is None:
                return None
            if self._clock() - session.last_seen > self.idle:
                del self._sessions[token]
                _close(session)
                return None
            session.last_seen = self._clock()
            return session

    def end(self, token: str | None) -> None:
        with self._lock:
            session = self._sessions.pop(token or "", None)
        if session is not None:
            _close(session)

    def end_all(self) -> None:
        with self._lock:
            sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            _close(session)


def _close(session: Session) -> None:
    """End a session: its workspace is closed now, or when its last upload job finishes (an
    upload started before signing out is still recorded)."""
    with session.lock:
        session.ended = True
        if session.running == 0:
            session.workspace.close()
