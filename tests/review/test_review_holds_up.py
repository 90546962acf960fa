"""The review story as a user lives it, through the real CLI, in the orders people use it:
a reviewer's addition beside another replacement still releases; additions and new versions are
replaced with the document's own mapping; no replacement is a word of its document; names of
files and folders never show in drafts, findings or listings."""

import json
import re
from datetime import datetime

import pytest
from faker import Faker

from tests.review.conftest import run_as


@pytest.fixture()
def env(workspace_env):
    return workspace_env


def run(*args, user="rita", input=None):
    """``redactor ARGS`` signed in as ``user`` (a reviewer unless said)."""
    return run_as(user, *args, input=input)


def listed():
    return json.loads(run("review", "list", "--json").output)


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W_]+", text)}


@pytest.mark.parametrize("pipeline", ["training", "la-influence"])
def test_an_addition_right_after_a_replacement_is_released(env, pipeline):
    (env / "in" / "note.txt").write_text(
        "Kacper Nowak is in Year 6 at Oakwood Primary School. At home Kacper bubs plays trains.\n"
        "Mum Anna Nowak rang on 3 March 2025.\n", encoding="utf-8")
    assert run("redact", env / "in", "--out", env / "out", "--pipeline", pipeline,
               "-q", user="sam").exit_code == 0
    (doc,) = [d["id"] for d in listed()]
    added = run("review", "add", doc, "--type", "PERSON", input="bubs\n", user="rita")
    assert added.exit_code == 0, added.output
    assert run("review", "approve", doc, user="rita").exit_code == 0
    released = run("release", doc, "--to", env / "released", user="rita")
    assert released.exit_code == 0, released.output
    (out,) = (env / "released").iterdir()
    text = out.read_text(encoding="utf-8")
    assert not words(text) & {"kacper", "nowak", "bubs", "anna", "oakwood"}
    assert listed()[0]["status"] == "released"


@pytest.mark.parametrize("style", ["pseudonym", "label"])
def test_an_original_no_detector_found_before_still_blocks_the_release(env, style):
    narrow = env / "narrow.yaml"
    narrow.write_text(f"name: narrow\ndetection:\n  entities: [PHONE]\nreplacement:\n  style: {style}\n",
                      encoding="utf-8")
    (env / "in" / "note.txt").write_text("Ring 07700 900461 for Kacper Nowak about transport.\n",
                                         encoding="utf-8")
    run("redact", env / "in", "--out", env / "out", "--pipeline", narrow, "-q", user="sam")
    (doc,) = [d["id"] for d in listed()]
    assert run("review", "approve", doc, "--pipeline", narrow, user="rita").exit_code == 0
    result = run("release", doc, "--to", env / "released",
                 "--pipeline", "training" if style == "pseudonym" else "la-influence", user="rita")
    assert result.exit_code == 1 and "returned to review" in result.output
    assert "Kacper" not in result.output
    assert not (env / "released").exists() or not list((env / "released").iterdir())


def test_an_added_date_moves_with_the_documents_dates(env):
    dob_only = env / "dob-only.yaml"
    dob_only.write_text("name: dob-only\ndetection:\n  entities: [PERSON, DATE_OF_BIRTH]\n",
                        encoding="utf-8")
    (env / "in" / "note.txt").write_text(
        "Kacper Nowak (DOB 03/03/2015) was seen in clinic on 17/03/2025.\n", encoding="utf-8")
    run("redact", env / "in", "--out", env / "out", "--pipeline", dob_only, "-q", user="sam")
    (doc,) = [d["id"] for d in listed()]
    assert run("review", "add", doc, "--type", "DATE", "--pipeline", dob_only,
               input="17/03/2025\n", user="rita").exit_code == 0
    assert run("review", "approve", doc, "--pipeline", dob_only, user="rita").exit_code == 0
    assert run("release", doc, "--to", env / "released", "--pipeline", dob_only, user="rita").exit_code == 0
    (out,) = (env / "released").iterdir()
    dob, seen = re.findall(r"\d{2}/\d{2}/\d{4}", out.read_text(encoding="utf-8"))
    shift = lambda new, old: (datetime.strptime(new, "%d/%m/%Y") - datetime.strptime(old, "%d/%m/%Y")).days  # noqa: E731
    assert shift(dob, "03/03/2015") != 0
    assert shift(seen, "17/03/2025") == shift(dob, "03/03/2015")


