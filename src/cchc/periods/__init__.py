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

from cchc.periods.due import (
    Due,
    due_after_event,
    due_for_period,
    due_for_window,
    due_ongoing,
)
from cchc.periods.duration import Duration, add_duration, days_between, parse_duration
from cchc.periods.grammar import no_such_day, parse_period, yearly_occurrences
from cchc.periods.period import (
    MAX_YEAR,
    MIN_YEAR,
    DueKind,
    DurationError,
    DurationUnit,
    Period,
    PeriodError,
    PeriodKind,
    UnitKind,
    period_containing,
    span,
)

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
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
    "no_such_day",
    "parse_duration",
    "parse_period",
    "period_containing",
    "span",
    "yearly_occurrences",
]
