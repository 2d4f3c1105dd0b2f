"""Deadlines resolved to a due day (or to waiting on an event)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from cchc.periods.duration import Duration, add_duration
from cchc.periods.period import DueKind, Period, span

# --------------------------------------------------------------------------------------------------
# Deadlines


class Due(NamedTuple):
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
