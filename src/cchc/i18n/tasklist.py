"""`cchc list` and `cchc show AGENCY` (the task list), and the command line's "did you mean" for
ids (`cchc.lookup`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "help.list": (
        "Mọi nhiệm vụ với tình trạng vào một ngày, thời hạn theo lời Kế hoạch, đơn vị chủ trì và "
        "ghi chú mới nhất, xếp theo mã. Lọc theo cơ quan (nhóm chọn các thành viên), lĩnh vực, "
        "trạng thái, tình trạng, loại.\n\n"
        "Ví dụ:\n\n\b\n  cchc list --agency stp\n  cchc list --state overdue --format csv",
        "Every task with its state on a day, its deadline in the plan's words, its lead and its "
        "latest note, in id order. Filter by agency (a group selects its members), area, "
        "status, state, kind.\n\n"
        "Example:\n\n\b\n  cchc list --agency stp --lang en\n"
        "  cchc list --state overdue --format csv",
    ),
    "help.list.role": (
        "Vai trò của cơ quan --agency: lead (chủ trì), support (phối hợp), any (một trong hai)",
        "The --agency's part in a task: lead, support, any (either)",
    ),
    "table.list": ("Nhiệm vụ, tình trạng ngày {on:%d/%m/%Y}", "Tasks as of {on}"),
    "table.list-led": ("Nhiệm vụ {name} chủ trì", "Tasks {name} leads"),
    "table.list-supported": ("Nhiệm vụ {name} phối hợp", "Tasks {name} supports"),
    "latest_note": ("Ghi chú mới nhất", "Latest note"),
    "updated": ("Cập nhật ngày", "Updated"),
    "lead_ids": ("Mã đơn vị chủ trì", "Lead ids"),
    "lookup.unknown-agency": (
        "--agency: không có cơ quan hoặc nhóm '{agency}'{hint}; xem plan/agencies.yaml",
        "--agency: no agency or group '{agency}'{hint}; see plan/agencies.yaml",
    ),
    "lookup.unknown-area": (
        "--area: không có lĩnh vực '{area}'; chọn một trong: {choices}",
        "--area: no area '{area}'; choose one of: {choices}",
    ),
    "lookup.unknown-id": (
        "không có nhiệm vụ, chỉ tiêu, cơ quan hay lĩnh vực nào mã '{id}'{hint}",
        "no task, target, agency or area with id '{id}'{hint}",
    ),
}
