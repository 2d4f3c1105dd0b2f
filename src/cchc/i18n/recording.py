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
        "nhiệm vụ {task} là nhiệm vụ hàng năm: cho biết năm được hoàn thành (--period NĂM)",
        "task {task} is yearly: give the year it completes (--period YEAR)",
    ),
    "record.not-yearly": (
        "nhiệm vụ {task} không phải nhiệm vụ hàng năm: bỏ --period",
        "task {task} is not yearly: leave out --period",
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
    # --- cchc.recorder: finding the record, validating, writing
    "record.unknown-task": ("không có nhiệm vụ '{id}'{hint}", "no task '{id}'{hint}"),
    "record.unknown-target": ("không có chỉ tiêu '{id}'{hint}", "no target '{id}'{hint}"),
    "record.is-task-not": (
        "{id} là một chỉ tiêu, không phải nhiệm vụ: ghi số liệu bằng cchc measure {id}",
        "{id} is a target, not a task: record a figure with cchc measure {id}",
    ),
    "record.is-target-not": (
        "{id} là một nhiệm vụ, không phải chỉ tiêu: ghi tiến độ bằng cchc update {id}",
        "{id} is a task, not a target: record progress with cchc update {id}",
    ),
    "record.file-invalid": (
        "{path} đang có lỗi; chạy cchc validate và sửa tệp trước khi ghi thêm",
        "{path} has problems; run cchc validate and fix the file before appending to it",
    ),
    "record.dataset-invalid": (
        "bộ dữ liệu chưa hợp lệ (số lỗi: {errors}); chạy cchc validate và sửa trước khi ghi thêm",
        "the dataset does not validate (errors: {errors}); run cchc validate and fix it before "
        "appending",
    ),
    "record.dataset-invalid-at": (
        "bộ dữ liệu chưa hợp lệ (số lỗi: {errors}, lỗi đầu ở {path}:{line}); chạy cchc validate "
        "và sửa trước khi ghi thêm",
        "the dataset does not validate (errors: {errors}, the first at {path}:{line}); run cchc "
        "validate and fix it before appending",
    ),
    "record.too-large": (
        "{path}: nội dung ghi thêm quá lớn (mỗi tệp tối đa 2 MiB); ghi ngắn lại",
        "{path}: what would be appended is too large (a file holds at most 2 MiB); shorten it",
    ),
    "record.cannot-append": ("{path}: {reason}", "{path}: {reason}"),
    "record.refused": (
        "không ghi gì vào {path}: thêm mục này thì dữ liệu không hợp lệ (số lỗi: {errors}, ở "
        "trên; số dòng là của tệp sau khi ghi thêm)",
        "nothing written to {path}: with the entry the dataset would not validate (errors: "
        "{errors}, above; the line numbers are those of the file with the entry)",
    ),
    "record.changed": (
        "{path} vừa bị thay đổi trong lúc ghi; không ghi gì, hãy chạy lại lệnh",
        "{path} changed while recording; nothing written, run the command again",
    ),
    "record.correct-none": (
        "{id} không có mục thứ {n} để đính chính (danh sách có {count} mục); --corrects đếm từ 1, "
        "theo thứ tự trong tệp",
        "{id} has no entry {n} to correct (the list has {count}); --corrects counts from 1, in the "
        "file's order",
    ),
    "record.correct-correction": (
        "mục thứ {n} của {id} đã là một đính chính (của mục {original}); hãy đính chính lại mục "
        "gốc: --corrects {original}",
        "entry {n} of {id} is itself a correction (of entry {original}); correct the original "
        "again: --corrects {original}",
    ),
    "record.reason-needed": (
        'một đính chính cần lý do: ghi --reason "…" (vì sao mục cũ sai)',
        'a correction needs its reason: give --reason "…" (why the entry was wrong)',
    ),
    "record.reason-without-corrects": (
        "--reason chỉ dùng cùng --corrects N (đính chính mục thứ N)",
        "--reason goes with --corrects N (the correction of entry N)",
    ),
    "record.missing-option": (
        "thiếu {option}; ghi {option} GIÁ-TRỊ, hoặc chạy lệnh trong terminal để được hỏi",
        "missing {option}; give {option} VALUE, or run the command on a terminal to be asked",
    ),
    "record.bad-year": (
        "--period: '{value}' không phải một năm (ví dụ 2018)",
        "--period: '{value}' is not a year (e.g. 2018)",
    ),
    "record.wrote": ("đã ghi thêm {lines} dòng vào {path}", "appended {lines} lines to {path}"),
    "record.dry-run": (
        "chạy thử (--dry-run): không ghi gì vào {path}",
        "dry run (--dry-run): nothing written to {path}",
    ),
    "record.task-header": ("Nhiệm vụ {id}: {title}", "Task {id}: {title}"),
    "record.target-header": ("Chỉ tiêu {id}: {title}", "Target {id}: {title}"),
    "prompt.status": ("Trạng thái", "Status"),
    "prompt.status-choices": (
        "chưa thực hiện / đang thực hiện / xong / hủy",
        "not_started / in_progress / done / cancelled",
    ),
    "prompt.date": ("Ngày", "Date"),
    "prompt.note": ("Ghi chú", "Note"),
    "prompt.evidence": (
        "Số, ký hiệu văn bản minh chứng (ví dụ 3456/QĐ-UBND)",
        "Evidence document number (e.g. '3456/QĐ-UBND')",
    ),
    "prompt.evidence-date": ("Ngày ban hành văn bản", "Date of the document"),
    "prompt.evidence-title": ("Trích yếu văn bản", "Title of the document"),
    "prompt.year": (
        "Năm được hoàn thành ({first} – {last})",
        "Year it completes ({first} - {last})",
    ),
    "prompt.period": ("Kỳ của số liệu (ví dụ 2019, 2019H1)", "Period (e.g. 2019, 2019H1)"),
    "prompt.value": ("Giá trị", "Value"),
    "prompt.source": (
        "Nguồn số liệu (ví dụ Báo cáo số 45/BC-SNV)",
        "Source (e.g. report 45/BC-SNV)",
    ),
    "prompt.published": ("Ngày công bố", "Publication date"),
}
