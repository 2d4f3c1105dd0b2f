"""Periods, durations and deadlines: the one module that owns date logic.

Every date question in cchc — "does this measurement fall in 2017H1?", "when is T06 due?", "what
is due in the next 30 days?" — is answered here, so that the rules live in one place and can be
tested as properties rather than scattered across commands.

Design decisions (where the spec is silent):

- "Today" is never read here; callers pass dates in, so every output is reproducible for an
  ``--as-of``.
- A :class:`Period` is a closed interval of days plus its kind. Equality, ordering and hashing look
  only at ``(start, end, kind)``: two periods covering the same days with the same kind are equal.
- A range remembers how its two ends were written (``2017H1..2018Q2``), so it prints the way the
  plan or the user wrote it. That memory does not take part in equality. Its *unit* (for
  :meth:`Period.next`) is the finer of the two ends: ``2017H1..2018Q2`` is six quarters long, and
  the next range is the following six quarters (``2018Q3..2019Q4``).
- ``A..B`` is allowed whenever B does not end before A starts (``2017..2017H1`` is the first half of
  2017); only ranges whose ends are plain periods are accepted, never ranges of ranges.
- Years outside 1900–2199 are refused when *parsing* (they are typos in a plan of this kind), but
  arithmetic on periods (``next()``) is not limited.
- Vietnamese spellings are read only with proper diacritics (the plan is stored in NFC with its
  diacritics); any casing and NFD input are accepted.
- A parse error is one line in the user's language: what was wrong, then the accepted forms.
- Durations are limited to about a century (36600 days, 5230 weeks, 1200 months, 100 years): longer
  ones are typos and would otherwise overflow date arithmetic.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import ClassVar, Literal, get_args

from cchc.i18n import Message, msg, t

__all__ = [
    "Due",
    "DueKind",
    "Duration",
    "DurationError",
    "DurationUnit",
    "Period",
    "PeriodError",
    "PeriodKind",
    "UnitKind",
    "add_duration",
    "days_between",
    "due_after_event",
    "due_for_period",
    "due_for_window",
    "due_ongoing",
    "parse_duration",
    "parse_period",
    "period_containing",
    "span",
    "yearly_occurrences",
]

PeriodKind = Literal["day", "month", "quarter", "half", "year", "range"]
UnitKind = Literal["day", "month", "quarter", "half", "year"]
"""The kinds of a single (non-range) period; also the units a range can be counted in."""

DurationUnit = Literal["day", "week", "month", "year"]
DueKind = Literal["dated", "waiting", "triggered", "ongoing"]

MIN_YEAR = 1900
MAX_YEAR = 2199

_LANGS = ("vi", "en")
_KINDS = frozenset(get_args(PeriodKind))
# Months per unit for the month-based kinds; "day" is handled on its own.
_MONTHS_PER: dict[UnitKind, int] = {"month": 1, "quarter": 3, "half": 6, "year": 12}
# Finest first: a boundary of a coarser kind is always a boundary of every finer kind.
_FINEST_FIRST: tuple[UnitKind, ...] = ("day", "month", "quarter", "half", "year")
_ROMAN_VALUE = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _check_lang(lang: str) -> None:
    """Fail loudly on an unknown language: a silent fallback would hide a CLI bug."""
    if lang not in _LANGS:
        raise ValueError(f"unsupported language {lang!r}; use one of: {', '.join(_LANGS)}")


# --------------------------------------------------------------------------------------------------
# Errors


def _shown(value: object) -> str:
    """The offending input as it can be shown inside a one-line message."""
    text = value if isinstance(value, str) else repr(value)
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= 60 else text[:59] + "…"


class _OneLineError(ValueError):
    """A user-facing error whose text is one line: what was wrong, then the accepted forms.

    It carries its words as a catalogue `Message` (:meth:`as_message`), so whoever reports it (the
    CLI, a schema problem) words it in the reader's language; ``str(error)`` is the Vietnamese (or
    ``lang``) text and :meth:`message` any language's.
    """

    _KEY: ClassVar[str] = ""

    def __init__(self, text: object, *, reason: Message | None = None, lang: str = "vi") -> None:
        _check_lang(lang)
        self.text = _shown(text)
        self.reason = reason
        self.lang = lang
        super().__init__(self.message(lang))

    def as_message(self) -> Message:
        """The error as a catalogue message: the value, the reason if any, the accepted forms."""
        return msg(self._KEY, value=self.text, reason=self.reason or "")

    def message(self, lang: str = "vi") -> str:
        """The one-line message in ``lang`` ("vi" or "en")."""
        _check_lang(lang)
        return self.as_message().text(lang)

    def __str__(self) -> str:
        return self.message(self.lang)


class PeriodError(_OneLineError):
    """A period that cannot be read, e.g. ``2017H3``; ``str(e)`` is one line for a person."""

    _KEY: ClassVar[str] = "period.unreadable"


class DurationError(_OneLineError):
    """A duration that cannot be read, e.g. ``30x``; ``str(e)`` is one line for a person."""

    _KEY: ClassVar[str] = "duration.unreadable"


# --------------------------------------------------------------------------------------------------
# Month arithmetic (months counted from year 0 so that quarters and halves align on multiples)


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _month_first(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def _month_last(index: int) -> date:
    year, month = index // 12, index % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def _bounds(kind: UnitKind, d: date) -> tuple[date, date]:
    """First and last day of the period of ``kind`` that contains ``d``."""
    if kind == "day":
        return d, d
    size = _MONTHS_PER[kind]
    first = _month_index(d) // size * size
    return _month_first(first), _month_last(first + size - 1)


def _starts(kind: UnitKind, d: date) -> bool:
    return _bounds(kind, d)[0] == d


def _ends(kind: UnitKind, d: date) -> bool:
    return _bounds(kind, d)[1] == d


def _finer(a: UnitKind, b: UnitKind) -> UnitKind:
    return a if _FINEST_FIRST.index(a) <= _FINEST_FIRST.index(b) else b


def _coarsest(d: date, *, first_day: bool) -> UnitKind:
    """The coarsest kind that ``d`` starts (or ends): how to write a range's end from its dates."""
    aligned = _starts if first_day else _ends
    return next(k for k in reversed(_FINEST_FIRST) if aligned(k, d))


