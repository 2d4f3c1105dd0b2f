"""Messages of the write commands `cchc update` and `cchc measure` (`cchc.recording`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "record.unknown-status": (
        "không hiểu trạng thái '{value}'; có phải: {hint}? (hoặc not_started, in_progress, done, "
        "cancelled)",
        "unknown status '{value}'; did you mean: {hint}? (or not_started, in_progress, done, "
        "cancelled)",
    ),
    "record.bad-date": (
        "{field}: '{value}' không phải một ngày; viết 20/10/2017 hoặc 2017-10-20",
        "{field}: '{value}' is not a day; write 20/10/2017 or 2017-10-20",
    ),
    "record.no-such-day": (
        "{field}: ngày '{value}' không có trên lịch (kiểm tra ngày và tháng)",
        "{field}: the day '{value}' does not exist (check the day and the month)",
    ),
    "record.future-date": (
        "{field}: ngày {value} ở sau ngày hôm nay; chỉ ghi việc đã xảy ra",
        "{field}: {value} is after today; record only what has happened",
    ),
    "record.unknown-level": (
        "'{value}' không phải một bậc của thang '{scale}'; có phải: {levels}?",
        "'{value}' is not a level of scale '{scale}'; did you mean: {levels}?",
    ),
    "record.bad-number": (
        "số liệu '{value}' không phải một con số (ví dụ 45 hoặc 45,5)",
        "the value '{value}' is not a number (e.g. 45 or 45.5)",
    ),
    "record.ambiguous-comma": (
        "không rõ '{value}' là số thập phân hay số có dấu tách hàng nghìn; ghi số nguyên không "
        "dấu tách (1234), số thập phân với một hoặc hai chữ số sau dấu phẩy (45,5) hoặc dấu chấm "
        "(1.234)",
        "'{value}' could be a decimal or have a thousands separator; write whole numbers without "
        "one (1234), decimals with a point (1.234) or one or two digits after a comma (45,5)",
    ),
    "record.before-last": (
        "nhiệm vụ {task}: ngày {date} ở trước cập nhật gần nhất ({last}); nhật ký tiến độ ghi "
        "theo thứ tự ngày — chọn ngày từ {last} trở đi",
        "task {task}: {date} is before the latest update ({last}); the progress log is in date "
        "order: choose a day from {last} on",
    ),
    "record.after-done": (
        "nhiệm vụ {task} đã hoàn thành; muốn ghi tiếp phải mở lại: --status in_progress kèm "
        "--note nêu lý do",
        "task {task} is done; to record more, reopen it: --status in_progress with a --note "
        "saying why",
    ),
    "record.year-needed": (
        "nhiệm vụ {task} là nhiệm vụ hàng năm: cho biết năm được hoàn thành (--year)",
        "task {task} is yearly: give the year it completes (--year)",
    ),
    "record.year-outside": (
        "nhiệm vụ {task}: năm {year} nằm ngoài các năm của nhiệm vụ ({first} – {last})",
        "task {task}: {year} is outside the task's years ({first} - {last})",
    ),
    "record.cancel-needs-note": (
        "hủy nhiệm vụ cần --note nêu lý do (ví dụ: thay bằng quy định mới của Trung ương)",
        "cancelling needs a --note saying why (e.g. superseded by a national rule)",
    ),
    "record.evidence-needed": (
        "hoàn thành cần văn bản minh chứng: --evidence SỐ/KÝ-HIỆU (và --evidence-date)",
        "done needs its evidence: --evidence NUMBER/SYMBOL (and --evidence-date)",
    ),
    "record.source-needed": (
        "số liệu cần nguồn: --source (ví dụ: Báo cáo số 45/BC-SNV)",
        "a measurement needs its source: --source (e.g. the report 45/BC-SNV)",
    ),
    "prompt.optional": ("Enter để bỏ qua", "Enter to skip"),
    "prompt.required": ("  cần trả lời câu này", "  this one needs an answer"),
    "prompt.stopped": ("đã dừng; không ghi gì", "stopped; nothing was written"),
}
