"""`cchc diff`: a change between two git revisions of the dataset, described in the plan's terms.

Each test builds a small repository from the sample dataset, changes it, and checks the `Change`
values (`cchc.changes.diff_revisions`) and what the reader sees."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from cchc.changes import Change, Diff, diff_revisions, render_diff
from conftest import SAMPLE, Run
from git_support import append, commit_all, dataset_repo, git

ON = dt.date(2018, 1, 1)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return dataset_repo(SAMPLE, tmp_path / "plan-data")


def diff_of(root: Path, base: str | None = "base", head: str | None = None) -> Diff:
    return diff_revisions(root, base, head, ON, dt.date(2030, 1, 1))


def only(diff: Diff, kind: str) -> list[Change]:
    return [c for c in diff.changes if c.kind == kind]


def text_of(diff: Diff, lang: str = "vi") -> str:
    return render_diff(diff, "text", lang, width=200)


def test_no_change_says_so(repo: Path) -> None:
    diff = diff_of(repo)
    assert diff.changes == ()
    assert "Không có thay đổi nào" in text_of(diff)
    assert "No change" in text_of(diff, "en")


def test_a_status_change_cites_the_evidence(repo: Path) -> None:
    append(
        repo / "tasks" / "K03.yaml",
        "updates:\n  - date: 2017-12-01\n    status: done\n"
        "    evidence: {number: 55/QĐ-UBND, date: 2017-12-01}\n",
    )
    diff = diff_of(repo)
    [state] = only(diff, "state")
    assert (state.id, state.before, state.after) == ("K03", "overdue", "done_late")
    assert state.detail("evidence") == "55/QĐ-UBND"
    [update] = only(diff, "update")
    assert update.detail("status") == "done" and update.detail("date") == "2017-12-01"
    text = text_of(diff)
    assert "Quá hạn" in text and "Hoàn thành trễ hạn" in text and "55/QĐ-UBND" in text
    assert "Nhiệm vụ đổi tình trạng" in text and "Cập nhật tiến độ mới" in text


def test_a_new_measurement_and_the_target_state_it_changes(repo: Path) -> None:
    append(
        repo / "targets" / "M05.yaml",
        "measurements:\n  - {period: 2017, value: 100, source: BC 1}\n",
    )
    diff = diff_of(repo)
    [measurement] = only(diff, "measurement")
    assert measurement.id == "M05" and measurement.detail("value") == 100
    [state] = only(diff, "target-state")
    assert (state.before, state.after) == ("no_data", "met")
    assert "100%" in text_of(diff) and "Đạt" in text_of(diff)


def test_a_moved_deadline(repo: Path) -> None:
    path = repo / "tasks" / "K03.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("deadline: 2016", "deadline: 2018"))
    commit_all(repo, "move K03")
    diff = diff_of(repo, "base", "HEAD")
    [moved] = only(diff, "deadline")
    assert (moved.id, moved.field, moved.before, moved.after) == ("K03", "deadline", 2016, 2018)
    [state] = only(diff, "state")
    assert (state.before, state.after) == ("overdue", "open")
    assert "năm 2016" in text_of(diff) and "năm 2018" in text_of(diff)


def test_a_removed_and_an_added_task(repo: Path) -> None:
    git(repo, "rm", "-q", "tasks/K11.yaml")
    text = (repo / "tasks" / "K02.yaml").read_text(encoding="utf-8")
    (repo / "tasks" / "K12.yaml").write_text(text.replace("id: K02", "id: K12"), encoding="utf-8")
    diff = diff_of(repo)
    [added] = only(diff, "added")
    [removed] = only(diff, "removed")
    assert (added.record, added.id, added.path) == ("task", "K12", "tasks/K12.yaml")
    assert (removed.id, removed.path) == ("K11", "tasks/K11.yaml")
    assert removed.detail("state") == "open"
    text = text_of(diff, "en")
    assert "Added (" in text and "Removed (was: Not yet due)" in text


def test_the_plan_text_changed_names_the_field(repo: Path) -> None:
    path = repo / "tasks" / "K01.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "product: Quyết định UBND tỉnh", "product: Quyết định của Chủ tịch UBND tỉnh"
        ),
        encoding="utf-8",
    )
    diff = diff_of(repo)
    [text] = only(diff, "text")
    assert (text.id, text.field, text.before) == ("K01", "product", "Quyết định UBND tỉnh")
    assert text.after == "Quyết định của Chủ tịch UBND tỉnh"
    assert "Lời văn của Kế hoạch thay đổi" in text_of(diff)


def test_a_narrative_report_filed_then_issued(repo: Path) -> None:
    folder = repo / "reports" / "2017H1"
    folder.mkdir(parents=True)
    (folder / "stp.yaml").write_text("strengths: Đã ban hành kế hoạch.\n", encoding="utf-8")
    commit_all(repo, "draft")
    [draft] = only(diff_of(repo), "report-added")
    assert (draft.id, draft.title, draft.detail("number")) == ("2017H1/stp", "Sở Tư pháp", None)
    append(folder / "stp.yaml", "number: 12/BC-STP\ndate: 2017-06-25\n")
    diff = diff_of(repo, "HEAD")
    [issued] = only(diff, "report-issued")
    assert issued.detail("number") == "12/BC-STP" and issued.detail("date") == "2017-06-25"
    assert "Nay đã ban hành" in text_of(diff) and "12/BC-STP" in text_of(diff)


def test_an_event_that_happened_changes_every_waiting_task(repo: Path) -> None:
    events = repo / "plan" / "events.yaml"
    events.write_text(
        events.read_text(encoding="utf-8").replace(
            "title: Sau khi có Nghị định của Chính phủ\n",
            "title: Sau khi có Nghị định của Chính phủ\n    happened_on: 2017-09-01\n",
        ),
        encoding="utf-8",
    )
    diff = diff_of(repo)
    assert diff.head.whole and not diff.base.whole  # plan/ changed: HEAD read whole
    [event] = [c for c in only(diff, "field") if c.record == "event"]
    assert (event.id, event.field, event.after) == ("ev-pending", "happened_on", "2017-09-01")
    assert [c.before for c in only(diff, "state")] and {c.before for c in only(diff, "state")} == {
        "waiting"
    }


def test_an_edited_update_is_shown_as_no_longer_there(repo: Path) -> None:
    path = repo / "tasks" / "K01.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Đang soạn thảo.", "Đã soạn xong."),
        encoding="utf-8",
    )
    diff = diff_of(repo)
    [gone] = only(diff, "update-removed")
    [new] = only(diff, "update")
    assert gone.detail("note") == "Đang soạn thảo." and new.detail("note") == "Đã soạn xong."


def test_invalid_data_is_one_line_and_the_rest_is_described(repo: Path) -> None:
    (repo / "tasks" / "K02.yaml").write_text("id: K02\ntitle: [\n", encoding="utf-8")
    append(
        repo / "targets" / "M05.yaml", "measurements:\n  - {period: 2017, value: 100, source: BC}\n"
    )
    diff = diff_of(repo)
    [invalid] = only(diff, "invalid")
    assert invalid.id == "head" and isinstance(invalid.after, int) and invalid.after >= 1
    [unreadable] = only(diff, "unreadable")
    assert (unreadable.id, unreadable.field) == ("K02", "head")
    assert not only(diff, "removed")  # a broken file is not a removed task
    assert only(diff, "measurement")
    lines = [line for line in text_of(diff).splitlines() if "lỗi" in line]
    assert len(lines) == 1 and "cchc validate" in lines[0]


def test_a_task_file_that_is_a_symlink_in_the_revision_is_not_followed(repo: Path) -> None:
    secret = repo.parent / "secret.yaml"
    secret.write_text("id: K99\nkind: key\narea: I\ntitle: SECRET\nlead: [snv]\nsource: x\n")
    (repo / "tasks" / "K99.yaml").symlink_to(secret)
    commit_all(repo, "a link")
    diff = diff_of(repo, "base", "HEAD")
    assert only(diff, "invalid") and not only(diff, "added")
    [link] = only(diff, "unreadable")
    assert (link.path, link.id, link.field) == ("tasks/K99.yaml", "K99", "head")
    assert "SECRET" not in render_diff(diff, "json", "vi")


def test_markdown_escapes_what_a_title_could_inject(repo: Path) -> None:
    path = repo / "tasks" / "K01.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "title: Quy định trách nhiệm người đứng đầu",
            'title: "Quy định | `code` <script>alert(1)</script> **đậm**"',
        ),
        encoding="utf-8",
    )
    text = render_diff(diff_of(repo), "md", "vi")
    assert "<script>" not in text and "&lt;script&gt;" in text
    row = next(line for line in text.splitlines() if "&lt;script&gt;" in line)
    assert len(re.findall(r"(?<!\\)\|", row)) == 6  # five cells: the title's | is escaped
    assert "\\`code\\`" in text and "\\*\\*đậm\\*\\*" in text


def test_json_shape_is_stable_and_in_codes(repo: Path) -> None:
    append(
        repo / "tasks" / "K03.yaml",
        "updates:\n  - date: 2017-12-01\n    status: done\n"
        "    evidence: {number: 55/QĐ-UBND, date: 2017-12-01}\n",
    )
    diff = diff_of(repo)
    document = json.loads(render_diff(diff, "json", "vi"))
    assert render_diff(diff, "json", "en") == render_diff(diff, "json", "vi")
    assert list(document) == ["base", "head", "as_of", "changes"]
    assert list(document["base"]) == ["revision", "commit", "errors", "whole"]
    assert document["base"]["revision"] == "base" and len(document["base"]["commit"]) == 40
    assert document["head"] == {"revision": "WORKTREE", "commit": None, "errors": 0, "whole": False}
    assert document["as_of"] == "2018-01-01"
    keys = ["kind", "record", "id", "path", "title", "field", "before", "after", "details"]
    assert all(list(change) == keys for change in document["changes"])
    state = next(c for c in document["changes"] if c["kind"] == "state")
    assert (state["before"], state["after"]) == ("overdue", "done_late")
    assert state["details"]["evidence"] == "55/QĐ-UBND"


def test_a_range_compares_what_a_branch_changed(repo: Path) -> None:
    git(repo, "checkout", "-qb", "feature")
    append(
        repo / "targets" / "M05.yaml", "measurements:\n  - {period: 2017, value: 100, source: BC}\n"
    )
    commit_all(repo, "measure")
    git(repo, "checkout", "-q", "main")
    append(repo / "targets" / "M02.yaml", "  - {period: 2018, value: 81, source: BC}\n")
    commit_all(repo, "on main")
    git(repo, "checkout", "-q", "feature")
    diff = diff_of(repo, "main...")
    assert [c.id for c in only(diff, "measurement")] == ["M05"]  # not main's own M02
    assert diff.head.name == "HEAD"


# ------------------------------------------------------------------------------ the command


def test_the_command_prints_and_exits_0(repo: Path, cli: Callable[..., Run]) -> None:
    git(repo, "rm", "-q", "tasks/K11.yaml")
    result = cli("diff", "base", "--root", str(repo), "--as-of", "2018-01-01", "--lang", "en")
    assert result.code == 0, result.err
    assert result.out.startswith("Changes from base (")
    assert "K11" in result.out and result.err == ""


def test_the_default_base_is_where_the_branch_left_main(
    repo: Path, cli: Callable[..., Run]
) -> None:
    git(repo, "checkout", "-qb", "feature")
    git(repo, "rm", "-q", "tasks/K11.yaml")
    commit_all(repo, "drop K11")
    result = cli("diff", "--root", str(repo), "--as-of", "2018-01-01", "--format", "json")
    document = json.loads(result.out)
    assert document["base"]["commit"] == git(repo, "rev-parse", "base")
    assert [c["id"] for c in document["changes"]] == ["K11"]


@pytest.mark.parametrize(
    "revision", ["no-such-tag", "--output={out}", "-x", "HEAD~9", "v1\nforged line", "\x1b[2J"]
)
def test_an_unknown_or_hostile_revision_is_one_line_exit_2(
    repo: Path, cli: Callable[..., Run], revision: str, tmp_path: Path
) -> None:
    out = tmp_path / "x"
    for args in (("--", revision.format(out=out)), (revision.format(out=out),)):
        result = cli("diff", "--root", str(repo), *args)
        assert result.code == 2
        assert result.err.count("\n") == 1 and result.err.startswith("cchc: ")
    assert not out.exists()  # never taken as git's --output


def test_outside_a_git_repository_is_one_line_exit_2(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    for folder in ("plan", "tasks", "targets"):
        (plain / folder).symlink_to(SAMPLE / folder)  # not copied: a plain folder, no .git
    result = cli("diff", "--root", str(plain), "--lang", "en")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "not inside a git repository" in result.err


def test_a_range_and_a_head_together_is_a_usage_error(repo: Path, cli: Callable[..., Run]) -> None:
    result = cli("diff", "base...HEAD", "HEAD", "--root", str(repo))
    assert result.code == 2 and result.err.count("\n") == 1


def test_the_plan_s_own_files_changed_name_the_record_and_field(repo: Path) -> None:
    plan = repo / "plan" / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("hành chính mẫu", "hành chính (mẫu)", 1),
        encoding="utf-8",
    )
    agencies = repo / "plan" / "agencies.yaml"
    agencies.write_text(
        agencies.read_text(encoding="utf-8").replace("name: Sở Tư pháp", "name: Sở Tư Pháp"),
        encoding="utf-8",
    )
    texts = {(c.record, c.id, c.field) for c in only(diff_of(repo), "text")}
    assert ("agency", "stp", "name") in texts
    assert any(record == "plan" and field == "title" for record, _, field in texts)


def test_a_two_dot_range_is_the_first_against_the_second(repo: Path) -> None:
    append(
        repo / "targets" / "M05.yaml", "measurements:\n  - {period: 2017, value: 90, source: BC}\n"
    )
    commit_all(repo, "measure")
    diff = diff_of(repo, "base..HEAD")
    assert (diff.base.name, diff.head.name) == ("base", "HEAD")
    assert [c.id for c in only(diff, "measurement")] == ["M05"]


@pytest.mark.parametrize(
    ("deadline", "vi", "en"),
    [
        (None, "Thường xuyên", "Ongoing"),
        (2017, "năm 2017", "2017"),
        ({"from": 2017, "to": 2020}, "giai đoạn 2017 - 2020", "2017 – 2020"),
        (
            {"after": "ev-x", "within": "6m"},
            "Sau sự kiện ev-x + 6 tháng",
            "After event ev-x + 6 months",
        ),
        ({"every": "year", "from": 2017, "to": 2020}, "Hằng năm 2017 – 2020", "Yearly 2017 – 2020"),
    ],
)
def test_a_deadline_in_words(deadline: object, vi: str, en: str) -> None:
    from cchc.changes.words import deadline_words

    assert (deadline_words(deadline, "vi"), deadline_words(deadline, "en")) == (vi, en)  # type: ignore[arg-type]


def test_a_nested_field_names_the_part_that_changed(repo: Path) -> None:
    path = repo / "tasks" / "K01.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "title: Quyết định ban hành quy định}", "title: Quyết định ban hành quy chế}"
        ),
        encoding="utf-8",
    )
    diff = diff_of(repo)
    # An update's evidence edited: the old entry is gone, the new one listed.
    assert only(diff, "update-removed") and only(diff, "update")
    plan = repo / "plan" / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "  number: " in text
    plan.write_text(text.replace("  date: 2017", "  date: 2018", 1), encoding="utf-8")
    [field] = [c for c in only(diff_of(repo), "field") if c.record == "plan"]
    assert field.field == "decision.date"
