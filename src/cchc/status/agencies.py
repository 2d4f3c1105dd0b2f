"""Which agencies a task counts for: groups expanded to the members they know (SPEC §4)."""

from __future__ import annotations

from collections.abc import Iterable

from cchc.dataset import Dataset
from cchc.model import Task


def expand_agency(dataset: Dataset, agency_id: str) -> frozenset[str]:
    """An agency stands for itself; a group for itself and the members it knows."""
    group = dataset.groups.get(agency_id)
    members = frozenset(group.members) if group is not None else frozenset()
    return frozenset({agency_id}) | members


def lead_agencies(dataset: Dataset, task: Task) -> list[str]:
    """The agencies a task counts for in a roll-up: each lead; a closed group is replaced by its
    members (their membership is known), an open group stands for itself."""
    result: list[str] = []
    for lead in task.lead:
        group = dataset.groups.get(lead)
        expanded = group.members if group is not None and not group.open else [lead]
        for agency in expanded:
            if agency not in result:
                result.append(agency)
    return result


def led_by(dataset: Dataset, task: Task, agency_id: str) -> bool:
    """For `--agency ID`: the task is led by the agency, by a group it belongs to whose membership
    is known, or (when ID is a group) by any of the group's members."""
    return named_among(dataset, task.lead, agency_id)


def named_among(dataset: Dataset, named: Iterable[str], agency_id: str) -> bool:
    """Whether a task's `lead` (or `support`) list names the agency, a group it belongs to whose
    membership is known, or (when ID is a group) any of the group's members."""
    wanted = expand_agency(dataset, agency_id)
    for agency in named:
        if agency in wanted:
            return True
        group = dataset.groups.get(agency)
        if group is not None and wanted & set(group.members):
            return True
    return False