# --------------------------------------------------------------------------------------------------
# Period


@dataclass(frozen=True, order=True, repr=False)
class Period:
    """A closed interval of days with its kind; ``str()`` is the canonical spelling.

    For a range, ``start_kind``/``end_kind`` record how its ends are written (``2017H1..2018Q2``).
    They are filled in from the dates when not given, take no part in equality, and are ``None`` for
    a single period.
    """

    start: date
    end: date
    kind: PeriodKind
    start_kind: UnitKind | None = field(default=None, compare=False)
    end_kind: UnitKind | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Catch programming errors early: a Period must always be a well-formed interval.
        if type(self.start) is not date or type(self.end) is not date:
            raise TypeError("Period start and end must be datetime.date values")
        if self.kind not in _KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        if self.kind != "range":
            if self.start_kind is not None or self.end_kind is not None:
                raise ValueError("only a range records how its ends are written")
            if _bounds(self.kind, self.start) != (self.start, self.end):
                raise ValueError(f"{self.start}..{self.end} is not one {self.kind}")
            return
        start_kind = self.start_kind or _coarsest(self.start, first_day=True)
        end_kind = self.end_kind or _coarsest(self.end, first_day=False)
        if not _starts(start_kind, self.start) or not _ends(end_kind, self.end):
            raise ValueError(
                f"range {self.start}..{self.end} does not match its {start_kind}/{end_kind} ends"
            )
        object.__setattr__(self, "start_kind", start_kind)
        object.__setattr__(self, "end_kind", end_kind)

    # -- spelling ----------------------------------------------------------------------------------

    def __str__(self) -> str:
        if self.kind != "range":
            return _spell(self.kind, self.start)
        first, last = self._specs()
        return f"{_spell(first, self.start)}..{_spell(last, self.end)}"

    def __repr__(self) -> str:
        return f"Period({str(self)!r})"

    def label(self, lang: str = "vi") -> str:
        """The period in words, as a report title needs it ("6 tháng đầu năm 2017", "Q3 2017")."""
        _check_lang(lang)
        if self.kind != "range":
            return _label(self.kind, self.start, lang)
        first, last = self._specs()
        if first == last == "year":
            y1, y2 = self.start.year, self.end.year
            return t("period.label.years", lang, first=y1, last=y2)
        a, b = _label(first, self.start, lang), _label(last, self.end, lang)
        return t("period.label.range", lang, first=a, last=b)

    # -- days --------------------------------------------------------------------------------------

    def contains(self, d: date) -> bool:
        """Whether ``d`` is one of the period's days ("by period P" means ``d <= P.end``)."""
        return self.start <= d <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def years(self) -> list[int]:
        """The calendar years the period touches (a recurring target is assessed per year)."""
        return list(range(self.start.year, self.end.year + 1))

    # -- neighbours --------------------------------------------------------------------------------

    def next(self) -> Period:
        """The period of the same size right after this one (for a report's "next period")."""
        return self._shift(forward=True)

    def previous(self) -> Period:
        """The period of the same size right before this one."""
        return self._shift(forward=False)

    def _specs(self) -> tuple[UnitKind, UnitKind]:
        """The kinds a range's first and last day are written in."""
        assert self.start_kind is not None and self.end_kind is not None
        return self.start_kind, self.end_kind

    def _shift(self, *, forward: bool) -> Period:
        if self.kind != "range":
            d = self.end + timedelta(days=1) if forward else self.start - timedelta(days=1)
            return period_containing(d, self.kind)
        first, last = self._specs()
        unit = _finer(first, last)
        if unit == "day":
            length = timedelta(days=(self.end - self.start).days + 1)
            start, end = (
                (self.end + timedelta(days=1), self.end + length)
                if forward
                else (self.start - length, self.start - timedelta(days=1))
            )
        else:
            months = _month_index(self.end) - _month_index(self.start) + 1
            start, end = (
                (self.end + timedelta(days=1), _month_last(_month_index(self.end) + months))
                if forward
                else (
                    _month_first(_month_index(self.start) - months),
                    self.start - timedelta(days=1),
                )
            )
        # Keep how the ends were written where the new dates allow it, else count in the unit.
        start_kind = first if _starts(first, start) else unit
        end_kind = last if _ends(last, end) else unit
        return Period(start, end, "range", start_kind, end_kind)


