"""A target's state on a date (SPEC §4): its measurements as published by then, against its goal.

Decisions where the spec is silent:
- A target that is not yet due, not yet met and has no baseline to draw a line from is `not_yet_met`.
- A recurring target is `not_met` if any assessed year missed, `met` if every ended year was met.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from cchc.corrections import effective
from cchc.dataset import Dataset
from cchc.model import Op, Recurrence
from cchc.periods import Period
from cchc.status.parsed import period

if TYPE_CHECKING:  # the target side is imported only by the commands that read it (`cchc.model`)
    from cchc.model import Measurement, Scale, Target

TARGET_STATES: tuple[str, ...] = ("met", "not_met", "at_risk", "on_track", "not_yet_met", "no_data")


class Assessment(NamedTuple):
    period: Period
    state: str
    measurement: Measurement | None = None
    value: float | str | None = None


class TargetState(NamedTuple):
    target: Target
    state: str
    latest: Measurement | None = None
    value: float | str | None = None  # what is compared with the goal (derived for change goals)
    expected: float | None = None  # the straight line's value on the latest measurement's date
    years: tuple[Assessment, ...] = ()
    due: Period | None = None

    @property
    def id(self) -> str:
        return self.target.id


def available_on(measurement: Measurement) -> dt.date:
    """A figure counts from its publication date, else from the end of the period it measures."""
    return measurement.date or period(measurement.period).end


def measurements_on(target: Target, on: dt.date) -> list[Measurement]:
    seen = [m for m in effective(target.measurements) if available_on(m) <= on]
    return sorted(seen, key=lambda m: (period(m.period).end, available_on(m)))


def compared_value(
    target: Target, measurement: Measurement, scale: Scale | None = None
) -> float | str | None:
    """The measurement in the goal's terms: for a change goal, the percent change from baseline;
    on a scale with cut-offs, the level a published number falls in."""
    raw = measurement.value
    if scale is not None and not isinstance(raw, str):
        return scale.level_for(float(raw))
    change = target.goal.change
    if change is None:
        return raw
    base = target.baseline.value if target.baseline is not None else None
    if base is None or isinstance(raw, str) or base == 0:
        return None
    delta = (base - float(raw)) if change == "decrease" else (float(raw) - base)
    return delta / base * 100.0


def meets(target: Target, value: float | str, levels: Sequence[str] | None) -> bool:
    goal = target.goal.value
    if levels is not None:
        # Best first: a smaller index is better, so "better than or equal" is index <=.
        if str(value) not in levels or str(goal) not in levels:
            return False
        v, g = -levels.index(str(value)), -levels.index(str(goal))
        return _compare(target.goal.op, float(v), float(g))
    if isinstance(value, str) or isinstance(goal, str):
        return False
    return _compare(target.goal.op, float(value), float(goal))


def _compare(op: Op, value: float, goal: float) -> bool:
    if op is Op.GT:
        return value > goal
    if op is Op.GE:
        return value >= goal
    if op is Op.EQ:
        return abs(value - goal) < 1e-9
    if op is Op.LE:
        return value <= goal
    return value < goal


def _expected(target: Target, when: dt.date, due: Period) -> float | None:
    """The straight line from the baseline to the goal at the due date, read at `when`."""
    baseline = target.baseline
    if baseline is None or isinstance(target.goal.value, str):
        return None
    start_value = 0.0 if target.goal.change is not None else baseline.value
    if start_value is None:
        return None
    start = period(baseline.period).end
    span = (due.end - start).days
    if span <= 0:
        return float(target.goal.value)
    fraction = min(max((when - start).days / span, 0.0), 1.0)
    return start_value + (float(target.goal.value) - start_value) * fraction


def target_state(target: Target, dataset: Dataset, on: dt.date) -> TargetState:
    scale = dataset.scales.get(target.scale) if target.scale is not None else None
    levels = scale.labels() if scale is not None else None
    due = period(target.due)
    seen = measurements_on(target, on)
    latest = seen[-1] if seen else None
    value = compared_value(target, latest, scale) if latest is not None else None
    if target.recurring is not None:
        return _recurring_state(target, target.recurring, seen, on, scale, latest, value, due)
    if latest is None or value is None:
        return TargetState(target, "no_data", latest, value, due=due)
    if meets(target, value, levels):
        return TargetState(target, "met", latest, value, due=due)
    if on > due.end:
        return TargetState(target, "not_met", latest, value, due=due)
    expected = _expected(target, available_on(latest), due)
    if expected is not None and not isinstance(value, str):
        better = _compare(
            Op.GE if target.goal.op in (Op.GT, Op.GE, Op.EQ) else Op.LE, value, expected
        )
        return TargetState(
            target, "on_track" if better else "at_risk", latest, value, expected=expected, due=due
        )
    return TargetState(target, "not_yet_met", latest, value, due=due)


def _recurring_state(
    target: Target,
    rule: Recurrence,
    seen: Sequence[Measurement],
    on: dt.date,
    scale: Scale | None,
    latest: Measurement | None,
    value: float | str | None,
    due: Period,
) -> TargetState:
    levels = scale.labels() if scale is not None else None
    by_year: dict[int, Measurement] = {}
    for measurement in seen:
        p = period(measurement.period)
        if p.kind == "year":
            by_year[p.start.year] = measurement  # later entries win, as validate warns
    years: list[Assessment] = []
    for year in range(rule.from_, rule.to + 1):
        occurrence = period(year)
        if occurrence.start > on:
            break
        found = by_year.get(year)
        if found is None and occurrence.end >= on:
            continue  # the year is not over: nothing to assess yet
        if found is None:
            years.append(Assessment(occurrence, "no_data"))
            continue
        compared = compared_value(target, found, scale)
        ok = compared is not None and meets(target, compared, levels)
        years.append(Assessment(occurrence, "met" if ok else "not_met", found, compared))
    ended = [a for a in years if a.period.end < on or a.measurement is not None]
    if any(a.state == "not_met" for a in years):
        state = "not_met"
    elif ended and all(a.state == "met" for a in ended):
        state = "met"
    else:
        state = "no_data"
    return TargetState(target, state, latest, value, years=tuple(years), due=due)


def target_states(dataset: Dataset, on: dt.date) -> list[TargetState]:
    return [target_state(target, dataset, on) for target in dataset.targets.values()]
