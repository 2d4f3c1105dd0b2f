"""The periodic report (SPEC §6): a context of already-formatted values, and its rendering.

`build_context` does every computation — states on the as-of day (through `cchc.status`), counts,
rates, orderings, wording, and the SVG charts — and returns frozen dataclasses of strings. The
templates (`report.md.j2`, `report.html.j2`) only lay those strings out: no arithmetic, no sorting,
no decisions beyond "is this list empty".

Decisions where the spec is silent:

- "Tasks due in the period" are the tasks whose due date falls within the period (cancelled ones
  counted apart); the summary shows the same counts for the whole plan beside them.
- "Completed in the period" lists tasks whose latest `done` (as of the as-of day) is dated within the
  period; for a yearly task, each `done` update of an occurrence dated within the period. A task
  done and later reopened is not listed as completed.
- "Falls due in the next period" lists the tasks not done and not cancelled whose due date lies in
  `period.next()`.
- The date line follows the official rule for administrative documents (Nghị định 30/2020/NĐ-CP):
  days below 10 and the months 1 and 2 are written with a leading zero ("ngày 05 tháng 01 năm 2018").
- Stretch targets ("phấn đấu") are shown in their own table and their own column of the target
  summary, never among the firm targets' failures.
- The chart of a change goal ("giảm … so với năm 2015") plots the derived change in percent, the
  figure compared with the goal; an ordinal goal puts the scale's levels on the y axis, best on top.
- "Nơi nhận" and the signature block are placeholders the issuing office completes; the HTML marks
  them so in a comment.
- The HTML sets page numbers with an `@page` margin box; Chromium prints them since version 131.
  Older browsers ignore the box: tick "Headers and footers" in the print dialog instead.

Jinja is imported inside `render_report` only (through `cchc.templating`), so other commands
never pay for it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from markupsafe import Markup, escape

from cchc.dataset import Dataset, natural_key
from cchc.i18n import MISSING, fmt_date, fmt_number, fmt_percent, t
from cchc.model import Recurrence, Status, Target, Task
from cchc.periods import Period
from cchc.problems import Problem, bilingual
from cchc.render.tables import bar
from cchc.status import (
    TARGET_STATES,
    Rollup,
    TargetState,
    TaskState,
    compared_value,
    measurements_on,
    period,
    rollup,
    rollup_by_agency,
    rollup_by_area,
    target_states,
    task_states,
    updates_on,
)
from cchc.wording import deadline_words, goal_words, value_words

__all__ = [
    "TEMPLATE_NAMES",
    "ReportContext",
    "ReportFormat",
    "build_context",
    "default_as_of",
    "render_report",
    "template_problems",
]

ReportFormat = Literal["md", "html"]
TEMPLATE_NAMES: Mapping[str, str] = {"md": "report.md.j2", "html": "report.html.j2"}

# Report wording, (vi, en). Column words shared with the other commands come from `cchc.i18n`.
_WORDS: dict[str, tuple[str, str]] = {
    "country": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    "country_gloss": ("", "Socialist Republic of Viet Nam"),
    "motto": ("Độc lập - Tự do - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"),
    "motto_gloss": ("", "Independence - Freedom - Happiness"),
    "report": ("BÁO CÁO", "REPORT"),
    "subtitle": (
        "Kết quả thực hiện Kế hoạch cải cách hành chính {period}",
        "Results of implementing the administrative reform plan, {period}",
    ),
    "as_of_line": ("(Số liệu tính đến ngày {date})", "(Figures as of {date})"),
    "basis": (
        "Thực hiện Quyết định số {number} ngày {date}{issuer}{about}, {body} báo cáo kết quả "
        "thực hiện Kế hoạch cải cách hành chính {period} như sau:",
        "Under Decision No. {number} of {date}{issuer}{about}, {body} reports the results of "
        "implementing the administrative reform plan, {period}, as follows:",
    ),
    "by_issuer": (" của {issuer}", " of {issuer}"),
    "about": (" về việc {title}", " ({title})"),
    "s_summary": ("KẾT QUẢ CHUNG", "OVERALL RESULTS"),
    "s_area": ("KẾT QUẢ THEO LĨNH VỰC", "RESULTS BY AREA"),
    "s_agency": ("KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ", "RESULTS BY LEAD AGENCY"),
    "s_targets": ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "TARGETS"),
    "s_done": ("NHIỆM VỤ ĐÃ HOÀN THÀNH TRONG KỲ", "TASKS COMPLETED IN THE PERIOD"),
    "s_overdue": ("NHIỆM VỤ QUÁ HẠN", "OVERDUE TASKS"),
    "s_waiting": ("NHIỆM VỤ CHỜ SỰ KIỆN", "TASKS WAITING ON EVENTS"),
    "s_next": ("NHIỆM VỤ ĐẾN HẠN TRONG KỲ TỚI ({period})", "TASKS DUE NEXT PERIOD ({period})"),
    "figure": ("Chỉ số", "Figure"),
    "in_period": ("Đến hạn trong kỳ", "Due in the period"),
    "whole_plan": ("Toàn Kế hoạch", "Whole plan"),
    "tasks": ("Số nhiệm vụ", "Tasks"),
    "done_total": ("Đã hoàn thành", "Done"),
    "not_yet_due": ("Chưa đến hạn", "Not yet due"),
    "waiting_all": ("Chờ sự kiện", "Waiting on an event"),
    "summary_note": (
        "Tỷ lệ hoàn thành = hoàn thành ÷ (tổng số − đã hủy); "
        "tỷ lệ đúng hạn = hoàn thành đúng hạn ÷ số nhiệm vụ đã đến hạn.",
        "Completion rate = done ÷ (total − cancelled); "
        "on-time rate = done on time ÷ tasks due so far.",
    ),
    "chart_rollup": ("Tỷ lệ hoàn thành và tỷ lệ đúng hạn", "Completion and on-time rates"),
    "firm_targets": ("Chỉ tiêu bắt buộc", "Firm targets"),
    "stretch_targets": (
        "Chỉ tiêu phấn đấu (không tính là không đạt của Kế hoạch)",
        "Stretch targets (never counted as failures of the plan)",
    ),
    "target_summary": ("Tổng hợp tình trạng chỉ tiêu", "Targets by state"),
    "chart_goal": ("Mục tiêu", "Goal"),
    "no_chart": ("Chưa có số liệu để vẽ biểu đồ.", "No figures to chart yet."),
    "event_state": ("Sự kiện đã có chưa", "Event happened?"),
    "event_pending": ("Chưa có", "Pending"),
    "event_happened": ("Đã có ngày {date}", "Happened on {date}"),
    "before_plan": (
        "Nhiệm vụ {task} có thời hạn {deadline}, trước khi Kế hoạch được ban hành (ngày {date}).",
        "Task {task} is due {deadline}, before the plan was issued (on {date}).",
    ),
    "task_number": ("STT {number}", "No. {number}"),
    "occurrence": ("kỳ {period}", "occurrence {period}"),
    "on_time_word": ("Đúng hạn", "On time"),
    "late_word": ("Trễ {days} ngày", "{days} days late"),
    "recipients": ("Nơi nhận:", "Recipients:"),
    "recipient_lines": ("Như trên;|Lưu: VT.", "As above;|Archive: VT."),
    "signer_title": ("GIÁM ĐỐC", "DIRECTOR"),
    "signer_hint": ("(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name, seal)"),
    "placeholder": (
        "Phần giữ chỗ: cơ quan ban hành điền nơi nhận, chữ ký và họ tên",
        "Placeholder: the issuing office fills in the recipients, the signature and the name",
    ),
    "document_title": ("Báo cáo", "Report"),
}


def _w(key: str, lang: str) -> str:
    vi, en = _WORDS[key]
    return en if lang == "en" else vi


# ------------------------------------------------------------------------------------ the context


@dataclass(frozen=True)
class Heading:
    parent_body: str
    issuing_body: str
    number: str
    country: str
    country_gloss: str
    motto: str
    motto_gloss: str
    place_date: str
    title: str
    subtitle: str
    as_of_line: str
    basis: str


@dataclass(frozen=True)
class SummaryRow:
    label: str
    in_period: str
    whole_plan: str


@dataclass(frozen=True)
class RollupRow:
    key: str
    name: str
    total: str
    done_on_time: str
    done_late: str
    overdue: str
    not_yet_due: str
    waiting: str
    cancelled: str
    completion: str
    on_time: str
    completion_bar: str
    on_time_bar: str


@dataclass(frozen=True)
class RollupSection:
    number: str
    title: str
    key_label: str
    name_label: str
    rows: tuple[RollupRow, ...]
    chart: Markup


@dataclass(frozen=True)
class YearCell:
    period: str
    state: str
    value: str


@dataclass(frozen=True)
class TargetRow:
    id: str
    indicator: str
    goal: str
    due: str
    latest: str
    latest_period: str
    state: str
    state_key: str
    owner: str
    source: str
    years: tuple[YearCell, ...]
    years_text: str
    chart: Markup | None


@dataclass(frozen=True)
class TargetCount:
    state: str
    firm: str
    stretch: str


@dataclass(frozen=True)
class TaskRow:
    """One task in a list; the fields a list does not use are empty strings."""

    id: str
    number: str
    title: str
    lead: str
    deadline: str
    due: str
    days: str = ""
    status: str = ""
    done_on: str = ""
    evidence_number: str = ""
    evidence_date: str = ""
    timeliness: str = ""
    event: str = ""
    event_state: str = ""


@dataclass(frozen=True)
class Closing:
    recipients_label: str
    recipients: tuple[str, ...]
    signer_title: str
    signer_hint: str
    placeholder_note: str


@dataclass(frozen=True)
class ReportContext:
    """Everything a report template shows, already worded and formatted in `lang`."""

    lang: str
    period: str
    period_label: str
    as_of: str
    document_title: str
    heading: Heading
    labels: Mapping[str, str]
    summary: tuple[SummaryRow, ...]
    summary_note: str
    areas: RollupSection
    agencies: RollupSection
    target_counts: tuple[TargetCount, ...]
    firm_targets: tuple[TargetRow, ...]
    stretch_targets: tuple[TargetRow, ...]
    completed: tuple[TaskRow, ...]
    overdue: tuple[TaskRow, ...]
    before_plan_notes: tuple[str, ...]
    waiting: tuple[TaskRow, ...]
    next_period_title: str
    upcoming: tuple[TaskRow, ...]
    closing: Closing


# ----------------------------------------------------------------------------------- building it


def default_as_of(p: Period, today: dt.date) -> dt.date:
    """The period's last day once it has ended; before that, today."""
    return p.end if p.end < today else today


