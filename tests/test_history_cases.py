"""The history cases of the rule corpus: tests/data/invalid/history-*/ compare two revisions
(tests/test_validate.py runs the other cases through `validate`). BASE is the sample dataset with
`base/` laid over it; HEAD is BASE with `head/` laid over it and the `remove PATH` lines of
`setup.txt` applied. `expected.txt` holds the exact lines `check_history` gives (base label
`BASE`), one `format_line` each."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cchc.history import check_history
from cchc.problems import format_line
from cchc.revisions import RevisionFile
from conftest import DATA, SAMPLE

INVALID = DATA / "invalid"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


HISTORY_CASES = sorted(p.name for p in INVALID.iterdir() if p.name.startswith("history-"))


def _files(root: Path) -> dict[str, RevisionFile]:
    files = {}
    for path in sorted(root.rglob("*.yaml")):
        relative = path.relative_to(root).as_posix()
        files[relative] = RevisionFile(relative, path.read_bytes())
    return files


def history_case(case: str) -> tuple[dict[str, RevisionFile], dict[str, RevisionFile]]:
    folder = INVALID / case
    base = {**_files(SAMPLE), **_files(folder / "base")}
    head = {**base, **_files(folder / "head")}
    setup = folder / "setup.txt"
    for line in setup.read_text(encoding="utf-8").splitlines() if setup.is_file() else []:
        action, path = line.split()
        assert action == "remove", line
        del head[path]
    return base, head


@pytest.mark.parametrize("case", HISTORY_CASES)
def test_history_case_gives_exact_problem_lines(case: str) -> None:
    base, head = history_case(case)
    lines = "".join(format_line(p) + "\n" for p in check_history(base, head))
    expected_file = INVALID / case / "expected.txt"
    if UPDATE:
        expected_file.write_text(lines, encoding="utf-8")
    assert lines == expected_file.read_text(encoding="utf-8")
    assert lines  # a case shows its rule (tests/test_rules.py checks which)
    assert check_history(base, base) == []


@pytest.mark.parametrize("case", HISTORY_CASES)
def test_history_case_in_english_has_no_vietnamese_but_the_data(case: str) -> None:
    from test_validate import _vietnamese_outside_data

    problems = check_history(*history_case(case))
    english = "\n".join(format_line(p, "en") for p in problems)
    assert english
    assert not _vietnamese_outside_data(english)
