"""Shared fixtures: the model is loaded once per test session."""

from __future__ import annotations

import dataclasses

import pytest

from redactor.pipeline import load_pipeline
from redactor.types import Block, Document


# The team of the review stories: the first lead (who creates the workspace) and one person per
# role. Passwords follow the password rule (12+ characters, not common, not the user name).
TEAM = {"lee": "lead", "sam": "staff", "sky": "staff", "tara": "trainer", "rita": "reviewer",
        "lena": "lead"}
PASSWORDS = {name: f"blue kettle on the hob {i:02d}" for i, name in enumerate(TEAM)}
CHEAP_KDF = {"iterations": 1, "memory_cost": 64, "lanes": 1}


def team_workspace(folder, team: dict[str, str] | None = None) -> None:
    """Create a workspace with a cheap Argon2id setting (for tests that are not about the KDF; the
    CLI then uses the cost stored in it), its first lead ``lee``, and every other member of
    ``team`` signed up with their password from ``PASSWORDS``."""
    from redactor.workspace import KdfParams, Workspace
    team = team or TEAM
    with Workspace.create(folder, "lee", PASSWORDS["lee"], kdf=KdfParams(**CHEAP_KDF)) as lead:
        codes = {name: lead.add_user(name, role) for name, role in team.items() if name != "lee"}
    for name, code in codes.items():
        Workspace.setup_account(folder, name, code, PASSWORDS[name]).close()


def submitted_workspace(tmp_path, pipeline, files: dict[str, str], order=None):
    """A team workspace at ``tmp_path/ws`` with ``files`` (name -> text) written to
    ``tmp_path/in``, redacted with ``pipeline`` and submitted by sam (in ``order``, a sort key
    for the jobs, when given); returns the workspace folder."""
    from redactor.runner import Redactor, plan
    from redactor.workspace import Workspace
    team_workspace(tmp_path / "ws")
    (tmp_path / "in").mkdir()
    for name, text in files.items():
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    jobs, failures, _ = plan([str(tmp_path / "in")], str(tmp_path / "out"))
    assert not failures
    with Workspace.open(tmp_path / "ws", "sam", PASSWORDS["sam"]) as sam:
        for result in Redactor(pipeline).run(sorted(jobs, key=order) if order else jobs):
            sam.submit(result.input.name, result.source, pipeline.name, result.findings_json,
                       needs_lead=bool(result.risk), mapping_json=result.mapping_json,
                       display_name=result.name, risk=result.risk)
    return tmp_path / "ws"


def signed_in(name: str) -> dict[str, str]:
    """The environment a script run by ``name`` signs in with."""
    return {"REDACTOR_USER": name, "REDACTOR_PASSWORD": PASSWORDS[name]}


@pytest.fixture(autouse=True)
def no_workspace_from_the_environment(monkeypatch):
    """A developer's own workspace settings never leak into (or get written by) the tests."""
    for name in ("REDACTOR_PASSPHRASE", "REDACTOR_NEW_PASSPHRASE", "REDACTOR_WORKSPACE",
                 "REDACTOR_USER", "REDACTOR_PASSWORD", "REDACTOR_NEW_PASSWORD", "REDACTOR_SETUP_CODE"):
        monkeypatch.delenv(name, raising=False)
    # One process unless a test says --jobs (tests/test_jobs.py): each worker loads the models.
    monkeypatch.setenv("REDACTOR_JOBS", "1")


@pytest.fixture(scope="session")
def training():
    return dataclasses.replace(load_pipeline("training"), seed=1234)


@pytest.fixture(scope="session")
def la_influence():
    return dataclasses.replace(load_pipeline("la-influence"), seed=1234)


@pytest.fixture(scope="session")
def redactor_engine(training):
    from redactor.runner import Redactor
    return Redactor(training)


@pytest.fixture(scope="session")
def anonymise(redactor_engine):
    """anonymise(text, pipeline=None, mapping=None) -> (output text, findings with replacements)."""
    from redactor.replace import Mapping, render

    def run(text, pipeline=None, mapping=None):
        pipeline = pipeline or redactor_engine.pipeline
        doc = Document(path="memory.txt", kind="txt", text=text, blocks=[Block(0, len(text))])
        findings = redactor_engine.detector.detect(text)
        final = redactor_engine.anonymise(doc, findings, mapping or Mapping(pipeline.seed), pipeline)
        return render(text, final), final

    return run
