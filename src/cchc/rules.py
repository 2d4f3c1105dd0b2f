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
from dataclasses import dataclass
from typing import Literal

from cchc.problems import Level

__all__ = ["GROUPS", "RULES", "Group", "Rule", "markdown_table", "rule"]

Group = Literal["yaml", "shape", "consistency", "history", "files", "templates", "run"]

GROUPS: Mapping[Group, str] = {
    "yaml": "YAML (how a file is written)",
    "shape": "Shape (one file against its schema)",
    "consistency": "Consistency (records against each other and the plan)",
    "history": "History (two revisions: `cchc diff --check`)",
    "files": "Files and folders",
    "templates": "Report templates a dataset brings",
    "run": "The run itself",
}


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    group: Group
    title: str  # in Vietnamese: the README table shows it beside the English doc
    doc: str


_ALL: list[Rule] = []


def _rule(rule_id: str, level: Level, group: Group, title: str, doc: str) -> Rule:
    registered = Rule(rule_id, level, group, title, " ".join(doc.split()))
    _ALL.append(registered)
    return registered


def _error(rule_id: str, group: Group, title: str, doc: str) -> Rule:
    return _rule(rule_id, "error", group, title, doc)


def _warning(rule_id: str, group: Group, title: str, doc: str) -> Rule:
    return _rule(rule_id, "warning", group, title, doc)


# ----------------------------------------------------------------------------------------- YAML
# Emitted by the YAML layer (`cchc.yaml`), which names them by id.

for _id, _vi, _doc in (
    (
        "yaml-syntax",
        "Lỗi cú pháp YAML",
        "The file is not well-formed YAML (an unclosed quote or "
        "bracket, a bad indentation, a stray colon); the message names what the parser expected.",
    ),
    (
        "yaml-encoding",
        "Không phải UTF-8",
        "The file is not UTF-8 (Windows-1258, TCVN3/ABC, "
        "UTF-16); the position is the first byte that is not. Save the file as UTF-8.",
    ),
    (
        "yaml-control-char",
        "Ký tự điều khiển",
        "A control character (NUL, ESC, a C1 code, a "
        "Unicode line separator) that editors do not show and that would shift every position.",
    ),
    (
        "yaml-tab",
        "Ký tự tab",
        "A tab in indentation: YAML forbids it, and editors show it at "
        "different widths. Indent with spaces.",
    ),
    (
        "yaml-duplicate-key",
        "Khóa bị lặp",
        "The same key twice in one mapping: YAML parsers "
        "silently keep one of them, so one of the values would be lost.",
    ),
    (
        "yaml-alias",
        "Anchor/alias",
        "Anchors (`&a`) and aliases (`*a`) are refused: they make a "
        "value appear in several places and can multiply a small file into a huge one.",
    ),
    (
        "yaml-ambiguous-bool",
        "Giá trị đúng/sai mơ hồ",
        "`yes`, `no`, `on`, `off` and their "
        "spellings mean true/false to some YAML readers and text to others; write true/false, or "
        "quote the text.",
    ),
    (
        "yaml-tag",
        "Thẻ YAML",
        "An explicit tag (`!!str`, `!custom`): the data must mean the same "
        "to every reader, so no tags are accepted.",
    ),
    (
        "yaml-key-type",
        "Khóa không phải chữ",
        "A mapping key that is not text or a whole number (a list, a mapping, true/false, a date).",
    ),
    (
        "yaml-nan",
        "Giá trị NaN",
        "`.nan` is not a number anyone can report; leave the value out or write the figure.",
    ),
    (
        "yaml-multi-document",
        "Nhiều tài liệu trong một tệp",
        "A `---` or `...` line starts a second YAML document; each file holds one record.",
    ),
    (
        "yaml-too-deep",
        "Lồng nhau quá sâu",
        "Data nested more than 64 levels deep; real records nest three or four levels.",
    ),
    (
        "yaml-too-large",
        "Tệp quá lớn",
        "A file over 2 MiB is refused without being read: a record is a few kilobytes.",
    ),
    (
        "yaml-not-a-file",
        "Không phải tệp thường",
        "A folder, pipe or device named like a data "
        "file (`tasks/T01.yaml/`); it cannot be read as a record.",
    ),
    (
        "yaml-unreadable",
        "Không đọc được tệp",
        "The file exists but cannot be read (permission "
        "denied, a socket, an I/O error); the message gives the system's reason.",
    ),
):
    _error(_id, "yaml", _vi, _doc)

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

# ---------------------------------------------------------------------------- files and folders

MISSING_FILE = _error(
    "missing-file",
    "files",
    "Thiếu tệp",
    "`plan/areas.yaml` or "
    "`plan/agencies.yaml` is missing (`plan/plan.yaml` is what makes a "
    "folder a dataset).",
)
SYMLINK = _error(
    "symlink",
    "files",
    "Liên kết ra ngoài",
    "A data file, or the `plan`, `tasks` "
    "or `targets` folder, that is a symbolic link pointing outside the dataset, "
    "nowhere, or to itself: it is not followed, so no file outside the dataset is "
    "read or quoted.",
)
IGNORED_FILE = _warning(
    "ignored-file",
    "files",
    "Tệp không được đọc",
    "A file in `tasks/` or `targets/` that does not end in `.yaml`, so it is not read.",
)

# ------------------------------------------------------------------------------------ templates
# Emitted by `cchc.templating`, which names them by id.

for _id, _vi, _doc in (
    (
        "template-file",
        "Tệp mẫu không dùng được",
        "A template in the dataset's `templates/` that "
        "is a symlink, not a regular file, not UTF-8 or too large.",
    ),
    ("template-syntax", "Lỗi cú pháp mẫu", "A template that Jinja cannot compile."),
    (
        "template-render",
        "Mẫu không hiển thị được",
        "A template that fails to render the report "
        "of the plan's first year, or uses what the sandbox forbids.",
    ),
):
    _error(_id, "templates", _vi, _doc)

# ------------------------------------------------------------------------------------------ run

TOO_MANY_PROBLEMS = _warning(
    "too-many-problems",
    "run",
    "Quá nhiều lỗi",
    "At most 100 problems "
    "are listed for one file and 1,000 for a run; the last line says "
    "how many more were found. Fix the ones listed and run again.",
)

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


if __name__ == "__main__":  # pragma: no cover - a convenience for updating the README
    print(markdown_table(), end="")
