"""Task and target state on a date (SPEC §4), on the illustrative sample dataset (every state) and
pinned against the bundled plan as it stands (no progress recorded)."""

from __future__ import annotations

import datetime as dt

import pytest

from cchc.loader import Dataset, load_dataset
from cchc.status import (
    rollup_by_agency,
    rollup_by_area,
    rollup_plan,
    target_state,
    task_state,
    task_states,
)
from conftest import REPO, SAMPLE

D = dt.date


def load(root: object) -> Dataset:
    result = load_dataset(root, today=D(2026, 1, 1))  # type: ignore[arg-type]
    assert result.dataset is not None and result.ok, result.problems
    return result.dataset


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return load(SAMPLE)


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return load(REPO)


def state_of(dataset: Dataset, task_id: str, on: D) -> tuple[str, int | None]:
    s = task_state(dataset.tasks[task_id], dataset, on)
    return s.state, s.days


@pytest.mark.parametrize(
    ("task_id", "on", "expected"),
    [
        ("K01", D(2018, 1, 1), ("done_on_time", None)),
        ("K01", D(2017, 3, 15), ("open", 291)),  # in progress, due at the end of 2017
        ("K02", D(2018, 1, 1), ("done_late", 41)),  # due 2017-06-30, done 2017-08-10
        ("K02", D(2017, 7, 1), ("overdue", 1)),  # the day after the due day
        ("K02", D(2017, 6, 30), ("due_soon", 0)),  # the due day itself is still on time
        ("K03", D(2017, 6, 30), ("overdue", 181)),  # due 2016, before the plan was signed
        ("K04", D(2017, 6, 1), ("done_on_time", None)),
        ("K04", D(2018, 1, 1), ("open", 364)),  # reopened on 2017-07-01
        ("K04", D(2018, 6, 30), ("done_on_time", None)),  # done again on 2018-03-01
        ("K05", D(2018, 1, 1), ("cancelled", None)),
        ("K05", D(2017, 3, 1), ("open", 305)),  # before it was cancelled
        ("K06", D(2020, 6, 30), ("waiting", None)),  # its event never happened
        ("K07", D(2017, 2, 1), ("waiting", None)),  # the event happens on 2017-03-01
        ("K07", D(2017, 8, 15), ("due_soon", 17)),  # 6 months after the event: 2017-09-01
        ("K07", D(2018, 1, 1), ("overdue", 122)),
        ("K08", D(2018, 1, 1), ("triggered", None)),  # event happened, no `within`
        ("K09", D(2018, 1, 1), ("open", 1095)),  # window 2017 – 2020
        ("K09", D(2020, 12, 31), ("due_soon", 0)),
        ("K09", D(2021, 1, 1), ("overdue", 1)),
        ("K10", D(2018, 1, 1), ("due_soon", 14)),  # within the plan's 30-day window
        ("S1a", D(2018, 1, 1), ("open", 1095)),  # ongoing: due at the plan's end
        ("S1b", D(2018, 1, 1), ("open", 364)),  # yearly: 2017 done, 2018 is current
        ("S1b", D(2019, 1, 1), ("overdue", 1)),  # 2018 was never done
    ],
)
def test_task_states_on_a_date(sample: Dataset, task_id: str, on: D, expected: object) -> None:
    assert state_of(sample, task_id, on) == expected


def test_done_task_carries_its_evidence(sample: Dataset) -> None:
    s = task_state(sample.tasks["K01"], sample, D(2018, 1, 1))
    assert s.done_on == D(2017, 6, 15)
    assert s.evidence is not None and s.evidence.number == "100/QĐ-UBND"


def test_due_before_plan_is_flagged(sample: Dataset) -> None:
    assert task_state(sample.tasks["K03"], sample, D(2018, 1, 1)).due_before_plan
    assert not task_state(sample.tasks["K01"], sample, D(2018, 1, 1)).due_before_plan


