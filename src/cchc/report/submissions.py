"""Who has reported for a period (IV.1: every department, public-service unit under UBND tỉnh,
central agency in the province and district-level committee reports to Sở Nội vụ).

The agencies due to report are those marked `reports: true` in `plan/agencies.yaml`, less the
plan's coordinator (its own report is the consolidated one), in the file's order. An agency has
submitted for period P when `reports/P/AGENCY.yaml` carries the report's number and date; a file
without them is a draft, and counts as not submitted. The plan fixes no day ("theo yêu cầu của
UBND tỉnh"): when `reporting.due_days` in `plan/plan.yaml` sets one (days after the period's last
day), a report dated after it is marked late.

The files are read as they stand (a report cannot be dated after today: `cchc validate` refuses
it); `cchc submissions --as-of D` counts only the reports dated on or before D.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from cchc.dataset import Dataset
from cchc.i18n import MISSING, Message, fmt_date, fmt_number, msg, t, worded
from cchc.model import Agency, NarrativeReport
from cchc.periods import Period
from cchc.report.values import Column, DataTable
from cchc.schema import REPORTS_DIR

if TYPE_CHECKING:
    from cchc.render.tables import Table

__all__ = [
    "Submission",
    "due_day",
    "due_to_report",
    "missing",
    "submissions",
    "submissions_query_table",
    "submissions_sentence",
    "submissions_table",
]

State = Literal["submitted", "late", "draft", "missing"]


@dataclass(frozen=True)
class Submission:
    agency: Agency
    report: NarrativeReport | None
    state: State
    path: str  # where the report is, or would be
    days_late: int = 0


def due_to_report(dataset: Dataset) -> list[Agency]:
    reporting = dataset.plan.reporting
    coordinator = reporting.coordinator if reporting is not None else None
    return [a for a in dataset.agencies.values() if a.reports and a.id != coordinator]


def due_day(dataset: Dataset, p: Period) -> dt.date | None:
    reporting = dataset.plan.reporting
    if reporting is None or reporting.due_days is None:
        return None
    return p.end + dt.timedelta(days=reporting.due_days)


def submissions(dataset: Dataset, p: Period, as_of: dt.date | None = None) -> list[Submission]:
    deadline = due_day(dataset, p)
    found = []
    for agency in due_to_report(dataset):
        key = f"report:{p}/{agency.id}"
        path = dataset.paths.get(key, f"{REPORTS_DIR}/{p}/{agency.id}.yaml")
        report = dataset.reports.get((str(p), agency.id))
        dated = report.date if report is not None else None
        if report is None:
            found.append(Submission(agency, None, "missing", path))
        elif report.number is None or dated is None or (as_of is not None and dated > as_of):
            found.append(Submission(agency, report, "draft", path))
        elif deadline is not None and dated > deadline:
            found.append(Submission(agency, report, "late", path, (dated - deadline).days))
        else:
            found.append(Submission(agency, report, "submitted", path))
    return found


def missing(found: Sequence[Submission]) -> list[Submission]:
    """The agencies that have not submitted (a draft has not)."""
    return [s for s in found if s.state in ("draft", "missing")]


def _state_words(s: Submission, lang: str) -> str:
    if s.state == "late":
        return t("report.submission.late", lang, days=fmt_number(s.days_late, lang))
    return t(f"report.submission.{s.state}", lang)


def _cells(s: Submission, lang: str) -> tuple[str, str, str, str]:
    sent = s.state in ("submitted", "late") and s.report is not None
    number = s.report.number if sent and s.report is not None else None
    date = s.report.date if sent and s.report is not None else None
    return s.agency.name, number or MISSING, fmt_date(date, lang), _state_words(s, lang)


def _deadline_note(dataset: Dataset, p: Period, lang: str) -> str:
    return _deadline_message(dataset, p).text(lang)


def _deadline_message(dataset: Dataset, p: Period) -> Message:
    deadline = due_day(dataset, p)
    if deadline is None:
        return msg("report.submission.no_deadline")
    return msg("report.submission.deadline", date=worded(lambda lang: fmt_date(deadline, lang)))


def submissions_table(
    dataset: Dataset, p: Period, found: Sequence[Submission], number: str, lang: str
) -> DataTable:
    return DataTable(
        number=number,
        title="",
        columns=(
            Column(t("agency", lang)),
            Column(t("report.report_number", lang)),
            Column(t("date", lang), True),
            Column(t("state", lang)),
        ),
        rows=tuple(_cells(s, lang) for s in found),
        empty=t("report.submission.none_marked", lang),
        notes=(_deadline_note(dataset, p, lang),),
        style="submissions",
    )


def submissions_sentence(found: Sequence[Submission], lang: str) -> str:
    if not found:
        return t("report.submission.none_marked", lang)
    late = sum(1 for s in found if s.state == "late")
    absent = missing(found)
    text = t(
        "report.submission.sentence",
        lang,
        sent=fmt_number(len(found) - len(absent), lang),
        due=fmt_number(len(found), lang),
        late=fmt_number(late, lang),
    )
    if absent:
        names = "; ".join(s.agency.name for s in absent)
        text += " " + t("report.submission.absent", lang, names=names)
    return text


def submissions_query_table(
    dataset: Dataset, p: Period, found: Sequence[Submission], lang: str
) -> Table:
    """`cchc submissions`: the same as the report's table, for a terminal or a script."""
    from cchc.render.tables import Column as TableColumn
    from cchc.render.tables import Table

    def column(key: str, label: str, kind: str = "text") -> TableColumn:
        return TableColumn(key=key, label=msg(label), kind=kind)  # type: ignore[arg-type]

    rows = []
    for s in found:
        sent = s.state in ("submitted", "late") and s.report is not None
        rows.append(
            {
                "agency": s.agency.id,
                "name": s.agency.name,
                "number": s.report.number if sent and s.report is not None else None,
                "date": s.report.date if sent and s.report is not None else None,
                "state": _state_words(s, lang),
                "file": s.path,
            }
        )
    return Table(
        title=msg("report.submission.title", period=worded(p.label)),
        columns=(
            column("agency", "id"),
            column("name", "agency"),
            column("number", "report.report_number"),
            column("date", "date", "date"),
            column("state", "state"),
            column("file", "report.file"),
        ),
        rows=tuple(rows),
        notes=(_deadline_message(dataset, p),),
        key="submissions",
    )
