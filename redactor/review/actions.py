"""Review and release as library functions: one place for each rule, under both faces.

Each function takes an open workspace (``redactor.workspace.Workspace``: it acts as the person
who signed in), plain arguments, and returns a result or raises the project's errors
(``RedactorError`` subclasses, one line, never document text). The command line
(``redactor/review/commands.py``) and the web page call these and only format what comes back::

    from redactor.review import actions
    with Workspace.open(folder, "rita", password) as ws:
        view = actions.open_document(ws, 3)          # audited: rita saw the originals
        actions.reject(ws, 3, finding=0, linked=True)
        actions.add_missed(ws, 3, "bubba", "PERSON")
        actions.approve(ws, 3)
        results = actions.release(ws, [3], "released/")
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redactor.errors import RedactorError
from redactor.workspace import NotFound, WorkspaceError


@dataclass(frozen=True)
class DocumentView:
    """A document as a reviewer sees it: the originals, so only after :func:`open_document`."""

    row: dict[str, Any]              # the listing row (ids, names, status, flags)
    text: str                        # the text redaction read (findings' offsets point into it)
    findings: list[dict[str, Any]]
    decisions: list[dict[str, Any]]
    risk: Any                        # redactor.review.risk.RiskReport for the text
    notes: list[dict[str, Any]] = field(default_factory=list)
    document: Any = None             # the source as read (redactor.types.Document), for the draft
    checks: list[Any] = field(default_factory=list)  # words no dictionary knows, left in the draft


def document(ws, doc_id: int) -> dict[str, Any]:
    """The listing row of one document (anonymised name, status, flags), or NotFound."""
    row = next((r for r in ws.list() if r["id"] == doc_id), None)
    if row is None:
        raise NotFound(f"no document {doc_id}")
    if row["damaged"]:
        raise WorkspaceError(f"document {doc_id}: a stored value fails authentication (damaged, or "
                             "changed outside redactor); see audit --verify")
    return row


def pipeline_for(row: dict[str, Any], override: str | None = None):
    """The pipeline a document was redacted with (or ``override``)."""
    from redactor.pipeline import load_pipeline
    return load_pipeline(override or row["pipeline"])


def open_document(ws, doc_id: int, pipeline: str | None = None) -> DocumentView:
    """The document with its originals, for a reviewer or the lead; the showing is audited
    (who, which document, when) before anything is returned."""
    from redactor.review.risk import review
    from redactor.review.show import source_document
    from redactor.runner import check_words
    row = document(ws, doc_id)
    chosen = pipeline_for(row, pipeline)
    doc = source_document(row["name"], ws.get_source(doc_id), chosen)
    findings, decisions = ws.get_findings(doc_id), ws.get_decisions(doc_id)
    rejected = {d["finding"] for d in decisions if d.get("action") == "reject"}
    redacted = [f for i, f in enumerate(findings) if i not in rejected and not f.get("quasi")] + \
        [s for d in decisions if d.get("action") == "add" for s in d["spans"]]
    view = DocumentView(row, doc.text, findings, decisions, review(doc.text, chosen.spacy_model),
                        ws.get_notes(doc_id), doc, check_words(doc.text, redacted, chosen))
    ws.record_view(doc_id)
    return view


@dataclass(frozen=True)
class Piece:
    """A piece of a draft paragraph: plain text, or a replacement with its type."""

    text: str
    type: str | None = None          # set for a replacement
    finding: int | None = None       # the finding's index (None for a reviewer's addition)


# Where a paragraph of a Word file lives, as a reviewer would name it (in this order on the page).
TRACKED = "Tracked changes"   # paragraphs of any part that hold revisions, listed again apart
_REVISIONS = ("ins", "del", "moveFrom", "moveTo")
SECTIONS = (("word/document", "Body"), ("word/header", "Headers"), ("word/footer", "Footers"),
            ("word/footnotes", "Footnotes"), ("word/endnotes", "Endnotes"),
            ("word/comments", "Comments"), ("docProps/", "Properties"), ("customXml/", "Properties"),
            ("word/glossary", "Other parts"))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a draft: ``kind`` is p, heading (with its ``level``), item (of a list) or
    cell (of a table), as the Word file says; a text file's paragraphs are all p."""

    pieces: tuple[Piece, ...]
    kind: str = "p"
    level: int = 0
    table: int | None = None   # for a cell: which table, row and cell of the draft it sits in
    row: int | None = None
    cell: int | None = None
    changed: bool = False      # holds tracked changes (inserted, deleted or moved text)


