"""Messages of `cchc diff` (`cchc.changes`) and of `--rev` on the read commands."""

MESSAGES: dict[str, tuple[str, str]] = {
    "diff.heading": (
        "So sánh {base} → {head}, tính đến ngày {date}",
        "Changes from {base} to {head}, as of {date}",
    ),
    "diff.history.kept": (
        "Lịch sử chỉ ghi thêm: không mục nào đã ghi bị sửa hay xóa, lời văn Kế hoạch giữ nguyên.",
        "History is append-only: no recorded entry edited or removed, the plan's words kept.",
    ),
    "diff.history.rewritten": (
        "Lịch sử bị viết lại (cchc diff --check): điều đã ghi bị sửa hoặc xóa ở {count} chỗ",
        "History rewritten (cchc diff --check): what was recorded was edited or removed, places: "
        "{count}",
    ),
    "diff.history.place": ("Vị trí", "Place"),
    "diff.history.rule": ("Quy tắc", "Rule"),
    "diff.history.problem": ("Vấn đề", "Problem"),
    "diff.worktree": ("bản làm việc", "the working tree"),
    "diff.none": (
        "Không có thay đổi nào trong dữ liệu Kế hoạch.",
        "No change to the plan's data.",
    ),
    "diff.count": ("{count} thay đổi: {parts}.", "Changes: {count} — {parts}."),
    "diff.part": ("{title} {count}", "{title} {count}"),
    "diff.invalid": (
        "Dữ liệu ở {revision} có {errors} lỗi{scope}; chạy `{command}` để xem. Những gì đọc được "
        "vẫn được so sánh.",
        "The data at {revision} has {errors} errors{scope}; run `{command}` to see them. What "
        "could be read is still compared.",
    ),
    "diff.invalid-scope": (" trong các tệp đã thay đổi", " in the files that changed"),
    "diff.unreadable": ("Không đọc được ở {revision}", "Cannot be read at {revision}"),
    # Sections
    "diff.section.unreadable": ("Tệp không đọc được", "Files that could not be read"),
    "diff.section.records": ("Thêm, bớt", "Added and removed"),
    "diff.section.state": ("Nhiệm vụ đổi tình trạng", "Tasks whose state changes"),
    "diff.section.target-state": ("Chỉ tiêu đổi kết quả", "Targets whose state changes"),
    "diff.section.update": ("Cập nhật tiến độ mới", "New progress updates"),
    "diff.section.measurement": ("Số liệu mới", "New measurements"),
    "diff.section.history": (
        "Mục lịch sử không còn như cũ (bị sửa hoặc xóa)",
        "History entries no longer as they were (edited or removed)",
    ),
    "diff.section.schedule": ("Thời hạn, cơ quan chủ trì", "Deadlines and leads"),
    "diff.section.text": ("Lời văn của Kế hoạch thay đổi", "The plan's own text changed"),
    "diff.section.field": ("Thay đổi khác", "Other changes"),
    "diff.section.report": ("Báo cáo của các cơ quan", "Agencies' narrative reports"),
    # Columns
    "diff.col.id": ("Mã", "ID"),
    "diff.col.record": ("Loại", "Kind"),
    "diff.col.title": ("Tên", "Title"),
    "diff.col.change": ("Thay đổi", "Change"),
    "diff.col.field": ("Trường", "Field"),
    "diff.col.before": ("Trước", "Before"),
    "diff.col.after": ("Sau", "After"),
    "diff.col.evidence": ("Văn bản", "Evidence"),
    "diff.col.date": ("Ngày", "Date"),
    "diff.col.status": ("Tình trạng", "Status"),
    "diff.col.note": ("Ghi chú", "Note"),
    "diff.col.period": ("Kỳ", "Period"),
    "diff.col.value": ("Giá trị", "Value"),
    "diff.col.source": ("Nguồn", "Source"),
    "diff.col.agency": ("Cơ quan", "Agency"),
    "diff.col.number": ("Số", "Number"),
    "diff.col.file": ("Tệp", "File"),
    "diff.col.entry": ("Mục", "Entry"),
    "diff.col.when": ("Ngày, kỳ", "Date or period"),
    "diff.col.what": ("Nội dung", "Content"),
    # Record kinds
    "diff.record.plan": ("Kế hoạch", "Plan"),
    "diff.record.area": ("Lĩnh vực", "Area"),
    "diff.record.agency": ("Cơ quan", "Agency"),
    "diff.record.group": ("Nhóm cơ quan", "Agency group"),
    "diff.record.event": ("Sự kiện", "Event"),
    "diff.record.scale": ("Thang xếp loại", "Scale"),
    "diff.record.task": ("Nhiệm vụ", "Task"),
    "diff.record.target": ("Chỉ tiêu", "Target"),
    "diff.record.report": ("Báo cáo", "Report"),
    "diff.record.revision": ("Phiên bản", "Revision"),
    # What happened
    "diff.added": ("Thêm", "Added"),
    "diff.removed": ("Bỏ", "Removed"),
    "diff.added-state": ("Thêm ({state})", "Added ({state})"),
    "diff.removed-state": ("Bỏ (trước đó: {state})", "Removed (was: {state})"),
    "diff.report-added": ("Thêm bản thảo", "Draft added"),
    "diff.report-filed": ("Đã nộp", "Filed"),
    "diff.report-issued": ("Nay đã ban hành", "Now issued"),
    "diff.report-changed": ("Sửa: {fields}", "Edited: {fields}"),
    "diff.report-removed": ("Bỏ", "Removed"),
    "diff.update-removed": ("Cập nhật", "Update"),
    "diff.measurement-removed": ("Số liệu", "Measurement"),
    "diff.days": ("{days} ngày", "days: {days}"),
    # --rev
    "rev.not-a-repo": (
        "{path} không nằm trong một kho git; --rev và cchc diff cần kho git của dữ liệu (git init, "
        "git clone)",
        "{path} is not inside a git repository; --rev and cchc diff need the dataset's git "
        "repository (git init, git clone)",
    ),
    "rev.range-and-head": (
        "'{range}' đã nêu cả hai phiên bản; bỏ '{head}' đi",
        "'{range}' names both revisions already; leave out '{head}'",
    ),
    "rev.invalid-data": (
        "dữ liệu ở phiên bản {revision} có {errors} lỗi; xem bằng: cchc validate --rev {revision}",
        "the data at revision {revision} has {errors} errors; see them with: cchc validate --rev "
        "{revision}",
    ),
    # Help
    "help.diff": (
        "So sánh hai phiên bản dữ liệu trong git và nói bằng lời của Kế hoạch điều gì thay đổi: "
        "tình trạng nhiệm vụ, cập nhật và số liệu mới, thời hạn, cơ quan chủ trì, lời văn, báo cáo "
        "đã nộp. Mặc định: từ chỗ nhánh tách khỏi nhánh chính đến bản làm việc.\n\n"
        "Ví dụ:\n\n\b\n  cchc diff\n  cchc diff v2017H1 HEAD --format md\n"
        "  cchc diff origin/main... --format json",
        "Compare two revisions of the data in git and say in the plan's terms what changed: task "
        "states, new updates and measurements, deadlines, leads, the plan's text, reports filed. "
        "Default: from where the branch left the default branch to the working tree.\n\n"
        "Example:\n\n\b\n  cchc diff --lang en\n  cchc diff v2017H1 HEAD --format md --lang en\n"
        "  cchc diff origin/main... --format json",
    ),
    "help.diff.base": (
        "Phiên bản gốc: thẻ, nhánh, mã commit (mặc định: điểm tách khỏi nhánh chính)",
        "The base revision: a tag, a branch, a commit (default: where HEAD left the default "
        "branch)",
    ),
    "help.diff.head": (
        "Phiên bản mới (mặc định: bản làm việc, WORKTREE)",
        "The new revision (default: the working tree, WORKTREE)",
    ),
    "help.diff.check": (
        "Kiểm tra lịch sử chỉ ghi thêm (không sửa, xóa mục đã ghi hay lời văn Kế hoạch); có vi "
        "phạm thì thoát với mã 1",
        "Check that history is append-only (no recorded entry or plan wording edited or removed); "
        "exit 1 on any rewrite",
    ),
    "help.diff.format": (
        "text (màn hình) | md (bình luận pull request, $GITHUB_STEP_SUMMARY) | json",
        "text (terminal) | md (a pull request comment, $GITHUB_STEP_SUMMARY) | json",
    ),
    "help.diff.as-of": (
        "Tình trạng tính tại ngày này, YYYY-MM-DD (mặc định: hôm nay)",
        "States as of this day, YYYY-MM-DD (default: today)",
    ),
    "help.rev": (
        "Tính từ dữ liệu như ở phiên bản git này (thẻ, nhánh, commit)",
        "Compute from the data as it was at this git revision (a tag, a branch, a commit)",
    ),
}
