"""Help: what `cchc --help` and each command's `--help` say, and the help of their options.

A command's text ends with an example; the `\\b` line keeps Click from re-wrapping the example
lines. Keys: `help.COMMAND` for a command, `help.OPTION` for an option several commands share,
`help.COMMAND.OPTION` for one command's own option.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "help.cchc": (
        "Theo dõi Kế hoạch cải cách hành chính lưu bằng tệp YAML trong git.\n\n"
        "Chạy trong thư mục dữ liệu (thư mục có plan/plan.yaml) hoặc dùng --root. "
        "Ngôn ngữ: --lang vi|en hoặc biến môi trường CCHC_LANG. "
        "Tự động hoàn thành lệnh: cchc --install-completion.\n\n"
        "Ví dụ:\n\n\b\n  cchc validate\n  cchc overdue --agency snv\n  cchc --lang en --help",
        "Track an administrative-reform plan kept as YAML files in git.\n\n"
        "Run inside the dataset folder (the one with plan/plan.yaml) or pass --root. "
        "Language: --lang vi|en or the CCHC_LANG environment variable. "
        "Shell completion: cchc --install-completion.\n\n"
        "Example:\n\n\b\n  cchc validate\n  cchc overdue --agency snv --lang en\n"
        "  cchc --lang en --help",
    ),
    "help.validate": (
        "Kiểm tra toàn bộ dữ liệu; in mọi lỗi dạng tệp:dòng:cột, thoát mã 1 nếu có lỗi.\n\n"
        "Ví dụ:\n\n\b\n  cchc validate\n  cchc validate --format github",
        "Check the whole dataset; print every problem as path:line:col, exit 1 on errors.\n\n"
        "Example:\n\n\b\n  cchc validate --lang en\n  cchc validate --format github",
    ),
    "help.schema": (
        "In JSON Schema của một loại tệp (plan, areas, agencies, events, scales, task, target, "
        "report), "
        "hoặc ghi mọi loại vào schemas/ để trình soạn thảo gợi ý và kiểm tra.\n\n"
        "Ví dụ:\n\n\b\n  cchc schema task > task.json\n  cchc schema --write",
        "Print the JSON Schema of a file kind (plan, areas, agencies, events, scales, task, "
        "target, report), or write every kind to schemas/ for editors.\n\n"
        "Example:\n\n\b\n  cchc schema task > task.json\n  cchc schema --write",
    ),
    "help.overdue": (
        "Nhiệm vụ quá hạn, quá hạn lâu nhất trước.\n\n"
        "Ví dụ:\n\n\b\n  cchc overdue --as-of 2018-01-01\n  cchc overdue --agency snv --fail-on-any",
        "Overdue tasks, most overdue first.\n\n"
        "Example:\n\n\b\n  cchc overdue --as-of 2018-01-01 --lang en\n"
        "  cchc overdue --agency snv --fail-on-any",
    ),
    "help.due": (
        "Nhiệm vụ sắp đến hạn, gần nhất trước.\n\n"
        "Ví dụ:\n\n\b\n  cchc due --within 60d\n  cchc due --agency snv --format csv",
        "Tasks falling due next, soonest first.\n\n"
        "Example:\n\n\b\n  cchc due --within 60d --lang en\n  cchc due --agency snv --format csv",
    ),
    "help.progress": (
        "Tiến độ theo lĩnh vực, đơn vị chủ trì hoặc toàn Kế hoạch: số nhiệm vụ theo tình trạng, "
        "tỷ lệ hoàn thành, tỷ lệ đúng hạn.\n\n"
        "Ví dụ:\n\n\b\n  cchc progress --by agency\n  cchc progress --by plan --as-of 2017-06-30",
        "Progress by area, lead agency or the whole plan: tasks per state, completion and "
        "on-time rates.\n\n"
        "Example:\n\n\b\n  cchc progress --by agency --lang en\n"
        "  cchc progress --by plan --as-of 2017-06-30",
    ),
    "help.targets": (
        "Chỉ tiêu: mục tiêu, số liệu mới nhất, tình trạng; chỉ tiêu hàng năm được đánh giá "
        "từng năm.\n\n"
        "Ví dụ:\n\n\b\n  cchc targets\n  cchc targets --no-stretch --area III",
        "Targets: goal, latest value, state; yearly targets are assessed year by year.\n\n"
        "Example:\n\n\b\n  cchc targets --lang en\n  cchc targets --no-stretch --area III",
    ),
    "help.show": (
        "Mọi thông tin về một nhiệm vụ, chỉ tiêu, cơ quan hoặc lĩnh vực; với một cơ quan: các "
        "nhiệm vụ chủ trì và, riêng, các nhiệm vụ phối hợp.\n\n"
        "Ví dụ:\n\n\b\n  cchc show T06\n  cchc show snv",
        "Everything about one task, target, agency or area; for an agency, the tasks it leads "
        "and, apart, those it supports.\n\n"
        "Example:\n\n\b\n  cchc show T06 --lang en\n  cchc show snv",
    ),
    "help.export": (
        "Xuất mọi nhiệm vụ, chỉ tiêu, số liệu và cơ quan kèm tình trạng, cho bảng tính hoặc "
        "chương trình khác: xlsx một trang cho mỗi loại; csv một loại mỗi tệp (ô văn bản bắt "
        "đầu bằng = + - @ được thêm dấu ' để bảng tính không chạy như công thức). Ngày theo ISO "
        "(YYYY-MM-DD), thứ tự cột cố định.\n\n"
        "Ví dụ:\n\n\b\n  cchc export --format xlsx -o cchc.xlsx\n"
        "  cchc export --format csv --bom > cchc.csv\n  cchc export --format json",
        "Export every task, target, measurement and agency with its derived state, for "
        "spreadsheets and scripts: xlsx a sheet per kind; csv one kind per file (a text cell "
        "starting with = + - @ gets a leading ' so that no spreadsheet runs it as a formula). "
        "Dates are ISO (YYYY-MM-DD); the column order is fixed.\n\n"
        "Example:\n\n\b\n  cchc export --format xlsx -o cchc.xlsx\n"
        "  cchc export --format csv --bom > cchc.csv\n  cchc export --format json",
    ),
    "help.report": (
        "Báo cáo định kỳ của một kỳ (năm, 6 tháng, quý) dạng Markdown, HTML hoặc Word: báo cáo "
        "tổng hợp của Sở Nội vụ, hoặc với --agency báo cáo của một cơ quan gửi Sở Nội vụ. Phần "
        "lời lấy từ reports/KỲ/CƠ_QUAN.yaml.\n\n"
        "Ví dụ:\n\n\b\n  cchc report --period 2017H1 --format html -o bao-cao.html\n"
        "  cchc report --period 2017H1 -o bao-cao.docx\n"
        "  cchc report --period 2017H1 --agency stp -o stp.md",
        "The periodic report for a period (year, half, quarter) as Markdown, HTML or Word: the "
        "Department of Home Affairs' consolidated report, or with --agency an agency's own "
        "report to the Department. The "
        "texts come from reports/PERIOD/AGENCY.yaml.\n\n"
        "Example:\n\n\b\n  cchc report --period 2017H1 --format html -o report.html --lang en\n"
        "  cchc report --period 2017H1 -o report.docx\n"
        "  cchc report --period 2017H1 --agency stp -o stp.md",
    ),
    "help.submissions": (
        "Các cơ quan phải báo cáo (IV.1) đã gửi báo cáo của kỳ chưa: số, ngày, hoặc chưa gửi.\n\n"
        "Ví dụ:\n\n\b\n  cchc submissions --period 2017H1\n"
        "  cchc submissions --period 2017H1 --fail-on-missing",
        "Which agencies due to report (IV.1) have sent their report for the period: number, "
        "date, or not yet.\n\n"
        "Example:\n\n\b\n  cchc submissions --period 2017H1 --lang en\n"
        "  cchc submissions --period 2017H1 --fail-on-missing",
    ),
    "help.calendar": (
        "Lịch iCalendar (.ics) các hạn chót của nhiệm vụ chưa hoàn thành, có nhắc việc; "
        "nhập vào Outlook, Google Calendar hoặc điện thoại.\n\n"
        "Ví dụ:\n\n\b\n  cchc calendar -o han-cchc.ics\n  cchc calendar --agency snv --remind 14d,1d",
        "An iCalendar (.ics) file of the deadlines of unfinished tasks, with reminders, for "
        "Outlook, Google Calendar or a phone.\n\n"
        "Example:\n\n\b\n  cchc calendar -o deadlines.ics --lang en\n"
        "  cchc calendar --agency snv --remind 14d,1d",
    ),
    "help.init": (
        "Tạo một bộ dữ liệu Kế hoạch mới, rỗng và hợp lệ (tỉnh khác, chương trình khác) "
        "trong THƯ_MỤC chưa có hoặc còn trống.\n\n"
        "Ví dụ:\n\n\b\n  cchc init ke-hoach-cchc --province 'Phú Yên'",
        "Scaffold a new, empty, valid plan dataset (another province, another programme) in a "
        "new or empty DIR.\n\n"
        "Example:\n\n\b\n  cchc init par-plan --province 'Phú Yên' --lang en",
    ),
    # --- options several commands share
    "help.root": (
        "Thư mục dữ liệu (mặc định: CCHC_ROOT, rồi thư mục gần nhất có plan/plan.yaml)",
        "Dataset folder (default: CCHC_ROOT, then the nearest folder with plan/plan.yaml)",
    ),
    "help.lang": ("Ngôn ngữ: vi (mặc định) hoặc en", "Language: vi (the default) or en"),
    "help.as-of": (
        "Tính trạng thái tại ngày này, YYYY-MM-DD (mặc định: hôm nay)",
        "State as of this day, YYYY-MM-DD (default: today)",
    ),
    "help.version": ("In phiên bản", "Print the version"),
    "help.agency": (
        "Mã cơ quan hoặc nhóm (nhóm chọn các thành viên)",
        "Agency or group id (a group selects its members)",
    ),
    "help.area": ("Mã lĩnh vực I – VII", "Area id, I – VII"),
    "help.kind": (
        "key (nhiệm vụ trọng tâm) | solution (nhiệm vụ, giải pháp)",
        "key (key task) | solution (task or solution)",
    ),
    # --- one command's own options
    "help.overdue.fail-on-any": (
        "Thoát mã 1 nếu có nhiệm vụ quá hạn",
        "Exit with code 1 if any task is overdue",
    ),
    "help.due.within": (
        "Khoảng thời gian: 30d, 8w, 3m (mặc định: due_soon_days của plan.yaml)",
        "Time span: 30d, 8w, 3m (default: due_soon_days of plan.yaml)",
    ),
    "help.targets.stretch": (
        "Chỉ chỉ tiêu phấn đấu / chỉ chỉ tiêu bắt buộc",
        "Only stretch targets / only firm targets",
    ),
    "help.export.bom": ("Thêm BOM UTF-8 cho Excel", "Add a UTF-8 BOM for Excel"),
    "help.export.records": (
        "tasks | targets | measurements | agencies | all (mặc định: all cho json và xlsx, "
        "tasks cho csv — một tệp CSV một loại bản ghi)",
        "tasks | targets | measurements | agencies | all (default: all for json and xlsx, tasks "
        "for csv — one kind of record per CSV file)",
    ),
    "help.export.output": (
        "Ghi ra tệp này (ghi an toàn, không ghi qua liên kết); mặc định: in ra (xlsx: chỉ khi "
        "chuyển qua ống dẫn)",
        "Write to this file (atomically, never through a symlink); default: stdout (xlsx: only "
        "to a pipe)",
    ),
    "help.report.period": (
        "Kỳ báo cáo: 2017H1, 2017, 2016-2020, '6 tháng đầu năm 2017'",
        "Report period: 2017H1, 2017, 2016-2020, '6 tháng đầu năm 2017'",
    ),
    "help.report.agency": (
        "Báo cáo của một cơ quan gửi Sở Nội vụ; nhóm: mỗi thành viên một báo cáo, vào thư mục -o",
        "An agency's own report to the Department of Home Affairs; a group: one per member, into -o",
    ),
    "help.report.outside-plan": (
        "Cho phép kỳ nằm ngoài thời gian của Kế hoạch",
        "Allow a period outside the plan's years",
    ),
    "help.report.format": (
        "md | html | docx (mặc định: theo đuôi tệp -o, nếu không thì md)",
        "md | html | docx (default: from the extension of -o, else md)",
    ),
    "help.report.output": (
        "Ghi báo cáo vào tệp này (mặc định: stdout)",
        "Write the report to this file (default: stdout)",
    ),
    "help.report.as-of": (
        "Tính trạng thái tại ngày này, YYYY-MM-DD (mặc định: ngày cuối kỳ, hoặc hôm nay nếu kỳ "
        "chưa kết thúc)",
        "State as of this day, YYYY-MM-DD (default: the period's last day, or today if the "
        "period has not ended)",
    ),
    "help.submissions.period": (
        "Kỳ báo cáo: 2017H1, 2017 …",
        "Reporting period: 2017H1, 2017 …",
    ),
    "help.submissions.as-of": (
        "Chỉ tính báo cáo đề ngày đến hết ngày này (mặc định: mọi tệp hiện có)",
        "Count only reports dated on or before this day (default: every file there is)",
    ),
    "help.submissions.fail-on-missing": (
        "Thoát mã 1 nếu còn cơ quan chưa gửi",
        "Exit 1 while any agency has not reported",
    ),
    "help.calendar.agency": (
        "Chỉ nhiệm vụ do cơ quan hoặc nhóm này chủ trì",
        "Only tasks led by this agency or group",
    ),
    "help.calendar.remind": (
        "Nhắc trước hạn, lúc 8 giờ: 7d,1d (mặc định), 2w; none để tắt",
        "Reminders before the due day, at 08:00: 7d,1d (the default), 2w; none for none",
    ),
    "help.calendar.output": (
        "Ghi ra tệp này thay vì màn hình",
        "Write to this file instead of the screen",
    ),
    "help.init.dir": ("Thư mục mới hoặc trống", "A new or empty folder"),
    "help.init.province": ("Tên tỉnh, ví dụ 'Phú Yên'", "Province name, e.g. 'Phú Yên'"),
    "help.schema.kind": ("Loại tệp: {kinds}", "File kind: {kinds}"),
    "help.schema.write": (
        "Ghi mọi loại vào schemas/<loại>.json trong thư mục dữ liệu",
        "Write every kind to schemas/<kind>.json in the dataset",
    ),
    # --- the write commands: update, measure
    "help.update": (
        "Ghi thêm một mục vào nhật ký tiến độ của nhiệm vụ (tasks/ID.yaml): trạng thái, ngày, "
        "ghi chú; khi hoàn thành thì văn bản minh chứng. Mọi byte khác của tệp được giữ nguyên; "
        "toàn bộ dữ liệu được kiểm tra trước khi ghi, có lỗi thì không ghi gì. Thiếu mục nào thì "
        "hỏi (khi chạy trong terminal).\n\n"
        "Ví dụ:\n\n\b\n  cchc update T06 --status xong --date 20/10/2017 "
        "--evidence 3456/QĐ-UBND\n"
        "  cchc update T06 --status 'đang thực hiện' --note 'Đã trình dự thảo' --dry-run\n"
        "  cchc update T06",
        "Append one entry to the progress log of a task (tasks/ID.yaml): status, date, note, and for "
        "done the evidence. Every other byte of the file is kept; the whole dataset is checked "
        "before anything is written, and nothing is written on a problem. Missing fields are "
        "asked for (on a terminal).\n\n"
        "Example:\n\n\b\n  cchc update T06 --status done --date 20/10/2017 "
        "--evidence '3456/QĐ-UBND' --lang en\n"
        "  cchc update T06 --status in_progress --note 'Draft sent' --dry-run\n"
        "  cchc update T06 --lang en",
    ),
    "help.measure": (
        "Ghi thêm một số liệu vào chỉ tiêu (targets/ID.yaml): kỳ, giá trị, nguồn, ngày công bố. "
        "Mọi byte khác của tệp được giữ nguyên; toàn bộ dữ liệu được kiểm tra trước khi ghi. "
        "Thiếu mục nào thì hỏi (khi chạy trong terminal).\n\n"
        "Ví dụ:\n\n\b\n  cchc measure M05 --period 2019 --value 45,5 "
        "--source 'Báo cáo số 12/BC-SNV' --date 15/01/2020\n"
        "  cchc measure M01 --period 2021 --value Tốt --source 'VCCI, PCI 2021' --dry-run",
        "Append one measurement to a target (targets/ID.yaml): period, value, source, "
        "publication date. Every other byte of the file is kept; the whole dataset is checked "
        "before anything is written. Missing fields are asked for (on a terminal).\n\n"
        "Example:\n\n\b\n  cchc measure M05 --period 2019 --value 45.5 "
        "--source 'Report 12/BC-SNV' --date 2020-01-15 --lang en\n"
        "  cchc measure M01 --period 2021 --value 'Tốt' --source 'VCCI, PCI 2021' --dry-run",
    ),
    "help.update.id": (
        "Mã nhiệm vụ, ví dụ T06 (không phân biệt hoa thường)",
        "Task id, e.g. T06 (any case)",
    ),
    "help.measure.id": (
        "Mã chỉ tiêu, ví dụ M05 (không phân biệt hoa thường)",
        "Target id, e.g. M05 (any case)",
    ),
    "help.update.status": (
        "Trạng thái: chưa thực hiện, đang thực hiện, xong (hoàn thành), hủy — hoặc not_started, "
        "in_progress, done, cancelled",
        "Status: not_started, in_progress, done, cancelled (or the Vietnamese words: "
        "'đang thực hiện', 'xong', 'hủy' …)",
    ),
    "help.update.date": (
        "Ngày của mục tiến độ: 20/10/2017 hoặc 2017-10-20 (mặc định: hôm nay)",
        "Day of the entry: 20/10/2017 or 2017-10-20 (default: today)",
    ),
    "help.update.note": (
        "Ghi chú; bắt buộc khi hủy hoặc khi mở lại nhiệm vụ đã hoàn thành",
        "A note; needed to cancel, or to reopen a task that is done",
    ),
    "help.update.evidence": (
        "Số, ký hiệu văn bản minh chứng khi hoàn thành, ví dụ 3456/QĐ-UBND",
        "Number of the evidence document for done, e.g. '3456/QĐ-UBND'",
    ),
    "help.update.evidence-date": (
        "Ngày ban hành văn bản minh chứng (mặc định: ngày của mục)",
        "Date of the evidence document (default: the entry's date)",
    ),
    "help.update.evidence-title": (
        "Trích yếu văn bản minh chứng",
        "Title of the evidence document",
    ),
    "help.update.period": (
        "Nhiệm vụ hàng năm: năm được hoàn thành, ví dụ 2018",
        "A yearly task: the year it completes, e.g. 2018",
    ),
    "help.record.corrects": (
        "Đính chính mục thứ N (đếm từ 1, theo thứ tự trong tệp): mục mới thay mục đó; các trường "
        "không ghi lấy theo mục cũ",
        "Correct entry N (from 1, in the file's order): the new entry replaces it; fields not given "
        "are taken from it",
    ),
    "help.record.reason": (
        "Lý do đính chính (cùng --corrects)",
        "Why the entry is corrected (with --corrects)",
    ),
    "help.record.dry-run": (
        "Chỉ in phần sẽ ghi thêm, không ghi gì",
        "Only print what would be appended; write nothing",
    ),
    "help.measure.period": (
        "Kỳ của số liệu: 2019, 2019H1, 2019Q3 …",
        "Period of the figure: 2019, 2019H1, 2019Q3 …",
    ),
    "help.measure.value": (
        "Giá trị: một số (45 hoặc 45,5) hoặc một bậc của thang (Tốt, Khá …)",
        "Value: a number (45 or 45.5) or a level of the scale of the target ('Tốt', 'Khá' …)",
    ),
    "help.measure.source": (
        "Nguồn số liệu, ví dụ 'Báo cáo số 45/BC-SNV'",
        "Source of the figure, e.g. 'Report 45/BC-SNV'",
    ),
    "help.measure.date": (
        "Ngày công bố số liệu: 15/01/2020 hoặc 2020-01-15 (không bắt buộc)",
        "Day the figure was published: 15/01/2020 or 2020-01-15 (optional)",
    ),
    "help.measure.note": ("Ghi chú (không bắt buộc)", "A note (optional)"),
}
