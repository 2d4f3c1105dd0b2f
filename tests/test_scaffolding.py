"""`cchc init DIR`: a new dataset that validates, answers queries on zero tasks, and carries the
editor, CI and pre-commit set-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml

from cchc.schema import schema_files
from conftest import REPO, Run, run_cli

SCAFFOLD = REPO / "src" / "cchc" / "scaffold"


def test_init_gives_a_valid_empty_dataset(cli: Callable[..., Run], tmp_path: Path) -> None:
    root = tmp_path / "x"
    result = cli("init", str(root), "--province", "Phú Yên")
    assert result.code == 0, result.err
    assert result.out == ""
    assert "plan/plan.yaml" in result.err
    validated = cli("validate", "--root", str(root))
    assert validated.code == 0, validated.out + validated.err
    assert validated.out == ""
    overdue = cli("overdue", "--root", str(root), "--format", "json")
    assert overdue.code == 0, overdue.err
    due = cli("due", "--root", str(root))
    assert due.code == 0, due.err
    calendar = cli("calendar", "--root", str(root), "--as-of", "2022-01-01")
    assert calendar.code == 0, calendar.err
    assert "BEGIN:VEVENT" not in calendar.out


def test_init_writes_every_piece(cli: Callable[..., Run], tmp_path: Path) -> None:
    root = tmp_path / "x"
    assert cli("init", str(root), "--province", "Phú Yên").code == 0
    plan = yaml.safe_load((root / "plan" / "plan.yaml").read_text(encoding="utf-8"))
    assert plan["province"] == "Phú Yên"
    assert plan["decision"]["number"] == "1/QĐ-UBND"
    assert "# TODO" in (root / "plan" / "plan.yaml").read_text(encoding="utf-8")
    areas = yaml.safe_load((root / "plan" / "areas.yaml").read_text(encoding="utf-8"))["areas"]
    bundled = yaml.safe_load((REPO / "plan" / "areas.yaml").read_text(encoding="utf-8"))["areas"]
    assert [(a["id"], a["title"]) for a in areas] == [(a["id"], a["title"]) for a in bundled]
    agencies = yaml.safe_load((root / "plan" / "agencies.yaml").read_text(encoding="utf-8"))
    assert [a["name"] for a in agencies["agencies"]] == ["Sở Nội vụ"]
    assert (root / "plan" / "scales.yaml").read_bytes() == (
        REPO / "plan" / "scales.yaml"
    ).read_bytes()
    for folder in ("tasks", "targets"):
        assert [p.name for p in (root / folder).iterdir()] == ["README.md"]
    for name, text in schema_files().items():
        assert (root / name).read_text(encoding="utf-8") == text
    assert (root / "plan" / "README.md").is_file()
    assert (root / ".github" / "workflows" / "validate.yml").read_bytes() == (
        SCAFFOLD / "github-validate.yml"
    ).read_bytes()
    assert (root / ".gitlab-ci.yml").read_bytes() == (SCAFFOLD / "gitlab-ci.yml").read_bytes()
    hooks = yaml.safe_load((root / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for r in hooks["repos"] for h in r["hooks"]] == ["cchc-validate"]
    package_templates = sorted(p.name for p in (REPO / "src" / "cchc" / "templates").glob("*.j2"))
    assert sorted(p.name for p in (root / "templates").glob("*.j2")) == package_templates


def test_init_refuses_a_folder_that_is_not_empty(cli: Callable[..., Run], tmp_path: Path) -> None:
    root = tmp_path / "x"
    root.mkdir()
    (root / "notes.txt").write_text("keep me", encoding="utf-8")
    result = cli("init", str(root))
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert sorted(p.name for p in root.iterdir()) == ["notes.txt"]
    english = cli("init", str(root), "--lang", "en")
    assert "not empty" in english.err


def test_init_accepts_an_empty_folder(cli: Callable[..., Run], tmp_path: Path) -> None:
    result = cli("init", str(tmp_path))
    assert result.code == 0, result.err
    assert cli("validate", "--root", str(tmp_path)).code == 0


def test_the_scaffold_scales_are_the_bundled_plans() -> None:
    """A new plan starts with the PCI, PAPI and PAR Index scales the bundled plan defines."""
    assert (SCAFFOLD / "plan" / "scales.yaml").read_bytes() == (
        REPO / "plan" / "scales.yaml"
    ).read_bytes()


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
