"""Detection speed in one process on one corpus: spaCy, default Presidio and redactor.

    python benchmarks/speed.py [--words 100000] [--model NAME] [--pipeline training] [--json PATH]

The corpus repeats the texts of samples/ (every .txt/.md/.docx, read with redactor's extractor, one
document per file) until it holds at least --words words (whitespace-separated). Each system is
warmed up once on a few documents, then timed over the whole corpus:

  spaCy (full model)  spacy.load(model), nlp.pipe over the corpus
  spaCy NER only      redactor.detect.nlp.load_spacy(model), nlp.pipe over the corpus
  Presidio default    AnalyzerEngine (default recognizers and threshold), analyze() per document
  redactor            Detector.detect_many over the corpus, link() per document

then `redactor redact` end to end (Redactor over plan(samples, tmpdir): read, detect, link, replace,
write, leak check), repeated over samples/ until --words words have gone through it.
Peak memory is the process's peak resident set size (resource.getrusage ru_maxrss).
Prints ratios against the targets; never fails on them. Always exits 0.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    SAMPLES_DIR, fmt, presidio_system, quiet_libraries, redactor_system, table, training_pipeline,
)

WARMUP_DOCS = 3
TARGET_VS_NER = 0.7
TARGET_VS_PRESIDIO = 1.5


def word_count(text: str) -> int:
    return len(text.split())


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports ru_maxrss in KiB)."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / (1024 * 1024)


def read_samples(samples: Path) -> list[str]:
    """Texts of every supported file under ``samples`` (as ``redactor redact`` would find them)."""
    from redactor.errors import RedactorError
    from redactor.extract import read_document
    from redactor.runner import plan
    with tempfile.TemporaryDirectory() as out:
        jobs, _, _ = plan([samples], out)
    texts = []
    for job in jobs:
        try:
            texts.append(read_document(job.input).text)
        except RedactorError as exc:
            print(f"skipped a sample: {exc}")
    return [t for t in texts if t.strip()]


def build_corpus(texts: list[str], words: int) -> list[str]:
    """Repeat ``texts`` in order until the corpus holds at least ``words`` words."""
    corpus, total = [], 0
    while total < words:
        for text in texts:
            corpus.append(text)
            total += word_count(text)
            if total >= words:
                break
    return corpus


def timed(run: Callable[[list[str]], object], corpus: list[str]) -> float:
    """Warm up on a few documents, then return the seconds ``run`` takes over the corpus."""
    run(corpus[:WARMUP_DOCS])
    gc.collect()
    start = time.perf_counter()
    run(corpus)
    return time.perf_counter() - start


def spacy_runner(nlp) -> Callable[[list[str]], None]:
    def run(texts: list[str]) -> None:
        for _ in nlp.pipe(texts):
            pass
    return run


def end_to_end(engine, samples: Path, words: int) -> dict:
    """Run the real Redactor over samples/ (one warm-up pass, then passes until ``words`` words)."""
    from redactor.extract import read_document
    from redactor.runner import plan
    with tempfile.TemporaryDirectory() as tmp:
        jobs, _, _ = plan([samples], Path(tmp) / "warmup")
        list(engine.run(jobs))
        words_in = {job.input: word_count(read_document(job.input).text) for job in jobs}
        files = failed = done_words = passes = 0
        seconds = 0.0
        errors: set[str] = set()
        while done_words < words or passes == 0:
            passes += 1
            jobs, _, _ = plan([samples], Path(tmp) / f"pass{passes}")
            gc.collect()
            start = time.perf_counter()
            results = list(engine.run(jobs))
            seconds += time.perf_counter() - start
            files += len(results)
            failed += sum(r.error is not None for r in results)
            errors.update(r.error for r in results if r.error)  # RedactorError text: no content
            done_words += sum(words_in.get(r.input, 0) for r in results if r.error is None)
            if done_words == 0:
                break  # every file failed: more passes would not help
    return {"passes": passes, "files": files, "failed": failed, "errors": sorted(errors),
            "words": done_words,
            "seconds": seconds, "files_per_s": files / seconds, "words_per_s": done_words / seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=100_000, help="corpus size (default 100000)")
    parser.add_argument("--model", help="spaCy model for every system (default: the pipeline's)")
    parser.add_argument("--pipeline", default="training", help="redactor pipeline (default: training)")
    parser.add_argument("--samples", type=Path, default=SAMPLES_DIR, help="samples folder")
    parser.add_argument("--json", type=Path, help="also write every number to this JSON file")
    args = parser.parse_args(argv)

    quiet_libraries()
    pipeline = training_pipeline(args.model, args.pipeline)
    model = pipeline.spacy_model
    print(f"model: {model}   pipeline: {pipeline.name}")
    if not args.samples.is_dir():
        print(f"skipped: no samples folder at {args.samples}")
        return 0
    texts = read_samples(args.samples)
    if not texts:
        print(f"skipped: no readable .txt/.md/.docx documents in {args.samples}")
        return 0
    corpus = build_corpus(texts, args.words)
    words = sum(word_count(t) for t in corpus)
    print(f"corpus: {len(texts)} sample documents repeated -> {len(corpus)} documents, {words} words\n")

    import spacy
    from redactor.detect.nlp import load_spacy
    from redactor.errors import RedactorError

    rows: dict[str, dict] = {}

    def measure(name: str, build: Callable[[], Callable[[list[str]], object]]) -> None:
        try:
            run = build()
        except (RedactorError, RuntimeError, OSError) as exc:
            print(f"{name}: unavailable, skipped ({exc})")
            return
        seconds = timed(run, corpus)
        rows[name] = {"seconds": seconds, "words_per_s": words / seconds, "peak_rss_mb": peak_rss_mb()}

    engine = None

    def build_redactor():
        nonlocal engine
        from redactor.runner import Redactor
        engine = Redactor(pipeline)
        return redactor_system(pipeline, engine.detector)

    # redactor first, so that its peak-memory figure holds only its own models.
    measure("redactor detect+link", build_redactor)
    e2e = None
    if engine is not None:
        e2e = end_to_end(engine, args.samples, args.words)
    measure("spaCy NER only", lambda: spacy_runner(load_spacy(model)))
    measure("spaCy full model", lambda: spacy_runner(spacy.load(model)))
    measure("Presidio default", lambda: presidio_system(model))

    ner = rows.get("spaCy NER only", {}).get("words_per_s")
    presidio = rows.get("Presidio default", {}).get("words_per_s")
    body = [[name, f"{r['words_per_s']:,.0f}", f"{r['seconds']:.2f}",
             fmt(r["words_per_s"] / ner if ner else None, 2),
             fmt(r["words_per_s"] / presidio if presidio else None, 2), f"{r['peak_rss_mb']:.0f}"]
            for name, r in rows.items()]
    print(table(["system", "words/s", "seconds", "x NER-only", "x Presidio", "peak RSS MB"], body))
    print("(peak RSS = resource.getrusage ru_maxrss of this process after the row, in run order; it\n"
          " only grows, so each row includes the models loaded before it: redactor runs first)")

    if e2e is not None:
        print(f"\nredactor redact end to end on {args.samples}: {e2e['passes']} pass(es), "
              f"{e2e['files']} files ({e2e['failed']} failed), {e2e['words']} words in "
              f"{e2e['seconds']:.2f} s -> {e2e['files_per_s']:.1f} files/s, "
              f"{e2e['words_per_s']:,.0f} words/s (failed files not counted in words)")
        for error in e2e["errors"]:
            print(f"  failed: {error}")

    ours = rows.get("redactor detect+link", {}).get("words_per_s")
    targets = {}
    print("\ntargets:")
    for label, base, target in (("redactor >= 0.7x spaCy NER only", ner, TARGET_VS_NER),
                                ("redactor >= 1.5x Presidio default", presidio, TARGET_VS_PRESIDIO)):
        ratio = ours / base if ours and base else None
        met = None if ratio is None else ratio >= target
        targets[label] = {"ratio": ratio, "met": met}
        print(f"  {label}: {fmt(ratio, 2)}x  "
              f"{'n/a' if met is None else 'met' if met else 'NOT met'}")
    print(f"peak memory (ru_maxrss, whole process): {peak_rss_mb():.0f} MB")

    if args.json:
        args.json.write_text(json.dumps({
            "model": model, "pipeline": pipeline.name, "corpus_documents": len(corpus),
            "corpus_words": words, "systems": rows, "end_to_end": e2e, "targets": targets,
            "peak_rss_mb": peak_rss_mb()}, indent=1), encoding="utf-8")
        print(f"written: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