def _official_date(d: dt.date, place: str, lang: str) -> str:
    if lang == "en":
        return f"{place}, {fmt_date(d, 'en')}"
    day = f"{d.day:02d}" if d.day < 10 else str(d.day)
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{place}, ngày {day} tháng {month} năm {d.year}"


def _first_lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _heading(dataset: Dataset, p: Period, as_of: dt.date, lang: str) -> Heading:
    plan = dataset.plan
    info = plan.report
    coordinator = plan.reporting.coordinator if plan.reporting is not None else None
    body = dataset.agency_name(coordinator) if coordinator else None
    issuing = info.issuing_body if info is not None else (body or "")
    decision = plan.decision
    issuer = _w("by_issuer", lang).format(issuer=decision.issuer) if decision.issuer else ""
    about = _w("about", lang).format(title=_first_lower(decision.title)) if decision.title else ""
    label = p.label(lang)
    return Heading(
        parent_body=info.parent_body if info is not None else plan.province,
        issuing_body=issuing,
        number=(info.number if info is not None and info.number else "Số:     /BC"),
        country=_w("country", lang),
        country_gloss=_w("country_gloss", lang),
        motto=_w("motto", lang),
        motto_gloss=_w("motto_gloss", lang),
        place_date=_official_date(as_of, info.place if info is not None else plan.province, lang),
        title=_w("report", lang),
        subtitle=_w("subtitle", lang).format(period=label),
        as_of_line=_w("as_of_line", lang).format(date=fmt_date(as_of, lang)),
        basis=_w("basis", lang).format(
            number=decision.number,
            date=fmt_date(decision.date, lang),
            issuer=issuer,
            about=about,
            body=body or issuing,
            period=label,
        ),
    )


