"""The package as it is installed, not as the checkout runs it: the wheel carries models/ and
pipelines/, every package, and a dependency for every module the code imports."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _norm(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _imported_top_level(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"redactor", "__future__"}


def test_every_package_folder_is_listed_for_the_wheel():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "redactor").rglob("__init__.py")}
    assert on_disk - listed == set(), "add these packages to [tool.setuptools] packages"
    assert {"redactor.models", "redactor.pipelines"} <= listed


def test_every_imported_module_is_a_declared_dependency():
    declared = {_norm(Requirement(r).name) for r in PYPROJECT["project"]["dependencies"]}
    providers = packages_distributions()
    missing = {}
    for module in _imported_top_level(ROOT / "redactor"):
        dists = {_norm(d) for d in providers.get(module, [])}
        if not dists & declared:
            missing[module] = sorted(dists)
    assert missing == {}, "imported by redactor/ but not in [project] dependencies"


def test_test_only_modules_are_in_the_test_extra():
    runtime = {_norm(Requirement(r).name) for r in PYPROJECT["project"]["dependencies"]}
    extra = {_norm(Requirement(r).name) for r in PYPROJECT["project"]["optional-dependencies"]["test"]}
    providers = packages_distributions()
    used = _imported_top_level(ROOT / "tests") | _imported_top_level(ROOT / "samples")
    for module in used - {"tests", "benchmarks", "tomli"}:
        dists = {_norm(d) for d in providers.get(module, [])}
        assert dists & (runtime | extra), f"{module} is imported by tests or samples but not declared"
    assert "python-docx" in extra and "python-docx" not in runtime  # only fixtures build Word files


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--verbose", "--no-deps",
                           "--wheel-dir", str(out), str(ROOT)], capture_output=True, text=True)
    if done.returncode and "Could not find a version" in done.stderr:
        pytest.skip("no package index to fetch the build backend from")
    assert done.returncode == 0, done.stderr[-2000:]
    (out / "build.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    return next(out.glob("redactor-*.whl"))


def test_the_build_names_no_folder_it_would_leave_out(wheel):
    """setuptools warns "Package would be ignored" when a data folder looks importable but is no
    package: the configuration must say how each folder travels."""
    log = (wheel.parent / "build.log").read_text(encoding="utf-8")
    assert "would be ignored" not in log


def test_the_wheel_carries_the_web_pages_templates_and_static_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("templates", "static"):
        for path in (ROOT / "redactor" / "web" / folder).iterdir():
            assert f"redactor/web/{folder}/{path.name}" in names


def test_the_wheel_carries_every_model_and_pipeline_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("models", "pipelines"):
        for path in (ROOT / folder).rglob("*"):  # the risk classifier is a folder of its own
            if path.is_file():
                assert f"redactor/{folder}/{path.relative_to(ROOT / folder).as_posix()}" in names


def test_the_unpacked_wheel_redacts_from_an_empty_folder(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    cwd = tmp_path / "empty"
    cwd.mkdir()
    (cwd / "note.txt").write_text("Kacper Nowak's review. Mum: 07700 900123.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("REDACTOR_HOME", "PYTHONPATH")}
    env["PYTHONPATH"] = str(site)
    where = subprocess.run([sys.executable, "-c", "import redactor, redactor.resources as r; "
                            "print(redactor.__file__); print(r.home())"],
                           cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout
    assert where.splitlines()[0].startswith(str(site)), "the test must run the unpacked wheel"
    assert where.splitlines()[1].startswith(str(site))
    done = subprocess.run([sys.executable, "-m", "redactor", "redact", "note.txt", "--out", "drafts",
                           "--quiet"], cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-1000:]
    draft = next((cwd / "drafts").glob("*.txt")).read_text(encoding="utf-8")
    assert "Kacper" not in draft and "07700 900123" not in draft
