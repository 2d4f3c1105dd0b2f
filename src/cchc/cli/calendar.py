"""`cchc calendar`: the deadlines of unfinished tasks as an iCalendar (.ics) file."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.common import (
    AsOfOption,
    CliExit,
    LangOption,
    RootOption,
    app,
    check_filters,
    load_valid,
    parse_as_of,
    say,
    say_error,
)
from cchc.cli.helptext import command_help


@app.command(help=command_help("calendar"))
def calendar(
    root: RootOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
    agency: Annotated[
        str | None,
        typer.Option(
            "--agency",
            help="Chỉ nhiệm vụ do cơ quan/nhóm này chủ trì / only tasks led by this agency or group",
        ),
    ] = None,
    remind: Annotated[
        str,
        typer.Option(
            "--remind",
            help="Nhắc trước hạn, lúc 8 giờ: 7d,1d (mặc định), 2w; none để tắt / "
            "reminders before the due day at 08:00; none for no reminders",
        ),
    ] = "7d,1d",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Ghi ra tệp này thay vì màn hình / write to this file"),
    ] = None,
) -> int:
    from cchc.calendar import CalendarError, calendar_text, parse_reminders

    language = str(lang)
    on = parse_as_of(as_of, language)
    try:
        reminders = parse_reminders(remind)
    except CalendarError as error:
        say_error(error.message(language))
        raise CliExit(2) from None
    dataset = load_valid(root, language, on, with_targets=False)
    check_filters(dataset, agency, None, language)
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
    try:
        output.write_bytes(data)
    except OSError as error:
        say_error(
            f"cannot write {output}: {error.strerror}"
            if language == "en"
            else f"không ghi được {output}: {error.strerror}"
        )
        raise CliExit(2) from None
    say(f"wrote {output}" if language == "en" else f"đã ghi {output}")
    return 0
