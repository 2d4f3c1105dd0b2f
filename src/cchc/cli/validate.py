"""`cchc validate`: every problem of the dataset in one run."""

import sys
from enum import StrEnum
from typing import Annotated

import typer

from cchc.cli.common import (
    AsOfOption,
    LangOption,
    RevOption,
    RootOption,
    app,
    load,
    parse_as_of,
    say,
)
from cchc.i18n import msg
from cchc.problems import Problem, count_levels, listing


class ValidateFormat(StrEnum):
    text = "text"
    github = "github"
    json = "json"


# The help text is `help.validate` in the catalogue.
@app.command()
def validate(
    root: RootOption = None,
    format: Annotated[
        ValidateFormat, typer.Option("--format", help="text | github | json")
    ] = ValidateFormat.text,
    lang: LangOption = "vi",  # type: ignore[assignment]
    as_of: AsOfOption = None,
    rev: RevOption = None,
) -> int:
    language = str(lang)
    day = parse_as_of(as_of)
    out = sys.stdout
    # On a terminal each problem shows its source line; the loader keeps those lines.
    terminal = format is ValidateFormat.text and out.isatty()
    result = load(root, day, rev=rev, with_source=terminal)
    problems = result.problems
    if result.dataset is not None:
        from cchc.report import template_problems
        from cchc.templating.revision import template_root

        valid = result.dataset if result.ok else None
        # At a revision, its own templates (checked in a private copy), not those on disk.
        with template_root(result.dataset.root, rev) as templates:
            extra = template_problems(templates, valid) if templates is not None else []
        if extra:
            problems = sorted([*problems, *extra], key=Problem.sort_key)
    sources = result.sources if terminal else None
    for line in listing(problems, format.value, language, result.omitted.total, sources):
        out.write(line + "\n")
    errors, warnings = count_levels(problems)
    errors += result.omitted.errors
    warnings += result.omitted.warnings
    verdict = msg("validate.invalid" if errors else "validate.valid")
    summary = msg(
        "validate.summary", files=result.files, errors=errors, warnings=warnings, verdict=verdict
    )
    say(summary.text(language))
    return 1 if errors else 0


__all__ = ["Problem", "validate"]
