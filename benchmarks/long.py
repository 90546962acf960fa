"""Long documents: time and peak memory of `redactor redact` on one plain-text document of
growing size, built from the samples' text, each run in a fresh process.

    .venv/bin/python benchmarks/long.py [--sizes 250000 500000 1000000]

Reports seconds and peak RSS (the child's ru_maxrss) per size, and the ratios to the smallest
size, so growth can be read as linear or not (issue: 5 MB within 12x the time of 500 KB and
under 1.5 GB). Sizes above the 5,000,000-character limit are refused by design.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(size: int) -> str:
    texts = [p.read_text(encoding="utf-8", errors="ignore") for p in sorted((ROOT / "samples").glob("*.txt"))]
    block = "\n\n".join(texts) + "\n\n"
    return (block * (size // len(block) + 1))[:size]


def run(size: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in" / "long.txt"
        source.parent.mkdir()
        source.write_text(corpus(size), encoding="utf-8")
        redactor = Path(sys.executable).with_name("redactor")
        start = time.perf_counter()
        done = subprocess.run([str(redactor), "redact", str(source), "--out", str(Path(tmp) / "out"), "-q"],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            print(f"size {size}: failed: {done.stderr.strip()[:200]}")
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250_000, 500_000, 1_000_000])
    args = parser.parse_args(argv)
    rows = []
    for size in sorted(args.sizes):
        seconds, peak = run(size)
        rows.append((size, seconds, peak))
        print(f"{size:>10,} characters  {seconds:7.1f} s  peak so far {peak:7.0f} MB", flush=True)
    base = rows[0]
    print("\nsize ratio   time ratio   (peak RSS is the largest child so far: read it per row)")
    for size, seconds, _ in rows:
        print(f"{size / base[0]:9.1f}x  {seconds / base[1]:10.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
