"""The appendix's targets: the count by state (firm and stretch apart), one table of firm targets
and one of stretch ones ("phấn đấu": shown, never counted as failures of the plan), each target that
has a measurement with its chart of them against the goal line, and the short figure line of an
area's targets.

The targets with nothing to draw yet get no chart and no placeholder each (22 of them filled two
printed pages with "Chưa có số liệu để vẽ biểu đồ."): one line under the table names them all
(issue #14). There is no option that brings a placeholder per target back: it said nothing that
line and the table's state column do not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cchc.dataset import Dataset
from cchc.i18n import MISSING, fmt_number, t
from cchc.model import Target
from cchc.report.charts import target_chart
from cchc.report.values import Column, DataTable, Figure
from cchc.status import TARGET_STATES, TargetState, period, target_state
from cchc.wording import goal_words, value_words, year_series

__all__ = ["target_figures", "target_states_of", "target_tables"]


def target_states_of(dataset: Dataset, targets: Sequence[Target], on: dt.date) -> list[TargetState]:
    return [target_state(target, dataset, on) for target in targets]


def _counts(states: Sequence[TargetState], lang: str) -> DataTable:
    rows = []
    for state in TARGET_STATES:
        firm = sum(1 for s in states if s.state == state and not s.target.stretch)
        stretch = sum(1 for s in states if s.state == state and s.target.stretch)
        rows.append((t(state, lang), fmt_number(firm, lang), fmt_number(stretch, lang)))
    firm_total = sum(1 for s in states if not s.target.stretch)
    rows.append(
        (
            t("total", lang),
            fmt_number(firm_total, lang),
            fmt_number(len(states) - firm_total, lang),
        )
    )
    return DataTable(
        number="",
        title=t("report.target_summary", lang),
        columns=(
            Column(t("state", lang)),
            Column(t("firm", lang), True),
            Column(t("stretch", lang), True),
        ),
        rows=tuple(rows),
        empty=t("none", lang),
        style="summary",
    )


def _table(
    dataset: Dataset, title: str, states: Sequence[TargetState], on: dt.date, lang: str
) -> DataTable:
    rows = []
    figures: list[Figure] = []
    undrawn: list[str] = []  # one line for them all, not a placeholder each
    for s in states:
        target = s.target
        rows.append(
            (
                target.id,
                target.indicator,
                goal_words(target, lang),
                period(target.due).label(lang),
                value_words(target, s.value, lang) or MISSING,
                period(s.latest.period).label(lang) if s.latest else MISSING,
                t(s.state, lang),
                year_series(s, lang) or MISSING,
            )
        )
        chart = target_chart(dataset, target, on, lang)
        if chart is not None:
            caption = f"{target.id} — {target.indicator}"
            figures.append(Figure(chart, caption, t("report.no_chart", lang)))
        else:
            undrawn.append(target.id)
    return DataTable(
        number="",
        title=title,
        columns=(
            Column(t("id", lang)),
            Column(t("indicator", lang)),
            Column(t("goal", lang)),
            Column(t("due", lang)),
            Column(t("latest", lang), True),
            Column(t("latest_period", lang)),
            Column(t("state", lang), nowrap=True),
            Column(t("years", lang)),
        ),
        rows=tuple(rows),
        empty=t("none", lang),
        figures=tuple(figures),
        style="targets",
        undrawn=t("report.no_chart_targets", lang, ids=", ".join(undrawn)) if undrawn else "",
    )


def target_tables(
    dataset: Dataset, states: Sequence[TargetState], on: dt.date, lang: str
) -> tuple[DataTable, ...]:
    firm = [s for s in states if not s.target.stretch]
    stretch = [s for s in states if s.target.stretch]
    return (
        _counts(states, lang),
        _table(dataset, t("report.firm_targets", lang), firm, on, lang),
        _table(dataset, t("report.stretch_targets", lang), stretch, on, lang),
    )


def target_figures(states: Sequence[TargetState], lang: str) -> str:
    """ "Chỉ tiêu của lĩnh vực: 3 (Đạt 1; Chưa có số liệu 2)." — '' when there is none."""
    if not states:
        return ""
    parts = []
    for state in TARGET_STATES:
        n = sum(1 for s in states if s.state == state)
        if n:
            parts.append(f"{t(state, lang)} {fmt_number(n, lang)}")
    return t(
        "report.area_targets",
        lang,
        count=fmt_number(len(states), lang),
        states="; ".join(parts),
    )
