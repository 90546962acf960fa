"""The batch job behind ``redactor redact``: extract -> detect -> link -> replace -> write.

``Redactor(pipeline).run(inputs, out_dir)`` yields one ``FileResult`` per input file. A file that
fails (unreadable, damaged, leak check) is reported and the batch goes on.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from redactor.errors import InputError, InternalError, OutputError, RedactorError
from redactor.extract import CONVERT_FIRST, MAX_TEXT_CHARS, SUPPORTED, read_document
from redactor.pipeline import Pipeline
from redactor.types import Document, Finding

CHUNK = 16  # documents read and sent to spaCy together


@dataclass(frozen=True)
class FileResult:
    input: Path
    output: Path | None
    findings: int = 0
    error: str | None = None
    risk: dict[str, float] = field(default_factory=dict)  # risk of serious harm: category ->
    #                             confidence, for the Service Lead ({} when none is flagged)
    risk_checks: int = 0        # off-loading and safe-context signals, shown apart
    findings_json: str = "[]"   # the findings rows (no originals), for the review workspace
    mapping_json: str | None = None  # the replacement mapping, kept (encrypted) with the document
    source: bytes | None = None  # exactly the bytes that were read and redacted (recorded as such)
    name: str | None = None     # the output's anonymised name, relative to the output folder
    reidentification: str = "low"  # the motivated-intruder test on the draft: low | medium | high
    generalised: int = 0        # quasi-identifiers generalised by default (la-influence)


@dataclass
class Staged:
    """A draft written and checked under a hidden name, waiting for its final name."""
    job: Job
    relative: Path      # its anonymised path under the output folder
    draft: Path         # the staging file
    report: dict        # its findings.json, less the final name
    result: FileResult  # output and name still empty


@dataclass(frozen=True)
class Job:
    input: Path
    output: Path   # where the draft would go under its original name (OUT/relative path)
    root: Path | None = None  # the output folder; the draft's name is anonymised under it

    @property
    def relative(self) -> Path:
        return self.output.relative_to(self.root) if self.root else Path(self.output.name)

    @property
    def key(self) -> str:
        """The name the workspace knows this file by (its versions share it)."""
        return self.input.name


def plan(inputs: Iterable[str | Path], out_dir: str | Path, follow_symlinks: bool = False
         ) -> tuple[list[Job], list[FileResult], int]:
    """Work out (jobs, immediate failures, files skipped in folders). Refuses to write into an
    input folder or over an input (OutputError).

    Inside an input folder, symbolic links are skipped (a link can point anywhere, /etc/passwd
    included); with ``follow_symlinks`` a link to a file is followed only when its target lies
    inside the same input folder. A file named on the command line is read whatever it is."""
    out_dir = Path(out_dir).resolve()
    jobs, failures, skipped = [], [], 0
    seen_outputs: dict[Path, Path] = {}
    for raw in inputs:
        path = Path(raw)
        try:
            resolved = path.resolve(strict=path.is_symlink())
            is_dir, is_file = resolved.is_dir(), resolved.is_file()
        except (OSError, RuntimeError):  # a symbolic link loop, a folder we may not read
            failures.append(_failed(path, InputError(
                f"{path}: cannot be followed (a symbolic link loop, or no permission)")))
            continue
        if is_dir:
            if out_dir == resolved or resolved in out_dir.parents:
                raise OutputError(f"{out_dir}: the output folder is inside the input folder {path}; "
                                  "choose an output folder elsewhere")
            found, passed = _walk(resolved, follow_symlinks)
            skipped += passed
            for child in found:
                if child.suffix.lower() not in SUPPORTED + tuple(CONVERT_FIRST):
                    skipped += 1
                    continue
                jobs.append(Job(child, _output_name(out_dir / child.relative_to(resolved)), out_dir))
        elif is_file:
            if resolved.parent == out_dir:
                raise OutputError(f"{out_dir}: the output folder is the folder of input {path}; "
                                  "choose an output folder elsewhere")
            jobs.append(Job(resolved, _output_name(out_dir / resolved.name), out_dir))
        else:
            failures.append(_failed(path, InputError(f"{path}: no such file or folder")))
    unique = []
    for job in jobs:
        if job.output in seen_outputs and seen_outputs[job.output] != job.input:
            failures.append(_failed(job.input, InputError(
                f"{job.input}: has the same name as another input; its output would overwrite "
                "that one (run it separately)")))
            continue
        seen_outputs[job.output] = job.input
        unique.append(job)
    return unique, failures, skipped


def _failed(path: Path, exc: RedactorError) -> FileResult:
    return FileResult(path, None, error=str(exc))


def _walk(root: Path, follow_symlinks: bool) -> tuple[list[Path], int]:
    """The regular files under ``root`` (sorted, hidden ones left out) and how many entries
    were passed over as symbolic links or hidden files. Never leaves ``root``."""
    found, passed = [], 0
    for folder, dirs, files in os.walk(root, followlinks=False):
        here = Path(folder)
        for name in list(dirs):
            if name.startswith((".", "~$")) or (here / name).is_symlink():
                dirs.remove(name)
                passed += (here / name).is_symlink()
        for name in files:
            child = here / name
            if _hidden(child.relative_to(root)):
                continue
            if child.is_symlink():
                target = child.resolve()
                if not (follow_symlinks and target.is_file() and root in target.parents):
                    passed += 1
                    continue
            elif not child.is_file():
                continue
            found.append(child)
    return sorted(found), passed


def _output_name(path: Path) -> Path:
    """Same name and format; a legacy file converted by LibreOffice comes out as .docx."""
    return path.with_suffix(".docx") if path.suffix.lower() in CONVERT_FIRST else path


def _hidden(relative: Path) -> bool:
    # Dot files and Word's "~$name.docx" lock files are not documents.
    return any(part.startswith((".", "~$")) for part in relative.parts)


class Redactor:
    """Holds the loaded models; reuse one instance for many runs."""

    def __init__(self, pipeline: Pipeline, password_provider=None, jobs: int = 1):
        """``password_provider(path) -> str | None`` is asked for protected Word files. ``jobs``:
        worker processes for a run of several documents (``redactor.workers``); with more than
        one, the models are loaded in the workers, and here only if this process needs them."""
        from redactor.scratch import sweep
        sweep()  # scratch space a killed redactor process left behind
        self.pipeline = pipeline
        self.password_provider = password_provider
        self.jobs = max(1, jobs)
        self._detector = None
        if self.jobs == 1:
            self._detector = self.detector  # load now: a model error is one line, before any file

    @property
    def detector(self):
        if self._detector is None:
            from redactor.detect.engine import Detector
            self._detector = Detector(self.pipeline)
        return self._detector

    def new_mapping(self):
        from redactor.replace import Mapping
        return Mapping(self.pipeline.seed)

    def linked(self, doc: Document, findings: list[Finding], pipeline: Pipeline | None = None,
               link_mentions: bool = True):
        """The one place detection becomes entities: every other mention of each (when the
        pipeline links and ``link_mentions``), never inside a protected span (a field's keyword).
        ``redact``, ``detect`` and release all come through here."""
        from redactor.link import link
        pipeline = pipeline or self.pipeline
        if pipeline.linking and link_mentions:
            linked = link(doc.text, findings, self.detector.allow, self.detector.allowed_span)
        else:
            linked = _unlinked(doc.text, findings)
        linked.findings = outside_protected(linked.findings, doc.extras.get("protected", ()))
        return linked

    def find(self, doc: Document, link_mentions: bool = True) -> list[Finding]:
        """Detect, then link: the findings of one document as ``redactor detect`` prints them."""
        findings = with_forced(doc, self.detector.detect(doc.text))
        return self.linked(doc, findings, link_mentions=link_mentions).findings

    def anonymise(self, doc: Document, findings: list[Finding], mapping,
                  pipeline: Pipeline | None = None) -> list[Finding]:
        """Link and replace one document's findings (replacement settings from ``pipeline``,
        by default the one detection was built from)."""
        from redactor.replace import replace_findings
        pipeline = pipeline or self.pipeline
        return replace_findings(doc.text, self.linked(doc, findings, pipeline), mapping, pipeline)

    def run(self, jobs: list[Job], on_done: Callable[[FileResult], None] | None = None,
            mapping_for: Callable[[Job], str | None] | None = None) -> Iterator[FileResult]:
        """Redact ``jobs``; one result per job, in order. ``mapping_for(job)`` may give the saved
        mapping of an earlier version of the same file (document consistency only), so a new
        version is replaced the same way."""
        self._written: set[Path] = set()
        from redactor.write import sweep_temporary
        for root in {job.root for job in jobs if job.root is not None}:
            sweep_temporary(root)  # half-written files a killed run left behind
        if self.jobs > 1 and len(jobs) > 1:
            from redactor.workers import run_parallel
            yield from run_parallel(self, jobs, on_done, mapping_for)
            return
        if self.pipeline.consistency == "batch":
            yield from self._run_batch(jobs, on_done)
            return
        for i in range(0, len(jobs), CHUNK):
            chunk = jobs[i:i + CHUNK]
            docs = []
            for job in chunk:
                try:
                    docs.append((job, self._read(job)))
                except RedactorError as exc:  # unreadable, vanished, damaged: this file only
                    yield _done(on_done, _failed(job.input, exc))
            for (job, doc), findings in zip(docs, self._detect(docs)):
                if isinstance(findings, RedactorError):
                    yield _done(on_done, _failed(job.input, findings))
                    continue
                mapping = self._saved_mapping(job, mapping_for) or self.new_mapping()
                yield _done(on_done, self._finish(job, doc, with_forced(doc, findings), mapping))

    def _run_batch(self, jobs, on_done):
        """One mapping for the whole run: every document is read first, so that no replacement
        equals a word of any document of the batch."""
        mapping, docs = yield from self._read_batch(jobs, on_done)
        for i in range(0, len(docs), CHUNK):
            chunk = docs[i:i + CHUNK]
            for (job, doc), findings in zip(chunk, self._detect(chunk)):
                if isinstance(findings, RedactorError):
                    yield _done(on_done, _failed(job.input, findings))
                    continue
                yield _done(on_done, self._finish(job, doc, with_forced(doc, findings), mapping))

    def _read_batch(self, jobs, on_done):
        """Every document of a batch read (failures yielded as they come), and the batch's one
        mapping, which may use no word of any of them: ``mapping, docs = yield from ...``."""
        mapping = self.new_mapping()
        docs = []
        for job in jobs:
            try:
                doc = self._read(job)
            except RedactorError as exc:
                yield _done(on_done, _failed(job.input, exc))
                continue
            mapping.forbid(doc.text)
            mapping.forbid(str(job.relative))
            docs.append((job, doc))
        return mapping, docs

    def _detect(self, docs) -> list:
        """Findings per document, batched; when the batch fails, each document again on its
        own, so one bad document is one error (R900) and never stops the others."""
        try:
            return list(self.detector.detect_many(doc.text for _, doc in docs))
        except Exception:  # noqa: BLE001 - isolate the document, below
            out: list = []
            for job, doc in docs:
                try:
                    out.append(self.detector.detect(doc.text))
                except Exception as exc:  # noqa: BLE001 - one file, one line, no text
                    out.append(InternalError(f"{job.input}: internal error while detecting "
                                             f"({type(exc).__name__}); please report it"))
            return out

    def _read(self, job: Job) -> Document:
        try:
            doc = read_document(job.input, self.pipeline.word_options(), self.password_provider)
            if len(doc.text) > MAX_TEXT_CHARS:
                raise InputError(f"{job.input}: too long to redact in one piece ({len(doc.text):,} "
                                 f"characters of text; the limit is {MAX_TEXT_CHARS:,}): split it")
            return doc
        except RedactorError:
            raise
        except OSError as exc:  # vanished or changed while the batch ran
            raise InputError.unreadable(job.input, exc) from None
        except Exception as exc:  # never let one file stop the batch; never print its text
            raise InternalError(f"{job.input}: internal error while reading "
                                f"({type(exc).__name__}); please report it") from None

    def _saved_mapping(self, job: Job, mapping_for):
        if mapping_for is None:
            return None
        return self._mapping_from(mapping_for(job))

    def _mapping_from(self, saved: str | None):
        if not saved:
            return None
        from redactor.replace import Mapping
        try:
            return Mapping.from_json(saved, self.pipeline.seed)
        except (ValueError, KeyError, TypeError):
            return None  # an unreadable old mapping: start afresh rather than fail the file

    def _finish(self, job: Job, doc: Document, findings, mapping, risk=None) -> FileResult:
        staged = self._stage(job, doc, findings, mapping, risk)
        return staged if isinstance(staged, FileResult) else self._place(staged)

    def _stage(self, job: Job, doc: Document, findings, mapping, risk=None) -> Staged | FileResult:
        """Everything one document needs that no other document does: replace, write the draft
        under a hidden staging name beside its final place, leak-check it, assess the risk of
        harm. Runs in a worker process under ``--jobs``; ``_place`` then gives it its name."""
        from redactor.replace.filenames import anonymise_path
        from redactor.write import staging_path, write_document
        try:
            mapping.forbid(str(job.relative))  # no pseudonym may be a word of the file's name
            from redactor.replace.generalise import merge
            from redactor.review import intruder
            final = self.anonymise(doc, findings, mapping)
            relative = anonymise_path(job.relative, doc.text, final, mapping, self.pipeline.style,
                                      self.detector.allow)
            draft = staging_path((job.root or job.output.parent) / relative)
            quasi = intruder.rows(doc.text, final, self.pipeline.generalise == "by-default")
            general = intruder.findings_of(intruder.findings_rows(final) + quasi, [])
            written = merge(final, general)
            write_document(doc, written, draft, self.detector.allowed_span, name=relative.name)
            if risk is None:
                from redactor.review.risk import review
                risk = review(doc.text, self.pipeline.spacy_model)
            report = findings_record(doc, final, self.pipeline, risk, quasi=quasi)
            return Staged(job, relative, draft, report, FileResult(
                job.input, None, findings=len(final), risk=dict(risk.categories),
                risk_checks=len(risk.checks), source=doc.read_bytes,
                findings_json=json.dumps(report["findings"] + report["quasi"]),
                mapping_json=mapping.to_json(), reidentification=report["reidentification"]["level"],
                generalised=len({f.entity for f in general})))
        except RedactorError as exc:
            return _failed(job.input, exc)
        except OSError as exc:
            return _failed(job.input, OutputError.unwritable(job.output, exc))
        except Exception as exc:  # never let one file stop the batch; never print its text
            return _failed(job.input, InternalError(
                f"{job.input}: internal error ({type(exc).__name__}); please report it"))

    def _place(self, staged: Staged) -> FileResult:
        """The staged draft renamed into its final, unique place, with its findings.json."""
        from redactor.write import write_atomic_bytes
        job = staged.job
        try:
            output = self._unique((job.root or job.output.parent) / staged.relative)
            os.replace(staged.draft, output)
            staged.report["file"] = output.name
            write_atomic_bytes(_report_bytes(staged.report),
                               output.with_name(output.name + ".findings.json"))
        except OSError as exc:
            staged.draft.unlink(missing_ok=True)
            return _failed(job.input, OutputError.unwritable(job.output, exc))
        return replace(staged.result, output=output,
                       name=str(output.relative_to(job.root)) if job.root else output.name)

    def _unique(self, output: Path) -> Path:
        """Two inputs whose anonymised names coincide get "-2", "-3"... (never overwritten)."""
        candidate, n = output, 1
        while candidate in self._written:
            n += 1
            candidate = output.with_name(f"{output.stem}-{n}{output.suffix}")
        self._written.add(candidate)
        return candidate


def _risk_row(block_of, m) -> dict:
    return {"category": m.category, "confidence": m.confidence, "level": m.level,
            "signal": m.signal, "block": block_of(m.start), "start": m.start, "end": m.end}


def outside_protected(findings: list[Finding], protected) -> list[Finding]:
    """Findings trimmed off spans that must never be replaced (a field's keyword and switches:
    "HYPERLINK", "\\* MERGEFORMAT"); a finding that lies wholly inside one is dropped."""
    if not protected:
        return findings
    out = []
    for f in findings:
        start, end = f.start, f.end
        for s, e in protected:
            if s <= start and end <= e:
                start = end  # wholly a machine word
                break
            if s <= start < e:
                start = e
            if s < end <= e:
                end = s
        if start < end:
            out.append(f if (start, end) == (f.start, f.end) else f.with_(start=start, end=end))
    return out


def with_forced(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Add what the reader knows by position (a comment's author is a person) to what detection
    found."""
    from redactor.detect.engine import resolve_overlaps
    forced = doc.extras.get("forced", [])
    return resolve_overlaps(findings + forced) if forced else findings


