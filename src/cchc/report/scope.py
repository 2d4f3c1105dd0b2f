"""What a report may be about: a period the plan can answer for, and whose report it is.

- **Periods.** A report is refused (`UserError`, exit 2) for a period that is not within the
  plan's years (`--period 2030` on a 2016 – 2020 plan; a report on such a period would list
  nothing and say nothing is wrong) unless asked for with `allow_outside_plan` (the CLI's
  `--outside-plan`: a staff reduction due in 2021, the year after the plan, is reported on that
  way), and always for an as-of day before the period starts (nothing of it could have happened).
- **Agencies.** `--agency ID` is that agency's own report to the plan's coordinator: the tasks it
  leads, directly or through a group whose members are known ("UBND cấp huyện" for a district),
  the tasks it supports apart, and the targets it owns. A group issues no report: `--agency
  GROUP` makes one report per member whose membership is known (`members_of`); an open group
  with no member listed is refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cchc.dataset import Dataset
from cchc.errors import USAGE, UserError
from cchc.i18n import fmt_date, msg
from cchc.model import Target, Task
from cchc.periods import Period
from cchc.status import expand_agency, led_by, named_among, period

__all__ = ["Scope", "check_period", "members_of", "scope"]


def check_period(
    dataset: Dataset, p: Period, as_of: dt.date, *, outside_plan: bool = False
) -> None:
    """Refuse a report that cannot be right (see the module docstring)."""
    plan = period(dataset.plan.period)
    if not outside_plan and (p.start < plan.start or p.end > plan.end):
        raise UserError(
            msg("report.period-outside-plan", period=str(p), plan=str(plan)),
            USAGE,
        )
    if as_of < p.start:
        raise UserError(
            msg(
                "report.as-of-before-period",
                as_of=fmt_date(as_of, "en"),
                period=str(p),
                start=fmt_date(p.start, "en"),
            ),
            USAGE,
        )


def members_of(dataset: Dataset, agency_id: str) -> list[str]:
    """The agencies `--agency ID` reports for: the agency itself, or each known member of a group."""
    if agency_id in dataset.agencies:
        return [agency_id]
    group = dataset.groups.get(agency_id)
    if group is None:
        raise UserError(msg("report.unknown-agency", agency=agency_id), USAGE)
    members = [m for m in group.members if m in dataset.agencies]
    if not members:
        raise UserError(msg("report.group-without-members", group=agency_id), USAGE)
    return members


@dataclass(frozen=True)
class Scope:
    """The tasks and targets of one agency's report (the consolidated report: all of them)."""

    agency_id: str | None
    led: tuple[Task, ...]
    supported: tuple[Task, ...]
    targets: tuple[Target, ...]


def _supports(dataset: Dataset, task: Task, agency_id: str) -> bool:
    return named_among(dataset, task.support, agency_id)


def _owns(dataset: Dataset, target: Target, agency_id: str) -> bool:
    return target.owner == agency_id or agency_id in expand_agency(dataset, target.owner)


def scope(dataset: Dataset, agency_id: str | None) -> Scope:
    if agency_id is None:
        return Scope(None, tuple(dataset.tasks.values()), (), tuple(dataset.targets.values()))
    led = tuple(task for task in dataset.tasks.values() if led_by(dataset, task, agency_id))
    led_ids = {task.id for task in led}
    supported = tuple(
        task
        for task in dataset.tasks.values()
        if task.id not in led_ids and _supports(dataset, task, agency_id)
    )
    owned = tuple(t for t in dataset.targets.values() if _owns(dataset, t, agency_id))
    return Scope(agency_id, led, supported, owned)
