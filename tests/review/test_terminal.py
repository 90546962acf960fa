"""At a terminal, as an advice officer meets it: who you are and your password are asked for,
the password is never echoed, and nothing secret reaches the screen or the command line."""

from __future__ import annotations

import os
import pty
import select
import sys

from tests.conftest import PASSWORDS


class Terminal:
    """A real pseudo-terminal running one redactor command; ``expect`` reads until a prompt."""

    def __init__(self, args: list[str], env: dict[str, str]):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the command, with the terminal as stdin/stdout/stderr
            os.execve(sys.executable, [sys.executable, "-m", "redactor", *args], env)
        self.seen = ""
        self.mark = 0  # what earlier prompts matched is not matched again

    def expect(self, text: str, timeout: float = 60.0) -> str:
        """Read until ``text`` appears after the last thing expected (a prompt hides typed-ahead
        input, so answers are typed only once their prompt is there)."""
        while text not in self.seen[self.mark:]:
            ready, _, _ = select.select([self.fd], [], [], timeout)
            assert ready, f"no {text!r} on the terminal; it shows: {self.seen[-300:]!r}"
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:  # the command ended
                chunk = b""
            assert chunk, f"the command ended before {text!r}; it showed: {self.seen[-300:]!r}"
            self.seen += chunk.decode("utf-8", "replace")
        self.mark = self.seen.index(text, self.mark) + len(text)
        return self.seen

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\r")

    def finish(self) -> int:
        try:
            while True:
                chunk = os.read(self.fd, 4096)
                if not chunk:
                    break
                self.seen += chunk.decode("utf-8", "replace")
        except OSError:
            pass
        return os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])


def test_a_lead_sets_up_at_a_terminal_and_the_password_is_never_shown(tmp_path):
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "LANG": "C.UTF-8",
           "REDACTOR_WORKSPACE": str(tmp_path / "ws")}
    term = Terminal(["workspace", "init"], env)
    term.expect("User name")
    term.type("lee")
    term.expect("New password for lee")
    term.type("password1234")  # a common one: explained, and asked again
    term.expect("Repeat for confirmation")
    term.type("password1234")
    term.expect("common password")
    before = len(term.seen)
    term.expect("New password for lee")  # asked again
    term.type(PASSWORDS["lee"])
    term.expect("Repeat for confirmation")
    term.type(PASSWORDS["lee"])
    assert term.finish() == 0
    assert "lee is its lead" in term.seen[before:]
    assert PASSWORDS["lee"] not in term.seen and "password1234" not in term.seen

    term = Terminal(["users", "add", "sam", "--role", "staff"], env)
    term.expect("User name")
    term.type("lee")
    term.expect("Password for lee")
    term.type(PASSWORDS["lee"])
    assert term.finish() == 0 and "setup code" in term.seen and PASSWORDS["lee"] not in term.seen
