"""`cchc validate` over a corpus of broken datasets: each case is the sample dataset with a few files
replaced (tests/data/invalid/CASE/), and `expected.txt` holds the exact problem lines it must print."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import DATA, REPO, SAMPLE, run_cli

INVALID = DATA / "invalid"
CASES = sorted(p.name for p in INVALID.iterdir() if p.is_dir())
AS_OF = "2021-06-30"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"  # rewrite expected.txt, then review `git diff`


def build_case(case: str, tmp_path: Path) -> Path:
    root = tmp_path / case
    shutil.copytree(SAMPLE, root)
    overlay = INVALID / case
    for path in overlay.rglob("*"):
        if path.is_file() and path.name != "expected.txt":
            target = root / path.relative_to(overlay)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    return root


@pytest.mark.parametrize("case", CASES)
def test_invalid_case_prints_exact_problem_lines(case: str, tmp_path: Path) -> None:
    root = build_case(case, tmp_path)
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    expected_file = INVALID / case / "expected.txt"
    if UPDATE:
        expected_file.write_text(result.out, encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8")
    assert result.out == expected
    assert "Traceback" not in result.out + result.err
    has_error = any(": error: " in line for line in expected.splitlines())
    assert result.code == (1 if has_error else 0)


def test_every_case_has_expected_lines() -> None:
    for case in CASES:
        assert (INVALID / case / "expected.txt").is_file(), case


def test_sample_and_bundled_datasets_are_valid() -> None:
    # The bundled dataset records a figure published in 2022, so it is checked as of a later day.
    for root, day in ((SAMPLE, AS_OF), (REPO, "2026-01-01")):
        result = run_cli("validate", "--root", str(root), "--as-of", day)
        assert result.code == 0, result.out
        assert result.out == ""
        assert "0 lỗi, 0 cảnh báo" in result.err


def test_all_problems_of_several_broken_files_in_one_run(tmp_path: Path) -> None:
    root = build_case("unknown-agency", tmp_path)
    for case in (
        "yaml-ambiguous-bool",
        "value-range",
        "cancelled-without-note",
        "yaml-duplicate-key",
    ):
        overlay = INVALID / case
        for path in overlay.rglob("*.yaml"):
            shutil.copyfile(path, root / path.relative_to(overlay))
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    rules = {line.rsplit("[", 1)[1].rstrip("]") for line in result.out.splitlines()}
    assert rules == {
        "unknown-agency",
        "yaml-ambiguous-bool",
        "value-range",
        "cancelled-without-note",
        "yaml-duplicate-key",
    }
    assert result.code == 1
    assert "lỗi" in result.err


def test_github_annotations(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    result = run_cli("validate", "--root", str(root), "--format", "github", "--as-of", AS_OF)
    assert result.out.splitlines() == [
        "::error file=tasks/K01.yaml,line=3,col=7,title=unknown-area::"
        "không có lĩnh vực 'VIII' trong plan/areas.yaml (có phải 'II'?)"
    ]


def test_json_format_in_english(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    result = run_cli(
        "validate", "--root", str(root), "--format", "json", "--lang", "en", "--as-of", AS_OF
    )
    assert json.loads(result.out) == [
        {
            "path": "tasks/K01.yaml",
            "line": 3,
            "column": 7,
            "level": "error",
            "rule": "unknown-area",
            "message": "no area 'VIII' in plan/areas.yaml (did you mean 'II'?)",
        }
    ]


def test_symlink_out_of_dataset_is_not_followed(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    outside = tmp_path / "secret.yaml"
    outside.write_text("id: K99\n", encoding="utf-8")
    (root / "tasks" / "K99.yaml").symlink_to(outside)
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    assert "tasks/K99.yaml:1:1: error:" in result.out
    assert "[symlink]" in result.out


def test_missing_required_plan_file(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    os.remove(root / "plan" / "areas.yaml")
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    assert "plan/areas.yaml:1:1: error: thiếu tệp plan/areas.yaml [missing-file]" in result.out
    assert result.code == 1


def test_crlf_bom_and_nfd_are_accepted(tmp_path: Path) -> None:
    root = build_case("unknown-area", tmp_path)
    shutil.copyfile(SAMPLE / "tasks" / "K01.yaml", root / "tasks" / "K01.yaml")
    path = root / "tasks" / "K03.yaml"
    import unicodedata

    text = unicodedata.normalize("NFD", path.read_text(encoding="utf-8"))
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    before = path.read_bytes()
    result = run_cli("validate", "--root", str(root), "--as-of", AS_OF)
    assert result.code == 0, result.out
    assert path.read_bytes() == before  # accepted, normalised in memory, never rewritten