def _done(callback, result: FileResult) -> FileResult:
    if callback:
        callback(result)
    return result


def _unlinked(text: str, findings: list[Finding]):
    from redactor.link import Entity, Linked
    entities, out = {}, []
    for i, f in enumerate(findings):
        eid = f"{f.type}:{i}"
        entities[eid] = Entity(id=eid, type=f.type, parts=[text[f.start:f.end]])
        out.append(f.with_(entity=eid))
    return Linked(findings=out, entities=entities)


def findings_report(doc: Document, findings: list[Finding], pipeline: Pipeline, risk=None,
                    name: str | None = None) -> bytes:
    """The <name>.findings.json beside each output: where, what type, how found, replaced by what.
    Never the original text, nor the original file name (``name`` is the anonymised one; entity
    ids are renumbered so they carry no value either)."""
    return _report_bytes(findings_record(doc, findings, pipeline, risk, name))


def _report_bytes(report: dict) -> bytes:
    return json.dumps(report, indent=1, ensure_ascii=False).encode("utf-8")


def _block_of(doc: Document) -> Callable[[int], int | None]:
    """The index of the block holding an offset, by bisection (blocks are in text order)."""
    starts = [b.start for b in doc.blocks]

    def block(offset: int) -> int | None:
        i = bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < doc.blocks[i].end else None
    return block


