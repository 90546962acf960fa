"""Train the casework reader shipped in ``models/casework_ner/``: a second NER beside spaCy's.

spaCy's English models learnt names from news and the web: they miss a name written in lower case
by a parent ("rang dawn about it"), a surname that is a word, a village no gazetteer has. The
rules around them catch much of that, but each blind set still brought its own shapes, and rules
written for one set did not move the next. This model learns the shapes instead, from every gold
annotation the project has: people (PERSON), settings (SCHOOL) and places and street addresses
(PLACE), over the documents' text as the extractor reads it.

It is trained only on sets that are already read (``TRAIN_SETS``: ``samples/`` and
``samples/outside-1`` to ``outside-87``). ``outside-88`` to ``-94`` were left out to choose how it is
used, and the sets after them (``outside-95`` onwards) were never read: none is used here, so they
stay a fair test of what the model adds. Its entities go through the same checks as spaCy's
(``redactor.detect.nlp``: the recognizers read both). The shipped model is the first run of this
recipe (stop 45); a rebuild is of the same kind, not byte for byte the same.

    .venv/bin/python samples/train_casework_ner.py                      # writes models/casework_ner/
    .venv/bin/python samples/train_casework_ner.py --hold outside-80 ... --out DIR   # a check model

Training has a fixed seed and takes about 25 minutes on two cores (eight epochs over about 5.9
million characters); the result is about 5 MB.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import spacy  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import compounding, fix_random_seed, minibatch  # noqa: E402

from benchmarks.common import load_gold, quiet_libraries  # noqa: E402

TRAIN_SETS = ("samples", *(f"outside-{n}" for n in range(1, 88)))
OUT = HERE.parent / "models" / "casework_ner"
# gold type -> the model's label (a street address is a place to the reader)
LABELS = {"PERSON": "PERSON", "SCHOOL": "SCHOOL", "LOCATION": "PLACE", "ADDRESS": "PLACE"}
EPOCHS, DROP, SEED, CHUNK = 8, 0.2, 0, 1500


def pieces(text: str, spans: list[tuple[str, int, int]]):
    """(start, end) of pieces of at most about CHUNK characters, cut at a line's end and never
    inside a gold span."""
    at = 0
    while at < len(text):
        cut = min(len(text), at + CHUNK)
        if cut < len(text):
            line_end = text.rfind("\n", at + 200, cut)
            cut = line_end + 1 if line_end > 0 else cut
            while any(s < cut < e for _, s, e in spans):
                cut += 1
        yield at, cut
        at = cut


def examples(nlp, names) -> list[Example]:
    out = []
    for name in names:
        for doc in load_gold(HERE if name == "samples" else HERE / name):
            # the longest gold span wins where two overlap ("Amy Lee" over "Amy")
            wanted = sorted(((LABELS[m.type], m.start, m.end) for m in doc.mentions if m.type in LABELS),
                            key=lambda m: (m[1] - m[2], m[1]))
            spans: list[tuple[str, int, int]] = []
            for m in wanted:
                if all(m[2] <= s or m[1] >= e for _, s, e in spans):
                    spans.append(m)
            text = doc.text
            for a, b in pieces(text, spans):
                if not text[a:b].strip():
                    continue
                reference = nlp.make_doc(text[a:b])
                ents = []
                for label, s, e in sorted(spans, key=lambda m: m[1]):
                    if a <= s and e <= b:
                        span = reference.char_span(s - a, e - a, label=label, alignment_mode="expand")
                        if span is not None and (not ents or ents[-1].end <= span.start):
                            ents.append(span)
                reference.ents = ents
                out.append(Example(nlp.make_doc(text[a:b]), reference))
    return out


def train(names, epochs: int = EPOCHS):
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for label in sorted(set(LABELS.values())):
        ner.add_label(label)
    fix_random_seed(SEED)
    data = examples(nlp, names)
    print(f"{len(data)} pieces from {len(names)} sets", flush=True)
    optimizer = nlp.initialize(lambda: data[:500])
    order = random.Random(SEED)
    for epoch in range(epochs):
        started, losses = time.time(), {}
        order.shuffle(data)
        for batch in minibatch(data, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=DROP, losses=losses)
        print(f"epoch {epoch + 1}/{epochs}: loss {losses['ner']:.0f} ({time.time() - started:.0f} s)", flush=True)
    nlp.meta.update({"name": "casework_ner", "version": "1.0.0",
                     "description": "redactor: people, settings and places in casework (PERSON, SCHOOL, "
                                    f"PLACE); trained on samples/ and outside-1 to outside-87 ({len(names)} sets)"})
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hold", nargs="*", default=[], help="sets of TRAIN_SETS to leave out (a check model)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    quiet_libraries()
    nlp = train([name for name in TRAIN_SETS if name not in args.hold], args.epochs)
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.to_disk(args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"wrote {args.out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