def _kind(address) -> tuple[str, int, tuple | None]:
    """What a Word paragraph is, read from its w:p: a heading style's level, a numbered or
    list-styled item, a table cell (with the paths of its table, row and cell elements); anything
    else (and any other file) is a paragraph."""
    nodes = getattr(address, "nodes", None)
    if not nodes:
        return "p", 0, None
    element = nodes[0].element
    while element is not None and element.tag != _W + "p":
        element = element.getparent()
    if element is None:
        return "p", 0, None
    parent = element.getparent()
    while parent is not None:
        if parent.tag == _W + "tc":
            row = parent.getparent()
            tree = parent.getroottree()  # element paths, stable where Python ids are not
            return "cell", 0, (tree.getpath(row.getparent()), tree.getpath(row), tree.getpath(parent))
        parent = parent.getparent()
    style = element.find(f"{_W}pPr/{_W}pStyle")
    name = (style.get(_W + "val") or "") if style is not None else ""
    folded = name.replace(" ", "").lower()
    if folded.startswith("heading") and folded[7:].isdigit():
        return "heading", int(folded[7:]), None
    if folded == "title":
        return "heading", 1, None
    if element.find(f"{_W}pPr/{_W}numPr") is not None or "list" in folded:
        return "item", 0, None
    return "p", 0, None


def _changed(address) -> bool:
    """True when the Word paragraph holding ``address`` has tracked changes."""
    nodes = getattr(address, "nodes", None)
    element = nodes[0].element if nodes else None
    while element is not None and element.tag != _W + "p":
        element = element.getparent()
    return element is not None and any(element.find(f".//{_W}{name}") is not None
                                       for name in _REVISIONS)


def _section(address) -> str:
    part = getattr(address, "part", None)
    if part is None:
        return "Text"
    return next((label for prefix, label in SECTIONS if str(part).lstrip("/").startswith(prefix)),
                "Other parts")


