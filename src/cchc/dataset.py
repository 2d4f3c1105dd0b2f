"""The data types every part of cchc shares: the loaded `Dataset`, and the natural order of ids.

The loader builds a `Dataset`; the state, views, report and calendar only read one, so they import
this module, not the file reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from cchc.model import Agency, Area, Event, Group, Plan, Task

if TYPE_CHECKING:  # the target side is imported only by the commands that read it (`cchc.model`)
    from cchc.model import NarrativeReport, Scale, Target

__all__ = ["Dataset", "natural_key"]


class Dataset(NamedTuple):
    """Everything the plan's files say, keyed by id, in a stable order (natural sort of ids).

    A NamedTuple, not a dataclass: a dataclass costs about a millisecond to define, which every
    command pays at start-up. `_replace` gives a changed copy."""

    root: Path
    plan: Plan
    areas: Mapping[str, Area]
    agencies: Mapping[str, Agency]
    groups: Mapping[str, Group]
    events: Mapping[str, Event]
    scales: Mapping[str, Scale]
    tasks: Mapping[str, Task]
    targets: Mapping[str, Target]
    paths: Mapping[str, str] = MappingProxyType({})  # "task:T06" → "tasks/T06.yaml"
    # Narrative reports by (canonical period, agency id): ("2017H1", "stp") ← reports/2017H1/stp.yaml
    reports: Mapping[tuple[str, str], NarrativeReport] = MappingProxyType({})

    def agency_name(self, agency_id: str) -> str:
        if agency_id in self.agencies:
            return self.agencies[agency_id].name
        if agency_id in self.groups:
            return self.groups[agency_id].name
        return agency_id

    def agency_names(self, agency_ids: Iterable[str]) -> list[str]:
        return [self.agency_name(agency_id) for agency_id in agency_ids]


_NUMBERS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """T2 before T10; S1a before S1b before S1dd."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in _NUMBERS.split(text) if part
    )
