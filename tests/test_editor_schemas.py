"""Editor support: `cchc schema --write`, the committed `schemas/*.json`, and the
`# yaml-language-server: $schema=…` first line of every bundled YAML file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cchc.schema import kind_of, modeline, schema_files
from conftest import REPO, SAMPLE, Run

ROOTS = pytest.mark.parametrize("root", [REPO, SAMPLE], ids=["bundled", "sample"])


def _yaml_files(root: Path) -> list[Path]:
    return sorted(
        p for folder in ("plan", "tasks", "targets") for p in (root / folder).glob("*.yaml")
    )


@ROOTS
def test_committed_schemas_match_the_models(root: Path) -> None:
    """Regenerated in memory and compared byte for byte: rerun `cchc schema --write` after a
    model change, and commit the result."""
    expected = schema_files()
    on_disk = {
        f"schemas/{p.name}": p.read_bytes() for p in sorted((root / "schemas").glob("*.json"))
    }
    assert sorted(on_disk) == sorted(expected)
    for name, text in expected.items():
        assert on_disk[name] == text.encode("utf-8"), f"{name} is stale: run cchc schema --write"


@ROOTS
def test_every_yaml_file_points_at_its_schema(root: Path) -> None:
    files = _yaml_files(root)
    assert files
    for path in files:
        kind = kind_of(path.relative_to(root))
        assert kind is not None, path
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first == modeline(kind), path
        assert (path.parent / first.split("=", 1)[1]).resolve().is_file(), path


def test_write_creates_every_schema_and_says_so(cli: Callable[..., Run], sample: Path) -> None:
    for path in (sample / "schemas").glob("*.json"):
        path.unlink()
    result = cli("schema", "--write", "--root", str(sample))
    assert result.code == 0, result.err
    assert result.out == ""
    written = sorted(p.name for p in (sample / "schemas").glob("*.json"))
    assert written == sorted(name.split("/")[1] for name in schema_files())
    assert "đã ghi schemas/task.json" in result.err
    english = cli("schema", "--write", "--root", str(sample), "--lang", "en")
    assert "wrote schemas/plan.json" in english.err


def test_write_outside_a_dataset_is_a_usage_error(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("schema", "--write")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert not (tmp_path / "schemas").exists()


def test_kind_of_dataset_paths() -> None:
    assert kind_of(Path("plan/scales.yaml")) == "scales"
    assert kind_of(Path("tasks/T06.yaml")) == "task"
    assert kind_of(Path("targets/M01.yml")) == "target"
    assert kind_of(Path("plan/README.md")) is None
    assert kind_of(Path("other/x.yaml")) is None
