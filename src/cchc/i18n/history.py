"""Messages about rewrites of history between two revisions (`cchc.history`) and about
correction entries (`cchc.corrections`)."""

_CORRECT = (
    "để sửa một sai sót, giữ nguyên mục cũ và ghi thêm ở cuối danh sách một mục đính chính "
    "(corrects: {n}, reason: …)"
)
_CORRECT_EN = (
    "to fix a mistake, keep the entry and append a correction at the end of the list "
    "(corrects: {n}, reason: …)"
)

MESSAGES: dict[str, tuple[str, str]] = {
    "history.entry.updates": ("cập nhật", "update"),
    "history.entry.measurements": ("số liệu", "measurement"),
    "history.entry-edited": (
        "{entry} thứ {n} đã ghi thì không được sửa (đã đổi: {fields}); " + _CORRECT,
        "{entry} {n} is already recorded and cannot be edited (changed: {fields}); " + _CORRECT_EN,
    ),
    "history.entry-removed": (
        "{entry} thứ {n} ({label}) đã bị xóa; lịch sử chỉ ghi thêm: khôi phục mục này, và nếu "
        "nó sai thì ghi thêm mục đính chính (corrects: {n}, reason: …)",
        "{entry} {n} ({label}) was removed; history is append-only: put it back, and if it is "
        "wrong append a correction (corrects: {n}, reason: …)",
    ),
    "history.entry-moved": (
        "{entry} thứ {n} đã bị chuyển sang vị trí {now}; giữ các mục cũ đúng thứ tự, mục mới "
        "ghi thêm ở cuối",
        "{entry} {n} was moved to position {now}; keep the recorded entries in their order and "
        "append new ones at the end",
    ),
    "history.entry-inserted": (
        "{entry} mới ({label}) được chen vào vị trí {now}, trước các mục đã ghi; mục mới ghi "
        "thêm ở cuối danh sách",
        "a new {entry} ({label}) was put at position {now}, before recorded entries; append new "
        "entries at the end of the list",
    ),
    "history.evidence-number": (
        "số văn bản minh chứng của cập nhật thứ {n} đã đổi từ {old} thành {new}; " + _CORRECT,
        "the evidence number of update {n} was changed from {old} to {new}; " + _CORRECT_EN,
    ),
    "history.plan-text": (
        "'{field}' là lời văn của kế hoạch, không được sửa: trước đây là {old}, nay là {new}",
        "'{field}' is the plan's own wording and cannot be changed: it was {old}, now {new}",
    ),
    "history.plan-text-removed": (
        "'{field}' là lời văn của kế hoạch, không được xóa: trước đây là {old}",
        "'{field}' is the plan's own wording and cannot be removed: it was {old}",
    ),
    "history.deadline": (
        "thời hạn của kế hoạch ('{field}') không được dời: trước đây là {old}, nay là {new}",
        "the plan's deadline ('{field}') cannot be moved: it was {old}, now {new}",
    ),
    "history.deadline-removed": (
        "thời hạn của kế hoạch ('{field}') không được xóa: trước đây là {old}",
        "the plan's deadline ('{field}') cannot be removed: it was {old}",
    ),
    "history.goal": (
        "mục tiêu của kế hoạch ('{field}') không được sửa: trước đây là {old}, nay là {new}",
        "the plan's goal ('{field}') cannot be changed: it was {old}, now {new}",
    ),
    "history.goal-removed": (
        "mục tiêu của kế hoạch ('{field}') không được xóa: trước đây là {old}",
        "the plan's goal ('{field}') cannot be removed: it was {old}",
    ),
    "history.recorded": (
        "'{field}' đã ghi thì không được sửa: trước đây là {old}, nay là {new}",
        "'{field}' is already recorded and cannot be changed: it was {old}, now {new}",
    ),
    "history.recorded-removed": (
        "'{field}' đã ghi thì không được xóa: trước đây là {old}",
        "'{field}' is already recorded and cannot be removed: it was {old}",
    ),
    "history.record-removed": (
        "tệp {path} ({id}) đã bị xóa; bản ghi của kế hoạch không bao giờ bị xóa: để bỏ một "
        "nhiệm vụ, ghi thêm cập nhật status: cancelled kèm note nói lý do",
        "{path} ({id}) was removed; the plan's records are never removed: to drop a task, "
        "append an update with status: cancelled and a note saying why",
    ),
    "history.file-removed": (
        "tệp {path} của kế hoạch đã bị xóa; khôi phục tệp này",
        "the plan's file {path} was removed; restore it",
    ),
    "history.plan-entry-removed": (
        "mục {id} của danh sách '{list}' đã bị xóa; mục của kế hoạch không bao giờ bị xóa",
        "entry {id} of the list '{list}' was removed; the plan's entries are never removed",
    ),
    "history.report-issued": (
        "báo cáo số {number} đã ban hành thì không được sửa (đã đổi: {fields}); báo cáo chỉ "
        "sửa được khi chưa có số và ngày",
        "report {number} is issued and cannot be changed (changed: {fields}); a report can only "
        "change while it has no number and date",
    ),
    "history.report-removed": (
        "báo cáo số {number} đã ban hành thì không được xóa",
        "report {number} is issued and cannot be removed",
    ),
    "correction.reason": (
        "mục đính chính (corrects: {n}) cần 'reason' nói vì sao phải đính chính",
        "a correction (corrects: {n}) needs a 'reason' saying why it was needed",
    ),
    "correction.stray": (
        "'reason' chỉ dùng cho mục đính chính; thêm 'corrects: N' (vị trí của mục được "
        "đính chính) hoặc ghi lý do vào 'note'",
        "'reason' belongs on a correction only; add 'corrects: N' (the position of the "
        "entry corrected) or put the text in 'note'",
    ),
    "correction.target": (
        "corrects: {n} không chỉ một mục đứng trước mục này (mục thứ {position}); ghi vị trí "
        "của mục cần đính chính, 1 là mục đầu tiên",
        "corrects: {n} names no entry before this one (entry {position}); give the position "
        "of the entry to correct, 1 being the first",
    ),
    "correction.of-correction": (
        "mục thứ {n} cũng là một mục đính chính; để đính chính lại, ghi corrects: {original} "
        "(mục gốc)",
        "entry {n} is itself a correction; to correct again, write corrects: {original} "
        "(the original entry)",
    ),
    "correction": ("Đính chính", "Correction"),
    "correction.corrects": ("đính chính mục {n}: {reason}", "corrects entry {n}: {reason}"),
    "correction.corrected-by": ("đã được đính chính ở mục {n}", "corrected by entry {n}"),
}
