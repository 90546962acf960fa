"""Redaction on several cores: ``redactor redact --jobs N``.

N worker processes each load the models once (``Redactor`` in ``_start``) and take documents one
at a time, so a worker's memory depends on the largest document, never on how many there are.
The parent plans, hands out at most ``AHEAD`` documents per worker beyond the one in hand, and
gives each staged draft its final name in input order, so the outputs, their names and the
workspace record are those of one job.

- Each document has its own replacements (``consistency: document``): a worker does everything
  (read, detect, assess the risk of harm, replace, write and leak-check the draft under a hidden
  name); the parent only renames it into place (``Redactor._place``).
- One set of replacements for the whole batch (``consistency: batch``): the replacements depend
  on the order, so the workers read, detect and assess, and the parent replaces and writes in
  input order.

A worker that dies (killed, out of memory) fails the documents it held with R900; a fresh pool
takes the rest. Passwords of protected Word files are asked in the parent, in order, before the
file is handed out; a worker never prompts.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context

from redactor.errors import InternalError, RedactorError
from redactor.runner import FileResult, Redactor, _done, _failed, with_forced

AHEAD = 2  # documents queued per worker beyond the one in hand
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted Word file is an OLE container

_worker = None        # this worker process's Redactor
_start_error = None   # why it could not be made (every task then reports it)
_password: str | None = None


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _start(pipeline) -> None:
    global _worker, _start_error
    try:
        _worker = Redactor(pipeline, password_provider=lambda path: _password)
    except RedactorError as exc:
        _start_error = exc


def _read(job, password):
    global _password
    _password = password
    try:
        return _worker._read(job)
    finally:
        _password = None


def _whole(job, saved_mapping: str | None, password: str | None):
    """Per-document replacements: the whole document, staged (or its failure)."""
    if _start_error is not None:
        return _failed(job.input, _start_error)
    try:
        doc = _read(job, password)
    except RedactorError as exc:
        return _failed(job.input, exc)
    findings = _worker._detect([(job, doc)])[0]
    if isinstance(findings, RedactorError):
        return _failed(job.input, findings)
    mapping = _worker._mapping_from(saved_mapping) or _worker.new_mapping()
    return _worker._stage(job, doc, with_forced(doc, findings), mapping)


def _assessed(job, text: str):
    """Batch replacements: detection and the risk of harm for text the parent read."""
    from redactor.review.risk import review
    if _start_error is not None:
        return _start_error
    findings = _worker._detect([(job, _Text(text))])[0]
    if isinstance(findings, RedactorError):
        return findings
    try:
        return findings, review(text, _worker.pipeline.spacy_model)
    except Exception as exc:  # noqa: BLE001 - one file, one line, no text
        return InternalError(f"{job.input}: internal error while assessing ({type(exc).__name__}); "
                             "please report it")


class _Text:
    """What ``Redactor._detect`` reads of a document."""

    def __init__(self, text: str):
        self.text = text


class Pool:
    """N worker processes started with the spawn method (no state copied from the parent)."""

    def __init__(self, pipeline, jobs: int):
        self.pipeline, self.jobs = pipeline, jobs
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=get_context("spawn"),
                                   initializer=_start, initargs=(self.pipeline,))

    def ordered(self, items: list, submit: Callable[[ProcessPoolExecutor, object], Future],
                lost: Callable[[object], object]) -> Iterator:
        """``submit(executor, item)`` for each item, at most ``jobs * (1 + AHEAD)`` at a time;
        results in input order. An item whose worker died gives ``lost(item)``; the pool is
        then made afresh for the items not yet handed out."""
        pending: deque[tuple[object, Future]] = deque()
        todo = iter(items)
        limit = self.jobs * (1 + AHEAD)
        while True:
            while len(pending) < limit:
                item = next(todo, None)
                if item is None:
                    break
                pending.append((item, submit(self.executor, item)))
            if not pending:
                return
            item, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                yield lost(item)
                # Every item already handed to the broken pool is lost with it.
                while pending:
                    yield lost(pending.popleft()[0])
                self.executor.shutdown(wait=False, cancel_futures=True)
                self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _password_for(redactor, job) -> str | None:
    """Asked in the parent, before the file is handed out, when it looks protected."""
    if redactor.password_provider is None or job.input.suffix.lower() != ".docx":
        return None
    try:
        with open(job.input, "rb") as fh:
            if fh.read(len(OLE_MAGIC)) != OLE_MAGIC:
                return None
    except OSError:
        return None  # the worker reports it
    return redactor.password_provider(job.input)


def _lost(job) -> RedactorError:
    return InternalError(f"{job.input}: internal error (a worker process stopped: out of memory, "
                         "or killed); please report it")


def run_parallel(redactor, jobs: list, on_done, mapping_for) -> Iterator:
    """``Redactor.run`` on ``redactor.jobs`` worker processes."""
    pool = Pool(redactor.pipeline, min(redactor.jobs, len(jobs)))
    try:
        if redactor.pipeline.consistency == "batch":
            yield from _batch(redactor, pool, jobs, on_done)
            return

        def submit(executor, job):
            saved = mapping_for(job) if mapping_for else None
            return executor.submit(_whole, job, saved, _password_for(redactor, job))

        for job, staged in zip(jobs, pool.ordered(jobs, submit, lambda job: _failed(job.input, _lost(job)))):
            yield _done(on_done, staged if isinstance(staged, FileResult) else redactor._place(staged))
    finally:
        pool.close()


def _batch(redactor, pool: Pool, jobs: list, on_done) -> Iterator:
    """One mapping for the batch: read all first (no replacement may equal a word of any
    document), detect in the workers, replace and write here in input order."""
    mapping, docs = yield from redactor._read_batch(jobs, on_done)

    def submit(executor, item):
        job, doc = item
        return executor.submit(_assessed, job, doc.text)

    for (job, doc), outcome in zip(docs, pool.ordered(docs, submit, lambda item: _lost(item[0]))):
        if isinstance(outcome, RedactorError):
            yield _done(on_done, _failed(job.input, outcome))
            continue
        findings, risk = outcome
        yield _done(on_done, redactor._finish(job, doc, with_forced(doc, findings), mapping, risk))


__all__ = ["default_jobs", "run_parallel"]
