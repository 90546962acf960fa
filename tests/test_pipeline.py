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
