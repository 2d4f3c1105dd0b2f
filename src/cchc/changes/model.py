"""The values `cchc diff` computes: one `Change` per thing a reviewer should know, and the `Diff`
of two revisions that holds them. Plain data, so the text, Markdown and JSON writers (and the
tests) read the same values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeAlias

__all__ = ["GROUPS", "KINDS", "RECORDS", "Change", "Details", "Diff", "Side", "Value"]

Value: TypeAlias = "str | int | float | bool | list[Value] | dict[str, Value] | None"
"""What a field held, as JSON holds it: dates as ISO text, a deadline as its YAML mapping."""
Details: TypeAlias = "tuple[tuple[str, Value], ...]"

KINDS: tuple[str, ...] = (
    "invalid",  # a revision's data has errors (record "revision", id "base" or "head")
    "unreadable",  # a record's file is in a revision but its record could not be read there
    "added",
    "removed",
    "state",  # a task's state on the as-of day
    "target-state",
    "update",  # a progress note appended to a task's log
    "update-removed",  # an entry of the log that is no longer there (edited or deleted)
    "measurement",
    "measurement-removed",
    "deadline",  # a task's deadline, a target's due period
    "lead",  # a task's lead agencies, a target's owner
    "text",  # the plan's own words: a title, a product, a deadline's wording, a quote …
    "field",  # any other field
    "report-added",
    "report-issued",
    "report-changed",
    "report-removed",
)
"""Every kind of change."""

GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"invalid"}),
    frozenset({"unreadable"}),
    frozenset({"added", "removed"}),
    frozenset({"state"}),
    frozenset({"target-state"}),
    frozenset({"update"}),
    frozenset({"measurement"}),
    frozenset({"update-removed", "measurement-removed"}),
    frozenset({"deadline", "lead"}),
    frozenset({"text"}),
    frozenset({"field"}),
    frozenset({"report-added", "report-issued", "report-changed", "report-removed"}),
)
"""The kinds listed together (one section of the text and Markdown), in the order they are
listed; within a group, changes go by record kind, then id in natural order."""

RECORDS: tuple[str, ...] = (
    "revision",
    "plan",
    "area",
    "agency",
    "group",
    "event",
    "scale",
    "task",
    "target",
    "report",
)


@dataclass(frozen=True)
class Change:
    """One change. `record`/`id` name what changed (`task`/`K01`; a report's id is
    `PERIOD/AGENCY`), `path` the file that shows it (in HEAD, or in BASE for a removal), `title`
    the record's title for the reader. `field` is the field in question, `before`/`after` its
    values; `details` carry the rest (an update's date, status, note, evidence number …)."""

    kind: str
    record: str
    id: str
    path: str = ""
    title: str = ""
    field: str | None = None
    before: Value = None
    after: Value = None
    details: tuple[tuple[str, Value], ...] = ()

    def detail(self, name: str) -> Value:
        return dict(self.details).get(name)


@dataclass(frozen=True)
class Side:
    """One revision as the diff read it: the name the user gave (`v2017H1`, `WORKTREE`), the
    commit it resolved to (None for the working tree), the errors found in what was read, and
    whether that was the whole revision (else `plan/` and the files that changed)."""

    name: str
    commit: str | None
    errors: int = 0
    whole: bool = False


@dataclass(frozen=True)
class Diff:
    """What changed from `base` to `head`, as of `on`, in the order they are listed."""

    base: Side
    head: Side
    on: dt.date
    changes: tuple[Change, ...] = field(default_factory=tuple)
