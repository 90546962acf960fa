"""Folders, files and the batch (hostile and strange inputs): every per-file failure is one line
with an R-code naming the file, the batch goes on, links never lead out of the input folder, the
bytes recorded are the bytes read, and nothing half-written survives a crash."""

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from redactor.cli import main

NOTE = "Kacper Nowak attends Oakwood Primary School.\n"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def error_lines(result):
    return [line for line in result.output.splitlines() if line.startswith("error:")]


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(NOTE, encoding="utf-8")
    return tmp_path


def test_a_symlink_loop_given_as_an_argument_is_one_line_and_the_batch_goes_on(folder):
    loop = folder / "loop.txt"
    loop.symlink_to(folder / "loop.txt")
    result = run("redact", loop, folder / "in", "--out", folder / "out", "-q")
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = error_lines(result)
    assert line.startswith("error: R200: ") and "loop.txt" in line
    assert (folder / "out" / "good.txt").is_file()


def test_a_link_inside_an_input_folder_is_never_followed_out_of_it(folder):
    secret = folder / "outside.txt"
    secret.write_text("Maja Kowalska lives at 12 Oak Road.\n", encoding="utf-8")
    (folder / "in" / "looks-like-a-note.txt").symlink_to(secret)
    (folder / "in" / "etc").symlink_to("/etc")
    (folder / "in" / "inside.txt").symlink_to(folder / "in" / "good.txt")
    for option in ((), ("--follow-symlinks",)):
        out = folder / ("out" + "".join(option))
        result = run("redact", folder / "in", "--out", out, "-q", *option)
        assert result.exit_code == 0, result.output
        written = sorted(p.name for p in out.rglob("*.txt"))
        assert "looks-like-a-note.txt" not in written and not any("passwd" in n for n in written)
        assert ("inside.txt" in written) == bool(option)  # a link inside the folder, when asked


def test_a_file_that_vanishes_while_the_batch_runs_fails_alone(folder):
    from redactor.pipeline import load_pipeline
    from redactor.runner import Redactor, plan
    (folder / "in" / "gone.txt").write_text(NOTE, encoding="utf-8")
    jobs, failures, _ = plan([folder / "in"], folder / "out")
    (folder / "in" / "gone.txt").unlink()
    results = {r.input.name: r for r in Redactor(load_pipeline("training")).run(jobs)}
    assert results["gone.txt"].error.startswith("R200: ") and "gone.txt" in results["gone.txt"].error
    assert results["good.txt"].error is None


def test_the_bytes_recorded_are_the_bytes_that_were_read(folder):
    from redactor.pipeline import load_pipeline
    from redactor.runner import Redactor, plan
    jobs, _, _ = plan([folder / "in"], folder / "out")
    results = Redactor(load_pipeline("training")).run(jobs)
    first = next(results)
    (folder / "in" / "good.txt").write_text("Someone else entirely.\n", encoding="utf-8")
    assert first.source == NOTE.encode("utf-8")


def test_an_unexpected_failure_is_one_line_with_a_code_and_the_batch_goes_on(folder, monkeypatch):
    import redactor.write as write
    (folder / "in" / "second.txt").write_text(NOTE, encoding="utf-8")
    real = write.write_document
    calls = []

    def broken_once(doc, findings, out_path, allowed_span=None, name=None):
        calls.append(out_path)
        if len(calls) == 1:
            raise ValueError("a bug")
        return real(doc, findings, out_path, allowed_span, name)
    monkeypatch.setattr(write, "write_document", broken_once)
    result = run("redact", folder / "in", "--out", folder / "out", "-q")
    assert result.exit_code == 1
    (line,) = error_lines(result)
    assert line.startswith("error: R900: ") and "internal error (ValueError)" in line
    assert len(list((folder / "out").glob("*.txt"))) == 1


def test_half_written_files_a_killed_run_left_are_swept(folder):
    out = folder / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = out / f".redactor-tmp-{dead}-abc.txt"
    stale.write_text(NOTE, encoding="utf-8")
    mine = out / f".redactor-tmp-{os.getpid()}-keep.txt"  # a live process's file is left alone
    mine.write_text("x", encoding="utf-8")
    assert run("redact", folder / "in", "--out", out, "-q").exit_code == 0
    assert not stale.exists() and mine.exists()


def test_control_characters_in_a_file_name_stay_on_one_line(folder):
    (folder / "in" / "evil\nname\x1b[31m.docx").write_bytes(b"")
    result = run("redact", folder / "in", "--out", folder / "out", "-q")
    assert result.exit_code == 1
    (line,) = error_lines(result)
    assert line.startswith("error: R200: ") and "evil\\nname\\x1b[31m.docx" in line


def test_an_output_folder_that_cannot_be_written_is_r300(folder):
    blocker = folder / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("redact", folder / "in", "--out", blocker / "out", "-q")
    assert result.exit_code == 1
    (line,) = error_lines(result)
    assert line.startswith("error: R300: ") and "internal error" not in line


def test_a_single_line_text_longer_than_spacy_reads_at_once_is_redacted(folder):
    """A single-line file of over a million characters once stopped the whole batch with a spaCy
    traceback (E088): it is read in windows cut at spaces, and written whole."""
    (folder / "in" / "huge.txt").write_text("Kacper Nowak rang. " * 64_000, encoding="utf-8")  # 1,216,000
    result = run("redact", folder / "in", "--out", folder / "out", "-q")
    assert result.exit_code == 0 and "Traceback" not in result.output, error_lines(result)
    out = (folder / "out" / "huge.txt").read_text(encoding="utf-8")
    assert "Kacper" not in out and "Nowak" not in out and out.count(" rang. ") == 64_000
    assert (folder / "out" / "good.txt").is_file()


def test_a_file_over_the_size_limit_is_one_line_and_the_batch_goes_on(folder):
    """Over 50 MB: refused before it is read (a sparse file, so the test writes nothing big)."""
    from redactor.extract import MAX_BYTES
    with open(folder / "in" / "export.txt", "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    result = run("redact", folder / "in", "--out", folder / "out", "-q")
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = error_lines(result)
    assert line.startswith("error: R200: ") and "export.txt" in line and "too big" in line
    assert (folder / "out" / "good.txt").is_file()


def test_a_long_document_is_read_in_windows_and_every_mention_is_found(folder):
    """Detection reads a long text in windows (bounded memory); a name on every line, across
    every window boundary, is still replaced."""
    para = "Kacper Nowak came in today with his mum and the SENCO from Oakwood Primary School.\n"
    (folder / "in" / "long.txt").write_text(para * 2500, encoding="utf-8")  # about 210,000 characters: 3 windows
    result = run("redact", folder / "in" / "long.txt", "--out", folder / "out", "-q")
    assert result.exit_code == 0, result.output
    out = (folder / "out" / "long.txt").read_text(encoding="utf-8")
    assert "Kacper" not in out and "Nowak" not in out and "Oakwood" not in out
    assert out.count("\n") == 2500