def draft_sections(ws, doc_id: int, pipeline: str | None = None,
                   doc=None) -> list[tuple[str, list[Paragraph]]]:
    """The anonymised draft as it now stands, as sections (a Word file's body, headers, footers,
    notes, comments and properties, and its paragraphs with tracked changes listed again apart;
    a text file is one section) of paragraphs of pieces, every
    replacement marked with its type. No original is in it: only what the released file would
    say, so it is not audited. ``doc``: the source already read (``DocumentView.document``)."""
    from bisect import bisect_right

    from redactor.release import final_findings
    from redactor.review.show import source_document
    if doc is None:
        row = document(ws, doc_id)
        doc = source_document(row["name"], ws.get_source(doc_id), pipeline_for(row, pipeline))
    text = doc.text
    rows = ws.get_findings(doc_id)
    findings, _ = final_findings(rows, ws.get_decisions(doc_id))
    index = {(r["start"], r["end"]): i for i, r in enumerate(rows)}
    paragraphs: list[tuple[int, list[Piece]]] = [(0, [])]
    cursor = 0
    blocks = sorted(doc.blocks, key=lambda b: b.start)
    # A Word table's cells are separated by tabs in the text (a row reads as one line): a gap
    # between two blocks is a paragraph break whatever it holds.
    gaps = sorted((a.end, b.start) for a, b in zip(blocks, blocks[1:]) if b.start > a.end)

    def plain(chunk: str, at: int) -> None:
        breaks = [(at + m.start(), at + m.end()) for m in re.finditer(r"\n\n", chunk)]
        breaks += [(s, e) for s, e in gaps if at <= s and e <= at + len(chunk)]
        offset = at
        for s, e in sorted(breaks):
            if s < offset:  # overlaps a break already taken ("\n\n" and "\n\n<tab>")
                if e > offset and not paragraphs[-1][1]:
                    paragraphs[-1] = (e, [])
                    offset = e
                continue
            if s > offset:
                paragraphs[-1][1].append(Piece(text[offset:s]))
            paragraphs.append((e, []))
            offset = e
        if offset < at + len(chunk):
            paragraphs[-1][1].append(Piece(text[offset:at + len(chunk)]))

    for f in sorted(findings, key=lambda f: f.start):
        plain(text[cursor:f.start], cursor)
        paragraphs[-1][1].append(Piece(f.replacement or "", f.type, index.get((f.start, f.end))))
        cursor = f.end
    plain(text[cursor:], cursor)
    starts = [b.start for b in blocks]
    grouped: dict[str, list[Paragraph]] = {}
    ids: dict[str, int] = {}  # element paths -> small numbers (the same table, row, cell)
    for at, pieces in paragraphs:
        if not pieces:
            continue
        block = blocks[max(bisect_right(starts, at) - 1, 0)] if blocks else None
        kind, level, place = _kind(block.address) if block else ("p", 0, None)
        numbers = tuple(ids.setdefault(("tbl", "tr", "tc")[k] + str(v), len(ids)) for k, v in
                        enumerate(place)) if place else (None, None, None)
        paragraph = Paragraph(tuple(pieces), kind, level, *numbers,
                              changed=_changed(block.address) if block else False)
        grouped.setdefault(_section(block.address) if block else "Text", []).append(paragraph)
        if paragraph.changed:
            grouped.setdefault(TRACKED, []).append(paragraph)
    order = ["Text", "Body", TRACKED] + [label for _, label in SECTIONS]
    return sorted(grouped.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))


def draft(ws, doc_id: int, pipeline: str | None = None) -> list[list[Piece]]:
    """The draft's paragraphs as lists of pieces, all sections together (see
    :func:`draft_sections`)."""
    return [list(p.pieces) for _, paragraphs in draft_sections(ws, doc_id, pipeline) for p in paragraphs]


def reject(ws, doc_id: int, finding: int, *, linked: bool = False, reason: str = "") -> int:
    """Keep the original of one finding (a false positive) and, with ``linked``, of every other
    mention of the same entity; returns how many findings keep their original."""
    rows = ws.get_findings(doc_id)
    if not 0 <= finding < len(rows):
        raise WorkspaceError(f"document {doc_id} has findings 0-{len(rows) - 1}")
    if rows[finding].get("quasi"):
        raise WorkspaceError(f"finding {finding} of document {doc_id} is a detail, not an "
                             "identifier: generalise it or keep it with a reason")
    entity = rows[finding].get("entity")
    targets = [i for i, r in enumerate(rows) if linked and entity and r.get("entity") == entity] \
        or [finding]
    for index in targets:
        ws.record_decision(doc_id, {"finding": index, "action": "reject", "reason": reason})
    return len(targets)


