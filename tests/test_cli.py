"""The exit-code funnel and dataset discovery, through the real `main()`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SAMPLE, Run


def test_outside_any_dataset_one_line_exit_2(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("validate")
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert result.err.startswith("cchc: không tìm thấy bộ dữ liệu")


def test_root_option_that_is_not_a_dataset(cli: Callable[..., Run], tmp_path: Path) -> None:
    result = cli("overdue", "--root", str(tmp_path), "--lang", "en")
    assert result.code == 2
    assert result.err == f"cchc: --root = {tmp_path}: no plan/plan.yaml in that folder\n"


def test_found_upward_from_a_subfolder(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(SAMPLE / "tasks")
    assert cli("validate", "--as-of", "2021-01-01").code == 0


def test_found_through_environment(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CCHC_ROOT", str(SAMPLE))
    assert cli("validate", "--as-of", "2021-01-01").code == 0


def test_usage_errors_exit_2_in_one_line(cli: Callable[..., Run]) -> None:
    for args in (
        ("validate", "--format", "xml"),
        ("overdue", "--bogus"),
        ("nosuchcommand",),
        ("overdue", "--root", str(SAMPLE), "--as-of", "2017-13-01"),
        ("due", "--root", str(SAMPLE), "--within", "soon"),
    ):
        result = cli(*args)
        assert result.code == 2, args
        assert result.err.count("\n") == 1, (args, result.err)
        assert "Traceback" not in result.err


def test_unexpected_error_is_one_line_exit_3(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cchc.loader

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cchc.loader, "read_yaml_file", explode)
    result = cli("validate", "--root", str(SAMPLE))
    assert result.code == 3
    assert result.err == (
        "cchc: lỗi nội bộ (RuntimeError: boom); chạy lại với --debug và báo cho nhóm phát triển\n"
    )


def test_debug_shows_the_traceback(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cchc.loader

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cchc.loader, "read_yaml_file", explode)
    result = cli("validate", "--root", str(SAMPLE), "--debug")
    assert result.code == 3
    assert "Traceback" in result.err


def test_help_and_version(cli: Callable[..., Run]) -> None:
    result = cli("--help")
    assert result.code == 0
    assert "validate" in result.out
    version = cli("--version")
    assert version.code == 0
    assert version.out.startswith("cchc ")
