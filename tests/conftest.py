"""Shared test helpers: fixture datasets copied to a temporary folder, and the CLI run in-process
through the same `main()` funnel users hit (so exit codes and stderr are the real ones)."""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cchc.cli import main

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample"
REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def run_cli(*args: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """The CLI with a pinned, colourless terminal: output is the same on every machine."""
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("CCHC_ROOT", raising=False)
    monkeypatch.delenv("CCHC_LANG", raising=False)
    # No terminal to answer questions, also under `pytest -s`: a write command with a field
    # missing is then a usage error, never a prompt waiting for input.
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    return run_cli


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A private copy of the illustrative sample dataset, safe to break."""
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE, root)
    return root


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled dataset (the repository's own files are never written)."""
    root = tmp_path / "bundled"
    root.mkdir()
    for folder in ("plan", "tasks", "targets", "reports", "schemas"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, root / folder)
    return root
