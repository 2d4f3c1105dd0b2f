"""Every task of a period in exactly one list (issue #11, SPEC §6).

A task is one *occurrence* (a yearly task, one per year), with a due day (a waiting task has none
yet), and on the as-of day D a status: done (on a day, with evidence), cancelled (on a day, with a
reason) or open. Its *anchor* is its due day, or, for a task with no due day that was done or
cancelled, that day. For period P as of D, `place` puts an occurrence in one list or none:

| the occurrence on D      | anchor before P        | anchor in P                  | anchor after P      |
| ------------------------ | ---------------------- | ---------------------------- | ------------------- |
| done                     | late completion if the | done on time (done ≤ due) or | early completion if |
|                          | done day is in P       | done late                    | the done day is in P|
| cancelled                | —                      | cancelled                    | —                   |
| open, with a due day     | carried over           | unfinished                   | upcoming if in the  |
|                          |                        |                              | next period         |
| open, waiting on event   | waiting (in every report: it may fall due at any time)                     |

The first five lists ("of the period") hold every task due in P; the summary figures are their
sizes, so they always add up. Over the plan's whole period every task with a due day within the
plan, and every waiting one, lands in one of them: the whole-plan report names every task.

"Unfinished" includes a task due in P that is not yet due on D (a report made while P runs); its
row says how many days are left instead of days past.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from cchc.dataset import Dataset, natural_key
from cchc.model import Document, Recurrence, Status, Task, Update
from cchc.periods import Period, due_for_period
from cchc.status import occurrence_update, period, resolve_due, updates_on, yearly_updates

__all__ = [
    "OF_PERIOD",
    "OTHER_LISTS",
    "Occurrence",
    "Partition",
    "occurrences",
    "partition",
    "place",
]

OF_PERIOD: tuple[str, ...] = ("done_on_time", "done_late", "unfinished", "waiting", "cancelled")
OTHER_LISTS: tuple[str, ...] = ("carried_over", "late_completions", "early_completions", "upcoming")


@dataclass(frozen=True)
class Occurrence:
    """One task (one year of a yearly task) as it stood on the as-of day."""

    task: Task
    year: int | None  # the occurrence of a yearly task
    due: dt.date | None  # None while the task waits on an event (or its event set no time limit)
    due_kind: str  # "dated", "ongoing", "waiting", "triggered" (see `cchc.periods.Due`)
    event: str | None
    status: Status
    done_on: dt.date | None = None
    evidence: Document | None = None
    cancelled_on: dt.date | None = None
    note: str | None = None  # the latest note written (for a cancelled task: the reason)
    before_plan: bool = False  # due before the plan was signed (task 13: "Năm 2016")

    @property
    def anchor(self) -> dt.date | None:
        return self.due or self.done_on or self.cancelled_on

    @property
    def days_late(self) -> int:
        """Days from the due day to the done day (0 when on time or not done)."""
        if self.done_on is None or self.due is None:
            return 0
        return max((self.done_on - self.due).days, 0)

    def sort_key(self) -> tuple[tuple[tuple[int, int | str], ...], int]:
        return natural_key(self.task.id), self.year or 0


def _latest_note(log: Iterable[Update]) -> str | None:
    note = None
    for update in log:
        if update.note:
            note = update.note
    return note


def occurrences(dataset: Dataset, task: Task, on: dt.date) -> list[Occurrence]:
    """The task's occurrences as its log stood on `on`."""
    log = updates_on(task, on)
    latest = log[-1] if log else None
    cancelled = latest if latest is not None and latest.status is Status.CANCELLED else None
    deadline = task.deadline
    signed = dataset.plan.decision.date
    if isinstance(deadline, Recurrence):
        return list(_yearly(task, deadline, log, cancelled, signed))
    due = resolve_due(task, dataset, on)
    done = latest if latest is not None and latest.status is Status.DONE else None
    return [
        Occurrence(
            task=task,
            year=None,
            due=due.due,
            due_kind=due.kind,
            event=due.event,
            status=latest.status if latest is not None else Status.NOT_STARTED,
            done_on=done.date if done else None,
            evidence=done.evidence if done else None,
            cancelled_on=cancelled.date if cancelled else None,
            note=cancelled.note if cancelled else _latest_note(log),
            before_plan=due.due is not None and due.due < signed,
        )
    ]