def _n(value: int, lang: str) -> str:
    return fmt_number(value, lang)


def _summary_counts(r: Rollup) -> dict[str, int]:
    c = r.counts
    return {
        "total": r.total,
        "done": r.done,
        "done_on_time": c["done_on_time"],
        "done_late": c["done_late"],
        "overdue": c["overdue"],
        "waiting": c["waiting"] + c["triggered"],
        "not_yet_due": c["open"] + c["due_soon"],
        "cancelled": c["cancelled"],
    }


def _summary(
    states: Sequence[TaskState], p: Period, as_of: dt.date, lang: str
) -> tuple[SummaryRow, ...]:
    in_period = [s for s in states if s.due.due is not None and p.contains(s.due.due)]
    ra, rb = rollup("period", "", in_period, as_of), rollup("plan", "", states, as_of)
    a, b = _summary_counts(ra), _summary_counts(rb)
    rows = [
        (t("total", lang), "total"),
        (_w("done_total", lang), "done"),
        (t("done_on_time", lang), "done_on_time"),
        (t("done_late", lang), "done_late"),
        (t("overdue", lang), "overdue"),
        (_w("waiting_all", lang), "waiting"),
        (_w("not_yet_due", lang), "not_yet_due"),
        (t("cancelled", lang), "cancelled"),
    ]
    result = [SummaryRow(label, _n(a[key], lang), _n(b[key], lang)) for label, key in rows]
    result.append(
        SummaryRow(
            t("completion_rate", lang),
            fmt_percent(ra.completion_rate, lang),
            fmt_percent(rb.completion_rate, lang),
        )
    )
    result.append(
        SummaryRow(
            t("on_time_rate", lang),
            fmt_percent(ra.on_time_rate, lang),
            fmt_percent(rb.on_time_rate, lang),
        )
    )
    return tuple(result)


