"""The loader's two-core path gives exactly what the one-process path gives."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

import cchc.loader
from cchc.loader import load_dataset
from conftest import SAMPLE

TODAY = dt.date(2021, 6, 30)


def test_parallel_and_serial_loading_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "ds"
    shutil.copytree(SAMPLE, root)
    # Problems in the half the helper process parses: a schema error, a cross-record finding,
    # a YAML hazard, a duplicate id.
    (root / "tasks" / "S1a.yaml").write_text(
        (SAMPLE / "tasks" / "S1a.yaml").read_text(encoding="utf-8").replace("area: I", "area: IX"),
        encoding="utf-8",
    )
    (root / "tasks" / "K11.yaml").write_text(
        (SAMPLE / "tasks" / "K11.yaml").read_text(encoding="utf-8") + "extra: no\n",
        encoding="utf-8",
    )
    shutil.copyfile(root / "tasks" / "K10.yaml", root / "tasks" / "K99.yaml")

    monkeypatch.setenv("CCHC_JOBS", "1")
    serial = load_dataset(root, today=TODAY)
    monkeypatch.delenv("CCHC_JOBS")
    monkeypatch.setattr(cchc.loader, "PARALLEL_MIN_FILES", 4)
    monkeypatch.setattr(cchc.loader, "_parallel_ok", lambda count: count >= 4)
    parallel = load_dataset(root, today=TODAY)

    assert parallel.problems == serial.problems
    assert {p.rule for p in serial.problems} >= {
        "unknown-area",
        "yaml-ambiguous-bool",
        "id-filename",
    }
    assert parallel.files == serial.files
    assert parallel.dataset is not None and serial.dataset is not None
    assert parallel.dataset.tasks == serial.dataset.tasks
    assert parallel.dataset.targets == serial.dataset.targets


def test_a_failed_helper_process_falls_back_to_reading_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(paths: list[str]) -> list[object]:
        raise MemoryError("helper out of memory")

    monkeypatch.setenv("CCHC_JOBS", "1")
    serial = load_dataset(SAMPLE, today=TODAY)
    monkeypatch.setattr(cchc.loader, "_parallel_ok", lambda count: count >= 4)
    monkeypatch.setattr(cchc.loader, "_parse_clean", crash)
    fallback = load_dataset(SAMPLE, today=TODAY)
    assert fallback.problems == serial.problems
    assert fallback.dataset is not None and serial.dataset is not None
    assert fallback.dataset.tasks == serial.dataset.tasks
