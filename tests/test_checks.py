"""`cchc.checks`: the rules that need more than one file, called on records directly — each finding's
place, rule, level and words, including the id a typo meant."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from cchc import checks
from cchc.checks import Finding, References
from cchc.model import AgenciesFile, AreasFile, EventsFile, Plan, Scale, ScalesFile, Target, Task

TODAY = dt.date(2021, 6, 30)
PCI = Scale(id="pci", name="Chỉ số PCI", levels=["Rất tốt", "Tốt", "Khá"])
REFS = References(
    agencies={"snv": ["Sở Nội vụ"], "stp": ["Sở Tư pháp", "STP"], "cap-huyen": ["UBND cấp huyện"]},
    areas={"I": ["Cải cách thể chế"], "II": ["Cải cách thủ tục hành chính"]},
    events={"ev-nd": ["Sau khi có Nghị định"]},
    scales={"pci": PCI},
    today=TODAY,
)
UNKNOWN = References(agencies=None, areas=None, events=None, scales=None, today=TODAY)


def task(**fields: Any) -> Task:
    base = {"id": "K1", "kind": "key", "area": "I", "title": "x", "lead": ["snv"], "source": "s"}
    return Task.model_validate({**base, **fields})


def target(**fields: Any) -> Target:
    base = {
        "id": "M1",
        "indicator": "x",
        "quote": "q",
        "source": "s",
        "owner": "snv",
        "unit": "count",
        "goal": {"op": ">=", "value": 10},
        "due": 2020,
    }
    return Target.model_validate({**base, **fields})


def said(findings: Any, lang: str = "vi") -> list[tuple[tuple[Any, ...], str, str, str]]:
    return [(f.loc, f.rule, f.level, f.message.text(lang)) for f in findings]


def test_a_valid_task_and_target_have_no_findings() -> None:
    assert not list(checks.check_task(task(), REFS))
    assert not list(checks.check_target(target(), REFS))


@pytest.mark.parametrize(
    ("lead", "hint"),
    [("STP", " (có phải 'stp'?)"), ("sotp", " (có phải 'stp'?)"), ("zzz", "")],
)
def test_an_unknown_agency_names_the_one_meant(lead: str, hint: str) -> None:
    assert said(checks.check_task(task(lead=[lead]), REFS)) == [
        (
            ("lead", 0),
            "unknown-agency",
            "error",
            f"không có cơ quan hoặc nhóm '{lead}' trong plan/agencies.yaml{hint}",
        )
    ]


def test_unknown_area_event_and_support_in_one_task() -> None:
    found = said(
        checks.check_task(
            task(area="Il", support=["snv", "so-noi-vu-x"], deadline={"after": "ev-n"}), REFS
        ),
        "en",
    )
    assert [f[:2] for f in found] == [
        (("area",), "unknown-area"),
        (("support", 1), "unknown-agency"),
        (("deadline", "after"), "unknown-event"),
    ]
    assert found[2][3] == "no event 'ev-n' in plan/events.yaml (did you mean 'ev-nd'?)"


def test_references_a_broken_plan_file_defines_are_not_checked() -> None:
    assert not list(checks.check_task(task(area="X", lead=["x"], deadline={"after": "e"}), UNKNOWN))
    assert not list(checks.check_target(target(owner="x", scale="s", unit=None), UNKNOWN))


def test_the_update_log_tells_a_story_that_can_have_happened() -> None:
    updates = [
        {"date": "2017-05-01", "status": "in_progress"},
        {"date": "2017-04-01", "status": "done"},
        {"date": "2017-06-01", "status": "cancelled"},
        {"date": "2022-01-01", "status": "in_progress"},
    ]
    assert [(f.loc, f.rule) for f in checks.check_task(task(updates=updates), REFS)] == [
        (("updates", 1, "date"), "update-order"),
        (("updates", 1), "done-without-evidence"),
        (("updates", 2, "status"), "update-after-done"),
        (("updates", 2), "cancelled-without-note"),
        (("updates", 3, "date"), "date-in-future"),
    ]


def test_done_evidence_spelling_and_date_and_a_yearly_period() -> None:
    evidence = {"number": "45/2017/QD-UBND", "date": "2017-06-02"}
    found = said(
        checks.check_task(
            task(
                deadline={"every": "year", "from": 2017, "to": 2020},
                updates=[{"date": "2017-06-01", "status": "done", "evidence": evidence}],
            ),
            REFS,
        ),
        "en",
    )
    assert [(f[0], f[1], f[2]) for f in found] == [
        (("updates", 0, "evidence", "number"), "doc-number-spelling", "warning"),
        (("updates", 0, "evidence", "date"), "evidence-date", "warning"),
        (("updates", 0), "recurring-period", "error"),
    ]
    assert found[0][3] == (
        "document number '45/2017/QD-UBND' writes 'QD' without its Đ; "
        "the official symbol is 'QĐ': '45/2017/QĐ-UBND'"
    )


@pytest.mark.parametrize(
    ("number", "fixed"),
    [
        ("12/QD-UBND", "12/QĐ-UBND"),
        ("108/2014/ND-CP", "108/2014/NĐ-CP"),
        ("5/NQ-HDND", "5/NQ-HĐND"),
        ("536/QĐ-UBND", None),
        ("05/HD-UBND", None),  # HD is Hướng dẫn: no Đ
        ("7/QDA-UBND", None),
    ],
)
def test_document_symbols_without_their_d_stroke(number: str, fixed: str | None) -> None:
    plan = Plan.model_validate(
        {
            "id": "p",
            "title": "t",
            "province": "x",
            "decision": {"number": number, "date": "2017-01-01"},
            "period": "2016..2020",
        }
    )
    found = list(checks.check_plan(plan, REFS))
    if fixed is None:
        assert not found
    else:
        assert [(f.loc, f.rule) for f in found] == [(("decision", "number"), "doc-number-spelling")]
        assert found[0].message.text("vi").endswith(f"'{fixed}'")


def test_goal_and_measurements_against_the_unit_or_scale() -> None:
    found = said(
        checks.check_target(
            target(
                unit="percent",
                goal={"op": ">=", "value": "45,5"},
                measurements=[
                    {"period": 2017, "value": 120, "source": "s"},
                    {"period": 2017, "value": "45,5", "source": "s"},
                    {"period": 2030, "value": 5, "source": "s"},
                ],
            ),
            REFS,
        ),
        "en",
    )
    assert [(f[0], f[1]) for f in found] == [
        (("goal", "value"), "goal-type"),
        (("measurements", 0, "value"), "value-range"),
        (("measurements", 1, "period"), "measurement-duplicate"),
        (("measurements", 1, "value"), "measurement-type"),
        (("measurements", 2, "period"), "date-in-future"),
    ]
    assert found[0][3] == "a goal with a unit needs a number; write decimals with a point: 45.5"
    assert found[1][3] == "percentage 120% is outside 0 – 100"


def test_a_scale_target_suggests_the_level_meant() -> None:
    found = said(
        checks.check_target(
            target(
                unit=None,
                scale="pci",
                goal={"op": ">=", "value": "tot"},
                measurements=[
                    {"period": 2017, "value": "Kha", "source": "s"},
                    {"period": 2018, "value": 3.5, "source": "s"},
                ],
            ),
            REFS,
        ),
        "en",
    )
    assert [(f[0], f[1]) for f in found] == [
        (("goal", "value"), "goal-scale"),
        (("measurements", 0, "value"), "measurement-scale"),
        (("measurements", 1, "value"), "measurement-scale"),
    ]
    assert found[0][3].endswith(": 'Rất tốt', 'Tốt', 'Khá' (did you mean 'Tốt'?)")
    assert "(did you mean 'Khá'?)" in found[1][3]
    assert "lacks a cut-off (min)" in found[2][3]
    assert said(checks.check_target(target(unit=None, scale="pcx"), REFS), "en")[0][3] == (
        "no scale 'pcx' in plan/scales.yaml (did you mean 'pci'?)"
    )


def test_plan_files_ids_unique_members_known_events_complete() -> None:
    agencies = AgenciesFile.model_validate(
        {
            "agencies": [{"id": "a", "name": "A"}, {"id": "b", "name": "Bê"}],
            "groups": [{"id": "a", "name": "G", "members": ["a", "be"]}],
        }
    )
    assert [(f.loc, f.rule) for f in checks.check_agencies(agencies)] == [
        (("groups", 0, "id"), "duplicate-id"),
        (("groups", 0, "members", 1), "unknown-agency"),
    ]
    areas = AreasFile.model_validate(
        {"areas": [{"id": "I", "title": "t", "lead": "x"}, {"id": "I", "title": "u"}]}
    )
    assert [(f.loc, f.rule) for f in checks.check_areas(areas, REFS)] == [
        (("areas", 1, "id"), "duplicate-id"),
        (("areas", 0, "lead"), "unknown-agency"),
    ]
    events = EventsFile.model_validate(
        {
            "events": [
                {"id": "e", "title": "t", "reference": "r"},
                {"id": "f", "title": "t", "happened_on": "2030-01-01"},
            ]
        }
    )
    assert [(f.loc, f.rule, f.level) for f in checks.check_events(events, TODAY)] == [
        (("events", 0, "reference"), "event-incomplete", "warning"),
        (("events", 1, "happened_on"), "date-in-future", "error"),
    ]
    scales = ScalesFile.model_validate(
        {"scales": [{"id": "s", "name": "S", "levels": ["A", "B", "A"]}]}
    )
    assert [(f.loc, f.rule) for f in checks.check_scales(scales)] == [
        (("scales", 0, "levels", 2), "duplicate-level")
    ]
    assert said(checks.duplicate_ids([("x", ("a",)), ("x", ("b",))], "area"), "en") == [
        (("b",), "duplicate-id", "error", "duplicate area id 'x'; each id must be unique")
    ]


def test_an_id_and_its_file_name() -> None:
    assert not list(checks.id_matches_file("K1", "K1"))
    (found,) = checks.id_matches_file("K1", "k1")
    assert found == Finding(("id",), "error", found.message, "id-filename")
    assert (
        found.message.text("en")
        == "id 'K1' differs from the file name 'k1.yaml'; rename one to match"
    )
    duplicate = checks.duplicate_record(("id",), "K1", "tasks/K1.yaml")
    assert (
        duplicate.message.text("en")
        == "id 'K1' is already used in tasks/K1.yaml; each id must be unique"
    )


def test_agency_names_cover_names_short_names_and_groups() -> None:
    agencies = AgenciesFile.model_validate(
        {
            "agencies": [{"id": "stp", "name": "Sở Tư pháp", "short_name": "STP"}],
            "groups": [{"id": "g", "name": "Nhóm", "aliases": ["các sở"], "open": True}],
        }
    )
    assert checks.agency_names(agencies) == {"stp": ["Sở Tư pháp", "STP"], "g": ["Nhóm", "các sở"]}
    assert checks.agency_names(agencies, groups=False) == {"stp": ["Sở Tư pháp", "STP"]}