def test_rollups_by_area_agency_and_plan(sample: Dataset) -> None:
    on = D(2018, 1, 1)
    states = task_states(sample, on)
    by_area = {r.key: r for r in rollup_by_area(sample, states, on)}
    area_i = by_area["I"]
    assert (area_i.total, area_i.done, area_i.due_so_far, area_i.done_on_time_due) == (7, 2, 3, 1)
    assert area_i.completion_rate == pytest.approx(2 / 7)
    assert area_i.on_time_rate == pytest.approx(1 / 3)
    area_ii = by_area["II"]
    assert (area_ii.total, area_ii.cancelled, area_ii.counts["waiting"]) == (6, 1, 1)
    assert area_ii.completion_rate == 0.0  # done ÷ (6 − 1 cancelled)

    by_agency = {r.key: r for r in rollup_by_agency(sample, states, on)}
    # A closed group counts for each member; an open one stands for itself; two leads count twice.
    assert by_agency["huyen-a"].total == 2  # K06 and K09 through cap-huyen
    assert "cap-huyen" not in by_agency
    assert by_agency["cac-so"].total == 2  # K06 and S1a
    assert by_agency["stc"].total == 3  # K08, K10 (with snv), K11
    assert (
        [r.key for r in rollup_by_agency(sample, states, on)]
        == [
            "cac-so",
            "snv",
            "stc",
            "stp",
            "huyen-a",
            "huyen-b",
        ]
    )  # Vietnamese order of names: Các sở, Sở Nội vụ, Sở Tài chính, Sở Tư pháp, UBND huyện An, …Đông

    plan = rollup_plan(sample, states, on)
    assert plan.total == 13
    assert plan.counts["overdue"] == 2


@pytest.mark.parametrize(
    ("target_id", "on", "expected"),
    [
        ("M01", D(2019, 1, 1), "not_met"),  # 2017 met, 2018 missed
        ("M01", D(2018, 1, 1), "met"),  # only 2017 is known
        ("M02", D(2019, 1, 1), "not_yet_met"),
        ("M02", D(2021, 1, 1), "not_met"),
        ("M02", D(2017, 6, 30), "no_data"),
        ("M03", D(2018, 6, 30), "on_track"),  # 4% by end of 2017, the line asks 3.3%
        ("M03", D(2019, 1, 1), "at_risk"),  # 2.5% by end of 2018, the line asks 5%
        ("M04", D(2019, 1, 1), "not_met"),  # stretch: reported, never a failure of the plan
        ("M05", D(2019, 1, 1), "no_data"),
        ("M06", D(2019, 1, 1), "met"),
    ],
)
def test_target_states(sample: Dataset, target_id: str, on: D, expected: str) -> None:
    assert target_state(sample.targets[target_id], sample, on).state == expected


def test_recurring_target_is_assessed_year_by_year(sample: Dataset) -> None:
    s = target_state(sample.targets["M01"], sample, D(2020, 6, 1))
    assert [(str(a.period), a.state, a.value) for a in s.years] == [
        ("2017", "met", "Tốt"),
        ("2018", "not_met", "Khá"),
        ("2019", "no_data", None),  # over, and nothing was measured; 2020 is not over yet
    ]


def test_baseline_target_derives_the_reduction(sample: Dataset) -> None:
    s = target_state(sample.targets["M03"], sample, D(2019, 1, 1))
    assert s.value == pytest.approx(2.5)  # (1000 − 975) ÷ 1000
    assert s.expected == pytest.approx(10 * 1096 / 2192)


# ------------------------------------------------------------------ the bundled plan, as it stands


def overdue_ids(dataset: Dataset, on: D) -> set[str]:
    return {s.task.id for s in task_states(dataset, on) if s.state == "overdue"}


def test_bundled_overdue_mid_2017_is_the_task_due_in_2016(bundled: Dataset) -> None:
    assert overdue_ids(bundled, D(2017, 6, 30)) == {"T13"}


def test_bundled_overdue_at_start_of_2018(bundled: Dataset) -> None:
    key_2016_2017 = {
        t.id
        for t in bundled.tasks.values()
        if t.kind == "key" and t.deadline_text in ("Năm 2016", "Năm 2017")
    }
    assert len(key_2016_2017) == 18  # STT 1–7, 11–13, 15–18, 20–23
    # II.7.c "vào năm 2017" and II.1.c's yearly survey (its 2017 round).
    assert overdue_ids(bundled, D(2018, 1, 1)) == key_2016_2017 | {"S7c", "S1c"}


