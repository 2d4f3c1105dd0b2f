"""The rule registry: every rule id a problem line can end with, its level and what it means.

A rule id is a stable public name: it ends every problem line (`[unknown-agency]`), names the
GitHub annotation and the JSON record, and people grep for it. This module is the one place that
says which ids exist, whether each is an error or a warning, and what it checks (one paragraph,
English, with a Vietnamese title). The checks and the schema messages take their rules from here;
the YAML layer and the template checks name theirs by id, and `tests/test_rules.py` proves that
every id any module emits is registered here, that each has a broken dataset under
`tests/data/invalid/<id>[-variant]/`, and that the README's table is `markdown_table()`.

    python -m cchc.rules     # prints the README's table
"""

from __future__ import annotations

from collections.abc import Mapping

from cchc.rules.consistency import (
    CANCELLED_WITHOUT_NOTE,
    CORRECTION_REASON,
    CORRECTION_TARGET,
    DATE_IN_FUTURE,
    DOC_NUMBER_SPELLING,
    DONE_WITHOUT_EVIDENCE,
    DUPLICATE_ID,
    DUPLICATE_LEVEL,
    EVENT_INCOMPLETE,
    EVIDENCE_DATE,
    GOAL_SCALE,
    GOAL_TYPE,
    ID_FILENAME,
    MEASUREMENT_DUPLICATE,
    MEASUREMENT_SCALE,
    MEASUREMENT_TYPE,
    RECURRING_PERIOD,
    REPORT_DATE,
    REPORT_ISSUED,
    REPORT_PERIOD,
    UNKNOWN_AGENCY,
    UNKNOWN_AREA,
    UNKNOWN_EVENT,
    UNKNOWN_SCALE,
    UPDATE_AFTER_DONE,
    UPDATE_ORDER,
    VALUE_RANGE,
)
from cchc.rules.history import (
    HISTORY_DEADLINE,
    HISTORY_ENTRY_EDITED,
    HISTORY_ENTRY_ORDER,
    HISTORY_ENTRY_REMOVED,
    HISTORY_EVIDENCE_NUMBER,
    HISTORY_GOAL,
    HISTORY_PLAN_TEXT,
    HISTORY_RECORD_REMOVED,
    HISTORY_REPORT_ISSUED,
)

# The group modules register their rules on import; each group lives in one module, so the
# README table (by group, in definition order) does not depend on the order of these imports.
from cchc.rules.reading import (
    IGNORED_FILE,
    MISSING_FILE,
    SYMLINK,
    TOO_MANY_PROBLEMS,
)
from cchc.rules.registry import ALL as _ALL
from cchc.rules.registry import GROUPS, Group, Rule
from cchc.rules.shape import (
    BASELINE,
    DATE,
    DOC_NUMBER,
    DURATION,
    EMPTY,
    EMPTY_FILE,
    GROUP_MEMBERS,
    INVALID_ID,
    INVALID_VALUE,
    MISSING_FIELD,
    PERIOD,
    RANGE,
    RECURRENCE,
    TOO_MANY_ENTRIES,
    TYPE,
    UNIT_OR_SCALE,
    UNKNOWN_FIELD,
)

__all__ = [
    "BASELINE",
    "CANCELLED_WITHOUT_NOTE",
    "CORRECTION_REASON",
    "CORRECTION_TARGET",
    "DATE",
    "DATE_IN_FUTURE",
    "DOC_NUMBER",
    "DOC_NUMBER_SPELLING",
    "DONE_WITHOUT_EVIDENCE",
    "DUPLICATE_ID",
    "DUPLICATE_LEVEL",
    "DURATION",
    "EMPTY",
    "EMPTY_FILE",
    "EVENT_INCOMPLETE",
    "EVIDENCE_DATE",
    "GOAL_SCALE",
    "GOAL_TYPE",
    "GROUPS",
    "GROUP_MEMBERS",
    "HISTORY_DEADLINE",
    "HISTORY_ENTRY_EDITED",
    "HISTORY_ENTRY_ORDER",
    "HISTORY_ENTRY_REMOVED",
    "HISTORY_EVIDENCE_NUMBER",
    "HISTORY_GOAL",
    "HISTORY_PLAN_TEXT",
    "HISTORY_RECORD_REMOVED",
    "HISTORY_REPORT_ISSUED",
    "ID_FILENAME",
    "IGNORED_FILE",
    "INVALID_ID",
    "INVALID_VALUE",
    "MEASUREMENT_DUPLICATE",
    "MEASUREMENT_SCALE",
    "MEASUREMENT_TYPE",
    "MISSING_FIELD",
    "MISSING_FILE",
    "PERIOD",
    "RANGE",
    "RECURRENCE",
    "RECURRING_PERIOD",
    "REPORT_DATE",
    "REPORT_ISSUED",
    "REPORT_PERIOD",
    "RULES",
    "SYMLINK",
    "TOO_MANY_ENTRIES",
    "TOO_MANY_PROBLEMS",
    "TYPE",
    "UNIT_OR_SCALE",
    "UNKNOWN_AGENCY",
    "UNKNOWN_AREA",
    "UNKNOWN_EVENT",
    "UNKNOWN_FIELD",
    "UNKNOWN_SCALE",
    "UPDATE_AFTER_DONE",
    "UPDATE_ORDER",
    "VALUE_RANGE",
    "Group",
    "Rule",
    "markdown_table",
    "rule",
]

RULES: Mapping[str, Rule] = {registered.id: registered for registered in _ALL}
if len(RULES) != len(_ALL):  # pragma: no cover - a programming error caught at import
    raise ValueError("a rule id is registered twice")


def rule(rule_id: str) -> Rule:
    """The registered rule `rule_id`; KeyError for an id nobody registered."""
    return RULES[rule_id]


def markdown_table() -> str:
    """The README's rule table: one row per rule, grouped, in registry order."""
    lines: list[str] = []
    for group, heading in GROUPS.items():
        lines += ["", f"**{heading}**", "", "| rule | level | quy tắc | what it checks |"]
        lines.append("| --- | --- | --- | --- |")
        lines += [
            f"| `{r.id}` | {r.level} | {r.title} | {r.doc} |" for r in _ALL if r.group == group
        ]
    return "\n".join(lines[1:]) + "\n"
