"""The `Period` value: kinds, bounds, arithmetic, labels, and the errors of the date grammar."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import total_ordering
from typing import ClassVar, Literal, get_args

from cchc.i18n import Message, msg, t

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


@total_ordering
class Period:
    """A closed interval of days with its kind; ``str()`` is the canonical spelling.

    For a range, ``start_kind``/``end_kind`` record how its ends are written (``2017H1..2018Q2``).
    They are filled in from the dates when not given, take no part in equality or order, and are
    ``None`` for a single period. Periods are immutable, hashable, and ordered by start, end and
    kind.

    A plain slotted class, not a dataclass: a dataclass costs about a millisecond to define
    (`dataclasses` compiles each generated method), which every command pays at start-up.
    """

    __slots__ = ("end", "end_kind", "kind", "start", "start_kind")
    start: date
    end: date
    kind: PeriodKind
    start_kind: UnitKind | None
    end_kind: UnitKind | None

    def __init__(
        self,
        start: date,
        end: date,
        kind: PeriodKind,
        start_kind: UnitKind | None = None,
        end_kind: UnitKind | None = None,
    ) -> None:
        # Catch programming errors early: a Period must always be a well-formed interval.
        if type(start) is not date or type(end) is not date:
            raise TypeError("Period start and end must be datetime.date values")
        if kind not in _KINDS:
            raise ValueError(f"unknown period kind {kind!r}")
        if end < start:
            raise ValueError(f"period ends ({end}) before it starts ({start})")
        if kind != "range":
            if start_kind is not None or end_kind is not None:
                raise ValueError("only a range records how its ends are written")
            if _bounds(kind, start) != (start, end):
                raise ValueError(f"{start}..{end} is not one {kind}")
        else:
            start_kind = start_kind or _coarsest(start, first_day=True)
            end_kind = end_kind or _coarsest(end, first_day=False)
            if not _starts(start_kind, start) or not _ends(end_kind, end):
                raise ValueError(
                    f"range {start}..{end} does not match its {start_kind}/{end_kind} ends"
                )
        # The instance is immutable (`__setattr__` refuses), so its slots are filled past it.
        set_slot = object.__setattr__
        set_slot(self, "start", start)
        set_slot(self, "end", end)
        set_slot(self, "kind", kind)
        set_slot(self, "start_kind", start_kind)
        set_slot(self, "end_kind", end_kind)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Period cannot be changed (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Period cannot be changed (cannot delete {name!r})")

    def __reduce__(self) -> tuple[type[Period], tuple[object, ...]]:
        # copy and pickle make a new Period through __init__ (its slots cannot be set afterwards).
        return Period, (self.start, self.end, self.kind, self.start_kind, self.end_kind)

    def _identity(self) -> tuple[date, date, str]:
        return self.start, self.end, self.kind

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._identity() == other._identity()

    def __lt__(self, other: Period) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._identity() < other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())

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
