"""The ``redactor`` command. Commands are thin: parse, call the library, report.

Heavy imports (spaCy, Presidio) happen inside commands, so ``redactor --help`` answers at once.
Exit codes: 0 all done, 1 some files failed (the rest were written), 2 usage error.
"""

from __future__ import annotations

import json
import sys
import time

import click

from redactor import __version__


class Exit:
    OK, FAILED, USAGE = 0, 1, 2


def _fail_usage(message: str):
    raise click.UsageError(message)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="redactor")
def main():
    """Anonymise SEND casework documents (.docx, .txt, .md, .csv, .tsv) for training and reports."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder for the anonymised drafts (never an input folder).")
@click.option("--pipeline", "pipeline_name", default="training", show_default=True,
              help="Built-in pipeline name (training, la-influence) or a path to a YAML file.")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress bar or summary; errors and Service Lead flags still go to stderr.")
@click.option("--workspace", "workspace", envvar="REDACTOR_WORKSPACE", default=None,
              help="Review workspace to record the drafts in (default ./redactor-workspace).")
@click.option("--follow-symlinks", is_flag=True,
              help="Inside input folders, follow links to files that stay inside the folder "
                   "(by default links are skipped; a link never leads out of the folder).")
@click.option("--jobs", "-j", "workers", type=click.IntRange(min=1), envvar="REDACTOR_JOBS",
              default=None, help="Documents redacted at once, one process each (default: the "
                                 "number of cores; $REDACTOR_JOBS).")
def redact(inputs, out_dir, pipeline_name, quiet, workspace, follow_symlinks, workers):
    """Anonymise INPUT files and folders into OUT.

    Each input file gets a draft with the same name and format in OUT, and beside it
    <name>.findings.json (types, places, replacements; never the original text).
    Folders are searched for .docx, .txt and .md files (and .doc, .rtf, .odt with LibreOffice).
    Each draft is also recorded in the review workspace as awaiting review, submitted by you,
    when there is a workspace and you sign in ($REDACTOR_USER and $REDACTOR_PASSWORD, or asked
    for on a terminal).
    """
    from redactor.errors import RedactorError
    from redactor.pipeline import load_pipeline
    from redactor.runner import Redactor, plan

    started = time.monotonic()
    try:
        pipeline = load_pipeline(pipeline_name)
        jobs, failures, skipped = plan(inputs, out_dir, follow_symlinks=follow_symlinks)
    except RedactorError as exc:
        _fail_usage(str(exc))
    for failure in failures:
        click.echo(f"error: {failure.error}", err=True)
    if not jobs:
        click.echo("error: no .docx, .txt or .md files to redact", err=True)
        sys.exit(Exit.FAILED)

    from redactor.review.commands import Recorder, credentials
    from redactor.workspace import Workspace
    recorder = None
    signed_in = credentials(required=False) if Workspace.exists(workspace) else None
    if signed_in is None and not quiet:
        click.echo("note: drafts not recorded for review (" + (
            "sign in: set REDACTOR_USER and REDACTOR_PASSWORD, or run on a terminal"
            if Workspace.exists(workspace) else
            "no review workspace here: a Service Lead creates one with `redactor workspace init`")
            + ")", err=True)
    elif signed_in is not None:
        try:
            recorder = Recorder(workspace, *signed_in)
        except RedactorError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(Exit.FAILED)
    if not quiet:
        click.echo(f"Loading the {pipeline.name} pipeline ({pipeline.spacy_model})...", err=True)
    try:
        from redactor.workers import default_jobs
        redactor = Redactor(pipeline, password_provider=_ask_password if sys.stdin.isatty() else None,
                            jobs=min(workers or default_jobs(), len(jobs)))
    except RedactorError as exc:
        click.echo(f"error: {exc}", err=True)
        if recorder is not None:
            recorder.close()
        sys.exit(Exit.FAILED)

    failed, done, findings, flagged, checks, high, generalised = len(failures), 0, 0, 0, 0, 0, 0
    show_bar = not quiet and sys.stderr.isatty()
    with click.progressbar(length=len(jobs), label="Redacting", file=sys.stderr,
                           show_pos=True, hidden=not show_bar) as bar:
        from redactor.review.risk import summarise
        saved = (lambda job: recorder.saved_mapping(job.key)) if recorder is not None else None
        for result in redactor.run(jobs, mapping_for=saved):
            bar.update(1)
            if result.error:
                failed += 1
                click.echo(f"\nerror: {result.error}" if show_bar else f"error: {result.error}", err=True)
            else:
                done += 1
                findings += result.findings
                generalised += result.generalised
                if recorder is not None:
                    try:
                        recorder.record(result, pipeline.name)
                    except RedactorError as exc:
                        click.echo(f"error: {result.input}: not recorded for review: {exc}", err=True)
                        failed += 1
                if result.risk:
                    flagged += 1
                    # The draft's (anonymised) name: a file named after the child is not echoed.
                    click.echo(f"{chr(10) if show_bar else ''}needs lead: {result.name}: language "
                               f"suggesting a risk of serious harm ({summarise(result.risk)}); refer it "
                               "to the Service Lead before any use", err=True)
                elif result.risk_checks and not quiet:
                    checks += 1
                    click.echo(f"{chr(10) if show_bar else ''}check: {result.name}: strong language "
                               "that is not a risk flag (off-loading, or a policy or training text); "
                               "the reviewer will see where", err=True)
                if result.reidentification == "high":
                    high += 1
                    if not quiet:
                        click.echo(f"{chr(10) if show_bar else ''}re-identification: {result.name}: "
                                   "details that together could point at one family (high risk); "
                                   "a reviewer must generalise them or keep each with a reason",
                                   err=True)
    if recorder is not None:
        recorder.close()
    if not quiet:
        extra = f", {skipped} other file(s) skipped" if skipped else ""
        extra += f", {flagged} need the Service Lead" if flagged else ""
        extra += f", {checks} to check for strong language" if checks else ""
        extra += f", {generalised} detail(s) generalised" if generalised else ""
        extra += f", {high} at high risk of re-identification" if high else ""
        click.echo(f"Redacted {done} of {len(jobs) + len(failures)} file(s) into {out_dir} "
                   f"({findings} replacements, {failed} failed{extra}) in "
                   f"{time.monotonic() - started:.1f}s", err=True)
    sys.exit(Exit.FAILED if failed else Exit.OK)


def _ask_password(path) -> str | None:
    """Asked on the terminal only, never taken from the command line; nothing is echoed."""
    return click.prompt(f"Password for {path.name}", hide_input=True, default="", show_default=False,
                        err=True) or None


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@click.option("--pipeline", "pipeline_name", default="training", show_default=True,
              help="Built-in pipeline name or a path to a YAML file.")
@click.option("--linked/--no-linked", default=True, show_default=True,
              help="Include the mentions the link stage adds.")
def detect(file, fmt, pipeline_name, linked):
    """Print the findings of FILE: type, start, end (character offsets into the decoded text,
    end exclusive), score and recognizer. Offsets are those of the text redactor reads
    (for .docx: paragraphs joined by blank lines)."""
    from redactor.errors import RedactorError
    from redactor.extract import read_document
    from redactor.pipeline import load_pipeline
    from redactor.runner import Redactor

    try:
        pipeline = load_pipeline(pipeline_name)
        doc = read_document(file, pipeline.word_options(),
                            _ask_password if sys.stdin.isatty() else None)
        redactor = Redactor(pipeline)
    except RedactorError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(Exit.FAILED)
    findings = redactor.find(doc, link_mentions=linked)
    rows = [{"type": f.type, "start": f.start, "end": f.end, "score": f.score,
             "recognizer": f.recognizer} for f in findings]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=1))
    else:
        for r in rows:
            click.echo(f"{r['type']:<14} {r['start']:>7} {r['end']:>7} {r['score']:>5.2f}  {r['recognizer']}")


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@main.command()
@click.option("--workspace", "workspace", envvar="REDACTOR_WORKSPACE", default=None,
              help="Workspace folder (default ./redactor-workspace; or $REDACTOR_WORKSPACE).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this machine needs TLS or --behind-proxy.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--certfile", type=click.Path(exists=True, dir_okay=False), help="TLS certificate (PEM).")
@click.option("--keyfile", type=click.Path(exists=True, dir_okay=False), help="TLS private key (PEM).")
@click.option("--behind-proxy", is_flag=True,
              help="A reverse proxy in front terminates TLS (the session cookie is marked Secure).")
@click.option("--idle-minutes", default=15, show_default=True, type=click.IntRange(1, 480),
              help="Sign a person out after this long without a request.")
def serve(workspace, host, port, certfile, keyfile, behind_proxy, idle_minutes):
    """Serve the web page for staff, reviewers, the Service Lead and trainers.

    It listens on this machine only unless --host says otherwise; serving to other machines needs
    --certfile and --keyfile (TLS) or --behind-proxy. People sign in with their own accounts."""
    import uvicorn

    from redactor.web import create_app
    from redactor.workspace import Workspace
    tls = bool(certfile and keyfile)
    if bool(certfile) != bool(keyfile):
        _fail_usage("give both --certfile and --keyfile, or neither")
    if host not in LOCAL_HOSTS and not (tls or behind_proxy):
        _fail_usage(f"serving on {host} would send passwords and documents in clear: give "
                    "--certfile and --keyfile, or --behind-proxy when a proxy terminates TLS")
    if not Workspace.exists(workspace):
        click.echo("error: R510: no workspace here: a Service Lead creates one with "
                   "`redactor workspace init`", err=True)
        sys.exit(Exit.FAILED)
    app = create_app(workspace, secure=tls or behind_proxy, idle_minutes=idle_minutes)
    click.echo(f"redactor is served at http{'s' if tls else ''}://{host}:{port}/ (Ctrl+C stops it)",
               err=True)
    # access_log off: a request line names a document id only, but no log is the simplest promise
    uvicorn.run(app, host=host, port=port, ssl_certfile=certfile, ssl_keyfile=keyfile,
                access_log=False, log_level="warning", proxy_headers=behind_proxy)


def _register_workspace_commands():
    from redactor.review.commands import COMMANDS
    for command in COMMANDS:
        main.add_command(command)


_register_workspace_commands()
