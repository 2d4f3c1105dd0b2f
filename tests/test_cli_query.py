"""`cchc.cli.query`: the query commands end to end through the CLI (overdue, due, progress,
targets, show, export)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE, Run

ROOT = ("--root", str(SAMPLE))


def rows(result: Run) -> list[dict[str, object]]:
    assert result.code in (0, 1), result.err
    data = json.loads(result.out)
    assert isinstance(data, list)
    return data


def test_overdue_most_overdue_first(cli: Callable[..., Run]) -> None:
    result = cli("overdue", *ROOT, "--as-of", "2018-01-01", "--format", "json")
    assert [(r["id"], r["days_overdue"], r["deadline"]) for r in rows(result)] == [
        ("K03", 366, "Năm 2016"),
        ("K07", 122, "Sau khi có Hướng dẫn của Trung ương"),
    ]
    assert rows(result)[0]["lead"] == ["Sở Nội vụ"]
    assert rows(result)[0]["due"] == "2016-12-31"


def test_overdue_fail_on_any(cli: Callable[..., Run]) -> None:
    assert cli("overdue", *ROOT, "--as-of", "2018-01-01", "--fail-on-any").code == 1
    empty = cli("overdue", *ROOT, "--as-of", "2016-06-01", "--fail-on-any", "--format", "json")
    assert empty.code == 0
    assert json.loads(empty.out) == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), ["K03", "K07", "K10", "K11", "S1b", "K09", "S1a"]),
        (("--agency", "stc"), ["K10", "K11"]),
        (("--agency", "snv"), ["K03", "K07", "K10", "S1b"]),
        (("--agency", "huyen-a"), ["K09"]),  # led by the closed group cap-huyen
        (("--agency", "cap-huyen"), ["K09"]),  # a group selects its members' tasks
        (("--area", "II"), ["K07", "K11"]),
        (("--kind", "solution"), ["S1b", "S1a"]),
    ],
)
def test_overdue_filters(
    cli: Callable[..., Run], args: tuple[str, ...], expected: list[str]
) -> None:
    result = cli("overdue", *ROOT, "--as-of", "2021-01-05", "--format", "json", *args)
    assert [r["id"] for r in rows(result)] == expected


@pytest.mark.parametrize("command", ["overdue", "due"])
def test_status_filters_by_the_status_recorded_in_the_log(
    cli: Callable[..., Run], command: str, sample: Path
) -> None:
    """`--status` narrows to the tasks whose latest update (as of the day) records that status,
    in `overdue` as in `due` (overdue used to accept it and ignore it)."""
    with (sample / "tasks" / "K03.yaml").open("a", encoding="utf-8") as handle:
        handle.write("updates:\n  - date: 2017-03-01\n    status: in_progress\n")
    day = {"overdue": ("--as-of", "2021-01-05"), "due": ("--as-of", "2018-01-01", "--within", "1y")}
    args = (command, "--root", str(sample), "--format", "json", *day[command])
    every = [r["id"] for r in rows(cli(*args))]
    by_status = {
        status: [r["id"] for r in rows(cli(*args, "--status", status))]
        for status in ("not_started", "in_progress", "done", "cancelled")
    }
    assert len([ids for ids in by_status.values() if ids]) >= 2  # the filter has work to do
    found = sorted(task for ids in by_status.values() for task in ids)
    assert found == sorted(every)  # each task in exactly one


def test_unknown_filter_is_a_usage_error(cli: Callable[..., Run]) -> None:
    result = cli("overdue", *ROOT, "--agency", "so-nv")
    assert result.code == 2
    assert result.err == (
        "cchc: --agency: không có cơ quan hoặc nhóm 'so-nv' (có phải 'snv'?); xem "
        "plan/agencies.yaml\n"
    )


def test_due_within_window_soonest_first(cli: Callable[..., Run]) -> None:
    result = cli("due", *ROOT, "--as-of", "2017-12-20", "--within", "8w", "--format", "json")
    assert [(r["id"], r["days_left"]) for r in rows(result)] == [("K10", 26)]
    wider = cli("due", *ROOT, "--as-of", "2017-12-20", "--within", "7m", "--format", "json")
    assert [r["id"] for r in rows(wider)] == ["K10", "K11"]


def test_due_includes_tasks_whose_event_fired(cli: Callable[..., Run]) -> None:
    result = cli("due", *ROOT, "--as-of", "2017-03-02", "--within", "6m", "--format", "json")
    assert "K07" in [r["id"] for r in rows(result)]


def test_progress_by_area_json(cli: Callable[..., Run]) -> None:
    result = cli("progress", *ROOT, "--as-of", "2018-01-01", "--format", "json")
    first = rows(result)[0]
    assert first["code"] == "I"
    assert first["total"] == 7
    assert first["completion_rate"] == pytest.approx(0.2857)
    assert first["on_time_rate"] == pytest.approx(0.3333)


def test_progress_table_has_bars(cli: Callable[..., Run]) -> None:
    result = cli("progress", *ROOT, "--as-of", "2018-01-01", "--by", "plan")
    assert result.code == 0
    assert "█" in result.out
    assert "\x1b[" not in result.out  # NO_COLOR: no escape codes


def test_targets_stretch_filter_and_series(cli: Callable[..., Run]) -> None:
    result = cli("targets", *ROOT, "--as-of", "2019-01-01", "--format", "json", "--no-stretch")
    by_id = {r["id"]: r for r in rows(result)}
    assert "M04" not in by_id
    assert by_id["M01"]["state_key"] == "not_met"
    assert by_id["M01"]["years"] == "2017: Đạt (Tốt); 2018: Không đạt (Khá)"
    stretch = cli("targets", *ROOT, "--as-of", "2019-01-01", "--format", "json", "--stretch")
    assert [r["id"] for r in rows(stretch)] == ["M04"]


def test_show_task_and_unknown_id(cli: Callable[..., Run]) -> None:
    result = cli("show", "K04", *ROOT, "--as-of", "2018-01-01")
    assert result.code == 0
    assert "Mở lại để sửa đổi theo luật mới." in result.out
    assert "301/QĐ-UBND" in result.out
    missing = cli("show", "K99", *ROOT)
    assert missing.code == 2
    assert "K99" in missing.err


def test_export_csv_with_bom_has_stable_columns(cli: Callable[..., Run]) -> None:
    result = cli("export", *ROOT, "--as-of", "2018-01-01", "--format", "csv", "--bom")
    assert result.out.startswith("\ufeff")
    reader = csv.reader(io.StringIO(result.out.lstrip("\ufeff")))
    header = next(reader)
    assert header[:5] == ["id", "kind", "area", "title", "lead"]
    assert "state_key" in header


COMMANDS = [
    ("overdue",),
    ("due", "--within", "1y"),
    ("progress", "--by", "agency"),
    ("progress", "--by", "area"),
    ("targets",),
    ("show", "M01"),
]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "md"])
def test_same_files_and_as_of_give_identical_output(
    cli: Callable[..., Run], command: tuple[str, ...], fmt: str
) -> None:
    args = (*command, *ROOT, "--as-of", "2018-06-30", "--format", fmt)
    first, second = cli(*args), cli(*args)
    assert first.code == 0, first.err
    assert first.out == second.out
    assert first.out


def test_output_does_not_depend_on_hash_seed() -> None:
    """Set and dict order must never leak: two processes with different hash seeds agree."""
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1", "COLUMNS": "120"}
        done = subprocess.run(
            [sys.executable, "-m", "cchc", "export", "--root", str(REPO), "--as-of", "2019-01-01"],
            capture_output=True,
            env=env,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0]


def test_english_labels(cli: Callable[..., Run]) -> None:
    result = cli("overdue", *ROOT, "--as-of", "2018-01-01", "--lang", "en")
    assert "Overdue tasks" in result.out
    assert "Quá hạn" not in result.out


def test_export_csv_is_one_sheet_and_targets_keep_numbers(cli: Callable[..., Run]) -> None:
    tasks = cli("export", *ROOT, "--as-of", "2019-01-01", "--format", "csv")
    assert "\r\n\r\n" not in tasks.out  # one table, no second section
    targets = cli(
        "export", *ROOT, "--as-of", "2019-01-01", "--format", "csv", "--records", "targets"
    )
    by_id = {row["id"]: row for row in csv.DictReader(io.StringIO(targets.out))}
    assert by_id["M02"]["value"] == "75.5"
    assert by_id["M03"]["value"] == "2.5"  # the derived reduction, not the headcount
    assert by_id["M01"]["value"] == "Khá"
    every = json.loads(cli("export", *ROOT, "--as-of", "2019-01-01").out)
    assert sorted(every) == ["agencies", "measurements", "targets", "tasks"]
