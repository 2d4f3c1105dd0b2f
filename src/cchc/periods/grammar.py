"""The one grammar of periods: `2017H1`, `6 tháng đầu năm 2017`, `10/5/2017`, `2016-2020` …"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache

from cchc.i18n import Message, msg
from cchc.periods.period import (
    _ROMAN_VALUE,
    MAX_YEAR,
    MIN_YEAR,
    Period,
    PeriodError,
    period_containing,
    span,
)

# --------------------------------------------------------------------------------------------------
# Parsing periods

_DASH = "[-‐‑‒–—―−]"
_YEAR = r"(\d{4})"
_NUM = r"(\d{1,2})"


def _normalise(text: str) -> str:
    """NFC, lower case, single spaces: the plan's spellings in any case and any Unicode form."""
    text = unicodedata.normalize("NFC", text).lower()
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())


def _full(pattern: str) -> re.Pattern[str]:
    # ASCII: \d must not accept other scripts' digits (and int() of them) as a year.
    return re.compile(rf"^{pattern}$", re.ASCII)


_RE_YEAR = _full(rf"(?:năm )?{_YEAR}")
_RE_HALF = _full(rf"{_YEAR}h(\d{{1,3}})")
_RE_QUARTER = _full(rf"{_YEAR}q(\d{{1,3}})")
_RE_MONTH = _full(rf"{_YEAR}-{_NUM}")
_RE_DAY = _full(rf"{_YEAR}-{_NUM}-{_NUM}")
_RE_HALF_VI = _full(rf"(?:6|sáu) tháng (đầu|cuối) năm {_YEAR}")
_RE_QUARTER_VI = _full(rf"(?:quý|qúy) ([ivx]{{1,4}}|\d{{1,3}})(?: năm |/){_YEAR}")
_RE_MONTH_VI = _full(rf"tháng {_NUM}(?: năm |/|-){_YEAR}")
_RE_DAY_VI = _full(rf"(?:ngày )?{_NUM}/{_NUM}/{_YEAR}")
_RE_DAY_VI_WORDS = _full(rf"ngày {_NUM} tháng {_NUM} năm {_YEAR}")
_RE_YEARS = _full(rf"(?:giai đoạn )?{_YEAR} ?(?:{_DASH}|\.\.) ?{_YEAR}")
_RE_FROM_TO = _full(r"từ (.+) đến (.+)")


def _year(text: str, digits: str) -> int:
    year = int(digits)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(text, reason=msg("period.reason.year", low=MIN_YEAR, high=MAX_YEAR))
    return year


def _month(text: str, year: int, digits: str) -> Period:
    month = int(digits)
    if not 1 <= month <= 12:
        raise PeriodError(text, reason=msg("period.reason.month"))
    return period_containing(date(year, month, 1), "month")


def no_such_day(year: int, month: int, day: int) -> Message:
    """Why a calendar day does not exist: "tháng 6 năm 2017 không có ngày 31"."""
    return msg("period.reason.no-such-day", year=year, month=msg(f"period.month.{month}"), day=day)


def _day(text: str, year: int, month_digits: str, day_digits: str) -> Period:
    month = _month(text, year, month_digits).start.month
    day = int(day_digits)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise PeriodError(text, reason=no_such_day(year, month, day))
    return period_containing(date(year, month, day), "day")


def _quarter(text: str, year: int, number: int) -> Period:
    if not 1 <= number <= 4:
        raise PeriodError(text, reason=msg("period.reason.quarter"))
    return period_containing(date(year, number * 3 - 2, 1), "quarter")


def _half(text: str, year: int, number: int) -> Period:
    if not 1 <= number <= 2:
        raise PeriodError(text, reason=msg("period.reason.half"))
    return period_containing(date(year, number * 6 - 5, 1), "half")


