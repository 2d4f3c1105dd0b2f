"""The plan's fixed words: task statuses and kinds, target units and goal operators.

Plain enums with no pydantic, so the command line can offer them as choices (`--status`, `--kind`)
without building the models at start-up; `cchc.model` uses these very classes for its fields.
"""

from enum import StrEnum

__all__ = ["Op", "Status", "TaskKind", "Unit"]


# What a task's progress log records. (No docstring: pydantic would put it in the JSON Schema.)
class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskKind(StrEnum):
    """A key task of the plan's appendix, or a lettered task or solution of part II."""

    KEY = "key"
    SOLUTION = "solution"

    # The model's field is `Literal[TaskKind.KEY, TaskKind.SOLUTION]`, so the files' JSON Schema
    # stays a plain list of strings; pydantic names a Literal's choices by their repr, and this one
    # makes them read 'key', 'solution' in a problem message, as the words of the file.
    __repr__ = str.__repr__


class Unit(StrEnum):
    PERCENT = "percent"
    COUNT = "count"
    PEOPLE = "people"


class Op(StrEnum):
    GT = ">"
    GE = ">="
    EQ = "="
    LE = "<="
    LT = "<"
