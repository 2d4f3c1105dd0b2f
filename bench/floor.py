"""The Typer floor: a command with `cchc overdue`'s options that does nothing.

The options are overdue's, with the same types (an enum where cchc takes a choice, `--rev` since
issue #15): Typer's cost per option depends on its type.

`python bench/floor.py overdue --as-of 2023-01-01` costs what any Typer command line with these
options costs before it does any work: importing Typer, and Typer building a pydantic TypeAdapter for
every option it parses (Typer 0.29 coerces option values with pydantic). `bench/run.py` times it in
the bundled dataset's rounds, so the bundled `cchc overdue` can be read against it: what cchc adds is
the difference.
"""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


class Lang(StrEnum):
    vi = "vi"
    en = "en"


class Kind(StrEnum):
    key = "key"
    solution = "solution"


class Status(StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    done = "done"
    cancelled = "cancelled"


app = typer.Typer(add_completion=False)


@app.callback()
def root_options(version: bool = False, lang: Lang = Lang.vi) -> None:
    """Like cchc's own --version and --lang."""


@app.command()
def overdue(
    root: Annotated[Path | None, typer.Option()] = None,
    as_of: Annotated[str | None, typer.Option()] = None,
    rev: Annotated[str | None, typer.Option()] = None,
    format: Annotated[Format, typer.Option()] = Format.table,
    lang: Annotated[Lang, typer.Option()] = Lang.vi,
    agency: Annotated[str | None, typer.Option()] = None,
    area: Annotated[str | None, typer.Option()] = None,
    kind: Annotated[Kind | None, typer.Option()] = None,
    status: Annotated[Status | None, typer.Option()] = None,
    fail_on_any: Annotated[bool, typer.Option()] = False,
) -> None:
    """Parse the options, do nothing."""


if __name__ == "__main__":
    app()
