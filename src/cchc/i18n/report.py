"""The periodic report's words (`cchc.report`) and the messages of `cchc report` and
`cchc submissions`. Column words shared with the other commands are the base labels."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- heading
    "report.country": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
    "report.motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "report.title": ("BÁO CÁO", "REPORT"),
    "report.subtitle": (
        "Kết quả thực hiện Kế hoạch cải cách hành chính {period}",
        "Results of implementing the administrative reform plan, {period}",
    ),
    "report.as_of_line": ("(Số liệu tính đến ngày {date})", "(Figures as of {date})"),
    # The date line: Nghị định 30/2020 writes days below 10 and the months 1 and 2 with a leading
    # zero ("ngày 05 tháng 01 năm 2018"); English writes the month out ("30 June 2018").
    "report.place_date": (
        "{place}, ngày {day:0>2} tháng {month} năm {year}",
        "{place}, {day} {month} {year}",
    ),
    "report.month.1": ("01", "January"),
    "report.month.2": ("02", "February"),
    "report.month.3": ("3", "March"),
    "report.month.4": ("4", "April"),
    "report.month.5": ("5", "May"),
    "report.month.6": ("6", "June"),
    "report.month.7": ("7", "July"),
    "report.month.8": ("8", "August"),
    "report.month.9": ("9", "September"),
    "report.month.10": ("10", "October"),
    "report.month.11": ("11", "November"),
    "report.month.12": ("12", "December"),
    "report.number": ("Số: {number}", "No. {number}"),
    "report.number_blank": ("Số:     /BC", "No.:     /BC"),
    "report.addressees": ("Kính gửi:", "To:"),
    "report.default_addressee": (
        "Ủy ban nhân dân tỉnh {province}",
        "People's Committee of {province} province",
    ),
    "report.basis": (
        "Thực hiện Quyết định số {number} ngày {date}{issuer}{about}, {body} báo cáo kết quả "
        "thực hiện Kế hoạch cải cách hành chính {period} như sau:",
        "Under Decision No. {number} of {date}{issuer}{about}, {body} reports the results of "
        "implementing the administrative reform plan, {period}, as follows:",
    ),
    "report.by_issuer": (" của {issuer}", " of {issuer}"),
    "report.about": (" về việc {title}", " ({title})"),
    # --- body
    "report.s_direction": (
        "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
        "DIRECTION AND ORGANISATION OF THE REFORM WORK",
    ),
    "report.s_results": (
        "KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC CẢI CÁCH HÀNH CHÍNH",
        "RESULTS BY REFORM AREA",
    ),
    "report.s_assessment": ("ĐÁNH GIÁ CHUNG", "OVERALL ASSESSMENT"),
    "report.strengths": ("Ưu điểm", "Strengths"),
    "report.shortcomings": ("Tồn tại, hạn chế", "Shortcomings"),
    "report.causes": ("Nguyên nhân", "Causes"),
    "report.s_next": (
        "PHƯƠNG HƯỚNG, NHIỆM VỤ {period}",
        "DIRECTION AND TASKS, {period}",
    ),
    "report.s_proposals": ("ĐỀ XUẤT, KIẾN NGHỊ", "PROPOSALS"),
    "report.section.next_period": (
        "Phương hướng, nhiệm vụ kỳ tới",
        "Direction for the next period",
    ),
    "report.section.proposals": ("Đề xuất, kiến nghị", "Proposals"),
    "report.figures": (
        "Trong kỳ có {total} nhiệm vụ: hoàn thành đúng hạn {on_time}, hoàn thành trễ hạn {late}, "
        "chưa hoàn thành {unfinished}, chờ sự kiện {waiting}, đã hủy {cancelled}.",
        "Tasks of the period: {total} ({on_time} done on time, {late} done late, {unfinished} "
        "unfinished, {waiting} waiting on an event, {cancelled} cancelled).",
    ),
    "report.figures.none": (
        "Trong kỳ không có nhiệm vụ đến hạn.",
        "No task fell due in the period.",
    ),
    "report.figures.carried_over": (
        "Nhiệm vụ đến hạn từ kỳ trước, đến nay chưa hoàn thành: {count}.",
        "Due in an earlier period and still unfinished: {count}.",
    ),
    "report.figures.late_completions": (
        "Nhiệm vụ đến hạn từ kỳ trước, hoàn thành trong kỳ: {count}.",
        "Due in an earlier period, completed in this one: {count}.",
    ),
    "report.figures.early_completions": (
        "Nhiệm vụ hoàn thành trong kỳ, trước hạn: {count}.",
        "Completed in the period ahead of their due day: {count}.",
    ),
    "report.area_targets": (
        "Chỉ tiêu của lĩnh vực: {count} ({states}).",
        "Targets of the area: {count} ({states}).",
    ),
    "report.rates": (
        "Tỷ lệ hoàn thành: {completion}; tỷ lệ đúng hạn: {on_time} (Phụ lục, mục {number}).",
        "Completion rate: {completion}; on-time rate: {on_time} (Appendix, part {number}).",
    ),
    "report.figures.strengths": (
        "Số liệu: hoàn thành {done} nhiệm vụ của kỳ, trong đó {on_time} đúng hạn; hoàn thành "
        "{earlier} nhiệm vụ đến hạn từ kỳ trước và {early} nhiệm vụ trước hạn.",
        "Figures: {done} of the period's tasks done, {on_time} of them on time; {earlier} tasks "
        "due earlier and {early} tasks due later also completed.",
    ),
    "report.figures.shortcomings": (
        "Số liệu: {unfinished} nhiệm vụ đến hạn trong kỳ chưa hoàn thành, {late} hoàn thành trễ "
        "hạn; {carried} nhiệm vụ đến hạn từ kỳ trước vẫn chưa hoàn thành (Phụ lục, mục "
        "{period_no} và {earlier_no}).",
        "Figures: {unfinished} of the period's tasks unfinished, {late} done late; {carried} tasks "
        "due earlier still unfinished (Appendix, parts {period_no} and {earlier_no}).",
    ),
    "report.figures.next": (
        "Kỳ tới ({period}) có {count} nhiệm vụ đến hạn (Phụ lục, mục {number}); cần tiếp tục "
        "thực hiện {open} nhiệm vụ đã đến hạn mà chưa hoàn thành.",
        "The next period ({period}) has {count} tasks falling due (Appendix, part {number}); "
        "{open} tasks already due remain unfinished.",
    ),
    "report.see_appendix": ("(Phụ lục, mục {number}.)", "(Appendix, part {number}.)"),
    "report.placeholder": (
        "[Chưa có nội dung: {who} viết phần “{section}” vào khóa {key} của tệp {path}.]",
        '[Not written yet: {who} writes "{section}" under the key {key} of {path}.]',
    ),
    # --- closing
    "report.recipients": ("Nơi nhận:", "Recipients:"),
    "report.recipient_as_above": ("Như trên;", "As above;"),
    "report.recipient_archive": ("Lưu: VT.", "Archive: VT."),
    "report.signer_title.department": ("GIÁM ĐỐC", "DIRECTOR"),
    "report.signer_title.office": ("CHÁNH VĂN PHÒNG", "CHIEF OF OFFICE"),
    "report.signer_title.district": ("CHỦ TỊCH", "CHAIRPERSON"),
    "report.signer_title.province": ("CHỦ TỊCH", "CHAIRPERSON"),
    "report.signer_title.other": ("THỦ TRƯỞNG CƠ QUAN", "HEAD OF THE AGENCY"),
    "report.signer_authority.district": (
        "TM. ỦY BAN NHÂN DÂN",
        "ON BEHALF OF THE PEOPLE'S COMMITTEE",
    ),
    "report.signer_authority.province": (
        "TM. ỦY BAN NHÂN DÂN",
        "ON BEHALF OF THE PEOPLE'S COMMITTEE",
    ),
    "report.signer_hint": ("(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name, seal)"),
    "report.placeholder_closing": (
        "Nơi nhận, người ký: theo plan/plan.yaml (report:) hoặc plan/agencies.yaml (heading:) và "
        "tệp báo cáo của kỳ; chỗ trống để ký",
        "Recipients and signer: from plan/plan.yaml (report:) or plan/agencies.yaml (heading:) "
        "and the period's report file; the space is left to sign in",
    ),
    # --- appendix
    "report.appendix": ("PHỤ LỤC", "APPENDIX"),
    "report.appendix_subtitle": (
        "Số liệu thực hiện Kế hoạch cải cách hành chính {period}",
        "Figures of the administrative reform plan, {period}",
    ),
    "report.attached": ("(Kèm theo Báo cáo của {issuer})", "(Attached to the report of {issuer})"),
    "report.attached_issued": (
        "(Kèm theo Báo cáo số {number} ngày {date} của {issuer})",
        "(Attached to report No. {number} of {date} of {issuer})",
    ),
    "report.part.summary": ("Tổng hợp nhiệm vụ của kỳ", "The period's tasks in figures"),
    "report.part.areas": ("Kết quả theo lĩnh vực", "Results by area"),
    "report.part.agencies": ("Kết quả theo đơn vị chủ trì", "Results by lead agency"),
    "report.part.targets": ("Kết quả thực hiện các chỉ tiêu", "Targets"),
    "report.part.period": ("Danh mục nhiệm vụ của kỳ", "The period's tasks"),
    "report.part.earlier": ("Nhiệm vụ đến hạn từ kỳ trước", "Tasks due in earlier periods"),
    "report.part.early": ("Nhiệm vụ hoàn thành trước hạn", "Tasks completed ahead of time"),
    "report.part.upcoming": (
        "Nhiệm vụ đến hạn trong kỳ tới ({period})",
        "Tasks due in the next period ({period})",
    ),
    "report.part.submissions": ("Tình hình gửi báo cáo", "Reports received"),
    "report.part.supported": ("Nhiệm vụ phối hợp thực hiện", "Tasks supported"),
    "report.list.done_on_time": ("Hoàn thành đúng hạn", "Done on time"),
    "report.list.done_late": ("Hoàn thành trễ hạn", "Done late"),
    "report.list.unfinished": ("Chưa hoàn thành", "Unfinished"),
    "report.list.waiting": ("Chờ sự kiện", "Waiting on an event"),
    "report.list.cancelled": ("Đã hủy", "Cancelled"),
    "report.list.carried_over": ("Kỳ trước chuyển sang", "Carried over"),
    "report.list.late_completions": ("Kỳ trước, hoàn thành trong kỳ", "Earlier, done now"),
    "report.list.early_completions": ("Hoàn thành trước hạn", "Done ahead of time"),
    "report.list.upcoming": ("Đến hạn kỳ tới", "Due next period"),
    "report.list_title.done_on_time": ("Hoàn thành đúng hạn", "Done on time"),
    "report.list_title.done_late": ("Hoàn thành trễ hạn", "Done late"),
    "report.list_title.unfinished": (
        "Đến hạn trong kỳ, chưa hoàn thành",
        "Due in the period, not done",
    ),
    "report.list_title.waiting": ("Chờ sự kiện (chưa xác định hạn)", "Waiting on an event"),
    "report.list_title.cancelled": ("Đã hủy (có lý do)", "Cancelled, with the reason"),
    "report.list_title.carried_over": (
        "Đến hạn từ kỳ trước, chưa hoàn thành (chuyển sang)",
        "Due earlier, still not done (carried over)",
    ),
    "report.list_title.late_completions": (
        "Đến hạn từ kỳ trước, hoàn thành trong kỳ",
        "Due earlier, completed in the period",
    ),
    "report.list_title.early_completions": (
        "Hoàn thành trong kỳ, trước hạn",
        "Completed in the period ahead of their due day",
    ),
    "report.list_title.upcoming": ("Đến hạn trong kỳ tới", "Due in the next period"),
    "report.total_short": ("Tổng số", "Total"),  # of the period's tasks
    "report.figure": ("Chỉ số", "Figure"),
    "report.count": ("Số lượng", "Count"),
    "report.summary_note": (
        "Nhiệm vụ của kỳ: đến hạn trong kỳ, và chờ sự kiện chưa xác định hạn; nhiệm vụ hàng năm "
        "tính mỗi năm một lần. Tổng số = đúng hạn + trễ hạn + chưa hoàn thành + chờ sự kiện + đã "
        "hủy; các dòng sau (kỳ trước, trước hạn, kỳ tới) tính riêng.",
        "The period's tasks: those due in it, and those waiting on an event with no due day yet; "
        "a yearly task counts once a year. Total = on time + late + unfinished + waiting + "
        "cancelled; the rows after it (earlier, ahead of time, next period) are counted apart.",
    ),
    "report.rates_note": (
        "Tỷ lệ hoàn thành = hoàn thành ÷ (tổng số − đã hủy); tỷ lệ đúng hạn = hoàn thành đúng "
        "hạn ÷ số nhiệm vụ của kỳ (trừ đã hủy) đã đến hạn.",
        "Completion rate = done / (total - cancelled); on-time rate = done on time / the "
        "period's tasks (not cancelled) already due.",
    ),
    "report.chart_rollup": (
        "Tỷ lệ hoàn thành và tỷ lệ đúng hạn — {title}",
        "Completion and on-time rates - {title}",
    ),
    "report.chart_goal": ("Mục tiêu: {goal}", "Goal: {goal}"),
    "report.percent_tick": ("{value} %", "{value}%"),
    "report.no_chart": ("Chưa có số liệu để vẽ biểu đồ.", "No figures to chart yet."),
    "report.no_chart_targets": (
        "Chưa có số liệu để vẽ biểu đồ: {ids}.",
        "No figures to chart yet: {ids}.",
    ),
    "report.target_summary": ("Tổng hợp tình trạng chỉ tiêu", "Targets by state"),
    "report.firm_targets": ("Chỉ tiêu bắt buộc", "Firm targets"),
    "report.stretch_targets": (
        "Chỉ tiêu phấn đấu (không tính là không đạt của Kế hoạch)",
        "Stretch targets (never counted as failures of the plan)",
    ),
    "report.occurrence": ("{deadline} ({year})", "{deadline} ({year})"),
    "report.evidence": ("{number}, {date}", "{number}, {date}"),
    "report.days_past": ("Số ngày quá hạn", "Days past due"),
    "report.days_left": ("chưa đến hạn (còn {days} ngày)", "not yet due ({days} days left)"),
    "report.days_left.one": ("chưa đến hạn (còn {days} ngày)", "not yet due ({days} day left)"),
    "report.latest_note": ("Ghi chú gần nhất", "Latest note"),
    "report.event_state": ("Sự kiện đã có chưa", "Event happened?"),
    "report.event_pending": ("Chưa có", "Pending"),
    "report.event_happened": ("Đã có ngày {date}", "Happened on {date}"),
    "report.event_no_deadline": (
        "; Kế hoạch không định thời hạn sau sự kiện",
        "; the plan sets no time limit after it",
    ),
    "report.cancelled_on": ("Ngày hủy", "Cancelled on"),
    "report.reason": ("Lý do", "Reason"),
    "report.list_name": ("Tình hình trong kỳ", "In this report"),
    "report.task_number": ("STT {number}", "No. {number}"),
    "report.before_plan": (
        "Nhiệm vụ {task} có thời hạn {deadline}, trước khi Kế hoạch được ban hành (ngày {date}).",
        "Task {task} is due {deadline}, before the plan was issued (on {date}).",
    ),
    # --- who has reported
    "report.report_number": ("Số báo cáo", "Report No."),
    "report.file": ("Tệp", "File"),
    "report.submission.title": ("Tình hình gửi báo cáo {period}", "Reports received, {period}"),
    "report.submission.submitted": ("Đã gửi", "Submitted"),
    "report.submission.late": ("Gửi muộn {days} ngày", "Submitted {days} days late"),
    "report.submission.late.one": ("Gửi muộn {days} ngày", "Submitted {days} day late"),
    "report.submission.draft": ("Chưa gửi (đang soạn, chưa có số và ngày)", "Not sent (a draft)"),
    "report.submission.missing": ("Chưa gửi", "Not sent"),
    "report.submission.none_marked": (
        "Chưa cơ quan nào được đánh dấu phải báo cáo (reports: true trong plan/agencies.yaml).",
        "No agency is marked as reporting (reports: true in plan/agencies.yaml).",
    ),
    "report.submission.sentence": (
        "Tình hình gửi báo cáo: {sent}/{due} cơ quan, đơn vị đã gửi báo cáo kỳ này ({late} gửi "
        "muộn).",
        "Reports received: {sent} of {due} agencies have reported for the period ({late} late).",
    ),
    "report.submission.absent": ("Chưa gửi: {names}.", "Not yet received: {names}."),
    "report.submission.deadline": ("Hạn gửi báo cáo: {date}.", "Reports were due on {date}."),
    "report.submission.no_deadline": (
        "Kế hoạch không quy định ngày gửi báo cáo (theo yêu cầu của UBND tỉnh); đặt "
        "reporting.due_days trong plan/plan.yaml để đánh dấu báo cáo gửi muộn.",
        "The plan fixes no day for reports (as the provincial committee requests); set "
        "reporting.due_days in "
        "plan/plan.yaml to mark late ones.",
    ),
    "report.submission.missing_count": (
        "còn {count} cơ quan chưa gửi báo cáo {period}",
        "{count} agencies have not reported for {period}",
    ),
    # --- command messages
    "report.period-outside-plan": (
        "--period {period} nằm ngoài thời gian của Kế hoạch ({plan}); chọn một kỳ trong "
        "{plan}, hoặc thêm --outside-plan nếu thật sự cần báo cáo kỳ này",
        "--period {period} is outside the plan's years ({plan}); choose a period within {plan}, "
        "or add --outside-plan to report on it anyway",
    ),
    "report.as-of-before-period": (
        "ngày tính số liệu {as_of} (--as-of, mặc định hôm nay) ở trước khi kỳ {period} bắt đầu "
        "({start}): chưa có gì của kỳ này để báo cáo; chọn --as-of từ {start} trở đi",
        "the as-of day {as_of} (--as-of, by default today) is before the period {period} starts "
        "({start}): nothing of it can be reported yet; give an --as-of from {start} on",
    ),
    "report.unknown-agency": (
        "--agency: không có cơ quan hoặc nhóm '{agency}' (xem plan/agencies.yaml)",
        "--agency: no agency or group '{agency}' (see plan/agencies.yaml)",
    ),
    "report.group-without-members": (
        "--agency {group}: nhóm không liệt kê thành viên nên không có cơ quan nào để báo cáo; "
        "chọn một cơ quan",
        "--agency {group}: the group lists no member, so there is no agency to report for; "
        "choose an agency",
    ),
    "report.group-needs-folder": (
        "--agency {group} là một nhóm: mỗi thành viên một báo cáo; dùng -o THƯ_MỤC để ghi "
        "{count} tệp, hoặc chọn một cơ quan: {members}",
        "--agency {group} is a group: one report per member; pass -o DIR to write {count} "
        "files, or choose one agency: {members}",
    ),
    "report.wrote": ("đã ghi {path}", "wrote {path}"),
}
