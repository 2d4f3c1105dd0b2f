"""`plan/scales.yaml`: the ordinal scales a target's measurements may be given in (PCI groups,
PAPI groups, PAR Index levels).

Only targets use a scale, so only the commands that read `targets/` read this file: its models are
apart from the plan's other files so that a task command does not define them (`cchc.model`).
"""

from typing import Annotated

from pydantic import Field

from cchc.bounds import MAX_ENTRIES, MAX_PLAN_ENTRIES, Figure
from cchc.model.base import Record, Slug, Text


class Level(Record):
    label: Text
    min: Figure | None = None


class Scale(Record):
    """An ordinal scale, best level first (PCI groups, PAPI groups, PAR Index levels)."""

    id: Slug
    name: Text
    levels: Annotated[list[Text | Level], Field(min_length=2, max_length=MAX_ENTRIES)]
    note: Text | None = None
    source: Text | None = None

    def labels(self) -> list[str]:
        return [level if isinstance(level, str) else level.label for level in self.levels]

    def level_for(self, value: float) -> str | None:
        """The level a published number falls in, when every level has its cut-off (`min`, best
        first); None while the cut-offs are not all known (the plan often gives none)."""
        bands = [(level.label, level.min) for level in self.levels if isinstance(level, Level)]
        if len(bands) != len(self.levels) or any(cut is None for _, cut in bands[:-1]):
            return None
        for label, cut in bands:
            if cut is None or value >= cut:
                return label
        return None


class ScalesFile(Record):
    """`plan/scales.yaml`."""

    scales: list[Scale] = Field(default=[], max_length=MAX_PLAN_ENTRIES)
