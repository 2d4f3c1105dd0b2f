"""`cchc.model`: the shape of each file kind — immutable records, figures that every output can
print, lists that stay bounded, period errors worded in either language."""

from __future__ import annotations

import dataclasses
import sys

import pytest
from pydantic import ValidationError

from cchc import model
from cchc.bounds import MAX_ENTRIES, MAX_FIGURE, figure_text
from cchc.model import STATUS_WORDS, Status, Task, Update, period_problem

TASK = {"id": "K1", "kind": "key", "area": "I", "title": "x", "lead": ["snv"], "source": "s"}


def _errors(kind: type[model.Record], data: object) -> list[str]:
    try:
        kind.model_validate(data)
    except ValidationError as error:
        return [e["type"] for e in error.errors()]
    return []


def test_records_and_their_parts_are_immutable() -> None:
    task = Task.model_validate({**TASK, "updates": [{"date": "2017-01-01", "status": "done"}]})
    with pytest.raises(ValidationError):
        task.title = "y"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        task.updates[0].note = "y"  # type: ignore[misc]
    assert task.updates[0] == Update(date=task.updates[0].date, status=Status.DONE)


def test_a_part_of_a_file_holds_no_per_object_dict() -> None:
    # The memory of half a million updates and documents at 100,000 tasks.
    update = Update.__new__(Update)
    assert not hasattr(update, "__dict__")
    assert sys.getsizeof(update) < 100


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (0, True),
        (12.5, True),
        (MAX_FIGURE, True),
        (-MAX_FIGURE, True),
        (1e-6, True),
        (MAX_FIGURE + 1, False),
        (1e28, False),
        (10**400, False),
        (1e-7, False),
        (5e-324, False),
        (float("inf"), False),
        (float("nan"), False),
        ("Tốt", True),
    ],
)
def test_figures_are_finite_and_printable(value: object, ok: bool) -> None:
    data = {
        **{k: TASK[k] for k in ("id", "source")},
        "indicator": "x",
        "quote": "q",
        "owner": "snv",
        "unit": "count",
        "goal": {"op": ">=", "value": value},
        "due": 2020,
    }
    errors = _errors(model.Target, data)
    assert errors == ([] if ok else ["figure_range"])


def test_figure_text_shows_any_size_in_a_few_characters() -> None:
    assert figure_text(45.5) == "45.5"
    assert figure_text(12) == "12"
    assert figure_text(1e28) == "1.000e+28"
    assert figure_text(10**400) == "1.000e+400"
    assert figure_text(float("inf")) == "inf"


@pytest.mark.parametrize("field", ["updates", "lead", "support"])
def test_a_list_past_its_cap_is_one_error(field: str) -> None:
    entry = {"x": 1} if field == "updates" else "snv"
    assert _errors(Task, {**TASK, field: [entry] * (MAX_ENTRIES + 1)}) == ["too_long"]


def test_a_list_at_its_cap_is_checked_entry_by_entry() -> None:
    assert len(_errors(Task, {**TASK, "updates": [{"x": 1}] * 3})) == 9


def test_period_problems_are_messages_in_both_languages() -> None:
    problem = period_problem("2017H3")
    assert problem is not None
    assert problem.text("vi").startswith("không hiểu kỳ '2017H3' (chỉ có H1 hoặc H2)")
    assert problem.text("en").startswith("cannot read period '2017H3' (only H1 or H2 exist)")
    assert period_problem("2017H1") is None
    assert _errors(Task, {**TASK, "deadline": "2017H3"}) == ["period"]


def test_every_status_has_the_words_staff_say() -> None:
    assert set(STATUS_WORDS) == set(Status)
    assert "xong" in STATUS_WORDS[Status.DONE]
    assert "đang thực hiện" in STATUS_WORDS[Status.IN_PROGRESS]