def add_missed(ws, doc_id: int, text: str, kind: str, pipeline: str | None = None) -> int:
    """Redact a missed ``text`` everywhere in the document, its other mentions linked, replaced
    with the document's own mapping; returns how many places more will be redacted."""
    from redactor.replace import Mapping
    from redactor.review.add import added_spans
    from redactor.review.show import source_text
    from redactor.types import ENTITY_TYPES
    if kind not in ENTITY_TYPES:
        raise WorkspaceError(f"the type must be one of {', '.join(ENTITY_TYPES)}")
    if not isinstance(text, str) or not text.strip():
        raise WorkspaceError("give the missed text")
    row = document(ws, doc_id)
    chosen = pipeline_for(row, pipeline)
    body = source_text(row["name"], ws.get_source(doc_id), chosen)
    saved = ws.get_mapping(doc_id)
    mapping = Mapping.from_json(saved) if saved else None
    decisions = ws.get_decisions(doc_id)
    kept = {d["finding"] for d in decisions if d.get("action") == "reject"}
    # the original of a kept finding may be redacted again (changing its type does just that)
    standing = [r for i, r in enumerate(ws.get_findings(doc_id)) if i not in kept and not r.get("quasi")]
    spans = added_spans(body, text, kind, standing, chosen, mapping, tag=f"added{len(decisions)}")
    if not spans:
        raise WorkspaceError(f"document {doc_id}: that text does not occur in it, or is already "
                             "redacted everywhere")
    ws.record_decision(doc_id, {"action": "add", "type": kind, "spans": spans},
                       mapping_json=mapping.to_json() if mapping is not None else None)
    return len(spans)


def change_type(ws, doc_id: int, finding: int, kind: str, pipeline: str | None = None) -> int:
    """Give a finding's entity another type ("a place, not a person"): every mention of it keeps
    its original for the old type and is redacted again as ``kind``, linked, with the document's
    own mapping (a place pseudonym for a place). Returns how many places are now of that type."""
    from redactor.review.show import source_text
    from redactor.types import ENTITY_TYPES
    if kind not in ENTITY_TYPES:
        raise WorkspaceError(f"the type must be one of {', '.join(ENTITY_TYPES)}")
    rows = ws.get_findings(doc_id)
    if not 0 <= finding < len(rows):
        raise WorkspaceError(f"document {doc_id} has findings 0-{len(rows) - 1}")
    if rows[finding]["type"] == kind:
        raise WorkspaceError(f"finding {finding} of document {doc_id} is already {kind}")
    row = document(ws, doc_id)
    text = source_text(row["name"], ws.get_source(doc_id), pipeline_for(row, pipeline))
    value = text[rows[finding]["start"]:rows[finding]["end"]]
    reject(ws, doc_id, finding, linked=True, reason=f"type changed to {kind}")
    return add_missed(ws, doc_id, value, kind, pipeline)


def render_current(ws, doc_id: int, pipeline: str | None = None, allowed=None):
    """The output as the document now stands (stored source, findings and decisions)."""
    from redactor.release import render
    row = document(ws, doc_id)
    return render(row["name"], ws.get_source(doc_id), ws.get_findings(doc_id),
                  ws.get_decisions(doc_id), pipeline_for(row, pipeline), allowed,
                  mapping_json=ws.get_mapping(doc_id))


class ReidentificationRisk(WorkspaceError):
    """A document at high risk of re-identification with details nobody has handled."""

    code = "R535"


@dataclass(frozen=True)
class Reidentification:
    """The motivated-intruder test on a stored document, as it now stands."""

    assessment: Any                  # redactor.review.intruder.Assessment of what the output says
    to_handle: list[str]             # detail numbers a reviewer must still generalise or keep
    details: list[dict[str, Any]]    # per detail: number, type, mentions, replacement, state


def reidentification(ws, doc_id: int) -> Reidentification:
    """Where the document stands: no originals (kinds, counts and replacements only)."""
    from redactor.review.intruder import details
    return Reidentification(*details(ws.get_findings(doc_id), ws.get_decisions(doc_id)))


def _detail(ws, doc_id: int, detail: str | int) -> tuple[str, list[int]]:
    """("Q3", the indices of its rows) for a detail named "Q3", "q3" or 3."""
    number = f"Q{str(detail).strip().upper().lstrip('Q')}"
    rows = ws.get_findings(doc_id)
    indices = [i for i, r in enumerate(rows) if r.get("quasi") and r.get("detail") == number]
    if not indices:
        known = sorted({r["detail"] for r in rows if r.get("quasi")}, key=lambda d: int(d[1:]))
        raise NotFound(f"document {doc_id} has no detail {number}"
                       + (f" (its details are {', '.join(known)})" if known else " (it has no details)"))
    return number, indices


