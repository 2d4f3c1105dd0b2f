"""`cchc submissions --period P`: which agencies due to report (IV.1) have sent their report for
the period, with its number and date, and which have not (`cchc.report.submissions`).
`--fail-on-missing` exits 1 while any has not, for CI."""

from typing import Annotated

import typer

from cchc.cli.common import LangOption, RootOption, app, load_valid, parse_as_of, say_error
from cchc.cli.helptext import command_help
from cchc.cli.query import FormatOption, OutputFormat, emit
from cchc.cli.report import period_option
from cchc.i18n import t


@app.command(help=command_help("submissions"))
def submissions(
    period: Annotated[
        str,
        typer.Option(
            "--period", help="Kỳ báo cáo: 2017H1, 2017 … / reporting period", show_default=False
        ),
    ],
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Chỉ tính báo cáo đề ngày đến hết ngày này (mặc định: mọi tệp hiện có) / "
            "count only reports dated on or before this day",
            show_default=False,
        ),
    ] = None,
    fail_on_missing: Annotated[
        bool,
        typer.Option(
            "--fail-on-missing",
            help="Thoát mã 1 nếu còn cơ quan chưa gửi / exit 1 while any agency has not reported",
        ),
    ] = False,
    format: FormatOption = OutputFormat.table,
    root: RootOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.report.submissions import missing, submissions_query_table
    from cchc.report.submissions import submissions as found_for

    language = str(lang)
    chosen = period_option(period, language)
    on = parse_as_of(as_of, language) if as_of is not None else None
    dataset = load_valid(root, language, on or chosen.end, with_targets=False)
    found = found_for(dataset, chosen, on)
    emit([submissions_query_table(dataset, chosen, found, language)], format.value, language)
    absent = missing(found)
    if fail_on_missing and absent:
        count = len(absent)
        say_error(t("report.submission.missing_count", language, count=count, period=str(chosen)))
        return 1
    return 0
