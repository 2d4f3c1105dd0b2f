"""Problems are values: every finding about the data is a `Problem`, collected, sorted and formatted.

Validation never stops at the first problem; the loader and the checks return lists of these, and the
CLI turns them into one greppable line each (`path:line:col: error: message [rule]`), GitHub workflow
annotations, or JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Level = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One finding about one place in one file. Paths are relative to the dataset root, with '/'."""

    path: str
    line: int
    column: int
    level: Level
    message: str
    rule: str
    message_en: str = ""

    def text(self, lang: str = "vi") -> str:
        return self.message_en if lang == "en" and self.message_en else self.message


def count_levels(problems: Iterable[Problem]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = warnings = 0
    for problem in problems:
        if problem.level == "error":
            errors += 1
        else:
            warnings += 1
    return errors, warnings


def format_line(problem: Problem, lang: str = "vi") -> str:
    """The one-line form every editor and `grep` understands; the level word stays English on purpose."""
    return (
        f"{problem.path}:{problem.line}:{problem.column}: {problem.level}: "
        f"{problem.text(lang)} [{problem.rule}]"
    )


def _github_escape(value: str, *, prop: bool) -> str:
    # GitHub's workflow-command escaping: % first, then line breaks; properties also escape ':' and ','.
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def format_github(problem: Problem, lang: str = "vi") -> str:
    """A workflow annotation, shown inline on the pull request's diff."""
    props = ",".join(
        [
            f"file={_github_escape(problem.path, prop=True)}",
            f"line={problem.line}",
            f"col={problem.column}",
            f"title={_github_escape(problem.rule, prop=True)}",
        ]
    )
    return f"::{problem.level} {props}::{_github_escape(problem.text(lang), prop=False)}"


def format_json(problems: Sequence[Problem], lang: str = "vi") -> str:
    records = [
        {
            "path": p.path,
            "line": p.line,
            "column": p.column,
            "level": p.level,
            "rule": p.rule,
            "message": p.text(lang),
        }
        for p in problems
    ]
    return json.dumps(records, ensure_ascii=False, indent=2)


def excerpt(source_line: str, column: int) -> str:
    """The offending source line with a caret under the column, for people on a terminal."""
    line = source_line.rstrip("\n")
    caret = " " * max(column - 1, 0) + "^"
    return f"    {line}\n    {caret}"
