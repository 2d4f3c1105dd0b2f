"""Consistency rules that need more than one file's shape (SPEC §7).

Each rule returns `Finding`s — where in the record (a pydantic-style `loc`), how bad, what to say — and
knows nothing of YAML or files; the loader turns a finding's `loc` into a line and column. Rule ids
are stable: they appear in every problem line (`[unknown-agency]`) and in the README.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from cchc.model import (
    AgenciesFile,
    AreasFile,
    Conditional,
    EventsFile,
    NarrativeReport,
    Plan,
    Recurrence,
    Scale,
    ScalesFile,
    Status,
    Target,
    Task,
    Unit,
)
from cchc.periods import parse_period
from cchc.problems import Level

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Finding:
    loc: Loc
    level: Level
    message: str
    message_en: str
    rule: str
    at_key: bool = False


def _error(loc: Loc, vi: str, en: str, rule: str, *, at_key: bool = False) -> Finding:
    return Finding(loc, "error", vi, en, rule, at_key)


def _warning(loc: Loc, vi: str, en: str, rule: str) -> Finding:
    return Finding(loc, "warning", vi, en, rule)


@dataclass(frozen=True)
class References:
    """What records may point at: the ids defined in `plan/`, and the day we check against."""

    agencies: frozenset[str]  # agencies and groups: both may lead or support a task
    areas: frozenset[str]
    events: frozenset[str]
    scales: Mapping[str, Scale]
    today: dt.date


def duplicate_ids(ids: Sequence[tuple[str, Loc]], kind_vi: str, kind_en: str) -> Iterator[Finding]:
    """`rule duplicate-id`: an id defined twice within one kind."""
    first: dict[str, Loc] = {}
    for value, loc in ids:
        if value in first:
            yield _error(
                loc,
                f"mã {kind_vi} '{value}' bị trùng; mỗi mã chỉ được dùng một lần",
                f"duplicate {kind_en} id '{value}'; each id must be unique",
                "duplicate-id",
            )
        else:
            first[value] = loc


def _unknown_agency(loc: Loc, value: str) -> Finding:
    return _error(
        loc,
        f"không có cơ quan hoặc nhóm '{value}' trong plan/agencies.yaml",
        f"no agency or group '{value}' in plan/agencies.yaml",
        "unknown-agency",
    )


def _unknown_area(loc: Loc, value: str) -> Finding:
    return _error(
        loc,
        f"không có lĩnh vực '{value}' trong plan/areas.yaml",
        f"no area '{value}' in plan/areas.yaml",
        "unknown-area",
    )


def check_plan(plan: Plan, refs: References) -> Iterator[Finding]:
    if plan.reporting and plan.reporting.coordinator not in refs.agencies:
        yield _unknown_agency(("reporting", "coordinator"), plan.reporting.coordinator)


def check_areas(areas: AreasFile, refs: References) -> Iterator[Finding]:
    yield from duplicate_ids(
        [(a.id, ("areas", i, "id")) for i, a in enumerate(areas.areas)], "lĩnh vực", "area"
    )
    for i, area in enumerate(areas.areas):
        if area.lead is not None and area.lead not in refs.agencies:
            yield _unknown_agency(("areas", i, "lead"), area.lead)


def check_agencies(file: AgenciesFile) -> Iterator[Finding]:
    """Ids unique across agencies and groups (both can be named as a lead), members known."""
    ids: list[tuple[str, Loc]] = [
        (a.id, ("agencies", i, "id")) for i, a in enumerate(file.agencies)
    ]
    ids += [(g.id, ("groups", i, "id")) for i, g in enumerate(file.groups)]
    yield from duplicate_ids(ids, "cơ quan/nhóm", "agency/group")
    agencies = {a.id for a in file.agencies}
    for i, group in enumerate(file.groups):
        for j, member in enumerate(group.members):
            if member not in agencies:
                yield _error(
                    ("groups", i, "members", j),
                    f"thành viên '{member}' của nhóm '{group.id}' không có trong danh sách agencies",
                    f"member '{member}' of group '{group.id}' is not in the agencies list",
                    "unknown-agency",
                )


def check_events(file: EventsFile, today: dt.date) -> Iterator[Finding]:
    yield from duplicate_ids(
        [(e.id, ("events", i, "id")) for i, e in enumerate(file.events)], "sự kiện", "event"
    )
    for i, event in enumerate(file.events):
        if event.happened_on is not None and event.happened_on > today:
            yield _error(
                ("events", i, "happened_on"),
                f"ngày {event.happened_on.isoformat()} ở sau ngày hôm nay; "
                "chỉ ghi khi sự kiện đã xảy ra",
                f"date {event.happened_on.isoformat()} is after today; "
                "record an event once it has happened",
                "date-in-future",
            )
        if event.reference is not None and event.happened_on is None:
            yield _warning(
                ("events", i, "reference"),
                "có 'reference' nhưng thiếu 'happened_on': sự kiện vẫn được coi là chưa xảy ra",
                "'reference' without 'happened_on': the event still counts as pending",
                "event-incomplete",
            )


def check_scales(file: ScalesFile) -> Iterator[Finding]:
    yield from duplicate_ids(
        [(s.id, ("scales", i, "id")) for i, s in enumerate(file.scales)], "thang bậc", "scale"
    )
    for i, scale in enumerate(file.scales):
        labels = scale.labels()
        seen: set[str] = set()
        for j, label in enumerate(labels):
            if label in seen:
                yield _error(
                    ("scales", i, "levels", j),
                    f"bậc '{label}' bị lặp trong thang '{scale.id}'",
                    f"level '{label}' repeated in scale '{scale.id}'",
                    "duplicate-level",
                )
            seen.add(label)


def check_task(task: Task, refs: References) -> Iterator[Finding]:
    if task.area not in refs.areas:
        yield _unknown_area(("area",), task.area)
    for field, values in (("lead", task.lead), ("support", task.support)):
        for i, value in enumerate(values):
            if value not in refs.agencies:
                yield _unknown_agency((field, i), value)
    deadline = task.deadline
    if isinstance(deadline, Conditional) and deadline.after not in refs.events:
        yield _error(
            ("deadline", "after"),
            f"không có sự kiện '{deadline.after}' trong plan/events.yaml",
            f"no event '{deadline.after}' in plan/events.yaml",
            "unknown-event",
        )
    yield from _check_updates(task, refs.today)


def _check_updates(task: Task, today: dt.date) -> Iterator[Finding]:
    """The log is append-only and tells a story that can have happened: in date order, nothing in
    the future, `done` proven by a document, nothing after `done` but a reopening."""
    recurring = isinstance(task.deadline, Recurrence)
    previous: dt.date | None = None
    closed = False
    for i, update in enumerate(task.updates):
        loc: Loc = ("updates", i)
        if previous is not None and update.date < previous:
            yield _error(
                (*loc, "date"),
                f"cập nhật ngày {update.date.isoformat()} đứng sau cập nhật ngày "
                f"{previous.isoformat()}; ghi các cập nhật theo thứ tự ngày, cũ trước mới sau",
                f"update dated {update.date.isoformat()} comes after one dated "
                f"{previous.isoformat()}; keep updates in date order, oldest first",
                "update-order",
            )
        if update.date > today:
            yield _error(
                (*loc, "date"),
                f"ngày {update.date.isoformat()} ở sau ngày hôm nay; "
                "không thể báo cáo việc chưa xảy ra",
                f"date {update.date.isoformat()} is after today; "
                "nothing can be reported before it happens",
                "date-in-future",
            )
        if closed and update.status is not Status.IN_PROGRESS:
            yield _error(
                (*loc, "status"),
                "nhiệm vụ đã hoàn thành; muốn ghi tiếp phải mở lại bằng status: in_progress",
                "the task is done; reopen it with status: in_progress before anything else",
                "update-after-done",
            )
        if update.status is Status.DONE:
            if update.evidence is None:
                yield _error(
                    loc,
                    "cập nhật 'done' cần 'evidence': số và ngày văn bản là sản phẩm của nhiệm vụ",
                    "a 'done' update needs 'evidence': the number and date of the product document",
                    "done-without-evidence",
                )
            elif update.evidence.date > update.date:
                yield _warning(
                    (*loc, "evidence", "date"),
                    "văn bản minh chứng có ngày sau ngày cập nhật",
                    "the evidence is dated after the update",
                    "evidence-date",
                )
            if recurring and update.period is None:
                yield _error(
                    loc,
                    "nhiệm vụ hàng năm: cập nhật 'done' cần 'period' (năm được hoàn thành)",
                    "a yearly task's 'done' update needs 'period' (the year it completes)",
                    "recurring-period",
                )
        if update.status is Status.CANCELLED and update.note is None:
            yield _error(
                loc,
                "cập nhật 'cancelled' cần 'note' nêu lý do",
                "a 'cancelled' update needs a 'note' saying why",
                "cancelled-without-note",
            )
        closed = update.status is Status.DONE and not recurring
        previous = update.date if previous is None else max(previous, update.date)


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


def check_target(target: Target, refs: References) -> Iterator[Finding]:
    if target.area is not None and target.area not in refs.areas:
        yield _unknown_area(("area",), target.area)
    if target.owner not in refs.agencies:
        yield _unknown_agency(("owner",), target.owner)
    scale: Scale | None = None
    if target.scale is not None:
        scale = refs.scales.get(target.scale)
        if scale is None:
            yield _error(
                ("scale",),
                f"không có thang bậc '{target.scale}' trong plan/scales.yaml",
                f"no scale '{target.scale}' in plan/scales.yaml",
                "unknown-scale",
            )
            return
    # What a measurement is measured in: the scale, the baseline's unit for a change goal, or the unit.
    unit = target.unit
    if target.goal.change is not None and target.baseline is not None:
        unit = target.baseline.unit
    if scale is not None:
        labels = scale.labels()
        if str(target.goal.value) not in labels:
            yield _error(
                ("goal", "value"),
                f"'{target.goal.value}' không phải một bậc của thang '{scale.id}': "
                + ", ".join(labels),
                f"'{target.goal.value}' is not a level of scale '{scale.id}': " + ", ".join(labels),
                "goal-scale",
            )
    else:
        goal = _number(target.goal.value)
        if goal is None:
            yield _error(
                ("goal", "value"),
                "mục tiêu theo đơn vị cần một con số",
                "a goal with a unit needs a number",
                "goal-type",
            )
        elif target.unit is Unit.PERCENT and not 0 <= goal <= 100:
            yield _error(
                ("goal", "value"),
                f"tỷ lệ {goal:g}% nằm ngoài 0 – 100",
                f"percentage {goal:g}% is outside 0 – 100",
                "value-range",
            )
    seen: set[str] = set()
    for i, measurement in enumerate(target.measurements):
        loc: Loc = ("measurements", i)
        period = parse_period(measurement.period)
        key = str(period)
        if key in seen:
            yield _warning(
                (*loc, "period"),
                f"kỳ {key} đã có số liệu ở trên; số liệu sau cùng được dùng",
                f"period {key} is measured twice; the later one is used",
                "measurement-duplicate",
            )
        seen.add(key)
        published = measurement.date or period.end
        if period.start > refs.today or (measurement.date and measurement.date > refs.today):
            yield _error(
                (*loc, "date" if measurement.date else "period"),
                f"số liệu ghi cho ngày {published.isoformat()}, sau ngày hôm nay",
                f"measurement dated {published.isoformat()}, after today",
                "date-in-future",
            )
        yield from _check_value(measurement.value, (*loc, "value"), scale, unit)


def _check_value(
    value: object, loc: Loc, scale: Scale | None, unit: Unit | None
) -> Iterator[Finding]:
    if scale is not None:
        labels = scale.labels()
        number = _number(value)
        if number is not None and scale.level_for(number) is None:
            yield _error(
                loc,
                f"thang '{scale.id}' chưa có ngưỡng (min) cho mọi bậc nên không xếp được số {number:g}; "
                "ghi tên bậc, hoặc bổ sung ngưỡng vào plan/scales.yaml",
                f"scale '{scale.id}' lacks a cut-off (min) for some level, so {number:g} cannot be "
                "placed; record the level's name, or add the cut-offs to plan/scales.yaml",
                "measurement-scale",
            )
        elif number is None and str(value) not in labels:
            yield _error(
                loc,
                f"'{value}' không phải một bậc của thang '{scale.id}': " + ", ".join(labels),
                f"'{value}' is not a level of scale '{scale.id}': " + ", ".join(labels),
                "measurement-scale",
            )
        return
    number = _number(value)
    if number is None:
        yield _error(
            loc,
            f"số liệu '{value}' phải là một con số",
            f"measurement '{value}' must be a number",
            "measurement-type",
        )
    elif unit is Unit.PERCENT and not 0 <= number <= 100:
        yield _error(
            loc,
            f"tỷ lệ {number:g}% nằm ngoài 0 – 100",
            f"percentage {number:g}% is outside 0 – 100",
            "value-range",
        )
    elif number < 0:
        yield _error(
            loc,
            f"số liệu {number:g} không được âm",
            f"measurement {number:g} must not be negative",
            "value-range",
        )


def id_matches_file(record_id: str, stem: str) -> Iterator[Finding]:
    if record_id != stem:
        yield _error(
            ("id",),
            f"mã '{record_id}' khác tên tệp '{stem}.yaml'; đổi tên tệp hoặc sửa mã cho khớp",
            f"id '{record_id}' differs from the file name '{stem}.yaml'; rename one to match",
            "id-filename",
        )


# ----------------------------------------------------------------------------- narrative reports


def check_report_path(
    folder: str, stem: str, agencies: Mapping[str, Sequence[str]], groups: frozenset[str]
) -> Iterator[Finding]:
    """`reports/PERIOD/AGENCY.yaml`: the folder must name a period, the file an agency (a group
    issues no report). `agencies` maps each agency id to its names, for "did you mean"."""
    from cchc.periods import PeriodError
    from cchc.suggest import suggest

    try:
        parse_period(folder)
    except PeriodError as error:
        yield _error(
            (),
            f"thư mục reports/{folder} phải mang tên một kỳ: {error.message('vi')}",
            f"the folder reports/{folder} must be named after a period: {error.message('en')}",
            "report-period",
        )
    if stem in agencies:
        return
    if stem in groups:
        yield _error(
            (),
            f"'{stem}' là một nhóm; mỗi cơ quan gửi báo cáo của mình: đặt tên tệp theo mã cơ quan",
            f"'{stem}' is a group; each agency sends its own report: name the file after the agency",
            "unknown-agency",
        )
        return
    near = suggest(stem, agencies)
    hint_vi = f"; có phải '{near[0]}'?" if near else "; tên tệp là mã cơ quan"
    hint_en = f"; did you mean '{near[0]}'?" if near else "; the file name is the agency's id"
    yield _error(
        (),
        f"không có cơ quan '{stem}' trong plan/agencies.yaml{hint_vi}",
        f"no agency '{stem}' in plan/agencies.yaml{hint_en}",
        "unknown-agency",
    )


def check_report(report: NarrativeReport, folder: str, refs: References) -> Iterator[Finding]:
    """A narrative report: its areas exist; number and date come together (both mean issued); the
    date is neither in the future nor before the period it reports on begins."""
    from cchc.periods import PeriodError
    from cchc.suggest import suggest

    for area in report.areas:
        if area not in refs.areas:
            near = suggest(area, refs.areas)
            hint = f" (có phải '{near[0]}'?)" if near else ""
            hint_en = f" (did you mean '{near[0]}'?)" if near else ""
            yield _error(
                ("areas", area),
                f"không có lĩnh vực '{area}' trong plan/areas.yaml{hint}",
                f"no area '{area}' in plan/areas.yaml{hint_en}",
                "unknown-area",
                at_key=True,
            )
    if (report.number is None) != (report.date is None):
        present = "number" if report.number is not None else "date"
        missing = "date" if report.number is not None else "number"
        yield _error(
            (present,),
            f"có '{present}' nhưng thiếu '{missing}': khi báo cáo đã ban hành, ghi cả số và ngày; "
            "khi chưa ban hành, bỏ cả hai",
            f"'{present}' without '{missing}': once the report is issued give both its number and "
            "its date; until then give neither",
            "report-issued",
            at_key=True,
        )
    if report.date is None:
        return
    if report.date > refs.today:
        yield _error(
            ("date",),
            f"ngày {report.date.isoformat()} ở sau ngày hôm nay; chỉ ghi khi báo cáo đã ban hành",
            f"date {report.date.isoformat()} is after today; record it once the report is issued",
            "date-in-future",
        )
    try:
        start = parse_period(folder).start
    except PeriodError:
        return
    if report.date < start:
        yield _error(
            ("date",),
            f"báo cáo đề ngày {report.date.isoformat()}, trước khi kỳ {folder} bắt đầu "
            f"({start.isoformat()}); kiểm tra ngày hoặc thư mục kỳ",
            f"the report is dated {report.date.isoformat()}, before the period {folder} begins "
            f"({start.isoformat()}); check the date or the period folder",
            "report-date",
        )
