"""Shared benchmark code: gold loading, span coverage, scoring, the three systems, text tables.

Spans are ``(start, end)`` character offsets, end exclusive. Nothing here prints, and no
function returns document text: results carry only file names, types, offsets and counts.

Gold format (``samples/gold/<name>.json``, one per document)::

    {"file": "<document path relative to samples/>",
     "identifiers": [{"type": "PERSON", "text": "...", "skip": [2]}, ...],
     "keep": ["EHCP", ...]}

Every case-sensitive whole-word occurrence of ``text`` in the document's extracted text is one gold
mention of ``type``; ``skip`` lists 1-based occurrence numbers that are not mentions. ``keep`` terms
(strings, or objects with ``text`` and optional ``skip``) must survive redaction, counted the same way.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = ROOT / "samples"
TAB_DIR = ROOT.parent / "shared" / "data" / "tab"

Span = tuple[int, int]

# Gold types that are not direct identifiers (everything else is).
INDIRECT_TYPES = frozenset({"LOCATION", "DATE"})
# spaCy NER labels the bare-spaCy baseline redacts.
SPACY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "DATE"})
SYSTEMS = ("spacy", "presidio", "redactor")
# What a mention may leave uncovered, as in the official TAB evaluation: spaces, punctuation
# ("Kamara, Idris" found as two names), a possessive ending ("Millie's" with "Millie" found), and
# whole words that are a title or a function word ("Mr and Mrs Adeyemi" with "Mrs Adeyemi" found,
# "Lisa and Craig Maddox"). Only honorifics: "Sheikh" or "Nana" can be a name.
UNIDENTIFYING = re.compile(r"[\W_]+|(?<=['’])s$")
UNIDENTIFYING_WORDS = frozenset(
    "Mr Mrs Ms Miss Mx Dr Prof Cllr Sir Dame Rev Revd Fr Judge DC DS PC Sgt Insp "
    "and & of the The".split())


# -- spans --------------------------------------------------------------------------------------

def merge_spans(spans: Iterable[Span], touching: bool = True) -> list[Span]:
    """Sorted union of spans. ``touching=True`` also joins spans that meet end to start."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if out and (start < out[-1][1] or (touching and start == out[-1][1])):
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def uncovered(start: int, end: int, union: Sequence[Span]) -> list[Span]:
    """The parts of ``[start, end)`` not inside ``union`` (a ``merge_spans`` result)."""
    gaps, pos = [], start
    for s, e in union:
        if e <= pos:
            continue
        if s >= end:
            break
        if s > pos:
            gaps.append((pos, s))
        pos = max(pos, e)
        if pos >= end:
            break
    if pos < end:
        gaps.append((pos, end))
    return gaps


def is_covered(text: str, start: int, end: int, union: Sequence[Span],
               ignorable: re.Pattern = UNIDENTIFYING) -> bool:
    """True if every character of ``text[start:end]`` is inside ``union``, not counting characters
    matched by ``ignorable`` within the mention (by default spaces, punctuation, a possessive
    "'s" and the words of ``UNIDENTIFYING_WORDS``: "Kacper" and "Nowak" redacted separately still
    cover "Kacper Nowak", "Kacper" covers "Kacper's", "Mrs Nowak" covers "Mr and Mrs Nowak")."""
    gaps = uncovered(start, end, union)
    if not gaps:
        return True
    ignored = set()
    for m in ignorable.finditer(text[start:end]):
        ignored.update(range(start + m.start(), start + m.end()))
    if ignorable is UNIDENTIFYING:
        for m in re.finditer(r"\w+", text[start:end]):
            if m.group() in UNIDENTIFYING_WORDS:
                ignored.update(range(start + m.start(), start + m.end()))
    return all(i in ignored for s, e in gaps for i in range(s, e))


