"""Correction entries (`cchc.corrections`): a mistake is put right by appending an entry that
names what it corrects and why; state reads the corrected value, the record keeps both."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from cchc.corrections import effective
from cchc.enums import Status
from cchc.history import check_history
from cchc.model import Measurement, Update
from cchc.revisions import RevisionFile
from conftest import run_cli


def _update(day: int, status: Status, **extra: object) -> Update:
    return Update(date=dt.date(2017, 6, day), status=status, **extra)  # type: ignore[arg-type]


def test_a_correction_replaces_the_entry_it_names_in_place() -> None:
    first = _update(1, Status.IN_PROGRESS)
    wrong = _update(15, Status.DONE, note="nhầm")
    later = _update(20, Status.IN_PROGRESS)
    fix = _update(15, Status.IN_PROGRESS, corrects=2, reason="Chưa ban hành")
    assert effective([first, wrong, later, fix]) == [first, fix, later]


def test_the_last_correction_of_an_entry_wins() -> None:
    wrong = _update(15, Status.DONE)
    fix = _update(15, Status.IN_PROGRESS, corrects=1, reason="a")
    again = _update(14, Status.IN_PROGRESS, corrects=1, reason="b")
    assert effective([wrong, fix, again]) == [again]


def test_a_correction_that_names_no_valid_entry_changes_nothing() -> None:
    entry = _update(1, Status.IN_PROGRESS)
    ahead = _update(2, Status.DONE, corrects=2, reason="x")  # names itself
    of_correction = _update(3, Status.DONE, corrects=2, reason="y")
    assert effective([entry, ahead, of_correction]) == [entry]


def test_a_log_without_corrections_is_returned_as_it_is() -> None:
    log = [_update(1, Status.IN_PROGRESS)]
    assert effective(log) is log


def test_measurements_are_corrected_the_same_way() -> None:
    wrong = Measurement(period=2017, value=75.5, source="Báo cáo số 45/BC-SNV")
    fix = Measurement(
        period=2017, value=57.5, source="Báo cáo số 45/BC-SNV", corrects=1, reason="Đảo số"
    )
    assert effective([wrong, fix]) == [fix]


# ------------------------------------------------------------------- through the command line

CORRECTION = """\
  - date: 2017-06-15
    corrects: 2
    reason: Quyết định mới là dự thảo, chưa ban hành.
    status: in_progress
    note: Đã trình dự thảo Quyết định.
"""


def _corrected(sample: Path) -> Path:
    path = sample / "tasks" / "K01.yaml"
    path.write_text(path.read_text(encoding="utf-8") + CORRECTION, encoding="utf-8")
    return path


def test_a_correction_is_valid_and_changes_the_state(sample: Path) -> None:
    before = run_cli("overdue", "--root", str(sample), "--as-of", "2018-01-01", "--format", "json")
    assert "K01" not in before.out  # done on time, as first recorded
    _corrected(sample)
    assert run_cli("validate", "--root", str(sample), "--as-of", "2021-06-30").code == 0
    after = run_cli("overdue", "--root", str(sample), "--as-of", "2018-01-01", "--format", "json")
    rows = json.loads(after.out)
    assert any(row["id"] == "K01" for row in rows)


def _section(report: str, heading: str) -> str:
    return report.split(heading, 1)[1].split("\n### ", 1)[0]


def test_the_report_reads_the_corrected_value(sample: Path) -> None:
    def report() -> str:
        done = run_cli("report", "--root", str(sample), "--period", "2017", "--lang", "en")
        assert done.code == 0, done.err
        return done.out

    first = report()
    assert "| K01 |" in _section(first, "### 5.1. Done on time")
    _corrected(sample)
    corrected = report()
    assert "| K01 |" not in _section(corrected, "### 5.1. Done on time")
    unfinished = _section(corrected, "### 5.3. Due in the period, not done")
    assert "| K01 |" in unfinished
    assert "Đã trình dự thảo Quyết định." in unfinished


def test_show_keeps_the_original_beside_its_correction(sample: Path) -> None:
    _corrected(sample)
    shown = run_cli(
        "show",
        "K01",
        "--root",
        str(sample),
        "--as-of",
        "2018-01-01",
        "--lang",
        "en",
        "--format",
        "json",
    )
    history = json.loads(shown.out)["Update history"]
    assert [(row["status"], row["correction"]) for row in history] == [
        ("In progress", None),
        ("Done", "corrected by entry 3"),
        ("In progress", "corrects entry 2: Quyết định mới là dự thảo, chưa ban hành."),
    ]
    assert history[1]["evidence"].startswith("100/QĐ-UBND")  # the original stays in the record


def test_appending_a_correction_is_not_a_rewrite(sample: Path) -> None:
    path = sample / "tasks" / "K01.yaml"
    base = {"tasks/K01.yaml": RevisionFile("tasks/K01.yaml", path.read_bytes())}
    _corrected(sample)
    head = {"tasks/K01.yaml": RevisionFile("tasks/K01.yaml", path.read_bytes())}
    assert check_history(base, head) == []


def test_validate_judges_the_corrected_entry_not_the_original(sample: Path) -> None:
    path = sample / "tasks" / "K01.yaml"
    text = path.read_text(encoding="utf-8")
    evidence = "    evidence: {number: 100/QĐ-UBND, date: 2017-06-15, title: Quyết định ban hành quy định}\n"
    path.write_text(text.replace(evidence, ""), encoding="utf-8")
    broken = run_cli("validate", "--root", str(sample), "--as-of", "2021-06-30")
    assert "[done-without-evidence]" in broken.out
    fix = (
        "  - date: 2017-06-15\n    corrects: 2\n    reason: Thiếu minh chứng.\n"
        "    status: done\n" + evidence
    )
    path.write_text(text.replace(evidence, "") + fix, encoding="utf-8")
    fixed = run_cli("validate", "--root", str(sample), "--as-of", "2021-06-30")
    assert fixed.code == 0, fixed.out


_statuses = st.sampled_from(list(Status))


@given(st.lists(_statuses, min_size=1, max_size=8), st.lists(st.integers(0, 7), max_size=5))
def test_the_effective_log_has_one_entry_per_original(
    statuses: list[Status], targets: list[int]
) -> None:
    log = [_update(1 + i, status) for i, status in enumerate(statuses)]
    fixes = {}
    for n, target in enumerate(targets):
        if target < len(statuses):
            fix = _update(1 + target, Status.CANCELLED, corrects=target + 1, reason=f"r{n}")
            log.append(fix)
            fixes[target] = fix  # the last correction of an entry wins
    result = effective(log)
    assert len(result) == len(statuses)
    for i, entry in enumerate(result):
        assert entry == fixes.get(i, log[i])
