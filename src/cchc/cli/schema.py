"""`cchc schema [KIND]`: the JSON Schema of a file kind, for editors and other validators."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from cchc.cli.common import CliExit, LangOption, app, say_error
from cchc.schema import kinds, schema_json


@app.command(
    help="In JSON Schema (draft 2020-12) của một loại tệp: "
    + ", ".join(kinds())
    + ". Ví dụ: cchc schema task > task.schema.json\n\n"
    "Print the JSON Schema of a file kind.",
)
def schema(
    kind: Annotated[
        str, typer.Argument(help="Loại tệp / file kind: " + ", ".join(kinds()))
    ] = "task",
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    if kind not in kinds():
        if str(lang) == "en":
            say_error(f"unknown kind '{kind}'; choose one of: {', '.join(kinds())}")
        else:
            say_error(f"không có loại tệp '{kind}'; chọn một trong: {', '.join(kinds())}")
        raise CliExit(2)
    sys.stdout.write(schema_json(kind))
    return 0