def overlaps_any(span: Span, others: Sequence[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


# -- gold for samples/ -------------------------------------------------------------------------

@dataclass(frozen=True)
class Mention:
    type: str
    start: int
    end: int


@dataclass
class GoldDoc:
    file: str                       # as named in the gold file
    text: str
    mentions: list[Mention]
    keep: list[Span]
    problems: list[str] = field(default_factory=list)  # no document text in these


def occurrences(text: str, term: str) -> list[Span]:
    """Case-sensitive whole-word occurrences of ``term``: not preceded or followed by a word
    character (so terms that start or end with punctuation work too)."""
    if not term:
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)")
    return [m.span() for m in pattern.finditer(text)]


def _kept_occurrences(text: str, term: str, skip: Iterable[int]) -> list[Span]:
    skip = set(skip or ())
    return [span for n, span in enumerate(occurrences(text, term), start=1) if n not in skip]


def gold_from_mapping(data: dict, text: str) -> GoldDoc:
    """Build the gold mentions and keep spans of one document from its gold JSON object."""
    file = str(data.get("file", "?"))
    mentions, problems = [], []
    for i, ident in enumerate(data.get("identifiers") or [], start=1):
        found = _kept_occurrences(text, ident.get("text", ""), ident.get("skip"))
        if not found:
            problems.append(f"{file}: identifier #{i} ({ident.get('type')}) does not occur")
        mentions += [Mention(str(ident.get("type")), s, e) for s, e in found]
    keep = []
    for item in data.get("keep") or []:
        term, skip = (item, ()) if isinstance(item, str) else (item.get("text", ""), item.get("skip"))
        keep += _kept_occurrences(text, term, skip)
    return GoldDoc(file=file, text=text, mentions=mentions, keep=sorted(keep), problems=problems)


def load_gold(samples_dir: Path) -> list[GoldDoc]:
    """Every ``samples_dir/gold/*.json`` with its document read through redactor's extractor."""
    from redactor.extract import read_document
    docs = []
    for path in sorted((samples_dir / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        document = samples_dir / str(data.get("file", ""))
        if not data.get("file") or not document.is_file():
            docs.append(GoldDoc(file=str(data.get("file") or path.name), text="", mentions=[],
                                keep=[], problems=[f"{path.name}: its document is missing"]))
            continue
        docs.append(gold_from_mapping(data, read_document(document).text))
    return docs


# -- scoring samples/ --------------------------------------------------------------------------

@dataclass
class SampleScore:
    mentions: dict[str, int]        # gold type -> mentions
    caught: dict[str, int]          # gold type -> mentions fully covered
    predicted: int                  # predicted regions (overlaps merged)
    predicted_on_gold: int          # of which overlap some gold mention
    keep_total: int
    keep_kept: int                  # keep occurrences no prediction overlaps
    missed: list[tuple[str, str, int]]  # (file, type, offset)

    def recall(self, types: Iterable[str] | None = None) -> float | None:
        types = list(self.mentions) if types is None else list(types)
        total = sum(self.mentions.get(t, 0) for t in types)
        return sum(self.caught.get(t, 0) for t in types) / total if total else None

    def direct_recall(self) -> float | None:
        return self.recall(t for t in self.mentions if t not in INDIRECT_TYPES)

    def precision(self) -> float | None:
        return self.predicted_on_gold / self.predicted if self.predicted else None

    def keep_rate(self) -> float | None:
        return self.keep_kept / self.keep_total if self.keep_total else None


def score_samples(docs: Sequence[GoldDoc], predictions: Sequence[Sequence[Span]]) -> SampleScore:
    """Score one system's predicted spans (one list per document, in ``docs`` order)."""
    mentions: dict[str, int] = defaultdict(int)
    caught: dict[str, int] = defaultdict(int)
    missed = []
    predicted = on_gold = keep_total = keep_kept = 0
    for doc, spans in zip(docs, predictions, strict=True):
        union = merge_spans(spans)
        for m in doc.mentions:
            mentions[m.type] += 1
            if is_covered(doc.text, m.start, m.end, union):
                caught[m.type] += 1
            else:
                missed.append((doc.file, m.type, m.start))
        gold_spans = [(m.start, m.end) for m in doc.mentions]
        regions = merge_spans(spans, touching=False)
        predicted += len(regions)
        on_gold += sum(overlaps_any(r, gold_spans) for r in regions)
        keep_total += len(doc.keep)
        keep_kept += sum(not overlaps_any(k, regions) for k in doc.keep)
    return SampleScore(dict(mentions), dict(caught), predicted, on_gold, keep_total, keep_kept,
                       sorted(missed, key=lambda m: (m[0], m[2], m[1])))


# -- TAB ---------------------------------------------------------------------------------------

# The official TAB evaluation ignores these inside a mention when deciding whether it is masked
# (titles, function words, punctuation, spaces: annotators disagree on including them).
TAB_IGNORED_TOKENS = ["mr", "mrs", "ms", "and", "or", "from", "until", "to", "about", "after", "as",
                      "at", "before", "between", "by", "during", "for", "in", "into", "of", "on",
                      "over", "since", "with", "the", "a", "an", "no", "nr", "’s", "'s"]
TAB_IGNORABLE = re.compile(
    "(?:" + "|".join([r"\b" + re.escape(t) + r"\b" for t in TAB_IGNORED_TOKENS]
                     + [re.escape(c) for c in ",.-;:/&()[]–'\" ’“”"]) + ")",
    re.IGNORECASE)
TOKEN = re.compile(r"\w+")


@dataclass
class TabEntity:
    id: str
    mentions: list[Span]            # the mentions marked DIRECT or QUASI
    direct: bool                    # some mention is DIRECT


@dataclass
class TabDoc:
    id: str
    text: str
    annotators: dict[str, list[TabEntity]]   # only entities with something to mask


def tab_entities(mentions: Iterable[dict]) -> list[TabEntity]:
    """Group one annotator's mentions into entities that need masking (NO_MASK mentions dropped;
    an entity with a DIRECT mention is direct, otherwise quasi)."""
    grouped: dict[str, TabEntity] = {}
    for m in mentions:
        if m["identifier_type"] not in ("DIRECT", "QUASI"):
            continue
        ent = grouped.setdefault(m["entity_id"], TabEntity(m["entity_id"], [], False))
        ent.mentions.append((m["start_offset"], m["end_offset"]))
        ent.direct = ent.direct or m["identifier_type"] == "DIRECT"
    return list(grouped.values())


def load_tab(tab_dir: Path) -> list[TabDoc]:
    docs = []
    for path in sorted(tab_dir.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            annotators = {name: tab_entities(ann.get("entity_mentions") or [])
                          for name, ann in (item.get("annotations") or {}).items()}
            docs.append(TabDoc(str(item.get("doc_id")), item["text"], annotators))
    return docs


@dataclass
class TabScore:
    er_di: float | None
    er_qi: float | None
    precision: float | None
    annotators: dict[str, dict[str, float | None]]   # per annotator, before averaging


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _mean(values: Iterable[float | None]) -> float | None:
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def score_tab(docs: Sequence[TabDoc], predictions: Sequence[Sequence[Span]]) -> TabScore:
    """ER_di, ER_qi and token precision, per annotator (pooled over that annotator's documents)
    then averaged over annotators."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    for doc, spans in zip(docs, predictions, strict=True):
        union = merge_spans(spans)
        tokens = [(doc_start + m.start(), doc_start + m.end())
                  for doc_start, doc_end in merge_spans(spans, touching=False)
                  for m in TOKEN.finditer(doc.text[doc_start:doc_end])]
        for name, entities in doc.annotators.items():
            c = counts[name]
            for ent in entities:
                masked = all(is_covered(doc.text, s, e, union, TAB_IGNORABLE) for s, e in ent.mentions)
                k = 0 if ent.direct else 2
                c[k] += masked
                c[k + 1] += 1
            gold = [span for ent in entities for span in ent.mentions]
            c[4] += sum(any(s <= ts and te <= e for s, e in gold) for ts, te in tokens)
            c[5] += len(tokens)
    per = {name: {"er_di": _ratio(c[0], c[1]), "er_qi": _ratio(c[2], c[3]),
                  "precision": _ratio(c[4], c[5]), "direct_entities": c[1], "quasi_entities": c[3],
                  "masked_tokens": c[5]}
           for name, c in sorted(counts.items())}
    return TabScore(er_di=_mean(p["er_di"] for p in per.values()),
                    er_qi=_mean(p["er_qi"] for p in per.values()),
                    precision=_mean(p["precision"] for p in per.values()),
                    annotators=per)


# -- the three systems -------------------------------------------------------------------------

def quiet_libraries() -> None:
    """Keep Presidio's and spaCy's warnings about configuration off the report."""
    import logging
    import warnings
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", message=r".*\[W095\].*")


def training_pipeline(model: str | None, name: str = "training"):
    """The named pipeline, with its spaCy model replaced by ``model`` if given."""
    import dataclasses
    from redactor.pipeline import load_pipeline
    pipeline = load_pipeline(name)
    return dataclasses.replace(pipeline, spacy_model=model) if model else pipeline


def offline_tldextract() -> None:
    """Point tldextract's module-level extractor (used by Presidio's EmailRecognizer) at the Public
    Suffix List snapshot bundled with tldextract; by default it downloads the list on first use."""
    import tldextract.tldextract as tld
    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def presidio_default(model: str):
    """Presidio's AnalyzerEngine with default recognizers and threshold, its NLP engine named
    explicitly as the local spaCy package (so it never calls ``spacy download``) and tldextract
    kept offline (same suffix rules, from the bundled snapshot)."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise RuntimeError(f"spaCy model '{model}' is not installed; Presidio would try to download it")
    offline_tldextract()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


SpanSystem = Callable[[list[str]], list[list[Span]]]


def spacy_system(model: str) -> SpanSystem:
    """Bare spaCy NER (NER component only): every PERSON/ORG/GPE/LOC/FAC/DATE entity is redacted."""
    from redactor.detect.nlp import load_spacy
    nlp = load_spacy(model)

    def run(texts: list[str]) -> list[list[Span]]:
        return [[(e.start_char, e.end_char) for e in doc.ents if e.label_ in SPACY_LABELS]
                for doc in nlp.pipe(texts)]
    return run


def presidio_system(model: str) -> SpanSystem:
    """Default Presidio: every result of ``analyze`` is redacted."""
    analyzer = presidio_default(model)

    def run(texts: list[str]) -> list[list[Span]]:
        return [[(r.start, r.end) for r in analyzer.analyze(text=t, language="en")] for t in texts]
    return run


def redactor_system(pipeline, detector=None) -> SpanSystem:
    """What ``redactor redact`` replaces: Detector findings, plus linked mentions if enabled."""
    from redactor.detect.engine import Detector
    from redactor.link import link
    detector = detector or Detector(pipeline)

    def run(texts: list[str]) -> list[list[Span]]:
        out = []
        for text, findings in zip(texts, detector.detect_many(texts)):
            if pipeline.linking:
                findings = link(text, findings, detector.allow, detector.allowed_span).findings
            out.append([(f.start, f.end) for f in findings])
        return out
    return run


# -- output ------------------------------------------------------------------------------------

def fmt(value: float | int | None, digits: int = 3) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}f}"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def line(row):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(row, widths))).rstrip()
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule] + [line(r) for r in cells[1:]])
