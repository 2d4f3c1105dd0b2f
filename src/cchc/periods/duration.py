"""Durations (`30d`, `6 tháng`) and adding them to a day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from cchc.i18n import msg, t
from cchc.periods.grammar import _normalise
from cchc.periods.period import DurationError, DurationUnit, _check_lang, _month_index, _month_last

# --------------------------------------------------------------------------------------------------
# Durations

_DURATION_UNITS: dict[str, DurationUnit] = {
    "d": "day",
    "day": "day",
    "days": "day",
    "ngày": "day",
    "w": "week",
    "week": "week",
    "weeks": "week",
    "tuần": "week",
    "m": "month",
    "month": "month",
    "months": "month",
    "tháng": "month",
    "y": "year",
    "year": "year",
    "years": "year",
    "năm": "year",
}
_DURATION_LIMIT: dict[DurationUnit, int] = {"day": 36600, "week": 5230, "month": 1200, "year": 100}
_DURATION_SHORT: dict[DurationUnit, str] = {"day": "d", "week": "w", "month": "m", "year": "y"}
_RE_DURATION = re.compile(r"^(\d{1,9}) ?([^\d ]*)$", re.ASCII)


class _DurationFields(NamedTuple):
    amount: int
    unit: DurationUnit


class Duration(_DurationFields):
    """A length of time counted in one unit ("within 6 months", ``--within 30d``).

    A NamedTuple that checks itself when made, not a dataclass: a dataclass costs about a
    millisecond to define, which every command pays at start-up."""

    __slots__ = ()

    def __new__(cls, amount: int, unit: DurationUnit) -> Duration:
        if unit not in _DURATION_LIMIT:
            raise ValueError(f"unknown duration unit {unit!r}")
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise TypeError("Duration amount must be an int")
        if not 0 <= amount <= _DURATION_LIMIT[unit]:
            raise DurationError(
                f"{amount}{_DURATION_SHORT[unit]}",
                reason=msg(
                    "duration.reason.range",
                    limit=_DURATION_LIMIT[unit],
                    unit=msg(f"duration.unit.{unit}"),
                ),
            )
        return super().__new__(cls, amount, unit)

    def __str__(self) -> str:
        return f"{self.amount}{_DURATION_SHORT[self.unit]}"

    def label(self, lang: str = "vi") -> str:
        """The duration in words: "3 tháng", "3 months", "1 month"."""
        _check_lang(lang)
        return t(f"duration.label.{self.unit}", lang, amount=self.amount)


def parse_duration(text: str | int) -> Duration:
    """Read ``30d``, ``30 d``, ``8w``, ``3m``, ``1y``, ``6 months``, ``6 tháng``, ``30 ngày``,
    ``2 tuần``, ``1 năm``; a bare number (int or digits) counts days. Else raise DurationError."""
    if isinstance(text, bool):
        raise DurationError(text)
    if isinstance(text, int):
        if text < 0:
            raise DurationError(text)
        return Duration(text, "day")
    if not isinstance(text, str):
        raise DurationError(text)
    m = _RE_DURATION.match(_normalise(text))
    unit = _DURATION_UNITS.get(m[2] or "d") if m else None
    if m is None or unit is None:
        raise DurationError(text)
    try:
        return Duration(int(m[1]), unit)
    except DurationError as error:
        raise DurationError(text, reason=error.reason) from None


def add_duration(d: date, dur: Duration) -> date:
    """``d`` moved forward by ``dur``; months and years clamp to the month's end
    (2017-01-31 + 1m = 2017-02-28), as people mean "within a month" of the 31st."""
    if dur.unit == "day":
        return d + timedelta(days=dur.amount)
    if dur.unit == "week":
        return d + timedelta(weeks=dur.amount)
    months = dur.amount * (12 if dur.unit == "year" else 1)
    last = _month_last(_month_index(d) + months)
    return last.replace(day=min(d.day, last.day))


def days_between(a: date, b: date) -> int:
    """``b - a`` in days: positive when ``b`` is later (days late, days left)."""
    return (b - a).days
