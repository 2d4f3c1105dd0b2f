"""A task's `deadline:` — a period, a window, a wait for an outside event, or a yearly
recurrence (which a target's `recurring:` uses too) — told apart by their keys."""

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag, model_validator
from pydantic.dataclasses import dataclass
from pydantic_core import PydanticCustomError

from cchc.model.base import PART_CONFIG, DurationText, PeriodText, Slug


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Window:
    """Active from the first period, due at the end of the last."""

    from_: Annotated[PeriodText, Field(alias="from")]
    to: PeriodText


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Conditional:
    """Due `within` after an outside event; pending while the event is."""

    after: Slug
    within: DurationText | None = None


@dataclass(frozen=True, slots=True, kw_only=True, config=PART_CONFIG)
class Recurrence:
    """Due every year from `from` to `to`, each year on its own."""

    every: Literal["year"]
    from_: Annotated[int, Field(alias="from", ge=1900, le=2199)]
    to: Annotated[int, Field(ge=1900, le=2199)]

    @model_validator(mode="after")
    def _ordered(self) -> "Recurrence":
        if self.to < self.from_:
            raise PydanticCustomError("recurrence_order", "'to' is before 'from'", {})
        return self


def _deadline_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        if "every" in value:
            return "every"
        if "after" in value:
            return "after"
        return "window"
    if isinstance(value, Window):
        return "window"
    if isinstance(value, Conditional):
        return "after"
    if isinstance(value, Recurrence):
        return "every"
    return "period"


Deadline = Annotated[
    Annotated[PeriodText, Tag("period")]
    | Annotated[Window, Tag("window")]
    | Annotated[Conditional, Tag("after")]
    | Annotated[Recurrence, Tag("every")],
    Discriminator(_deadline_tag),
]
