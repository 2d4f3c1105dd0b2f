"""Hostile data, class 1: a file (or a run) with a huge number of problems stays bounded — at most
100 problems listed a file and 1,000 a run, the rest counted and said in a last line, and nothing
past the caps is described or located (issue #16, defect 2)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import cchc.loader.validate
from cchc.loader import load_dataset
from cchc.loader.caps import ProblemLog
from cchc.problems import PER_FILE, PER_RUN
from cchc.yaml import YamlDocument
from conftest import run_cli

TODAY = dt.date(2021, 6, 30)
HEAD = "id: K99\nkind: key\narea: I\ntitle: Thử\nlead: [snv]\nsource: s\n"


def _task(root: Path, name: str, body: str) -> None:
    (root / "tasks" / f"{name}.yaml").write_text(HEAD.replace("K99", name) + body, encoding="utf-8")


def validate(root: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("validate", "--root", str(root), "--as-of", "2021-06-30", *args)
    return result.code, result.out, result.err


# Shapes of a file with far more problems than a screenful, each with its exact problem count.
SHAPES = {
    "unknown-keys": ("".join(f"extra{i}: 1\n" for i in range(5000)), 5000),
    "bad-entries": ("updates:\n" + "  - {x: 1}\n" * 900, 2700),  # unknown x, no date, no status
    "wide-entries": (
        "updates:\n"
        + "".join(
            "  - {date: 2017-01-01, status: in_progress, "
            + ", ".join(f"k{j}: 1" for j in range(30))
            + "}\n"
            for _ in range(200)
        ),
        6000,
    ),
    "unknown-keys-in-evidence": (
        "updates:\n  - date: 2017-01-01\n    status: done\n    evidence:\n"
        + "".join(f"      k{i}: 1\n" for i in range(3000))
        + "      number: 1/QĐ-UBND\n      date: 2017-01-01\n",
        3000,
    ),
    "duplicate-keys": ("".join("note: x\n" for _ in range(400)), 399),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_file_lists_at_most_100_problems_and_counts_the_rest(sample: Path, shape: str) -> None:
    body, count = SHAPES[shape]
    _task(sample, "K99", body)
    result = load_dataset(sample, today=TODAY)
    listed = [p for p in result.problems if p.path == "tasks/K99.yaml"]
    assert len(listed) == PER_FILE
    assert result.omitted.total == count - PER_FILE
    assert result.omitted.errors == count - PER_FILE
    assert result.counts() == (count, 0)
    assert not result.ok


def test_the_listing_ends_with_how_many_more_in_every_format(sample: Path) -> None:
    _task(sample, "K99", SHAPES["unknown-keys"][0])
    code, out, err = validate(sample)
    lines = out.splitlines()
    assert code == 1
    assert len(lines) == PER_FILE + 1
    assert lines[-1] == (
        "còn 4900 lỗi và cảnh báo khác không được liệt kê (tối đa 100 cho mỗi tệp, 1000 cho mỗi "
        "lần chạy); sửa các lỗi trên rồi chạy lại [too-many-problems]"
    )
    assert "5000 lỗi" in err  # the summary counts every problem, listed or not
    _, english, _ = validate(sample, "--lang", "en")
    assert english.splitlines()[-1].startswith("4900 more problems were found but not listed")
    _, github, _ = validate(sample, "--format", "github")
    assert github.splitlines()[-1].startswith("::warning title=too-many-problems::còn 4900 lỗi")
    assert len(github.splitlines()) == PER_FILE + 1
    _, text, _ = validate(sample, "--format", "json")
    records = json.loads(text)
    assert len(records) == PER_FILE + 1
    assert records[-1]["rule"] == "too-many-problems"
    assert records[-1]["count"] == 4900
    assert records[-1]["path"] is None and records[-1]["line"] is None


def test_a_run_lists_at_most_1000_problems(sample: Path) -> None:
    for i in range(12):
        _task(sample, f"K{90 + i}", "".join(f"extra{j}: 1\n" for j in range(150)))
    result = load_dataset(sample, today=TODAY)
    assert len(result.problems) == PER_RUN
    assert result.omitted.total == 12 * 150 - PER_RUN
    per_file = {p.path for p in result.problems}
    assert len(per_file) == PER_RUN // PER_FILE  # the first ten files, a hundred each
    _code, out, err = validate(sample)
    assert out.splitlines()[-1].startswith("còn 800 lỗi")
    assert "1800 lỗi" in err


def test_no_listed_problem_means_a_clean_run(sample: Path) -> None:
    result = load_dataset(sample, today=TODAY)
    assert result.ok and result.omitted.total == 0
    code, out, _ = validate(sample)
    assert (code, out) == (0, "")


@pytest.mark.parametrize("count", [1_001, 6_000])
def test_a_list_past_its_cap_is_one_problem_however_long(sample: Path, count: int) -> None:
    _task(sample, "K99", "updates:\n" + "  - {x: 1}\n" * count)
    result = load_dataset(sample, today=TODAY)
    assert [(p.line, p.rule) for p in result.problems] == [(8, "too-many-entries")]
    assert result.omitted.total == 0
    assert f"'updates' có {count} mục, nhiều hơn mức tối đa 1000" in result.problems[0].text()


def test_a_file_of_more_values_than_the_yaml_layer_takes_is_refused_unbuilt(sample: Path) -> None:
    _task(sample, "K99", "updates:\n" + "  - {x: 1}\n" * 50_000)
    result = load_dataset(sample, today=TODAY)
    assert [p.rule for p in result.problems] == ["yaml-too-large"]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_nothing_past_the_cap_is_described_or_located(
    sample: Path, shape: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    described: list[object] = []
    located: list[object] = []
    describe = cchc.loader.validate.describe
    locate, locate_key = YamlDocument.locate, YamlDocument.locate_key

    def counting_describe(*args: object) -> object:
        described.append(args)
        return describe(*args)  # type: ignore[arg-type]

    def counting(method: object) -> object:
        def wrapper(self: YamlDocument, loc: object) -> object:
            located.append(loc)
            return method(self, loc)  # type: ignore[operator]

        return wrapper

    monkeypatch.setattr(cchc.loader.validate, "describe", counting_describe)
    monkeypatch.setattr(YamlDocument, "locate", counting(locate))
    monkeypatch.setattr(YamlDocument, "locate_key", counting(locate_key))
    _task(sample, "K99", SHAPES[shape][0])
    load_dataset(sample, today=TODAY)
    assert len(described) <= PER_FILE
    assert len(located) <= PER_FILE


def test_the_log_keeps_what_fits_and_counts_the_rest() -> None:
    log = ProblemLog(per_file=2, per_run=3)
    message = cchc.loader.validate.Message("loader.empty-file")
    for path in ("a", "a", "a", "b", "b", "c"):
        log.add(path, 1, 1, "error", message, "empty-file")
    log.skip("warning", 4)
    assert [p.path for p in log.problems] == ["a", "a", "b"]
    assert log.room("a") == 0 and log.room("c") == 0
    assert (log.omitted.errors, log.omitted.warnings, log.omitted.total) == (3, 4, 7)
