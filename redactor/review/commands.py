"""Commands over the review workspace: workspace, account, users, review, release, audit, purge.

Thin click shells over ``redactor.workspace.Workspace``. The workspace is ``--workspace``, else
``$REDACTOR_WORKSPACE``, else ``./redactor-workspace``. Every command acts as the person who signs
in: ``$REDACTOR_USER`` and ``$REDACTOR_PASSWORD`` (scripts), or asked for on a terminal; a password
is never an argument (argv is visible to every local user through ``ps``). The rules (four eyes,
lead-only acknowledgement and user management) are the library's, checked against that person.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click

USER_ENV = "REDACTOR_USER"
PASSWORD_ENV = "REDACTOR_PASSWORD"
NEW_PASSWORD_ENV = "REDACTOR_NEW_PASSWORD"
SETUP_CODE_ENV = "REDACTOR_SETUP_CODE"
PASSPHRASE_ENV = "REDACTOR_PASSPHRASE"  # only to migrate a workspace made before accounts
WORKSPACE_ENV = "REDACTOR_WORKSPACE"

workspace_option = click.option(
    "--workspace", "workspace", envvar=WORKSPACE_ENV, default=None,
    help="Workspace folder (default ./redactor-workspace; or $REDACTOR_WORKSPACE).")


def _terminal() -> bool:
    return sys.stdin.isatty()


def _secret(env: str, prompt: str, *, confirm: bool = False, what: str) -> str:
    """A secret from the environment (scripts) or asked for on the terminal, never from argv."""
    value = os.environ.get(env)
    if value:
        return value
    if _terminal():
        return click.prompt(prompt, hide_input=True, confirmation_prompt=confirm, err=True)
    raise click.UsageError(f"{what} is needed: set {env} or run on a terminal")


def user_name() -> str:
    """Who signs in: $REDACTOR_USER, else asked on a terminal (your login name offered)."""
    value = os.environ.get(USER_ENV)
    if value:
        return value
    if _terminal():
        return click.prompt("User name", default=getpass.getuser(), err=True)
    raise click.UsageError(f"sign in: set {USER_ENV} and {PASSWORD_ENV}, or run on a terminal")


def credentials(required: bool = True) -> tuple[str, str] | None:
    """(user name, password) from the environment or a terminal; None when neither is there
    and ``required`` is false."""
    if not required and not _terminal() and not (os.environ.get(USER_ENV) and os.environ.get(PASSWORD_ENV)):
        return None
    name = user_name()
    return name, _secret(PASSWORD_ENV, f"Password for {name}", what="your password")


def choose_password(name: str, env: str = NEW_PASSWORD_ENV) -> str:
    """A new password: from ``env`` in scripts (the library checks it), else asked twice on the
    terminal and, when it breaks the password rule, explained and asked again (three tries)."""
    from redactor.workspace.passwords import MIN_CHARS, problem
    if os.environ.get(env) or not _terminal():
        return _secret(env, "", what="the new password")
    for _ in range(3):
        password = click.prompt(f"New password for {name} ({MIN_CHARS} characters or more; a phrase "
                                "of several words is easiest)", hide_input=True,
                                confirmation_prompt=True, err=True)
        reason = problem(password, name)
        if reason is None:
            return password
        click.echo(f"{reason}; please choose another", err=True)
    raise click.ClickException("R505: no acceptable password was chosen; nothing was changed")


@contextmanager
def open_workspace(folder, signed_in: tuple[str, str] | None = None):
    """The workspace, signed in as the person at the keyboard (or in the environment)."""
    from redactor.errors import RedactorError
    from redactor.scratch import sweep
    from redactor.workspace import Workspace
    sweep()  # scratch space a killed redactor process left behind
    name, password = signed_in or credentials()
    try:
        ws = Workspace.open(folder, name, password)
    except RedactorError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield ws
    except RedactorError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        ws.close()


class Recorder:
    """Records each redacted draft in the workspace as awaiting review, submitted by the person
    signed in; opened once per run (signing in is deliberately slow)."""

    def __init__(self, folder, name: str, password: str):
        from redactor.workspace import Workspace
        self.ws = Workspace.open(folder, name, password)

    def record(self, result, pipeline: str) -> tuple[int, int]:
        """Store one redacted file (a ``runner.FileResult``): source, findings, mapping and the
        anonymised name."""
        return self.ws.submit(result.input.name, result.source, pipeline,
                              result.findings_json, needs_lead=bool(result.risk),
                              mapping_json=result.mapping_json, display_name=result.name,
                              risk=result.risk)

    def saved_mapping(self, name: str) -> str | None:
        """The mapping of the newest stored version of the file called ``name``, if any."""
        return self.ws.latest_mapping(name)

    def close(self) -> None:
        self.ws.close()


def typed(prompt: str, what: str) -> str:
    """Free text that may hold case details (a missed name, a note): asked for on the terminal or
    read from standard input in scripts, never taken from the command line (argv is visible to
    every local user through ps)."""
    text = (click.prompt(prompt, err=True) if _terminal() else sys.stdin.readline()).strip()
    if not text:
        raise click.UsageError(f"give {what} on standard input (or type it when asked)")
    return text


def _library(call):
    """Run a library call that needs no open workspace, mapping its errors to one line."""
    from redactor.errors import RedactorError
    try:
        return call()
    except RedactorError as exc:
        raise click.ClickException(str(exc)) from None


# -- workspace and accounts --------------------------------------------------------------------

@click.group()
def workspace():
    """Create the workspace, or move an old one to accounts."""


@workspace.command("init")
@click.option("--lead", "lead", default=None,
              help="The first lead's user name (default: $REDACTOR_USER, or asked).")
@workspace_option
def workspace_init(lead, workspace):
    """Create a workspace and its first account, a Service Lead. The lead's password is asked for
    on the terminal (or read from $REDACTOR_PASSWORD in scripts). Only a lead adds users."""
    from redactor.errors import RedactorError
    from redactor.workspace import Workspace
    name = lead or user_name()
    if Workspace.exists(workspace):
        # Two people setting up at once: the second finds it made, and signs in to it.
        password = _secret(PASSWORD_ENV, f"Password for {name}", what="your password")
        try:
            Workspace.open(workspace, name, password).close()
        except RedactorError:
            raise click.ClickException("R510: a workspace already exists here; sign in to it "
                                       "or choose another --workspace folder") from None
        click.echo(f"the workspace already exists; {name} can sign in to it")
        return
    password = choose_password(name, PASSWORD_ENV)
    try:
        Workspace.create(workspace, name, password).close()
    except RedactorError as exc:
        if Workspace.exists(workspace):  # made by someone else a moment ago
            try:
                Workspace.open(workspace, name, password).close()
                click.echo(f"the workspace already exists; {name} can sign in to it")
                return
            except RedactorError:
                pass
        raise click.ClickException(str(exc)) from None
    click.echo(f"workspace created; {name} is its lead. Add your team with "
               "`redactor users add NAME --role ROLE`.")


@workspace.command("migrate")
@workspace_option
def workspace_migrate(workspace):
    """Move a workspace made before accounts (one shared passphrase) to accounts, once.

    The old passphrase ($REDACTOR_PASSPHRASE, or asked) opens it one last time; you become its
    lead, with your own password; every other user keeps their role and needs a setup code
    from you (`redactor users reset NAME`). Afterwards the passphrase opens nothing."""
    from redactor.workspace import Workspace
    secret = _secret(PASSPHRASE_ENV, "The workspace's old shared passphrase", what="the old passphrase")
    name = user_name()
    password = choose_password(name, PASSWORD_ENV)
    ws = _library(lambda: Workspace.migrate(workspace, secret, name, password))
    pending = [u["name"] for u in ws.users() if u["state"] == "setup"]
    ws.close()
    click.echo(f"workspace moved to accounts; {name} is a lead. {len(pending)} other user(s) need a "
               "setup code: `redactor users reset NAME` for each.")


@click.group()
def account():
    """Your own account: first sign-in with a setup code, password change."""


@account.command("setup")
@workspace_option
def account_setup(workspace):
    """Sign in for the first time with the setup code a lead gave you, and choose your password
    ($REDACTOR_USER, $REDACTOR_SETUP_CODE and $REDACTOR_NEW_PASSWORD in scripts). The code then
    stops working."""
    from redactor.workspace import Workspace
    name = user_name()
    code = _secret(SETUP_CODE_ENV, "Setup code", what="the setup code")
    password = choose_password(name)
    _library(lambda: Workspace.setup_account(workspace, name, code, password)).close()
    click.echo(f"password set; {name} can now sign in")


@account.command("password")
@workspace_option
def account_password(workspace):
    """Change your own password (the current one, then the new one twice)."""
    name, old = credentials()
    new = choose_password(name)
    with open_workspace(workspace, (name, old)) as ws:
        ws.change_password(old, new)
    click.echo("password changed")


# -- users ---------------------------------------------------------------------------------------

@click.group()
def users():
    """The team: add people, change roles, disable accounts (a lead only), list."""


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["staff", "trainer", "reviewer", "lead"]), required=True)
@workspace_option
def users_add(name, role, workspace):
    """Add user NAME with a role (lead only) and print their one-time setup code. Give it to them
    in person or by phone; with it they choose their own password (`redactor account setup`)."""
    with open_workspace(workspace) as ws:
        code = ws.add_user(name, role)
    click.echo(f"added {name} ({role}); setup code, valid for 7 days and shown only now: {code}")


@users.command("list")
@workspace_option
def users_list(workspace):
    """Every user with role and state (setup: has a code and no password yet)."""
    with open_workspace(workspace) as ws:
        rows = ws.users()
    for r in rows:
        click.echo(f"{r['name']:<20} {r['role']:<9} {r['state']}")


@users.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(["staff", "trainer", "reviewer", "lead"]))
@workspace_option
def users_role(name, role, workspace):
    """Change the role of user NAME (lead only)."""
    with open_workspace(workspace) as ws:
        ws.set_role(name, role)
    click.echo(f"{name} is now {role}")


@users.command("disable")
@click.argument("name")
@workspace_option
def users_disable(name, workspace):
    """Disable user NAME (lead only): their copy of the workspace key is deleted, so their
    password opens nothing. `users reset` lets them back in with a new setup code."""
    with open_workspace(workspace) as ws:
        ws.disable(name)
    click.echo(f"{name} disabled")


@users.command("reset")
@click.argument("name")
@workspace_option
def users_reset(name, workspace):
    """A new setup code for user NAME (lead only): a forgotten password, or back from disabled.
    Their old password stops working."""
    with open_workspace(workspace) as ws:
        code = ws.reset(name)
    click.echo(f"new setup code for {name}, valid for 7 days and shown only now: {code}")


# -- review ----------------------------------------------------------------------------------

@click.group()
def review():
    """Review redacted documents before anything leaves the service."""


@review.command("list")
@click.option("--status", type=click.Choice(["awaiting_review", "approved", "returned", "released", "purged"]))
@click.option("--json", "as_json", is_flag=True, help="A JSON list for scripts.")
@workspace_option
def review_list(status, as_json, workspace):
    """Documents in the workspace, with status, findings by type and the Service Lead flag."""
    from redactor.review import actions
    from redactor.review.risk import summarise
    with open_workspace(workspace) as ws:
        rows = ws.list(status)
        # the motivated-intruder test as each document now stands (kinds only, no words)
        reid = {r["id"]: actions.reidentification(ws, r["id"]) for r in rows
                if not r["damaged"] and r["status"] != "purged"}
    # The anonymised name: only ``review show`` shows the original.
    out = [{"id": r["id"], "name": r["display_name"], "damaged": r["damaged"],
            "version": r["version"], "status": r["status"],
            "submitted_by": r["submitted_by"], "pipeline": r["pipeline"],
            "findings": r["finding_counts"], "needs_lead": r["needs_lead"], "risk": r["risk"],
            "lead_acknowledged_by": r["lead_acknowledged_by"], "approved_by": r["approved_by"],
            "reidentification": ({"level": reid[r["id"]].assessment.level,
                                  "kinds": list(reid[r["id"]].assessment.kinds),
                                  "to_handle": reid[r["id"]].to_handle} if r["id"] in reid else None)}
           for r in rows]
    if as_json:
        click.echo(json.dumps(out, indent=1))
        return
    for r in out:
        flag = ""
        if r["needs_lead"] and not r["lead_acknowledged_by"]:
            flag = "  NEEDS LEAD" + (f" ({summarise(r['risk'])})" if r["risk"] else "")
        re_id = r["reidentification"]
        if re_id and re_id["to_handle"]:
            flag += f"  RE-IDENTIFICATION HIGH ({len(re_id['to_handle'])} detail(s) to handle)"
        elif re_id and re_id["level"] != "low":
            flag += f"  re-identification {re_id['level']}"
        total = sum(r["findings"].values())
        shown = "(DAMAGED: see audit --verify)" if r["damaged"] else r["name"] or "(purged)"
        click.echo(f"{r['id']:>4}  {r['status']:<16} v{r['version']}  {shown}  "
                   f"{total} findings  by {r['submitted_by']}{flag}")


@review.command("show")
@click.argument("doc", type=int)
@workspace_option
def review_show(doc, workspace):
    """Findings of DOC with ids, type and replacement, and the original in its context.

    This is the one place originals are shown: to the reviewer, on their own terminal. Each
    showing is recorded in the audit trail (who, which document, when)."""
    from redactor.review import actions
    from redactor.review.show import check_lines, finding_lines, reidentification_lines, risk_lines
    with open_workspace(workspace) as ws:
        view = actions.open_document(ws, doc)
    row = view.row
    header = f"document {doc}: {row['name']} v{row['version']} ({row['status']})"
    if row["needs_lead"]:
        header += " - NEEDS THE SERVICE LEAD (risk of serious harm)"
        if row["lead_acknowledged_by"]:
            header += f", acknowledged by {row['lead_acknowledged_by']}"
    click.echo(header)
    for line in risk_lines(view.text, view.risk):
        click.echo(line)
    for line in finding_lines(view.text, view.findings, view.decisions):
        click.echo(line)
    for line in reidentification_lines(view.text, view.findings, view.decisions):
        click.echo(line)
    for line in check_lines(view.text, view.checks, doc):
        click.echo(line)


@review.command("reject")
@click.argument("doc", type=int)
@click.argument("finding", type=int)
@click.option("--reason", default="", help="Why the original may stay.")
@click.option("--linked", is_flag=True, help="Also keep every other mention of the same entity.")
@workspace_option
def review_reject(doc, finding, reason, linked, workspace):
    """Keep the original text for FINDING of DOC (a false positive)."""
    from redactor.review import actions
    with open_workspace(workspace) as ws:
        kept = actions.reject(ws, doc, finding, linked=linked, reason=reason)
    click.echo(f"document {doc}: {kept} finding(s) will keep their original text")


pipeline_option = click.option("--pipeline", "pipeline_name", default=None,
                               help="Pipeline definition, if not the one the document was redacted with.")


@review.command("add")
@click.argument("doc", type=int)
@click.option("--type", "kind", required=True, help="PERSON, SCHOOL, LOCATION, ... (what it is).")
@pipeline_option
@workspace_option
def review_add(doc, kind, pipeline_name, workspace):
    """Redact a missed text in DOC: every occurrence, with its other mentions linked.

    The text is asked for on the terminal, or read from standard input in scripts; never taken
    from the command line, which every local user can read (ps)."""
    from redactor.review import actions
    from redactor.types import ENTITY_TYPES
    if kind not in ENTITY_TYPES:
        raise click.UsageError(f"--type must be one of {', '.join(ENTITY_TYPES)}")
    text = typed("Text to redact", "the missed text")
    with open_workspace(workspace) as ws:
        added = actions.add_missed(ws, doc, text, kind, pipeline_name)
    click.echo(f"document {doc}: {added} more place(s) will be redacted")


@review.command("generalise")
@click.argument("doc", type=int)
@click.argument("detail")
@workspace_option
def review_generalise(doc, detail, workspace):
    """Generalise DETAIL of DOC (its number in review show, "Q3"): every mention says what it is
    ("a rare genetic condition", "Key Stage 2", "a village in the borough"), not which."""
    from redactor.review import actions
    with open_workspace(workspace) as ws:
        changed = actions.generalise(ws, doc, detail)
        status = actions.reidentification(ws, doc)
    click.echo(f"document {doc}: {changed} place(s) generalised; {status.assessment.describe()}")


@review.command("keep")
@click.argument("doc", type=int)
@click.argument("detail")
@workspace_option
def review_keep(doc, detail, workspace):
    """Keep DETAIL of DOC as written, with a short reason (asked for, or read from standard input;
    never an argument). The reason is kept with the decision in the audit trail."""
    from redactor.review import actions
    reason = typed("Why this detail may stay", "the reason")
    with open_workspace(workspace) as ws:
        kept = actions.keep_detail(ws, doc, detail, reason)
        status = actions.reidentification(ws, doc)
    left = f"; {len(status.to_handle)} detail(s) still to handle" if status.to_handle else ""
    click.echo(f"document {doc}: {kept} place(s) kept as written{left}")


@review.command("approve")
@click.argument("doc", type=int)
@click.option("--tag", "tags", multiple=True,
              help="A topic for the trainers' library (\"exclusion\"); repeat for more.")
@pipeline_option
@workspace_option
def review_approve(doc, tags, pipeline_name, workspace):
    """Approve DOC (a reviewer or lead, never the person who submitted it). The output as it now
    stands is pinned: release writes exactly that or nothing."""
    from redactor.review import actions
    with open_workspace(workspace) as ws:
        actions.approve(ws, doc, pipeline_name, tags=list(tags))
    click.echo(f"document {doc} approved")


@review.command("return")
@click.argument("doc", type=int)
@workspace_option
def review_return(doc, workspace):
    """Return DOC to staff with a note of what to change (asked for, or read from standard input;
    never an argument: a note may hold case details)."""
    from redactor.review import actions
    note = typed("Note for staff", "the note")
    with open_workspace(workspace) as ws:
        actions.return_to_staff(ws, doc, note)
    click.echo(f"document {doc} returned")


@review.command("acknowledge")
@click.argument("doc", type=int)
@workspace_option
def review_acknowledge(doc, workspace):
    """The Service Lead acknowledges a document flagged for risk of serious harm, with a note of
    what was decided (asked for, or read from standard input; never an argument)."""
    from redactor.review import actions
    note = typed("What the Service Lead decided", "the note")
    with open_workspace(workspace) as ws:
        actions.acknowledge(ws, doc, note)
    click.echo(f"document {doc} acknowledged by the Service Lead")


# -- audit, purge, rekey ----------------------------------------------------------------------

@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--verify", is_flag=True, help="Check the hash chain; exit 1 if any entry was changed.")
@workspace_option
def audit(as_json, verify, workspace):
    """The append-only audit trail: who did what, when, to which document (no document text)."""
    with open_workspace(workspace) as ws:
        entries = ws.audit_entries()
        broken = ws.verify_audit() if verify else None
        damaged = ws.damaged_documents() if verify else []
        disagreeing = ws.disagreeing_documents() if verify else []
    if verify:
        for doc in damaged:
            click.echo(f"document {doc}: a stored value fails authentication (damaged, or changed "
                       "outside redactor); the other documents are not affected", err=True)
        for doc in disagreeing:
            click.echo(f"document {doc}: its status, approver or approved output does not agree "
                       "with its audit trail (changed outside redactor)", err=True)
        if broken is not None:
            click.echo(f"audit trail broken at entry {broken}: edited, deleted or reordered", err=True)
        if broken is not None or damaged or disagreeing:
            sys.exit(1)
        click.echo(f"audit trail intact ({len(entries)} entries); every stored value decrypts and "
                   "every document agrees with its trail")
        return
    if as_json:
        click.echo(json.dumps(entries, indent=1, default=str))
        return
    for e in entries:
        doc = e.get("doc_id")
        click.echo(f"{e.get('seq'):>5}  {e.get('at', e.get('time', ''))}  {e.get('actor')}  {e.get('action')}"
                   + (f"  document {doc}" if doc is not None else ""))


@click.command()
@click.argument("doc", type=int, required=False)
@click.option("--released-before", "released_before", type=click.DateTime(["%Y-%m-%d"]),
              help="Purge every document released before this date.")
@workspace_option
def purge(doc, released_before, workspace):
    """Delete stored sources and findings (one withdrawn DOC, or all released before a date).
    The audit trail is kept."""
    if (doc is None) == (released_before is None):
        raise click.UsageError("give a DOC or --released-before DATE")
    with open_workspace(workspace) as ws:
        if doc is not None:
            ws.purge(doc)
            click.echo(f"document {doc} purged")
        else:
            done = ws.purge_released_before(released_before.date())
            click.echo(f"{len(done)} document(s) purged")


@click.command()
@click.argument("docs", nargs=-1, type=int)
@click.option("--all-approved", is_flag=True, help="Release every approved document.")
@click.option("--to", "to_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the released files (only the files go there).")
@pipeline_option
@workspace_option
def release(docs, all_approved, to_dir, pipeline_name, workspace):
    """Write approved documents to DIR after checking them once more.

    Each output is rebuilt from the stored source and the review decisions and must be exactly
    what was approved; the leak check and a fresh detection pass run over it. A new confident
    identifier blocks the release and returns the document to review."""
    from redactor.review import actions
    if bool(docs) == all_approved:
        raise click.UsageError("give DOC ids or --all-approved")
    with open_workspace(workspace) as ws:
        results = actions.release(ws, None if all_approved else list(docs), to_dir, pipeline_name)
    for result in results:
        if result.error is None:
            click.echo(f"released document {result.doc_id} to {result.path}")
        else:
            click.echo(f"error: {result.error}", err=True)
    sys.exit(1 if any(r.error for r in results) else 0)


COMMANDS = (workspace, account, users, review, release, audit, purge)
