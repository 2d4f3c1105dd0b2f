"""History is append-only (`cchc.history.check_history`): each kind of rewrite between two
revisions is one problem with its rule and place, and what is not a rewrite (appending, new
records, reformatting) gives none."""

from __future__ import annotations

from typing import Any

import yaml as pyyaml
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.history import check_history
from cchc.history.values import canon
from cchc.problems import Problem
from cchc.revisions import RevisionFile

TASK = """\
id: T01
kind: key
area: III
title: Đề án Trung tâm Dịch vụ hành chính công
lead: [snv]
product: Quyết định phê duyệt Đề án
deadline: 2017
deadline_text: Năm 2017
source: Phụ lục, STT 6
updates:
  - date: 2017-05-10
    status: in_progress
    note: Đã trình dự thảo.
  - date: 2017-10-20
    status: done
    evidence: {number: 3456/QĐ-UBND, date: 2017-10-20}
"""

TARGET = """\
id: M05
indicator: Tỷ lệ UBND cấp xã có Bộ phận một cửa hiện đại
quote: "… phấn đấu có trên 30% UBND cấp xã"
source: I.1.b, gạch đầu dòng 2
owner: snv
unit: percent
goal: {op: ">", value: 30}
stretch: true
due: 2020
measurements:
  - {period: 2017, value: 12.6, source: "Báo cáo số 45/BC-SNV"}
"""


def files(**texts: str) -> dict[str, RevisionFile]:
    """`files(tasks__T01="…")` → {"tasks/T01.yaml": RevisionFile}."""
    out = {}
    for name, text in texts.items():
        path = name.replace("__", "/") + ".yaml"
        out[path] = RevisionFile(path, text.encode("utf-8"))
    return out


def check(before: str, after: str, name: str = "tasks__T01") -> list[Problem]:
    return check_history(files(**{name: before}), files(**{name: after}), base_label="main")


def rules_at(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(f"{p.path}:{p.line}:{p.column}", p.rule) for p in problems]


# ------------------------------------------------------------------------------ not rewrites


def test_appending_an_update_is_not_a_rewrite() -> None:
    after = TASK + "  - date: 2018-01-05\n    status: in_progress\n    note: Mở lại.\n"
    assert check(TASK, after) == []


def test_reformatting_comments_and_quoting_are_not_rewrites() -> None:
    after = (
        TASK.replace("title: Đề án", "title: 'Đề án")
        .replace("hành chính công\n", "hành chính công'   # the plan's words\n")
        .replace("deadline: 2017\n", 'deadline: "2017"\n')
        .replace(
            "    evidence: {number: 3456/QĐ-UBND, date: 2017-10-20}\n",
            '    evidence:\n      date: 2017-10-20\n      number: "3456/QĐ-UBND"\n',
        )
    )
    assert after != TASK
    assert check(TASK, "# a comment\n\n" + after.replace("\n", "\r\n")) == []


def test_nfd_text_is_the_same_text() -> None:
    import unicodedata

    assert check(TASK, unicodedata.normalize("NFD", TASK)) == []


def test_new_records_and_leads_and_notes_are_not_rewrites() -> None:
    after = TASK.replace("lead: [snv]", "lead: [snv, stp]\nnote: Giao thêm Sở Tư pháp.")
    assert check(TASK, after) == []
    assert check_history({}, files(tasks__T01=TASK)) == []


def test_adding_a_field_the_record_lacked_is_not_a_rewrite() -> None:
    assert check(TASK.replace("product: Quyết định phê duyệt Đề án\n", ""), TASK) == []


def test_a_file_that_does_not_load_in_either_revision_is_skipped() -> None:
    broken = TASK.replace("lead: [snv]", "lead: [snv")
    assert check(broken, TASK.replace("2017-05-10", "2017-05-11")) == []
    assert check(TASK, broken) == []


def test_unchanged_bytes_are_not_parsed() -> None:
    # Bytes that would not even load are never read when they are the same in both revisions.
    same = files(tasks__T01="id: [")
    assert check_history(same, same) == []


