"""A task's state on a date (SPEC §4): its log as it stood, its due date, and what they make it.

Decisions where the spec is silent:
- A task's due date is inclusive: work done on the due day is on time; on the day after it is late.
  Days overdue on D = D − due.
- A yearly task (`deadline: {every: year}`) has one occurrence per year, closed by a `done` update
  whose `period` names the year (the latest update naming a year decides it, so a reopening counts).
  The task is overdue while any past occurrence is not done; otherwise it takes the state of the
  current occurrence; when every occurrence has passed, it is done on time only if every occurrence
  was. Its `status` and `note` are the current occurrence's own, never an earlier year's `done`.
- Ongoing solutions (no deadline) fall due at the plan's end, as SPEC §3 says.
- An event recorded as happening after D is pending on D.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from cchc.corrections import effective
from cchc.dataset import Dataset
from cchc.model import Conditional, Document, Recurrence, Status, Task, Update, Window
from cchc.periods import (
    Due,
    Period,
    due_after_event,
    due_for_period,
    due_for_window,
    due_ongoing,
    parse_duration,
)
from cchc.status.parsed import period

TASK_STATES: tuple[str, ...] = (
    "overdue",
    "due_soon",
    "open",
    "waiting",
    "triggered",
    "done_on_time",
    "done_late",
    "cancelled",
)


class TaskState(NamedTuple):
    task: Task
    state: str
    status: Status
    due: Due
    days: int | None = None  # days late (done_late), overdue (overdue), or left (due_soon, open)
    done_on: dt.date | None = None
    evidence: Document | None = None
    occurrence: Period | None = None  # the year in question, for a yearly task
    note: str | None = None  # the latest update's note
    due_before_plan: bool = False  # due before the plan was signed (task 13: "Năm 2016")

    @property
    def id(self) -> str:
        return self.task.id


def updates_on(task: Task, on: dt.date) -> list[Update]:
    """The log as it stood on `on`, each corrected entry read as corrected (`cchc.corrections`)."""
    return [u for u in effective(task.updates) if u.date <= on]


def status_on(task: Task, on: dt.date) -> Status:
    log = updates_on(task, on)
    return log[-1].status if log else Status.NOT_STARTED


def resolve_due(task: Task, dataset: Dataset, on: dt.date) -> Due:
    """The task's deadline as known on `on` (for a yearly task: its last occurrence)."""
    deadline = task.deadline
    if deadline is None:
        return due_ongoing(period(dataset.plan.period))
    if isinstance(deadline, Window):
        return due_for_window(period(deadline.from_), period(deadline.to))
    if isinstance(deadline, Conditional):
        event = dataset.events.get(deadline.after)
        happened = event.happened_on if event is not None else None
        if happened is not None and happened > on:
            happened = None
        within = parse_duration(deadline.within) if deadline.within is not None else None
        return due_after_event(deadline.after, happened, within)
    if isinstance(deadline, Recurrence):
        return due_for_period(period(deadline.to))
    return due_for_period(period(deadline))


def classify_due(due: dt.date, on: dt.date, soon_days: int) -> tuple[str, int]:
    """An unfinished task with a due day: overdue (days late), due_soon or open (days left)."""
    left = (due - on).days
    if left < 0:
        return "overdue", -left
    if left <= soon_days:
        return "due_soon", left
    return "open", left


def _classify_open(due: Due, on: dt.date, soon_days: int) -> tuple[str, int | None]:
    if due.kind == "waiting":
        return "waiting", None
    if due.kind == "triggered" or due.due is None:
        return "triggered", None
    return classify_due(due.due, on, soon_days)


def task_state(
    task: Task, dataset: Dataset, on: dt.date, soon_days: int | None = None
) -> TaskState:
    soon = dataset.plan.due_soon_days if soon_days is None else soon_days
    log = updates_on(task, on)
    latest = log[-1] if log else None
    status = latest.status if latest else Status.NOT_STARTED
    note = latest.note if latest else None
    due = resolve_due(task, dataset, on)
    before_plan = due.due is not None and due.due < dataset.plan.decision.date
    if status is Status.CANCELLED:
        return TaskState(task, "cancelled", status, due, note=note, due_before_plan=before_plan)
    if isinstance(task.deadline, Recurrence):
        return _yearly_state(task, task.deadline, log, on, soon, status, note)
    if status is Status.DONE and latest is not None:
        done_on = latest.date
        late = (done_on - due.due).days if due.due is not None else 0
        state = "done_late" if late > 0 else "done_on_time"
        return TaskState(
            task,
            state,
            status,
            due,
            days=late if late > 0 else None,
            done_on=done_on,
            evidence=latest.evidence,
            note=note,
            due_before_plan=before_plan,
        )
    state, days = _classify_open(due, on, soon)
    return TaskState(task, state, status, due, days=days, note=note, due_before_plan=before_plan)


def yearly_updates(log: Sequence[Update]) -> dict[int, Update]:
    """For a yearly task's log: each year's deciding update, the latest one naming that year."""
    decided: dict[int, Update] = {}
    for update in log:
        if update.period is not None:
            decided[period(update.period).start.year] = update
    return decided


def occurrence_update(log: Sequence[Update], year: int, closed_on: dt.date | None) -> Update | None:
    """The update that gives a yearly task's occurrence `year` its status and note: the latest one
    naming that year, else the latest naming no year since the previous occurrence was closed
    (`closed_on`), so that last year's `done` never speaks for this year."""
    chosen: Update | None = None
    for update in log:
        named = period(update.period).start.year if update.period is not None else None
        if named == year or (named is None and (closed_on is None or update.date > closed_on)):
            chosen = update
    return chosen


def _yearly_state(
    task: Task,
    rule: Recurrence,
    log: Sequence[Update],
    on: dt.date,
    soon: int,
    status: Status,
    note: str | None,
) -> TaskState:
    decided = yearly_updates(log)
    worst_late = 0
    last_done: Update | None = None
    for year in range(rule.from_, rule.to + 1):
        occurrence = period(year)
        due = due_for_period(occurrence)
        closing = decided.get(year)
        if closing is not None and closing.status is Status.DONE:
            worst_late = max(worst_late, (closing.date - occurrence.end).days)
            last_done = closing
            continue
        state, days = _classify_open(due, on, soon)
        own = occurrence_update(log, year, last_done.date if last_done else None)
        return TaskState(
            task,
            state,
            own.status if own is not None else Status.NOT_STARTED,
            due,
            days=days,
            occurrence=occurrence,
            note=own.note if own is not None else None,
        )
    final = period(rule.to)
    assert last_done is not None  # every occurrence was closed, and there is at least one
    return TaskState(
        task,
        "done_late" if worst_late > 0 else "done_on_time",
        status,
        due_for_period(final),
        days=worst_late or None,
        done_on=last_done.date,
        evidence=last_done.evidence,
        occurrence=final,
        note=note,
    )


def task_states(dataset: Dataset, on: dt.date, soon_days: int | None = None) -> list[TaskState]:
    return [task_state(task, dataset, on, soon_days) for task in dataset.tasks.values()]
