"""The Markdown summary of a representative diff, byte for byte, as a pull request shows it
(`$GITHUB_STEP_SUMMARY`): GitHub-flavoured tables, no raw HTML, data escaped. After an intended
change, rewrite the files and review how they render:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_diff_golden.py
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from cchc.changes import Diff, Side, diff_revisions, render_diff
from conftest import SAMPLE
from git_support import append, dataset_repo, git

GOLDEN = Path(__file__).parent / "golden" / "diff"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def representative(tmp_path: Path) -> Diff:
    """A pull request that does a bit of everything: a task done, a measurement, a deadline
    moved, a lead changed, a task added and one removed, a title reworded (with characters that
    would break a table), and a report filed."""
    root = dataset_repo(SAMPLE, tmp_path / "data", tag="v2017H2")
    tasks = root / "tasks"
    append(
        tasks / "K03.yaml",
        "updates:\n  - date: 2017-12-01\n    status: done\n"
        "    note: Đã ban hành | xem <b>Quyết định</b>\n"
        "    evidence: {number: 55/QĐ-UBND, date: 2017-12-01}\n",
    )
    append(
        root / "targets" / "M05.yaml",
        "measurements:\n  - {period: 2017, value: 100, source: BC 1}\n",
    )
    _replace(tasks / "K04.yaml", "deadline: 2018\n", "deadline: 2017H2\n")
    _replace(tasks / "K02.yaml", "lead: [snv]", "lead: [snv, stp]")
    _replace(
        tasks / "K01.yaml",
        "title: Quy định trách nhiệm người đứng đầu",
        'title: "Quy định | trách nhiệm `người đứng đầu` <script>x</script>"',
    )
    git(root, "rm", "-q", "tasks/K11.yaml")
    (tasks / "K12.yaml").write_text(
        (tasks / "K02.yaml").read_text(encoding="utf-8").replace("id: K02", "id: K12"),
        encoding="utf-8",
    )
    (root / "reports" / "2017H2").mkdir(parents=True)
    (root / "reports" / "2017H2" / "stp.yaml").write_text(
        "number: 80/BC-STP\ndate: 2017-12-20\nstrengths: Hoàn thành kế hoạch.\n", encoding="utf-8"
    )
    diff = diff_revisions(root, "v2017H2", None, dt.date(2018, 1, 1), dt.date(2030, 1, 1))
    # The commit's hash changes with the clock; the golden file pins one.
    return dataclasses.replace(diff, base=Side("v2017H2", "1a2b3c4d" * 5, diff.base.errors))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_markdown_summary_of_a_representative_diff(tmp_path: Path, lang: str) -> None:
    text = render_diff(representative(tmp_path), "md", lang)
    golden = GOLDEN / f"summary-{lang}.md"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert "<" not in text.replace("&lt;", "")  # no raw HTML at all
