"""Counting the lists, and the appendix's summary and roll-up tables (by area, by lead agency).

Every figure is the size of a list of `cchc.report.partition`, so the summary adds up: the
period's total is done on time + done late + unfinished + waiting + cancelled. Rates follow SPEC
§4 within the period: completion = done ÷ (total − cancelled); on time = done on time ÷ the
period's tasks (not cancelled) already due on the as-of day.

By lead agency, a task with two leads counts for both. The members of a closed group (the
district-level committees of "UBND cấp huyện") are one row, the group's, counting each task once;
a member that leads a task on its own also gets a row under the group's, for those tasks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from cchc.collate import vi_key
from cchc.dataset import Dataset
from cchc.i18n import fmt_number, fmt_percent, t
from cchc.report.charts import rate_chart
from cchc.report.partition import OF_PERIOD, OTHER_LISTS, Occurrence, Partition
from cchc.report.values import Column, DataTable, Figure, SummaryRow

__all__ = [
    "Counts",
    "agency_rows",
    "area_rows",
    "count",
    "count_by",
    "rollup_table",
    "summary_rows",
    "summary_table",
]

_NAMES = (*OF_PERIOD, *OTHER_LISTS)


@dataclass(frozen=True)
class Counts:
    """The sizes of a report's lists (for the whole report, an area or an agency)."""

    sizes: Mapping[str, int]
    due_so_far: int  # the period's tasks, not cancelled, due on or before the as-of day
    on_time_due: int  # … of them done on time

    def __getitem__(self, name: str) -> int:
        return self.sizes.get(name, 0)

    @property
    def total(self) -> int:
        return sum(self[name] for name in OF_PERIOD)

    @property
    def done(self) -> int:
        return self["done_on_time"] + self["done_late"]

    @property
    def completion_rate(self) -> float | None:
        active = self.total - self["cancelled"]
        return self.done / active if active else None

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time_due / self.due_so_far if self.due_so_far else None


class _Tally:
    def __init__(self) -> None:
        self.sizes = dict.fromkeys(_NAMES, 0)
        self.due_so_far = 0
        self.on_time_due = 0

    def add(self, name: str, o: Occurrence, part: Partition) -> None:
        self.sizes[name] += 1
        due = o.due
        if name in ("done_on_time", "done_late", "unfinished") and due and due <= part.as_of:
            self.due_so_far += 1
            self.on_time_due += name == "done_on_time"

    def counts(self) -> Counts:
        return Counts(dict(self.sizes), self.due_so_far, self.on_time_due)


def count(part: Partition) -> Counts:
    tally = _Tally()
    for name in _NAMES:
        for o in part.of(name):
            tally.add(name, o, part)
    return tally.counts()


def count_by(part: Partition, keys: Callable[[Occurrence], Iterable[str]]) -> dict[str, Counts]:
    """The counts of each key an occurrence belongs to, in one pass over the lists."""
    tallies: dict[str, _Tally] = {}
    for name in _NAMES:
        for o in part.of(name):
            for key in keys(o):
                tallies.setdefault(key, _Tally()).add(name, o, part)
    return {key: tally.counts() for key, tally in tallies.items()}


def _n(value: int, lang: str) -> str:
    return fmt_number(value, lang)


# Summary rows: (label key, list name or a figure of `Counts`).
_SUMMARY: tuple[tuple[str, str], ...] = (
    ("report.total_short", "total"),
    ("report.list.done_on_time", "done_on_time"),
    ("report.list.done_late", "done_late"),
    ("report.list.unfinished", "unfinished"),
    ("report.list.waiting", "waiting"),
    ("report.list.cancelled", "cancelled"),
    ("report.list.carried_over", "carried_over"),
    ("report.list.late_completions", "late_completions"),
    ("report.list.early_completions", "early_completions"),
    ("report.list.upcoming", "upcoming"),
)


def summary_rows(c: Counts, lang: str) -> tuple[SummaryRow, ...]:
    rows = [
        SummaryRow(t(label, lang), _n(c.total if key == "total" else c[key], lang))
        for label, key in _SUMMARY
    ]
    rows.append(SummaryRow(t("completion_rate", lang), fmt_percent(c.completion_rate, lang)))
    rows.append(SummaryRow(t("on_time_rate", lang), fmt_percent(c.on_time_rate, lang)))
    return tuple(rows)