def _rollup_row(r: Rollup, lang: str) -> RollupRow:
    c = r.counts
    return RollupRow(
        key=r.key,
        name=r.name,
        total=_n(r.total, lang),
        done_on_time=_n(c["done_on_time"], lang),
        done_late=_n(c["done_late"], lang),
        overdue=_n(c["overdue"], lang),
        not_yet_due=_n(c["open"] + c["due_soon"], lang),
        waiting=_n(c["waiting"] + c["triggered"], lang),
        cancelled=_n(c["cancelled"], lang),
        completion=fmt_percent(r.completion_rate, lang),
        on_time=fmt_percent(r.on_time_rate, lang),
        completion_bar=bar(r.completion_rate, lang),
        on_time_bar=bar(r.on_time_rate, lang),
    )


def _rollup_section(
    number: str, title: str, name_label: str, rollups: Sequence[Rollup], lang: str
) -> RollupSection:
    return RollupSection(
        number=number,
        title=title,
        key_label=t("id", lang),
        name_label=name_label,
        rows=tuple(_rollup_row(r, lang) for r in rollups),
        chart=rate_chart(
            [(r.key, r.name, r.completion_rate, r.on_time_rate) for r in rollups],
            _w("chart_rollup", lang) + " — " + title,
            (t("completion_rate", lang), t("on_time_rate", lang)),
            lang,
        ),
    )


def _task_label(task: Task, lang: str) -> str:
    return _w("task_number", lang).format(number=task.number) if task.number else task.id


def _task_row(
    dataset: Dataset, s: TaskState, lang: str, due: dt.date | None = None, **extra: str
) -> TaskRow:
    task = s.task
    shown = due if due is not None else s.due.due
    return TaskRow(
        id=task.id,
        number=str(task.number) if task.number else "",
        title=task.title,
        lead="; ".join(dataset.agency_names(task.lead)),
        deadline=deadline_words(task, lang, dataset),
        due=fmt_date(shown, lang) if shown is not None else MISSING,
        **extra,
    )


