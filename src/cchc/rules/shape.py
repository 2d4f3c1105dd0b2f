"""Rules of one file against its schema (`cchc.schemaerrors` and the loader)."""

from __future__ import annotations

from cchc.rules.registry import error_rule as _error

__all__ = [
    "BASELINE",
    "DATE",
    "DOC_NUMBER",
    "DURATION",
    "EMPTY",
    "EMPTY_FILE",
    "GROUP_MEMBERS",
    "INVALID_ID",
    "INVALID_VALUE",
    "MISSING_FIELD",
    "PERIOD",
    "RANGE",
    "RECURRENCE",
    "TOO_MANY_ENTRIES",
    "TYPE",
    "UNIT_OR_SCALE",
    "UNKNOWN_FIELD",
]

# ---------------------------------------------------------------------------------------- shape
# Emitted by `cchc.schemaerrors` (pydantic's errors said for people) and the loader.

MISSING_FIELD = _error(
    "missing-field",
    "shape",
    "Thiếu trường bắt buộc",
    "A required field is absent (a task without `source`, an update without `date`).",
)
UNKNOWN_FIELD = _error(
    "unknown-field",
    "shape",
    "Trường không có trong mẫu",
    "A key the schema "
    "does not have, usually a typo (`staus:`); the message names the field "
    "meant when one is close, and lists the allowed ones.",
)
INVALID_VALUE = _error(
    "invalid-value",
    "shape",
    "Giá trị không hợp lệ",
    "A value outside a "
    "fixed list (a status, a kind, a unit); the message suggests the listed "
    "value meant, including the Vietnamese words for statuses.",
)
INVALID_ID = _error(
    "invalid-id",
    "shape",
    "Mã không hợp lệ",
    "An id with characters other than ASCII letters, digits, `-`, `_` and `.` (or longer than 64).",
)
TYPE = _error(
    "type",
    "shape",
    "Sai kiểu dữ liệu",
    "A value of the wrong kind: text where a list "
    "is expected, a list where a mapping is, text where a number is (a decimal comma "
    "gets the spelling with a point).",
)
RANGE = _error(
    "range",
    "shape",
    "Ngoài giới hạn",
    "A number outside its bounds: "
    "`due_soon_days` 0 – 366, years 1900 – 2199, task numbers from 1, and every "
    "figure finite, at most 10^15 and, unless 0, at least 10^-6 in size, so that "
    "every table and report can print it.",
)
TOO_MANY_ENTRIES = _error(
    "too-many-entries",
    "shape",
    "Danh sách quá dài",
    "A list longer than "
    "any real record needs (more than 1,000 updates or measurements, "
    "10,000 agencies); such a list is refused whole, without checking "
    "each entry.",
)
DATE = _error(
    "date",
    "shape",
    "Ngày không hợp lệ",
    "A date that is not `YYYY-MM-DD`, or a day "
    "that does not exist (`2017-06-31`); `31/5/2017` gets its ISO spelling.",
)
PERIOD = _error(
    "period",
    "shape",
    "Kỳ không hợp lệ",
    "A period that cannot be read (`2017H3`); "
    "the message lists the accepted forms (2017, 2017H1, 2017Q3, 2017-05, "
    "2016..2020, the plan's Vietnamese words).",
)
DURATION = _error(
    "duration",
    "shape",
    "Khoảng thời gian không hợp lệ",
    "A `within` duration that cannot be read (`30x`); accepted: 30d, 8w, 6m, 1y, 6 tháng.",
)
DOC_NUMBER = _error(
    "doc-number",
    "shape",
    "Số văn bản sai dạng",
    "A document number not of the form `số/KÝ-HIỆU` (536/QĐ-UBND, 108/2014/NĐ-CP, 05-CTr/TU).",
)
EMPTY = _error(
    "empty",
    "shape",
    "Trường để trống",
    "A text field or a list that must not be empty (a title, a task's `lead`).",
)
EMPTY_FILE = _error(
    "empty-file", "shape", "Tệp rỗng", "The file holds nothing but comments or blank lines."
)
UNIT_OR_SCALE = _error(
    "unit-or-scale",
    "shape",
    "Đơn vị hoặc thang bậc",
    "A target needs exactly one of `unit` and `scale`.",
)
BASELINE = _error(
    "baseline",
    "shape",
    "Thiếu mốc gốc",
    "A goal with `change` (a decrease or increase against a base year) needs a `baseline`.",
)
GROUP_MEMBERS = _error(
    "group-members",
    "shape",
    "Nhóm thiếu thành viên",
    "A closed group lists no `members`; say `open: true` when the members are not all known.",
)
RECURRENCE = _error(
    "recurrence",
    "shape",
    "Năm lặp lại ngược",
    "A yearly recurrence whose `to` year is before its `from` year.",
)
