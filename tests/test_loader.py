"""The loader's two-core path gives exactly what the one-process path gives."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import time
from pathlib import Path
from typing import Any

import pytest

import cchc.loader
from cchc.loader import load_dataset
from cchc.prefetch import Prefetch
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
    def crash(path: str) -> object:
        raise MemoryError("helper out of memory")

    monkeypatch.setenv("CCHC_JOBS", "1")
    serial = load_dataset(SAMPLE, today=TODAY)
    monkeypatch.setattr(cchc.loader, "_parallel_ok", lambda count: count >= 4)
    monkeypatch.setattr(cchc.loader, "_clean_data", crash)
    fallback = load_dataset(SAMPLE, today=TODAY)
    assert fallback.problems == serial.problems
    assert fallback.dataset is not None and serial.dataset is not None
    assert fallback.dataset.tasks == serial.dataset.tasks


needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper process needs fork()")


@needs_fork
def test_the_helper_returns_each_files_data_in_order() -> None:
    helper = Prefetch(["b", "a", "c"], lambda path: {"id": path, "n": [1, 2.5, None, True]})
    assert helper.collect() == [
        {"id": "b", "n": [1, 2.5, None, True]},
        {"id": "a", "n": [1, 2.5, None, True]},
        {"id": "c", "n": [1, 2.5, None, True]},
    ]


@needs_fork
@pytest.mark.parametrize(
    "parse",
    [
        lambda path: os.kill(os.getpid(), signal.SIGKILL),  # killed (out of memory, say)
        lambda path: object(),  # something that cannot be sent back
        lambda path: 1 / 0,  # a bug
    ],
    ids=["killed", "unsendable", "raised"],
)
def test_a_helper_that_fails_in_any_way_gives_nothing(parse: Any) -> None:
    assert Prefetch(["a", "b"], parse).collect() == []


@needs_fork
def test_a_cancelled_helper_is_stopped_and_reaped() -> None:
    helper = Prefetch(
        ["a"], lambda path: time.sleep(600)
    )  # cancel() would wait, were it not killed
    helper.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(helper._pid, os.WNOHANG)


def test_no_helper_process_is_forked_while_other_threads_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    monkeypatch.delenv("CCHC_JOBS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert cchc.loader._parallel_ok(5000)
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert not cchc.loader._parallel_ok(5000)