@pytest.mark.parametrize("on", [D(2017, 6, 30), D(2018, 1, 1), D(2020, 12, 31), D(2025, 1, 1)])
def test_bundled_event_bound_tasks_wait(bundled: Dataset, on: D) -> None:
    for task_id in ("T09", "T14", "T19"):
        assert state_of(bundled, task_id, on)[0] == "waiting"


def test_bundled_2017_2020_window_tasks_are_open_until_2021(bundled: Dataset) -> None:
    window = [t.id for t in bundled.tasks.values() if t.deadline_text == "Giai đoạn 2017 - 2020"]
    assert sorted(window) == ["T08", "T10"]
    for task_id in window:
        assert state_of(bundled, task_id, D(2018, 1, 1))[0] == "open"
        assert state_of(bundled, task_id, D(2020, 12, 31))[0] in ("open", "due_soon")
        assert state_of(bundled, task_id, D(2021, 1, 1)) == ("overdue", 1)


def test_scale_cut_offs_place_a_published_number() -> None:
    from cchc.model import Level, Scale

    bands = Scale(
        id="par",
        name="PAR Index",
        levels=[
            Level(label="Tốt", min=80),
            Level(label="Khá", min=65),
            Level(label="Trung bình", min=50),
            Level(label="Yếu"),
        ],
    )
    assert [bands.level_for(v) for v in (85.2, 80, 70.1, 50, 12)] == [
        "Tốt",
        "Tốt",
        "Khá",
        "Trung bình",
        "Yếu",
    ]
    unknown = Scale(id="par", name="PAR", levels=[Level(label="Tốt"), Level(label="Chưa đạt")])
    assert unknown.level_for(90) is None  # the plan gives no cut-off: never guessed
    assert Scale(id="pci", name="PCI", levels=["Tốt", "Khá"]).level_for(90) is None


def test_a_yearly_task_shows_the_current_years_own_status(sample: Dataset) -> None:
    """S1b closed 2017 with `done`; on 2018-01-01 the 2018 occurrence is open and nothing has been
    recorded for it, so the task is not "Hoàn thành" (issue #11)."""
    for day in (D(2017, 12, 31), D(2018, 1, 1)):
        s = task_state(sample.tasks["S1b"], sample, day)
        assert (s.state, s.status.value, s.note) == ("open", "not_started", None), day
        assert s.occurrence is not None and s.occurrence.start.year == 2018
    during = task_state(sample.tasks["S1b"], sample, D(2017, 12, 19))
    assert (during.state, during.status.value) == ("due_soon", "not_started")


def test_a_reopened_year_is_open_again() -> None:
    from cchc.model import Recurrence, Status, Task, Update
    from cchc.status import occurrence_update, yearly_updates

    evidence = {"number": "1/BC-SNV", "date": D(2017, 12, 1)}
    task = Task.model_validate(
        {
            "id": "Y",
            "kind": "solution",
            "area": "I",
            "title": "Hàng năm",
            "lead": ["snv"],
            "source": "II.1.c",
            "deadline": {"every": "year", "from": 2017, "to": 2018},
            "updates": [
                {"date": D(2017, 12, 1), "status": "done", "period": 2017, "evidence": evidence},
                {"date": D(2017, 12, 5), "status": "in_progress", "period": 2017, "note": "Sửa"},
                {"date": D(2018, 2, 1), "status": "in_progress", "note": "Khảo sát năm 2018"},
            ],
        }
    )
    assert isinstance(task.deadline, Recurrence)
    decided = yearly_updates(task.updates)
    assert decided[2017].status is Status.IN_PROGRESS  # the reopening decides 2017
    own = occurrence_update(task.updates, 2018, D(2017, 12, 1))
    assert isinstance(own, Update) and own.note == "Khảo sát năm 2018"
