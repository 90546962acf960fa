"""A reviewer adds a missed identifier: every occurrence of it, with its other mentions linked,
replaced with the document's own mapping (the pseudonyms, date shift and label numbering of the
rest of the document), never equal to a word of the document, never shared with another entity."""

from __future__ import annotations

import re

from redactor.detect import gazetteer
from redactor.types import Finding


def added_spans(text: str, value: str, kind: str, existing: list[dict], pipeline,
                mapping=None, tag: str = "added") -> list[dict]:
    """The spans to redact for ``value`` (not already redacted), with replacements. ``mapping``
    (the document's, see ``replace.Mapping.from_json``) is extended in place; ``tag`` keeps the
    new entities apart from the document's own (labels are numbered per entity)."""
    from redactor.link import Linked, link
    from redactor.replace import Mapping, replace_findings
    pattern = re.compile(rf"(?<![\w]){re.escape(value.strip())}(?![\w])", re.IGNORECASE)
    taken = [(r["start"], r["end"]) for r in existing]
    seeds = [Finding(kind, m.start(), m.end(), 1.0, "reviewer") for m in pattern.finditer(text)]
    if not seeds:
        return []
    linked = link(text, seeds, frozenset(gazetteer.fold(t) for t in pipeline.allow_set()))
    renamed = {eid: f"{tag}:{eid}" for eid in linked.entities}
    for eid, entity in linked.entities.items():
        entity.id = renamed[eid]
    linked = Linked(findings=[f.with_(entity=renamed.get(f.entity, f.entity)) for f in linked.findings],
                    entities={renamed[eid]: e for eid, e in linked.entities.items()})
    if mapping is None:  # a document stored before mappings were kept
        mapping = Mapping(None)
        mapping.used.update(gazetteer.fold(r.get("replacement") or "") for r in existing)
    final = replace_findings(text, linked, mapping, pipeline)
    return [{"start": f.start, "end": f.end, "type": f.type, "replacement": f.replacement}
            for f in final if not any(f.start < e and s < f.end for s, e in taken)]