def generalise(ws, doc_id: int, detail: str | int) -> int:
    """Generalise every mention of one detail ("Q3"): the output says what it is ("a rare
    genetic condition"), not which. Returns how many places change."""
    number, indices = _detail(ws, doc_id, detail)
    ws.record_decision(doc_id, {"finding": indices[0], "action": "generalise", "detail": number})
    return len(indices)


def keep_detail(ws, doc_id: int, detail: str | int, reason: str) -> int:
    """Keep one detail as written, with the reason (needed: the trail shows why it stayed)."""
    if not isinstance(reason, str) or not reason.strip():
        raise WorkspaceError("keeping a detail needs a short reason")
    number, indices = _detail(ws, doc_id, detail)
    ws.record_decision(doc_id, {"finding": indices[0], "action": "keep", "detail": number,
                                "reason": reason.strip()})
    return len(indices)


def approve(ws, doc_id: int, pipeline: str | None = None, tags: list[str] | None = None) -> str:
    """Approve (a reviewer or lead, never the submitter; a flagged document only after the lead's
    acknowledgement; a document at high risk of re-identification only once each of its
    details is generalised or kept with a reason). The output as it now stands is pinned;
    returns its sha256. ``tags`` (topics for the trainers' library, "exclusion") are set with it."""
    status = reidentification(ws, doc_id)
    if status.to_handle:
        raise ReidentificationRisk(
            f"document {doc_id} is at high risk of re-identification: generalise or keep (with a "
            f"reason) {', '.join(status.to_handle)} first (review show {doc_id} lists them)")
    rendered = render_current(ws, doc_id, pipeline)
    ws.approve(doc_id, rendered.sha256)
    if tags:
        ws.set_tags(doc_id, tags)
    return rendered.sha256


def return_to_staff(ws, doc_id: int, note: str) -> None:
    """Back to staff with a note of what to change (stored encrypted)."""
    if not isinstance(note, str) or not note.strip():
        raise WorkspaceError("a returned document needs a note for staff")
    ws.set_status(doc_id, "returned")
    ws.add_note(doc_id, note.strip())


def acknowledge(ws, doc_id: int, note: str) -> None:
    """The Service Lead acknowledges a flagged document, with a note of what was decided."""
    if not isinstance(note, str) or not note.strip():
        raise WorkspaceError("an acknowledgement needs a note of what was decided")
    ws.acknowledge(doc_id, note.strip())


@dataclass(frozen=True)
class Released:
    """One document's release: where it was written, or the error that stopped it."""

    doc_id: int
    path: Path | None = None
    error: RedactorError | None = None


