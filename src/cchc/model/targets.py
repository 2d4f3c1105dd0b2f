"""`targets/ID.yaml`: a measurable promise, its goal and baseline, and its append-only list of
measurements."""

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator
from pydantic.dataclasses import dataclass
from pydantic_core import PydanticCustomError

from cchc.bounds import MAX_ENTRIES, Figure, WholeFigure
from cchc.enums import Op, Unit
from cchc.model.base import (
    ENTRY_CONFIG,
    PART_CONFIG,
    Corrects,
    FigureOrText,
    PeriodText,
    Reason,
    Record,
    Slug,
    Text,
)
from cchc.model.deadlines import Recurrence


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Goal:
    op: Op
    value: FigureOrText
    change: Literal["decrease", "increase"] | None = Field(
        default=None,
        description="The goal is a change in percent against the baseline (measurements are absolute)",
    )


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Baseline:
    period: PeriodText
    value: Figure | None = None
    unit: Unit | None = None
    source: Text | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=ENTRY_CONFIG)
class Measurement:
    """One entry of a target's append-only list of figures, or with `corrects` a correction."""

    period: PeriodText
    value: FigureOrText
    source: Text
    date: dt.date | None = Field(default=None, description="When the figure was published")
    rank: WholeFigure | None = None
    score: Figure | None = None
    note: Text | None = None
    corrects: Corrects | None = None
    reason: Reason | None = None


class Target(Record):
    """`targets/ID.yaml`: one atomic measurable promise of the plan."""

    id: Slug
    area: Slug | None = None
    indicator: Text
    quote: Text
    source: Text
    owner: Slug
    unit: Unit | None = None
    scale: Slug | None = None
    goal: Goal
    baseline: Baseline | None = None
    stretch: bool = False
    due: PeriodText
    recurring: Recurrence | None = None
    measurements: list[Measurement] = Field(default=[], max_length=MAX_ENTRIES)
    note: Text | None = None

    @model_validator(mode="after")
    def _unit_or_scale(self) -> "Target":
        if (self.unit is None) == (self.scale is None):
            raise PydanticCustomError("unit_or_scale", "give exactly one of 'unit' or 'scale'", {})
        if self.goal.change is not None and self.baseline is None:
            raise PydanticCustomError(
                "change_needs_baseline", "a goal with 'change' needs a 'baseline'", {}
            )
        return self