def _completed(
    dataset: Dataset, states: Sequence[TaskState], p: Period, as_of: dt.date, lang: str
) -> tuple[TaskRow, ...]:
    rows: list[tuple[dt.date, tuple[tuple[int, int | str], ...], TaskRow]] = []
    for s in states:
        task = s.task
        if isinstance(task.deadline, Recurrence):
            for update in updates_on(task, as_of):
                if update.status is not Status.DONE or not p.contains(update.date):
                    continue
                occurrence = period(update.period) if update.period is not None else None
                late = (update.date - occurrence.end).days if occurrence is not None else 0
                row = _task_row(
                    dataset,
                    s,
                    lang,
                    occurrence.end if occurrence is not None else None,
                    done_on=fmt_date(update.date, lang),
                    evidence_number=update.evidence.number if update.evidence else "",
                    evidence_date=fmt_date(update.evidence.date, lang) if update.evidence else "",
                    timeliness=_timeliness(late, lang)
                    + (
                        f" ({_w('occurrence', lang).format(period=occurrence.label(lang))})"
                        if occurrence is not None
                        else ""
                    ),
                )
                rows.append((update.date, natural_key(task.id), row))
            continue
        if s.state in ("done_on_time", "done_late") and s.done_on and p.contains(s.done_on):
            row = _task_row(
                dataset,
                s,
                lang,
                done_on=fmt_date(s.done_on, lang),
                evidence_number=s.evidence.number if s.evidence else "",
                evidence_date=fmt_date(s.evidence.date, lang) if s.evidence else "",
                timeliness=_timeliness(s.days or 0, lang),
            )
            rows.append((s.done_on, natural_key(task.id), row))
    rows.sort(key=lambda r: (r[0], r[1]))
    return tuple(r[2] for r in rows)


def _timeliness(days_late: int, lang: str) -> str:
    if days_late > 0:
        return _w("late_word", lang).format(days=fmt_number(days_late, lang))
    return _w("on_time_word", lang)


def _overdue(dataset: Dataset, states: Sequence[TaskState], lang: str) -> tuple[TaskRow, ...]:
    chosen = sorted(
        (s for s in states if s.state == "overdue"),
        key=lambda s: (-(s.days or 0), natural_key(s.task.id)),
    )
    return tuple(
        _task_row(dataset, s, lang, days=_n(s.days or 0, lang), status=t(s.status.value, lang))
        for s in chosen
    )


def _before_plan_notes(dataset: Dataset, states: Sequence[TaskState], lang: str) -> tuple[str, ...]:
    notes = []
    for s in states:
        if not s.due_before_plan:
            continue
        deadline = s.task.deadline
        if isinstance(deadline, int | str):
            words = period(deadline).label(lang)
        else:
            words = fmt_date(s.due.due, lang)
        notes.append(
            _w("before_plan", lang).format(
                task=_task_label(s.task, lang),
                deadline=words,
                date=fmt_date(dataset.plan.decision.date, lang),
            )
        )
    return tuple(notes)


def _waiting(
    dataset: Dataset, states: Sequence[TaskState], as_of: dt.date, lang: str
) -> tuple[TaskRow, ...]:
    rows = []
    for s in states:
        if s.state not in ("waiting", "triggered") or s.due.event is None:
            continue
        event = dataset.events.get(s.due.event)
        title = event.title if event is not None else s.due.event
        happened = event.happened_on if event is not None else None
        if happened is not None and happened <= as_of:
            state = _w("event_happened", lang).format(date=fmt_date(happened, lang))
            if event is not None and event.reference:
                state += f" ({event.reference})"
        else:
            state = _w("event_pending", lang)
        rows.append(
            _task_row(
                dataset,
                s,
                lang,
                event=title,
                event_state=state,
                status=t(s.state, lang),
            )
        )
    return tuple(rows)


def _upcoming(
    dataset: Dataset, states: Sequence[TaskState], nxt: Period, lang: str
) -> tuple[TaskRow, ...]:
    chosen = sorted(
        (
            s
            for s in states
            if s.state not in ("done_on_time", "done_late", "cancelled")
            and s.due.due is not None
            and nxt.contains(s.due.due)
        ),
        key=lambda s: (s.due.due or dt.date.min, natural_key(s.task.id)),
    )
    return tuple(_task_row(dataset, s, lang, status=t(s.status.value, lang)) for s in chosen)


def _target_row(dataset: Dataset, s: TargetState, as_of: dt.date, lang: str) -> TargetRow:
    target = s.target
    years = tuple(
        YearCell(
            a.period.label(lang),
            t(a.state, lang),
            value_words(target, a.value, lang) if a.value is not None else "",
        )
        for a in s.years
    )
    return TargetRow(
        id=target.id,
        indicator=target.indicator,
        goal=goal_words(target, lang),
        due=period(target.due).label(lang),
        latest=value_words(target, s.value, lang) or MISSING,
        latest_period=period(s.latest.period).label(lang) if s.latest else MISSING,
        state=t(s.state, lang),
        state_key=s.state,
        owner=dataset.agency_name(target.owner),
        source=target.source,
        years=years,
        years_text="; ".join(
            f"{y.period}: {y.state}" + (f" ({y.value})" if y.value else "") for y in years
        ),
        chart=target_chart(dataset, target, as_of, lang),
    )