def release(ws, doc_ids: list[int] | None, to_dir: str | Path | None,
            pipeline: str | None = None) -> list[Released]:
    """Release approved documents (``None``: every approved one): kept in the workspace for the
    trainers' library and, with ``to_dir``, also written there.

    Each output is rebuilt from the stored source and decisions and must be exactly what the
    authenticated audit trail shows approved; the leak check and a fresh detection pass run over
    it. A new confident identifier returns the document to review with a note. One document's
    failure never stops the others."""
    from redactor.release import ReleaseError, new_identifiers, write_release
    from redactor.runner import Redactor
    rows = {r["id"]: r for r in ws.list()}
    ids = [i for i, r in rows.items() if r["status"] == "approved"] if doc_ids is None else list(doc_ids)
    detectors: dict[str, Any] = {}
    results = []
    for doc_id in ids:
        row = rows.get(doc_id)
        try:
            if row is None:
                raise ReleaseError(f"no document {doc_id}")
            if row["damaged"]:
                raise ReleaseError(f"document {doc_id}: a stored value fails authentication "
                                   "(damaged, or changed outside redactor); not released")
            if row["status"] != "approved":
                raise ReleaseError(f"document {doc_id} is {row['status']}, not approved")
            chosen = pipeline_for(row, pipeline)
            if chosen.name not in detectors:
                detectors[chosen.name] = Redactor(chosen).detector
            detector = detectors[chosen.name]
            rendered = render_current(ws, doc_id, pipeline, detector.allowed_span)
            # The approval comes from the authenticated audit trail, not a status column.
            if rendered.sha256 != ws.verified_approval(doc_id):
                raise ReleaseError(f"document {doc_id} changed since it was approved; not released")
            fresh = new_identifiers(rendered, detector)
            if fresh:
                kinds = ", ".join(sorted({f.type for f in fresh}))
                ws.set_status(doc_id, "returned")
                ws.add_note(doc_id, f"release check found {len(fresh)} new identifier(s): {kinds}")
                raise ReleaseError(f"document {doc_id}: the release check found {len(fresh)} new "
                                   f"identifier(s) ({kinds}); returned to review")
            target = write_release(rendered, Path(to_dir)) if to_dir is not None else None
            ws.release(doc_id, rendered.sha256, rendered.data)
            results.append(Released(doc_id, path=target))
        except RedactorError as exc:
            results.append(Released(doc_id, error=exc))
    return results


@dataclass(frozen=True)
class LibraryEntry:
    """A released case example as trainers find it: anonymised name, date, topics, a snippet."""

    doc_id: int
    name: str
    released_at: str
    tags: tuple[str, ...]
    snippet: str


def released_text(ws, doc_id: int) -> str:
    """The text of a released file (anonymised: what was released, nothing else)."""
    from redactor.extract import read_document
    from redactor.scratch import scratch_dir
    row = document(ws, doc_id)
    with scratch_dir() as tmp:
        path = tmp / Path(row["display_name"] or f"document-{doc_id}.txt").name
        path.write_bytes(ws.get_released(doc_id))
        return read_document(path).text


def library(ws, words: str = "", tag: str | None = None, since: str | None = None) -> list[LibraryEntry]:
    """Released documents only, newest first, found by words of their (anonymised) text, a topic
    tag and a release date (``since``, YYYY-MM-DD); every word must occur, case ignored."""
    import re
    wanted = [w.casefold() for w in re.findall(r"\w+", words or "")]
    out = []
    for row in sorted(ws.list("released"), key=lambda r: r["released_at"] or "", reverse=True):
        if row["damaged"] or (since and (row["released_at"] or "")[:10] < since):
            continue
        tags = tuple(ws.get_tags(row["id"]))
        if tag and tag.casefold() not in {t.casefold() for t in tags}:
            continue
        try:
            text = released_text(ws, row["id"])
        except RedactorError:
            continue
        folded = text.casefold()
        if not all(re.search(rf"\b{re.escape(w)}\b", folded) for w in wanted):
            continue
        first = next((folded.find(w) for w in wanted), 0)
        start = max(0, first - 80)
        snippet = " ".join(text[start:start + 240].split())
        out.append(LibraryEntry(row["id"], row["display_name"], row["released_at"], tags, snippet))
    return out


def released_file(ws, doc_id: int) -> tuple[str, bytes]:
    """(file name, bytes) of a released document, for download."""
    row = document(ws, doc_id)
    return row["display_name"] or f"document-{doc_id}", ws.get_released(doc_id)


__all__ = ["DocumentView", "LibraryEntry", "Paragraph", "Piece", "Reidentification",
           "ReidentificationRisk", "Released", "change_type", "draft", "generalise", "keep_detail",
           "reidentification",
           "draft_sections", "library",
           "released_file",
           "released_text", "acknowledge", "add_missed", "approve", "document",
           "open_document", "pipeline_for", "reject", "release", "render_current", "return_to_staff"]
