"""Shared fixtures: the model is loaded once per test session."""

from __future__ import annotations

import dataclasses

import pytest

from redactor.pipeline import load_pipeline
from redactor.types import Block, Document


def cheap_workspace(folder, passphrase: str) -> None:
    """Create a workspace with a cheap Scrypt setting, for tests that are not about the KDF: the
    CLI then opens it with the cost stored in it (the default cost is for real workspaces)."""
    from redactor.workspace import ScryptParams, Workspace
    Workspace.open(folder, passphrase, kdf=ScryptParams(n=2**12, r=8, p=1)).close()


@pytest.fixture(autouse=True)
def no_workspace_from_the_environment(monkeypatch):
    """A developer's own workspace settings never leak into (or get written by) the tests."""
    for name in ("REDACTOR_PASSPHRASE", "REDACTOR_NEW_PASSPHRASE", "REDACTOR_WORKSPACE"):
        monkeypatch.delenv(name, raising=False)


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
