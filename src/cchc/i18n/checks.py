"""Messages of `cchc.checks`: records against each other and against the plan."""

MESSAGES: dict[str, tuple[str, str]] = {
    "check.duplicate-id": (
        "mã {kind} '{value}' bị trùng; mỗi mã chỉ được dùng một lần",
        "duplicate {kind} id '{value}'; each id must be unique",
    ),
    "check.kind.area": ("lĩnh vực", "area"),
    "check.kind.agency": ("cơ quan/nhóm", "agency/group"),
    "check.kind.event": ("sự kiện", "event"),
    "check.kind.scale": ("thang bậc", "scale"),
    "check.duplicate-record": (
        "mã '{value}' đã dùng ở {first}; mỗi mã chỉ được dùng một lần",
        "id '{value}' is already used in {first}; each id must be unique",
    ),
    "check.id-filename": (
        "mã '{value}' khác tên tệp '{stem}.yaml'; đổi tên tệp hoặc sửa mã cho khớp",
        "id '{value}' differs from the file name '{stem}.yaml'; rename one to match",
    ),
    "check.report-period": (
        "thư mục reports/{folder} phải mang tên một kỳ: {reason}",
        "the folder reports/{folder} must be named after a period: {reason}",
    ),
    "check.report-group": (
        "'{value}' là một nhóm; mỗi cơ quan gửi báo cáo của mình: đặt tên tệp theo mã cơ quan",
        "'{value}' is a group; each agency sends its own report: name the file after the agency",
    ),
    "check.report-agency": (
        "không có cơ quan '{value}' trong plan/agencies.yaml{hint}",
        "no agency '{value}' in plan/agencies.yaml{hint}",
    ),
    "hint.report-file-name": ("; tên tệp là mã cơ quan", "; the file name is the agency's id"),
    "check.report-issued": (
        "có '{present}' nhưng thiếu '{missing}': khi báo cáo đã ban hành, ghi cả số và ngày; "
        "khi chưa ban hành, bỏ cả hai",
        "'{present}' without '{missing}': once the report is issued give both its number and "
        "its date; until then give neither",
    ),
    "check.report-future": (
        "ngày {date} ở sau ngày hôm nay; chỉ ghi khi báo cáo đã ban hành",
        "date {date} is after today; record it once the report is issued",
    ),
    "check.report-date": (
        "báo cáo đề ngày {date}, trước khi kỳ {folder} bắt đầu ({start}); kiểm tra ngày hoặc "
        "thư mục kỳ",
        "the report is dated {date}, before the period {folder} begins ({start}); check the date "
        "or the period folder",
    ),
    "check.unknown-agency": (
        "không có cơ quan hoặc nhóm '{value}' trong plan/agencies.yaml{hint}",
        "no agency or group '{value}' in plan/agencies.yaml{hint}",
    ),
    "check.unknown-member": (
        "thành viên '{value}' của nhóm '{group}' không có trong danh sách agencies{hint}",
        "member '{value}' of group '{group}' is not in the agencies list{hint}",
    ),
    "check.unknown-area": (
        "không có lĩnh vực '{value}' trong plan/areas.yaml{hint}",
        "no area '{value}' in plan/areas.yaml{hint}",
    ),
    "check.unknown-event": (
        "không có sự kiện '{value}' trong plan/events.yaml{hint}",
        "no event '{value}' in plan/events.yaml{hint}",
    ),
    "check.unknown-scale": (
        "không có thang bậc '{value}' trong plan/scales.yaml{hint}",
        "no scale '{value}' in plan/scales.yaml{hint}",
    ),
    "check.event-in-future": (
        "ngày {date} ở sau ngày hôm nay; chỉ ghi khi sự kiện đã xảy ra",
        "date {date} is after today; record an event once it has happened",
    ),
    "check.event-incomplete": (
        "có 'reference' nhưng thiếu 'happened_on': sự kiện vẫn được coi là chưa xảy ra",
        "'reference' without 'happened_on': the event still counts as pending",
    ),
    "check.duplicate-level": (
        "bậc '{label}' bị lặp trong thang '{scale}'",
        "level '{label}' repeated in scale '{scale}'",
    ),
    "check.update-order": (
        "cập nhật ngày {date} đứng sau cập nhật ngày {previous}; "
        "ghi các cập nhật theo thứ tự ngày, cũ trước mới sau",
        "update dated {date} comes after one dated {previous}; "
        "keep updates in date order, oldest first",
    ),
    "check.update-in-future": (
        "ngày {date} ở sau ngày hôm nay; không thể báo cáo việc chưa xảy ra",
        "date {date} is after today; nothing can be reported before it happens",
    ),
    "check.update-after-done": (
        "nhiệm vụ đã hoàn thành; muốn ghi tiếp phải mở lại bằng status: in_progress",
        "the task is done; reopen it with status: in_progress before anything else",
    ),
    "check.done-without-evidence": (
        "cập nhật 'done' cần 'evidence': số và ngày văn bản là sản phẩm của nhiệm vụ",
        "a 'done' update needs 'evidence': the number and date of the product document",
    ),
    "check.evidence-date": (
        "văn bản minh chứng có ngày sau ngày cập nhật",
        "the evidence is dated after the update",
    ),
    "check.recurring-period": (
        "nhiệm vụ hàng năm: cập nhật 'done' cần 'period' (năm được hoàn thành)",
        "a yearly task's 'done' update needs 'period' (the year it completes)",
    ),
    "check.cancelled-without-note": (
        "cập nhật 'cancelled' cần 'note' nêu lý do",
        "a 'cancelled' update needs a 'note' saying why",
    ),
    "check.doc-number-spelling": (
        "số văn bản '{value}' viết '{symbol}' không có dấu; ký hiệu đúng là '{spelling}': '{fixed}'",
        "document number '{value}' writes '{symbol}' without its Đ; "
        "the official symbol is '{spelling}': '{fixed}'",
    ),
    "check.goal-scale": (
        "'{value}' không phải một bậc của thang '{scale}': {levels}{hint}",
        "'{value}' is not a level of scale '{scale}': {levels}{hint}",
    ),
    "check.goal-type": (
        "mục tiêu theo đơn vị cần một con số{hint}",
        "a goal with a unit needs a number{hint}",
    ),
    "check.percent-range": (
        "tỷ lệ {value}% nằm ngoài 0 – 100",
        "percentage {value}% is outside 0 – 100",
    ),
    "check.measurement-duplicate": (
        "kỳ {period} đã có số liệu ở trên; số liệu sau cùng được dùng",
        "period {period} is measured twice; the later one is used",
    ),
    "check.measurement-in-future": (
        "số liệu ghi cho ngày {date}, sau ngày hôm nay",
        "measurement dated {date}, after today",
    ),
    "check.scale-without-cutoffs": (
        "thang '{scale}' chưa có ngưỡng (min) cho mọi bậc nên không xếp được số {value}; "
        "ghi tên bậc, hoặc bổ sung ngưỡng vào plan/scales.yaml",
        "scale '{scale}' lacks a cut-off (min) for some level, so {value} cannot be "
        "placed; record the level's name, or add the cut-offs to plan/scales.yaml",
    ),
    "check.measurement-scale": (
        "'{value}' không phải một bậc của thang '{scale}': {levels}{hint}",
        "'{value}' is not a level of scale '{scale}': {levels}{hint}",
    ),
    "check.measurement-type": (
        "số liệu '{value}' phải là một con số{hint}",
        "measurement '{value}' must be a number{hint}",
    ),
    "check.negative": (
        "số liệu {value} không được âm",
        "measurement {value} must not be negative",
    ),
}
