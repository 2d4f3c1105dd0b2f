"""`cchc.cli.prompts.ask`: one question a line, defaults, re-asking after a wrong answer."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from cchc.cli.prompts import Question, Stop, ask
from cchc.recording import parse_day, parse_status

TODAY = dt.date(2026, 12, 1)


def _ask(question: Question[object], answers: str, lang: str = "vi") -> tuple[object, str]:
    stderr = io.StringIO()
    value = ask(question, lang, io.StringIO(answers), stderr)
    return value, stderr.getvalue()


def test_enter_takes_the_default_and_choices_are_shown() -> None:
    question = Question(
        "status", parse_status, default="xong", choices=("đang thực hiện", "xong", "hủy")
    )
    value, said = _ask(question, "\n")
    assert str(value) == "done"
    assert said == "Trạng thái [đang thực hiện / xong / hủy] (xong): "


def test_a_wrong_answer_is_explained_and_asked_again() -> None:
    question = Question("date", lambda text: parse_day(text, today=TODAY, field="ngày"))
    value, said = _ask(question, "31/06/2017\n\n30/06/2017\n")
    assert value == dt.date(2017, 6, 30)
    assert said.count("Ngày: ") == 3
    assert "không có trên lịch" in said and "cần trả lời" in said


def test_an_optional_field_left_empty_is_none() -> None:
    value, said = _ask(Question("note", str, optional=True), "\n", "en")
    assert value is None
    assert said == "Note (Enter to skip): "


def test_end_of_input_stops() -> None:
    with pytest.raises(Stop):
        _ask(Question("note", str), "")
