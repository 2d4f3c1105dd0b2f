"""`cchc report --period P`: the periodic report in Markdown or standalone HTML (SPEC §6).

The command parses options, builds the context (`cchc.report.build_context`), renders it, and writes
it to stdout or to the one file `-o` names: nothing else is written.
"""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from cchc.cli.common import (
    LangOption,
    RootOption,
    app,
    load_valid,
    parse_as_of,
    period_option,
    say,
    today,
)
from cchc.cli.helptext import option
from cchc.errors import DATA, USAGE, UserError
from cchc.i18n import msg

# `cchc.report` and `cchc.templating` (and Jinja with them) are imported inside the command, so
# other commands never pay for them.


class ReportFormat(StrEnum):
    md = "md"
    html = "html"


_EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def _format_for(fmt: ReportFormat | None, output: Path | None) -> str:
    if fmt is not None:
        return fmt.value
    if output is None:
        return "md"
    chosen = _EXTENSIONS.get(output.suffix.lower())
    if chosen is None:
        raise UserError(msg("cli.report-format", path=output), USAGE)
    return chosen


# The help text (Vietnamese, English, an example) is `help.report` in the catalogue.
@app.command()
def report(
    period: Annotated[str, option("--period", help_key="help.report.period", show_default=False)],
    format: Annotated[
        ReportFormat | None,
        option("--format", help_key="help.report.format", show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        option("-o", "--output", help_key="help.report.output", show_default=False),
    ] = None,
    as_of: Annotated[
        str | None, option("--as-of", help_key="help.report.as-of", show_default=False)
    ] = None,
    root: RootOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.report import build_context, default_as_of, render_report
    from cchc.templating import TemplateFailure

    language = str(lang)
    chosen = period_option("--period", period)
    fmt = _format_for(format, output)
    on = parse_as_of(as_of) if as_of is not None else default_as_of(chosen, today())
    dataset = load_valid(root, language, on)
    context = build_context(dataset, chosen, on, language)
    try:
        text = render_report(context, "html" if fmt == "html" else "md", dataset.root)
    except TemplateFailure as failure:
        say(f"{failure.path}:{failure.line}:1: error: {failure.message(language)} [{failure.rule}]")
        return DATA
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        with output.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise UserError(msg("cli.cannot-write-output", path=output, reason=reason), USAGE) from None
    return 0
