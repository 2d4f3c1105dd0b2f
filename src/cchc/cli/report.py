"""`cchc report --period P [--agency ID]`: the periodic report in Markdown or standalone HTML
(SPEC §6).

The command parses options, checks the period (`cchc.report.check_period`), builds the values
(`cchc.report.build_context`), renders them, and writes them to stdout or to the one file `-o`
names: nothing else is written. For a group (`--agency ubnd-cap-huyen`) it writes one report per
member into the folder `-o` names, `<member id>.md` or `.html`.
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
from cchc.errors import USAGE, UserError
from cchc.i18n import msg, t
from cchc.periods import Period, PeriodError, parse_period
from cchc.templating import TemplateFailure

# `cchc.report` (and Jinja with it) is imported inside the command, so other commands never pay.


class ReportFormat(StrEnum):
    md = "md"
    html = "html"


_EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def _format_for(fmt: ReportFormat | None, output: Path | None, folder: bool) -> str:
    if fmt is not None:
        return fmt.value
    if output is None or folder:
        return "md"
    chosen = _EXTENSIONS.get(output.suffix.lower())
    if chosen is None:
        raise UserError(msg("report.bad-extension", path=str(output)), USAGE)
    return chosen


def period_option(value: str, lang: str) -> Period:
    """`--period`, or one line and exit 2."""
    try:
        return parse_period(value)
    except PeriodError as error:
        say_error(f"--period: {error.message(lang)}")
        raise CliExit(2) from None


def _write(path: Path, text: str) -> None:
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise UserError(msg("report.cannot-write", path=str(path), reason=reason), USAGE) from None


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
    agency: Annotated[
        str | None,
        typer.Option(
            "--agency",
            help="Báo cáo của một cơ quan gửi Sở Nội vụ; nhóm: mỗi thành viên một báo cáo, vào "
            "thư mục -o / an agency's own report; a group: one per member, into the folder -o",
            show_default=False,
        ),
    ] = None,
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
    outside_plan: Annotated[
        bool,
        typer.Option(
            "--outside-plan",
            help="Cho phép kỳ nằm ngoài thời gian của Kế hoạch / allow a period outside the plan",
        ),
    ] = False,
    root: RootOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.report import (
        build_context,
        check_period,
        default_as_of,
        members_of,
        render_report,
    )

    language = str(lang)
    chosen = period_option(period, language)
    on = parse_as_of(as_of, language) if as_of is not None else default_as_of(chosen, today())
    dataset = load_valid(root, language, on)
    check_period(dataset, chosen, on, outside_plan=outside_plan)
    agencies: list[str | None] = list(members_of(dataset, agency)) if agency is not None else [None]
    group = agency is not None and agency not in dataset.agencies
    if group and output is None:
        members = ", ".join(a for a in agencies if a)
        raise UserError(
            msg("report.group-needs-folder", group=agency, count=len(agencies), members=members),
            USAGE,
        )
    fmt = _format_for(format, output, group)
    texts: list[tuple[str | None, str]] = []
    for agency_id in agencies:
        context = build_context(dataset, chosen, on, language, agency_id)
        try:
            text = render_report(context, "html" if fmt == "html" else "md", dataset.root)
        except TemplateFailure as failure:
            say(
                f"{failure.path}:{failure.line}:1: error: {failure.message(language)} "
                f"[{failure.rule}]"
            )
            raise CliExit(1) from None
        texts.append((agency_id, text))
    if output is None:
        sys.stdout.write(texts[0][1])
        return 0
    if not group:
        _write(output, texts[0][1])
        return 0
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise UserError(
            msg("report.cannot-write", path=str(output), reason=reason), USAGE
        ) from None
    for agency_id, text in texts:
        path = output / f"{agency_id}.{fmt}"
        _write(path, text)
        say(t("report.wrote", language, path=str(path)))
    return 0