def _target_counts(states: Sequence[TargetState], lang: str) -> tuple[TargetCount, ...]:
    rows = []
    for state in TARGET_STATES:
        firm = sum(1 for s in states if s.state == state and not s.target.stretch)
        stretch = sum(1 for s in states if s.state == state and s.target.stretch)
        rows.append(TargetCount(t(state, lang), _n(firm, lang), _n(stretch, lang)))
    firm_total = sum(1 for s in states if not s.target.stretch)
    rows.append(
        TargetCount(t("total", lang), _n(firm_total, lang), _n(len(states) - firm_total, lang))
    )
    return tuple(rows)


_PLAIN = frozenset(
    {
        "figure",
        "in_period",
        "whole_plan",
        "not_yet_due",
        "waiting_all",
        "firm_targets",
        "stretch_targets",
        "target_summary",
        "no_chart",
        "chart_goal",
        "event_state",
    }
)


def _labels(lang: str) -> dict[str, str]:
    keys = (
        "id",
        "title",
        "lead",
        "deadline",
        "due",
        "days_overdue",
        "status",
        "done_on",
        "evidence",
        "number",
        "date",
        "event",
        "state",
        "indicator",
        "goal",
        "latest",
        "latest_period",
        "years",
        "owner",
        "source",
        "total",
        "done_on_time",
        "done_late",
        "overdue",
        "cancelled",
        "completion_rate",
        "on_time_rate",
        "none",
        "notes",
        "stretch",
        "firm",
    )
    labels = {key: t(key, lang) for key in keys}
    labels.update({key: _w(key, lang) for key in _WORDS if key.startswith("s_") or key in _PLAIN})
    labels["timeliness"] = t("state", lang)
    return labels


def build_context(dataset: Dataset, p: Period, as_of: dt.date, lang: str) -> ReportContext:
    """The report for period `p` as the files stood on `as_of`, worded in `lang` ("vi" or "en")."""
    lang = "en" if lang == "en" else "vi"
    states = task_states(dataset, as_of)
    targets = target_states(dataset, as_of)
    nxt = p.next()
    labels = _labels(lang)
    heading = _heading(dataset, p, as_of, lang)
    return ReportContext(
        lang=lang,
        period=str(p),
        period_label=p.label(lang),
        as_of=fmt_date(as_of, lang),
        document_title=f"{heading.title} {heading.subtitle}",
        heading=heading,
        labels=labels,
        summary=_summary(states, p, as_of, lang),
        summary_note=_w("summary_note", lang),
        areas=_rollup_section(
            "II", _w("s_area", lang), t("area", lang), rollup_by_area(dataset, states, as_of), lang
        ),
        agencies=_rollup_section(
            "III",
            _w("s_agency", lang),
            t("agency", lang),
            rollup_by_agency(dataset, states, as_of),
            lang,
        ),
        target_counts=_target_counts(targets, lang),
        firm_targets=tuple(
            _target_row(dataset, s, as_of, lang) for s in targets if not s.target.stretch
        ),
        stretch_targets=tuple(
            _target_row(dataset, s, as_of, lang) for s in targets if s.target.stretch
        ),
        completed=_completed(dataset, states, p, as_of, lang),
        overdue=_overdue(dataset, states, lang),
        before_plan_notes=_before_plan_notes(dataset, states, lang),
        waiting=_waiting(dataset, states, as_of, lang),
        next_period_title=_w("s_next", lang).format(period=nxt.label(lang)),
        upcoming=_upcoming(dataset, states, nxt, lang),
        closing=Closing(
            recipients_label=_w("recipients", lang),
            recipients=tuple(_w("recipient_lines", lang).split("|")),
            signer_title=_w("signer_title", lang),
            signer_hint=_w("signer_hint", lang),
            placeholder_note=_w("placeholder", lang),
        ),
    )


# ----------------------------------------------------------------------------------------- charts

_FONT = "Times New Roman, Times, serif"
_COLOURS = ("#1f4e8c", "#2e7d32")
_GOAL_COLOUR = "#b71c1c"


