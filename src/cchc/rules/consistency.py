"""Rules of records against each other and the plan (`cchc.checks` and the loader)."""

from __future__ import annotations

from cchc.rules.registry import error_rule as _error
from cchc.rules.registry import warning_rule as _warning

__all__ = [
    "CANCELLED_WITHOUT_NOTE",
    "CORRECTION_REASON",
    "CORRECTION_TARGET",
    "DATE_IN_FUTURE",
    "DOC_NUMBER_SPELLING",
    "DONE_WITHOUT_EVIDENCE",
    "DUPLICATE_ID",
    "DUPLICATE_LEVEL",
    "EVENT_INCOMPLETE",
    "EVIDENCE_DATE",
    "GOAL_SCALE",
    "GOAL_TYPE",
    "ID_FILENAME",
    "MEASUREMENT_DUPLICATE",
    "MEASUREMENT_SCALE",
    "MEASUREMENT_TYPE",
    "RECURRING_PERIOD",
    "REPORT_DATE",
    "REPORT_ISSUED",
    "REPORT_PERIOD",
    "UNKNOWN_AGENCY",
    "UNKNOWN_AREA",
    "UNKNOWN_EVENT",
    "UNKNOWN_SCALE",
    "UPDATE_AFTER_DONE",
    "UPDATE_ORDER",
    "VALUE_RANGE",
]

# ---------------------------------------------------------------------------------- consistency
# Emitted by `cchc.checks` and the loader.

UNKNOWN_AGENCY = _error(
    "unknown-agency",
    "consistency",
    "Cơ quan không có",
    "A lead, support, "
    "owner, coordinator or group member that `plan/agencies.yaml` does not "
    "define; matched by id, name and short name for the suggestion.",
)
UNKNOWN_AREA = _error(
    "unknown-area",
    "consistency",
    "Lĩnh vực không có",
    "An area that `plan/areas.yaml` does not define.",
)
UNKNOWN_EVENT = _error(
    "unknown-event",
    "consistency",
    "Sự kiện không có",
    "A deadline `after` an event that `plan/events.yaml` does not define.",
)
UNKNOWN_SCALE = _error(
    "unknown-scale",
    "consistency",
    "Thang bậc không có",
    "A target's `scale` that `plan/scales.yaml` does not define.",
)
DUPLICATE_ID = _error(
    "duplicate-id",
    "consistency",
    "Mã bị trùng",
    "Two records (or two entries of a plan file) with the same id; each id is used once.",
)
ID_FILENAME = _error(
    "id-filename",
    "consistency",
    "Mã khác tên tệp",
    "A task or target whose `id` differs from its file name (`tasks/T06.yaml` holds `id: T06`).",
)
UPDATE_ORDER = _error(
    "update-order",
    "consistency",
    "Cập nhật sai thứ tự",
    "An update dated before the one above it: the log is kept oldest first.",
)
UPDATE_AFTER_DONE = _error(
    "update-after-done",
    "consistency",
    "Cập nhật sau khi hoàn thành",
    "Anything after `done` but a reopening (`status: in_progress`).",
)
DONE_WITHOUT_EVIDENCE = _error(
    "done-without-evidence",
    "consistency",
    "Hoàn thành không có minh chứng",
    "A `done` update without `evidence` (the number and date of the document the task produced).",
)
CANCELLED_WITHOUT_NOTE = _error(
    "cancelled-without-note",
    "consistency",
    "Hủy không có lý do",
    "A `cancelled` update without a `note` saying why.",
)
RECURRING_PERIOD = _error(
    "recurring-period",
    "consistency",
    "Thiếu năm hoàn thành",
    "A yearly task's `done` update without `period`, the year it completes.",
)
DATE_IN_FUTURE = _error(
    "date-in-future",
    "consistency",
    "Ngày trong tương lai",
    "An update, "
    "measurement or event dated after today (`--as-of`): nothing is "
    "reported before it happens.",
)
GOAL_SCALE = _error(
    "goal-scale",
    "consistency",
    "Mục tiêu không thuộc thang",
    "A goal on a scale whose value is not one of the scale's levels.",
)
GOAL_TYPE = _error(
    "goal-type",
    "consistency",
    "Mục tiêu không phải số",
    "A goal with a unit "
    "whose value is not a number (a decimal comma gets the spelling with a "
    "point).",
)
MEASUREMENT_SCALE = _error(
    "measurement-scale",
    "consistency",
    "Số liệu không thuộc thang",
    "A measurement on a scale that is not one of its levels, or a number "
    "the scale's cut-offs cannot place.",
)
MEASUREMENT_TYPE = _error(
    "measurement-type",
    "consistency",
    "Số liệu không phải số",
    "A measurement of a target with a unit that is not a number (a "
    "decimal comma gets the spelling with a point).",
)
VALUE_RANGE = _error(
    "value-range",
    "consistency",
    "Giá trị ngoài khoảng",
    "A percentage outside 0 – 100, or a negative measurement.",
)
DUPLICATE_LEVEL = _error(
    "duplicate-level", "consistency", "Bậc bị lặp", "A scale that names the same level twice."
)
MEASUREMENT_DUPLICATE = _warning(
    "measurement-duplicate",
    "consistency",
    "Số liệu trùng kỳ",
    "Two measurements for the same period; the later one is used.",
)
EVIDENCE_DATE = _warning(
    "evidence-date",
    "consistency",
    "Minh chứng sau ngày cập nhật",
    "Evidence dated after the update that cites it.",
)
EVENT_INCOMPLETE = _warning(
    "event-incomplete",
    "consistency",
    "Sự kiện thiếu ngày",
    "An event with a `reference` but no `happened_on`: it still counts as pending.",
)
DOC_NUMBER_SPELLING = _warning(
    "doc-number-spelling",
    "consistency",
    "Ký hiệu văn bản thiếu Đ",
    "A document symbol written without its Đ (`QD`, `ND`), as "
    "keyboards without Vietnamese input do; the message gives the "
    "official spelling (`QĐ`, `NĐ`).",
)

REPORT_PERIOD = _error(
    "report-period",
    "consistency",
    "Thư mục báo cáo không mang tên kỳ",
    "A narrative report lives in `reports/PERIOD/AGENCY.yaml`: its folder must be named after a "
    "period (`2017H1`, `2017`).",
)
REPORT_ISSUED = _error(
    "report-issued",
    "consistency",
    "Báo cáo thiếu số hoặc ngày",
    "A narrative report's `number` and `date` come together: both once the report is issued "
    "(the agency has then submitted for the period), neither while it is a draft.",
)
REPORT_DATE = _error(
    "report-date",
    "consistency",
    "Báo cáo đề ngày trước kỳ",
    "A narrative report dated before the period it reports on begins: the date or the period "
    "folder is wrong.",
)

CORRECTION_TARGET = _error(
    "correction-target",
    "consistency",
    "Đính chính sai mục",
    "A correction's `corrects: N` must name an earlier entry of the same list (1 is the "
    "first) that is not itself a correction; to correct a correction, correct the original again.",
)
CORRECTION_REASON = _error(
    "correction-reason",
    "consistency",
    "Đính chính thiếu lý do",
    "A correction (`corrects: N`) needs a `reason`, and `reason` belongs only on a correction.",
)