def test_an_added_person_gets_a_label_of_their_own(env):
    (env / "in" / "note.txt").write_text(
        "Kacper Nowak (Year 6) and his mum Anna Nowak came in. At home Kacper bubs plays trains.\n",
        encoding="utf-8")
    run("redact", env / "in", "--out", env / "out", "--pipeline", "la-influence", "-q", user="sam")
    draft = (env / "out" / "note.txt").read_text(encoding="utf-8")
    before = set(re.findall(r"\[[^\]]+\]", draft))
    (doc,) = [d["id"] for d in listed()]
    run("review", "add", doc, "--type", "PERSON", input="bubs\n", user="rita")
    run("review", "approve", doc, user="rita")
    assert run("release", doc, "--to", env / "released", user="rita").exit_code == 0
    (out,) = (env / "released").iterdir()
    labels = re.findall(r"\[[^\]]+\]", out.read_text(encoding="utf-8"))
    new = set(labels) - before
    assert len(new) == 1 and len(before) >= 2  # the nickname's own label, no other person's


def test_a_new_version_keeps_the_pseudonyms_of_the_last(env):
    note = env / "in" / "note.txt"
    note.write_text("Kacper Nowak (Year 6) attends Oakwood Primary School.\n", encoding="utf-8")
    run("redact", env / "in", "--out", env / "v1", "-q", user="sam")
    note.write_text("Kacper Nowak (Year 7) has moved up from Oakwood Primary School.\n", encoding="utf-8")
    run("redact", env / "in", "--out", env / "v2", "-q", user="sam")
    assert sorted(d["version"] for d in listed()) == [1, 2]
    first = (env / "v1" / "note.txt").read_text(encoding="utf-8").split(" (")[0]
    second = (env / "v2" / "note.txt").read_text(encoding="utf-8").split(" (")[0]
    assert first == second and "Kacper" not in first


def _crowd(n: int, seed: int) -> list[str]:
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    names = []
    while len(names) < n:
        name = f"{fake.first_name()} {fake.last_name()}"
        if name not in names:
            names.append(name)
    return names


