"""Names that are also role cues or SEND abbreviations keep being names (models/README.md:
a cue written in capitals, ELSA or SALT, matches only as written; a capitalised listed name is
searched as written). Through the real command, in both pipelines."""

import pytest
from click.testing import CliRunner

from redactor.cli import main

NOTE = (
    "Elsa Brown came in with her mum. Elsa was upset at school.\n"
    "Our ELSA, Mrs Hill, met Kacper on Monday.\n"
    "Joanne Salt (speech therapist) assessed him. Mrs Salt said the SALT report is due.\n"
    "Jane Nurse came to the meeting. The school nurse agreed with Mrs Nurse.\n"
    "Amir Dada phoned. Dada said he would bring the letter.\n"
    "The EP, Dr Leanne Sen, said SEN support is not enough. Dr Sen will write.\n"
)


@pytest.mark.parametrize("pipeline", ["training", "la-influence"])
def test_names_that_are_cue_words_are_replaced_and_the_cues_kept(tmp_path, pipeline):
    source = tmp_path / "in" / "note.txt"
    source.parent.mkdir()
    source.write_text(NOTE, encoding="utf-8")
    result = CliRunner().invoke(main, ["redact", str(source), "--out", str(tmp_path / "out"),
                                       "--pipeline", pipeline, "-q"])
    assert result.exit_code == 0, result.output
    out = next((tmp_path / "out").glob("*.txt")).read_text(encoding="utf-8")
    words = set(out.replace(",", " ").replace(".", " ").split())
    for name in ("Elsa", "Brown", "Salt", "Joanne", "Nurse", "Jane", "Dada", "Amir", "Sen", "Leanne"):
        assert name not in words, f"a name that is also a cue survived ({pipeline})"
    # ... while the roles and abbreviations, as written, are kept
    for kept in ("ELSA", "SALT", "SEN", "EP", "school nurse", "mum"):
        assert kept in out
