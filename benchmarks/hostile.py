"""Hostile shapes: detection + linking time on text built to be slow, against ordinary text of the
same number of characters, in one process.

    .venv/bin/python benchmarks/hostile.py [--size 30000]

Each shape is a text of about --size characters that a regular expression or a search loop could
take quadratic (or worse) time on: long runs of tabs, spaces, newlines and dots (a Word row of
empty cells, a scanned page's leaders), one name repeated in lower case (a span NER reads as one
long name), many different titled names, a list of names with initials, capitalised words in table
cells, a run of capitals joined by hyphens with no space, a call transcript whose every turn names
a child and says the surname again in pieces (the heard-name rule's search). The baseline is the bundled samples' text cut to the same size. Reported: seconds and the
ratio to the baseline; a ratio far above 1 (say 10x) is a shape to look at. Never fails on the
ratios; always exits 0. Nothing printed contains document text.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import fmt, quiet_libraries, table, training_pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _invented(rng: random.Random) -> str:
    return "".join(rng.choice("aeioubcdfghklmnprst") for _ in range(6)).capitalize()


def shapes(size: int) -> dict[str, str]:
    rng = random.Random(7)

    def fill(make) -> str:
        parts, length = [], 0
        while length < size:
            parts.append(make())
            length += len(parts[-1])
        return "".join(parts)[:size]

    samples = "\n\n".join(p.read_text(encoding="utf-8", errors="ignore")
                          for p in sorted((ROOT / "samples").glob("*.txt")))
    return {
        "baseline: samples' text": (samples * (size // max(len(samples), 1) + 1))[:size],
        "tabs (a row of empty cells)": "Name\t" + "\t" * size + "Mason Lewis\n",
        "spaces": "Address: " + " " * size + "12 Mill Lane\n",
        "newlines": "Dear " + "\n" * size + "Mason\n",
        "dots (leaders)": "Child's name " + "." * size + " Mason Lewis\n",
        "one name in lower case, repeated": "Mason Lewis rang. " + fill(lambda: "mason lewis "),
        "titled names": fill(lambda: f"Dr {_invented(rng)} "),
        "names with initials": fill(lambda: f"{_invented(rng)} {rng.choice('ABCDEFG')}, "),
        "capitalised words in cells": fill(lambda: _invented(rng) + "\t"),
        "one capitalised word, repeated": fill(lambda: "Mason "),
        # (a setting's name was read once a capital inside it: 36,000 characters took 34 s, stop 43)
        "capitals joined by hyphens, no space": fill(lambda: "AB-CD-EF-GH-"),
        # (stop 62's heard-name rule reads every word of a transcript against every name found)
        "a call's names heard in pieces": fill(lambda: (lambda first, last: f"[00:01:{rng.randrange(60):02d}] Caller: my son "
                                                        f"{first} {last} at {last.lower()[:3]} {last.lower()[3:]} to mr "
                                                        f"{first}\n")(_invented(rng), _invented(rng))),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=30000, help="characters per shape")
    args = parser.parse_args(argv)
    quiet_libraries()
    from redactor.detect.engine import Detector
    from redactor.link import link

    detector = Detector(training_pipeline(None, "training"))
    list(detector.detect_many(["Warm up: Mason Lewis rang on Monday."]))
    rows, baseline = [], None
    for name, text in shapes(args.size).items():
        start = time.perf_counter()
        found = next(iter(detector.detect_many([text])))
        link(text, found, detector.allow, detector.allowed_span)
        seconds = time.perf_counter() - start
        baseline = baseline or seconds
        rows.append((name, len(text), fmt(seconds, 2), fmt(seconds / baseline, 1) + "x"))
    print(table(("shape", "characters", "detect + link, s", "vs baseline"), rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