def check_words(text: str, findings, pipeline: Pipeline):
    """``redactor.detect.check.words_to_check`` for a document's findings (Finding objects or
    stored rows; rows a reviewer rejected are left out by the caller)."""
    from redactor.detect.check import words_to_check
    from redactor.detect.quasi import condition_names
    spans = [(f.start, f.end) if isinstance(f, Finding) else (f["start"], f["end"]) for f in findings]
    return words_to_check(text, spans, _folded(pipeline.allow_set() | frozenset(condition_names())))


@lru_cache(maxsize=8)
def _folded(terms: frozenset[str]) -> frozenset[str]:
    from redactor.detect import gazetteer
    return frozenset(gazetteer.fold(t) for t in terms)


def findings_record(doc: Document, findings: list[Finding], pipeline: Pipeline, risk=None,
                    name: str | None = None, quasi: list[dict] | None = None) -> dict:
    """``findings_report`` as a dict. ``quasi``: the rows of ``redactor.review.intruder.rows``
    (details that could re-identify together: type, where, share, generalised or not)."""
    from redactor.review import intruder
    ids: dict[str, str] = {}
    rows = []
    block_of = _block_of(doc)
    for f in findings:
        entity = ids.setdefault(f.entity or f"{f.start}", f"E{len(ids) + 1}")
        block = block_of(f.start)
        rows.append({"type": f.type, "start": f.start, "end": f.end, "block": block,
                     "recognizer": f.recognizer, "score": f.score, "entity": entity,
                     "replacement": f.replacement})
    report = {"file": name or "document" + Path(doc.path).suffix, "pipeline": pipeline.name,
              "findings": rows,
              "needs_lead": bool(risk and risk.needs_lead),
              # Risk of serious harm: category, confidence and where (block and offsets of the
              # sentence), never the text. "risk_check": off-loading and cues in a policy or
              # training document, shown apart from genuine risk.
              "risk_categories": dict(risk.categories) if risk else {},
              "risk": [_risk_row(block_of, m) for m in risk.lead] if risk else [],
              "risk_check": [_risk_row(block_of, m) for m in risk.checks] if risk else []}
    # Re-identification (the motivated-intruder test): each detail's kind, place and share of the
    # borough's children, and the assessment of what the draft still says; never the words.
    quasi = [{**r, "block": block_of(r["start"])} for r in (quasi or [])]
    left, to_handle = intruder.residual(rows + quasi, [])
    report["reidentification"] = {"level": left.level, "expected": left.expected,
                                  "kinds": list(left.kinds), "details": list(left.details),
                                  "to_handle": to_handle}
    report["quasi"] = quasi
    # Words no dictionary knows and nothing redacted: shown to the reviewer (offsets and a score
    # of how much each looks like a name; never the word).
    report["words_to_check"] = [{"start": c.start, "end": c.end, "block": block_of(c.start), "score": c.score}
                                for c in check_words(doc.text, findings, pipeline)]
    if doc.extras.get("images"):
        # Pictures cannot be read: each is listed for a human to check (or was replaced).
        action = ("replaced by a placeholder" if doc.extras.get("image_policy") == "placeholder"
                  else "kept: check it by eye before release")
        report["images"] = [{"part": name, "action": action} for name in doc.extras["images"]]
    if doc.extras.get("signatures"):
        report["signatures"] = [{"part": name, "action": "removed: a digital signature names its "
                                 "signer and is invalid after any change"}
                                for name in doc.extras["signatures"]]
    if doc.extras.get("unknown_parts"):
        report["unknown_parts"] = [{"part": name, "action": "a kind of part this reader does not "
                                    "know: its text was read and anonymised; check it by eye"}
                                   for name in doc.extras["unknown_parts"]]
    if doc.extras.get("embedded"):
        report["embedded"] = [{"part": name, "action": "not opened: check it by eye before release"}
                              for name in doc.extras["embedded"]]
    return report


__all__ = ["FileResult", "Job", "Redactor", "plan", "findings_report", "with_forced"]