def _spell(kind: UnitKind, d: date) -> str:
    y = f"{d.year:04d}"
    if kind == "year":
        return y
    if kind == "half":
        return f"{y}H{(d.month - 1) // 6 + 1}"
    if kind == "quarter":
        return f"{y}Q{(d.month - 1) // 3 + 1}"
    if kind == "month":
        return f"{y}-{d.month:02d}"
    return f"{y}-{d.month:02d}-{d.day:02d}"


def _label(kind: UnitKind, d: date, lang: str) -> str:
    y = d.year
    if kind == "year":
        return t("period.label.year", lang, year=y)
    if kind == "half":
        return t("period.label.half1" if d.month <= 6 else "period.label.half2", lang, year=y)
    if kind == "quarter":
        q = (d.month - 1) // 3 + 1
        return t("period.label.quarter", lang, quarter=msg(f"period.quarter.{q}"), year=y)
    month = msg(f"period.month.{d.month}")
    if kind == "month":
        return t("period.label.month", lang, month=month, year=y)
    return t("period.label.day", lang, day=d.day, month=month, year=y)


def period_containing(d: date, kind: UnitKind) -> Period:
    """The single period of ``kind`` that contains ``d`` (e.g. the quarter of an update's date)."""
    start, end = _bounds(kind, d)
    return Period(start, end, kind)


