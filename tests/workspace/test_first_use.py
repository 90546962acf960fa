"""A Service Lead setting up on two terminals at the same moment (or a setup script run twice):
one `workspace init` creates the workspace, the other waits, finds it made and signs in to it
(through the real command, in two processes). Nobody else can take over an existing workspace."""

import os
import subprocess
import sys

from click.testing import CliRunner

from redactor.cli import main
from tests.conftest import PASSWORDS, signed_in

CHILD = """
import os, sys, time
gate = sys.argv[1]
while not os.path.exists(gate):   # both processes start, then are released together
    time.sleep(0.001)
from redactor.cli import main
main(["workspace", "init"])
"""


def test_two_inits_at_once_both_succeed_with_one_workspace(tmp_path):
    folder = tmp_path / "new-workspace"
    gate = tmp_path / "go"
    env = {**os.environ, **signed_in("lee"), "REDACTOR_WORKSPACE": str(folder)}
    children = [subprocess.Popen([sys.executable, "-c", CHILD, str(gate)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
    gate.touch()
    results = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], [err[-400:] for _, err in results]
    assert not any("Traceback" in err for _, err in results)
    outputs = sorted(out for out, _ in results)
    assert "already exists" in outputs[0] and "created" in outputs[1]
    assert sorted(p.name for p in folder.iterdir()) == ["workspace.db"]  # nothing half-made left
    verified = CliRunner().invoke(main, ["audit", "--verify"],
                                  env={**signed_in("lee"), "REDACTOR_WORKSPACE": str(folder)})
    assert verified.exit_code == 0, verified.output


def test_init_over_an_existing_workspace_by_someone_else_is_refused(tmp_path):
    env = {"REDACTOR_WORKSPACE": str(tmp_path / "ws")}
    assert CliRunner().invoke(main, ["workspace", "init"], env={**env, **signed_in("lee")}).exit_code == 0
    before = (tmp_path / "ws" / "workspace.db").read_bytes()
    other = CliRunner().invoke(main, ["workspace", "init"], env={**env, **signed_in("sam")})
    assert other.exit_code == 1 and "R510" in other.output and "already exists" in other.output
    assert PASSWORDS["sam"] not in other.output
    assert (tmp_path / "ws" / "workspace.db").read_bytes() == before
