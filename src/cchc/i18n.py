"""Labels in two languages and the number, percent and date formats of each.

Vietnamese (``vi``) is the default and the language of the plan; English (``en``) is second. Any
``lang`` other than ``"en"`` is treated as Vietnamese, so a typo never crashes a report.

Conventions (fixed here so every command and report agrees):

- numbers: ``vi`` groups thousands with ``.`` and uses ``,`` for decimals (``1.234``, ``12,6``);
  ``en`` the other way round (``1,234``, ``12.6``). Floats show at most two decimals by default,
  trailing zeros dropped. Rounding is half-up on the decimal value as written (``0,125`` → ``0,13``),
  never on the binary float, so the same number always prints the same way.
- percents: a ratio ``0..1`` shown with one decimal, ``83,3 %`` in ``vi`` (a space before ``%``, as
  Vietnamese typography writes it) and ``83.3%`` in ``en``.
- dates: ``dd/mm/yyyy`` in ``vi`` (``10/05/2017``), ISO ``yyyy-mm-dd`` in ``en``.
- a missing value (``None``, NaN) is shown as ``—`` (an em dash) in both languages.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["LABELS", "MISSING", "fmt_date", "fmt_number", "fmt_percent", "t"]

MISSING = "—"
"""How an absent value is shown in tables and reports."""

LABELS: dict[str, tuple[str, str]] = {
    # --- task states on a date (SPEC §4)
    "done_on_time": ("Hoàn thành đúng hạn", "Done on time"),
    "done_late": ("Hoàn thành trễ hạn", "Done late"),
    "overdue": ("Quá hạn", "Overdue"),
    "due_soon": ("Sắp đến hạn", "Due soon"),
    "open": ("Chưa đến hạn", "Not yet due"),
    "waiting": ("Chờ sự kiện", "Waiting for an event"),
    "triggered": ("Đã có sự kiện, chưa định hạn", "Event happened, no deadline set"),
    "cancelled": ("Đã hủy", "Cancelled"),
    # --- recorded task statuses
    "not_started": ("Chưa triển khai", "Not started"),
    "in_progress": ("Đang thực hiện", "In progress"),
    "done": ("Hoàn thành", "Done"),
    # --- target states
    "met": ("Đạt", "Met"),
    "not_met": ("Không đạt", "Not met"),
    "on_track": ("Đúng lộ trình", "On track"),
    "at_risk": ("Có nguy cơ không đạt", "At risk"),
    "no_data": ("Chưa có số liệu", "No data"),
    "not_yet_met": ("Chưa đạt (chưa đến hạn)", "Not yet met (not yet due)"),
    # --- kinds
    "key": ("Nhiệm vụ trọng tâm", "Key task"),
    "solution": ("Nhiệm vụ, giải pháp", "Task / solution"),
    "stretch": ("Phấn đấu", "Stretch"),
    "firm": ("Bắt buộc", "Firm"),
    # --- column words
    "id": ("Mã", "ID"),
    "name": ("Tên", "Name"),
    "title": ("Nhiệm vụ", "Task"),
    "kind": ("Loại", "Kind"),
    "lead": ("Đơn vị chủ trì", "Lead"),
    "support": ("Đơn vị phối hợp", "Support"),
    "deadline": ("Thời gian hoàn thành", "Deadline"),
    "due": ("Hạn", "Due"),
    "days": ("Số ngày", "Days"),
    "days_overdue": ("Số ngày quá hạn", "Days overdue"),
    "days_late": ("Số ngày trễ hạn", "Days late"),
    "days_left": ("Số ngày còn lại", "Days left"),
    "area": ("Lĩnh vực", "Area"),
    "agency": ("Cơ quan", "Agency"),
    "group": ("Nhóm cơ quan", "Group of agencies"),
    "completion_rate": ("Tỷ lệ hoàn thành", "Completion rate"),
    "on_time_rate": ("Tỷ lệ đúng hạn", "On-time rate"),
    "total": ("Tổng số", "Total"),
    "count": ("Số lượng", "Count"),
    "goal": ("Mục tiêu", "Goal"),
    "baseline": ("Số liệu gốc", "Baseline"),
    "latest": ("Số liệu mới nhất", "Latest value"),
    "latest_period": ("Kỳ số liệu", "Period of the value"),
    "value": ("Giá trị", "Value"),
    "period": ("Kỳ", "Period"),
    "years": ("Theo từng năm", "Year by year"),
    "state": ("Tình trạng", "State"),
    "state_key": ("Mã tình trạng", "State code"),
    "status": ("Trạng thái", "Status"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "owner": ("Cơ quan theo dõi", "Owner"),
    "evidence": ("Văn bản minh chứng", "Evidence"),
    "product": ("Sản phẩm", "Product"),
    "source": ("Nguồn trong Kế hoạch", "Source in the plan"),
    "note": ("Ghi chú", "Note"),
    "field": ("Mục", "Field"),
    "file": ("Tệp", "File"),
    "duty": ("Nhiệm vụ được giao", "Duty"),
    "quote": ("Nguyên văn Kế hoạch", "The plan's words"),
    "members": ("Thành viên", "Members"),
    "leads": ("Chủ trì các nhiệm vụ", "Leads tasks"),
    "tasks": ("Các nhiệm vụ", "Tasks"),
    "measurement_source": ("Nguồn số liệu", "Source of the figure"),
    "rank": ("Thứ hạng", "Rank"),
    "score": ("Điểm", "Score"),
    "notes": ("Ghi chú", "Notes"),
    "date": ("Ngày", "Date"),
    "done_on": ("Ngày hoàn thành", "Done on"),
    "number": ("Số, ký hiệu", "Number"),
    "event": ("Sự kiện", "Event"),
    "unit": ("Đơn vị tính", "Unit"),
    "measurements": ("Số liệu đo", "Measurements"),
    "updates": ("Cập nhật tiến độ", "Progress updates"),
    # --- common words
    "none": ("(không có)", "(none)"),
    "yes": ("Có", "Yes"),
    "no": ("Không", "No"),
    "ongoing": ("Thường xuyên", "Ongoing"),
    "yearly": ("Hằng năm", "Yearly"),
    "after_event": ("Sau sự kiện", "After event"),
    "decrease_vs": ("giảm so với", "decrease from"),
    "increase_vs": ("tăng so với", "increase from"),
    "as_of": ("Tính đến ngày", "As of"),
    "plan": ("Toàn Kế hoạch", "Whole plan"),
}


def _is_en(lang: str) -> bool:
    return lang == "en"


def t(key: str, lang: str) -> str:
    """The label of `key` in `lang`; an unknown key comes back unchanged (never a KeyError)."""
    pair = LABELS.get(key)
    if pair is None:
        return key
    return pair[1] if _is_en(lang) else pair[0]


_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def _grouped(value: Decimal, lang: str) -> str:
    """`value` (already quantized) with thousands grouped in the convention of `lang`."""
    if value == 0:
        value = abs(value)  # never print "-0"
    text = f"{value:,f}"
    if _is_en(lang):
        return text
    return text.translate(_SWAP_SEPARATORS)


def _decimal(x: float | int) -> Decimal:
    # repr() is the shortest string that round-trips, so 0.125 is exactly "0.125" here.
    return Decimal(x) if isinstance(x, int) else Decimal(repr(x))


def fmt_number(x: float | int, lang: str, decimals: int | None = None) -> str:
    """`1234` → ``1.234`` (vi) / ``1,234`` (en); `12.6` → ``12,6`` / ``12.6``.

    Integers never get decimals. Floats are rounded half-up to `decimals` places (default 2) and,
    when `decimals` is not given, lose their trailing zeros (`12.0` → ``12``). NaN → ``—``.
    """
    if isinstance(x, bool):
        return t("yes" if x else "no", lang)
    if isinstance(x, int):
        return _grouped(Decimal(x), lang)
    if math.isnan(x):
        return MISSING
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    places = 2 if decimals is None else max(decimals, 0)
    value = _decimal(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if decimals is None and value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    elif decimals is None:
        value = value.normalize()
    return _grouped(value, lang)


def fmt_percent(ratio: float | None, lang: str) -> str:
    """A ratio as a percent with one decimal: 0.8333 → ``83,3 %`` (vi) / ``83.3%`` (en)."""
    if ratio is None or (isinstance(ratio, float) and not math.isfinite(ratio)):
        return MISSING
    value = (_decimal(ratio) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    number = _grouped(value, lang)
    return f"{number}%" if _is_en(lang) else f"{number} %"


def fmt_date(d: dt.date | None, lang: str) -> str:
    """``10/05/2017`` (vi) or ``2017-05-10`` (en); a datetime shows its date only; None → ``—``."""
    if d is None:
        return MISSING
    if isinstance(d, dt.datetime):
        d = d.date()
    if _is_en(lang):
        return d.isoformat()
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
