"""`cchc init DIR`: scaffold a new, empty, valid plan dataset."""

from pathlib import Path
from typing import Annotated

import typer

from cchc.cli.common import CliExit, LangOption, app, say, say_error
from cchc.cli.helptext import command_help


@app.command(help=command_help("init"))
def init(
    directory: Annotated[
        Path,
        typer.Argument(
            metavar="DIR", help="Thư mục mới hoặc trống / a new or empty folder", show_default=False
        ),
    ],
    province: Annotated[
        str | None,
        typer.Option("--province", help="Tên tỉnh, ví dụ 'Phú Yên' / province name"),
    ] = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.scaffolding import ScaffoldError, scaffold

    language = str(lang)
    try:
        written = scaffold(directory, province)
    except ScaffoldError as error:
        say_error(error.message(language))
        raise CliExit(2) from None
    except OSError as error:
        say_error(
            f"cannot create {directory}: {error.strerror}"
            if language == "en"
            else f"không tạo được {directory}: {error.strerror}"
        )
        raise CliExit(2) from None
    for relative in written:
        say(f"  {relative}")
    if language == "en":
        say(
            f"created a new dataset in {directory} ({len(written)} files). Next: replace the "
            f"'# TODO' values in plan/plan.yaml, then run: cchc validate --root {directory}"
        )
    else:
        say(
            f"đã tạo bộ dữ liệu mới ở {directory} ({len(written)} tệp). Tiếp theo: thay các giá trị "
            f"'# TODO' trong plan/plan.yaml, rồi chạy: cchc validate --root {directory}"
        )
    return 0
