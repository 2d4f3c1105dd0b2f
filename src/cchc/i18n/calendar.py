"""The words of `cchc calendar`: the calendar's name, each deadline's summary, description and
reminders."""

MESSAGES: dict[str, tuple[str, str]] = {
    "calendar.name": ("Hạn nhiệm vụ CCHC – {province}", "PAR task deadlines – {province}"),
    "calendar.description": (
        "{title} ({decision}), tính đến {date}",
        "{title} ({decision}), as of {date}",
    ),
    "calendar.summary": ("[{id}] Hạn: {title}{year}", "[{id}] Due: {title}{year}"),
    "calendar.overdue": ("{state} ({days} ngày)", "{state} ({days} days)"),
    "calendar.overdue.one": ("{state} ({days} ngày)", "{state} ({days} day)"),
    "calendar.due-soon": ("{state} ({days} ngày nữa)", "{state} ({days} days left)"),
    "calendar.due-soon.one": ("{state} ({days} ngày nữa)", "{state} ({days} day left)"),
    "calendar.lead": ("Chủ trì: {leads}", "Lead: {leads}"),
    "calendar.deadline": ("Thời hạn theo Kế hoạch: {words}", "Deadline in the plan: {words}"),
    "calendar.occurrence": ("{words} (năm {year})", "{words} (year {year})"),
    "calendar.due-on": ("Hạn chót: {date}", "Due on: {date}"),
    "calendar.source": ("Nguồn: {source} ({decision})", "Source: {source} ({decision})"),
    "calendar.state": (
        "Tình trạng ngày {date}: {state} – {status}",
        "State on {date}: {state} – {status}",
    ),
    "calendar.product": ("Sản phẩm: {product}", "Product: {product}"),
    "calendar.alarm": ("{summary} – còn {days} ngày", "{summary} – {days} days left"),
    "calendar.alarm.one": ("{summary} – còn {days} ngày", "{summary} – {days} day left"),
}
