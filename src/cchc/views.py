"""Derived state → plain `Table` values for the query commands (overdue, due, progress, targets,
show, export). No printing here: the CLI hands the tables to `render`, tests call these directly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cchc.corrections import correction_notes
from cchc.dataset import Dataset
from cchc.enums import Status, TaskKind
from cchc.i18n import Message, msg, t
from cchc.render.tables import Column, ColumnKind, Table
from cchc.status import Rollup, TargetState, TaskState, period
from cchc.wording import deadline_words, goal_words, value_words, year_series


def _correction_cell(notes: list[Message | None] | None, i: int, lang: str) -> dict[str, object]:
    """The history table's correction cell of entry `i`, when the log holds corrections: the
    record shows every entry, the original beside its correction."""
    if notes is None:
        return {}
    note = notes[i]
    return {"correction": note.text(lang) if note is not None else None}


def _c(key: str, kind: ColumnKind = "text") -> Column:
    """A column labelled by the catalogue label of its key."""
    return Column(key, kind)


TASK_COLUMNS = (
    _c("id"),
    _c("title"),
    _c("lead", "list"),
    _c("deadline"),
    _c("due", "date"),
)


def _task_row(dataset: Dataset, state: TaskState, lang: str) -> dict[str, object]:
    return {
        "id": state.task.id,
        "title": state.task.title,
        "lead": dataset.agency_names(state.task.lead),
        "deadline": deadline_words(state.task, lang, dataset),
        "due": state.due.due,
    }


def overdue_table(dataset: Dataset, states: Sequence[TaskState], lang: str) -> Table:
    """Most overdue first; ties by id so the order never depends on file order."""
    from cchc.dataset import natural_key

    rows = sorted(
        (s for s in states if s.state == "overdue"),
        key=lambda s: (-(s.days or 0), natural_key(s.task.id)),
    )
    return Table(
        title=msg("table.overdue"),
        columns=(*TASK_COLUMNS, _c("days_overdue", "int"), _c("area")),
        rows=tuple(
            {**_task_row(dataset, s, lang), "days_overdue": s.days, "area": s.task.area}
            for s in rows
        ),
    )


def due_table(
    dataset: Dataset, states: Sequence[TaskState], on: dt.date, until: dt.date, lang: str
) -> Table:
    """What falls due from `on` to `until`, soonest first, including tasks whose event has fired."""
    from cchc.dataset import natural_key

    rows = sorted(
        (
            s
            for s in states
            if s.state in ("due_soon", "open")
            and s.due.due is not None
            and on <= s.due.due <= until
        ),
        key=lambda s: (s.due.due, natural_key(s.task.id)),
    )
    return Table(
        title=msg("table.due", start=on, end=until),
        columns=(*TASK_COLUMNS, _c("days_left", "int"), _c("status")),
        rows=tuple(
            {
                **_task_row(dataset, s, lang),
                "days_left": s.days,
                "status": t(s.status.value, lang),
            }
            for s in rows
        ),
    )


_ROLLUP_TITLES = {"area": "table.by-area", "agency": "table.by-agency", "plan": "table.by-plan"}


def rollup_table(rollups: Sequence[Rollup], by: str) -> Table:
    states = ("done_on_time", "done_late", "overdue", "due_soon", "open", "waiting", "cancelled")
    return Table(
        title=msg(_ROLLUP_TITLES[by]),
        columns=(
            _c("code"),
            _c("name"),
            _c("total", "int"),
            *(_c(s, "int") for s in states),
            _c("completion_rate", "bar"),
            _c("on_time_rate", "percent"),
        ),
        rows=tuple(
            {
                "code": r.key,
                "name": r.name,
                "total": r.total,
                **{
                    s: r.counts[s] + (r.counts["triggered"] if s == "waiting" else 0)
                    for s in states
                },
                "completion_rate": r.completion_rate,
                "on_time_rate": r.on_time_rate,
            }
            for r in rollups
        ),
        notes=(msg("note.rates"),),
    )


def targets_table(states: Sequence[TargetState], lang: str) -> Table:
    rows = []
    for s in states:
        series = year_series(s, lang)
        rows.append(
            {
                "id": s.target.id,
                "indicator": s.target.indicator,
                "goal": goal_words(s.target, lang),
                "due": str(period(s.target.due)),
                "latest": value_words(s.target, s.value, lang),
                "latest_period": str(period(s.latest.period)) if s.latest else None,
                "state": t(s.state, lang),
                "state_key": s.state,
                "kind": t("stretch" if s.target.stretch else "firm", lang),
                "years": series,
            }
        )
    return Table(
        title=msg("table.targets"),
        columns=(
            _c("id"),
            _c("indicator"),
            _c("goal"),
            _c("due"),
            _c("latest"),
            _c("latest_period"),
            _c("state"),
            _c("state_key"),
            _c("kind"),
            _c("years"),
        ),
        rows=tuple(rows),
        notes=(msg("table.stretch-note"),),
    )


def task_export_table(dataset: Dataset, states: Sequence[TaskState], lang: str) -> Table:
    """Every task with its derived state, flat, with stable column names for spreadsheets."""
    return Table(
        title=msg("table.task-export"),
        key="tasks",
        columns=(
            _c("id"),
            _c("kind"),
            _c("area"),
            _c("title"),
            _c("lead", "list"),
            _c("support", "list"),
            _c("product"),
            _c("deadline"),
            _c("due", "date"),
            _c("state_key"),
            _c("state"),
            _c("status"),
            _c("days", "int"),
            _c("done_on", "date"),
            _c("evidence"),
            _c("source"),
        ),
        rows=tuple(
            {
                "id": s.task.id,
                "kind": s.task.kind,
                "area": s.task.area,
                "title": s.task.title,
                "lead": list(s.task.lead),
                "support": list(s.task.support),
                "product": s.task.product,
                "deadline": deadline_words(s.task, lang, dataset),
                "due": s.due.due,
                "state_key": s.state,
                "state": t(s.state, lang),
                "status": s.status.value,
                "days": s.days,
                "done_on": s.done_on,
                "evidence": s.evidence.number if s.evidence else None,
                "source": s.task.source,
            }
            for s in states
        ),
    )


def filter_states(
    dataset: Dataset,
    states: Sequence[TaskState],
    *,
    agency: str | None = None,
    area: str | None = None,
    kind: TaskKind | None = None,
    status: Status | None = None,
) -> list[TaskState]:
    """`--agency` (a group selects its members), `--area`, `--kind`, `--status` (the status the
    log records on the day)."""
    from cchc.status import led_by

    return [
        s
        for s in states
        if (agency is None or led_by(dataset, s.task, agency))
        and (area is None or s.task.area == area)
        and (kind is None or s.task.kind == kind)
        and (status is None or s.status == status)
    ]


def _fields_table(title: Message, pairs: Sequence[tuple[str, object]]) -> Table:
    return Table(
        title=title,
        columns=(_c("field"), _c("value")),
        rows=tuple({"field": key, "value": value} for key, value in pairs),
    )


def show_tables(dataset: Dataset, record_id: str, on: dt.date, lang: str) -> list[Table] | None:
    """Everything the dataset says about one task, target, agency or area, with its state."""
    from cchc.status import target_state, task_state

    if record_id in dataset.tasks:
        task = dataset.tasks[record_id]
        state = task_state(task, dataset, on)
        pairs: list[tuple[str, object]] = [
            (t("id", lang), task.id),
            (t("kind", lang), t(task.kind, lang)),
            (t("area", lang), f"{task.area} — {dataset.areas[task.area].title}"),
            (t("title", lang), task.title),
            (t("lead", lang), "; ".join(dataset.agency_names(task.lead))),
            (t("support", lang), "; ".join(dataset.agency_names(task.support))),
            (t("product", lang), task.product),
            (t("deadline", lang), deadline_words(task, lang, dataset)),
            (t("due", lang), state.due.due),
            (t("state", lang), t(state.state, lang) + (f" ({state.days})" if state.days else "")),
            (t("status", lang), t(state.status.value, lang)),
            (t("source", lang), task.source),
            (t("file", lang), dataset.paths.get(f"task:{task.id}")),
        ]
        notes = correction_notes(task.updates)
        history = Table(
            title=msg("table.history"),
            columns=(
                _c("date", "date"),
                _c("status"),
                _c("note"),
                _c("evidence"),
                *((_c("correction"),) if notes else ()),
            ),
            rows=tuple(
                {
                    "date": u.date,
                    "status": t(u.status.value, lang),
                    "note": u.note,
                    "evidence": (
                        f"{u.evidence.number} ({u.evidence.date:%d/%m/%Y})" if u.evidence else None
                    ),
                    **_correction_cell(notes, i, lang),
                }
                for i, u in enumerate(task.updates)
            ),
        )
        return [_fields_table(msg("table.task", id=task.id), pairs), history]
    if record_id in dataset.targets:
        target = dataset.targets[record_id]
        tstate = target_state(target, dataset, on)
        pairs = [
            (t("id", lang), target.id),
            (t("indicator", lang), target.indicator),
            (t("quote", lang), target.quote),
            (t("goal", lang), goal_words(target, lang)),
            (t("kind", lang), t("stretch" if target.stretch else "firm", lang)),
            (t("due", lang), str(period(target.due))),
            (t("owner", lang), dataset.agency_name(target.owner)),
            (t("latest", lang), value_words(target, tstate.value, lang)),
            (t("state", lang), t(tstate.state, lang)),
            *([(t("years", lang), year_series(tstate, lang))] if tstate.years else []),
            (t("source", lang), target.source),
            (t("file", lang), dataset.paths.get(f"target:{target.id}")),
        ]
        figures = correction_notes(target.measurements)
        measured = Table(
            title=msg("table.measurements"),
            columns=(
                _c("period"),
                _c("value"),
                _c("rank", "int"),
                _c("score", "float"),
                _c("measurement_source"),
                *((_c("correction"),) if figures else ()),
            ),
            rows=tuple(
                {
                    "period": str(period(m.period)),
                    "value": m.value,
                    "rank": m.rank,
                    "score": m.score,
                    "measurement_source": m.source,
                    **_correction_cell(figures, i, lang),
                }
                for i, m in enumerate(target.measurements)
            ),
        )
        return [_fields_table(msg("table.target", id=target.id), pairs), measured]
    if record_id in dataset.agencies or record_id in dataset.groups:
        from cchc.tasklist import agency_tables

        pairs = [(t("id", lang), record_id), (t("name", lang), dataset.agency_name(record_id))]
        if record_id in dataset.agencies:
            pairs += [(t("duty", lang), duty) for duty in dataset.agencies[record_id].duties]
        else:
            group = dataset.groups[record_id]
            pairs.append((t("members", lang), "; ".join(dataset.agency_names(group.members))))
        fields = _fields_table(msg("table.agency", id=record_id), pairs)
        return [fields, *agency_tables(dataset, record_id, on, lang)]
    if record_id in dataset.areas:
        area = dataset.areas[record_id]
        pairs = [
            (t("id", lang), area.id),
            (t("name", lang), area.title),
            (t("lead", lang), dataset.agency_name(area.lead) if area.lead else None),
            (t("tasks", lang), ", ".join(k for k, v in dataset.tasks.items() if v.area == area.id)),
        ]
        return [_fields_table(msg("table.area", id=area.id), pairs)]
    return None


def target_export_table(states: Sequence[TargetState], lang: str) -> Table:
    """Every target with its assessment, flat; numbers stay numbers for spreadsheets."""
    return Table(
        title=msg("table.target-export"),
        key="targets",
        columns=(
            _c("id"),
            _c("area"),
            _c("indicator"),
            _c("owner"),
            _c("unit"),
            _c("goal_op"),
            _c("goal_value"),
            _c("stretch"),
            _c("due"),
            _c("value"),
            _c("value_period"),
            _c("state_key"),
            _c("state"),
            _c("source"),
        ),
        rows=tuple(
            {
                "id": s.target.id,
                "area": s.target.area,
                "indicator": s.target.indicator,
                "owner": s.target.owner,
                "unit": s.target.unit.value if s.target.unit else s.target.scale,
                "goal_op": s.target.goal.op.value,
                "goal_value": s.target.goal.value,
                "stretch": "true" if s.target.stretch else "false",
                "due": str(period(s.target.due)),
                "value": round(s.value, 4) if isinstance(s.value, float) else s.value,
                "value_period": str(period(s.latest.period)) if s.latest else None,
                "state_key": s.state,
                "state": t(s.state, lang),
                "source": s.target.source,
            }
            for s in states
        ),
    )
