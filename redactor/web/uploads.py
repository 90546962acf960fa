"""Uploads from the web page: redaction in one background worker, never inside a request.

A job is a person's batch of files with a pipeline. The worker writes them to private scratch
space (``redactor.scratch``: RAM-backed, removed at once), runs the same ``Redactor`` as
``redactor redact`` and records each draft in the workspace as submitted by that person. Each file
has a state (waiting, redacting, done, failed) and, when it fails, the same one-line error as the
command line; the others go on. Jobs live in the server's memory; file contents are never kept
after the job, and nothing is logged.
"""

from __future__ import annotations

import queue
import re
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path

WAITING, REDACTING, DONE, FAILED = "waiting", "redacting", "done", "failed"
MAX_FILES = 50
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass
class FileState:
    name: str                 # as uploaded (shown only to the uploader, on the job's page)
    state: str = WAITING
    message: str = ""         # one line: the anonymised draft's name, or the error
    doc_id: int | None = None
    needs_lead: bool = False


@dataclass
class Job:
    id: str
    owner: str
    pipeline: str
    files: list[FileState]
    finished: threading.Event = field(default_factory=threading.Event)

    @property
    def done(self) -> bool:
        return self.finished.is_set()


class Uploads:
    """The jobs of every session, and the one worker thread that runs them in order."""

    def __init__(self):
        self._jobs: dict[str, Job] = {}
        self._queue: queue.Queue = queue.Queue()
        self._redactors: dict[str, object] = {}
        self._lock = threading.Lock()
        self._worker = threading.Thread(target=self._run, name="redactor-uploads", daemon=True)
        self._worker.start()

    def submit(self, session, pipeline: str, files: list[tuple[str, bytes]]) -> Job:
        """Queue ``files`` (name, bytes) for redaction as the session's person."""
        job = Job(secrets.token_urlsafe(12), session.user, pipeline,
                  [FileState(Path(name).name or "unnamed") for name, _ in files])
        with self._lock:
            self._jobs[job.id] = job
            session.running += 1
        self._queue.put((job, session, [data for _, data in files]))
        return job

    def get(self, job_id: str, owner: str) -> Job | None:
        """A job, to its owner only."""
        job = self._jobs.get(job_id)
        return job if job is not None and job.owner == owner else None

    def wait(self, job_id: str, timeout: float | None = None) -> bool:
        """Block until the job has finished (for tests and scripts); True when it has."""
        job = self._jobs.get(job_id)
        return job is not None and job.finished.wait(timeout)

    def stop(self) -> None:
        self._queue.put(None)

    # -- the worker ------------------------------------------------------------------------------
    def _redactor(self, pipeline: str):
        from redactor.pipeline import load_pipeline
        from redactor.runner import Redactor
        if pipeline not in self._redactors:
            self._redactors[pipeline] = Redactor(load_pipeline(pipeline))
        return self._redactors[pipeline]

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            job, session, contents = item
            try:
                self._redact(job, session, contents)
            except Exception as exc:  # noqa: BLE001 - one broken job never stops the worker
                from redactor.errors import InternalError
                for f in job.files:
                    if f.state in (WAITING, REDACTING):
                        f.state, f.message = FAILED, str(InternalError(f"{f.name}: {type(exc).__name__}"))
            finally:
                job.finished.set()
                session.job_finished()

    def _redact(self, job: Job, session, contents: list[bytes]) -> None:
        from redactor.errors import RedactorError
        from redactor.runner import plan
        from redactor.scratch import scratch_dir
        try:
            redactor = self._redactor(job.pipeline)
        except RedactorError as exc:
            for f in job.files:
                f.state, f.message = FAILED, str(exc)
            return
        with scratch_dir() as tmp:
            inbox, out = tmp / "in", tmp / "out"
            inbox.mkdir()
            paths = {}
            for i, (f, data) in enumerate(zip(job.files, contents)):
                # each file alone in a folder of its own: two uploads may share a name
                folder = inbox / str(i)
                folder.mkdir()
                path = folder / f.name
                path.write_bytes(data)
                paths[str(path)] = paths[str(path.resolve())] = f
            jobs, failures, _ = plan([str(p) for p in paths], str(out))
            def one_line(message: str) -> str:
                """The command line's error line, naming the file as uploaded (not its place in
                scratch space)."""
                for prefix in (str(inbox.resolve()), str(inbox)):
                    message = re.sub(re.escape(prefix) + r"/\d+/", "", message)
                return message

            for failure in failures:
                f = paths.get(str(failure.input))
                if f is not None:
                    f.state, f.message = FAILED, one_line(str(failure.error))
            for planned in jobs:
                paths[str(planned.input)].state = REDACTING
            for result in redactor.run(jobs):
                f = paths[str(result.input)]
                if result.error:
                    f.state, f.message = FAILED, one_line(str(result.error))
                    continue
                try:
                    with session.lock:
                        doc_id, _ = session.workspace.submit(
                            result.input.name, result.source, job.pipeline, result.findings_json,
                            needs_lead=bool(result.risk), mapping_json=result.mapping_json,
                            display_name=result.name, risk=result.risk)
                except RedactorError as exc:
                    f.state, f.message = FAILED, f"{result.name}: not recorded for review: {exc}"
                    continue
                f.state, f.message, f.doc_id, f.needs_lead = DONE, result.name, doc_id, bool(result.risk)