def _f(x: float) -> str:
    """A coordinate with one decimal, the same on every machine."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _svg_open(width: int, height: int, label: str) -> str:
    return (
        f'<svg viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(label)}" '
        f'font-family="{_FONT}" font-size="12">'
        f"<title>{escape(label)}</title>"
    )


def rate_chart(
    rows: Sequence[tuple[str, str, float | None, float | None]],
    title: str,
    series: tuple[str, str],
    lang: str,
) -> Markup:
    """Horizontal bars: for each (key, name, completion, on-time) two bars, 0 – 100 %."""
    width, left, right, row_h, top = 680, 250, 610, 36, 32
    scale = right - left
    height = top + row_h * len(rows) + 24
    parts = [_svg_open(width, height, title)]
    for i, name in enumerate(series):
        x = left + i * 180
        parts.append(
            f'<rect x="{x}" y="8" width="12" height="12" fill="{_COLOURS[i]}"/>'
            f'<text x="{x + 17}" y="18">{escape(name)}</text>'
        )
    axis_bottom = top + row_h * len(rows)
    sign = "%" if lang == "en" else " %"
    for tick in (0, 25, 50, 75, 100):
        tx = left + scale * tick / 100
        parts.append(
            f'<line x1="{_f(tx)}" y1="{top - 4}" x2="{_f(tx)}" y2="{axis_bottom}" '
            f'stroke="#bbbbbb" stroke-width="0.5"/>'
            f'<text x="{_f(tx)}" y="{axis_bottom + 14}" text-anchor="middle">{tick}{sign}</text>'
        )
    for index, (key, name, first, second) in enumerate(rows):
        y = top + index * row_h
        label = f"{key} — {name}" if key != name else name
        parts.append(f"<g><title>{escape(label)}</title>")
        parts.append(
            f'<text x="{left - 6}" y="{y + 21}" text-anchor="end">{escape(_short(label, 38))}</text>'
        )
        for j, ratio in enumerate((first, second)):
            by = y + 5 + j * 13
            if ratio is None or not math.isfinite(ratio):
                parts.append(f'<text x="{left + 4}" y="{by + 10}">{MISSING}</text>')
                continue
            w = scale * min(max(ratio, 0.0), 1.0)
            parts.append(
                f'<rect x="{left}" y="{by}" width="{_f(w)}" height="11" fill="{_COLOURS[j]}"/>'
                f'<text x="{_f(left + w + 4)}" y="{by + 10}">{escape(fmt_percent(ratio, lang))}</text>'
            )
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _nice(x: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10ⁿ that is ≥ x (x > 0)."""
    exponent = math.floor(math.log10(x))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        candidate = step * 10.0**exponent
        if candidate >= x - 1e-12:
            return candidate
    return 10.0 ** (exponent + 1)


