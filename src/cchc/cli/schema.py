"""`cchc schema [KIND]`: the JSON Schema of a file kind, for editors and other validators.

`cchc schema --write` writes every kind to `schemas/<kind>.json` in the dataset root (the one write
a command makes, and only when asked), for the `# yaml-language-server: $schema=../schemas/…` line
that starts each YAML file.
"""

import sys
from typing import Annotated

import typer

from cchc.cli.common import CliExit, LangOption, RootOption, app, resolve_root, say, say_error
from cchc.cli.helptext import command_help

# The file kinds, spelled here so `cchc --help` need not build the pydantic models; a test keeps this
# list equal to `cchc.model.FILE_MODELS`.
KINDS = ("plan", "areas", "agencies", "events", "scales", "task", "target", "report")


@app.command(help=command_help("schema"))
def schema(
    kind: Annotated[str, typer.Argument(help="Loại tệp / file kind: " + ", ".join(KINDS))] = "task",
    write: Annotated[
        bool,
        typer.Option(
            "--write",
            help="Ghi mọi loại vào schemas/<loại>.json trong thư mục dữ liệu / "
            "write every kind to schemas/<kind>.json in the dataset",
        ),
    ] = False,
    root: RootOption = None,
    lang: LangOption = "vi",  # type: ignore[assignment]
) -> int:
    from cchc.schema import schema_json, write_schemas

    language = str(lang)
    if write:
        base = resolve_root(root, language)
        for path in write_schemas(base):
            shown = path.relative_to(base).as_posix()
            say(f"wrote {shown}" if language == "en" else f"đã ghi {shown}")
        return 0
    if kind not in KINDS:
        if language == "en":
            say_error(f"unknown kind '{kind}'; choose one of: {', '.join(KINDS)}")
        else:
            say_error(f"không có loại tệp '{kind}'; chọn một trong: {', '.join(KINDS)}")
        raise CliExit(2)
    sys.stdout.write(schema_json(kind))
    return 0
