"""No original and no secret outside the workspace: scratch space is private, RAM-backed when it
can be, gone when a command ends, swept after a crash; LibreOffice sees none of our secrets."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from redactor.cli import main
from tests.conftest import signed_in, team_workspace
from tests.review.conftest import run_as

ORIGINAL = "Kacper Nowak"


@pytest.fixture()
def env(tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("REDACTOR_SCRATCH", str(scratch))
    monkeypatch.setenv("REDACTOR_WORKSPACE", str(tmp_path / "ws"))
    team_workspace(tmp_path / "ws")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_text(f"{ORIGINAL} (Year 6) attends Oakwood Primary School.\n",
                                              encoding="utf-8")
    return tmp_path


def run(*args, user="rita"):
    return run_as(user, *args)


def holds_original(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and ORIGINAL.encode() in p.read_bytes()]


def test_review_approve_and_release_leave_nothing_in_scratch_space(env):
    run("redact", env / "in", "--out", env / "out", "-q", user="sam")
    assert ORIGINAL in run("review", "show", "1").output
    assert run("review", "approve", "1").exit_code == 0
    assert run("release", "1", "--to", env / "released").exit_code == 0
    assert list((env / "scratch").iterdir()) == []


def test_scratch_space_a_killed_process_left_is_swept_by_the_next_command(env):
    code = ("import os, signal\nfrom redactor.scratch import scratch_dir\n"
            "with scratch_dir() as d:\n"
            f"    (d / 'note.txt').write_text({ORIGINAL!r})\n"
            "    print(d, flush=True)\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n")
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ)
    assert child.returncode == -signal.SIGKILL
    left = Path(child.stdout.strip())
    assert holds_original(left), "the simulated crash must leave the original behind"
    assert run("review", "list").exit_code == 0
    assert not left.exists() and holds_original(env / "scratch") == []


def test_after_a_sigkill_during_approve_no_copy_of_the_original_is_left(env):
    run("redact", env / "in", "--out", env / "out", "-q", user="sam")
    approve = subprocess.Popen([sys.executable, "-m", "redactor", "review", "approve", "1"],
                               env={**os.environ, **signed_in("rita")}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while approve.poll() is None and not any((env / "scratch").iterdir()) and time.monotonic() < deadline:
        time.sleep(0.005)  # watching for the scratch folder, not waiting for a result
    approve.send_signal(signal.SIGKILL)
    approve.wait()
    assert run("review", "list").exit_code == 0  # the next command sweeps
    assert holds_original(env / "scratch") == []


def test_libreoffice_gets_no_secret_in_its_environment(tmp_path, monkeypatch):
    fake = tmp_path / "bin"
    fake.mkdir()
    dump = tmp_path / "child-env.txt"
    (fake / "soffice").write_text(f"#!/bin/sh\nenv > {dump}\nexit 1\n", encoding="utf-8")
    (fake / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ['PATH']}")
    secrets = {"REDACTOR_PASSPHRASE": "passphrase-secret-1", "REDACTOR_PASSWORD": "password-secret-2",
               "REDACTOR_NEW_PASSWORD": "password-secret-3", "REDACTOR_SETUP_CODE": "code-secret-5",
               "SOME_API_TOKEN": "token-secret-4", "REDACTOR_USER": "user-6"}
    for name, value in secrets.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("REDACTOR_SCRATCH", str(tmp_path))
    monkeypatch.setenv("REDACTOR_WORKSPACE", str(tmp_path / "ws"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.rtf").write_text(r"{\rtf1 Kacper Nowak}", encoding="utf-8")
    result = CliRunner().invoke(main, ["redact", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1 and "LibreOffice could not convert" in result.output
    seen = dump.read_text(encoding="utf-8")
    assert "PATH=" in seen
    assert not [v for v in secrets.values() if v in seen]