def target_chart(dataset: Dataset, target: Target, as_of: dt.date, lang: str) -> Markup | None:
    """Measurements known on `as_of` as points joined by a line, against a dashed goal line.

    Numeric goals share a linear y axis with the goal; ordinal goals (a scale) put the levels on the
    y axis, best on top. None when there is nothing to plot."""
    seen = measurements_on(target, as_of)
    scale = dataset.scales.get(target.scale) if target.scale is not None else None
    levels = scale.labels() if scale is not None else None
    points: list[tuple[str, float, str]] = []  # (x label, y value, value label)
    for m in seen:
        value = compared_value(target, m, scale)
        if value is None:
            continue
        if levels is not None:
            if str(value) not in levels:
                continue
            points.append((str(period(m.period)), float(levels.index(str(value))), str(value)))
        elif not isinstance(value, str):
            points.append((str(period(m.period)), float(value), value_words(target, value, lang)))
    if not points:
        return None
    goal = target.goal.value
    width, height = 380, 180
    left = 100 if levels is not None else 56
    right, top, bottom = width - 16, 24, height - 34
    plot_h = bottom - top
    goal_label = f"{_w('chart_goal', lang)}: {goal_words(target, lang)}"
    title = f"{target.id} — {target.indicator}"
    parts = [_svg_open(width, height, f"{title}. {goal_label}")]

    if levels is not None:
        n = len(levels)

        def y_of(v: float) -> float:
            return top + plot_h * v / (n - 1)

        for i, level in enumerate(levels):
            y = y_of(float(i))
            parts.append(
                f'<line x1="{left}" y1="{_f(y)}" x2="{right}" y2="{_f(y)}" stroke="#dddddd" '
                f'stroke-width="0.5"/><text x="{left - 6}" y="{_f(y + 4)}" text-anchor="end">'
                f"{escape(_short(level, 16))}</text>"
            )
        goal_y = y_of(float(levels.index(str(goal)))) if str(goal) in levels else None
    else:
        values = [v for _, v, _ in points]
        numeric_goal = float(goal) if not isinstance(goal, str) else None
        candidates = [*values, *([numeric_goal] if numeric_goal is not None else [])]
        high = max(candidates)
        low = min(0.0, *candidates)
        y_max = _nice(high * 1.1) if high > 0 else 1.0
        if target.unit is not None and target.unit.value == "percent" and high <= 100:
            y_max = min(y_max, 100.0)
        y_min = -_nice(-low * 1.1) if low < 0 else 0.0

        def y_of(v: float) -> float:
            return bottom - plot_h * (v - y_min) / (y_max - y_min)

        for tick in (y_min, (y_min + y_max) / 2, y_max):
            y = y_of(tick)
            parts.append(
                f'<line x1="{left}" y1="{_f(y)}" x2="{right}" y2="{_f(y)}" stroke="#dddddd" '
                f'stroke-width="0.5"/><text x="{left - 6}" y="{_f(y + 4)}" text-anchor="end">'
                f"{escape(value_words(target, tick, lang))}</text>"
            )
        goal_y = y_of(numeric_goal) if numeric_goal is not None else None

    parts.append(
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="#000000" '
        f'stroke-width="0.8"/><line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" '
        f'stroke="#000000" stroke-width="0.8"/>'
    )
    if goal_y is not None:
        parts.append(
            f'<line x1="{left}" y1="{_f(goal_y)}" x2="{right}" y2="{_f(goal_y)}" '
            f'stroke="{_GOAL_COLOUR}" stroke-width="1.2" stroke-dasharray="5 3"/>'
            f'<text x="{right}" y="{_f(goal_y - 4)}" text-anchor="end" fill="{_GOAL_COLOUR}">'
            f"{escape(goal_label)}</text>"
        )
    span_x = right - left - 40
    coords = []
    for i, (x_label, v, v_label) in enumerate(points):
        x = left + 20 + (span_x * i / (len(points) - 1) if len(points) > 1 else span_x / 2)
        y = y_of(v)
        coords.append((x, y))
        parts.append(
            f'<circle cx="{_f(x)}" cy="{_f(y)}" r="3.5" fill="{_COLOURS[0]}"/>'
            f'<text x="{_f(x)}" y="{_f(y - 7)}" text-anchor="middle">{escape(v_label)}</text>'
            f'<text x="{_f(x)}" y="{bottom + 14}" text-anchor="middle">{escape(x_label)}</text>'
        )
    if len(coords) > 1:
        line = " ".join(f"{_f(x)},{_f(y)}" for x, y in coords)
        parts.insert(
            -len(points),
            f'<polyline points="{line}" fill="none" stroke="{_COLOURS[0]}" stroke-width="1.5"/>',
        )
    parts.append("</svg>")
    return Markup("".join(parts))


# -------------------------------------------------------------------------------------- rendering


def render_report(context: ReportContext, fmt: ReportFormat, root: Path | None) -> str:
    """Render `context` as Markdown or standalone HTML. A template in the dataset's own
    `templates/` (under `root`) wins over the packaged one of the same name, and renders
    sandboxed (see `cchc.templating`)."""
    from cchc.templating import render_template

    text = render_template(TEMPLATE_NAMES[fmt], {"r": context}, root)
    return text.rstrip("\n") + "\n"


def template_problems(root: Path, dataset: Dataset | None) -> list[Problem]:
    """`cchc validate`'s check of the templates a dataset brings: real files that compile and,
    when the data is valid (`dataset` given), render the report of the plan's first year."""
    from cchc.templating import check_templates

    def values() -> dict[str, object]:
        assert dataset is not None
        first = period(period(dataset.plan.period).start.year)
        return {"r": build_context(dataset, first, first.end, "vi")}

    failures = check_templates(
        root, values if dataset is not None else None, list(TEMPLATE_NAMES.values())
    )
    return [
        Problem(f.path, f.line, 1, "error", bilingual(f.message_vi, f.message_en), f.rule)
        for f in failures
    ]
