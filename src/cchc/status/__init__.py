"""Task and target state on a date, and roll-ups (SPEC §4). Pure functions over a `Dataset`.

Everything is computed "as the files stood on day D": updates, measurements and events dated after D
are ignored, so a 2017H1 report printed in 2019 shows what was true on 2017-06-30. Updates and
measurements are read through `cchc.corrections.effective`: a corrected entry counts as its
correction says, on the corrected entry's own date.

One module per part, each saying its decisions where the spec is silent: `tasks` (a task's state),
`agencies` (which agencies a task counts for), `rollups`, `targets` (a target's state), and
`parsed` (the period reader they share). Every name is importable from `cchc.status` itself.
"""

from cchc.status.agencies import expand_agency, lead_agencies, led_by, named_among
from cchc.status.parsed import period
from cchc.status.rollups import Rollup, rollup, rollup_by_agency, rollup_by_area, rollup_plan
from cchc.status.targets import (
    TARGET_STATES,
    Assessment,
    TargetState,
    available_on,
    compared_value,
    measurements_on,
    meets,
    target_state,
    target_states,
)
from cchc.status.tasks import (
    TASK_STATES,
    TaskState,
    classify_due,
    occurrence_update,
    resolve_due,
    status_on,
    task_state,
    task_states,
    updates_on,
    yearly_updates,
)

__all__ = [
    "TARGET_STATES",
    "TASK_STATES",
    "Assessment",
    "Rollup",
    "TargetState",
    "TaskState",
    "available_on",
    "classify_due",
    "compared_value",
    "expand_agency",
    "lead_agencies",
    "led_by",
    "measurements_on",
    "meets",
    "named_among",
    "occurrence_update",
    "period",
    "resolve_due",
    "rollup",
    "rollup_by_agency",
    "rollup_by_area",
    "rollup_plan",
    "status_on",
    "target_state",
    "target_states",
    "task_state",
    "task_states",
    "updates_on",
    "yearly_updates",
]
