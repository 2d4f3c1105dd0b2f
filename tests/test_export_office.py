"""`cchc export` for offices (issue #14) and spreadsheet formula injection (issue #16, defect 4):
the .xlsx workbook read back with openpyxl (a sheet per record kind, headers, types, a frozen and
filtered header row, a `=cmd` title stored as text), the same bytes for the same data, and every
CSV output writing a cell a spreadsheet would run as a formula with a leading apostrophe."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from cchc.i18n import msg
from cchc.render.tables import Column, Table, render
from cchc.render.workbook import workbook_bytes
from conftest import REPO, SAMPLE, Run

# The variants of a formula a spreadsheet would run (OWASP), and a plan text's usual "- " start.
HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(1)", "\t=1", "\r=1", "- Báo cáo"]


def _table(values: list[str]) -> Table:
    return Table(
        title=msg("table.task-export"),
        columns=(Column("title"), Column("lead", "list"), Column("days", "int")),
        rows=tuple({"title": v, "lead": [v], "days": -2} for v in values),
        key="tasks",
    )


def _csv_rows(text: str) -> list[list[str]]:
    import csv

    return list(csv.reader(io.StringIO(text, newline="")))


def test_csv_cells_that_would_run_as_formulas_get_an_apostrophe() -> None:
    rows = _csv_rows(render([_table(HOSTILE)], "csv"))
    assert rows[0] == ["title", "lead", "days"]
    for value, row in zip(HOSTILE, rows[1:], strict=True):
        assert row == ["'" + value, "'" + value, "-2"], row  # the number stays a number


def test_csv_leaves_ordinary_text_and_numbers_alone() -> None:
    table = Table(
        title=msg("table.task-export"),
        columns=(Column("title"), Column("days", "int"), Column("ratio", "percent")),
        rows=({"title": "Quy định = trách nhiệm", "days": -15, "ratio": -0.25},),
    )
    assert _csv_rows(render([table], "csv"))[1] == ["Quy định = trách nhiệm", "-15", "-0.25"]


def test_json_and_markdown_keep_the_text_as_it_is() -> None:
    assert '"title": "=cmd|\' /C calc\'!A0"' in render([_table(HOSTILE[:1])], "json")
    assert "'=cmd" not in render([_table(HOSTILE[:1])], "md")


def _hostile_dataset(tmp_path: Path) -> Path:
    root = tmp_path / "ds"
    shutil.copytree(SAMPLE, root)
    task = root / "tasks" / "K01.yaml"
    text = task.read_text(encoding="utf-8")
    text = text.replace(
        "title: Quy định trách nhiệm người đứng đầu", "title: \"=cmd|' /C calc'!A0\""
    )
    text = text.replace("product: Quyết định UBND tỉnh", 'product: "+1+1"')
    text = text.replace("source: Phụ lục, STT 1", 'source: "@SUM(1)"')
    task.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--format", "csv"),
        ("export", "--format", "csv", "--records", "tasks", "--bom"),
        ("overdue", "--format", "csv", "--as-of", "2021-01-05"),
        ("due", "--format", "csv", "--as-of", "2016-06-01", "--within", "3000d"),
        ("show", "K01", "--format", "csv"),
    ],
)
def test_every_csv_output_of_the_cli_is_safe(
    cli: Callable[..., Run], tmp_path: Path, args: tuple[str, ...]
) -> None:
    root = _hostile_dataset(tmp_path)
    assert cli("validate", "--root", str(root), "--as-of", "2021-01-05").code == 0
    if args[0] == "overdue":  # K01 is done: make it late to show in the overdue list
        task = root / "tasks" / "K01.yaml"
        task.write_text(task.read_text(encoding="utf-8").split("updates:")[0], encoding="utf-8")
    result = cli(*args, "--root", str(root))
    assert result.code == 0, result
    cells = [c for row in _csv_rows(result.out.lstrip("\ufeff")) for c in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not [c for c in cells if c.startswith(("=", "+", "@"))]


def test_csv_export_of_all_records_is_refused_with_a_hint(cli: Callable[..., Run]) -> None:
    result = cli("export", "--root", str(SAMPLE), "--format", "csv", "--records", "all")
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and "--format xlsx" in result.err


# -------------------------------------------------------------------------------- the workbook


def _workbook(cli: Callable[..., Run], root: Path, tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "cchc.xlsx"
    result = cli("export", "--root", str(root), "--format", "xlsx", "-o", str(out), *args)
    assert (result.code, result.out, result.err) == (0, "", "")
    return out


def test_the_workbook_has_a_sheet_per_record_kind_with_typed_cells(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    out = _workbook(cli, SAMPLE, tmp_path, "--as-of", "2021-01-05")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Nhiệm vụ", "Chỉ tiêu", "Số liệu", "Cơ quan"]
    tasks = book["Nhiệm vụ"]
    header = [c.value for c in tasks[1]]
    assert header[:4] == ["Mã", "Loại", "Lĩnh vực", "Nhiệm vụ"]
    assert tasks.freeze_panes == "A2"
    assert tasks.auto_filter.ref == f"A1:P{tasks.max_row}"
    assert all(c.font.bold for c in tasks[1])
    column = {name: index for index, name in enumerate(header)}
    k01 = next(row for row in tasks.iter_rows(min_row=2) if row[0].value == "K01")
    due, done_on = k01[column["Hạn"]], k01[column["Ngày hoàn thành"]]
    assert isinstance(due.value, dt.datetime) and due.value.date() == dt.date(2017, 12, 31)
    assert due.number_format == "dd/mm/yyyy"
    assert done_on.value.date() == dt.date(2017, 6, 15)
    title = tasks.cell(row=k01[0].row, column=column["Nhiệm vụ"] + 1)
    assert title.data_type == "s" and title.value == "Quy định trách nhiệm người đứng đầu"
    width = tasks.column_dimensions["D"].width
    assert 30 <= width <= 62  # the title column fits its text, within bounds

    targets = book["Chỉ tiêu"]
    head = [c.value for c in targets[1]]
    m02 = next(row for row in targets.iter_rows(min_row=2) if row[0].value == "M02")
    goal = m02[head.index("Giá trị mục tiêu")]
    assert goal.value == pytest.approx(0.8) and goal.number_format == "0.0%"  # 80 % as a percent
    latest = m02[head.index("Giá trị")]
    assert latest.value == pytest.approx(0.755) and latest.data_type == "n"

    measurements = book["Số liệu"]
    assert [c.value for c in measurements[1]][:3] == ["Chỉ tiêu", "Kỳ", "Giá trị"]
    assert measurements.max_row - 1 == sum(len(t.measurements) for t in _sample_targets().values())
    agencies = book["Cơ quan"]
    snv = next(row for row in agencies.iter_rows(min_row=2) if row[0].value == "snv")
    leads = snv[[c.value for c in agencies[1]].index("Chủ trì các nhiệm vụ")]
    assert isinstance(leads.value, int) and leads.value > 0


def _sample_targets() -> dict[str, object]:
    from cchc.loader import load_dataset

    result = load_dataset(SAMPLE, today=dt.date(2100, 1, 1))
    assert result.dataset is not None
    return dict(result.dataset.targets)


def test_a_formula_in_the_data_is_stored_as_text(cli: Callable[..., Run], tmp_path: Path) -> None:
    root = _hostile_dataset(tmp_path)
    out = _workbook(cli, root, tmp_path, "--lang", "en")
    book = openpyxl.load_workbook(out)
    tasks = book["Tasks"]
    k01 = next(row for row in tasks.iter_rows(min_row=2) if row[0].value == "K01")
    texts = {c.value: c for c in k01 if isinstance(c.value, str)}
    for value in ("=cmd|' /C calc'!A0", "+1+1", "@SUM(1)"):
        cell = texts[value]
        assert cell.data_type == "s" and cell.quotePrefix, value
    book_formulas = openpyxl.load_workbook(out, data_only=False)
    assert not [
        c.coordinate
        for sheet in book_formulas
        for row in sheet.iter_rows()
        for c in row
        if c.data_type == "f"
    ]


def test_hostile_text_in_a_workbook_is_a_string_and_a_number_is_a_number() -> None:
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes([_table(HOSTILE)], "vi")))
    sheet = book.active
    assert sheet is not None
    for value, row in zip(HOSTILE, sheet.iter_rows(min_row=2), strict=True):
        title, lead, days = row
        assert (title.value, title.data_type) == (value, "s")
        assert (lead.value, lead.data_type) == (value, "s")
        assert (days.value, days.data_type) == (-2, "n")


def test_the_same_data_gives_the_same_workbook(cli: Callable[..., Run], tmp_path: Path) -> None:
    first = _workbook(cli, REPO, tmp_path, "--as-of", "2018-01-01").read_bytes()
    second = _workbook(cli, REPO, tmp_path, "--as-of", "2018-01-01").read_bytes()
    assert first == second
    piped = subprocess.run(
        [
            sys.executable,
            "-m",
            "cchc",
            "export",
            "--root",
            str(REPO),
            "--format",
            "xlsx",
            "--as-of",
            "2018-01-01",
        ],
        capture_output=True,
        check=False,
    )
    assert piped.returncode == 0 and piped.stdout == first


def test_export_writes_csv_and_json_to_a_file_too(cli: Callable[..., Run], tmp_path: Path) -> None:
    for fmt in ("csv", "json"):
        out = tmp_path / f"x.{fmt}"
        result = cli("export", "--root", str(SAMPLE), "--format", fmt, "-o", str(out))
        assert (result.code, result.out) == (0, "")
        shown = cli("export", "--root", str(SAMPLE), "--format", fmt)
        assert out.read_bytes().decode("utf-8") == shown.out
