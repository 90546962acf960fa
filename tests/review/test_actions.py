"""Review and release from Python, without click: the library the CLI and the web page share."""

import json

import pytest

from redactor.errors import RedactorError
from redactor.review import actions
from redactor.workspace import AccessDenied, Workspace
from tests.conftest import PASSWORDS, submitted_workspace

NOTE = "Kacper Nowak (Year 6) attends Oakwood Primary School. At home they call him bubba.\n"


@pytest.fixture()
def story(tmp_path, training):
    submitted_workspace(tmp_path, training, {"case.txt": NOTE})
    return tmp_path


def test_a_reviewer_reviews_and_releases_from_python(story):
    with Workspace.open(story / "ws", "rita", PASSWORDS["rita"]) as rita:
        view = actions.open_document(rita, 1)
        assert "Kacper" in view.text and rita.audit_entries()[-1]["action"] == "view_originals"
        school = next(i for i, f in enumerate(view.findings)
                      if view.text[f["start"]:f["end"]] == "Oakwood Primary School")
        assert actions.reject(rita, 1, school) == 1
        assert actions.add_missed(rita, 1, "bubba", "PERSON") == 1
        with pytest.raises(RedactorError, match="does not occur"):
            actions.add_missed(rita, 1, "not in the text", "PERSON")
        sha = actions.approve(rita, 1)
        (released,) = actions.release(rita, None, story / "released")
    assert released.error is None and released.path.read_bytes()
    text = released.path.read_text(encoding="utf-8")
    assert "Kacper" not in text and "bubba" not in text and "Oakwood Primary School" in text
    assert len(sha) == 64


def test_the_rules_hold_whoever_calls_the_library(story):
    with Workspace.open(story / "ws", "sam", PASSWORDS["sam"]) as sam:
        with pytest.raises(AccessDenied):
            actions.approve(sam, 1)
        (refused,) = actions.release(sam, [1], story / "released")
    assert isinstance(refused.error, RedactorError) and "not approved" in str(refused.error)
    assert not (story / "released").exists()
    with Workspace.open(story / "ws", "tara", PASSWORDS["tara"]) as tara:
        with pytest.raises(AccessDenied):
            actions.reject(tara, 1, 0)
        with pytest.raises(RedactorError, match="note"):
            actions.return_to_staff(tara, 1, "  ")
    with Workspace.open(story / "ws", "lee", PASSWORDS["lee"]) as lee:
        assert [e["action"] for e in lee.audit_entries()].count("decision") == 0
        assert json.loads(json.dumps(lee.list()))[0]["status"] == "awaiting_review"