def summary_table(c: Counts, lang: str) -> DataTable:
    return DataTable(
        number="",
        title="",
        columns=(Column(t("report.figure", lang)), Column(t("report.count", lang), True)),
        rows=tuple((row.label, row.in_period) for row in summary_rows(c, lang)),
        empty=t("none", lang),
        notes=(t("report.summary_note", lang), t("report.rates_note", lang)),
        style="summary",
    )


def area_rows(dataset: Dataset, part: Partition) -> list[tuple[str, Counts]]:
    """Every area of the plan, in the plan's order, with its counts."""
    by_area = count_by(part, lambda o: (o.task.area,))
    empty = Counts({}, 0, 0)
    rows = [(f"{a.id}. {a.title}", by_area.get(a.id, empty)) for a in dataset.areas.values()]
    rows += [(key, c) for key, c in by_area.items() if key not in dataset.areas]
    return rows


def _folded(dataset: Dataset) -> dict[str, str]:
    """Each member of a closed group of two or more → that group (the first that lists it)."""
    fold: dict[str, str] = {}
    for group in dataset.groups.values():
        if not group.open and len(group.members) > 1:
            for member in group.members:
                fold.setdefault(member, group.id)
    return fold


def agency_rows(dataset: Dataset, part: Partition) -> list[tuple[str, Counts]]:
    """Lead agencies with anything in the report, by name; closed groups' members folded."""
    fold = _folded(dataset)

    def keys(o: Occurrence) -> list[str]:
        found: list[str] = []
        for lead in o.task.lead:
            for key in (fold.get(lead, lead), f"{fold[lead]}/{lead}" if lead in fold else ""):
                if key and key not in found:
                    found.append(key)
        return found

    by_key = count_by(part, keys)
    tops = sorted((k for k in by_key if "/" not in k), key=lambda k: vi_key(dataset.agency_name(k)))
    rows: list[tuple[str, Counts]] = []
    for top in tops:
        rows.append((dataset.agency_name(top), by_key[top]))
        members = sorted(
            (k.split("/", 1)[1] for k in by_key if k.startswith(f"{top}/")),
            key=lambda m: vi_key(dataset.agency_name(m)),
        )
        rows += [(f"– {dataset.agency_name(m)}", by_key[f"{top}/{m}"]) for m in members]
    return rows


_ROLLUP_COLUMNS = (
    "report.list.done_on_time",
    "report.list.done_late",
    "report.list.unfinished",
    "report.list.waiting",
    "report.list.cancelled",
    "report.list.carried_over",
)
_ROLLUP_LISTS = ("done_on_time", "done_late", "unfinished", "waiting", "cancelled", "carried_over")


def rollup_table(
    number: str, title: str, name_label: str, rows: Sequence[tuple[str, Counts]], lang: str
) -> DataTable:
    columns = (
        Column(name_label),
        Column(t("report.total_short", lang), True),
        *(Column(t(key, lang), True) for key in _ROLLUP_COLUMNS),
        Column(t("completion_rate", lang), True),
        Column(t("on_time_rate", lang), True),
    )
    body = tuple(
        (
            label,
            _n(c.total, lang),
            *(_n(c[name], lang) for name in _ROLLUP_LISTS),
            fmt_percent(c.completion_rate, lang),
            fmt_percent(c.on_time_rate, lang),
        )
        for label, c in rows
    )
    drawn = [(label, c.completion_rate, c.on_time_rate) for label, c in rows if c.total]
    # A chart only where it draws a bar: rates all zero or unknown are in the table already.
    bars = any((rate or 0) > 0 for _, *rates in drawn for rate in rates)
    chart = (
        Figure(
            rate_chart(
                drawn,
                t("report.chart_rollup", lang, title=title),
                (t("completion_rate", lang), t("on_time_rate", lang)),
                lang,
            ),
            t("report.chart_rollup", lang, title=title),
            t("report.no_chart", lang),
        )
        if bars
        else None
    )
    return DataTable(number, "", columns, body, t("none", lang), chart=chart, style="rollup")
