"""Words no dictionary knows: left in the draft, but shown to the reviewer with a score, who adds
the ones that name someone (issue 10's safety net, "at least shown to the reviewer")."""

import json

from tests.review.conftest import run_as

# A parent's lower-case e-mail: "brinkcliffe" (the pupil referral unit) is a name no list knows
# here; "dont", "hiya" and "pru" are how people write. ("going to brinkcliffe" would be redacted
# outright: a lower-case place after "go to"; so is "dawn at sendiass", an officer at a service.)
EMAIL = ("Child A is in Year 9.\n\nhiya its me again. i dont want him sent off with the brinkcliffe which is "
         "the pru. thats what dawn at sendiass told me last year.\n")


def run(*args, user="rita", input=None):
    return run_as(user, *args, input=input)


def test_a_reviewer_sees_words_no_dictionary_knows_and_adds_the_one_that_names_a_setting(workspace_env):
    (workspace_env / "in" / "email.txt").write_text(EMAIL, encoding="utf-8")
    result = run("redact", workspace_env / "in", "--out", workspace_env / "out", "-q", user="sam")
    assert result.exit_code == 0, result.output
    record = json.loads((workspace_env / "out" / "email.txt.findings.json").read_text(encoding="utf-8"))
    shown = [EMAIL[w["start"]:w["end"]] for w in record["words_to_check"]]
    assert "brinkcliffe" in shown
    assert "dawn" not in (workspace_env / "out" / "email.txt").read_text(encoding="utf-8")
    assert not {"dont", "hiya", "pru", "thats"} & set(shown)
    assert "brinkcliffe" not in json.dumps(record)  # offsets and scores, never the word

    doc = json.loads(run("review", "list", "--json").output)[0]["id"]
    lines = run("review", "show", doc).output.splitlines()
    words = [line for line in lines if line.startswith("WORD?")]
    assert any("[[brinkcliffe]]" in line for line in words)
    assert any("review add" in line for line in lines)

    assert run("review", "add", doc, "--type", "SCHOOL", input="brinkcliffe\n").exit_code == 0
    after = run("review", "show", doc).output
    assert "[[brinkcliffe]]" not in "\n".join(l for l in after.splitlines() if l.startswith("WORD?"))
    assert run("review", "approve", doc).exit_code == 0
    assert run("release", doc, "--to", workspace_env / "released").exit_code == 0
    released = next((workspace_env / "released").iterdir()).read_text(encoding="utf-8")
    assert "brinkcliffe" not in released and "which is the pru" in released
