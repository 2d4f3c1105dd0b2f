"""`cchc update` and `cchc measure` end to end, on a private copy of the bundled dataset: one
entry appended, every other byte kept, the dataset validated before anything is written, and
the queries and the report reflecting what was recorded (issue #13)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from cchc import writer
from conftest import REPO, Run

EVIDENCE = ("--evidence", "3456/QĐ-UBND", "--evidence-date", "2017-10-20")
DONE = ("--status", "done", "--date", "20/10/2017", *EVIDENCE)


def inserted(old: bytes, new: bytes) -> bytes:
    """The one piece `new` adds to `old`; fails unless old is a byte-exact prefix and suffix."""
    cut = 0
    while cut < len(old) and old[cut] == new[cut]:
        cut += 1
    added = len(new) - len(old)
    assert added > 0
    assert new[:cut] == old[:cut] and new[cut + added :] == old[cut:]
    return new[cut : cut + added]


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_update_done_appends_one_entry_and_the_queries_follow(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    root = ("--root", str(bundled_copy))
    target = bundled_copy / "tasks" / "T06.yaml"
    old = target.read_bytes()
    before = json.loads(cli("overdue", *root, "--as-of", "2018-01-01", "--format", "json").out)
    assert "T06" in [row["id"] for row in before]

    result = cli("update", "T06", *DONE, *root)

    assert result.code == 0, result.err
    added = inserted(old, target.read_bytes()).decode()
    assert added == (
        "updates:\n  - date: 2017-10-20\n    status: done\n    evidence:\n"
        "      number: 3456/QĐ-UBND\n      date: 2017-10-20\n"
    )
    diff = result.out.splitlines()
    assert diff[:2] == ["--- a/tasks/T06.yaml", "+++ b/tasks/T06.yaml"]
    assert [line[1:] for line in diff if line.startswith("+") and not line.startswith("+++")] == (
        added.splitlines()
    )
    assert not [line for line in diff[2:] if line.startswith("-")]
    assert "tasks/T06.yaml" in result.err
    assert cli("validate", *root).code == 0

    after = json.loads(cli("overdue", *root, "--as-of", "2018-01-01", "--format", "json").out)
    assert "T06" not in [row["id"] for row in after]
    assert len(after) == len(before) - 1
    progress = json.loads(
        cli("progress", *root, "--as-of", "2018-01-01", "--by", "plan", "--format", "json").out
    )
    assert progress[0]["done_on_time"] == 1
    report = cli("report", *root, "--period", "2017", "--format", "md", "--lang", "en").out
    assert "3456/QĐ-UBND" in report


def test_git_diff_shows_only_added_lines(bundled_copy: Path, cli: Callable[..., Run]) -> None:
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")

    def run(*args: str) -> str:
        return subprocess.run(
            [git, "-c", "user.name=t", "-c", "user.email=t@t", *args],
            cwd=bundled_copy,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    run("init", "-q")
    run("add", "-A")
    run("commit", "-qm", "plan")
    assert cli("update", "T06", *DONE, "--root", str(bundled_copy)).code == 0
    assert run("diff", "--numstat") == "6\t0\ttasks/T06.yaml\n"
    lines = run("diff").splitlines()
    assert not [line for line in lines if line.startswith("-") and not line.startswith("---")]


def test_a_bad_evidence_number_writes_nothing(bundled_copy: Path, cli: Callable[..., Run]) -> None:
    files = _files(bundled_copy)
    result = cli(
        "update", "T06", "--status", "done", "--date", "20/10/2017", "--evidence", "3456-QD",
        "--root", str(bundled_copy), "--lang", "en",
    )  # fmt: skip
    assert result.code == 1
    assert result.out == ""
    lines = result.err.splitlines()
    assert lines[0].startswith("tasks/T06.yaml:20:15: error: ")
    assert lines[0].endswith("[doc-number]")
    assert lines[1].startswith("cchc: nothing written to tasks/T06.yaml")
    assert _files(bundled_copy) == files


def test_measure_appends_a_figure_that_targets_show(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    root = ("--root", str(bundled_copy))
    target = bundled_copy / "targets" / "M05.yaml"
    old = target.read_bytes()
    result = cli(
        "measure", "m05", "--period", "2019", "--value", "45,5",
        "--source", "Báo cáo số 12/BC-SNV", "--date", "15/01/2020", *root,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert inserted(old, target.read_bytes()).decode() == (
        "measurements:\n  - period: 2019\n    value: 45.5\n"
        "    source: Báo cáo số 12/BC-SNV\n    date: 2020-01-15\n"
    )
    assert cli("validate", *root).code == 0
    rows = json.loads(cli("targets", *root, "--as-of", "2021-01-01", "--format", "json").out)
    m05 = next(row for row in rows if row["id"] == "M05")
    assert m05["latest_period"] == "2019" and "45" in str(m05["latest"])


def test_a_scale_level_goes_after_the_last_measurement(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    target = bundled_copy / "targets" / "M01.yaml"
    old = target.read_bytes()
    args = ("--period", "2021", "--value", "tot", "--source", "VCCI, PCI 2021")
    assert cli("measure", "M01", *args, "--root", str(bundled_copy)).code == 0
    added = inserted(old, target.read_bytes()).decode()
    assert added == '  - period: 2021\n    value: Tốt\n    source: "VCCI, PCI 2021"\n'
    bad = cli("measure", "M01", "--period", "2022", "--value", "Kha gioi", "--source", "x",
              "--root", str(bundled_copy), "--lang", "en")  # fmt: skip
    assert bad.code == 2 and "Khá" in bad.err


def test_dry_run_prints_the_diff_and_writes_nothing(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    files = _files(bundled_copy)
    result = cli("update", "T06", *DONE, "--dry-run", "--root", str(bundled_copy), "--lang", "en")
    assert result.code == 0
    assert "+      number: 3456/QĐ-UBND" in result.out.splitlines()
    assert "nothing written" in result.err
    assert _files(bundled_copy) == files


# ---------------------------------------------------------------------------------- refusals


def _update(cli: Callable[..., Run], root: Path, *args: str) -> Run:
    return cli("update", "T06", *args, "--root", str(root), "--lang", "en")


def test_an_entry_before_the_last_one_is_refused(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    assert _update(cli, bundled_copy, "--status", "in_progress", "--date", "2017-05-10").code == 0
    files = _files(bundled_copy)
    result = _update(cli, bundled_copy, "--status", "in_progress", "--date", "2017-05-01")
    assert result.code == 1
    assert result.err == (
        "cchc: task T06: 2017-05-01 is before the latest update (2017-05-10); the progress log "
        "is in date order: choose a day from 2017-05-10 on\n"
    )
    assert _files(bundled_copy) == files


def test_after_done_only_a_reopening_with_a_note(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    assert _update(cli, bundled_copy, *DONE).code == 0
    files = _files(bundled_copy)
    cancelled = _update(
        cli, bundled_copy, "--status", "cancelled", "--note", "x", "--date", "2018-01-02"
    )
    assert cancelled.code == 1 and "is done; to record more, reopen it" in cancelled.err
    no_note = _update(cli, bundled_copy, "--status", "in_progress", "--date", "2018-01-02")
    assert no_note.code == 2 and "missing --note" in no_note.err
    assert _files(bundled_copy) == files
    reopened = _update(
        cli, bundled_copy, "--status", "đang thực hiện", "--date", "02/01/2018", "--note", "Sửa đổi"
    )
    assert reopened.code == 0, reopened.err
    assert cli("validate", "--root", str(bundled_copy)).code == 0


def test_a_file_with_problems_is_refused(bundled_copy: Path, cli: Callable[..., Run]) -> None:
    path = bundled_copy / "tasks" / "T06.yaml"
    path.write_bytes(path.read_bytes() + b"staus: done\n")
    files = _files(bundled_copy)
    result = _update(cli, bundled_copy, *DONE)
    assert result.code == 1
    assert result.err == (
        "cchc: tasks/T06.yaml has problems; run cchc validate and fix the file before "
        "appending to it\n"
    )
    assert _files(bundled_copy) == files


def test_a_dataset_with_problems_elsewhere_is_refused(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    path = bundled_copy / "tasks" / "T07.yaml"
    path.write_bytes(path.read_bytes() + b"staus: done\n")
    files = _files(bundled_copy)
    result = _update(cli, bundled_copy, *DONE)
    assert result.code == 1
    assert result.err.startswith(
        "cchc: the dataset does not validate (errors: 1, the first at tasks/T07.yaml:"
    )
    assert _files(bundled_copy) == files


@pytest.mark.parametrize(
    ("command", "word", "said"),
    [
        ("update", "t6", "no task 't6' (did you mean 'T06', 'T16'?)"),
        ("update", "T99x", "no task 'T99x'"),
        ("update", "m01", "M01 is a target, not a task: record a figure with cchc measure M01"),
        ("measure", "M5", "no target 'M5' (did you mean 'M05'"),
        ("measure", "t06", "T06 is a task, not a target: record progress with cchc update T06"),
    ],
)
def test_an_unknown_id_suggests_the_likely_one(
    command: str, word: str, said: str, bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    result = cli(command, word, "--status", "done", "--root", str(bundled_copy), "--lang", "en")
    if command == "measure":
        result = cli(command, word, "--period", "2019", "--root", str(bundled_copy), "--lang", "en")
    assert result.code == 2
    assert result.err.startswith(f"cchc: {said}")


def test_the_id_is_matched_in_any_case(bundled_copy: Path, cli: Callable[..., Run]) -> None:
    assert cli("update", "t06", *DONE, "--root", str(bundled_copy)).code == 0
    assert b"3456/Q" in (bundled_copy / "tasks" / "T06.yaml").read_bytes()


def test_a_missing_field_without_a_terminal_names_its_option(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    result = _update(cli, bundled_copy, "--date", "2017-10-20")
    assert (result.code, result.err) == (
        2,
        "cchc: missing --status; give --status VALUE, or run the command on a terminal to be "
        "asked\n",
    )
    result = cli("measure", "M05", "--period", "2019", "--value", "3", "--root", str(bundled_copy))
    assert result.code == 2 and "--source" in result.err


def test_a_symlinked_task_file_is_refused(
    bundled_copy: Path, tmp_path: Path, cli: Callable[..., Run]
) -> None:
    real = tmp_path / "T06-real.yaml"
    link = bundled_copy / "tasks" / "T06.yaml"
    shutil.move(link, real)
    link.symlink_to(real)
    result = _update(cli, bundled_copy, *DONE)
    assert result.code != 0
    assert real.read_bytes() == (REPO / "tasks" / "T06.yaml").read_bytes()
    assert link.is_symlink()


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(
    step: str, bundled_copy: Path, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(bundled_copy)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, step, fail)
    result = _update(cli, bundled_copy, *DONE)
    assert result.code == 2
    assert result.err.endswith("tasks/T06.yaml (No space left on device)\n") and result.out == ""
    assert _files(bundled_copy) == files  # no `.T06.yaml.*.tmp` either


def test_a_file_changed_since_it_was_read_is_not_overwritten(bundled_copy: Path) -> None:
    import datetime as dt

    from cchc.errors import UserError
    from cchc.model import Status
    from cchc.recorder import record_update, write
    from cchc.recording import UpdateInput

    given = UpdateInput(Status.IN_PROGRESS, dt.date(2017, 5, 10), note="Đã trình dự thảo.")
    change = record_update(bundled_copy, "T06", given, dt.date(2026, 12, 1))
    path = bundled_copy / "tasks" / "T06.yaml"
    path.write_bytes(path.read_bytes() + b"# edited meanwhile\n")
    edited = path.read_bytes()
    with pytest.raises(UserError) as caught:
        write(change)
    assert caught.value.code == 1 and "changed while recording" in caught.value.text("en")
    assert path.read_bytes() == edited


def test_a_yearly_task_records_the_year_it_completes(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    root = ("--root", str(bundled_copy))
    done = ("--status", "done", "--date", "05/01/2018", "--evidence", "12/BC-SNV")
    missing = cli("update", "S1c", *done, *root, "--lang", "en")
    assert (missing.code, missing.err) == (
        2,
        "cchc: missing --period; give --period VALUE, or run the command on a terminal to be "
        "asked\n",
    )
    overdue = cli("overdue", *root, "--as-of", "2018-01-10", "--format", "csv").out
    assert "S1c" in overdue
    assert cli("update", "S1c", *done, "--period", "2017", *root).code == 0
    assert "    period: 2017\n" in (bundled_copy / "tasks" / "S1c.yaml").read_text(encoding="utf-8")
    overdue = cli("overdue", *root, "--as-of", "2018-01-10", "--format", "csv").out
    assert "S1c" not in overdue
    wrong = cli(
        "update", "T06", "--status", "in_progress", "--period", "2017", *root, "--lang", "en"
    )
    assert wrong.code == 2 and "is not yearly" in wrong.err


def test_an_interrupt_during_the_write_keeps_the_old_file(
    bundled_copy: Path, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(bundled_copy)

    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(writer.os, "fsync", interrupt)
    assert _update(cli, bundled_copy, *DONE).code == 130
    assert _files(bundled_copy) == files
