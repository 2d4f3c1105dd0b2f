"""Task and target state on a date, and roll-ups (SPEC §4). Pure functions over a `Dataset`.

Everything is computed "as the files stood on day D": updates, measurements and events dated after D
are ignored, so a 2017H1 report printed in 2019 shows what was true on 2017-06-30.

Decisions where the spec is silent:
- A task's due date is inclusive: work done on the due day is on time; on the day after it is late.
  Days overdue on D = D − due.
- `due_so_far` (the on-time rate's denominator) counts tasks, not cancelled, whose due date is on or
  before D; the numerator counts those of them done on time. Tasks done early but not yet due count
  for completion, not for the on-time rate.
- A yearly task (`deadline: {every: year}`) has one occurrence per year, closed by a `done` update
  whose `period` names the year (the latest update naming a year decides it, so a reopening counts).
  The task is overdue while any past occurrence is not done; otherwise it takes the state of the
  current occurrence; when every occurrence has passed, it is done on time only if every occurrence
  was. Its `status` and `note` are the current occurrence's own, never an earlier year's `done`.
- Ongoing solutions (no deadline) fall due at the plan's end, as SPEC §3 says.
- A target that is not yet due, not yet met and has no baseline to draw a line from is `not_yet_met`.
  A recurring target is `not_met` if any assessed year missed, `met` if every ended year was met.
- An event recorded as happening after D is pending on D.
- Updates and measurements are read through `cchc.corrections.effective`: a corrected entry counts
  as its correction says, on the corrected entry's own date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from cchc.corrections import effective
from cchc.dataset import Dataset
from cchc.model import (
    Conditional,
    Document,
    Measurement,
    Op,
    Recurrence,
    Scale,
    Status,
    Target,
    Task,
    Update,
    Window,
)
from cchc.periods import (
    Due,
    Period,
    due_after_event,
    due_for_period,
    due_for_window,
    due_ongoing,
    parse_duration,
    parse_period,
)

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
TARGET_STATES: tuple[str, ...] = ("met", "not_met", "at_risk", "on_track", "not_yet_met", "no_data")


@lru_cache(maxsize=4096)
def period(value: int | str) -> Period:
    """Parsed once per distinct spelling: ten thousand tasks share a handful of deadlines."""
    return parse_period(value)


# ------------------------------------------------------------------------------------------ tasks


@dataclass(frozen=True)
class TaskState:
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


# ----------------------------------------------------------------------------------- agency logic


def expand_agency(dataset: Dataset, agency_id: str) -> frozenset[str]:
    """An agency stands for itself; a group for itself and the members it knows."""
    group = dataset.groups.get(agency_id)
    members = frozenset(group.members) if group is not None else frozenset()
    return frozenset({agency_id}) | members


def lead_agencies(dataset: Dataset, task: Task) -> list[str]:
    """The agencies a task counts for in a roll-up: each lead; a closed group is replaced by its
    members (their membership is known), an open group stands for itself."""
    result: list[str] = []
    for lead in task.lead:
        group = dataset.groups.get(lead)
        expanded = group.members if group is not None and not group.open else [lead]
        for agency in expanded:
            if agency not in result:
                result.append(agency)
    return result


def led_by(dataset: Dataset, task: Task, agency_id: str) -> bool:
    """For `--agency ID`: the task is led by the agency, by a group it belongs to whose membership
    is known, or (when ID is a group) by any of the group's members."""
    return named_among(dataset, task.lead, agency_id)


def named_among(dataset: Dataset, named: Iterable[str], agency_id: str) -> bool:
    """Whether a task's `lead` (or `support`) list names the agency, a group it belongs to whose
    membership is known, or (when ID is a group) any of the group's members."""
    wanted = expand_agency(dataset, agency_id)
    for agency in named:
        if agency in wanted:
            return True
        group = dataset.groups.get(agency)
        if group is not None and wanted & set(group.members):
            return True
    return False


# ----------------------------------------------------------------------------------------- rollups


@dataclass(frozen=True)
class Rollup:
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


# ----------------------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Assessment:
    period: Period
    state: str
    measurement: Measurement | None = None
    value: float | str | None = None


@dataclass(frozen=True)
class TargetState:
    target: Target
    state: str
    latest: Measurement | None = None
    value: float | str | None = None  # what is compared with the goal (derived for change goals)
    expected: float | None = None  # the straight line's value on the latest measurement's date
    years: tuple[Assessment, ...] = field(default_factory=tuple)
    due: Period | None = None

    @property
    def id(self) -> str:
        return self.target.id


def available_on(measurement: Measurement) -> dt.date:
    """A figure counts from its publication date, else from the end of the period it measures."""
    return measurement.date or period(measurement.period).end


def measurements_on(target: Target, on: dt.date) -> list[Measurement]:
    seen = [m for m in effective(target.measurements) if available_on(m) <= on]
    return sorted(seen, key=lambda m: (period(m.period).end, available_on(m)))


