"""Corrections from the command line (`cchc update/measure ID --corrects N --reason …`): the
entry as it should have been is appended with `corrects` and `reason`, the fields not given are
taken from the entry it corrects, the old entry stays in the file, and the state, the queries and
the report follow the correction (issue #15, with the write commands of issue #13)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from conftest import Run
from test_record_command import inserted

DONE = ("--status", "done", "--date", "20/10/2017", "--evidence", "3456/QĐ-UBND")


def _log(path: Path, key: str) -> list[dict[str, object]]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))[key]
    assert isinstance(entries, list)
    return entries


def test_a_corrected_evidence_number_replaces_the_old_one_in_the_report(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    root = ("--root", str(bundled_copy))
    task = bundled_copy / "tasks" / "T06.yaml"
    assert cli("update", "T06", *DONE, *root).code == 0
    before = task.read_bytes()

    result = cli(
        "update", "T06", "--corrects", "1", "--reason", "Số ghi nhầm",
        "--evidence", "3465/QĐ-UBND", *root,
    )  # fmt: skip

    assert result.code == 0, result.err
    inserted(before, task.read_bytes())  # the old text kept byte for byte
    old, new = _log(task, "updates")[-2:]
    assert old["evidence"]["number"] == "3456/QĐ-UBND"  # type: ignore[index]
    assert new["corrects"] == 1 and new["reason"] == "Số ghi nhầm"
    # Fields not given are the corrected entry's: its day, its status, its evidence date.
    assert new["date"] == old["date"] and new["status"] == "done"
    assert new["evidence"]["date"] == old["evidence"]["date"]  # type: ignore[index]
    assert cli("validate", *root).code == 0
    report = cli("report", "--period", "2017", *root).out
    assert "3465/QĐ-UBND" in report and "3456/QĐ-UBND" not in report
    shown = json.dumps(
        json.loads(cli("show", "T06", *root, "--format", "json").out), ensure_ascii=False
    )
    assert "3456/QĐ-UBND" in shown and "3465/QĐ-UBND" in shown  # the history keeps both


def test_a_corrected_day_changes_the_state_on_that_day(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    root = ("--root", str(bundled_copy))
    assert cli("update", "T06", *DONE, *root).code == 0
    overdue = ("overdue", *root, "--as-of", "2018-01-01", "--format", "json")
    assert "T06" not in [row["id"] for row in json.loads(cli(*overdue).out)]

    result = cli(
        "update", "T06", "--corrects", "1", "--reason", "Ngày ban hành ghi nhầm",
        "--date", "2018-02-01", "--evidence-date", "2018-02-01", *root,
    )  # fmt: skip

    assert result.code == 0, result.err
    assert "T06" in [row["id"] for row in json.loads(cli(*overdue).out)]


def test_a_measurement_correction_keeps_what_no_option_sets(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    root = ("--root", str(bundled_copy))
    target = bundled_copy / "targets" / "M01.yaml"
    result = cli(
        "measure", "M01", "--corrects", "2", "--reason", "Nguồn trích sai",
        "--source", "VCCI, pcivietnam.vn, PCI 2020", *root,
    )  # fmt: skip
    assert result.code == 0, result.err
    old, new = _log(target, "measurements")[1], _log(target, "measurements")[-1]
    assert new["corrects"] == 2 and new["source"] == "VCCI, pcivietnam.vn, PCI 2020"
    assert (new["period"], new["value"], new["rank"]) == (old["period"], old["value"], old["rank"])
    assert new["note"] == old["note"] and new["date"] == old["date"]
    assert cli("validate", *root).code == 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--corrects", "9", "--reason", "x"), "không có mục thứ 9"),
        (("--corrects", "1"), "--reason"),
        (("--reason", "x", "--status", "in_progress"), "--corrects"),
        (("--corrects", "2", "--reason", "x"), "--corrects 1"),  # 2 is itself a correction
    ],
)
def test_a_correction_that_names_nothing_it_can_correct_writes_nothing(
    bundled_copy: Path, cli: Callable[..., Run], args: tuple[str, ...], words: str
) -> None:
    root = ("--root", str(bundled_copy))
    assert cli("update", "T06", *DONE, *root).code == 0
    fix = ("--corrects", "1", "--reason", "Số ghi nhầm", "--evidence", "3465/QĐ-UBND")
    assert cli("update", "T06", *fix, *root).code == 0
    task = bundled_copy / "tasks" / "T06.yaml"
    before = task.read_bytes()

    result = cli("update", "T06", *args, *root)

    assert result.code == 2
    assert words in result.err and len(result.err.strip().splitlines()) == 1
    assert task.read_bytes() == before


def test_a_correction_that_breaks_a_rule_is_refused_as_validate_shows_it(
    bundled_copy: Path, cli: Callable[..., Run]
) -> None:
    root = ("--root", str(bundled_copy))
    assert cli("update", "T06", *DONE, *root).code == 0
    task = bundled_copy / "tasks" / "T06.yaml"
    before = task.read_bytes()

    result = cli(
        "update", "T06", "--corrects", "1", "--reason", "x", "--evidence", "3456-QD", *root
    )

    assert result.code == 1
    assert "[doc-number]" in result.err
    assert task.read_bytes() == before
