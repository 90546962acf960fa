"""What a reviewer sees: each finding with its id, type, replacement and the original in context.

This is the only place originals are shown, on the reviewer's own terminal. The stored source is
read back in private scratch space (``redactor.scratch``: RAM-backed, removed at once, swept
after a crash); the findings' offsets are into its extracted text.
"""

from __future__ import annotations

from pathlib import Path

from redactor.scratch import scratch_dir

CONTEXT = 30


def source_document(name: str, source: bytes, pipeline):
    """The document redaction read from the stored source: its text (the findings' offsets point
    into it) and its blocks (where each piece of text lives in the file)."""
    from redactor.extract import read_document
    with scratch_dir() as tmp:
        path = tmp / Path(name).name
        path.write_bytes(source)
        return read_document(path, pipeline.word_options())


def source_text(name: str, source: bytes, pipeline) -> str:
    """The text redaction read from the stored source (the findings' offsets point into it)."""
    return source_document(name, source, pipeline).text


def finding_lines(text: str, findings: list[dict], decisions: list[dict]) -> list[str]:
    """One line a finding: id, type, replacement (or KEEP ORIGINAL), the original in context."""
    rejected = {d["finding"] for d in decisions if d.get("action") == "reject"}
    added = [s for d in decisions if d.get("action") == "add" for s in d["spans"]]
    lines = []
    for i, f in enumerate(findings):
        if f.get("quasi"):
            continue  # details that could re-identify together: see reidentification_lines
        start, end = f["start"], f["end"]
        before = text[max(0, start - CONTEXT):start].replace("\n", " ")
        after = text[end:end + CONTEXT].replace("\n", " ")
        state = "KEEP ORIGINAL" if i in rejected else f"-> {f.get('replacement')}"
        lines.append(f"{i:>4}  {f['type']:<14} {state:<30} ...{before}[[{text[start:end]}]]{after}...")
    for f in added:
        lines.append(f"   +  {f['type']:<14} {'-> ' + str(f['replacement']):<30} "
                     f"...[[{text[f['start']:f['end']]}]]... (added by a reviewer)")
    return lines


def check_lines(text: str, checks, doc: int | str = "DOC") -> list[str]:
    """Words no dictionary knows that the draft still holds, for the reviewer to judge: each with
    how much it looks like a name and its context. One that names someone: ``review add``."""
    if not checks:
        return []
    lines = [f"words no dictionary knows, left in the draft ({len(checks)}); if one names a person, "
             f"school or place, add it: redactor review add {doc} --type PERSON (or SCHOOL, LOCATION)"]
    for c in checks:
        before = text[max(0, c.start - CONTEXT):c.start].replace("\n", " ")
        after = text[c.end:c.end + CONTEXT].replace("\n", " ")
        lines.append(f"WORD? {c.score:.2f} ...{before}[[{text[c.start:c.end]}]]{after}...")
    return lines


def risk_lines(text: str, report) -> list[str]:
    """For the reviewer and the Service Lead: each sentence behind the flag (RISK), and apart from
    them the off-loading and safe-context ones (CHECK), with category and confidence (``report``
    is ``redactor.review.risk.review(text)``)."""
    from redactor.review.risk import LABELS
    lines = []
    for tag, matches in (("RISK ", report.lead), ("CHECK", report.checks)):
        for m in matches:
            sentence = " ".join(text[m.start:m.end].split())
            lines.append(f"{tag} {LABELS.get(m.category, m.category)} {m.confidence:.2f} "
                         f"({m.signal}): [[{sentence}]]")
    return lines


def reidentification_lines(text: str, findings: list[dict], decisions: list[dict]) -> list[str]:
    """The motivated-intruder test for the reviewer: the assessment of what the output would
    still say, then one line a detail (its number, kind, mentions, the first in context, what
    generalising writes, and where it stands)."""
    from redactor.detect.quasi import LABELS
    from redactor.review.intruder import details
    now, to_handle, rows = details(findings, decisions)
    if not rows:
        return []
    lines = [now.describe() + (f"; {len(to_handle)} detail(s) to generalise or keep with a reason "
                               "before approval" if to_handle else "")]
    for d in rows:
        where = ("generalised" if d["generalised"] else f"kept: {d['reason']}" if d["reason"] is not None
                 else "TO DECIDE" if d["to_handle"]
                 else "replaced as an identifier" if d["replaced"] else "kept as written")
        before = text[max(0, d["start"] - CONTEXT):d["start"]].replace("\n", " ")
        after = text[d["end"]:d["end"] + CONTEXT].replace("\n", " ")
        lines.append(f"{d['detail']:>4}  {LABELS.get(d['type'], d['type']):<24} "
                     f"{d['mentions']} mention(s)  -> {d['replacement']!s:<28} [{where}]  "
                     f"...{before}[[{text[d['start']:d['end']]}]]{after}...")
    return lines
