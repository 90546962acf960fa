"""Release: write out exactly what a reviewer approved, after checking it once more.

``render`` rebuilds a document's output from its stored source, its stored findings (offsets and
replacements, never re-detected) and the review decisions: a rejected finding keeps its original,
an added one is redacted too. The same function pins the output at approval (its sha256) and
rebuilds it at release, so a source, finding or decision changed after approval is caught.
``release_one`` then runs the leak check and a fresh detection pass over the output: any new
confident identifier blocks the release and returns the document to review.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from redactor.detect import gazetteer
from redactor.detect.engine import resolve_overlaps
from redactor.detect.recognizers.person import GREETINGS
from redactor.errors import RedactorError
from redactor.extract import CONVERT_FIRST, read_document
from redactor.replace.mapping import tokens
from redactor.types import DIRECT_TYPES, Finding

CONFIDENT = 0.85


class ReleaseError(RedactorError):
    """A document cannot be released (not approved, changed, or the checks failed)."""

    code = "R600"


@dataclass(frozen=True)
class Rendered:
    name: str                       # the released file's name, with redacted names replaced too
    data: bytes
    sha256: str
    text: str                       # the output's text, as redactor reads it
    replacements: tuple[str, ...]
    kept: tuple[str, ...]           # originals a reviewer chose to keep


def output_name(name: str) -> str:
    path = Path(name)
    return path.with_suffix(".docx").name if path.suffix.lower() in CONVERT_FIRST else path.name


def final_findings(rows: list[dict], decisions: list[dict]) -> tuple[list[Finding], set[int]]:
    """The stored findings minus rejected ones, plus reviewer-added spans, with the generalised
    quasi-identifiers laid over them (``redactor.review.intruder``)."""
    from redactor.replace.generalise import merge
    from redactor.review.intruder import findings_of
    rejected = {d["finding"] for d in decisions if d.get("action") == "reject"}
    findings = [Finding(r["type"], r["start"], r["end"], r.get("score", 1.0), r.get("recognizer", ""),
                        replacement=r["replacement"])
                for i, r in enumerate(rows) if i not in rejected and not r.get("quasi")]
    for d in decisions:
        if d.get("action") == "add":
            findings += [Finding(s["type"], s["start"], s["end"], 1.0, "reviewer",
                                 replacement=s["replacement"]) for s in d["spans"]]
    general = findings_of(rows, decisions)
    return merge(resolve_overlaps(findings), general), rejected


def render(name: str, source: bytes, rows: list[dict], decisions: list[dict], pipeline,
           allowed_span=None, mapping_json: str | None = None) -> Rendered:
    """The output as approved, built in private scratch space (leak check included). Its
    name is anonymised with the document's own mapping, so it is the draft's name."""
    from redactor.replace import Mapping
    from redactor.replace.filenames import anonymise_path
    from redactor.write import write_document
    findings, rejected = final_findings(rows, decisions)
    from redactor.scratch import scratch_dir
    with scratch_dir() as tmp:  # RAM-backed, private, removed at once, swept after a crash
        src = tmp / "in" / Path(name).name
        src.parent.mkdir()
        src.write_bytes(source)
        doc = read_document(src, pipeline.word_options())
        kept = tuple(doc.text[rows[i]["start"]:rows[i]["end"]] for i in sorted(rejected) if i < len(rows))
        out = tmp / "out" / output_name(name)
        write_document(doc, findings, out, allowed_span)
        data = out.read_bytes()
        text = read_document(out, pipeline.word_options()).text
        # A document stored before mappings were kept gets a fresh one for its name.
        mapping = Mapping.from_json(mapping_json) if mapping_json else Mapping(None)
        released_name = anonymise_path(output_name(name), doc.text, findings, mapping,
                                       pipeline.style).name
    return Rendered(released_name, data, hashlib.sha256(data).hexdigest(), text,
                    tuple(f.replacement or "" for f in findings), kept)


# Words a detected span may hold besides replacements and kept originals: titles, greetings,
# function words ("Dear Mrs [Parent A]", "Oliver and Amelia Smith").
_NEUTRAL = frozenset(STOP_WORDS) | GREETINGS | {"s"}


def new_identifiers(rendered: Rendered, detector) -> list[Finding]:
    """Confident direct identifiers a fresh detection pass finds in the output that hold text
    which is none of: a replacement we made, an original a reviewer chose to keep, an allowed
    term. A span is judged by what it is made of, word by word, so two replacements side by side
    ("Oliver Kaz", "[Child A] [Person B]", "Larchfield Ashby") are not a new name, while an
    original left anywhere is (no replacement ever equals a word of its document)."""
    gaz = gazetteer.load()
    known = set(_NEUTRAL) | set(gaz.titles)
    for value in rendered.replacements + rendered.kept:
        known |= tokens(value)
    for term in detector.allow:
        known |= tokens(term)
    out = []
    for f in detector.detect(rendered.text):
        if f.type not in DIRECT_TYPES or f.score < CONFIDENT:
            continue
        if tokens(rendered.text[f.start:f.end]) - known:
            out.append(f)
    return out


def write_release(rendered: Rendered, to_dir: Path) -> Path:
    """Atomically write the released file, and nothing else, into ``to_dir``."""
    from redactor.write import write_atomic_bytes
    target = Path(to_dir) / rendered.name
    write_atomic_bytes(rendered.data, target)
    return target
