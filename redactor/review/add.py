"""A reviewer adds a missed identifier: every occurrence of it, with its other mentions linked and
replacements made like any other (never equal to an original, never shared with another entity)."""

from __future__ import annotations

import re

from redactor.detect import gazetteer
from redactor.types import Finding


def added_spans(text: str, value: str, kind: str, existing: list[dict], pipeline) -> list[dict]:
    from redactor.link import link
    from redactor.replace import Mapping, replace_findings
    pattern = re.compile(rf"(?<![\w]){re.escape(value.strip())}(?![\w])", re.IGNORECASE)
    taken = [(r["start"], r["end"]) for r in existing]
    seeds = [Finding(kind, m.start(), m.end(), 1.0, "reviewer") for m in pattern.finditer(text)]
    if not seeds:
        return []
    linked = link(text, seeds, frozenset(gazetteer.fold(t) for t in pipeline.allow_set()))
    mapping = Mapping(None)
    mapping.used.update(gazetteer.fold(r.get("replacement") or "") for r in existing)
    final = replace_findings(text, linked, mapping, pipeline)
    return [{"start": f.start, "end": f.end, "type": f.type, "replacement": f.replacement}
            for f in final if not any(f.start < e and s < f.end for s, e in taken)]
