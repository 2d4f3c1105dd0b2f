"""`cchc diff --check`: the history check on the two revisions `cchc diff` compares — each
rewrite listed first with its rule id and place, exit 1; appending (a correction included) is
fine, exit 0; a Markdown summary says which, and JSON carries the problems (issue #15)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SAMPLE, Run
from git_support import append, dataset_repo

AS_OF = ("--as-of", "2018-01-01")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return dataset_repo(SAMPLE, tmp_path / "plan-data")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(
    ("path", "old", "new", "rule"),
    [
        ("tasks/K01.yaml", "100/QĐ-UBND", "101/QĐ-UBND", "history-evidence-number"),
        ("tasks/K01.yaml", "Đang soạn thảo.", "Đã soạn thảo xong.", "history-entry-edited"),
        ("tasks/K01.yaml", "deadline: 2017", "deadline: 2018", "history-deadline"),
        ("tasks/K01.yaml", "Quy định trách nhiệm", "Quy định về trách nhiệm", "history-plan-text"),
    ],
)
def test_each_rewrite_is_refused_with_its_rule_and_place(
    repo: Path, cli: Callable[..., Run], path: str, old: str, new: str, rule: str
) -> None:
    _edit(repo / path, old, new)
    run = cli("diff", "base", "--check", "--root", str(repo), *AS_OF)
    assert run.code == 1
    first, problem = run.out.splitlines()[:2]
    assert "Lịch sử bị viết lại" in first
    assert problem.startswith(f"{path}:") and problem.endswith(f"[{rule}]")


def test_a_removed_update_is_located_in_the_base_revision(
    repo: Path, cli: Callable[..., Run]
) -> None:
    _edit(
        repo / "tasks" / "K01.yaml",
        "  - date: 2017-03-01\n    status: in_progress\n    note: Đang soạn thảo.\n",
        "",
    )
    run = cli("diff", "base", "--check", "--root", str(repo), *AS_OF, "--lang", "en")
    assert run.code == 1
    assert "base:tasks/K01.yaml:" in run.out and "[history-entry-" in run.out


def test_appending_and_a_correction_pass_the_check(repo: Path, cli: Callable[..., Run]) -> None:
    append(
        repo / "tasks" / "K01.yaml",
        "  - date: 2017-06-15\n    corrects: 2\n    reason: Số ghi nhầm\n    status: done\n"
        "    evidence: {number: 101/QĐ-UBND, date: 2017-06-15}\n",
    )
    run = cli("diff", "base", "--check", "--root", str(repo), *AS_OF)
    assert run.code == 0, run.out + run.err
    assert run.out.startswith("Lịch sử chỉ ghi thêm")
    assert "đính chính mục 2: Số ghi nhầm" in run.out  # the new entry is worded as a correction
    plain = cli("diff", "base", "--root", str(repo), *AS_OF)
    assert "Lịch sử" not in plain.out.splitlines()[0]  # without --check, nothing is claimed


def test_markdown_and_json_carry_the_problems_and_the_log_shows_them(
    repo: Path, cli: Callable[..., Run]
) -> None:
    _edit(repo / "tasks" / "K01.yaml", "100/QĐ-UBND", "101/QĐ-UBND")
    md = cli("diff", "base", "--check", "--format", "md", "--root", str(repo), *AS_OF)
    assert md.code == 1
    assert "| Vị trí | Quy tắc | Vấn đề |" in md.out and "`history-evidence-number`" in md.out
    assert md.err.strip().endswith("[history-evidence-number]")  # the CI log, beside the summary
    document = json.loads(
        cli("diff", "base", "--check", "--format", "json", "--root", str(repo), *AS_OF).out
    )
    [problem] = document["history"]
    assert problem["rule"] == "history-evidence-number" and problem["path"] == "tasks/K01.yaml"
    clean = json.loads(
        cli("diff", "base", "HEAD", "--check", "--format", "json", "--root", str(repo)).out
    )
    assert clean["history"] == []
