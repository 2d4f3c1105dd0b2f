"""How cchc fits around a dataset repository: the pre-commit hook run the way pre-commit runs it,
the CI templates, the project's own pre-commit configuration, the wheel, and the help contract
(every command documented in both languages, with an example, and named in the README)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO, SAMPLE, Run, run_cli


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------ pre-commit


def _hook() -> dict[str, Any]:
    hooks = _load(REPO / ".pre-commit-hooks.yaml")
    assert [h["id"] for h in hooks] == ["cchc-validate"]
    hook: dict[str, Any] = hooks[0]
    return hook


def _run_hook(hook: dict[str, Any], cwd: Path) -> subprocess.CompletedProcess[str]:
    """As pre-commit runs it: `entry` split like a shell would, plus `args`, no file names, in the
    repository's root. The `cchc` of the entry is this interpreter's `python -m cchc`."""
    command = [*shlex.split(hook["entry"]), *hook.get("args", [])]
    assert command[0] == "cchc"
    env = {k: v for k, v in os.environ.items() if k not in ("CCHC_ROOT", "CCHC_LANG")}
    env["NO_COLOR"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "cchc", *command[1:]],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_pre_commit_hook_definition() -> None:
    hook = _hook()
    assert hook["entry"] == "cchc validate"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    for path in ("plan/plan.yaml", "tasks/T06.yaml", "targets/M01.yml"):
        assert files.search(path), path
    for path in ("README.md", "schemas/task.json", "src/cchc/model.py", "tasks/README.md"):
        assert not files.search(path), path


def test_pre_commit_hook_passes_a_valid_repo_and_locates_an_error(tmp_path: Path) -> None:
    repo = tmp_path / "du-lieu"
    shutil.copytree(SAMPLE, repo)
    hook = _hook()
    ok = _run_hook(hook, repo)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    broken = repo / "tasks" / "K02.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("area: I\n", "area: I\nowner: snv\n"),
        encoding="utf-8",
    )
    failed = _run_hook(hook, repo)
    assert failed.returncode == 1
    assert re.search(r"^tasks/K02\.yaml:\d+:\d+: error: .+ \[[a-z-]+\]$", failed.stdout, re.M), (
        failed.stdout
    )
    assert "Traceback" not in failed.stderr


def test_project_pre_commit_config() -> None:
    config = _load(REPO / ".pre-commit-config.yaml")
    hooks = {h["id"]: (r["repo"], h) for r in config["repos"] for h in r["hooks"]}
    assert hooks["ruff"][0] == "https://github.com/astral-sh/ruff-pre-commit"
    assert "ruff-format" in hooks
    assert "mypy" in hooks
    repo, validate = hooks["cchc-validate"]
    assert repo == "local"
    assert validate["entry"].endswith("cchc validate")


# ----------------------------------------------------------------------------------- CI templates


def test_github_template_validates_and_keeps_the_report() -> None:
    workflow = _load(REPO / "ci-templates" / "github" / "validate.yml")
    # PyYAML reads the bare key `on` as the YAML 1.1 boolean True; GitHub reads it as "on".
    triggers = workflow.get("on", workflow.get(True))
    assert set(triggers) == {"pull_request", "push"}
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/checkout@") for u in uses)
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert str(setup["with"]["python-version"]) == "3.11"
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "pip install" in runs
    assert "cchc validate --format github" in runs
    assert "date +%Y" in runs and "date +%m" in runs
    assert "cchc report --period" in runs and "--format html -o report.html" in runs
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "report.html"
    assert not (REPO / ".github").exists()  # templates for dataset repositories, not our own CI


def test_gitlab_template_validates_and_keeps_the_report() -> None:
    pipeline = _load(REPO / "ci-templates" / "gitlab" / ".gitlab-ci.yml")
    jobs = {k: v for k, v in pipeline.items() if isinstance(v, dict) and "script" in v}
    scripts = {name: "\n".join(job["script"]) for name, job in jobs.items()}
    assert any("cchc validate" in s for s in scripts.values())
    report = next(name for name, s in scripts.items() if "cchc report --period" in s)
    assert "report.html" in jobs[report]["artifacts"]["paths"]
    assert "pip install" in "\n".join(pipeline["default"]["before_script"])


# ----------------------------------------------------------------------------------------- wheel


def test_wheel_carries_the_templates_and_the_scaffold(tmp_path: Path) -> None:
    templates = REPO / "src" / "cchc" / "templates"
    wanted = ["report.html.j2", "report.md.j2"]
    if not all((templates / name).is_file() for name in wanted):
        pytest.skip("the report templates (src/cchc/templates/*.j2) do not exist yet")
    # Build from a copy, so no build/ or *.egg-info lands in the working tree.
    source = tmp_path / "src-copy"
    shutil.copytree(
        REPO / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(REPO / name, source / name)
    out = tmp_path / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-w", str(out), "-q"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if built.returncode != 0:
        offline = ("No matching distribution", "Could not find a version", "connection", "resolve")
        if any(marker.lower() in built.stderr.lower() for marker in offline):
            pytest.skip("building the wheel needs setuptools>=68 from the network (offline)")
        pytest.fail(built.stdout + built.stderr)
    (wheel,) = out.glob("cchc-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in wanted:
        assert f"cchc/templates/{name}" in names
    for name in ("plan/plan.yaml", "plan/scales.yaml", "plan/README.md", "github-validate.yml"):
        assert f"cchc/scaffold/{name}" in names
    assert "cchc/py.typed" in names


# ---------------------------------------------------------------------------------- help contract


def _commands() -> list[str]:
    result = run_cli("--help")
    assert result.code == 0
    section = result.out.split("Commands:", 1)[1]
    names = [line.split()[0] for line in section.splitlines() if line.startswith("  ")]
    assert names
    return names


COMMANDS = _commands()


def test_every_expected_command_is_registered() -> None:
    expected = {"validate", "overdue", "due", "progress", "targets", "show", "export", "schema"}
    expected |= {"calendar", "init"}
    assert expected <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_in_both_languages_with_an_example(
    command: str, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    vi = cli(command, "--help", "--lang", "vi")
    en = cli(command, "--help", "--lang", "en")
    assert vi.code == en.code == 0
    assert vi.out != en.out
    assert "Ví dụ:" in vi.out and "Example:" not in vi.out
    assert "Example:" in en.out and "Ví dụ:" not in en.out
    monkeypatch.setenv("CCHC_LANG", "en")
    by_env = cli(command, "--help").out
    assert by_env.split("Options:")[0] == en.out.split("Options:")[0]


def test_top_level_help_follows_the_language(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    vi = cli("--help")
    en = cli("--lang", "en", "--help")
    assert "Ví dụ:" in vi.out and "Example:" in en.out
    assert "--install-completion" in vi.out  # shell completion, documented in docs/ecosystem.md
    monkeypatch.setenv("CCHC_LANG", "en")
    assert cli("--help").out == en.out
    assert cli("--version").out.startswith("cchc ")


def test_language_before_the_command_applies_to_it(cli: Callable[..., Run]) -> None:
    result = cli("--lang", "en", "validate", "--root", str(SAMPLE), "--as-of", "2021-06-30")
    assert result.code == 0
    assert "files checked" in result.err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    """Docs as a contract (STYLE §9): README.md names every command as `cchc <command>`."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"cchc {command}" in readme, f"README.md does not mention 'cchc {command}'"


def test_init_words_the_issuing_body_from_the_province_name(tmp_path: Path) -> None:
    from cchc.scaffolding import province_names

    assert province_names("Phú Yên") == ("Phú Yên", "tỉnh Phú Yên")
    assert province_names("Tỉnh Phú Yên") == ("Phú Yên", "tỉnh Phú Yên")
    assert province_names("Thành phố Đà Nẵng") == ("Đà Nẵng", "thành phố Đà Nẵng")
    result = run_cli("init", str(tmp_path / "py"), "--province", "Phú Yên")
    assert result.code == 0, result.err
    text = (tmp_path / "py" / "plan" / "plan.yaml").read_text(encoding="utf-8")
    assert 'parent_body: "UBND TỈNH PHÚ YÊN"' in text
    assert 'issuer: "Ủy ban nhân dân tỉnh Phú Yên"' in text
    assert 'place: "Phú Yên"' in text
