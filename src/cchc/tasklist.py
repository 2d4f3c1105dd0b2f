"""The task list (`cchc list`, `cchc show AGENCY`): every task with its state on a day, its
deadline in the plan's words, its lead and its latest note, as taskwarrior's `task list` shows one's
own tasks.

Decisions:
- Order: natural id order (S1a, S1b, …, T01, T02, … T10), the order of the plan's own tables; the
  question "what falls due next" has its own command, `cchc due`.
- `--agency ID` selects the tasks the agency leads, as `cchc overdue` does (a group selects the
  tasks of its members, a member those of the closed groups it belongs to); `role` "support" the
  tasks it supports, "any" either.
- `status` is the status the log records on the day (`cchc overdue --status` takes the same
  words); `state` the derived state (overdue, due_soon, …).
- The latest note is the note of the latest update on or before the day (none when that update
  has no note: an older note no longer says where the task stands). The terminal clips it to
  `NOTE_CELLS` cells on one line, and the title to `TITLE_CELLS` (the plan's titles run to a
  paragraph; `cchc show ID` has it whole); JSON, CSV and Markdown keep both whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from cchc.dataset import Dataset, natural_key
from cchc.enums import Status, TaskKind
from cchc.i18n import Message, msg, t
from cchc.render.tables import Column, Table
from cchc.status import TaskState, named_among, task_states, updates_on
from cchc.wording import deadline_words

__all__ = [
    "NOTE_CELLS",
    "ROLES",
    "TITLE_CELLS",
    "ListFilter",
    "agency_tables",
    "list_states",
    "list_table",
]

Role = Literal["lead", "support", "any"]
ROLES: tuple[Role, ...] = ("lead", "support", "any")
NOTE_CELLS = 60
TITLE_CELLS = 80


@dataclass(frozen=True)
class ListFilter:
    """What `cchc list` keeps; None keeps everything."""

    agency: str | None = None
    role: Role = "lead"
    area: str | None = None
    status: Status | None = None
    state: str | None = None
    kind: TaskKind | None = None


def _has_role(dataset: Dataset, state: TaskState, agency: str, role: Role) -> bool:
    task = state.task
    if role != "support" and named_among(dataset, task.lead, agency):
        return True
    return role != "lead" and named_among(dataset, task.support, agency)


def list_states(dataset: Dataset, on: dt.date, chosen: ListFilter | None = None) -> list[TaskState]:
    """Every task's state on `on` that `chosen` keeps, in natural id order."""
    f = chosen or ListFilter()
    kept = [
        s
        for s in task_states(dataset, on)
        if (f.agency is None or _has_role(dataset, s, f.agency, f.role))
        and (f.area is None or s.task.area == f.area)
        and (f.kind is None or s.task.kind == f.kind)
        and (f.status is None or s.status == f.status)
        and (f.state is None or s.state == f.state)
    ]
    return sorted(kept, key=lambda s: natural_key(s.task.id))


COLUMNS = (
    Column("id"),
    Column("kind", shown="machines"),
    Column("area", shown="machines"),
    Column("title", clip=TITLE_CELLS),
    Column("lead", "list", shown="people"),
    Column("lead", "list", shown="machines", field="lead_ids"),
    Column("deadline"),
    Column("due", "date", shown="machines"),
    Column("state", shown="people", field="state_days"),
    Column("state_key", shown="machines"),
    Column("state", shown="machines"),
    Column("status", shown="machines"),
    Column("days", "int", shown="machines"),
    Column("updated", "date", shown="machines"),
    Column("note", label=msg("latest_note"), clip=NOTE_CELLS),
)


def _state_words(state: TaskState, words: str, lang: str) -> str:
    """The state with the days that matter to it: late, overdue, or left when due soon (the days
    left of a task not yet due are noise in a list)."""
    if not state.days:
        return words
    if state.state == "due_soon":
        return t("calendar.due-soon", lang, state=words, days=state.days)
    if state.state in ("overdue", "done_late"):
        return t("calendar.overdue", lang, state=words, days=state.days)
    return words


def _row(dataset: Dataset, state: TaskState, on: dt.date, lang: str) -> dict[str, object]:
    log = updates_on(state.task, on)
    latest = log[-1] if log else None
    words = t(state.state, lang)
    return {
        "id": state.task.id,
        "kind": state.task.kind,
        "area": state.task.area,
        "title": state.task.title,
        "lead": dataset.agency_names(state.task.lead),
        "lead_ids": list(state.task.lead),
        "deadline": deadline_words(state.task, lang, dataset),
        "due": state.due.due,
        "state_days": _state_words(state, words, lang),
        "state": words,
        "state_key": state.state,
        "status": state.status.value,
        "days": state.days,
        "updated": latest.date if latest else None,
        "note": latest.note if latest else None,
    }


def list_table(
    dataset: Dataset,
    states: Sequence[TaskState],
    on: dt.date,
    lang: str,
    *,
    title: Message | None = None,
    key: str = "",
) -> Table:
    """The list's table: people read names, a state with its days and a clipped note; JSON and
    CSV get ids, codes, the due date and the whole note."""
    return Table(
        title=title or msg("table.list", on=on),
        columns=COLUMNS,
        rows=tuple(_row(dataset, s, on, lang) for s in states),
        key=key,
    )


def agency_tables(dataset: Dataset, agency: str, on: dt.date, lang: str) -> list[Table]:
    """`cchc show AGENCY`'s lists: the tasks it leads, then, apart, the other tasks it supports."""
    name = dataset.agency_name(agency)
    led = list_states(dataset, on, ListFilter(agency=agency))
    led_ids = {s.task.id for s in led}
    supported = [
        s
        for s in list_states(dataset, on, ListFilter(agency=agency, role="support"))
        if s.task.id not in led_ids
    ]
    return [
        list_table(dataset, led, on, lang, title=msg("table.list-led", name=name), key="lead"),
        list_table(
            dataset,
            supported,
            on,
            lang,
            title=msg("table.list-supported", name=name),
            key="support",
        ),
    ]
