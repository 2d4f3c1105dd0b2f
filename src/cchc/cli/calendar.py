"""`cchc calendar`: the deadlines of unfinished tasks as an iCalendar (.ics) file."""

import sys
from pathlib import Path
from typing import Annotated

from cchc.cli.common import (
    AsOfOption,
    LangOption,
    RevOption,
    RootOption,
    app,
    check_filters,
    load_valid,
    parse_as_of,
    say,
)
from cchc.cli.helptext import option
from cchc.i18n import t


@app.command()
def calendar(
    root: RootOption = None,
    as_of: AsOfOption = None,
    rev: RevOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
    agency: Annotated[str | None, option("--agency", help_key="help.calendar.agency")] = None,
    remind: Annotated[str, option("--remind", help_key="help.calendar.remind")] = "7d,1d",
    output: Annotated[
        Path | None, option("--output", "-o", help_key="help.calendar.output")
    ] = None,
) -> int:
    from cchc.calendar import calendar_text, parse_reminders

    language = str(lang)
    on = parse_as_of(as_of)
    reminders = parse_reminders(remind)
    dataset = load_valid(root, language, on, with_targets=False, rev=rev)
    agency, _ = check_filters(dataset, agency, None)
    data = calendar_text(dataset, on, lang=language, agency=agency, reminders=reminders).encode(
        "utf-8"
    )
    if output is None:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        else:  # an in-memory stream (tests): CRLF passes through unchanged
            sys.stdout.write(data.decode("utf-8"))
        return 0
    from cchc.writer import write_file

    write_file(output, data, root=dataset.root)
    say(t("cli.wrote", language, path=output))
    return 0
