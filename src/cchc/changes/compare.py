"""Two versions of a record → the `Change`s between them, in the plan's terms. Pure functions:
the records come in already loaded (see `cchc.changes.compute`).

Which fields are the plan's own words (`VERBATIM`) is written down here: a change to one of them
is a `text` change (the plan's wording was rewritten), to any other field a `field` change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from cchc.changes.model import Change, Details, Value
from cchc.dataset import Dataset
from cchc.model import Measurement, NarrativeReport, Target, Task, Update
from cchc.status import target_state, task_state

__all__ = [
    "VERBATIM",
    "compare_items",
    "compare_report",
    "compare_target",
    "compare_task",
    "jsonable",
]

VERBATIM: dict[str, frozenset[str]] = {
    "plan": frozenset({"title", "province", "objectives", "requirements", "funding", "source"}),
    "area": frozenset({"title", "appendix_title", "lead_source", "source"}),
    "agency": frozenset({"name", "duties", "source"}),
    "group": frozenset({"name", "aliases", "source"}),
    "event": frozenset({"title", "description", "source"}),
    "scale": frozenset({"name", "source"}),
    "task": frozenset({"title", "product", "deadline_text", "lead_text", "support_text", "source"}),
    "target": frozenset({"indicator", "quote", "source"}),
}
"""The fields that hold the plan's text as the decision words it (SPEC §2: `source`, `title`,
`quote` …)."""

# Fields a kind of change of its own describes, so the generic field comparison skips them.
_OWN_KINDS: dict[str, dict[str, str]] = {
    "task": {"deadline": "deadline", "lead": "lead"},
    "target": {"due": "deadline", "owner": "lead"},
}
_SKIPPED = frozenset({"id", "updates", "measurements"})


def jsonable(value: Any) -> Value:
    """A record's value as JSON holds it (dates as ISO text, aliases as the YAML spells them)."""
    result: Value = to_jsonable_python(value, by_alias=True, exclude_none=True)
    return result


def field_names(record: object) -> list[str]:
    if isinstance(record, BaseModel):
        return list(type(record).model_fields)
    return [f.name for f in dataclasses.fields(record)]  # type: ignore[arg-type]


def _field_changes(
    kind: str, record_id: str, path: str, title: str, before: object, after: object
) -> Iterator[Change]:
    own = _OWN_KINDS.get(kind, {})
    verbatim = VERBATIM.get(kind, frozenset())
    for name in field_names(after):
        if name in _SKIPPED:
            continue
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        change_kind = own.get(name) or ("text" if name in verbatim else "field")
        field = name.rstrip("_")
        if name in own:  # a deadline is worded whole
            pairs = [(field, jsonable(old), jsonable(new))]
        else:
            pairs = _leaves(field, jsonable(old), jsonable(new))
        for where, was, now in pairs:
            yield Change(change_kind, kind, record_id, path, title, where, was, now)


def _leaves(field: str, before: Value, after: Value) -> list[tuple[str, Value, Value]]:
    """A nested value's parts that differ, by dotted name (`reporting.duties`), so a reader sees
    what changed in a plan's `reporting:` rather than all of it twice."""
    if not isinstance(before, dict) or not isinstance(after, dict):
        return [(field, before, after)]
    found: list[tuple[str, Value, Value]] = []
    for key in [*before, *(k for k in after if k not in before)]:
        if before.get(key) != after.get(key):
            found += _leaves(f"{field}.{key}", before.get(key), after.get(key))
    return found


def _named_leads(changes: Iterator[Change], base: Dataset, head: Dataset) -> list[Change]:
    """A lead (or owner) change with the agencies' names as each revision gives them, for the
    reader; the ids stay in `before`/`after`."""

    def names(value: Value, dataset: Dataset) -> Value:
        ids = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        return [dataset.agency_name(str(i)) for i in ids]

    return [
        dataclasses.replace(
            c,
            details=(
                ("before_names", names(c.before, base)),
                ("after_names", names(c.after, head)),
            ),
        )
        if c.kind == "lead"
        else c
        for c in changes
    ]


