"""cchc.yaml.read: files are checked with fstat before a byte is read (directories, pipes and huge
files refused unread), read to their end, and every OS error is a located problem."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cchc.yaml import MAX_FILE_BYTES, read, read_yaml_file
from yaml_support import TYPICAL, TYPICAL_DATA, found, vi


def refuse_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file must not be read")

    monkeypatch.setattr(read, "read_all", fail)


def test_read_yaml_file(tmp_path: Path) -> None:
    path = tmp_path / "T06.yaml"
    path.write_text(TYPICAL, encoding="utf-8")
    document, problems = read_yaml_file(path)
    assert problems == []
    assert document is not None
    assert document.data == TYPICAL_DATA


def test_a_file_that_changed_after_fstat_is_read_to_its_end(tmp_path: Path) -> None:
    path = tmp_path / "T06.yaml"
    path.write_bytes(b"0123456789")
    for seen in (4, 10, 20):  # it grew, it did not change, it shrank
        handle = os.open(path, os.O_RDONLY)
        try:
            assert read.read_all(handle, seen) == b"0123456789"
        finally:
            os.close(handle)


def test_a_file_that_grew_past_the_limit_after_fstat_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "T06.yaml"
    path.write_bytes(b"a: " + b"x" * 97)
    monkeypatch.setattr(read, "MAX_FILE_BYTES", 50)
    real_fstat = os.fstat

    def small_fstat(handle: int) -> os.stat_result:
        info = list(real_fstat(handle))
        info[stat.ST_SIZE] = 10  # what fstat saw, before the file grew
        return os.stat_result(info)

    monkeypatch.setattr(os, "fstat", small_fstat)
    document, problems = read_yaml_file(path)
    monkeypatch.undo()
    assert document is None
    assert [p.rule for p in problems] == ["yaml-too-large"]


def test_file_of_16_mb_on_one_line_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"note: " + b"x" * (16 * 1024 * 1024))
    refuse_reading(monkeypatch)
    document, problems = read_yaml_file(path)
    assert document is None
    assert [(p.line, p.column, p.rule) for p in problems] == [(1, 1, "yaml-too-large")]
    assert vi(problems[0]) == (
        "tệp quá lớn (16.0 MB, giới hạn 2 MB) nên không được đọc; "
        "chia thành các tệp nhỏ, mỗi tệp một bản ghi"
    )


def test_file_one_byte_over_the_limit_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sparse.yaml"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    refuse_reading(monkeypatch)
    assert read_yaml_file(path)[1][0].rule == "yaml-too-large"


def test_long_single_line_under_the_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_bytes(b"note: " + b"x" * (MAX_FILE_BYTES - 100))
    document, problems = read_yaml_file(path)
    assert problems == []
    assert document is not None
    assert len(document.data["note"]) == MAX_FILE_BYTES - 100


def test_load_yaml_refuses_too_many_bytes() -> None:
    assert found(b"a" * (MAX_FILE_BYTES + 1)) == [(1, 1, "yaml-too-large")]


def test_directory_named_like_a_yaml_file(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").mkdir()
    document, problems = read_yaml_file(tmp_path / "x.yaml")
    assert document is None
    assert [(p.line, p.column, p.rule) for p in problems] == [(1, 1, "yaml-not-a-file")]
    assert "thư mục" in vi(problems[0])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    (problem,) = read_yaml_file(tmp_path / "pipe.yaml")[1]
    assert problem.rule == "yaml-not-a-file"
    assert "ống dẫn" in vi(problem)


def test_missing_file(tmp_path: Path) -> None:
    document, problems = read_yaml_file(tmp_path / "gone.yaml")
    assert document is None
    assert [(p.line, p.column, p.rule) for p in problems] == [(1, 1, "yaml-unreadable")]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    path.chmod(0)
    try:
        assert [p.rule for p in read_yaml_file(path)[1]] == ["yaml-unreadable"]
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (PermissionError(13, "Permission denied"), "quyền đọc"),
        (OSError(5, "Input/output error"), "Input/output error"),
    ],
)
def test_unreadable_file_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, text: str
) -> None:
    path = tmp_path / "T06.yaml"
    path.write_text("a: 1\n", encoding="utf-8")

    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(os, "open", fail)
    document, problems = read_yaml_file(path)
    monkeypatch.undo()
    assert document is None
    assert [(p.line, p.column, p.rule) for p in problems] == [(1, 1, "yaml-unreadable")]
    assert text in vi(problems[0])
