"""The pydantic schema of every file kind (SPEC §2).

The models only describe the shape of one file; rules that need more than one record (does this agency
exist? are the updates in order?) live in `checks`. Every model forbids unknown keys, so a typo such as
`deadlne:` is an error that names the allowed keys instead of a value silently ignored.

Custom errors use `PydanticCustomError` with our own type names; `schemaerrors` turns them, and
pydantic's built-in errors, into catalogue messages.

Numbers are `Figure`s and lists are capped (`cchc.bounds`), so what validates can be printed.

One module per part: `base` (the record base and shared validated scalars, `Document`), `plan`
(the plan's files: plan, areas, agencies and groups, events, scales), `deadlines`, `tasks`,
`targets`, `reports` (narrative reports). Every name is importable from `cchc.model` itself.
"""

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
    Level,
    Plan,
    ReportHeading,
    Reporting,
    Scale,
    ScalesFile,
    Signature,
)
from cchc.model.reports import NarrativeReport
from cchc.model.targets import Baseline, Goal, Measurement, Target
from cchc.model.tasks import STATUS_WORDS, Task, Update

__all__ = [
    "ENTRY_CONFIG",
    "FILE_MODELS",
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
    "period_problem",
]

# The file kinds, by name, for `cchc schema KIND` and the loader.
FILE_MODELS: dict[str, type[Record]] = {
    "plan": Plan,
    "areas": AreasFile,
    "agencies": AgenciesFile,
    "events": EventsFile,
    "scales": ScalesFile,
    "task": Task,
    "target": Target,
    "report": NarrativeReport,
}
