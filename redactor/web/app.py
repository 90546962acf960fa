"""The web page: a thin Starlette face over the same library functions as the command line.

Every handler takes the request, asks the session who is signed in, calls
``redactor.review.actions`` or the workspace, and renders a Jinja2 template; every rule (four
eyes, lead only, trainers see no drafts) is the library's. Cross-cutting rules live once, in
middleware: security headers on every response (a Content-Security-Policy with no inline script
and no outside origin, ``Cache-Control: no-store``, no framing) and a CSRF token on every
state-changing request. Nothing in a URL, a page title or a log line holds document text.
"""

from __future__ import annotations

import contextlib
from datetime import timedelta
from pathlib import Path

from starlette.applications import Starlette
from starlette.formparsers import MultiPartParser
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from redactor.errors import RedactorError
from redactor.web.sessions import SessionStore, Throttle
from redactor.web.uploads import MAX_FILE_BYTES, MAX_FILES, Uploads

PIPELINES = ("training", "la-influence")

HERE = Path(__file__).resolve().parent
COOKIE = "redactor_session"
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; "
                                "img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                                "base-uri 'none'"),
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
STATUS_LABELS = {"awaiting_review": "Awaiting review", "returned": "Returned to staff",
                 "approved": "Approved", "released": "Released", "purged": "Purged"}


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value
        return response


