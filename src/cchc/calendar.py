"""Deadlines as an iCalendar file (RFC 5545), for Outlook, Google Calendar or a phone.

`calendar_text(dataset, on)` is pure: the same files and the same as-of day give the same bytes.

What goes in (decisions where the spec is silent):

- Tasks that are neither done nor cancelled on the as-of day, and whose deadline resolves to a date
  on that day: dated deadlines and windows (the last day), ongoing solutions (the plan's last day),
  yearly tasks (one event per year not yet closed by a `done` update for that year), and
  event-bound tasks once their event has happened and a `within` gives a date. Overdue deadlines
  stay in: they are still the tasks' deadlines, and the description says how late they are.
- Tasks that wait for an event, or whose event happened without a time limit ("triggered"), have no
  date to put in a calendar. They are not guessed; each is listed in an `X-CCHC-UNDATED` property of
  the calendar, which calendar programs ignore and people and scripts can read.

Each deadline is an all-day event on its due day (`DTSTART;VALUE=DATE`, `DTEND` the next day),
transparent (it does not block the day). Reminders (`VALARM`, `ACTION:DISPLAY`) fire N days before
the due day at 08:00 local time, the start of a working day, rather than at midnight.

UIDs are `<task-id>@<plan id>.cchc`, or `<task-id>-<year>@…` for a yearly task's occurrence, so a
calendar imported again updates its events instead of duplicating them. `DTSTAMP` is the as-of day
at 00:00:00Z, not the clock: the output must be byte-identical for the same files and as-of day
(SPEC §3), and a later as-of day still gives a later stamp, so programs take the new file as the
newer version of each event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cchc import __version__
from cchc.dataset import Dataset
from cchc.enums import Status
from cchc.errors import USAGE, UserError
from cchc.i18n import fmt_date, msg, t
from cchc.model import Recurrence, Task
from cchc.periods import Duration, parse_duration
from cchc.status import (
    classify_due,
    lead_agencies,
    led_by,
    period,
    resolve_due,
    status_on,
    updates_on,
)
from cchc.wording import deadline_words

__all__ = [
    "DEFAULT_REMINDERS",
    "Deadline",
    "Undated",
    "calendar_text",
    "deadlines",
    "fold",
    "parse_reminders",
]

CRLF = "\r\n"
LIMIT = 75  # octets per line, excluding the line break (RFC 5545 §3.1)
DEFAULT_REMINDERS: tuple[int, ...] = (7, 1)
REMINDER_HOUR = 8


@dataclass(frozen=True)
class Deadline:
    """One dated deadline of one unfinished task (one occurrence, for a yearly task)."""

    task: Task
    due: dt.date
    year: int | None = None  # the occurrence of a yearly task

    @property
    def uid_stem(self) -> str:
        return self.task.id if self.year is None else f"{self.task.id}-{self.year}"


@dataclass(frozen=True)
class Undated:
    """An unfinished task with no date yet: waiting for its event, or triggered without a limit."""

    task: Task
    state: str  # "waiting" | "triggered"
    event: str | None


def parse_reminders(text: str) -> tuple[int, ...]:
    """`7d,1d` → (7, 1): days before the due day. Weeks count as 7 days; months and years are
    refused (a calendar alarm is an exact offset): a usage error. `none` or an empty value: no
    reminders."""
    cleaned = text.strip().lower()
    if cleaned in ("", "none", "không"):
        return ()
    days: list[int] = []
    for part in cleaned.split(","):
        try:
            duration = parse_duration(part.strip())
        except ValueError:
            duration = None
        if duration is None or duration.unit not in ("day", "week"):
            raise UserError(msg("cli.bad-remind", value=part.strip()), USAGE)
        amount = _days(duration)
        if amount not in days:
            days.append(amount)
    return tuple(sorted(days, reverse=True))


def _days(duration: Duration) -> int:
    return duration.amount * (7 if duration.unit == "week" else 1)


# -------------------------------------------------------------------------------------- selection


def deadlines(
    dataset: Dataset, on: dt.date, agency: str | None = None
) -> tuple[list[Deadline], list[Undated]]:
    """The dated deadlines (by due day, then task order, then year) and the undated tasks."""
    dated: list[tuple[dt.date, int, int, Deadline]] = []
    undated: list[Undated] = []
    for index, task in enumerate(dataset.tasks.values()):
        if agency is not None and not led_by(dataset, task, agency):
            continue
        status = status_on(task, on)
        if status is Status.CANCELLED:
            continue
        if isinstance(task.deadline, Recurrence):
            closed = {
                period(u.period).start.year
                for u in updates_on(task, on)
                if u.status is Status.DONE and u.period is not None
            }
            for year in range(task.deadline.from_, task.deadline.to + 1):
                if year not in closed:
                    due = period(year).end
                    dated.append((due, index, year, Deadline(task, due, year)))
            continue
        if status is Status.DONE:
            continue
        resolved = resolve_due(task, dataset, on)
        if resolved.due is None:
            state = "waiting" if resolved.kind == "waiting" else "triggered"
            undated.append(Undated(task, state, resolved.event))
        else:
            dated.append((resolved.due, index, 0, Deadline(task, resolved.due)))
    dated.sort(key=lambda item: item[:3])
    return [item[3] for item in dated], undated


# ------------------------------------------------------------------------------------------- text


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line so no physical line exceeds 75 octets of UTF-8, never splitting a
    character: continuation lines start with one space (which counts towards the 75)."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    room = LIMIT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > room:
            parts.append("".join(current))
            current, size, room = [], 0, LIMIT - 1
        current.append(char)
        size += width
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


def _trigger(days_before: int) -> str:
    """N days before an all-day event's midnight start, at 08:00: -P6DT16H for 7 days."""
    if days_before == 0:
        return f"PT{REMINDER_HOUR}H"
    whole_days = days_before - 1
    hours = 24 - REMINDER_HOUR
    return f"-P{whole_days}DT{hours}H" if whole_days else f"-PT{hours}H"


