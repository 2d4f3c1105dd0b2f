"""The benchmark's dataset generator: deterministic, and its output is a valid dataset."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType

from cchc.loader import load_dataset

GEN = Path(__file__).resolve().parents[1] / "bench" / "gen.py"


def _gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_gen", GEN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.yaml")}


def test_generator_is_deterministic_and_valid(tmp_path: Path) -> None:
    gen = _gen()
    first, second = tmp_path / "a", tmp_path / "b"
    gen.generate(first, 50, 5, seed=1)
    gen.generate(second, 50, 5, seed=1)

    files = _files(first)
    assert len([f for f in files if f.startswith("tasks/")]) == 50
    assert len([f for f in files if f.startswith("targets/")]) == 5
    assert files == _files(second)

    result = load_dataset(first, today=dt.date(2021, 1, 1))
    assert result.problems == []
    assert result.dataset is not None
    assert len(result.dataset.tasks) == 50 and len(result.dataset.targets) == 5


def test_another_seed_gives_another_dataset(tmp_path: Path) -> None:
    gen = _gen()
    gen.generate(tmp_path / "a", 20, 2, seed=1)
    gen.generate(tmp_path / "b", 20, 2, seed=2)
    assert _files(tmp_path / "a") != _files(tmp_path / "b")
