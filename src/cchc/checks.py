"""Consistency rules that need more than one file's shape (SPEC §7).

Each rule returns `Finding`s — where in the record (a pydantic-style `loc`), which rule, what to say
(a catalogue `Message`) — and knows nothing of YAML or files; the loader turns a finding's `loc`
into a line and column. The rules and their levels are those of `cchc.rules`. An id that is not
defined gets "did you mean …" from the ids (and names) that are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from cchc import rules
from cchc.corrections import Entry, corrected_position, effective_indexed
from cchc.hints import decimal_point, did_you_mean, quoted
from cchc.i18n import Message, msg
from cchc.model import (
    AgenciesFile,
    AreasFile,
    Conditional,
    EventsFile,
    Plan,
    Recurrence,
    Status,
    Task,
    Unit,
    Update,
)
from cchc.periods import parse_period
from cchc.problems import Level
from cchc.rules import Rule

if TYPE_CHECKING:  # the target side is imported only by the commands that read it (`cchc.model`)
    from cchc.model import NarrativeReport, Scale, ScalesFile, Target

__all__ = ["Finding", "Loc", "References", "finding"]

Loc = tuple[str | int, ...]
Names = Mapping[str, Sequence[str]]
"""Ids mapped to the names a person may type instead (an agency's name and short name)."""


class Finding(NamedTuple):
    loc: Loc
    level: Level
    message: Message
    rule: str
    at_key: bool = False


def finding(rule: Rule, loc: Loc, message: Message, *, at_key: bool = False) -> Finding:
    """A finding of `rule`, at the rule's level."""
    return Finding(loc, rule.level, message, rule.id, at_key)


class References(NamedTuple):
    """What records may point at: the ids defined in `plan/` (with the names a person may write
    for them), and the day we check against. None where the plan file that defines them could
    not be used: references to it are then not checked (that file's own problems say why), rather
    than every one of them reported unknown."""

    agencies: Names | None  # agencies and groups: both may lead or support a task
    areas: Names | None
    events: Names | None
    scales: Mapping[str, Scale] | None
    today: dt.date


def _unknown(names: Mapping[str, object] | None, value: str) -> bool:
    return names is not None and value not in names


def duplicate_ids(ids: Sequence[tuple[str, Loc]], kind: str) -> Iterator[Finding]:
    """`rule duplicate-id`: an id defined twice within one kind (`check.kind.<kind>`)."""
    first: dict[str, Loc] = {}
    for value, loc in ids:
        if value in first:
            text = msg("check.duplicate-id", kind=msg(f"check.kind.{kind}"), value=value)
            yield finding(rules.DUPLICATE_ID, loc, text)
        else:
            first[value] = loc


def duplicate_record(loc: Loc, value: str, first: str) -> Finding:
    """A task or target id already used by the record in `first` (its path)."""
    return finding(rules.DUPLICATE_ID, loc, msg("check.duplicate-record", value=value, first=first))


def unknown_agency(loc: Loc, value: str, agencies: Names | None) -> Finding:
    text = msg("check.unknown-agency", value=value, hint=did_you_mean(value, agencies))
    return finding(rules.UNKNOWN_AGENCY, loc, text)


def _unknown_area(loc: Loc, value: str, areas: Names | None) -> Finding:
    text = msg("check.unknown-area", value=value, hint=did_you_mean(value, areas))
    return finding(rules.UNKNOWN_AREA, loc, text)


# Symbols people type without Vietnamese input: the official spelling of each.
_UNACCENTED_SYMBOLS = {"QD": "QĐ", "ND": "NĐ", "HDND": "HĐND"}
_SYMBOL_PARTS = re.compile(r"[A-Za-zĐđ0-9]+")


def _doc_number_spelling(loc: Loc, number: str) -> Finding | None:
    """`45/2017/QD-UBND` is most likely `45/2017/QĐ-UBND`: a warning with the spelling. Every
    symbol it knows holds QD or ND, so a number without either is done with at once (most are)."""
    if "QD" not in number and "ND" not in number:
        return None
    _, slash, symbol = number.partition("/")
    if not slash:
        return None
    for part in _SYMBOL_PARTS.findall(symbol):
        spelling = _UNACCENTED_SYMBOLS.get(part)
        if spelling is not None:
            fixed = number[: len(number) - len(symbol)] + re.sub(
                rf"(?<![A-Za-z]){part}(?![A-Za-z])", spelling, symbol
            )
            text = msg(
                "check.doc-number-spelling",
                value=number,
                symbol=part,
                spelling=spelling,
                fixed=fixed,
            )
            return finding(rules.DOC_NUMBER_SPELLING, loc, text)
    return None


def check_plan(plan: Plan, refs: References) -> Iterator[Finding]:
    for field in ("decision", "implements", "submission"):
        document = getattr(plan, field)
        if document is not None:
            spelling = _doc_number_spelling((field, "number"), document.number)
            if spelling is not None:
                yield spelling
    if plan.reporting and _unknown(refs.agencies, plan.reporting.coordinator):
        yield unknown_agency(
            ("reporting", "coordinator"), plan.reporting.coordinator, refs.agencies
        )


def check_areas(areas: AreasFile, refs: References) -> Iterator[Finding]:
    yield from duplicate_ids(
        [(a.id, ("areas", i, "id")) for i, a in enumerate(areas.areas)], "area"
    )
    for i, area in enumerate(areas.areas):
        if area.lead is not None and _unknown(refs.agencies, area.lead):
            yield unknown_agency(("areas", i, "lead"), area.lead, refs.agencies)


def check_agencies(file: AgenciesFile) -> Iterator[Finding]:
    """Ids unique across agencies and groups (both can be named as a lead), members known."""
    ids: list[tuple[str, Loc]] = [
        (a.id, ("agencies", i, "id")) for i, a in enumerate(file.agencies)
    ]
    ids += [(g.id, ("groups", i, "id")) for i, g in enumerate(file.groups)]
    yield from duplicate_ids(ids, "agency")
    agencies = agency_names(file, groups=False)
    for i, group in enumerate(file.groups):
        for j, member in enumerate(group.members):
            if member not in agencies:
                text = msg(
                    "check.unknown-member",
                    value=member,
                    group=group.id,
                    hint=did_you_mean(member, agencies),
                )
                yield finding(rules.UNKNOWN_AGENCY, ("groups", i, "members", j), text)


def agency_names(file: AgenciesFile, *, groups: bool = True) -> dict[str, list[str]]:
    """Every agency (and group) id with the names a person may write for it."""
    names: dict[str, list[str]] = {
        a.id: [a.name, *([a.short_name] if a.short_name else [])] for a in file.agencies
    }
    if groups:
        for group in file.groups:
            names.setdefault(group.id, [group.name, *group.aliases])
    return names


def check_events(file: EventsFile, today: dt.date) -> Iterator[Finding]:
    yield from duplicate_ids(
        [(e.id, ("events", i, "id")) for i, e in enumerate(file.events)], "event"
    )
    for i, event in enumerate(file.events):
        if event.happened_on is not None and event.happened_on > today:
            text = msg("check.event-in-future", date=event.happened_on.isoformat())
            yield finding(rules.DATE_IN_FUTURE, ("events", i, "happened_on"), text)
        if event.reference is not None and event.happened_on is None:
            text = msg("check.event-incomplete")
            yield finding(rules.EVENT_INCOMPLETE, ("events", i, "reference"), text)


def check_scales(file: ScalesFile) -> Iterator[Finding]:
    yield from duplicate_ids(
        [(s.id, ("scales", i, "id")) for i, s in enumerate(file.scales)], "scale"
    )
    for i, scale in enumerate(file.scales):
        seen: set[str] = set()
        for j, label in enumerate(scale.labels()):
            if label in seen:
                text = msg("check.duplicate-level", label=label, scale=scale.id)
                yield finding(rules.DUPLICATE_LEVEL, ("scales", i, "levels", j), text)
            seen.add(label)


def check_task(task: Task, refs: References) -> Iterator[Finding]:
    areas, agencies = refs.areas, refs.agencies
    if areas is not None and task.area not in areas:
        yield _unknown_area(("area",), task.area, areas)
    if agencies is not None:
        for field, values in (("lead", task.lead), ("support", task.support)):
            for i, value in enumerate(values):
                if value not in agencies:
                    yield unknown_agency((field, i), value, agencies)
    deadline = task.deadline
    if isinstance(deadline, Conditional) and _unknown(refs.events, deadline.after):
        text = msg(
            "check.unknown-event",
            value=deadline.after,
            hint=did_you_mean(deadline.after, refs.events),
        )
        yield finding(rules.UNKNOWN_EVENT, ("deadline", "after"), text)
    if task.updates:
        yield from _check_updates(task, refs.today)


def _check_updates(task: Task, today: dt.date) -> Iterator[Finding]:
    """The log is append-only and tells a story that can have happened: in date order, nothing in
    the future, `done` proven by a document, nothing after `done` but a reopening. The story is
    the effective log (`cchc.corrections`): a corrected entry is judged by its correction, found
    at the correction's place."""
    updates = task.updates
    entries: Iterable[tuple[int, Update]] = enumerate(updates)
    for update in updates:
        if update.corrects is not None or update.reason is not None:
            # Most logs hold no correction: only one that does is checked and resolved as such.
            yield from _check_corrections("updates", updates)
            entries = effective_indexed(updates)
            break
    recurring = isinstance(task.deadline, Recurrence)
    previous: dt.date | None = None
    closed = False
    for i, update in entries:
        loc: Loc = ("updates", i)
        if previous is not None and update.date < previous:
            text = msg(
                "check.update-order", date=update.date.isoformat(), previous=previous.isoformat()
            )
            yield finding(rules.UPDATE_ORDER, (*loc, "date"), text)
        if update.date > today:
            text = msg("check.update-in-future", date=update.date.isoformat())
            yield finding(rules.DATE_IN_FUTURE, (*loc, "date"), text)
        status = update.status
        if closed and status is not Status.IN_PROGRESS:
            yield finding(rules.UPDATE_AFTER_DONE, (*loc, "status"), msg("check.update-after-done"))
        evidence = update.evidence
        if evidence is not None:
            spelling = _doc_number_spelling((*loc, "evidence", "number"), evidence.number)
            if spelling is not None:
                yield spelling
        if status is Status.DONE:
            if evidence is None:
                text = msg("check.done-without-evidence")
                yield finding(rules.DONE_WITHOUT_EVIDENCE, loc, text)
            elif evidence.date > update.date:
                text = msg("check.evidence-date")
                yield finding(rules.EVIDENCE_DATE, (*loc, "evidence", "date"), text)
            if recurring and update.period is None:
                yield finding(rules.RECURRING_PERIOD, loc, msg("check.recurring-period"))
        if status is Status.CANCELLED and update.note is None:
            text = msg("check.cancelled-without-note")
            yield finding(rules.CANCELLED_WITHOUT_NOTE, loc, text)
        closed = status is Status.DONE and not recurring
        previous = update.date if previous is None or update.date > previous else previous


def _check_corrections(key: str, entries: Sequence[Entry]) -> Iterator[Finding]:
    """`correction-target` and `correction-reason` for one list (`updates`, `measurements`)."""
    for i, entry in enumerate(entries):
        loc: Loc = (key, i)
        if entry.corrects is None:
            if entry.reason is not None:
                yield finding(rules.CORRECTION_REASON, (*loc, "reason"), msg("correction.stray"))
            continue
        if entry.reason is None:
            text = msg("correction.reason", n=entry.corrects)
            yield finding(rules.CORRECTION_REASON, (*loc, "corrects"), text)
        if corrected_position(entries, i) is not None:
            continue
        target = entry.corrects - 1
        if 0 <= target < i:
            original = entries[target].corrects
            text = msg("correction.of-correction", n=entry.corrects, original=original)
        else:
            text = msg("correction.target", n=entry.corrects, position=i + 1)
        yield finding(rules.CORRECTION_TARGET, (*loc, "corrects"), text)


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


def _levels(scale: Scale) -> str:
    return quoted(scale.labels())


def check_target(target: Target, refs: References) -> Iterator[Finding]:
    if target.area is not None and _unknown(refs.areas, target.area):
        yield _unknown_area(("area",), target.area, refs.areas)
    if _unknown(refs.agencies, target.owner):
        yield unknown_agency(("owner",), target.owner, refs.agencies)
    scale: Scale | None = None
    if target.scale is not None:
        if refs.scales is None:
            return  # plan/scales.yaml has problems of its own: nothing to check against
        scale = refs.scales.get(target.scale)
        if scale is None:
            text = msg(
                "check.unknown-scale",
                value=target.scale,
                hint=did_you_mean(target.scale, {k: [v.name] for k, v in refs.scales.items()}),
            )
            yield finding(rules.UNKNOWN_SCALE, ("scale",), text)
            return
    # What a measurement is measured in: the scale, the baseline's unit for a change goal, or the unit.
    unit = target.unit
    if target.goal.change is not None and target.baseline is not None:
        unit = target.baseline.unit
    goal = target.goal.value
    if scale is not None:
        if str(goal) not in scale.labels():
            text = msg(
                "check.goal-scale",
                value=goal,
                scale=scale.id,
                levels=_levels(scale),
                hint=did_you_mean(str(goal), scale.labels()),
            )
            yield finding(rules.GOAL_SCALE, ("goal", "value"), text)
    else:
        number = _number(goal)
        if number is None:
            yield finding(
                rules.GOAL_TYPE, ("goal", "value"), msg("check.goal-type", hint=decimal_point(goal))
            )
        elif target.unit is Unit.PERCENT and not 0 <= number <= 100:
            text = msg("check.percent-range", value=f"{number:g}")
            yield finding(rules.VALUE_RANGE, ("goal", "value"), text)
    if target.measurements:
        yield from _check_measurements(target, refs.today, scale, unit)


def _check_measurements(
    target: Target, today: dt.date, scale: Scale | None, unit: Unit | None
) -> Iterator[Finding]:
    yield from _check_corrections("measurements", target.measurements)
    seen: set[str] = set()
    for i, measurement in effective_indexed(target.measurements):
        loc: Loc = ("measurements", i)
        period = parse_period(measurement.period)
        key = str(period)
        if key in seen:
            text = msg("check.measurement-duplicate", period=key)
            yield finding(rules.MEASUREMENT_DUPLICATE, (*loc, "period"), text)
        seen.add(key)
        published = measurement.date or period.end
        if period.start > today or (measurement.date and measurement.date > today):
            text = msg("check.measurement-in-future", date=published.isoformat())
            yield finding(
                rules.DATE_IN_FUTURE, (*loc, "date" if measurement.date else "period"), text
            )
        yield from _check_value(measurement.value, (*loc, "value"), scale, unit)


def _check_value(
    value: object, loc: Loc, scale: Scale | None, unit: Unit | None
) -> Iterator[Finding]:
    number = _number(value)
    if scale is not None:
        if number is not None and scale.level_for(number) is None:
            text = msg("check.scale-without-cutoffs", scale=scale.id, value=f"{number:g}")
            yield finding(rules.MEASUREMENT_SCALE, loc, text)
        elif number is None and str(value) not in scale.labels():
            hint = decimal_point(value) or did_you_mean(str(value), scale.labels())
            text = msg(
                "check.measurement-scale",
                value=value,
                scale=scale.id,
                levels=_levels(scale),
                hint=hint,
            )
            yield finding(rules.MEASUREMENT_SCALE, loc, text)
        return
    if number is None:
        text = msg("check.measurement-type", value=value, hint=decimal_point(value))
        yield finding(rules.MEASUREMENT_TYPE, loc, text)
    elif unit is Unit.PERCENT and not 0 <= number <= 100:
        yield finding(rules.VALUE_RANGE, loc, msg("check.percent-range", value=f"{number:g}"))
    elif number < 0:
        yield finding(rules.VALUE_RANGE, loc, msg("check.negative", value=f"{number:g}"))


def id_matches_file(record_id: str, stem: str) -> Iterator[Finding]:
    if record_id != stem:
        text = msg("check.id-filename", value=record_id, stem=stem)
        yield finding(rules.ID_FILENAME, ("id",), text)


def names_of(records: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Ids mapped to one name each (an area's title, an event's title), for suggestions."""
    return {record_id: [name] for record_id, name in records}


# ----------------------------------------------------------------------------- narrative reports


def check_report_path(
    folder: str, stem: str, agencies: Names, groups: frozenset[str]
) -> Iterator[Finding]:
    """`reports/PERIOD/AGENCY.yaml`: the folder must name a period, the file an agency (a group
    issues no report). `agencies` maps each agency id to its names, for "did you mean"."""
    from cchc.periods import PeriodError

    try:
        parse_period(folder)
    except PeriodError as error:
        text = msg("check.report-period", folder=folder, reason=error.as_message())
        yield finding(rules.REPORT_PERIOD, (), text)
    if stem in agencies:
        return
    if stem in groups:
        yield finding(rules.UNKNOWN_AGENCY, (), msg("check.report-group", value=stem))
        return
    hint = did_you_mean(stem, agencies) or msg("hint.report-file-name")
    text = msg("check.report-agency", value=stem, hint=hint)
    yield finding(rules.UNKNOWN_AGENCY, (), text)


def check_report(report: NarrativeReport, folder: str, refs: References) -> Iterator[Finding]:
    """A narrative report: its areas exist; number and date come together (both mean issued); the
    date is neither in the future nor before the period it reports on begins."""
    from cchc.periods import PeriodError

    for area in report.areas:
        if _unknown(refs.areas, area):
            text = msg("check.unknown-area", value=area, hint=did_you_mean(area, refs.areas))
            yield finding(rules.UNKNOWN_AREA, ("areas", area), text, at_key=True)
    if (report.number is None) != (report.date is None):
        present = "number" if report.number is not None else "date"
        missing = "date" if report.number is not None else "number"
        text = msg("check.report-issued", present=present, missing=missing)
        yield finding(rules.REPORT_ISSUED, (present,), text, at_key=True)
    if report.date is None:
        return
    if report.date > refs.today:
        text = msg("check.report-future", date=report.date.isoformat())
        yield finding(rules.DATE_IN_FUTURE, ("date",), text)
    try:
        start = parse_period(folder).start
    except PeriodError:
        return
    if report.date < start:
        text = msg(
            "check.report-date",
            date=report.date.isoformat(),
            folder=folder,
            start=start.isoformat(),
        )
        yield finding(rules.REPORT_DATE, ("date",), text)
