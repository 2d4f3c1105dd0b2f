"""`tasks/ID.yaml`: a task and its append-only log of updates."""

import datetime as dt
from typing import Literal

from pydantic import Field
from pydantic.dataclasses import dataclass

from cchc.bounds import MAX_ENTRIES, MAX_FIGURE
from cchc.enums import Status, TaskKind
from cchc.model.base import (
    ENTRY_CONFIG,
    Corrects,
    Document,
    PeriodText,
    Reason,
    Record,
    Slug,
    Text,
)
from cchc.model.deadlines import Deadline

STATUS_WORDS: dict[Status, tuple[str, ...]] = {
    Status.NOT_STARTED: ("chưa thực hiện", "chưa triển khai", "chưa làm"),
    Status.IN_PROGRESS: ("đang thực hiện", "đang triển khai", "đang làm"),
    Status.DONE: ("xong", "hoàn thành", "đã hoàn thành", "đã xong"),
    Status.CANCELLED: ("hủy", "huỷ", "đã hủy", "bỏ"),
}
"""The words staff say for each status, for "did you mean …" (`status: xong` → done)."""


@dataclass(frozen=True, slots=True, kw_only=True, config=ENTRY_CONFIG)
class Update:
    """One entry of a task's append-only progress log, or with `corrects` a correction of one
    (`cchc.corrections`)."""

    date: dt.date
    status: Status
    note: Text | None = None
    evidence: Document | None = None
    period: PeriodText | None = Field(
        default=None, description="For a recurring task: the occurrence (year) this update is for"
    )
    corrects: Corrects | None = None
    reason: Reason | None = None


class Task(Record):
    """`tasks/ID.yaml`: a key task of the appendix or a lettered solution of part II."""

    id: Slug
    kind: Literal[TaskKind.KEY, TaskKind.SOLUTION]
    number: int | None = Field(default=None, ge=1, le=MAX_FIGURE)
    area: Slug
    title: Text
    lead: list[Slug] = Field(min_length=1, max_length=MAX_ENTRIES)
    lead_text: Text | None = None
    support: list[Slug] = Field(default=[], max_length=MAX_ENTRIES)
    support_text: Text | None = None
    product: Text | None = None
    deadline: Deadline | None = None
    deadline_text: Text | None = None
    source: Text
    note: Text | None = None
    updates: list[Update] = Field(default=[], max_length=MAX_ENTRIES)