def test_a_draft_report_may_change_and_be_removed() -> None:
    draft = "strengths: Tốt.\n"
    assert check(draft, "strengths: Rất tốt.\n", "reports__2017H1__snv") == []
    assert check_history(files(reports__2017H1__snv=draft), {}) == []


# ---------------------------------------------------------------------------------- rewrites


def test_an_edited_update_is_refused_at_the_changed_field_in_head() -> None:
    problems = check(TASK, TASK.replace("note: Đã trình dự thảo.", "note: Đã trình."))
    assert rules_at(problems) == [("tasks/T01.yaml:13:11", "history-entry-edited")]
    assert "corrects: 1" in problems[0].text("en")


def test_a_removed_update_is_refused_at_its_place_in_base() -> None:
    after = TASK.replace(
        "  - date: 2017-05-10\n    status: in_progress\n    note: Đã trình dự thảo.\n", ""
    )
    assert rules_at(check(TASK, after)) == [("main:tasks/T01.yaml:11:5", "history-entry-removed")]


def test_removing_the_whole_log_removes_every_entry() -> None:
    after = TASK.split("updates:")[0]
    assert [p.rule for p in check(TASK, after)] == ["history-entry-removed"] * 2


def test_reordered_updates_are_refused() -> None:
    first = "  - date: 2017-05-10\n    status: in_progress\n    note: Đã trình dự thảo.\n"
    after = TASK.replace(first, "") + first
    assert [p.rule for p in check(TASK, after)] == ["history-entry-order"]


def test_an_update_put_before_recorded_ones_is_refused() -> None:
    new = "  - date: 2017-01-02\n    status: in_progress\n"
    after = TASK.replace("updates:\n", "updates:\n" + new)
    assert rules_at(check(TASK, after)) == [("tasks/T01.yaml:11:5", "history-entry-order")]


def test_a_changed_evidence_number_has_its_own_rule() -> None:
    problems = check(TASK, TASK.replace("3456/QĐ", "3465/QĐ"))
    assert rules_at(problems) == [("tasks/T01.yaml:16:24", "history-evidence-number")]
    assert "'3456/QĐ-UBND'" in problems[0].text("vi")


def test_the_plans_words_cannot_change() -> None:
    for before, after in (
        ("title: Đề án", "title: Dự án"),
        ("product: Quyết định phê duyệt Đề án", "product: Quyết định"),
        ("deadline_text: Năm 2017", "deadline_text: Năm 2018"),
        ("source: Phụ lục, STT 6", "source: Phụ lục, STT 7"),
        ("kind: key", "kind: solution"),
    ):
        assert [p.rule for p in check(TASK, TASK.replace(before, after))] == ["history-plan-text"]
    removed = check(TASK, TASK.replace("product: Quyết định phê duyệt Đề án\n", ""))
    assert rules_at(removed) == [("main:tasks/T01.yaml:6:10", "history-plan-text")]


def test_a_moved_deadline_is_refused() -> None:
    moved = check(TASK, TASK.replace("deadline: 2017", "deadline: {from: 2017, to: 2018}"))
    assert rules_at(moved) == [("tasks/T01.yaml:7:11", "history-deadline")]
    due = check(TARGET, TARGET.replace("due: 2020", "due: 2021"), "targets__M05")
    assert [p.rule for p in due] == ["history-deadline"]


def test_target_text_goal_and_measurements_are_history() -> None:
    def rules(before: str, after: str) -> list[str]:
        return [p.rule for p in check(TARGET, TARGET.replace(before, after), "targets__M05")]

    assert rules('quote: "… phấn', 'quote: "phấn') == ["history-plan-text"]
    assert rules("value: 30}", "value: 20}") == ["history-goal"]
    assert rules("stretch: true", "stretch: false") == ["history-goal"]
    assert rules("value: 12.6", "value: 16.2") == ["history-entry-edited"]


def test_a_removed_task_file_is_refused_in_base() -> None:
    problems = check_history(files(tasks__T01=TASK), {}, base_label="origin/main")
    assert rules_at(problems) == [("origin/main:tasks/T01.yaml:1:5", "history-record-removed")]
    assert "cancelled" in problems[0].text("en")


