"""The record kinds `cchc export` writes beside tasks and targets (`cchc.views`): every measurement
of every target, and every agency, flat, with stable column keys — one table each, so that a CSV
file holds one kind of record and a workbook has one sheet per kind (`cchc.render.workbook`)."""

from __future__ import annotations

from collections.abc import Sequence

from cchc.corrections import effective
from cchc.dataset import Dataset, natural_key
from cchc.i18n import msg
from cchc.render.tables import Column, Table
from cchc.status import period

__all__ = ["EXPORT_KINDS", "agency_export_table", "measurement_export_table"]

EXPORT_KINDS = ("tasks", "targets", "measurements", "agencies")
"""The record kinds of `cchc export`, in the order of the workbook's sheets."""


def measurement_export_table(dataset: Dataset) -> Table:
    """Every measurement of every target, in the targets' order, then the periods'; a value is a
    number (or a scale's level) in the target's unit. A corrected figure is exported as corrected
    (`cchc.corrections`); `cchc show` lists both."""
    rows = []
    for target in sorted(dataset.targets.values(), key=lambda x: natural_key(x.id)):
        for m in effective(target.measurements):
            rows.append(
                {
                    "target": target.id,
                    "period": str(period(m.period)),
                    "value": m.value,
                    "unit": target.unit.value if target.unit else target.scale,
                    "date": m.date,
                    "rank": m.rank,
                    "score": m.score,
                    "source": m.source,
                    "note": m.note,
                }
            )
    return Table(
        title=msg("table.measurement-export"),
        key="measurements",
        columns=(
            Column("target"),
            Column("period"),
            Column("value"),
            Column("unit"),
            Column("date", "date"),
            Column("rank", "int"),
            Column("score", "float"),
            Column("source"),
            Column("note"),
        ),
        rows=tuple(rows),
    )


def _count(dataset: Dataset, agency_id: str, role: str) -> int:
    return sum(1 for task in dataset.tasks.values() if agency_id in getattr(task, role))


def agency_export_table(dataset: Dataset) -> Table:
    """Every agency of the plan, in the plan's order: its names, kind, the groups it is in, whether
    it reports each period, and how many tasks it leads and supports."""
    groups: dict[str, list[str]] = {}
    for group in dataset.groups.values():
        for member in group.members:
            groups.setdefault(member, []).append(group.id)
    rows: Sequence[dict[str, object]] = [
        {
            "id": agency.id,
            "name": agency.name,
            "short_name": agency.short_name,
            "kind": agency.kind,
            "groups": groups.get(agency.id, []),
            "reports": "true" if agency.reports else "false",
            "leads": _count(dataset, agency.id, "lead"),
            "supports": _count(dataset, agency.id, "support"),
            "source": agency.source,
        }
        for agency in dataset.agencies.values()
    ]
    return Table(
        title=msg("table.agency-export"),
        key="agencies",
        columns=(
            Column("id"),
            Column("name"),
            Column("short_name"),
            Column("kind"),
            Column("groups", "list"),
            Column("reports"),
            Column("leads", "int"),
            Column("supports", "int"),
            Column("source"),
        ),
        rows=tuple(rows),
    )