def new_and_gone(before: Sequence[Any], after: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """The entries of an append-only log that `after` adds and those of `before` it no longer
    holds, each in its log's order. An edited entry is both: gone as it was, new as it is."""
    if list(after[: len(before)]) == list(before):
        return list(after[len(before) :]), []
    unmatched = list(range(len(after)))
    gone = []
    for entry in before:
        found = next((i for i in unmatched if after[i] == entry), None)
        if found is None:
            gone.append(entry)
        else:
            unmatched.remove(found)
    return [after[i] for i in unmatched], gone


def _log_changes(
    kind: str,
    record: str,
    record_id: str,
    path: str,
    before: Sequence[Any],
    after: Sequence[Any],
    details: Callable[[Any], Details],
) -> list[Change]:
    """The entries a log gained (`kind`) and those it no longer holds (`kind-removed`)."""
    new, gone = new_and_gone(before, after)
    return [Change(kind, record, record_id, path, details=details(e)) for e in new] + [
        Change(f"{kind}-removed", record, record_id, path, details=details(e)) for e in gone
    ]


def _update_details(update: Update) -> tuple[tuple[str, Value], ...]:
    return (
        ("date", update.date.isoformat()),
        ("status", update.status.value),
        ("note", update.note),
        ("evidence", update.evidence.number if update.evidence is not None else None),
        ("period", jsonable(update.period)),
        ("corrects", update.corrects),
        ("reason", update.reason),
    )


def _measurement_details(target: Target, m: Measurement) -> tuple[tuple[str, Value], ...]:
    return (
        ("period", jsonable(m.period)),
        ("value", jsonable(m.value)),
        ("unit", target.unit.value if target.unit is not None else None),
        ("source", m.source),
        ("date", m.date.isoformat() if m.date is not None else None),
        ("corrects", m.corrects),
        ("reason", m.reason),
    )


def task_summary(task: Task, dataset: Dataset, on: dt.date) -> tuple[tuple[str, Value], ...]:
    state = task_state(task, dataset, on)
    evidence = state.evidence.number if state.evidence is not None else None
    return (("state", state.state), ("evidence", evidence))


def compare_task(
    before: Task,
    after: Task,
    base: Dataset,
    head: Dataset,
    on: dt.date,
    path: str,
) -> list[Change]:
    title = after.title
    changes = _named_leads(_field_changes("task", after.id, path, title, before, after), base, head)
    changes += _log_changes(
        "update", "task", after.id, path, before.updates, after.updates, _update_details
    )
    old, now = task_state(before, base, on), task_state(after, head, on)
    if old.state != now.state:
        evidence = now.evidence or old.evidence
        changes.append(
            Change(
                "state",
                "task",
                after.id,
                path,
                title,
                before=old.state,
                after=now.state,
                details=(
                    ("evidence", evidence.number if evidence is not None else None),
                    ("days", now.days),
                    ("note", now.note),
                ),
            )
        )
    return changes


def compare_target(
    before: Target,
    after: Target,
    base: Dataset,
    head: Dataset,
    on: dt.date,
    path: str,
) -> list[Change]:
    title = after.indicator
    changes = _named_leads(
        _field_changes("target", after.id, path, title, before, after), base, head
    )
    changes += _log_changes(
        "measurement",
        "target",
        after.id,
        path,
        before.measurements,
        after.measurements,
        lambda m: _measurement_details(after, m),
    )
    old, now = target_state(before, base, on), target_state(after, head, on)
    if old.state != now.state:
        changes.append(
            Change(
                "target-state",
                "target",
                after.id,
                path,
                title,
                before=old.state,
                after=now.state,
                details=(
                    ("value", jsonable(now.value)),
                    ("unit", after.unit.value if after.unit is not None else None),
                ),
            )
        )
    return changes


def target_summary(target: Target, dataset: Dataset, on: dt.date) -> tuple[tuple[str, Value], ...]:
    return (("state", target_state(target, dataset, on).state),)


def report_details(report: NarrativeReport) -> tuple[tuple[str, Value], ...]:
    return (
        ("number", report.number),
        ("date", report.date.isoformat() if report.date is not None else None),
    )


def _issued(report: NarrativeReport) -> bool:
    return report.number is not None and report.date is not None


def compare_report(
    key: str, before: NarrativeReport, after: NarrativeReport, path: str
) -> list[Change]:
    """A report now issued (it has its number and date), or its text changed (which parts)."""
    changes: list[Change] = []
    if _issued(after) and not _issued(before):
        changes.append(Change("report-issued", "report", key, path, details=report_details(after)))
    fields = [
        name
        for name in field_names(after)
        if name not in ("number", "date") and getattr(before, name) != getattr(after, name)
    ]
    if fields or (_issued(before) and before != after):
        changes.append(
            Change(
                "report-changed",
                "report",
                key,
                path,
                before=jsonable(
                    [n for n in ("number", "date") if getattr(before, n) != getattr(after, n)]
                    + fields
                ),
                details=report_details(after),
            )
        )
    return changes


def compare_items(
    kind: str,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    path: str,
    title: Callable[[Any], str],
) -> list[Change]:
    """The entries of a `plan/` file that hold a list by id (areas, agencies, groups, events,
    scales): added, removed, or a field changed."""
    changes: list[Change] = []
    for item_id, item in after.items():
        if item_id not in before:
            changes.append(Change("added", kind, item_id, path, title(item)))
        elif before[item_id] != item:
            changes += _field_changes(kind, item_id, path, title(item), before[item_id], item)
    for item_id, item in before.items():
        if item_id not in after:
            changes.append(Change("removed", kind, item_id, path, title(item)))
    return changes


def compare_plan(before: Dataset, after: Dataset) -> list[Change]:
    """The `plan/` files: the plan itself, then each list of its entries."""
    changes = list(
        _field_changes(
            "plan", after.plan.id, "plan/plan.yaml", after.plan.title, before.plan, after.plan
        )
    )
    changes += compare_items(
        "area", before.areas, after.areas, "plan/areas.yaml", lambda a: a.title
    )
    changes += compare_items(
        "agency", before.agencies, after.agencies, "plan/agencies.yaml", lambda a: a.name
    )
    changes += compare_items(
        "group", before.groups, after.groups, "plan/agencies.yaml", lambda g: g.name
    )
    changes += compare_items(
        "event", before.events, after.events, "plan/events.yaml", lambda e: e.title
    )
    changes += compare_items(
        "scale", before.scales, after.scales, "plan/scales.yaml", lambda s: s.name
    )
    return changes
