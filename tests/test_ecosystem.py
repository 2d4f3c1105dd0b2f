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
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO, SAMPLE, run_cli

SCAFFOLD = REPO / "src" / "cchc" / "scaffold"


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
    for path in ("README.md", "schemas/task.json", "src/cchc/model/tasks.py", "tasks/README.md"):
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
    workflow = _load(SCAFFOLD / "github-validate.yml")
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


def test_github_template_summarises_a_pull_request_in_the_plan_s_terms() -> None:
    workflow = _load(SCAFFOLD / "github-validate.yml")
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # the base branch's history, for the merge base
    diff = next(s for s in steps if "cchc diff" in s.get("run", ""))
    assert "pull_request" in diff["if"] and "!cancelled()" in diff["if"]
    # The branch name reaches the shell as a variable, never spliced into the script.
    assert diff["env"]["BASE"] == "${{ github.base_ref }}" and "${{" not in diff["run"]
    assert diff["run"] == (
        'cchc diff --check --format md "origin/$BASE"... >> "$GITHUB_STEP_SUMMARY"'
    )


def test_gitlab_template_validates_and_keeps_the_report() -> None:
    pipeline = _load(SCAFFOLD / "gitlab-ci.yml")
    jobs = {k: v for k, v in pipeline.items() if isinstance(v, dict) and "script" in v}
    scripts = {name: "\n".join(job["script"]) for name, job in jobs.items()}
    assert any("cchc validate" in s for s in scripts.values())
    report = next(name for name, s in scripts.items() if "cchc report --period" in s)
    assert "report.html" in jobs[report]["artifacts"]["paths"]
    assert "pip install" in "\n".join(pipeline["default"]["before_script"])


def test_gitlab_template_summarises_a_merge_request_in_the_plan_s_terms() -> None:
    diff = _load(SCAFFOLD / "gitlab-ci.yml")["diff"]
    assert diff["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}]
    assert diff["variables"]["GIT_DEPTH"] == 0
    script = "\n".join(diff["script"])
    assert (
        'cchc diff --check --format md "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"...' in script
    )
    assert "exit $status" in script  # --check's exit code fails the job, after the summary
    assert diff["artifacts"]["paths"] == ["diff.md"] and diff["artifacts"]["when"] == "always"


COMMANDS = [
    line.split()[0]
    for line in run_cli("--help").out.split("Commands:", 1)[1].splitlines()
    if line.startswith("  ")
]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    """Docs as a contract (STYLE §9): README.md names every command as `cchc <command>`."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"cchc {command}" in readme, f"README.md does not mention 'cchc {command}'"
