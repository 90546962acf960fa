"""Many documents on every core: documents per second and peak memory of `redactor redact` for
1 and 2 jobs over 250, 500 and 1,000 mixed documents, each run in a fresh process.

    .venv/bin/python benchmarks/scale.py [--counts 250 500 1000] [--jobs 1 2]

The documents are the bundled samples (.txt, .md and .docx, about 26 of them) copied round-robin
under numbered names until there are as many as asked, so every run reads the same mix. Each
run's peak memory is the largest resident set of any one of its processes (the parent or a
worker: ``ru_maxrss`` of a wrapper process's children, so runs do not mix). Ratios are against
the first row (1 job, smallest count), measured in this same script. Issue targets: at least
1.8x the documents per second with 2 jobs on 2 cores, and a peak per process that does not grow
with the number of documents. Nothing printed contains document text.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = (".txt", ".md", ".docx")
# Runs `redactor redact` and prints the largest child's peak RSS (KiB on Linux) as JSON.
WRAPPER = ("import json, resource, subprocess, sys\n"
           "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
           "print(json.dumps({'rc': done.returncode, 'stderr': done.stderr[-300:],\n"
           "                  'peak_kib': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))\n")


def corpus(folder: Path, count: int) -> None:
    """``count`` documents in ``folder``: the samples, round-robin, under numbered names."""
    samples = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in KINDS)
    folder.mkdir(parents=True)
    for i in range(count):
        source = samples[i % len(samples)]
        shutil.copyfile(source, folder / f"{i:04d}-{source.name}")


def run(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    redactor = Path(sys.executable).with_name("redactor")
    env = {**os.environ, "REDACTOR_WORKSPACE": str(out.parent / "no-workspace")}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", WRAPPER, str(redactor), "redact", str(folder), "--out",
                           str(out), "--jobs", str(jobs), "-q"], capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    report = json.loads(done.stdout)
    if report["rc"] != 0:
        print(f"  failed (exit {report['rc']}): {len(report['stderr'].splitlines())} error line(s)")
    return seconds, report["peak_kib"] / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    print(f"cores: {len(os.sched_getaffinity(0))}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for count in sorted(args.counts):
            folder = Path(tmp) / f"in-{count}"
            corpus(folder, count)
            for jobs in sorted(args.jobs):
                out = Path(tmp) / f"out-{count}-{jobs}"
                seconds, peak = run(folder, out, jobs)
                rows.append((count, jobs, seconds, peak))
                print(f"{count:>6} documents  {jobs} job(s)  {seconds:7.1f} s  "
                      f"{count / seconds:6.2f} documents/s  peak {peak:6.0f} MB per process", flush=True)
                shutil.rmtree(out)
            shutil.rmtree(folder)
    base = rows[0]
    print(f"\nratios to {base[0]} documents with {base[1]} job(s)")
    print("documents  jobs   documents/s ratio   peak ratio")
    for count, jobs, seconds, peak in rows:
        print(f"{count:>9}  {jobs:>4}   {(count / seconds) / (base[0] / base[2]):17.2f}x   {peak / base[3]:9.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
