"""`cchc validate`: every problem of the dataset in one run."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.common import AsOfOption, LangOption, RootOption, app, load, parse_as_of, say
from cchc.cli.helptext import command_help
from cchc.problems import Problem, count_levels, excerpt, format_github, format_json, format_line


class ValidateFormat(StrEnum):
    text = "text"
    github = "github"
    json = "json"


@app.command(help=command_help("validate"))
def validate(
    root: RootOption = None,
    format: Annotated[
        ValidateFormat, typer.Option("--format", help="text | github | json")
    ] = ValidateFormat.text,
    lang: LangOption = "vi",  # type: ignore[assignment]
    as_of: AsOfOption = None,
) -> int:
    language = str(lang)
    day = parse_as_of(as_of)
    result = load(root, day)
    problems = result.problems
    if result.dataset is not None:
        from cchc.report import template_problems

        valid = result.dataset if result.ok else None
        problems = sorted([*problems, *template_problems(result.dataset.root, valid)])
    out = sys.stdout
    if format is ValidateFormat.json:
        out.write(format_json(problems, language) + "\n")
    elif format is ValidateFormat.github:
        for problem in problems:
            out.write(format_github(problem, language) + "\n")
    else:
        show_source = out.isatty()
        base = result.dataset.root if result.dataset else None
        for problem in problems:
            out.write(format_line(problem, language) + "\n")
            if show_source and base is not None:
                line = _source_line(base / problem.path, problem.line)
                if line is not None:
                    out.write(excerpt(line, problem.column) + "\n")
    errors, warnings = count_levels(problems)
    say(_summary(result.files, errors, warnings, language))
    return 1 if errors else 0


def _summary(files: int, errors: int, warnings: int, lang: str) -> str:
    if lang == "en":
        verdict = "valid" if not errors else "invalid"
        return f"{files} files checked: {errors} errors, {warnings} warnings ({verdict})"
    verdict = "hợp lệ" if not errors else "không hợp lệ"
    return f"Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo ({verdict})"


def _source_line(path: Path, line: int) -> str | None:
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            for number, text in enumerate(handle, start=1):
                if number == line:
                    return text
    except OSError:
        return None
    return None


__all__ = ["Problem", "validate"]
