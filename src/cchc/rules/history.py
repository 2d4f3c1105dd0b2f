"""Rules of two revisions (`cchc.history`, for `cchc diff --check`)."""

from __future__ import annotations

from cchc.rules.registry import error_rule as _error

__all__ = [
    "HISTORY_DEADLINE",
    "HISTORY_ENTRY_EDITED",
    "HISTORY_ENTRY_ORDER",
    "HISTORY_ENTRY_REMOVED",
    "HISTORY_EVIDENCE_NUMBER",
    "HISTORY_GOAL",
    "HISTORY_PLAN_TEXT",
    "HISTORY_RECORD_REMOVED",
    "HISTORY_REPORT_ISSUED",
]

# -------------------------------------------------------------------------------------- history
# Emitted by `cchc.history`, which compares two revisions (`cchc diff --check`).

HISTORY_ENTRY_EDITED = _error(
    "history-entry-edited",
    "history",
    "Sửa mục đã ghi",
    "An update or measurement BASE already had was changed (any field), or an event's recorded "
    "`happened_on`/`reference`; append a correction (`corrects: N`, `reason`) instead.",
)
HISTORY_ENTRY_REMOVED = _error(
    "history-entry-removed",
    "history",
    "Xóa mục đã ghi",
    "An update or measurement BASE had is gone; the location is in BASE (`REV:PATH`). Put it "
    "back, and correct it by appending a correction if it was wrong.",
)
HISTORY_ENTRY_ORDER = _error(
    "history-entry-order",
    "history",
    "Đổi thứ tự mục đã ghi",
    "Entries reordered, or a new entry put before one BASE had: new entries go at the end, "
    "and a correction names an entry by its position.",
)
HISTORY_EVIDENCE_NUMBER = _error(
    "history-evidence-number",
    "history",
    "Sửa số văn bản minh chứng",
    "The document number an existing update cites as evidence was changed (a more specific "
    "`history-entry-edited`).",
)
HISTORY_PLAN_TEXT = _error(
    "history-plan-text",
    "history",
    "Sửa lời văn của kế hoạch",
    "The plan's own words changed or removed: a task's title, product, deadline wording, source "
    "(and kind, number, area, lead/support wording); a target's indicator, quote, source, area; "
    "the decision in `plan/plan.yaml`; area titles; agency and group names, duties, sources; "
    "event titles. A field may be added.",
)
HISTORY_DEADLINE = _error(
    "history-deadline",
    "history",
    "Dời thời hạn",
    "A task's `deadline`, or a target's `due` or `recurring`, changed or removed: the plan's "
    "deadline is the plan's.",
)
HISTORY_GOAL = _error(
    "history-goal",
    "history",
    "Sửa mục tiêu",
    "A target's `goal` or `stretch` changed or removed, or a value of its `baseline` (a baseline "
    "may gain a value it lacked).",
)
HISTORY_RECORD_REMOVED = _error(
    "history-record-removed",
    "history",
    "Xóa bản ghi của kế hoạch",
    "A task or target file, a plan file, or an area, agency, group or event is gone (location in "
    "BASE); a task is dropped by appending a `cancelled` update with a note.",
)
HISTORY_REPORT_ISSUED = _error(
    "history-report-issued",
    "history",
    "Sửa báo cáo đã ban hành",
    "A narrative report that BASE has issued (with its `number` and `date`) was changed or "
    "removed; a draft may change until it is issued.",
)