@pytest.mark.parametrize("consistency", ["document", "batch"])
def test_no_replacement_is_a_word_of_its_documents(env, consistency):
    """84 people with the very names the pseudonym generator draws from: every replacement word
    and number differs from every word of the run's documents."""
    people = _crowd(84, seed=7)
    half = len(people) // 2
    for i, group in enumerate((people[:half], people[half:])):
        lines = [f"{name} ({'parent' if j % 3 else 'child'}) rang on 07700 9004{j:02d}." for j, name in enumerate(group)]
        (env / "in" / f"register-{i}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    definition = env / "crowd.yaml"
    definition.write_text(f"name: crowd\nreplacement:\n  consistency: {consistency}\n", encoding="utf-8")
    for seed in range(3):
        out = env / f"out-{consistency}-{seed}"
        assert run("redact", env / "in", "--out", out, "--pipeline", definition, "-q").exit_code == 0
        sources = " ".join(p.read_text(encoding="utf-8") for p in (env / "in").glob("*.txt"))
        scope = words(sources)
        for report in out.glob("*.findings.json"):
            own = scope if consistency == "batch" else words(
                (env / "in" / report.name.replace(".findings.json", "")).read_text(encoding="utf-8"))
            for row in json.loads(report.read_text(encoding="utf-8"))["findings"]:
                if row["type"] in ("DATE", "DATE_OF_BIRTH"):
                    continue
                if row["type"] == "PHONE":  # a number is compared whole, digits only
                    numbers = {re.sub(r"\D", "", m) for m in re.findall(r"\d[\d ]+\d", sources)}
                    assert re.sub(r"\D", "", row["replacement"]) not in numbers
                    continue
                clash = words(row["replacement"]) & own
                assert not clash, f"a replacement of a {row['type']} equals a word of its document"


def test_names_in_file_and_folder_names_never_show(env):
    family = env / "in" / "Khan family"
    family.mkdir()
    (family / "Ayesha Khan annual review.txt").write_text(
        "Ayesha is in Year 4 at Oakwood Primary School. Her mum Samina rang on 3 March 2025.\n",
        encoding="utf-8")
    (family / "AyeshaKhan_EHCP_2025-03-03.txt").write_text("Draft plan for Ayesha.\n", encoding="utf-8")
    result = run("redact", env / "in", "--out", env / "out", "-q", user="sam")
    assert result.exit_code == 0, result.output
    drafts = [p.relative_to(env / "out") for p in (env / "out").rglob("*") if p.is_file()]
    assert len(drafts) == 4  # two drafts, two findings files, in one anonymised family folder
    for path in drafts:
        assert not words(str(path)) & {"ayesha", "khan", "ayeshakhan"}, "a name survived in a path"
        assert "2025-03-03" not in str(path)
    for report in (env / "out").rglob("*.findings.json"):
        assert not words(json.loads(report.read_text(encoding="utf-8"))["file"]) & {"ayesha", "khan"}
    shown_list = run("review", "list").output + run("review", "list", "--json").output
    assert "Ayesha" not in shown_list and "Khan" not in shown_list
    doc = listed()[0]["id"]
    assert "Khan" in run("review", "show", doc).output  # the reviewer's own terminal: the original
    draft_names = {p.name for p in (env / "out").rglob("*.txt")}
    assert run("review", "approve", doc, user="rita").exit_code == 0
    assert run("release", doc, "--to", env / "released", user="rita").exit_code == 0
    (released,) = (env / "released").iterdir()
    assert released.name in draft_names  # the released file has the draft's anonymised name


def test_one_damaged_row_leaves_the_other_documents_usable(env):
    import sqlite3
    (env / "in" / "one.txt").write_text("Kacper Nowak attends Oakwood Primary School.\n", encoding="utf-8")
    (env / "in" / "two.txt").write_text("Maja Kowalska attends Hillside Academy.\n", encoding="utf-8")
    run("redact", env / "in", "--out", env / "out", "-q", user="sam")
    first, second = sorted(d["id"] for d in listed())
    for doc in (first, second):
        assert run("review", "approve", doc, user="rita").exit_code == 0
    with sqlite3.connect(env / "ws" / "workspace.db") as conn:  # flip one byte of one name
        (name,) = conn.execute("SELECT name_enc FROM documents WHERE id = ?", (first,)).fetchone()
        flipped = bytes([name[0] ^ 1]) + name[1:]
        conn.execute("UPDATE documents SET name_enc = ? WHERE id = ?", (flipped, first))
    listing = run("review", "list")
    assert listing.exit_code == 0 and "DAMAGED" in listing.output and len(listed()) == 2
    released = run("release", "--all-approved", "--to", env / "released", user="rita")
    assert released.exit_code == 1
    assert [line for line in released.output.splitlines() if line.startswith("error:")] == [
        f"error: R600: document {first}: a stored value fails authentication (damaged, or changed "
        "outside redactor); not released"]
    assert len(list((env / "released").iterdir())) == 1  # the other document was released
    verified = run("audit", "--verify")
    assert verified.exit_code == 1 and f"document {first}:" in verified.output


def test_showing_originals_is_audited_and_added_text_never_reaches_argv(env):
    (env / "in" / "note.txt").write_text("Kacper Nowak is in Year 6. At home Kacper bubs plays trains.\n",
                                         encoding="utf-8")
    run("redact", env / "in", "--out", env / "out", "-q", user="sam")
    (doc,) = [d["id"] for d in listed()]
    assert run("review", "show", doc, user="rita").exit_code == 0
    trail = json.loads(run("audit", "--json").output)
    assert [(e["actor"], e["action"], e["doc_id"]) for e in trail if e["action"] == "view_originals"] \
        == [("rita", "view_originals", doc)]
    # The missed text is read from standard input; a text argument is refused.
    assert run("review", "add", doc, "bubs", "--type", "PERSON", user="rita").exit_code == 2
    added = run("review", "add", doc, "--type", "PERSON", input="bubs\n", user="rita")
    assert added.exit_code == 0 and "bubs" not in json.dumps(json.loads(run("audit", "--json").output))


@pytest.mark.parametrize("edit", ["approve-by-sql", "swap-approved-hash", "swap-approver"])
def test_a_database_edit_of_status_approver_or_hash_is_caught(env, edit):
    import sqlite3
    (env / "in" / "note.txt").write_text("Kacper Nowak attends Oakwood Primary School.\n", encoding="utf-8")
    run("redact", env / "in", "--out", env / "out", "-q", user="sam")
    (doc,) = [d["id"] for d in listed()]
    if edit != "approve-by-sql":
        assert run("review", "approve", doc, user="rita").exit_code == 0
    with sqlite3.connect(env / "ws" / "workspace.db") as conn:
        if edit == "approve-by-sql":  # what a tester with the database file could do
            conn.execute("UPDATE documents SET status = 'approved', approved_by = 'rita', "
                         "approved_sha256 = ? WHERE id = ?", ("0" * 64, doc))
        elif edit == "swap-approved-hash":
            conn.execute("UPDATE documents SET approved_sha256 = ? WHERE id = ?", ("f" * 64, doc))
        else:
            conn.execute("UPDATE documents SET approved_by = 'lena' WHERE id = ?", (doc,))
    released = run("release", doc, "--to", env / "released", user="rita")
    assert released.exit_code == 1 and "R550" in released.output
    assert not (env / "released").exists() or not list((env / "released").iterdir())
    verified = run("audit", "--verify")
    assert verified.exit_code == 1 and f"document {doc}: its status" in verified.output
