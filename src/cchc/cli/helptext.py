"""The help of `cchc` and of every command, in Vietnamese and in English.

Help used to be one fixed "Vietnamese … / English …" string per command. Now each command
registers the Vietnamese text, and `main()` calls `apply_language(app, lang)` with the language it
reads from `--lang` / `CCHC_LANG` before Typer builds the command tree, so `cchc --help`,
`cchc overdue --help` and the command list all speak the chosen language. Option help stays
bilingual ("… / …"): it is short, and one string per option keeps the option declarations simple.

Each text ends with an example; the `\\b` line keeps Click from re-wrapping the example lines.
"""

import typer

__all__ = ["HELP", "apply_language", "command_help", "command_name", "command_names"]

HELP: dict[str, tuple[str, str]] = {
    "cchc": (
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
    "validate": (
        "Kiểm tra toàn bộ dữ liệu; in mọi lỗi dạng tệp:dòng:cột, thoát mã 1 nếu có lỗi.\n\n"
        "Ví dụ:\n\n\b\n  cchc validate\n  cchc validate --format github",
        "Check the whole dataset; print every problem as path:line:col, exit 1 on errors.\n\n"
        "Example:\n\n\b\n  cchc validate --lang en\n  cchc validate --format github",
    ),
    "schema": (
        "In JSON Schema của một loại tệp (plan, areas, agencies, events, scales, task, target, "
        "report), "
        "hoặc ghi mọi loại vào schemas/ để trình soạn thảo gợi ý và kiểm tra.\n\n"
        "Ví dụ:\n\n\b\n  cchc schema task > task.json\n  cchc schema --write",
        "Print the JSON Schema of a file kind (plan, areas, agencies, events, scales, task, "
        "target, report), or write every kind to schemas/ for editors.\n\n"
        "Example:\n\n\b\n  cchc schema task > task.json\n  cchc schema --write",
    ),
    "overdue": (
        "Nhiệm vụ quá hạn, quá hạn lâu nhất trước.\n\n"
        "Ví dụ:\n\n\b\n  cchc overdue --as-of 2018-01-01\n  cchc overdue --agency snv --fail-on-any",
        "Overdue tasks, most overdue first.\n\n"
        "Example:\n\n\b\n  cchc overdue --as-of 2018-01-01 --lang en\n"
        "  cchc overdue --agency snv --fail-on-any",
    ),
    "due": (
        "Nhiệm vụ sắp đến hạn, gần nhất trước.\n\n"
        "Ví dụ:\n\n\b\n  cchc due --within 60d\n  cchc due --agency snv --format csv",
        "Tasks falling due next, soonest first.\n\n"
        "Example:\n\n\b\n  cchc due --within 60d --lang en\n  cchc due --agency snv --format csv",
    ),
    "progress": (
        "Tiến độ theo lĩnh vực, đơn vị chủ trì hoặc toàn Kế hoạch: số nhiệm vụ theo tình trạng, "
        "tỷ lệ hoàn thành, tỷ lệ đúng hạn.\n\n"
        "Ví dụ:\n\n\b\n  cchc progress --by agency\n  cchc progress --by plan --as-of 2017-06-30",
        "Progress by area, lead agency or the whole plan: tasks per state, completion and "
        "on-time rates.\n\n"
        "Example:\n\n\b\n  cchc progress --by agency --lang en\n"
        "  cchc progress --by plan --as-of 2017-06-30",
    ),
    "targets": (
        "Chỉ tiêu: mục tiêu, số liệu mới nhất, tình trạng; chỉ tiêu hàng năm được đánh giá "
        "từng năm.\n\n"
        "Ví dụ:\n\n\b\n  cchc targets\n  cchc targets --no-stretch --area III",
        "Targets: goal, latest value, state; yearly targets are assessed year by year.\n\n"
        "Example:\n\n\b\n  cchc targets --lang en\n  cchc targets --no-stretch --area III",
    ),
    "show": (
        "Mọi thông tin về một nhiệm vụ, chỉ tiêu, cơ quan hoặc lĩnh vực.\n\n"
        "Ví dụ:\n\n\b\n  cchc show T06\n  cchc show snv",
        "Everything about one task, target, agency or area.\n\n"
        "Example:\n\n\b\n  cchc show T06 --lang en\n  cchc show snv",
    ),
    "export": (
        "Xuất mọi nhiệm vụ và chỉ tiêu kèm tình trạng, cho bảng tính hoặc chương trình khác. "
        "Ngày theo ISO (YYYY-MM-DD), thứ tự cột cố định.\n\n"
        "Ví dụ:\n\n\b\n  cchc export --format csv --bom > cchc.csv\n  cchc export --format json",
        "Export every task and target with its derived state, for spreadsheets and scripts. "
        "Dates are ISO (YYYY-MM-DD); the column order is fixed.\n\n"
        "Example:\n\n\b\n  cchc export --format csv --bom > cchc.csv\n  cchc export --format json",
    ),
    "report": (
        "Báo cáo định kỳ của một kỳ (năm, 6 tháng, quý) dạng Markdown hoặc HTML: báo cáo tổng "
        "hợp của Sở Nội vụ, hoặc với --agency báo cáo của một cơ quan gửi Sở Nội vụ. Phần lời "
        "lấy từ reports/KỲ/CƠ_QUAN.yaml.\n\n"
        "Ví dụ:\n\n\b\n  cchc report --period 2017H1 --format html -o bao-cao.html\n"
        "  cchc report --period 2017H1 --agency stp -o stp.md",
        "The periodic report for a period (year, half, quarter) as Markdown or HTML: Sở Nội "
        "vụ's consolidated report, or with --agency an agency's own report to Sở Nội vụ. The "
        "texts come from reports/PERIOD/AGENCY.yaml.\n\n"
        "Example:\n\n\b\n  cchc report --period 2017H1 --format html -o report.html --lang en\n"
        "  cchc report --period 2017H1 --agency stp -o stp.md",
    ),
    "submissions": (
        "Các cơ quan phải báo cáo (IV.1) đã gửi báo cáo của kỳ chưa: số, ngày, hoặc chưa gửi.\n\n"
        "Ví dụ:\n\n\b\n  cchc submissions --period 2017H1\n"
        "  cchc submissions --period 2017H1 --fail-on-missing",
        "Which agencies due to report (IV.1) have sent their report for the period: number, "
        "date, or not yet.\n\n"
        "Example:\n\n\b\n  cchc submissions --period 2017H1 --lang en\n"
        "  cchc submissions --period 2017H1 --fail-on-missing",
    ),
    "calendar": (
        "Lịch iCalendar (.ics) các hạn chót của nhiệm vụ chưa hoàn thành, có nhắc việc; "
        "nhập vào Outlook, Google Calendar hoặc điện thoại.\n\n"
        "Ví dụ:\n\n\b\n  cchc calendar -o han-cchc.ics\n  cchc calendar --agency snv --remind 14d,1d",
        "An iCalendar (.ics) file of the deadlines of unfinished tasks, with reminders, for "
        "Outlook, Google Calendar or a phone.\n\n"
        "Example:\n\n\b\n  cchc calendar -o deadlines.ics --lang en\n"
        "  cchc calendar --agency snv --remind 14d,1d",
    ),
    "init": (
        "Tạo một bộ dữ liệu Kế hoạch mới, rỗng và hợp lệ (tỉnh khác, chương trình khác) "
        "trong THƯ_MỤC chưa có hoặc còn trống.\n\n"
        "Ví dụ:\n\n\b\n  cchc init ke-hoach-cchc --province 'Phú Yên'",
        "Scaffold a new, empty, valid plan dataset (another province, another programme) in a "
        "new or empty DIR.\n\n"
        "Example:\n\n\b\n  cchc init par-plan --province 'Phú Yên' --lang en",
    ),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def command_help(name: str, lang: str = "vi") -> str:
    """The help of command `name` in `lang` (any language but `en` is Vietnamese)."""
    return _pick(HELP[name], lang)


def command_name(info: typer.models.CommandInfo) -> str:
    return info.name or (info.callback.__name__ if info.callback is not None else "")


def command_names(app: typer.Typer) -> list[str]:
    return [command_name(info) for info in app.registered_commands]


def apply_language(app: typer.Typer, lang: str) -> None:
    """Set the help of the app and of every registered command that has a text here. Called
    before the app runs, because Typer builds the Click commands (and their help) at run time."""
    app.info.help = _pick(HELP["cchc"], lang)
    for info in app.registered_commands:
        name = command_name(info)
        if name in HELP:
            info.help = _pick(HELP[name], lang)