def test_a_removed_area_or_agency_is_refused() -> None:
    before = "areas:\n  - {id: I, title: Cải cách thể chế}\n  - {id: II, title: Cải cách TTHC}\n"
    after = "areas:\n  - {id: I, title: Cải cách thể chế}\n"
    problems = check(before, after, "plan__areas")
    assert rules_at(problems) == [("main:plan/areas.yaml:3:10", "history-record-removed")]
    retitled = check(before, before.replace("TTHC", "thủ tục"), "plan__areas")
    assert rules_at(retitled) == [("plan/areas.yaml:3:21", "history-plan-text")]


def test_an_events_recorded_day_is_written_once() -> None:
    before = "events:\n  - {id: nd, title: Nghị định}\n"
    recorded = "events:\n  - {id: nd, title: Nghị định, happened_on: 2018-03-01}\n"
    assert check(before, recorded, "plan__events") == []
    moved = check(recorded, recorded.replace("03-01", "04-01"), "plan__events")
    assert [p.rule for p in moved] == ["history-entry-edited"]


def test_an_issued_report_is_frozen() -> None:
    issued = "number: 120/BC-SNV\ndate: 2017-07-25\nstrengths: Tốt.\n"
    edited = check(issued, issued.replace("Tốt", "Rất tốt"), "reports__2017H1__snv")
    assert rules_at(edited) == [("reports/2017H1/snv.yaml:3:12", "history-report-issued")]
    removed = check_history(files(reports__2017H1__snv=issued), {})
    assert [p.rule for p in removed] == ["history-report-issued"]


def test_each_rewrite_is_one_problem_and_they_come_sorted() -> None:
    after = (
        TASK.replace("title: Đề án", "title: Dự án")
        .replace("2017-05-10", "2017-05-11")
        .replace("3456/QĐ", "3465/QĐ")
    )
    problems = check(TASK, after)
    assert [p.rule for p in problems] == [
        "history-plan-text",
        "history-entry-edited",
        "history-evidence-number",
    ]
    assert problems == sorted(problems)


# -------------------------------------------------------------------------------- properties

_scalar = st.one_of(
    st.integers(-5, 5),
    st.sampled_from(["a", "b", "Đã xong", "2017", "true"]),
    st.booleans(),
)
_entry = st.dictionaries(st.sampled_from(["date", "status", "note", "value"]), _scalar, min_size=1)


def _task_with(entries: list[dict[str, Any]]) -> str:
    return pyyaml.safe_dump({"id": "T01", "title": "Đề án", "updates": entries}, allow_unicode=True)


@settings(max_examples=150, deadline=None)
@given(st.lists(_entry, max_size=6), st.lists(_entry, min_size=1, max_size=4))
def test_appending_entries_never_yields_a_problem(
    log: list[dict[str, Any]], more: list[dict[str, Any]]
) -> None:
    assert check(_task_with(log), _task_with(log + more)) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(_entry, min_size=1, max_size=6), st.data())
def test_editing_any_recorded_entry_always_yields_a_problem(
    log: list[dict[str, Any]], data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(log) - 1))
    edited = [dict(entry) for entry in log]
    edited[at]["note"] = data.draw(st.text("abcđê ", min_size=1, max_size=5)) + "#edited"
    problems = check(_task_with(log), _task_with(edited))
    assert problems
    assert {p.rule for p in problems} <= {
        "history-entry-edited",
        "history-entry-order",
        "history-entry-removed",
    }


@settings(max_examples=300, deadline=None)
@given(st.lists(_entry, max_size=5), st.lists(_entry, max_size=6), st.randoms())
def test_a_log_is_refused_exactly_when_it_does_not_begin_with_the_old_one(
    log: list[dict[str, Any]], other: list[dict[str, Any]], rng: Any
) -> None:
    # HEAD is some mix of BASE's entries (kept, dropped, shuffled) and others.
    mixed = [e for e in log if rng.random() < 0.8] + other[: rng.randint(0, len(other))]
    if rng.random() < 0.5:
        rng.shuffle(mixed)
    before, after = _task_with(log), _task_with(mixed)
    kept = canon(mixed[: len(log)]) == canon(log)  # True and 1 differ, unlike ==
    assert (check(before, after) == []) == kept
