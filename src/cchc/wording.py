"""The plan's things in words: a deadline, a goal, a value, a year-by-year series.

Shared by the query tables (`views`), the report and the calendar, so each says a deadline or a
goal the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc.dataset import Dataset
from cchc.i18n import fmt_number, t
from cchc.model import Conditional, Recurrence, Task, Window
from cchc.periods import parse_duration
from cchc.status import TargetState, period

if TYPE_CHECKING:  # the target side is imported only by the commands that read it (`cchc.model`)
    from cchc.model import Target

__all__ = ["deadline_words", "goal_words", "value_words", "year_series"]


def deadline_words(task: Task, lang: str, dataset: Dataset | None = None) -> str:
    """The deadline in the plan's own words where it has them (data stays as written, in every
    language), else spelled from the data; an event-bound deadline names its event."""
    if task.deadline_text:
        return task.deadline_text
    deadline = task.deadline
    if deadline is None:
        return t("ongoing", lang)
    if isinstance(deadline, Window):
        return period(f"{deadline.from_}..{deadline.to}").label(lang)
    if isinstance(deadline, Conditional):
        event = dataset.events.get(deadline.after) if dataset is not None else None
        what = event.title if event is not None else f"{t('after_event', lang)} {deadline.after}"
        within = f" + {parse_duration(deadline.within).label(lang)}" if deadline.within else ""
        return f"{what}{within}"
    if isinstance(deadline, Recurrence):
        return f"{t('yearly', lang)} {deadline.from_} – {deadline.to}"
    return period(deadline).label(lang)


_OPS = {">": ">", ">=": "≥", "=": "=", "<=": "≤", "<": "<"}


def goal_words(target: Target, lang: str) -> str:
    value = target.goal.value
    shown = fmt_number(value, lang) if not isinstance(value, str) else value
    unit = "%" if target.unit is not None and target.unit.value == "percent" else ""
    text = f"{_OPS[target.goal.op.value]} {shown}{unit}"
    if target.goal.change is not None and target.baseline is not None:
        base = period(target.baseline.period).label(lang)
        word = t("decrease_vs" if target.goal.change == "decrease" else "increase_vs", lang)
        text += f" ({word} {base})"
    return text


def value_words(target: Target, value: float | str | None, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    unit = "%" if target.unit is not None and target.unit.value == "percent" else ""
    return f"{fmt_number(round(value, 2), lang)}{unit}"


def year_series(state: TargetState, lang: str) -> str:
    """A recurring target's years: '2017: Đạt (Tốt); 2018: Không đạt (Khá)'."""
    return "; ".join(
        f"{a.period}: {t(a.state, lang)}"
        + (f" ({value_words(state.target, a.value, lang)})" if a.value is not None else "")
        for a in state.years
    )