def span(first: Period, last: Period) -> Period:
    """The range from ``first``'s first day to ``last``'s last day, i.e. ``first..last``.

    Raises PeriodError when ``last`` ends before ``first`` starts; either end may itself be a range,
    in which case its written ends are kept.
    """
    if last.end < first.start:
        raise PeriodError(f"{first}..{last}", reason=msg("period.reason.end-before-start"))
    start_kind = first.start_kind if first.kind == "range" else first.kind
    end_kind = last.end_kind if last.kind == "range" else last.kind
    return Period(first.start, last.end, "range", start_kind, end_kind)


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


def parse_period(text: str | int | date) -> Period:
    """Read a period in any spelling the spec and the plan use; raise PeriodError otherwise.

    Accepted: ``2017`` (or the int 2017), ``2017H1``, ``2017Q3``, ``2017-05``, ``2017-05-10``,
    ``2016..2020``, ``2016-2020``, ``A..B`` for any two single periods, and the plan's Vietnamese:
    ``Năm 2017``, ``Giai đoạn 2016 - 2020``, ``6 tháng đầu/cuối năm 2017``, ``Quý III năm 2017``,
    ``Quý 3/2017``, ``Tháng 5 năm 2017``, ``tháng 5/2017``, ``ngày 10/5/2017`` (day first),
    ``ngày 10 tháng 5 năm 2017`` and ``từ A đến B`` — so every ``label("vi")`` reads back.
    A ``date`` (what a YAML loader makes of ``2017-05-10``) is that day.
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


@dataclass(frozen=True)
class Duration:
    """A length of time counted in one unit ("within 6 months", ``--within 30d``)."""

    amount: int
    unit: DurationUnit

    def __post_init__(self) -> None:
        if self.unit not in _DURATION_LIMIT:
            raise ValueError(f"unknown duration unit {self.unit!r}")
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise TypeError("Duration amount must be an int")
        if not 0 <= self.amount <= _DURATION_LIMIT[self.unit]:
            raise DurationError(
                f"{self.amount}{_DURATION_SHORT[self.unit]}",
                reason=msg(
                    "duration.reason.range",
                    limit=_DURATION_LIMIT[self.unit],
                    unit=msg(f"duration.unit.{self.unit}"),
                ),
            )

    def __str__(self) -> str:
        return f"{self.amount}{_DURATION_SHORT[self.unit]}"

    def label(self, lang: str = "vi") -> str:
        """The duration in words: "3 tháng", "3 months", "1 month"."""
        _check_lang(lang)
        key = f"duration.label.{self.unit}" + (".one" if self.amount == 1 else "")
        return t(key, lang, amount=self.amount)


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


# --------------------------------------------------------------------------------------------------
# Deadlines


@dataclass(frozen=True)
class Due:
    """A resolved deadline: the last on-time day, and when work is expected to start.

    ``due`` is None while a conditional deadline waits for its event, and when the event happened
    but the plan set no time limit ("triggered, no deadline set" — flagged, never guessed).
    """

    kind: DueKind
    due: date | None
    active_from: date | None
    event: str | None = None


def due_for_period(p: Period) -> Due:
    """A deadline written as a period is due on its last day; only a range says when work starts."""
    return Due("dated", p.end, p.start if p.kind == "range" else None)


def due_for_window(start: Period, end: Period) -> Due:
    """A window ``{from: A, to: B}``: active from A's first day, due on B's last day."""
    window = span(start, end)
    return Due("dated", window.end, window.start)


def due_after_event(event: str, happened_on: date | None, within: Duration | None) -> Due:
    """A conditional deadline ``{after: EVENT, within: …}``.

    Pending event → "waiting"; happened with a ``within`` → dated ``within`` after the event;
    happened without one → "triggered" with no due date, so it is flagged rather than guessed.
    """
    if happened_on is None:
        return Due("waiting", None, None, event)
    if within is None:
        return Due("triggered", None, happened_on, event)
    return Due("dated", add_duration(happened_on, within), happened_on, event)


def due_ongoing(plan: Period) -> Due:
    """An ongoing solution with no deadline runs through the plan and is due at its end."""
    return Due("ongoing", plan.end, plan.start)
