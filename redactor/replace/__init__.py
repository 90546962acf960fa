"""Replacement: decide what each finding becomes, consistently, and render text.

``replace_findings(text, linked, mapping, pipeline)`` returns the findings with ``replacement``
set; ``render(text, findings)`` applies them to a plain string. Writers for other formats apply
the same findings to their own structures.
"""

from __future__ import annotations

from redactor.detect.words import WORD_RE
from redactor.link import Linked
from redactor.pipeline import Pipeline
from redactor.replace.mapping import Mapping
from redactor.replace.operators import Label, Pseudonymise
from redactor.types import PERSON, Finding


def replace_findings(text: str, linked: Linked, mapping: Mapping, pipeline: Pipeline) -> list[Finding]:
    operator = Label() if pipeline.style == "label" else Pseudonymise()
    findings = linked.findings
    if not mapping.reserved:
        mapping.reserve(pipeline.allow_set())
    mapping.forbid(text)
    mapping.remember_originals(text[f.start:f.end] for f in findings)
    mapping.remember_originals(
        w.group() for f in findings if f.type == PERSON for w in WORD_RE.finditer(text[f.start:f.end]))

    people: dict[str, str] = {}
    out = []
    # People first, so that emails made of names can reuse their pseudonyms.
    for f in sorted(findings, key=lambda f: (f.type != PERSON, f.start)):
        if f.type != PERSON and not people:
            people = {orig: new for (kind, orig), new in mapping.names.items()
                      if kind in ("first", "last")}
        params = {"mapping": mapping, "finding": f, "entity": linked.entities[f.entity],
                  "people": people, "dates": pipeline.dates}
        operator.validate(params)
        out.append(f.with_(replacement=operator.operate(text[f.start:f.end], params)))
    return sorted(out, key=lambda f: f.start)


def render(text: str, findings: list[Finding]) -> str:
    """Apply replacements to a plain string. Findings must not overlap."""
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        out.append(text[pos:f.start])
        out.append(f.replacement if f.replacement is not None else "")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


__all__ = ["Mapping", "replace_findings", "render"]
