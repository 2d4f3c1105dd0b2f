"""`cchc.schemaerrors`: every kind of schema error a person can cause, said in both languages with
its rule and the fix — and pointing at the key when the key is what is wrong."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from cchc import model
from cchc.schemaerrors import Described, describe, known_fields, model_at

TASK = {"id": "K99", "kind": "key", "area": "I", "title": "x", "lead": ["snv"], "source": "s"}
TARGET = {
    "id": "M99",
    "indicator": "x",
    "quote": "q",
    "source": "s",
    "owner": "snv",
    "unit": "count",
    "goal": {"op": ">=", "value": 10},
    "due": 2020,
}


def _described(root: type[Any], data: dict[str, Any], **kwargs: Any) -> list[tuple[str, Described]]:
    try:
        root.model_validate(data)
    except ValidationError as error:
        return [
            (".".join(map(str, detail["loc"])), describe(detail, root, **kwargs))
            for detail in error.errors(include_url=False)
        ]
    pytest.fail("the data was valid")


def _one(root: type[Any], data: dict[str, Any], **kwargs: Any) -> tuple[str, str, str, bool]:
    found = _described(root, data, **kwargs)
    assert len(found) == 1, found
    _, described = found[0]
    return (
        described.message.text("vi"),
        described.message.text("en"),
        described.rule.id,
        described.at_key,
    )


def _task(**fields: Any) -> dict[str, Any]:
    return {**TASK, **fields}


def _update(**fields: Any) -> dict[str, Any]:
    return _task(updates=[{"date": "2017-01-01", "status": "in_progress", **fields}])


# (what is written, the rule, a part of the Vietnamese message, a part of the English one)
CASES: dict[str, tuple[type[Any], dict[str, Any], str, str, str]] = {
    "missing": (
        model.Task,
        {k: v for k, v in TASK.items() if k != "source"},
        "missing-field",
        "thiếu trường bắt buộc 'source'",
        "missing required field 'source'",
    ),
    "missing-in-a-part": (
        model.Task,
        _update(evidence={"number": "1/QĐ-UBND"}),
        "missing-field",
        "thiếu trường bắt buộc 'date'",
        "missing required field 'date'",
    ),
    "doc-number": (
        model.Task,
        _update(evidence={"number": "QĐ 1", "date": "2017-01-01"}),
        "doc-number",
        "số văn bản 'QĐ 1' sai dạng",
        "malformed document number 'QĐ 1'",
    ),
    "period": (
        model.Task,
        _task(deadline="2017H3"),
        "period",
        "không hiểu kỳ '2017H3' (chỉ có H1 hoặc H2)",
        "cannot read period '2017H3' (only H1 or H2 exist)",
    ),
    "duration": (
        model.Task,
        _task(deadline={"after": "ev", "within": "30x"}),
        "duration",
        "không hiểu khoảng thời gian '30x'",
        "cannot read duration '30x'",
    ),
    "date-format": (
        model.Task,
        _update(date="10.5.2017"),
        "date",
        "ngày '10.5.2017' không hợp lệ; viết dạng YYYY-MM-DD",
        "invalid date '10.5.2017'; write YYYY-MM-DD",
    ),
    "date-no-such-day": (
        model.Task,
        _update(date="2017-06-31"),
        "date",
        "ngày '2017-06-31' không tồn tại (tháng 6 năm 2017 không có ngày 31)",
        "there is no day '2017-06-31' (June 2017 has no day 31)",
    ),
    "date-no-such-month": (
        model.Task,
        _update(date="2017-13-01"),
        "date",
        "ngày '2017-13-01' không tồn tại (tháng phải từ 1 đến 12)",
        "there is no day '2017-13-01' (the month must be 1 to 12)",
    ),
    "date-day-first": (
        model.Task,
        _update(date="10/5/2017"),
        "date",
        "viết dạng YYYY-MM-DD: 2017-05-10",
        "write YYYY-MM-DD: 2017-05-10",
    ),
    "date-day-first-no-such-day": (
        model.Task,
        _update(date="31/6/2017"),
        "date",
        "ngày '31/6/2017' không tồn tại",
        "there is no day '31/6/2017'",
    ),
    "date-day-first-no-such-month": (
        model.Task,
        _update(date="1/13/2017"),
        "date",
        "(tháng phải từ 1 đến 12)",
        "(the month must be 1 to 12)",
    ),
    "date-not-text": (
        model.Task,
        _update(date=[2017]),
        "date",
        "ngày '[2017]' không hợp lệ",
        "invalid date '[2017]'",
    ),
    "status-word": (
        model.Task,
        _update(status="hoàn thành"),
        "invalid-value",
        "(có phải 'done'?); chọn một trong: 'not_started', 'in_progress', 'done', 'cancelled'",
        "(did you mean 'done'?); expected one of: 'not_started'",
    ),
    "status-typo": (
        model.Task,
        _update(status="canceled"),
        "invalid-value",
        "(có phải 'cancelled'?)",
        "(did you mean 'cancelled'?)",
    ),
    "literal": (
        model.Task,
        _task(kind="chính"),
        "invalid-value",
        "giá trị 'chính' không hợp lệ cho 'kind'; chọn một trong: 'key', 'solution'",
        "invalid value 'chính' for 'kind'; expected one of: 'key', 'solution'",
    ),
    "literal-typo": (
        model.Task,
        _task(kind="solutions"),
        "invalid-value",
        "(có phải 'solution'?)",
        "(did you mean 'solution'?)",
    ),
    "invalid-id": (
        model.Task,
        _task(id="K 99"),
        "invalid-id",
        "mã 'K 99' không hợp lệ cho 'id'",
        "invalid id 'K 99' for 'id'",
    ),
    "empty-text": (
        model.Task,
        _task(title=""),
        "empty",
        "'title' không được để trống",
        "'title' must not be empty",
    ),
    "empty-list": (
        model.Task,
        _task(lead=[]),
        "empty",
        "'lead' không được để trống",
        "'lead' must not be empty",
    ),
    "too-many-entries": (
        model.Task,
        _task(lead=["snv"] * 1001),
        "too-many-entries",
        "'lead' có 1001 mục, nhiều hơn mức tối đa 1000",
        "'lead' has 1001 entries, more than the 1000 allowed",
    ),
    "whole-number": (
        model.Task,
        _task(number="một"),
        "type",
        "'number' phải là số nguyên, không phải 'một'",
        "'number' must be a whole number, not 'một'",
    ),
    "number": (
        model.Target,
        {**TARGET, "baseline": {"period": 2016, "value": "nhiều"}},
        "type",
        "'value' phải là số, không phải 'nhiều'",
        "'value' must be a number, not 'nhiều'",
    ),
    "decimal-comma": (
        model.Target,
        {**TARGET, "baseline": {"period": 2016, "value": "45,5"}},
        "type",
        "số thập phân viết bằng dấu chấm: 45.5",
        "write decimals with a point: 45.5",
    ),
    "text": (
        model.Task,
        _task(title=12),
        "type",
        "'title' phải là chữ, không phải 12",
        "'title' must be text, not 12",
    ),
    "bool": (
        model.Target,
        {**TARGET, "stretch": "có"},
        "type",
        "'stretch' phải là true hoặc false",
        "'stretch' must be true or false",
    ),
    "list": (
        model.Task,
        _task(lead="snv"),
        "type",
        "'lead' phải là một danh sách",
        "'lead' must be a list",
    ),
    "mapping": (
        model.Task,
        _update(evidence="123/QĐ-UBND"),
        "type",
        "'evidence' phải là một bảng khóa: giá trị",
        "'evidence' must be a mapping of key: value",
    ),
    "whole-file": (
        model.AreasFile,
        ["I", "II"],
        "type",  # type: ignore[dict-item]
        "nội dung tệp phải là các dòng 'khóa: giá trị'",
        "the file must hold 'key: value' lines",
    ),
    "range-ge": (
        model.Task,
        _task(number=0),
        "range",
        "'number' = 0 nằm ngoài giới hạn (phải từ 1 trở lên)",
        "'number' = 0 is out of range (it must be at least 1)",
    ),
    "range-le": (
        model.Task,
        _task(deadline={"every": "year", "from": 2017, "to": 2300}),
        "range",
        "'to' = 2300 nằm ngoài giới hạn (tối đa 2199)",
        "'to' = 2300 is out of range (it must be at most 2199)",
    ),
    "figure": (
        model.Target,
        {**TARGET, "goal": {"op": ">=", "value": 1e28}},
        "range",
        "'value' = 1.000e+28 nằm ngoài khoảng in được",
        "'value' = 1.000e+28 is outside what can be printed",
    ),
    "group-members": (
        model.AgenciesFile,
        {"agencies": [], "groups": [{"id": "g", "name": "G"}]},
        "group-members",
        "nhóm đóng cần liệt kê 'members'",
        "a closed group needs 'members'",
    ),
    "unit-or-scale": (
        model.Target,
        {**TARGET, "scale": "pci"},
        "unit-or-scale",
        "đúng một trong hai trường 'unit'",
        "exactly one of 'unit' or 'scale'",
    ),
    "baseline": (
        model.Target,
        {**TARGET, "goal": {"op": "<", "value": 1, "change": "decrease"}},
        "baseline",
        "cần trường 'baseline'",
        "needs a 'baseline'",
    ),
    "recurrence": (
        model.Task,
        _task(deadline={"every": "year", "from": 2020, "to": 2017}),
        "recurrence",
        "năm 'to' đứng trước năm 'from'",
        "'to' is before 'from'",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_error_a_person_can_cause_is_said_with_its_fix(case: str) -> None:
    root, data, rule, vi, en = CASES[case]
    said_vi, said_en, said_rule, at_key = _one(root, data)
    assert said_rule == rule
    assert vi in said_vi
    assert en in said_en
    assert not at_key


@pytest.mark.parametrize(
    ("typo", "meant"), [("staus", "status"), ("notes", "note"), ("evidance", "evidence")]
)
def test_an_unknown_field_points_at_the_key_and_names_the_field_meant(
    typo: str, meant: str
) -> None:
    data = _task(updates=[{"date": "2017-01-01", "status": "in_progress", typo: "x"}])
    if typo == "staus":
        del data["updates"][0]["status"]
    found = dict(_described(model.Task, data))
    described = found[f"updates.0.{typo}"]
    assert described.rule.id == "unknown-field" and described.at_key
    assert f"trường '{typo}' không có trong mẫu (có phải '{meant}'?)" in described.message.text(
        "vi"
    )
    assert "các trường hợp lệ: date, status, note, evidence, period" in described.message.text("vi")
    assert f"unknown field '{typo}' (did you mean '{meant}'?)" in described.message.text("en")


def test_update_for_updates_is_suggested() -> None:
    vi, en, rule, at_key = _one(model.Task, _task(update=[]))
    assert (rule, at_key) == ("unknown-field", True)
    assert "(did you mean 'updates'?)" in en
    assert "(có phải 'updates'?)" in vi


def test_an_unknown_field_in_a_tagged_deadline_names_that_deadline_s_fields() -> None:
    found = dict(_described(model.Task, _task(deadline={"from": 2017, "to": 2018, "untill": 1})))
    message = found["deadline.window.untill"].message.text("en")
    assert "allowed fields: from, to" in message


def test_an_id_that_is_not_well_formed_gets_the_hint_the_loader_gives() -> None:
    def hint(loc: tuple[str | int, ...], value: object) -> str:
        return f" <{loc[0]}:{value}>"

    vi, _en, rule, _ = _one(model.Task, _task(lead=["Sở Tư pháp"]), id_hint=hint)
    assert rule == "invalid-id"
    assert "mã 'Sở Tư pháp' không hợp lệ cho 'lead' <lead:Sở Tư pháp>;" in vi


def test_a_long_value_is_shortened_and_a_huge_number_is_shown_small() -> None:
    vi, _, _, _ = _one(model.Task, _task(kind="x" * 200))
    assert "'" + "x" * 57 + "…'" in vi
    _, en, _, _ = _one(model.Task, _task(number=10**400))
    assert "1.000e+400" in en and len(en) < 200


def test_an_error_without_its_own_words_still_names_the_field() -> None:
    detail: Any = {"type": "something_new", "loc": ("title",), "msg": "Odd input", "input": 1}
    described = describe(detail, model.Task)
    assert described.message.text("en") == "'title': invalid value (Odd input)"
    assert described.rule.id == "invalid-value"


def test_model_at_follows_fields_list_items_and_union_tags() -> None:
    assert model_at(model.Task, ("updates", 0, "evidence", "x")) is model.Document
    assert model_at(model.Task, ("deadline", "window", "x")) is model.Window
    assert model_at(model.Target, ("goal", "x")) is model.Goal
    assert model_at(model.Task, ("x",)) is model.Task
    assert model_at(model.Task, ("title", "x")) is None


def test_known_fields_are_every_field_and_alias_at_any_depth() -> None:
    fields = known_fields()
    assert {"id", "updates", "evidence", "number", "from", "from_", "within", "min"} <= fields
    assert "staus" not in fields
