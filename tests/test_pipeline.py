"""Pipeline definitions are checked whole, through the real command: a typo or a wrong value
anywhere is refused with R100 naming the file and the key, before any document is read."""

import pytest
from click.testing import CliRunner

from redactor.cli import main


@pytest.mark.parametrize("body, key", [
    ("detection:\n  score_treshold: 0.5\n", "detection.score_treshold: unknown setting"),
    ("linking:\n  enabled: \"no\"\n", "linking.enabled"),
    ("detection:\n  score_threshold: 1.5\n", "detection.score_threshold"),
    ("detection:\n  entities: [PERSON, BADGER]\n", "detection.entities"),
    ("replacement:\n  style: fancy\n", "replacement.style"),
    ("replacement:\n  seed: \"1234\"\n", "replacement.seed"),
    ("word:\n  revisons: accept\n", "word.revisons: unknown setting"),
    ("nlp:\n  model: [a, b]\n", "nlp.model"),
    ("nlp:\n  casework_model: 3\n", "nlp.casework_model"),
    ("colour: blue\n", "colour: unknown setting"),
])
def test_a_bad_definition_is_refused_naming_the_file_and_the_key(tmp_path, body, key):
    definition = tmp_path / "custom.yaml"
    definition.write_text("name: custom\n" + body, encoding="utf-8")
    note = tmp_path / "in" / "note.txt"
    note.parent.mkdir()
    note.write_text("Kacper Nowak attends Oakwood Primary School.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["redact", str(note), "--out", str(tmp_path / "out"),
                                       "--pipeline", str(definition)])
    assert result.exit_code == 2
    assert "R100" in result.output and "custom.yaml" in result.output and key in result.output
    assert not (tmp_path / "out").exists()


def test_yaml_yes_and_no_and_empty_sections_are_read_as_meant(tmp_path):
    definition = tmp_path / "plain.yaml"
    definition.write_text("name: plain\nlinking:\n  enabled: no\nword:\nreplacement:\n  seed: 7\n"
                          "detection:\n  score_threshold: 1\n", encoding="utf-8")
    from redactor.pipeline import load_pipeline
    pipeline = load_pipeline(str(definition))
    assert pipeline.linking is False and pipeline.seed == 7 and pipeline.score_threshold == 1.0
    assert pipeline.word_images == "keep"


@pytest.mark.parametrize("name", ["training", "la-influence"])
def test_the_built_in_definitions_pass_the_schema(name):
    from redactor.pipeline import load_pipeline
    assert load_pipeline(name).name == name


MESSAGE = "his keyworker at the unit is brogan, she said the taxi is late most days\n"


def _redact(tmp_path, body: str | None):
    note = tmp_path / "in" / "note.txt"
    note.parent.mkdir(exist_ok=True)
    note.write_text(MESSAGE, encoding="utf-8")
    args = ["redact", str(note), "--out", str(tmp_path / "out")]
    if body is not None:
        definition = tmp_path / "custom.yaml"
        definition.write_text("name: custom\nreplacement:\n  seed: 7\n" + body, encoding="utf-8")
        args += ["--pipeline", str(definition)]
    return CliRunner().invoke(main, args)


def test_the_shipped_pipeline_reads_with_the_casework_reader_and_finds_a_name_spacy_and_the_rules_miss(tmp_path):
    result = _redact(tmp_path, None)
    assert result.exit_code == 0, result.output
    assert "brogan" not in (tmp_path / "out" / "note.txt").read_text(encoding="utf-8")


def test_a_pipeline_without_the_casework_reader_reads_with_spacy_and_the_rules_alone(tmp_path):
    result = _redact(tmp_path, "nlp:\n  casework_model: null\n")
    assert result.exit_code == 0, result.output
    assert "brogan" in (tmp_path / "out" / "note.txt").read_text(encoding="utf-8")


def test_the_casework_readers_bold_guesses_need_a_listed_name_or_a_word_no_dictionary_has(tmp_path):
    """The reader guesses more boldly than spaCy; what it offers alone is taken only with a
    name a list knows or a capitalised word no dictionary has, and never hides a rule's find."""
    note = tmp_path / "in" / "log.csv"
    note.parent.mkdir()
    note.write_text("IncidentRef,Pupil,Location,Summary\nINC-2,\"Test, Bo\",Science Lab,\"Fine\"\n"
                    "Note,We met at the Playing Fields site. The lady called deliveroo by mistake.\n"
                    "Call,hi yeah it's patience love ridge kai's mum um you said to ring\n"
                    "Hope was expressed by everyone that things can improve.\n"
                    "2.1. The Initial Developer Grant. 3. Public License Fallback. Into another language.  "
                    "(Hereinafter, translation is included.)\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["redact", str(note), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    out = (tmp_path / "out" / "log.csv").read_text(encoding="utf-8")
    for kept in ("Science Lab", "Playing Fields site", "called deliveroo", "Hope was expressed",
                 "Developer Grant", "License Fallback", "(Hereinafter"):
        assert kept in out, "an ordinary word the reader guessed was redacted"
    for name in ("patience", "love ridge", "kai"):
        assert name not in out, "a caller's name the rules find was left in clear"


def test_a_missing_casework_reader_is_one_clear_error(tmp_path):
    result = _redact(tmp_path, f"nlp:\n  casework_model: {tmp_path / 'nowhere'}\n")
    assert result.exit_code != 0
    assert "R110" in result.output and "casework reader is missing" in result.output
    assert "brogan" not in result.output
    assert not (tmp_path / "out" / "note.txt").exists()
