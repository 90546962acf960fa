"""Two staff starting the tool at the same moment on a new workspace: one creates it, the other
waits and uses it (through the real command, in two processes)."""

import os
import subprocess
import sys

from click.testing import CliRunner

from redactor.cli import main

CHILD = """
import os, sys, time
gate = sys.argv[1]
while not os.path.exists(gate):   # both processes start, then are released together
    time.sleep(0.001)
from redactor.cli import main
main(["review", "list"])
"""


def test_two_first_uses_at_once_both_succeed(tmp_path, monkeypatch):
    folder = tmp_path / "new-workspace"
    gate = tmp_path / "go"
    env = {**os.environ, "REDACTOR_PASSPHRASE": "a long enough passphrase",
           "REDACTOR_WORKSPACE": str(folder)}
    children = [subprocess.Popen([sys.executable, "-c", CHILD, str(gate)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
    gate.touch()
    results = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], [err[-400:] for _, err in results]
    assert not any("Traceback" in err for _, err in results)
    monkeypatch.setenv("REDACTOR_PASSPHRASE", "a long enough passphrase")
    monkeypatch.setenv("REDACTOR_WORKSPACE", str(folder))
    verified = CliRunner().invoke(main, ["audit", "--verify"])
    assert verified.exit_code == 0, verified.output
