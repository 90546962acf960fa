"""Where redactor's data lives: ``models/`` (gazetteers, allow list) and ``pipelines/`` (definitions).

In a checkout both sit at the project root beside the package (the source of truth); a built
package carries them inside as ``redactor/models`` and ``redactor/pipelines`` (see pyproject.toml),
found with ``importlib.resources``. ``REDACTOR_HOME`` points elsewhere (a site's own data, with
``models/`` and ``pipelines/`` folders). Files are read once and cached.
"""

from __future__ import annotations

import csv
import os
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path

from redactor.errors import ModelError


def home() -> Path:
    """The folder holding ``models/`` and ``pipelines/``."""
    env = os.environ.get("REDACTOR_HOME")
    if env:
        return Path(env)
    packaged = Path(str(importlib_resources.files("redactor")))
    if (packaged / "models").is_dir() and (packaged / "pipelines").is_dir():
        return packaged  # installed from a wheel: the data travels inside the package
    return packaged.parent  # a checkout (or an editable install of one)


def models_dir() -> Path:
    return home() / "models"


def pipelines_dir() -> Path:
    return home() / "pipelines"


def _model_path(name: str | Path) -> Path:
    path = Path(name)
    if not path.is_absolute() and not path.exists():
        path = models_dir() / path
    if not path.exists():
        raise ModelError(f"model data file not found: {path}")
    return path


def _lines(path: Path) -> list[str]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.rstrip("\n")
            if line.strip():
                out.append(line.strip())
    return out


@lru_cache(maxsize=None)
def word_list(name: str | Path) -> tuple[str, ...]:
    """One entry a line; blank lines and lines starting with '#' are ignored."""
    return tuple(_lines(_model_path(name)))


@lru_cache(maxsize=None)
def table(name: str | Path) -> tuple[tuple[str, ...], ...]:
    """A TSV file as rows of stripped cells (comments and blank lines skipped)."""
    rows = []
    for line in _lines(_model_path(name)):
        rows.append(tuple(cell.strip() for cell in next(csv.reader([line], delimiter="\t"))))
    return tuple(rows)
