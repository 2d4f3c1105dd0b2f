"""`cchc.writer.write_file`: atomic, never through a symlink, never over a dataset record unless
owned (issues #13 and #16)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cchc import writer
from cchc.errors import UserError
from cchc.writer import write_file


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_new_file_is_written_and_an_old_one_replaced_keeping_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_file(target, b"one")
    assert target.read_bytes() == b"one"
    target.chmod(0o640)
    write_file(target, "hai – Việt".encode())
    assert target.read_bytes() == "hai – Việt".encode()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("step", ["mkstemp", "write", "fsync", "chmod", "replace"])
def test_a_failure_at_any_step_keeps_the_old_file(
    step: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "T06.yaml"
    target.write_bytes(b"id: T06\n")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    where = writer.tempfile if step == "mkstemp" else writer.os
    monkeypatch.setattr(where, step, fail)
    with pytest.raises(UserError) as caught:
        write_file(target, b"id: T06\nupdates: []\n", root=tmp_path, owns_records=True)
    assert "No space left on device" in caught.value.text("en")
    assert target.read_bytes() == b"id: T06\n"
    assert _leftovers(tmp_path) == []


def test_an_interrupt_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.html"
    target.write_bytes(b"old")

    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(writer.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_file(target, b"new")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("layout", ["file", "folder", "dangling", "nested-folder"])
def test_a_symlink_is_never_written_through(layout: str, tmp_path: Path) -> None:
    root = tmp_path / "dataset"
    outside = tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_bytes(b"keep")
    if layout == "file":
        target = root / "report.html"
        target.symlink_to(secret)
    elif layout == "dangling":
        target = root / "report.html"
        target.symlink_to(outside / "new.txt")
    elif layout == "folder":
        (root / "schemas").symlink_to(outside, target_is_directory=True)
        target = root / "schemas" / "secret.txt"
    else:
        (root / "build").mkdir()
        (root / "build" / "out").symlink_to(outside, target_is_directory=True)
        target = root / "build" / "out" / "secret.txt"
    with pytest.raises(UserError) as caught:
        write_file(target, b"forged", root=root)
    assert "symlink" in caught.value.text("en")
    assert secret.read_bytes() == b"keep"
    assert not (outside / "new.txt").exists()


@pytest.mark.parametrize("folder", ["plan", "tasks", "targets", "reports"])
def test_dataset_records_are_written_only_by_their_owners(folder: str, tmp_path: Path) -> None:
    (tmp_path / folder).mkdir()
    target = tmp_path / folder / "x.yaml"
    target.write_bytes(b"id: x\n")
    with pytest.raises(UserError) as caught:
        write_file(target, b"overwritten", root=tmp_path)
    assert "only cchc update and cchc measure" in caught.value.text("en")
    assert target.read_bytes() == b"id: x\n"
    write_file(target, b"id: x\nupdates: []\n", root=tmp_path, owns_records=True)
    assert target.read_bytes() == b"id: x\nupdates: []\n"


def test_a_folder_or_a_device_is_not_a_file_to_replace(tmp_path: Path) -> None:
    (tmp_path / "out.md").mkdir()
    with pytest.raises(UserError) as caught:
        write_file(tmp_path / "out.md", b"x")
    assert "not a regular file" in caught.value.text("en")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.md")
        with pytest.raises(UserError):
            write_file(tmp_path / "pipe.md", b"x")


@pytest.mark.skipif(not Path(os.devnull).exists() or os.name != "posix", reason="POSIX /dev/null")
def test_a_character_device_is_written_to_not_replaced() -> None:
    # `cchc report -o /dev/null` (a dry run, the benchmark): a rename would replace the device.
    before = os.stat(os.devnull)
    write_file(Path(os.devnull), b"x" * 100_000)
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_missing_folder_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        write_file(tmp_path / "no" / "such" / "report.md", b"x")
    assert caught.value.text("vi").startswith("không ghi được ")