def _yearly(
    task: Task,
    rule: Recurrence,
    log: Sequence[Update],
    cancelled: Update | None,
    signed: dt.date,
) -> Iterator[Occurrence]:
    """One occurrence a year; a cancelled task cancels every year not done."""
    decided = yearly_updates(log)
    closed_on: dt.date | None = None
    for year in range(rule.from_, rule.to + 1):
        due = due_for_period(period(year)).due
        assert due is not None
        closing = decided.get(year)
        base = Occurrence(
            task, year, due, "dated", None, Status.NOT_STARTED, before_plan=due < signed
        )
        if closing is not None and closing.status is Status.DONE:
            own = [u for u in log if u.period is not None and period(u.period).start.year == year]
            yield _with(base, Status.DONE, closing, _latest_note(own))
            closed_on = closing.date
            continue
        if cancelled is not None:
            yield _with(base, Status.CANCELLED, cancelled, cancelled.note)
            continue
        own_update = occurrence_update(log, year, closed_on)
        status = own_update.status if own_update is not None else Status.NOT_STARTED
        mine = [u for u in log if u is own_update or _for_year(u, year, closed_on)]
        yield _with(base, status, own_update, _latest_note(mine))


def _for_year(update: Update, year: int, closed_on: dt.date | None) -> bool:
    if update.period is not None:
        return period(update.period).start.year == year
    return closed_on is None or update.date > closed_on


def _with(
    base: Occurrence, status: Status, deciding: Update | None, note: str | None
) -> Occurrence:
    done = deciding if status is Status.DONE else None
    cancel = deciding if status is Status.CANCELLED else None
    return Occurrence(
        task=base.task,
        year=base.year,
        due=base.due,
        due_kind=base.due_kind,
        event=base.event,
        status=status,
        done_on=done.date if done else None,
        evidence=done.evidence if done else None,
        cancelled_on=cancel.date if cancel else None,
        note=note,
        before_plan=base.before_plan,
    )


def place(o: Occurrence, p: Period, on: dt.date, upcoming: Period) -> str | None:
    """The list of period `p`'s report (as of `on`) that holds `o`, or None (see the module)."""
    anchor = o.anchor
    if o.status is Status.DONE and o.done_on is not None:
        assert anchor is not None
        if p.contains(anchor):
            return "done_on_time" if o.days_late == 0 else "done_late"
        if not p.contains(o.done_on):
            return None
        return "late_completions" if anchor < p.start else "early_completions"
    if o.status is Status.CANCELLED:
        return "cancelled" if anchor is not None and p.contains(anchor) else None
    if o.due is None:
        return "waiting"
    if o.due < p.start:
        return "carried_over"
    if o.due <= p.end:
        return "unfinished"
    return "upcoming" if upcoming.contains(o.due) else None


@dataclass(frozen=True)
class Partition:
    """The lists of one report, each in the order the report shows it."""

    period: Period
    as_of: dt.date
    upcoming_period: Period
    done_on_time: tuple[Occurrence, ...]
    done_late: tuple[Occurrence, ...]
    unfinished: tuple[Occurrence, ...]
    waiting: tuple[Occurrence, ...]
    cancelled: tuple[Occurrence, ...]
    carried_over: tuple[Occurrence, ...]
    late_completions: tuple[Occurrence, ...]
    early_completions: tuple[Occurrence, ...]
    upcoming: tuple[Occurrence, ...]

    def of(self, name: str) -> tuple[Occurrence, ...]:
        found: tuple[Occurrence, ...] = getattr(self, name)
        return found

    def of_period(self) -> tuple[Occurrence, ...]:
        """Every occurrence due in the period (and every waiting one): the summary's total."""
        return tuple(o for name in OF_PERIOD for o in self.of(name))

    def restricted(self, keep: Iterable[Task]) -> Partition:
        """The same lists, keeping only the occurrences of the tasks in `keep`."""
        ids = {task.id for task in keep}
        lists = {
            name: tuple(o for o in self.of(name) if o.task.id in ids)
            for name in (*OF_PERIOD, *OTHER_LISTS)
        }
        return Partition(self.period, self.as_of, self.upcoming_period, **lists)


def _order(name: str, items: list[Occurrence]) -> tuple[Occurrence, ...]:
    far = dt.date.max
    if name in ("unfinished", "carried_over", "upcoming"):
        items.sort(key=lambda o: (o.due or far, o.sort_key()))
    elif name in ("done_on_time", "done_late", "late_completions", "early_completions"):
        items.sort(key=lambda o: (o.done_on or far, o.sort_key()))
    else:
        items.sort(key=lambda o: o.sort_key())
    return tuple(items)


def partition(
    dataset: Dataset, p: Period, on: dt.date, tasks: Iterable[Task] | None = None
) -> Partition:
    """Period `p`'s lists as of `on`, over `tasks` (default: every task of the dataset)."""
    upcoming = p.next()
    lists: dict[str, list[Occurrence]] = {name: [] for name in (*OF_PERIOD, *OTHER_LISTS)}
    for task in dataset.tasks.values() if tasks is None else tasks:
        for o in occurrences(dataset, task, on):
            name = place(o, p, on, upcoming)
            if name is not None:
                lists[name].append(o)
    ordered = {name: _order(name, items) for name, items in lists.items()}
    return Partition(p, on, upcoming, **ordered)
