"""Build a demo review workspace from the bundled samples, for `make serve`.

    .venv/bin/python samples/demo_workspace.py demo-workspace

Creates the workspace with four demo accounts (lead, reviewer, staff, trainer), each with a random
password printed once, here, and nowhere else; then redacts every top-level sample as ``staff``
with the training pipeline and records the drafts for review. The samples are fictional. Refuses
to touch a folder that already holds a workspace.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ACCOUNTS = (("lead", "lead"), ("reviewer", "reviewer"), ("staff", "staff"), ("trainer", "trainer"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", help="where to create the demo workspace")
    args = parser.parse_args()
    from redactor.pipeline import load_pipeline
    from redactor.runner import Redactor, plan
    from redactor.workspace import Workspace
    if Workspace.exists(args.folder):
        print(f"{args.folder} already holds a workspace (its passwords were printed when it was "
              "made; delete the folder to make a new one)", file=sys.stderr)
        return 0
    passwords = {name: secrets.token_urlsafe(12) for name, _ in ACCOUNTS}
    lead = Workspace.create(args.folder, "lead", passwords["lead"])
    codes = {name: lead.add_user(name, role) for name, role in ACCOUNTS if name != "lead"}
    lead.close()
    for name, code in codes.items():
        Workspace.setup_account(args.folder, name, code, passwords[name]).close()
    inputs = sorted(str(p) for p in HERE.iterdir() if p.suffix in (".txt", ".md", ".docx"))
    pipeline = load_pipeline("training")
    with tempfile.TemporaryDirectory() as drafts, \
            Workspace.open(args.folder, "staff", passwords["staff"]) as staff:
        jobs, failures, _ = plan(inputs, drafts)
        recorded = 0
        for result in Redactor(pipeline).run(jobs):
            if result.error is None:
                staff.submit(result.input.name, result.source, pipeline.name, result.findings_json,
                             needs_lead=bool(result.risk), mapping_json=result.mapping_json,
                             display_name=result.name, risk=result.risk)
                recorded += 1
    print(f"demo workspace in {args.folder}: {recorded} sample drafts awaiting review")
    print("demo accounts (these passwords are shown only now):")
    for name, role in ACCOUNTS:
        print(f"  {name:<9} {role:<9} {passwords[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
