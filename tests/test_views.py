"""`cchc.views`: derived state as the query commands' tables, called directly (no CLI)."""

from __future__ import annotations

import datetime as dt

import pytest

from cchc.dataset import Dataset
from cchc.enums import Status, TaskKind
from cchc.loader import load_dataset
from cchc.render import render
from cchc.status import rollup_by_area, target_states, task_states
from cchc.views import (
    due_table,
    filter_states,
    overdue_table,
    rollup_table,
    show_tables,
    targets_table,
)
from conftest import SAMPLE

ON = dt.date(2018, 1, 1)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    result = load_dataset(SAMPLE, today=dt.date(2026, 1, 1))
    assert result.dataset is not None and result.ok
    return result.dataset


def test_overdue_is_most_overdue_first_with_the_plans_words(dataset: Dataset) -> None:
    table = overdue_table(dataset, task_states(dataset, ON), "vi")
    assert [(r["id"], r["days_overdue"]) for r in table.rows] == [("K03", 366), ("K07", 122)]
    assert table.rows[0]["deadline"] == "Năm 2016"
    assert [table.title.text(lang) for lang in ("vi", "en")] == [
        "Nhiệm vụ quá hạn",
        "Overdue tasks",
    ]


def test_due_title_writes_its_days_as_each_language_does(dataset: Dataset) -> None:
    table = due_table(dataset, task_states(dataset, ON), ON, dt.date(2018, 3, 1), "vi")
    assert table.title.text("vi") == "Nhiệm vụ đến hạn từ 01/01/2018 đến 01/03/2018"
    assert table.title.text("en") == "Tasks falling due from 2018-01-01 to 2018-03-01"


def test_progress_labels_its_code_column_in_the_readers_language(dataset: Dataset) -> None:
    """The code column used to say "code" in Vietnamese too."""
    table = rollup_table(rollup_by_area(dataset, task_states(dataset, ON), ON), "area")
    code = table.columns[0]
    assert (code.key, code.heading("vi"), code.heading("en")) == ("code", "Mã", "Code")
    assert render([table], "md", "vi").splitlines()[2].startswith("| Mã | Tên | Tổng số |")


def test_the_rates_note_is_the_one_the_report_uses(dataset: Dataset) -> None:
    table = rollup_table(rollup_by_area(dataset, task_states(dataset, ON), ON), "area")
    assert [note.key for note in table.notes] == ["note.rates"]
    assert "(tổng số − đã hủy)" in table.notes[0].text("vi")


def test_targets_note_that_stretch_targets_are_apart(dataset: Dataset) -> None:
    table = targets_table(target_states(dataset, ON), "en")
    assert [note.key for note in table.notes] == ["table.stretch-note"]
    assert {row["kind"] for row in table.rows} == {"Firm", "Stretch"}


@pytest.mark.parametrize(
    ("record", "titles"),
    [
        ("K04", ["Task K04", "Update history"]),
        ("M01", ["Target M01", "Measurements"]),
        ("snv", ["Agency snv", "Tasks Sở Nội vụ leads", "Tasks Sở Nội vụ supports"]),
        ("I", ["Area I"]),
    ],
)
def test_show_has_a_table_for_each_kind_of_record(
    dataset: Dataset, record: str, titles: list[str]
) -> None:
    tables = show_tables(dataset, record, ON, "en")
    assert tables is not None
    assert [table.title.text("en") for table in tables] == titles


def test_show_of_an_unknown_id_is_none(dataset: Dataset) -> None:
    assert show_tables(dataset, "K99", ON, "vi") is None


def test_filters_take_the_enums_the_command_line_offers(dataset: Dataset) -> None:
    states = task_states(dataset, ON)
    solutions = filter_states(dataset, states, kind=TaskKind.SOLUTION)
    assert {s.id for s in solutions} == {"S1a", "S1b"}
    started = filter_states(dataset, states, status=Status.IN_PROGRESS)
    assert [s.id for s in started] == ["K04"]
    assert {s.id for s in filter_states(dataset, states, agency="cap-huyen")} == {"K06", "K09"}
