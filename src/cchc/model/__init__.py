"""The pydantic schema of every file kind (SPEC §2).

The models only describe the shape of one file; rules that need more than one record (does this agency
exist? are the updates in order?) live in `checks`. Every model forbids unknown keys, so a typo such as
`deadlne:` is an error that names the allowed keys instead of a value silently ignored.

Custom errors use `PydanticCustomError` with our own type names; `schemaerrors` turns them, and
pydantic's built-in errors, into catalogue messages.

Numbers are `Figure`s and lists are capped (`cchc.bounds`), so what validates can be printed.

One module per part: `base` (the record base and shared validated scalars, `Document`), `plan`
(the plan's files: plan, areas, agencies and groups, events), `deadlines`, `tasks`, and the
target side: `scales`, `targets`, `reports` (narrative reports). Every name is importable from
`cchc.model` itself.

The target side is imported on first use of one of its names (PEP 562), not with the package: a
task command (`overdue`, `due`, `progress`, `list`, `calendar`, `submissions`) never reads
`targets/` or `plan/scales.yaml`, the narrative reports' model is defined only when the dataset has
a `reports/` folder, and defining these models would cost a task command about 5 ms of start-up
(`bench/`). Modules on a task command's path name those classes in annotations only.
"""

from typing import TYPE_CHECKING

# The enums live apart so the command line can use them without pydantic; re-exported here for
# the modules that take every record type from the model.
from cchc.enums import Op, Status, TaskKind, Unit
from cchc.model.base import (
    ENTRY_CONFIG,
    PART_CONFIG,
    Corrects,
    DocNumber,
    Document,
    DurationText,
    FigureOrText,
    PeriodText,
    Reason,
    Record,
    Slug,
    Text,
    duration_problem,
    period_problem,
)
from cchc.model.deadlines import Conditional, Deadline, Recurrence, Window
from cchc.model.plan import (
    AgenciesFile,
    Agency,
    AgencyHeading,
    AgencyKind,
    Area,
    AreasFile,
    Event,
    EventsFile,
    Group,
    Plan,
    ReportHeading,
    Reporting,
    Signature,
)
from cchc.model.tasks import STATUS_WORDS, Task, Update

if TYPE_CHECKING:
    from cchc.model.reports import NarrativeReport
    from cchc.model.scales import Level, Scale, ScalesFile
    from cchc.model.targets import Baseline, Goal, Measurement, Target

__all__ = [
    "ENTRY_CONFIG",
    "PART_CONFIG",
    "STATUS_WORDS",
    "AgenciesFile",
    "Agency",
    "AgencyHeading",
    "AgencyKind",
    "Area",
    "AreasFile",
    "Baseline",
    "Conditional",
    "Corrects",
    "Deadline",
    "DocNumber",
    "Document",
    "DurationText",
    "Event",
    "EventsFile",
    "FigureOrText",
    "Goal",
    "Group",
    "Level",
    "Measurement",
    "NarrativeReport",
    "Op",
    "PeriodText",
    "Plan",
    "Reason",
    "Record",
    "Recurrence",
    "ReportHeading",
    "Reporting",
    "Scale",
    "ScalesFile",
    "Signature",
    "Slug",
    "Status",
    "Target",
    "Task",
    "TaskKind",
    "Text",
    "Unit",
    "Update",
    "Window",
    "duration_problem",
    "file_models",
    "period_problem",
]

# The target side's names, by the module that defines them.
_TARGET_SIDE = {
    "Level": "scales",
    "Scale": "scales",
    "ScalesFile": "scales",
    "Baseline": "targets",
    "Goal": "targets",
    "Measurement": "targets",
    "Target": "targets",
    "NarrativeReport": "reports",
}


def file_models() -> dict[str, type[Record]]:
    """The file kinds, by name, for `cchc schema KIND` and the loader."""
    from cchc.model.reports import NarrativeReport
    from cchc.model.scales import ScalesFile
    from cchc.model.targets import Target

    return {
        "plan": Plan,
        "areas": AreasFile,
        "agencies": AgenciesFile,
        "events": EventsFile,
        "scales": ScalesFile,
        "task": Task,
        "target": Target,
        "report": NarrativeReport,
    }


if not TYPE_CHECKING:  # mypy reads the imports above; a module `__getattr__` would hide typos

    def __getattr__(name: str) -> object:
        if name not in _TARGET_SIDE:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(f"cchc.model.{_TARGET_SIDE[name]}"), name)
        globals()[name] = value  # the next lookup finds it without calling this function
        return value
