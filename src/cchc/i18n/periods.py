"""Messages of `cchc.periods`: periods and durations that cannot be read, and why."""

_PERIOD_FORMS = (
    "2017, 2017H1, 2017Q3, 2017-05, 2017-05-10, 2016..2020, Năm 2017, 6 tháng đầu năm 2017"
)

MESSAGES: dict[str, tuple[str, str]] = {
    "period.unreadable": (
        f"không hiểu kỳ '{{value}}'{{reason}}; dùng: {_PERIOD_FORMS}",
        f"cannot read period '{{value}}'{{reason}}; use: {_PERIOD_FORMS}",
    ),
    # A reason follows the value, in brackets.
    "period.reason.end-before-start": (
        " (kỳ cuối kết thúc trước khi kỳ đầu bắt đầu)",
        " (the end comes before the start)",
    ),
    "period.reason.year": (
        " (năm phải từ {low} đến {high})",
        " (the year must be between {low} and {high})",
    ),
    "period.reason.month": (" (tháng phải từ 1 đến 12)", " (the month must be 1 to 12)"),
    "period.reason.no-such-day": (
        " (tháng {month} năm {year} không có ngày {day})",
        " ({month} {year} has no day {day})",
    ),
    "period.reason.quarter": (" (quý phải từ I đến IV)", " (the quarter must be 1 to 4)"),
    "period.reason.half": (" (chỉ có H1 hoặc H2)", " (only H1 or H2 exist)"),
    "period.reason.empty": (" (kỳ trống)", " (empty)"),
    # A month inside a sentence: "tháng 6 năm 2017" / "June 2017".
    "period.label.year": ("năm {year}", "{year}"),
    "period.label.half1": ("6 tháng đầu năm {year}", "first half of {year}"),
    "period.label.half2": ("6 tháng cuối năm {year}", "second half of {year}"),
    "period.label.quarter": ("{quarter} năm {year}", "{quarter} {year}"),
    "period.quarter.1": ("quý I", "Q1"),
    "period.quarter.2": ("quý II", "Q2"),
    "period.quarter.3": ("quý III", "Q3"),
    "period.quarter.4": ("quý IV", "Q4"),
    "period.label.month": ("tháng {month} năm {year}", "{month} {year}"),
    "period.label.day": ("ngày {day} tháng {month} năm {year}", "{day} {month} {year}"),
    "period.label.years": ("giai đoạn {first} - {last}", "{first} – {last}"),
    "period.label.range": ("từ {first} đến {last}", "{first} – {last}"),
    "duration.label.day": ("{amount} ngày", "{amount} days"),
    "duration.label.day.one": ("{amount} ngày", "{amount} day"),
    "duration.label.week": ("{amount} tuần", "{amount} weeks"),
    "duration.label.week.one": ("{amount} tuần", "{amount} week"),
    "duration.label.month": ("{amount} tháng", "{amount} months"),
    "duration.label.month.one": ("{amount} tháng", "{amount} month"),
    "duration.label.year": ("{amount} năm", "{amount} years"),
    "duration.label.year.one": ("{amount} năm", "{amount} year"),
    "period.month.1": ("1", "January"),
    "period.month.2": ("2", "February"),
    "period.month.3": ("3", "March"),
    "period.month.4": ("4", "April"),
    "period.month.5": ("5", "May"),
    "period.month.6": ("6", "June"),
    "period.month.7": ("7", "July"),
    "period.month.8": ("8", "August"),
    "period.month.9": ("9", "September"),
    "period.month.10": ("10", "October"),
    "period.month.11": ("11", "November"),
    "period.month.12": ("12", "December"),
    "duration.unreadable": (
        "không hiểu khoảng thời gian '{value}'{reason}; "
        "dùng: 30d, 8w, 3m, 1y, 30 ngày, 2 tuần, 6 tháng, 1 năm",
        "cannot read duration '{value}'{reason}; "
        "use: 30d, 8w, 3m, 1y, 30 days, 2 weeks, 6 months, 1 year",
    ),
    "duration.reason.range": (" (phải từ 0 đến {limit} {unit})", " (must be 0 to {limit} {unit})"),
    "duration.unit.day": ("ngày", "days"),
    "duration.unit.week": ("tuần", "weeks"),
    "duration.unit.month": ("tháng", "months"),
    "duration.unit.year": ("năm", "years"),
}
