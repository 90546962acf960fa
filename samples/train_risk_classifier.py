"""Train the risk-of-harm document classifier shipped in ``models/risk_classifier/``.

The second signal of ``redactor/review/risk.py`` beside the cue list: spaCy text classifiers
(bag of words and word pairs and triples, ``TextCatBOW``) that say how likely a whole document is
to hold a genuine, current risk of serious harm. Three are trained from different seeds and their
``RISK_k`` scores averaged (one alone moves by several documents with the seed). It is trained
only on sets written blind for this project (``TRAIN_SETS``; gold in each ``gold.json``):
the development sets ``samples/risk``, ``risk-holdout``, ``risk-final``, ``risk-check``,
``risk-5``, ``risk-7`` and ``risk-8`` (each scored blind first, then read), and
``samples/risk-train-1`` and ``risk-train-2``, two corpora of 120 documents written blind as
training data. The held-out checks ``samples/risk-6`` and ``risk-9`` are never used here, so they
stay a fair test.
Off-loading and neutral documents are the negative class. ``--cv`` trains on all sets but one,
scores the one left out, and pools the whole decision (``risk.decide``) over every left-out
document for a grid of thresholds: that is how ``CLASSIFIER_FLAG``, ``CLASSIFIER_DOUBT``,
``LOCAL_DOUBT`` and ``AROUND_CHARS`` were chosen.

    .venv/bin/python samples/train_risk_classifier.py              # writes models/risk_classifier/
    .venv/bin/python samples/train_risk_classifier.py --cv         # leave-one-set-out figures only

Training is deterministic (fixed seeds) and takes under a minute (``--cv`` about three); the
result is about 7 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed

from redactor.review.risk import classifier_score  # the score the detector itself uses

HERE = Path(__file__).resolve().parent
TRAIN_SETS = ("risk", "risk-holdout", "risk-final", "risk-check", "risk-5", "risk-7", "risk-8", "risk-train-1", "risk-train-2")
OUT = HERE.parent / "models" / "risk_classifier"
NGRAM, EPOCHS, BATCH, DROP, SEEDS = 3, 20, 8, 0.2, (0, 1, 2)


def load(name: str) -> list[tuple[str, str]]:
    gold = json.loads((HERE / name / "gold.json").read_text(encoding="utf-8"))
    return [((HERE / name / file).read_text(encoding="utf-8"), g["label"]) for file, g in sorted(gold.items())]


def train(documents: list[tuple[str, str]]):
    """A blank English pipeline with one exclusive classifier per seed, labels RISK_k and SAFE_k."""
    nlp = spacy.blank("en")
    for k, seed in enumerate(SEEDS):
        fix_random_seed(seed)
        textcat = nlp.add_pipe("textcat", name=f"textcat_{k}", config={"model": {
            "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": NGRAM,
            "no_output_layer": False}})
        textcat.add_label(f"RISK_{k}")
        textcat.add_label(f"SAFE_{k}")
        examples = [Example.from_dict(nlp.make_doc(text.lower()), {"cats": {
            f"RISK_{k}": float(label == "genuine"), f"SAFE_{k}": float(label != "genuine")}})
            for text, label in documents]
        optimizer = textcat.initialize(lambda: examples, nlp=nlp) or textcat.create_optimizer()
        order = random.Random(seed)
        for _ in range(EPOCHS):
            order.shuffle(examples)
            for i in range(0, len(examples), BATCH):
                textcat.update(examples[i:i + BATCH], sgd=optimizer, drop=DROP)
    nlp.meta.update({"name": "risk_classifier", "version": "1.0.0",
                     "description": "redactor: risk of serious harm, document level (RISK_k/SAFE_k, "
                                    f"k = 0..{len(SEEDS) - 1}); trained on {', '.join(TRAIN_SETS)}"})
    return nlp


def cross_validate() -> None:
    """Leave one set out: train on the others, score the held-out set; then the whole decision
    (``risk.decide``: cues and similarity, plus the held-out classifiers' score) on every held-out
    document, pooled, for a grid of the two thresholds."""
    from redactor.review.risk import assess, decide
    sets = {name: load(name) for name in TRAIN_SETS}
    held_out = []  # (text, label, cue matches, held-out score)
    for held in TRAIN_SETS:
        nlp = train([d for name in TRAIN_SETS if name != held for d in sets[name]])
        scores = [(classifier_score(nlp, text), label) for text, label in sets[held]]
        for label in ("genuine", "offloading", "neutral"):
            counts = "  ".join(f"{sum(s >= at for s, lab in scores if lab == label):>3} at {at}"
                               for at in (0.4, 0.5, 0.6))
            print(f"{held:13} {label:10} of {sum(lab == label for _, lab in scores):<3} {counts}")
        held_out += [(text, label, assess(text), score, nlp)
                     for (text, label), (score, _) in zip(sets[held], scores)]
    print("\nthe whole decision, pooled over the held-out sets (local: a cue is doubted only "
          "when the passage around it also scores below this; None: the document alone)")
    totals = {label: sum(row[1] == label for row in held_out) for label in ("genuine", "offloading", "neutral")}
    print(f"chars local flag   doubt   genuine of {totals['genuine']}   off-loading of "
          f"{totals['offloading']}   neutral of {totals['neutral']}")
    from redactor.review import risk
    for chars in (0, 100, 200, 400):
        risk.AROUND_CHARS = chars
        for local_doubt in (None, 0.2, 0.3, 0.4):
            for flag, doubt in ((0.5, 0.1), (0.5, 0.15), (0.5, 0.2)):
                caught = {label: 0 for label in totals}
                for text, label, matches, score, nlp in held_out:
                    local = None if local_doubt is None else (lambda passage, nlp=nlp: classifier_score(nlp, passage))
                    caught[label] += decide(text, matches, score, flag, doubt, where=lambda t: (0, len(t)),
                                            local=local, local_doubt=local_doubt or 0).needs_lead
                print(f"{chars:5} {str(local_doubt):5} {flag:4}   {doubt:5}   {caught['genuine']:>10}   "
                      f"{caught['offloading']:>14}   {caught['neutral']:>10}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out figures; write nothing")
    args = parser.parse_args()
    if args.cv:
        cross_validate()
        return
    nlp = train([d for name in TRAIN_SETS for d in load(name)])
    if OUT.exists():
        shutil.rmtree(OUT)
    nlp.to_disk(OUT)
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"wrote {OUT} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
