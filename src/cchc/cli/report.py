"""`cchc report --period P`: the periodic report in Markdown or standalone HTML (SPEC §6).

The command parses options, builds the context (`cchc.report.build_context`), renders it, and writes
it to stdout or to the one file `-o` names: nothing else is written.
"""

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.common import (
    CliExit,
    LangOption,
    RootOption,
    app,
    load_valid,
    parse_as_of,
    say,
    say_error,
    today,
)
from cchc.cli.helptext import command_help
from cchc.periods import PeriodError, parse_period
from cchc.templating import TemplateFailure

# `cchc.report` (and Jinja with it) is imported inside the command, so other commands never pay.


class ReportFormat(StrEnum):
    md = "md"
    html = "html"


_EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def _format_for(fmt: ReportFormat | None, output: Path | None, lang: str) -> str:
    if fmt is not None:
        return fmt.value
    if output is None:
        return "md"
    chosen = _EXTENSIONS.get(output.suffix.lower())
    if chosen is None:
        say_error(
            f"-o {output}: cannot tell the format from the extension; use .md or .html, "
            "or pass --format md|html"
            if lang == "en"
            else f"-o {output}: không biết định dạng theo đuôi tệp; dùng .md hoặc .html, "
            "hoặc chỉ rõ --format md|html"
        )
        raise CliExit(2)
    return chosen


# The help text (Vietnamese, English, an example) lives in cli/helptext.py with the others.
@app.command(help=command_help("report"))
def report(
    period: Annotated[
        str,
        typer.Option(
            "--period",
            help="Kỳ báo cáo: 2017H1, 2017, 2016-2020, '6 tháng đầu năm 2017' / report period",
            show_default=False,
        ),
    ],
    format: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            help="md | html (mặc định: theo đuôi tệp -o, nếu không thì md) / default: from -o",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Ghi báo cáo vào tệp này (mặc định: stdout) / write to this file",
            show_default=False,
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Tính trạng thái tại ngày này, YYYY-MM-DD (mặc định: ngày cuối kỳ, hoặc hôm nay "
            "nếu kỳ chưa kết thúc) / state as of this date",
            show_default=False,
        ),
    ] = None,
    root: RootOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.report import build_context, default_as_of, render_report

    language = str(lang)
    try:
        chosen = parse_period(period)
    except PeriodError as error:
        say_error(f"--period: {error.message(language)}")
        raise CliExit(2) from None
    fmt = _format_for(format, output, language)
    on = parse_as_of(as_of, language) if as_of is not None else default_as_of(chosen, today())
    dataset = load_valid(root, language, on)
    context = build_context(dataset, chosen, on, language)
    try:
        text = render_report(context, "html" if fmt == "html" else "md", dataset.root)
    except TemplateFailure as failure:
        say(f"{failure.path}:{failure.line}:1: error: {failure.message(language)} [{failure.rule}]")
        raise CliExit(1) from None
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        with output.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        say_error(
            f"-o {output}: cannot write ({reason})"
            if language == "en"
            else f"-o {output}: không ghi được ({reason})"
        )
        raise CliExit(2) from None
    return 0
