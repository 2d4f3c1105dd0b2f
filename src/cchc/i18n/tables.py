"""The query tables' titles and notes (`cchc overdue`, `due`, `progress`, `targets`, `show`,
`export`). Column labels are the bare labels of `labels`."""

MESSAGES: dict[str, tuple[str, str]] = {
    "table.overdue": ("Nhiệm vụ quá hạn", "Overdue tasks"),
    "table.due": (
        "Nhiệm vụ đến hạn từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}",
        "Tasks falling due from {start} to {end}",
    ),
    "table.by-area": ("Tiến độ theo lĩnh vực", "Progress by area"),
    "table.by-agency": ("Tiến độ theo đơn vị chủ trì", "Progress by lead agency"),
    "table.by-plan": ("Tiến độ toàn Kế hoạch", "Progress of the whole plan"),
    "table.targets": ("Chỉ tiêu của Kế hoạch", "Targets of the plan"),
    "table.stretch-note": (
        "Chỉ tiêu 'phấn đấu' được báo cáo riêng, không tính là không đạt của Kế hoạch.",
        "Stretch ('phấn đấu') targets are reported apart, never as failures of the plan.",
    ),
    "table.task-export": ("Nhiệm vụ", "Tasks"),
    "table.target-export": ("Chỉ tiêu", "Targets"),
    "table.task": ("Nhiệm vụ {id}", "Task {id}"),
    "table.history": ("Lịch sử cập nhật", "Update history"),
    "table.target": ("Chỉ tiêu {id}", "Target {id}"),
    "table.measurements": ("Số liệu", "Measurements"),
    "table.agency": ("Cơ quan {id}", "Agency {id}"),
    "table.area": ("Lĩnh vực {id}", "Area {id}"),
}