def _parse_single(original: str, s: str) -> Period | None:
    """A single (non-range) period from normalised text ``s``, or None if no form matches."""
    if m := _RE_YEAR.match(s):
        return period_containing(date(_year(original, m[1]), 1, 1), "year")
    if m := _RE_HALF.match(s):
        return _half(original, _year(original, m[1]), int(m[2]))
    if m := _RE_HALF_VI.match(s):
        return _half(original, _year(original, m[2]), 1 if m[1] == "đầu" else 2)
    if m := _RE_QUARTER.match(s):
        return _quarter(original, _year(original, m[1]), int(m[2]))
    if m := _RE_QUARTER_VI.match(s):
        number = int(m[1]) if m[1].isdigit() else _ROMAN_VALUE.get(m[1], 0)
        return _quarter(original, _year(original, m[2]), number)
    if m := _RE_MONTH.match(s):
        return _month(original, _year(original, m[1]), m[2])
    if m := _RE_MONTH_VI.match(s):
        return _month(original, _year(original, m[2]), m[1])
    if m := _RE_DAY.match(s):
        return _day(original, _year(original, m[1]), m[2], m[3])
    if m := _RE_DAY_VI.match(s) or _RE_DAY_VI_WORDS.match(s):
        return _day(original, _year(original, m[3]), m[2], m[1])
    return None


def _parse(original: str, s: str) -> Period:
    if not s:
        raise PeriodError(original, reason=msg("period.reason.empty"))
    if m := _RE_YEARS.match(s):
        first = period_containing(date(_year(original, m[1]), 1, 1), "year")
        last = period_containing(date(_year(original, m[2]), 1, 1), "year")
        return _span(original, first, last)
    parts: list[str] | None = None
    if m := _RE_FROM_TO.match(s):
        parts = [m[1], m[2]]
    elif ".." in s:
        parts = [part.strip() for part in s.split("..")]
    if parts is not None:
        ends = [_parse_single(original, part) for part in parts]
        if len(ends) == 2 and ends[0] is not None and ends[1] is not None:
            return _span(original, ends[0], ends[1])
        raise PeriodError(original)
    single = _parse_single(original, s)
    if single is None:
        raise PeriodError(original)
    return single


def _span(original: str, first: Period, last: Period) -> Period:
    try:
        return span(first, last)
    except PeriodError as error:
        raise PeriodError(original, reason=error.reason) from None


@lru_cache(maxsize=4096, typed=True)
def parse_period(text: str | int | date) -> Period:
    """Read a period in any spelling the spec and the plan use; raise PeriodError otherwise.

    Accepted: ``2017`` (or the int 2017), ``2017H1``, ``2017Q3``, ``2017-05``, ``2017-05-10``,
    ``2016..2020``, ``2016-2020``, ``A..B`` for any two single periods, and the plan's Vietnamese:
    ``Năm 2017``, ``Giai đoạn 2016 - 2020``, ``6 tháng đầu/cuối năm 2017``, ``Quý III năm 2017``,
    ``Quý 3/2017``, ``Tháng 5 năm 2017``, ``tháng 5/2017``, ``ngày 10/5/2017`` (day first),
    ``ngày 10 tháng 5 năm 2017`` and ``từ A đến B`` — so every ``label("vi")`` reads back.
    A ``date`` (what a YAML loader makes of ``2017-05-10``) is that day.

    Remembered (by value and type): the records of a plan share a few dozen spellings of periods,
    and a `Period` is immutable. A spelling that is not a period raises each time.
    """
    if isinstance(text, (bool, datetime)):
        raise PeriodError(text)
    if isinstance(text, date):
        return period_containing(text, "day")
    if isinstance(text, int):
        return _parse(str(text), str(text))
    if not isinstance(text, str):
        raise PeriodError(text)
    return _parse(text, _normalise(text))


def yearly_occurrences(first_year: int, last_year: int) -> list[Period]:
    """The years ``first_year``..``last_year`` inclusive, for "hàng năm" goals checked year by year;
    empty when ``last_year < first_year``."""
    return [period_containing(date(y, 1, 1), "year") for y in range(first_year, last_year + 1)]
