"""The wheel: built offline from the source tree, it carries the report templates, the scaffold
and its CI templates, and an installed-from-wheel `cchc init` makes a dataset that validates."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO

PACKAGE = REPO / "src" / "cchc"


def _shipped(folder: str) -> list[str]:
    """The files of a package folder that the wheel must carry (what `cchc init` and the report
    read at run time), as paths inside the wheel."""
    root = PACKAGE / folder
    return sorted(
        f"cchc/{path.relative_to(PACKAGE).as_posix()}"
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`pip wheel . --no-deps --no-build-isolation`: setuptools from this venv, no network."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy, so no build/ or *.egg-info lands in the working tree
    shutil.copytree(
        REPO / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(REPO / name, source / name)
    out = work / "dist"
    command = [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q"]
    built = subprocess.run(
        [*command, "--no-build-isolation", "--no-index", "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (found,) = out.glob("cchc-*.whl")
    return found


def test_the_wheel_carries_templates_scaffold_and_ci_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = _shipped("templates") + _shipped("scaffold")
    assert "cchc/templates/report.html.j2" in wanted
    assert "cchc/scaffold/github-validate.yml" in wanted  # the CI templates live in the scaffold
    assert "cchc/scaffold/gitlab-ci.yml" in wanted
    assert sorted(set(wanted) - names) == []
    assert "cchc/py.typed" in names


def test_cchc_installed_from_the_wheel_scaffolds_a_valid_dataset(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q"]
    subprocess.run(
        [*install, "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(site), "NO_COLOR": "1"}
    env.pop("CCHC_ROOT", None)

    def cchc(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cchc", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    where = subprocess.run(
        [sys.executable, "-c", "import cchc; print(cchc.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(site))  # the installed copy, not the source tree
    made = cchc("init", "new-plan", "--province", "Phú Yên")
    assert made.returncode == 0, made.stderr
    plan = tmp_path / "new-plan"
    assert (plan / ".github" / "workflows" / "validate.yml").is_file()
    assert (plan / ".gitlab-ci.yml").is_file()
    assert sorted(p.name for p in (plan / "templates").iterdir()) == [
        "report.html.j2",
        "report.md.j2",
    ]
    checked = cchc("validate", "--root", str(plan), "--lang", "en")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    report = cchc("report", "--root", str(plan), "--period", "2021", "--format", "md")
    assert report.returncode == 0, report.stderr
