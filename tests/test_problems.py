"""`cchc.problems`: a problem is a value with a message worded when printed; problems sort the
same way whatever order the checks ran in; each output format says one problem per line."""

from __future__ import annotations

import json
import random

from cchc.i18n import msg
from cchc.problems import (
    PER_FILE,
    PER_RUN,
    Problem,
    count_levels,
    format_github,
    format_json,
    format_line,
    format_more,
    listing,
)


def _problem(path: str, line: int, column: int, value: str, level: str = "error") -> Problem:
    return Problem(
        path, line, column, level, msg("check.unknown-area", value=value, hint=""), "unknown-area"
    )  # type: ignore[arg-type]


def test_a_problem_is_worded_in_the_readers_language() -> None:
    problem = _problem("tasks/K01.yaml", 3, 7, "VIII")
    assert problem.text() == "không có lĩnh vực 'VIII' trong plan/areas.yaml"
    assert problem.text("en") == "no area 'VIII' in plan/areas.yaml"
    assert format_line(problem, "en") == (
        "tasks/K01.yaml:3:7: error: no area 'VIII' in plan/areas.yaml [unknown-area]"
    )


def test_problems_sort_by_place_level_then_vietnamese_text_whatever_the_order() -> None:
    problems = [
        _problem("tasks/K10.yaml", 1, 1, "b"),
        _problem("tasks/K02.yaml", 5, 1, "b"),
        _problem("tasks/K02.yaml", 5, 1, "a"),
        _problem("tasks/K02.yaml", 5, 1, "a", "warning"),
        _problem("tasks/K02.yaml", 2, 9, "z"),
        _problem("plan/plan.yaml", 9, 9, "z"),
    ]
    expected = [problems[i] for i in (5, 4, 2, 1, 3, 0)]
    for seed in range(5):
        shuffled = problems[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(shuffled) == expected
        assert sorted(shuffled, key=Problem.sort_key) == expected


def test_count_levels() -> None:
    problems = [_problem("a", 1, 1, "x"), _problem("a", 1, 1, "y", "warning")] * 2
    assert count_levels(problems) == (2, 2)


def test_github_annotations_escape_what_the_workflow_syntax_uses() -> None:
    problem = Problem(
        "tasks/a,b:c.yaml",
        2,
        3,
        "warning",
        msg("schema.reason", reason="50% xong\nhết"),
        "evidence-date",
    )
    assert format_github(problem) == (
        "::warning file=tasks/a%2Cb%3Ac.yaml,line=2,col=3,title=evidence-date::50%25 xong\\nhết"
    )


def test_json_keeps_exact_values_and_says_how_many_more() -> None:
    problem = Problem(
        "tasks/K01.yaml", 1, 2, "error", msg("schema.reason", reason="a\u202eb\x1bc"), "type"
    )
    text = format_json([problem], "vi", more=7)
    assert "\u202e" not in text and "\x1b" not in text  # escaped, still the same string
    records = json.loads(text)
    assert records[0]["message"] == "a\u202eb\x1bc"
    assert records[1] == {
        "path": None,
        "line": None,
        "column": None,
        "level": "warning",
        "rule": "too-many-problems",
        "message": records[1]["message"],
        "count": 7,
    }
    assert records[1]["message"].startswith("còn 7 lỗi")
    assert json.loads(format_json([], "en")) == []


def test_the_more_line_names_the_caps() -> None:
    assert f"at most {PER_FILE} per file, {PER_RUN} per run" in format_more(5, "en")
    assert format_more(5, "vi").endswith("[too-many-problems]")
    assert format_more(5, "en", github=True).startswith("::warning title=too-many-problems::5 more")


def test_the_listing_of_each_format() -> None:
    problems = [_problem("tasks/K01.yaml", 3, 7, "VIII")]
    sources = {("tasks/K01.yaml", 3): "area: VIII"}
    assert list(listing(problems, "text", "vi", 0, sources)) == [
        format_line(problems[0]),
        "    area: VIII\n          ^",
    ]
    assert list(listing(problems, "text", "vi", 2)) == [format_line(problems[0]), format_more(2)]
    assert list(listing(problems, "github", "en", 2)) == [
        format_github(problems[0], "en"),
        format_more(2, "en", github=True),
    ]
    assert json.loads(next(iter(listing(problems, "json", "en", 0))))[0]["line"] == 3
