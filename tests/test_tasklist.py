"""`cchc.tasklist` and `cchc.lookup`: the task list of `cchc list` / `cchc show AGENCY`, and ids
typed on the command line, called directly (no CLI)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.cli.tasklist import State
from cchc.dataset import Dataset
from cchc.enums import Status, TaskKind
from cchc.errors import UserError
from cchc.loader import load_dataset
from cchc.lookup import resolve_agency, resolve_area, resolve_record
from cchc.render import render
from cchc.render.layout import cell_len
from cchc.render.tables import clip
from cchc.status import TASK_STATES
from cchc.tasklist import NOTE_CELLS, ListFilter, agency_tables, list_states, list_table
from conftest import SAMPLE

ON = dt.date(2018, 1, 1)
NOTE = "Mở lại để sửa đổi theo luật mới."


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    result = load_dataset(SAMPLE, today=dt.date(2026, 1, 1))
    assert result.dataset is not None and result.ok
    return result.dataset


def _ids(dataset: Dataset, chosen: ListFilter | None = None, on: dt.date = ON) -> list[str]:
    return [s.id for s in list_states(dataset, on, chosen)]


def test_every_task_in_natural_id_order(dataset: Dataset) -> None:
    ids = _ids(dataset)
    assert len(ids) == len(dataset.tasks)
    assert ids[-4:] == ["K10", "K11", "S1a", "S1b"]  # K10 after K09, not after K01


def test_agency_selects_what_it_leads_and_a_group_its_members(dataset: Dataset) -> None:
    assert _ids(dataset, ListFilter(agency="cap-huyen")) == ["K06", "K09"]
    # A member of a closed group leads what the group leads.
    assert _ids(dataset, ListFilter(agency="huyen-a")) == ["K06", "K09"]
    assert _ids(dataset, ListFilter(agency="snv")) == ["K01", "K02", "K03", "K07", "K10", "S1b"]


def test_role_chooses_lead_support_or_either(dataset: Dataset) -> None:
    assert _ids(dataset, ListFilter(agency="snv", role="support")) == ["K09"]
    assert "K09" in _ids(dataset, ListFilter(agency="snv", role="any"))
    assert _ids(dataset, ListFilter(agency="stc", role="support")) == []


def test_area_kind_status_and_state_filters(dataset: Dataset) -> None:
    assert _ids(dataset, ListFilter(kind=TaskKind.SOLUTION)) == ["S1a", "S1b"]
    assert _ids(dataset, ListFilter(status=Status.IN_PROGRESS)) == ["K04"]
    assert _ids(dataset, ListFilter(state="overdue")) == ["K03", "K07"]
    assert set(_ids(dataset, ListFilter(area="II"))) == {
        k for k, task in dataset.tasks.items() if task.area == "II"
    }
    assert _ids(dataset, ListFilter(agency="snv", state="overdue")) == ["K03", "K07"]


def test_state_and_latest_note_are_those_of_the_day(dataset: Dataset) -> None:
    """K04 is reopened with a note in 2017 and done again, without a note, in March 2018."""
    before = {r["id"]: r for r in list_table(dataset, list_states(dataset, ON), ON, "en").rows}
    assert (before["K04"]["state_key"], before["K04"]["status"]) == ("open", "in_progress")
    assert (before["K04"]["note"], before["K04"]["updated"]) == (NOTE, dt.date(2017, 7, 1))
    later = dt.date(2018, 6, 1)
    after = {r["id"]: r for r in list_table(dataset, list_states(dataset, later), later, "en").rows}
    assert (after["K04"]["state_key"], after["K04"]["status"]) == ("done_on_time", "done")
    assert after["K04"]["note"] is None  # the old note no longer says where the task stands
    early = dt.date(2017, 6, 1)
    assert list_table(dataset, list_states(dataset, early), early, "en").rows[3]["note"] is None


def test_people_read_names_and_days_scripts_read_ids_and_codes(dataset: Dataset) -> None:
    table = list_table(dataset, list_states(dataset, ON, ListFilter(agency="snv")), ON, "en")
    text = render([table], "table", "en", width=200, color=False)
    assert "Sở Nội vụ" in text and "Overdue (366 days)" in text
    assert "state_key" not in text and "not_started" not in text
    rows = json.loads(render([table], "json", "en"))
    k03 = next(r for r in rows if r["id"] == "K03")
    assert k03["lead"] == ["snv"]
    assert (k03["state"], k03["state_key"], k03["days"]) == ("Overdue", "overdue", 366)
    assert render([table], "csv", "en").splitlines()[0] == (
        "id,kind,area,title,lead,deadline,due,state_key,state,status,days,updated,note"
    )
    assert "| Sở Nội vụ |" in render([table], "md", "en")


def test_days_left_only_when_due_soon(dataset: Dataset) -> None:
    table = list_table(dataset, list_states(dataset, ON), ON, "vi")
    by_id = {r["id"]: r["state_days"] for r in table.rows}
    assert by_id["K10"] == "Sắp đến hạn (14 ngày nữa)"
    assert by_id["K11"] == "Chưa đến hạn"  # days left of a task not yet due are noise


def _with_note(tmp_path: Path, note: str) -> Dataset:
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE, root)
    path = root / "tasks" / "K04.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(NOTE, json.dumps(note)), encoding="utf-8"
    )
    result = load_dataset(root, today=dt.date(2026, 1, 1))
    assert result.dataset is not None and result.ok, result.problems
    return result.dataset


def test_a_long_note_is_clipped_in_the_terminal_and_whole_elsewhere(tmp_path: Path) -> None:
    note = "Đã trình UBND tỉnh. " * 250  # 5,000 characters
    dataset = _with_note(tmp_path, note.strip())
    table = list_table(dataset, list_states(dataset, ON, ListFilter(agency="stp")), ON, "vi")
    text = render([table], "table", "vi", width=100, color=False)
    assert len(text.splitlines()) < 12
    assert "…" in text and note.strip() not in text
    assert json.loads(render([table], "json", "vi"))[0]["note"] == note.strip()
    assert note.strip() in render([table], "csv", "vi")


def test_clip_cuts_to_one_line_at_a_word() -> None:
    assert clip("ngắn", 10) == "ngắn"
    assert clip("một\nhai  ba", 20) == "một hai ba"
    assert clip("Đã trình UBND tỉnh xem xét", 16) == "Đã trình UBND…"
    assert clip("x" * 30, 10) == "x" * 9 + "…"
    assert len(clip("a " * 100, NOTE_CELLS)) <= NOTE_CELLS
    assert clip("文件 " * 10, 9) == "文件 文…"  # two cells a character: 7 cells and the '…'


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aĐế文件 \n", max_size=40), st.integers(min_value=0, max_value=30))
def test_a_clipped_cell_fits_and_keeps_as_much_as_fits(text: str, cells: int) -> None:
    clipped = clip(text, cells)
    line = " ".join(text.split())
    if cell_len(line) <= cells:
        assert clipped == line
        return
    assert clipped.endswith("…") and cell_len(clipped) <= max(cells, 1)
    kept = clipped[:-1]
    assert line.startswith(kept)
    head = line[: max(cells - 1, 0)]
    if cell_len(line) == len(line) and head.rfind(" ") < cells * 2 // 3:
        assert kept == head.rstrip()  # no word end to go back to: every cell but the '…' is used


def test_show_agency_lists_led_tasks_and_apart_supported_ones(dataset: Dataset) -> None:
    led, supported = agency_tables(dataset, "snv", ON, "en")
    assert [r["id"] for r in led.rows] == ["K01", "K02", "K03", "K07", "K10", "S1b"]
    assert [r["id"] for r in supported.rows] == ["K09"]
    assert (led.title.text("en"), supported.title.text("vi")) == (
        "Tasks Sở Nội vụ leads",
        "Nhiệm vụ Sở Nội vụ phối hợp",
    )


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("STP", "stp"), ("Sở Tư pháp", "stp"), ("SO TU PHAP", "stp"), ("Cap Huyen", "cap-huyen")],
)
def test_agency_as_people_type_it(dataset: Dataset, typed: str, meant: str) -> None:
    assert resolve_agency(dataset, typed) == meant


def test_unknown_agency_suggests_the_closest(dataset: Dataset) -> None:
    with pytest.raises(UserError) as raised:
        resolve_agency(dataset, "sotp")
    assert "(did you mean 'stp'?)" in raised.value.text("en")
    with pytest.raises(UserError) as raised:
        resolve_agency(dataset, "nobody")
    assert "did you mean" not in raised.value.text("en")


def test_area_and_record_ids_fold_case(dataset: Dataset) -> None:
    assert resolve_area(dataset, "ii") == "II"
    assert [resolve_record(dataset, word) for word in ("k04", "m01", "SNV", "i")] == [
        "K04",
        "M01",
        "snv",
        "I",
    ]
    with pytest.raises(UserError) as raised:
        resolve_record(dataset, "K4")
    assert "did you mean" in raised.value.text("en") and "'K04'" in raised.value.text("en")


def test_the_state_choices_are_the_derived_states() -> None:
    assert tuple(state.value for state in State) == TASK_STATES
