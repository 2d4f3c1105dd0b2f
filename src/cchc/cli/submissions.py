"""`cchc submissions --period P`: which agencies due to report (IV.1) have sent their report for
the period, with its number and date, and which have not (`cchc.report.submissions`).
`--fail-on-missing` exits 1 while any has not, for CI."""

from typing import Annotated

from cchc.cli.common import (
    LangOption,
    RevOption,
    RootOption,
    app,
    load_valid,
    parse_as_of,
    period_option,
    say_error,
)
from cchc.cli.helptext import option
from cchc.cli.query import FormatOption, OutputFormat, emit
from cchc.i18n import t


@app.command()
def submissions(
    period: Annotated[
        str, option("--period", help_key="help.submissions.period", show_default=False)
    ],
    as_of: Annotated[
        str | None, option("--as-of", help_key="help.submissions.as-of", show_default=False)
    ] = None,
    fail_on_missing: Annotated[
        bool, option("--fail-on-missing", help_key="help.submissions.fail-on-missing")
    ] = False,
    format: FormatOption = OutputFormat.table,
    root: RootOption = None,
    rev: RevOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.report.submissions import missing, submissions_query_table
    from cchc.report.submissions import submissions as found_for

    language = str(lang)
    chosen = period_option("--period", period)
    on = parse_as_of(as_of) if as_of is not None else None
    dataset = load_valid(root, language, on or chosen.end, with_targets=False, rev=rev)
    found = found_for(dataset, chosen, on)
    emit([submissions_query_table(dataset, chosen, found, language)], format.value, language)
    absent = missing(found)
    if fail_on_missing and absent:
        count = len(absent)
        say_error(t("report.submission.missing_count", language, count=count, period=str(chosen)))
        return 1
    return 0
