"""`cchc.recording`: the entry `update` and `measure` append, from what a clerk types."""

from __future__ import annotations

import datetime as dt

import pytest

from cchc.errors import UserError
from cchc.model import Scale, Status, Target, Task
from cchc.recording import (
    MeasurementInput,
    UpdateInput,
    measurement_entry,
    parse_day,
    parse_status,
    parse_value,
    update_entry,
)

TODAY = dt.date(2026, 12, 1)


def _task(**extra: object) -> Task:
    data: dict[str, object] = {
        "id": "T06",
        "kind": "key",
        "area": "III",
        "title": "Đề án",
        "lead": ["snv"],
        "deadline": 2017,
        "source": "Phụ lục, STT 6",
    }
    data.update(extra)
    return Task.model_validate(data)


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("done", Status.DONE),
        ("xong", Status.DONE),
        ("Hoàn thành", Status.DONE),
        ("hoan thanh", Status.DONE),
        ("ĐÃ HOÀN THÀNH", Status.DONE),
        ("đang thực hiện", Status.IN_PROGRESS),
        ("in progress", Status.IN_PROGRESS),
        ("chưa thực hiện", Status.NOT_STARTED),
        ("hủy", Status.CANCELLED),
        ("huỷ", Status.CANCELLED),
        ("cancelled", Status.CANCELLED),
    ],
)
def test_status_words_staff_say(word: str, status: Status) -> None:
    assert parse_status(word) is status


def test_an_unknown_status_word_suggests_the_likely_one() -> None:
    with pytest.raises(UserError) as caught:
        parse_status("hoan than")
    assert caught.value.code == 2
    assert "hoàn thành" in caught.value.text("vi")
    assert "did you mean" in caught.value.text("en")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2017-10-20", dt.date(2017, 10, 20)),
        ("20/10/2017", dt.date(2017, 10, 20)),
        ("5/1/2018", dt.date(2018, 1, 5)),
    ],
)
def test_days_as_people_write_them(text: str, day: dt.date) -> None:
    assert parse_day(text, today=TODAY, field="--date") == day


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("31/06/2017", "does not exist"),
        ("2017-02-29", "does not exist"),
        ("20/10/17", "is not a day"),
        ("hôm qua", "is not a day"),
        ("2027-01-01", "after today"),
    ],
)
def test_days_that_cannot_be_recorded(text: str, key: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_day(text, today=TODAY, field="--date")
    assert key in caught.value.text("en")


def test_an_update_follows_the_log() -> None:
    task = _task(updates=[{"date": "2017-05-10", "status": "in_progress"}])
    entry = update_entry(
        task,
        UpdateInput(Status.DONE, dt.date(2017, 10, 20), evidence_number="3456/QĐ-UBND"),
    )
    assert entry == {
        "date": dt.date(2017, 10, 20),
        "status": "done",
        "evidence": {"number": "3456/QĐ-UBND", "date": dt.date(2017, 10, 20)},
    }


def test_an_update_before_the_last_entry_is_refused() -> None:
    task = _task(updates=[{"date": "2017-05-10", "status": "in_progress"}])
    with pytest.raises(UserError) as caught:
        update_entry(task, UpdateInput(Status.IN_PROGRESS, dt.date(2017, 5, 9)))
    assert caught.value.code == 1
    assert "2017-05-10" in caught.value.text("en")


def test_after_done_only_a_reopening_with_a_note() -> None:
    done = [
        {
            "date": "2017-10-20",
            "status": "done",
            "evidence": {"number": "3456/QĐ-UBND", "date": "2017-10-20"},
        }
    ]
    task = _task(updates=done)
    with pytest.raises(UserError):
        update_entry(task, UpdateInput(Status.IN_PROGRESS, dt.date(2017, 11, 1)))
    with pytest.raises(UserError):
        update_entry(task, UpdateInput(Status.CANCELLED, dt.date(2017, 11, 1), note="x"))
    entry = update_entry(
        task, UpdateInput(Status.IN_PROGRESS, dt.date(2017, 11, 1), note="Sửa đổi")
    )
    assert entry["status"] == "in_progress"


def test_done_needs_evidence_cancel_needs_a_note_yearly_needs_its_year() -> None:
    with pytest.raises(UserError) as caught:
        update_entry(_task(), UpdateInput(Status.DONE, dt.date(2017, 10, 20)))
    assert "--evidence" in caught.value.text("en")
    with pytest.raises(UserError) as caught:
        update_entry(_task(), UpdateInput(Status.CANCELLED, dt.date(2017, 10, 20)))
    assert "--note" in caught.value.text("en")
    yearly = _task(deadline={"every": "year", "from": 2017, "to": 2020})
    given = UpdateInput(Status.DONE, dt.date(2018, 1, 5), evidence_number="1/BC-SNV")
    with pytest.raises(UserError) as caught:
        update_entry(yearly, given)
    assert "--period" in caught.value.text("en")
    with pytest.raises(UserError):
        update_entry(yearly, UpdateInput(**{**given.__dict__, "year": 2021}))
    entry = update_entry(yearly, UpdateInput(**{**given.__dict__, "year": 2017}))
    assert entry["period"] == 2017


def _target(**extra: object) -> Target:
    data: dict[str, object] = {
        "id": "M01",
        "indicator": "Tỷ lệ",
        "quote": "…",
        "source": "I.1.b",
        "owner": "snv",
        "goal": {"op": ">=", "value": 80},
        "due": 2020,
        "unit": "percent",
    }
    data.update(extra)
    return Target.model_validate(data)


@pytest.mark.parametrize(
    ("text", "value"), [("45", 45), ("45,5", 45.5), ("45.5", 45.5), ("1.234", 1.234), ("-3", -3)]
)
def test_numbers_with_a_decimal_comma(text: str, value: float) -> None:
    assert parse_value(text, _target(), None) == value


@pytest.mark.parametrize("text", ["1,234", "abc", "45%", "nan", ""])
def test_numbers_that_would_be_guesses(text: str) -> None:
    with pytest.raises(UserError):
        parse_value(text, _target(), None)


def test_a_scale_level_is_matched_like_an_id() -> None:
    scale = Scale(id="pci", name="PCI", levels=["Rất tốt", "Tốt", "Khá"])
    target = _target(unit=None, scale="pci", goal={"op": ">=", "value": "Tốt"})
    assert parse_value("tot", target, scale) == "Tốt"
    assert parse_value("RẤT TỐT", target, scale) == "Rất tốt"
    with pytest.raises(UserError) as caught:
        parse_value("Kha gioi", target, scale)
    assert "Khá" in caught.value.text("en")


def test_a_measurement_needs_its_source() -> None:
    assert measurement_entry(MeasurementInput("2019", 45.5, "Báo cáo số 1/BC-SNV")) == {
        "period": 2019,
        "value": 45.5,
        "source": "Báo cáo số 1/BC-SNV",
    }
    with pytest.raises(UserError):
        measurement_entry(MeasurementInput("2019", 45.5, "  "))


def test_a_year_is_recorded_for_a_yearly_task_only() -> None:
    yearly = _task(deadline={"every": "year", "from": 2017, "to": 2020})
    entry = update_entry(yearly, UpdateInput(Status.IN_PROGRESS, dt.date(2018, 3, 1), year=2018))
    assert entry["period"] == 2018
    with pytest.raises(UserError) as caught:
        update_entry(_task(), UpdateInput(Status.IN_PROGRESS, dt.date(2018, 3, 1), year=2018))
    assert "not yearly" in caught.value.text("en")
