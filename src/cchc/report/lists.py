"""The appendix's task lists: one table per list of `cchc.report.partition`, every task by its id,
title, lead agencies (by name) and deadline in the plan's words; a yearly task's row names its year.

What each list adds: done on time and done late, the done day and the evidence (days late for
the latter); unfinished and carried over, the due day, days past it (or left, while the period
runs), the recorded status and the latest note; waiting, the event and whether it has happened;
cancelled, the day and the reason; the next period's list, the due day and status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cchc.dataset import Dataset
from cchc.i18n import MISSING, fmt_date, fmt_number, t
from cchc.report.partition import Occurrence, Partition, place
from cchc.report.values import Column, DataTable
from cchc.status import period
from cchc.wording import deadline_words

__all__ = ["LIST_ORDER", "list_table", "supported_table"]

LIST_ORDER = (
    "done_on_time",
    "done_late",
    "unfinished",
    "waiting",
    "cancelled",
    "carried_over",
    "late_completions",
    "early_completions",
    "upcoming",
)

Cell = Callable[[Dataset, Occurrence, Partition, str], str]


def _id(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    return o.task.id


def _title(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    return o.task.title


def _lead(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    return "; ".join(dataset.agency_names(o.task.lead))


def _deadline(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    words = deadline_words(o.task, lang, dataset)
    if o.year is None:
        return words
    return t("report.occurrence", lang, deadline=words, year=period(o.year).label(lang))


def _due(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    return fmt_date(o.due, lang) if o.due is not None else MISSING


def _done_on(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    return fmt_date(o.done_on, lang)


def _evidence(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    if o.evidence is None:
        return MISSING
    return t(
        "report.evidence",
        lang,
        number=o.evidence.number,
        date=fmt_date(o.evidence.date, lang),
    )


def _days_late(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    return fmt_number(o.days_late, lang)


def _days_past(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    if o.due is None:
        return MISSING
    past = (part.as_of - o.due).days
    if past < 0:
        return t("report.days_left", lang, days=fmt_number(-past, lang))
    return fmt_number(past, lang)


def _status(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    return t(o.status.value, lang)


def _note(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    return o.note or MISSING


def _event(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    event = dataset.events.get(o.event) if o.event is not None else None
    return event.title if event is not None else (o.event or MISSING)


def _event_state(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    event = dataset.events.get(o.event) if o.event is not None else None
    happened = event.happened_on if event is not None else None
    if event is None or happened is None or happened > part.as_of:
        return t("report.event_pending", lang)
    state = t("report.event_happened", lang, date=fmt_date(happened, lang))
    state += f" ({event.reference})" if event.reference else ""
    return state + (t("report.event_no_deadline", lang) if o.due_kind == "triggered" else "")


def _cancelled_on(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    return fmt_date(o.cancelled_on, lang)


def _where(dataset: Dataset, o: Occurrence, part: Partition, lang: str) -> str:
    name = place(o, part.period, part.as_of, part.upcoming_period)
    return t(f"report.list.{name}", lang) if name is not None else MISSING


_COLUMNS: dict[str, tuple[str, Cell, bool]] = {
    "id": ("id", _id, False),
    "title": ("title", _title, False),
    "lead": ("lead", _lead, False),
    "deadline": ("deadline", _deadline, False),
    "due": ("due", _due, True),
    "done_on": ("done_on", _done_on, True),
    "evidence": ("evidence", _evidence, False),
    "days_late": ("days_late", _days_late, True),
    "days_past": ("report.days_past", _days_past, True),
    "status": ("status", _status, False),
    "note": ("report.latest_note", _note, False),
    "event": ("event", _event, False),
    "event_state": ("report.event_state", _event_state, False),
    "cancelled_on": ("report.cancelled_on", _cancelled_on, True),
    "reason": ("report.reason", _note, False),
    "where": ("report.list_name", _where, False),
}

_BASE = ("id", "title", "lead", "deadline")
_LAYOUT: dict[str, tuple[str, ...]] = {
    "done_on_time": (*_BASE, "due", "done_on", "evidence"),
    "done_late": (*_BASE, "due", "done_on", "days_late", "evidence"),
    "unfinished": (*_BASE, "due", "days_past", "status", "note"),
    "waiting": ("id", "title", "lead", "event", "event_state", "status", "note"),
    "cancelled": (*_BASE, "cancelled_on", "reason"),
    "carried_over": (*_BASE, "due", "days_past", "status", "note"),
    "late_completions": (*_BASE, "due", "done_on", "days_late", "evidence"),
    "early_completions": (*_BASE, "due", "done_on", "evidence"),
    "upcoming": (*_BASE, "due", "status"),
    "supported": ("id", "title", "lead", "deadline", "due", "where"),
}


def _table(
    dataset: Dataset,
    layout: str,
    number: str,
    title: str,
    items: Sequence[Occurrence],
    part: Partition,
    lang: str,
) -> DataTable:
    names = _LAYOUT[layout]
    columns = tuple(Column(t(_COLUMNS[n][0], lang), _COLUMNS[n][2]) for n in names)
    rows = tuple(tuple(_COLUMNS[n][1](dataset, o, part, lang) for n in names) for o in items)
    return DataTable(
        number=number,
        title=title,
        columns=columns,
        rows=rows,
        empty=t("none", lang),
        notes=_before_plan_notes(dataset, items, lang),
        style="tasks",
    )


def list_table(
    dataset: Dataset, name: str, number: str, part: Partition, lang: str, title: str | None = None
) -> DataTable:
    """The table of list `name` (one of `LIST_ORDER`)."""
    shown = title if title is not None else t(f"report.list_title.{name}", lang)
    return _table(dataset, name, number, shown, part.of(name), part, lang)


def supported_table(
    dataset: Dataset, number: str, title: str, part: Partition, lang: str
) -> DataTable:
    """An agency's report: the tasks it supports, each with the list it is in."""
    items = sorted((o for name in LIST_ORDER for o in part.of(name)), key=lambda o: o.sort_key())
    return _table(dataset, "supported", number, title, items, part, lang)


def _before_plan_notes(dataset: Dataset, items: Sequence[Occurrence], lang: str) -> tuple[str, ...]:
    """SPEC §3: a task due before the plan was signed (task 13: "Năm 2016") is said so."""
    notes: list[str] = []
    signed = dataset.plan.decision.date
    for o in items:
        if not o.before_plan or o.due is None:
            continue
        task = o.task
        label = t("report.task_number", lang, number=task.number) if task.number else task.id
        deadline = task.deadline
        words = (
            period(deadline).label(lang)
            if isinstance(deadline, int | str)
            else fmt_date(o.due, lang)
        )
        note = t(
            "report.before_plan", lang, task=label, deadline=words, date=fmt_date(signed, lang)
        )
        if note not in notes:
            notes.append(note)
    return tuple(notes)
