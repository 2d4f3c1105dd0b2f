"""Every task of a period in exactly one list (issue #11): the partition of `cchc.report.partition`
on hand-picked cases, on the bundled plan, and as a property over generated datasets and every
kind of period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc.dataset import Dataset
from cchc.loader import load_dataset
from cchc.model import Task
from cchc.periods import Period, parse_period
from cchc.report import build_context
from cchc.report.partition import OF_PERIOD, OTHER_LISTS, Partition, occurrences, partition, place
from cchc.report.tables import count
from conftest import REPO, SAMPLE, Run

D = dt.date


def _load(root: Path) -> Dataset:
    result = load_dataset(root, today=D(2100, 1, 1))
    assert result.dataset is not None and result.ok, result.problems
    return result.dataset


@pytest.fixture(scope="module")
def sample() -> Dataset:
    return _load(SAMPLE)


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return _load(REPO)


def _ids(part: Partition, name: str) -> list[str]:
    return [o.task.id + (f"/{o.year}" if o.year else "") for o in part.of(name)]


def test_the_sample_year_2017(sample: Dataset) -> None:
    part = partition(sample, parse_period("2017"), D(2017, 12, 31))
    assert _ids(part, "done_on_time") == ["K01", "S1b/2017"]
    assert _ids(part, "done_late") == ["K02"]
    assert _ids(part, "unfinished") == ["K07"]
    assert _ids(part, "waiting") == ["K06", "K08"]
    assert _ids(part, "cancelled") == ["K05"]
    assert _ids(part, "carried_over") == ["K03"]
    assert _ids(part, "late_completions") == []
    assert _ids(part, "early_completions") == []  # K04 was reopened in July
    assert _ids(part, "upcoming") == ["K10", "K11", "K04", "S1b/2018"]


def test_a_half_year_sees_early_and_late_completions(sample: Dataset) -> None:
    first = partition(sample, parse_period("2017H1"), D(2017, 6, 30))
    assert _ids(first, "unfinished") == ["K02"]  # due on the period's last day, not done by then
    assert _ids(first, "early_completions") == ["K04", "K01"]  # by the day they were done
    second = partition(sample, parse_period("2017H2"), D(2017, 12, 31))
    assert _ids(second, "late_completions") == ["K02"]
    assert _ids(second, "carried_over") == ["K03"]


def test_a_running_period_counts_what_is_not_yet_due_as_unfinished(sample: Dataset) -> None:
    part = partition(sample, parse_period("2017H2"), D(2017, 8, 15))
    assert _ids(part, "unfinished") == ["K07", "S1b/2017"]
    assert _ids(part, "done_on_time") == ["K01"]  # done in June, due at the end of 2017
    context = build_context(sample, parse_period("2017H2"), D(2017, 8, 15), "vi")
    table = next(p for p in context.appendix.parts if p.number == "5").tables[2]
    days = {row[0]: row[5] for row in table.rows}
    assert days["K07"] == "chưa đến hạn (còn 17 ngày)"


def test_a_yearly_task_counts_once_a_year(sample: Dataset) -> None:
    s1b = occurrences(sample, sample.tasks["S1b"], D(2018, 6, 30))
    assert [(o.year, o.status.value) for o in s1b] == [
        (2017, "done"),
        (2018, "not_started"),
        (2019, "not_started"),
        (2020, "not_started"),
    ]
    whole = partition(sample, parse_period("2016-2020"), D(2020, 12, 31))
    assert [o.year for o in whole.unfinished if o.task.id == "S1b"] == [2018, 2019, 2020]


def test_2017_names_as_unfinished_every_task_overdue_the_next_morning(bundled: Dataset) -> None:
    """Issue #11: `cchc report --period 2017` names every task `cchc overdue --as-of 2018-01-01`
    lists with a 2017 due date."""
    from cchc.status import task_states

    year = parse_period("2017")
    overdue = {
        s.task.id
        for s in task_states(bundled, D(2018, 1, 1))
        if s.state == "overdue" and s.due.due is not None and year.contains(s.due.due)
    }
    part = partition(bundled, year, year.end)
    assert len(overdue) == 19
    assert {o.task.id for o in part.unfinished} == overdue
    c = count(part)
    assert (
        c.total
        == c["done_on_time"] + c["done_late"] + c["unfinished"] + c["waiting"] + c["cancelled"]
    )


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_whole_plan_report_names_every_task(fmt: str, cli: Callable[..., Run]) -> None:
    result = cli("report", "--root", str(REPO), "--period", "2016-2020", "--format", fmt)
    assert result.code == 0, result.err
    task_ids = sorted(p.stem for p in (REPO / "tasks").glob("*.yaml"))
    cell = "| {} |" if fmt == "md" else "<td>{}</td>"
    missing = [i for i in task_ids if cell.format(i) not in result.out]
    assert len(task_ids) == 54 and not missing


# ------------------------------------------------------------------------- the property test

EVENTS = ("ev-pending", "ev-fired", "ev-fired2")  # the sample's: pending, 2017-03-01, 2017-04-01
DAYS = st.dates(D(2016, 1, 1), D(2020, 12, 31))


@st.composite
def deadlines(draw: st.DrawFn) -> object:
    kind = draw(st.sampled_from(["year", "half", "quarter", "month", "day", "window", "after"]))
    year = draw(st.integers(2016, 2020))
    if kind == "year":
        return year
    if kind == "half":
        return f"{year}H{draw(st.integers(1, 2))}"
    if kind == "quarter":
        return f"{year}Q{draw(st.integers(1, 4))}"
    if kind == "month":
        return f"{year}-{draw(st.integers(1, 12)):02d}"
    if kind == "day":
        return draw(DAYS).isoformat()
    if kind == "window":
        return {"from": 2016, "to": year}
    within = draw(st.one_of(st.none(), st.integers(1, 36)))
    rule: dict[str, object] = {"after": draw(st.sampled_from(EVENTS))}
    if within is not None:
        rule["within"] = f"{within}m"
    return rule


@st.composite
def tasks(draw: st.DrawFn, number: int) -> Task:
    yearly = draw(st.booleans()) and draw(st.booleans())
    deadline: object = None
    if yearly:
        first = draw(st.integers(2016, 2020))
        deadline = {"every": "year", "from": first, "to": draw(st.integers(first, 2020))}
    elif draw(st.integers(0, 5)):
        deadline = draw(deadlines())
    days = sorted(draw(st.lists(DAYS, max_size=4)))
    updates = []
    done = False
    for day in days:
        status = draw(st.sampled_from(["in_progress", "done", "cancelled", "in_progress"]))
        if done and not yearly:
            status = "in_progress"  # reopen: nothing else may follow a done
        update: dict[str, object] = {"date": day, "status": status}
        if draw(st.booleans()):
            update["note"] = f"ghi chú {day.isoformat()}"
        if status == "cancelled":
            update["note"] = "Thay thế bởi quy định mới."
        if status == "done":
            update["evidence"] = {"number": f"{number}/QĐ-UBND", "date": day}
            if yearly:
                update["period"] = draw(
                    st.integers(deadline["from"], deadline["to"])  # type: ignore[index]
                )
        updates.append(update)
        done = status == "done"
    return Task.model_validate(
        {
            "id": f"G{number}",
            "kind": "key",
            "area": draw(st.sampled_from(["I", "II"])),
            "title": f"Nhiệm vụ {number}",
            "lead": [draw(st.sampled_from(["snv", "stp", "cap-huyen", "huyen-a", "cac-so"]))],
            "deadline": deadline,
            "source": "Phụ lục",
            "updates": updates,
        }
    )


@st.composite
def datasets(draw: st.DrawFn, base: Dataset) -> Dataset:
    generated = [draw(tasks(i)) for i in range(1, draw(st.integers(1, 8)) + 1)]
    return base._replace(tasks={task.id: task for task in generated})


@st.composite
def periods(draw: st.DrawFn) -> Period:
    year = draw(st.integers(2016, 2020))
    spelled = draw(
        st.sampled_from(
            [
                str(year),
                f"{year}H{draw(st.integers(1, 2))}",
                f"{year}Q{draw(st.integers(1, 4))}",
                f"{year}-{draw(st.integers(1, 12)):02d}",
                draw(DAYS).isoformat(),
                f"{year}..{draw(st.integers(year, 2020))}",
                "2016-2020",
            ]
        )
    )
    return parse_period(spelled)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_occurrence_is_in_exactly_one_list(sample: Dataset, data: st.DataObject) -> None:
    dataset = data.draw(datasets(sample))
    p = data.draw(periods())
    on = p.end + dt.timedelta(days=data.draw(st.integers(-((p.end - p.start).days), 400)))
    part = partition(dataset, p, on)
    names = (*OF_PERIOD, *OTHER_LISTS)
    where: dict[tuple[str, int | None], str] = {}
    for name in names:
        for o in part.of(name):
            key = (o.task.id, o.year)
            assert key not in where, f"{key} in {where[key]} and {name}"
            where[key] = name
    for task in dataset.tasks.values():
        for o in occurrences(dataset, task, on):
            key = (o.task.id, o.year)
            name = place(o, p, on, p.next())
            assert where.get(key) == name
            anchor = o.anchor
            open_ = o.status.value not in ("done", "cancelled")
            # Every task due in the period, and every one still waiting, is one of the period's.
            if (anchor is not None and p.contains(anchor)) or (open_ and o.due is None):
                assert name in OF_PERIOD, (key, name)
            if name == "done_on_time":
                assert o.done_on is not None and o.anchor is not None and p.contains(o.anchor)
                assert o.due is None or o.done_on <= o.due
            elif name == "done_late":
                assert o.due is not None and o.done_on is not None and o.done_on > o.due
            elif name == "unfinished":
                assert open_ and o.due is not None and p.contains(o.due)
            elif name == "waiting":
                assert open_ and o.due is None
            elif name == "cancelled":
                assert o.status.value == "cancelled" and anchor is not None and p.contains(anchor)
            elif name == "carried_over":
                assert open_ and o.due is not None and o.due < p.start
            elif name in ("late_completions", "early_completions"):
                assert o.done_on is not None and p.contains(o.done_on)
                assert anchor is not None and not p.contains(anchor)
            elif name == "upcoming":
                assert open_ and o.due is not None and p.next().contains(o.due)
    # The summary figures are the sizes of the lists, and the total adds up.
    context = build_context(dataset, p, on, "vi")
    figures = [row.in_period for row in context.summary]
    sizes = [len(part.of(name)) for name in names]
    assert figures[0] == str(sum(sizes[: len(OF_PERIOD)]))
    assert figures[1 : 1 + len(names)] == [str(n) for n in sizes]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_whole_plan_report_names_every_generated_task(
    sample: Dataset, data: st.DataObject
) -> None:
    dataset = data.draw(datasets(sample))
    whole = parse_period(sample.plan.period)
    context = build_context(dataset, whole, whole.end, "vi")
    named = {row[0] for part in context.appendix.parts for t in part.tables for row in t.rows}
    assert set(dataset.tasks) <= named