def compared_value(
    target: Target, measurement: Measurement, scale: Scale | None = None
) -> float | str | None:
    """The measurement in the goal's terms: for a change goal, the percent change from baseline;
    on a scale with cut-offs, the level a published number falls in."""
    raw = measurement.value
    if scale is not None and not isinstance(raw, str):
        return scale.level_for(float(raw))
    change = target.goal.change
    if change is None:
        return raw
    base = target.baseline.value if target.baseline is not None else None
    if base is None or isinstance(raw, str) or base == 0:
        return None
    delta = (base - float(raw)) if change == "decrease" else (float(raw) - base)
    return delta / base * 100.0


def meets(target: Target, value: float | str, levels: Sequence[str] | None) -> bool:
    goal = target.goal.value
    if levels is not None:
        # Best first: a smaller index is better, so "better than or equal" is index <=.
        if str(value) not in levels or str(goal) not in levels:
            return False
        v, g = -levels.index(str(value)), -levels.index(str(goal))
        return _compare(target.goal.op, float(v), float(g))
    if isinstance(value, str) or isinstance(goal, str):
        return False
    return _compare(target.goal.op, float(value), float(goal))


def _compare(op: Op, value: float, goal: float) -> bool:
    if op is Op.GT:
        return value > goal
    if op is Op.GE:
        return value >= goal
    if op is Op.EQ:
        return abs(value - goal) < 1e-9
    if op is Op.LE:
        return value <= goal
    return value < goal


def _expected(target: Target, when: dt.date, due: Period) -> float | None:
    """The straight line from the baseline to the goal at the due date, read at `when`."""
    baseline = target.baseline
    if baseline is None or isinstance(target.goal.value, str):
        return None
    start_value = 0.0 if target.goal.change is not None else baseline.value
    if start_value is None:
        return None
    start = period(baseline.period).end
    span = (due.end - start).days
    if span <= 0:
        return float(target.goal.value)
    fraction = min(max((when - start).days / span, 0.0), 1.0)
    return start_value + (float(target.goal.value) - start_value) * fraction


def target_state(target: Target, dataset: Dataset, on: dt.date) -> TargetState:
    scale = dataset.scales.get(target.scale) if target.scale is not None else None
    levels = scale.labels() if scale is not None else None
    due = period(target.due)
    seen = measurements_on(target, on)
    latest = seen[-1] if seen else None
    value = compared_value(target, latest, scale) if latest is not None else None
    if target.recurring is not None:
        return _recurring_state(target, target.recurring, seen, on, scale, latest, value, due)
    if latest is None or value is None:
        return TargetState(target, "no_data", latest, value, due=due)
    if meets(target, value, levels):
        return TargetState(target, "met", latest, value, due=due)
    if on > due.end:
        return TargetState(target, "not_met", latest, value, due=due)
    expected = _expected(target, available_on(latest), due)
    if expected is not None and not isinstance(value, str):
        better = _compare(
            Op.GE if target.goal.op in (Op.GT, Op.GE, Op.EQ) else Op.LE, value, expected
        )
        return TargetState(
            target, "on_track" if better else "at_risk", latest, value, expected=expected, due=due
        )
    return TargetState(target, "not_yet_met", latest, value, due=due)


def _recurring_state(
    target: Target,
    rule: Recurrence,
    seen: Sequence[Measurement],
    on: dt.date,
    scale: Scale | None,
    latest: Measurement | None,
    value: float | str | None,
    due: Period,
) -> TargetState:
    levels = scale.labels() if scale is not None else None
    by_year: dict[int, Measurement] = {}
    for measurement in seen:
        p = period(measurement.period)
        if p.kind == "year":
            by_year[p.start.year] = measurement  # later entries win, as validate warns
    years: list[Assessment] = []
    for year in range(rule.from_, rule.to + 1):
        occurrence = period(year)
        if occurrence.start > on:
            break
        found = by_year.get(year)
        if found is None and occurrence.end >= on:
            continue  # the year is not over: nothing to assess yet
        if found is None:
            years.append(Assessment(occurrence, "no_data"))
            continue
        compared = compared_value(target, found, scale)
        ok = compared is not None and meets(target, compared, levels)
        years.append(Assessment(occurrence, "met" if ok else "not_met", found, compared))
    ended = [a for a in years if a.period.end < on or a.measurement is not None]
    if any(a.state == "not_met" for a in years):
        state = "not_met"
    elif ended and all(a.state == "met" for a in ended):
        state = "met"
    else:
        state = "no_data"
    return TargetState(target, state, latest, value, years=tuple(years), due=due)


def target_states(dataset: Dataset, on: dt.date) -> list[TargetState]:
    return [target_state(target, dataset, on) for target in dataset.targets.values()]