def _stamp(day: dt.date) -> str:
    return f"{day:%Y%m%d}T000000Z"


def _state(due: dt.date, on: dt.date, soon: int, lang: str) -> str:
    state, days = classify_due(due, on, soon)
    if state == "overdue":
        return t("calendar.overdue", lang, state=t("overdue", lang), days=days)
    if state == "due_soon":
        return t("calendar.due-soon", lang, state=t("due_soon", lang), days=days)
    return t("open", lang)


def _summary(item: Deadline, lang: str) -> str:
    year = f" ({item.year})" if item.year is not None else ""
    return t("calendar.summary", lang, id=item.task.id, title=item.task.title, year=year)


def _description(item: Deadline, dataset: Dataset, on: dt.date, lang: str) -> str:
    task = item.task
    leads = "; ".join(dataset.agency_name(a) for a in lead_agencies(dataset, task))
    words = deadline_words(task, lang, dataset)
    if item.year is not None:
        words = t("calendar.occurrence", lang, words=words, year=item.year)
    decision = dataset.plan.decision.number
    state = _state(item.due, on, dataset.plan.due_soon_days, lang)
    lines = [
        t("calendar.lead", lang, leads=leads),
        t("calendar.deadline", lang, words=words),
        t("calendar.due-on", lang, date=fmt_date(item.due, lang)),
        t("calendar.source", lang, source=task.source, decision=decision),
        t(
            "calendar.state",
            lang,
            date=fmt_date(on, lang),
            state=state,
            status=t(status_on(task, on).value, lang),
        ),
    ]
    if task.product:
        lines.append(t("calendar.product", lang, product=task.product))
    return "\n".join(lines)


def _undated_line(item: Undated, dataset: Dataset, lang: str) -> str:
    event = dataset.events.get(item.event) if item.event is not None else None
    what = event.title if event is not None else (item.event or "")
    return f"{item.task.id} – {t(item.state, lang)}: {what} – {item.task.title}"


def _calendar_name(dataset: Dataset, agency: str | None, lang: str) -> str:
    base = t("calendar.name", lang, province=dataset.plan.province)
    return base if agency is None else f"{base} – {dataset.agency_name(agency)}"


def calendar_text(
    dataset: Dataset,
    on: dt.date,
    *,
    lang: str = "vi",
    agency: str | None = None,
    reminders: Sequence[int] = DEFAULT_REMINDERS,
    version: str = __version__,
) -> str:
    """The whole iCalendar file: CRLF line ends, folded lines, escaped text."""
    dated, undated = deadlines(dataset, on, agency)
    domain = f"{dataset.plan.id}.cchc"
    stamp = _stamp(on)
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:-//cchc//cchc {version}//VI",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(_calendar_name(dataset, agency, lang))}",
        "X-WR-CALDESC:"
        + escape(
            t(
                "calendar.description",
                lang,
                title=dataset.plan.title,
                decision=dataset.plan.decision.number,
                date=fmt_date(on, lang),
            )
        ),
    ]
    lines += [f"X-CCHC-UNDATED:{escape(_undated_line(u, dataset, lang))}" for u in undated]
    for item in dated:
        summary = _summary(item, lang)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{item.uid_stem}@{domain}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{item.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{item.due + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape(summary)}",
            f"DESCRIPTION:{escape(_description(item, dataset, on, lang))}",
            "TRANSP:TRANSPARENT",
        ]
        for days in reminders:
            alarm = t("calendar.alarm", lang, summary=summary, days=days)
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{escape(alarm)}",
                f"TRIGGER:{_trigger(days)}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
