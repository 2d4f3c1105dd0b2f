"""Roll-ups of task states by area, by lead agency and for the whole plan (SPEC §4).

`due_so_far` (the on-time rate's denominator) counts tasks, not cancelled, whose due date is on or
before D; the numerator counts those of them done on time. Tasks done early but not yet due count
for completion, not for the on-time rate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from cchc.dataset import Dataset
from cchc.status.agencies import lead_agencies
from cchc.status.tasks import TASK_STATES, TaskState


class Rollup(NamedTuple):
    key: str
    name: str
    counts: Mapping[str, int]
    total: int
    done: int
    cancelled: int
    due_so_far: int
    done_on_time_due: int

    @property
    def completion_rate(self) -> float | None:
        """Done ÷ not cancelled."""
        active = self.total - self.cancelled
        return self.done / active if active else None

    @property
    def on_time_rate(self) -> float | None:
        """Done on time ÷ due so far."""
        return self.done_on_time_due / self.due_so_far if self.due_so_far else None


def rollup(key: str, name: str, states: Iterable[TaskState], on: dt.date) -> Rollup:
    counts = dict.fromkeys(TASK_STATES, 0)
    total = due_so_far = on_time_due = 0
    for state in states:
        total += 1
        counts[state.state] += 1
        if state.state != "cancelled" and state.due.due is not None and state.due.due <= on:
            due_so_far += 1
            if state.state == "done_on_time":
                on_time_due += 1
    done = counts["done_on_time"] + counts["done_late"]
    return Rollup(key, name, counts, total, done, counts["cancelled"], due_so_far, on_time_due)


def rollup_by_area(dataset: Dataset, states: Sequence[TaskState], on: dt.date) -> list[Rollup]:
    by_area: dict[str, list[TaskState]] = {area: [] for area in dataset.areas}
    for state in states:
        by_area.setdefault(state.task.area, []).append(state)
    return [
        rollup(area, dataset.areas[area].title if area in dataset.areas else area, group, on)
        for area, group in by_area.items()
    ]


def rollup_by_agency(dataset: Dataset, states: Sequence[TaskState], on: dt.date) -> list[Rollup]:
    """A task with two leads counts for both; only agencies that lead something appear."""
    by_agency: dict[str, list[TaskState]] = {}
    for state in states:
        for agency in lead_agencies(dataset, state.task):
            by_agency.setdefault(agency, []).append(state)
    from cchc.collate import vi_key

    ordered = sorted(by_agency, key=lambda a: vi_key(dataset.agency_name(a)))
    return [rollup(a, dataset.agency_name(a), by_agency[a], on) for a in ordered]


def rollup_plan(dataset: Dataset, states: Sequence[TaskState], on: dt.date) -> Rollup:
    return rollup("plan", dataset.plan.title, states, on)