def create_app(folder: str | Path | None, *, secure: bool = False, idle_minutes: int = 15,
               clock=None) -> Starlette:
    """The web application over the workspace in ``folder``. ``secure``: served over TLS (the
    session cookie is then ``Secure``)."""
    from redactor.detect.quasi import LABELS as QUASI_LABELS
    from redactor.review import actions
    from redactor.review.risk import LABELS, summarise
    from redactor.types import ENTITY_TYPES
    from redactor.workspace import Workspace

    kwargs = {"clock": clock} if clock else {}
    sessions = SessionStore(timedelta(minutes=idle_minutes), **kwargs)
    uploads = Uploads()
    # An uploaded file stays in memory (never spooled to a temporary file on disk) up to the
    # per-file limit: an original is never written outside the workspace and scratch space.
    MultiPartParser.spool_max_size = MAX_FILE_BYTES
    throttle = Throttle(**kwargs)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(STATUS_LABELS=STATUS_LABELS, LABELS=LABELS, summarise=summarise)

    def page(request: Request, name: str, session=None, status_code: int = 200, **context) -> Response:
        return templates.TemplateResponse(request, name, {
            "user": session.user if session else None,
            "role": session.workspace.user_role(session.user) if session else None,
            "csrf": session.csrf if session else "", **context}, status_code=status_code)

    def signed_in(request: Request):
        return sessions.get(request.cookies.get(COOKIE))

    def to_signin() -> Response:
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response

    async def checked_form(request: Request, session, **limits):
        """The posted form, or None when its CSRF token is not this session's."""
        form = await request.form(**limits)
        if not session or form.get("csrf") != session.csrf:
            return None
        return form

    def refused(request: Request, session, message: str, status_code: int = 403) -> Response:
        return page(request, "error.html", session, status_code=status_code, message=message)

    # -- signing in and out -----------------------------------------------------------------------
    async def signin(request: Request) -> Response:
        if request.method == "GET":
            return page(request, "signin.html")
        form = await request.form()
        name, password = str(form.get("user", "")).strip(), str(form.get("password", ""))
        client = f"client:{request.client.host if request.client else '-'}"
        wait = throttle.wait(f"user:{name}", client)
        if wait:
            seconds = int(wait.total_seconds()) + 1
            return page(request, "signin.html", status_code=429, user_name=name,
                        error=f"Too many failed sign-ins. Try again in {seconds} seconds.")
        try:
            from starlette.concurrency import run_in_threadpool
            ws = await run_in_threadpool(Workspace.open, folder, name, password)
        except RedactorError as exc:
            throttle.failed(f"user:{name}", client)
            message = ("Wrong user name or password." if exc.code == "R500" else str(exc))
            return page(request, "signin.html", status_code=401, user_name=name, error=message)
        throttle.succeeded(f"user:{name}", client)
        session = sessions.start(ws)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, session.token, httponly=True, samesite="strict", secure=secure,
                            path="/")
        return response

    async def signout(request: Request) -> Response:
        session = signed_in(request)
        if session and await checked_form(request, session) is None:
            return refused(request, session, "This form has expired. Please try again.")
        sessions.end(request.cookies.get(COOKIE))
        return to_signin()

    # -- the queue --------------------------------------------------------------------------------
    def queue(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_signin()
        status = request.query_params.get("status") or None
        with session.lock:
            try:
                role = session.workspace.user_role(session.user)
                rows = session.workspace.list(status if status in STATUS_LABELS else None)
                if role != "trainer":
                    reid = {r["id"]: actions.reidentification(session.workspace, r["id"]) for r in rows
                            if not r["damaged"] and r["status"] != "purged"}
            except RedactorError as exc:
                return refused(request, session, str(exc))
        if role == "trainer":  # trainers see released case examples only, never drafts
            return RedirectResponse("/library", status_code=303)
        return page(request, "queue.html", session, rows=rows, status=status, reid=reid)

    # -- uploads ---------------------------------------------------------------------------------------
    def _may_upload(session) -> bool:
        return session.workspace.user_role(session.user) in ("staff", "reviewer", "lead")

    async def upload(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_signin()
        if not _may_upload(session):
            return refused(request, session, "Trainers do not upload documents.")
        if request.method == "GET":
            return page(request, "upload.html", session, pipelines=PIPELINES)
        form = await checked_form(request, session, max_files=MAX_FILES, max_part_size=MAX_FILE_BYTES)
        if form is None:
            return refused(request, session, "This form has expired. Please try again.")
        pipeline = str(form.get("pipeline", "training"))
        if pipeline not in PIPELINES:
            return refused(request, session, "Choose one of the pipelines offered.", 400)
        files = []
        for item in form.getlist("files"):
            if hasattr(item, "read") and item.filename:
                files.append((item.filename, await item.read()))
        if not files:
            return page(request, "upload.html", session, status_code=400, pipelines=PIPELINES,
                        error="Choose at least one file.")
        job = uploads.submit(session, pipeline, files)
        return RedirectResponse(f"/uploads/{job.id}", status_code=303)

    def upload_status(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_signin()
        job = uploads.get(request.path_params["job"], session.user)
        if job is None:
            return refused(request, session, "No such upload.", 404)
        return page(request, "upload_status.html", session, job=job)

    # -- the trainers' library ----------------------------------------------------------------------
    def library(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_signin()
        q = request.query_params
        words, tag, since = q.get("q", "")[:200], q.get("tag", "")[:60] or None, q.get("since", "")[:10] or None
        with session.lock:
            try:
                entries = actions.library(session.workspace, words, tag, since)
                tags = sorted({t for r in session.workspace.list("released")
                               for t in session.workspace.get_tags(r["id"])}, key=str.casefold)
            except RedactorError as exc:
                return refused(request, session, str(exc))
        return page(request, "library.html", session, entries=entries, words=words, tag=tag,
                     since=since, tags=tags)

    def download(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_signin()
        with session.lock:
            try:
                name, data = actions.released_file(session.workspace, _doc_id(request))
            except RedactorError as exc:
                return refused(request, session, str(exc), 404 if exc.code == "R540" else 403)
        from urllib.parse import quote
        ascii_name = "".join(ch if ch.isascii() and ch.isprintable() and ch not in '"\\' else "_" for ch in name)
        return Response(data, media_type="application/octet-stream", headers={
            "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"})

    # -- one document -----------------------------------------------------------------------------
    def _doc_id(request: Request) -> int:
        return int(request.path_params["doc"])

    def _document_page(request: Request, session, doc_id: int, originals: bool = False) -> Response:
        with session.lock:
            ws = session.workspace
            try:
                row = actions.document(ws, doc_id)
                role = ws.user_role(session.user)
                if role == "trainer" and row["status"] != "released":
                    return refused(request, session, "Trainers see released documents only.")
                view = None
                if originals:  # audited before anything is shown
                    if role not in ("reviewer", "lead"):
                        return refused(request, session, "Only reviewers and the Service Lead see originals.")
                    view = actions.open_document(ws, doc_id)
                sections = actions.draft_sections(ws, doc_id, doc=view.document if view else None)
                findings = ws.get_findings(doc_id)
                decisions = ws.get_decisions(doc_id)
                notes = ws.get_notes(doc_id)
                reid = actions.reidentification(ws, doc_id)
                history = [e for e in ws.audit_entries() if e["doc_id"] == doc_id]
            except RedactorError as exc:
                return refused(request, session, str(exc), 404 if exc.code == "R540" else 403)
        kept = {d["finding"] for d in decisions if d.get("action") == "reject"}
        rows = [{"index": i, "type": f["type"], "replacement": f.get("replacement"),
                 "kept": i in kept, "entity": f.get("entity"),
                 "original": view.text[f["start"]:f["end"]] if view else None}
                for i, f in enumerate(findings) if not f.get("quasi")]
        details = [dict(d, label=QUASI_LABELS.get(d["type"], d["type"]),
                        original=view.text[d["start"]:d["end"]] if view else None)
                   for d in reid.details]
        added = [dict(s, original=view.text[s["start"]:s["end"]] if view else None)
                 for d in decisions if d.get("action") == "add" for s in d["spans"]]
        risk = ([(LABELS.get(m.category, m.category), m.confidence, " ".join(view.text[m.start:m.end].split()))
                 for m in view.risk.lead] if view else [])
        own = row["submitted_by"] == session.user
        # Words no dictionary knows, left in the draft: shown with the originals only.
        checks = [{"n": n, "score": c.score, "likely": c.score >= 0.5, "word": view.text[c.start:c.end],
                   "before": " ".join(view.text[max(0, c.start - 40):c.start].split()[-6:]),
                   "after": " ".join(view.text[c.end:c.end + 40].split()[:6])}
                  for n, c in enumerate(view.checks, 1)] if view else []
        return page(request, "document.html", session, row=row, sections=sections, checks=checks,
                    findings=rows, added=added, notes=notes, history=history, originals=bool(view),
                    original_paragraphs=[p for p in view.text.split("\n\n") if p.strip()] if view else [],
                    risk=risk, own=own, types=ENTITY_TYPES, reid=reid, details=details,
                    reviewing_keys=row["status"] == "awaiting_review" and role in ("reviewer", "lead") and not own)

    def document(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_signin()
        return _document_page(request, session, _doc_id(request))

    async def originals(request: Request) -> Response:
        """The originals beside each finding: a POST (never in a URL or the history), audited."""
        session = signed_in(request)
        if session is None:
            return to_signin()
        if await checked_form(request, session) is None:
            return refused(request, session, "This form has expired. Please try again.")
        from starlette.concurrency import run_in_threadpool
        return await run_in_threadpool(_document_page, request, session, _doc_id(request), True)

    async def decide(request: Request) -> Response:
        session = signed_in(request)
        if session is None:
            return to_signin()
        form = await checked_form(request, session)
        if form is None:
            return refused(request, session, "This form has expired. Please try again.")
        doc_id, action = _doc_id(request), request.path_params["action"]
        from starlette.concurrency import run_in_threadpool

        def run() -> str:
            with session.lock:
                ws = session.workspace
                if action == "approve":
                    tags = [t for t in str(form.get("tags", "")).split(",") if t.strip()]
                    actions.approve(ws, doc_id, tags=tags)
                    return "Approved."
                if action == "release":
                    (result,) = actions.release(ws, [doc_id], None)
                    if result.error is not None:
                        raise result.error
                    return "Released."
                if action == "return":
                    actions.return_to_staff(ws, doc_id, str(form.get("note", "")))
                    return "Returned to staff."
                if action == "acknowledge":
                    actions.acknowledge(ws, doc_id, str(form.get("note", "")))
                    return "Acknowledged."
                if action == "keep":
                    actions.reject(ws, doc_id, int(form.get("finding", -1)),
                                   linked=form.get("linked") == "yes")
                    return "Kept."
                if action == "generalise":
                    actions.generalise(ws, doc_id, str(form.get("detail", "")))
                    return "Generalised."
                if action == "keep-detail":
                    actions.keep_detail(ws, doc_id, str(form.get("detail", "")), str(form.get("reason", "")))
                    return "Kept."
                if action == "retype":
                    actions.change_type(ws, doc_id, int(form.get("finding", -1)), str(form.get("type", "")))
                    return "Type changed."
                if action == "add":
                    actions.add_missed(ws, doc_id, str(form.get("text", "")), str(form.get("type", "")))
                    return "Added."
                raise KeyError(action)
        try:
            await run_in_threadpool(run)
        except (KeyError, ValueError):
            return PlainTextResponse("Not found", status_code=404)
        except RedactorError as exc:
            return refused(request, session, str(exc))
        return RedirectResponse(f"/documents/{doc_id}", status_code=303)

    routes = [
        Route("/", queue),
        Route("/signin", signin, methods=["GET", "POST"]),
        Route("/signout", signout, methods=["POST"]),
        Route("/documents/{doc:int}", document),
        Route("/upload", upload, methods=["GET", "POST"]),
        Route("/uploads/{job:str}", upload_status),
        Route("/library", library),
        Route("/library/{doc:int}/download", download),
        Route("/documents/{doc:int}/originals", originals, methods=["POST"]),
        Route("/documents/{doc:int}/{action:str}", decide, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        uploads.stop()
        sessions.end_all()  # every open workspace is closed when the server stops

    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)], lifespan=lifespan,
                    max_body_size=MAX_FILES * MAX_FILE_BYTES)
    app.state.sessions = sessions
    app.state.uploads = uploads
    return app
