"""``redactor redact --jobs N``: several documents at once, one worker process each, with the
outputs, their names, the error lines and the workspace record of a one-job run."""

import json
import zipfile

import pytest
from click.testing import CliRunner

from redactor.cli import main
from tests.conftest import signed_in, team_workspace
from tests.docx_builder import build

NOTES = [
    "Kacper Nowak (Year 5) attends Oakwood Primary School. His mum Agnieszka rang on 07700 900123.",
    "Phone log 3 March 2025. Mrs Farida Sheikh called about Amir's transport to Brook Lane School.",
    "Chronology: EHC needs assessment requested for Lily-Mae Carter, DOB 14/02/2016, postcode S6 2LR.",
    "Dad (Darren Walsh) e-mailed darren.walsh@example.org about the tribunal, ref SE373/24/00012.",
    "Annual review for Zofia Wojcik at Hillside Academy; her brother Tomasz attends too.",
]


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def outputs(folder):
    """Every output file, by name, as the text a reader sees (a Word file's body XML)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            if path.suffix == ".docx":
                with zipfile.ZipFile(path) as z:
                    found[path.name] = z.read("word/document.xml")
            else:
                found[path.name] = path.read_bytes()
    return found


@pytest.fixture()
def folder(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    for i, note in enumerate(NOTES):
        (source / f"note-{i}.txt").write_text(note + "\n", encoding="utf-8")
    build(source / "letter.docx", paragraphs=[NOTES[0], NOTES[2]], header="Oakwood Primary School")
    return tmp_path


@pytest.mark.parametrize("consistency", ["document", "batch"])
def test_two_jobs_write_exactly_what_one_job_writes(folder, consistency):
    definition = folder / "seeded.yaml"
    definition.write_text(f"name: seeded\nreplacement:\n  consistency: {consistency}\n  seed: 42\n",
                          encoding="utf-8")
    for jobs in (1, 2):
        result = run("redact", folder / "in", "--out", folder / f"out-{jobs}", "--pipeline", definition,
                     "--jobs", jobs)
        assert result.exit_code == 0, result.output
        assert "Redacted 6 of 6 file(s)" in result.output
    one, two = outputs(folder / "out-1"), outputs(folder / "out-2")
    assert len(one) == 12  # six drafts, six findings files
    assert one == two
    assert not list((folder / "out-2").rglob(".redactor-tmp-*"))
    for draft in (folder / "out-2").glob("*.txt"):
        assert "Nowak" not in draft.read_text(encoding="utf-8")


def test_a_bad_file_among_many_is_one_line_and_the_others_are_written(folder):
    (folder / "in" / "damaged.docx").write_bytes(b"PK\x03\x04 not really a Word file")
    (folder / "in" / "protected.docx").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)  # an OLE container that is no Word file
    result = run("redact", folder / "in", "--out", folder / "out", "--jobs", 2)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and all(line.startswith("error: R200: ") for line in errors)
    assert "damaged.docx" in errors[0] and "protected.docx" in errors[1]
    assert "Traceback" not in result.output
    assert len(list((folder / "out").glob("*.findings.json"))) == 6
    assert "Redacted 6 of 8 file(s)" in result.output


def test_every_draft_of_a_parallel_run_is_recorded_for_review(folder, monkeypatch):
    monkeypatch.setenv("REDACTOR_WORKSPACE", str(folder / "ws"))
    team_workspace(folder / "ws")
    result = run("redact", folder / "in", "--out", folder / "out", "--jobs", 2, env=signed_in("sam"))
    assert result.exit_code == 0, result.output
    listed = json.loads(run("review", "list", "--json", env=signed_in("rita")).output)
    drafts = {p.name for p in (folder / "out").iterdir() if not p.name.endswith(".findings.json")}
    assert len(listed) == 6
    assert {row["name"] for row in listed} == drafts
    assert {row["submitted_by"] for row in listed} == {"sam"}


def test_jobs_must_be_a_positive_number(folder):
    result = run("redact", folder / "in", "--out", folder / "out", "--jobs", 0)
    assert result.exit_code == 2 and "--jobs" in result.output
    assert not (folder / "out").exists()
